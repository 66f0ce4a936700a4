"""The command line end to end, on the seeds and on files written here: exit codes, JSON shapes, round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire.cli import app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.skipif(not SEEDS, reason="../shared/seeds not present")
def test_clean_json_on_the_seeds() -> None:
    result = run("clean", *SEEDS, "--json")
    assert result.exit_code == 0
    articles = json.loads(result.stdout)["articles"]
    assert len(articles) == 2
    by_outlet = {a["outlet"]: a for a in articles}
    assert set(by_outlet) == {"France 24", "Arkansas Democrat-Gazette"}
    assert by_outlet["France 24"]["agency"] == "AFP"
    assert by_outlet["Arkansas Democrat-Gazette"]["agency"] == "AP"
    for article in articles:
        assert "Lukashenko" in article["body"]
        assert article["removed"], "furniture was removed and each removal is reported"
        assert all(r["reason"] for r in article["removed"])


@pytest.mark.skipif(not SEEDS, reason="../shared/seeds not present")
def test_clean_prints_a_readable_page() -> None:
    result = run("clean", SEEDS[0])
    assert result.exit_code == 0
    assert "Removed" in result.stdout and "outlet" in result.stdout


def test_clean_of_nothing_usable_exits_1(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("clean", empty)
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


RECORDS = [
    {
        "id": "harbour-1",
        "outlet": "Bayside Courier",
        "title": "Harbour crane collapses during storm",
        "published": "2024-03-02T08:00:00Z",
        "text": "A container crane collapsed at the port of Kelmouth on Friday night as gusts reached 140 km/h, "
        "the harbour authority said.\n\nNo one was injured, but 12 ships were diverted to other ports, "
        "according to the authority's spokeswoman, Dana Reyes.",
    },
    {
        "id": "library-2",
        "outlet": "Northern Post",
        "title": "City library reopens after two-year renovation",
        "published": "2024-03-03T10:00:00Z",
        "text": "The central library of Ashford reopened on Saturday after a renovation that cost 4.2 million "
        "pounds.\n\nMore than 3,000 visitors came through its doors on the first day, the council said.",
    },
]


def test_ingest_exit_codes_duplicates_and_errors(tmp_path: Path) -> None:
    db = tmp_path / "cw.db"
    good = _write_jsonl(tmp_path / "good.jsonl", RECORDS)
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)

    first = run("ingest", good, binary, "--db", db, "--no-facts", "--json")
    assert first.exit_code == 0
    summary = json.loads(first.stdout)
    assert summary["stored"] == 2 and summary["not_articles"] == 1  # an image is not an article, reported
    assert "photo.jpg" in first.stderr

    again = run("ingest", good, "--db", db, "--no-facts", "--json")
    assert again.exit_code == 0
    summary = json.loads(again.stdout)
    assert summary["stored"] == 0 and summary["skipped_duplicates"] == 2

    only_bad = run("ingest", binary, "--db", db, "--no-facts")
    assert only_bad.exit_code == 1

    listed = json.loads(run("articles", "--db", db, "--json").stdout)
    assert listed["total"] == 2
    assert {a["id"] for a in listed["articles"]} == {"harbour-1", "library-2"}


def test_export_jsonl_round_trip_keeps_ids(tmp_path: Path) -> None:
    db, db2 = tmp_path / "a.db", tmp_path / "b.db"
    run("ingest", _write_jsonl(tmp_path / "in.jsonl", RECORDS), "--db", db, "--no-facts")
    out = tmp_path / "out.jsonl"
    assert run("export", "--format", "jsonl", "--output", out, "--db", db).exit_code == 0
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in exported} == {"harbour-1", "library-2"}
    assert run("ingest", out, "--db", db2, "--no-facts").exit_code == 0
    a = json.loads(run("articles", "--db", db, "--json").stdout)["articles"]
    b = json.loads(run("articles", "--db", db2, "--json").stdout)["articles"]
    assert {(r["id"], r["title"], r["outlet"]) for r in a} == {(r["id"], r["title"], r["outlet"]) for r in b}

    csv_out = tmp_path / "out.csv"
    assert run("export", "--format", "csv", "--output", csv_out, "--db", db).exit_code == 0
    assert "harbour-1" in csv_out.read_text(encoding="utf-8")
    assert run("export", "--format", "xml", "--db", db).exit_code == 2


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("CROSSWIRE_DB", str(db))
    assert run("ingest", _write_jsonl(tmp_path / "in.jsonl", RECORDS[:1]), "--no-facts").exit_code == 0
    assert db.exists()


def test_reading_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = run("articles", "--db", tmp_path / "nowhere" / "x.db")
    assert result.exit_code == 1


def test_demo_ingests_the_example_corpus() -> None:
    result = run("demo", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["ingest"]["stored"] >= 9 and data["ingest"]["failed"] == 0
    outlets = {a["outlet"] for a in data["articles"]}
    assert len(outlets) >= 5
    assert data["stories"], "the demo groups its articles into stories"


def test_ingest_compares_the_stories_that_grew_unless_told_not_to(tmp_path: Path) -> None:
    import sqlite3

    def stored_comparisons(db: Path) -> set[str]:
        with sqlite3.connect(db) as conn:
            return {r[0] for r in conn.execute("SELECT story_id FROM comparisons")}

    db = tmp_path / "cw.db"
    summary = json.loads(run("ingest", *SEEDS, "--db", db, "--json").stdout)
    assert len(summary["stories"]) == 1  # both seeds, one story
    assert stored_comparisons(db) == set(summary["stories"])
    shown = json.loads(run("show", summary["stories"][0], "--db", db, "--json").stdout)
    assert shown["comparison"]["conflicts"], "the stored comparison is the one shown"

    lazy = tmp_path / "lazy.db"
    summary = json.loads(run("ingest", *SEEDS, "--db", lazy, "--json", "--no-compare").stdout)
    assert summary["stories"] and stored_comparisons(lazy) == set()


def test_later_stages_report_progress_per_stage(tmp_path: Path) -> None:
    from crosswire.ingest import read_paths
    from crosswire.pipeline import ingest_documents, run_later_stages
    from crosswire.store import Store

    seen: list[tuple[str, int, int]] = []
    with Store(tmp_path / "cw.db") as store:
        summary = ingest_documents(store, read_paths(SEEDS))
        run_later_stages(store, summary, compare=True, on_progress=lambda *a: seen.append(a))
    stages = [s for s, _, _ in seen]
    assert stages.index("facts") < stages.index("stories") < stages.index("compare")
    for stage, total in (("facts", 2), ("stories", 2), ("compare", 1)):
        reports = [(d, t) for s, d, t in seen if s == stage]
        assert all(t == total for _, t in reports)
        done = [d for d, _ in reports]
        assert done == sorted(done) and done[-1] == total


def test_refresh_brings_derived_data_up_to_date(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "cw.db"
    assert run("ingest", *SEEDS, "--db", db, "--no-compare", "--json").exit_code == 0
    with sqlite3.connect(db) as conn:  # as after an upgrade of the facts stage
        conn.execute("UPDATE facts SET version = version - 1 WHERE rowid = (SELECT MIN(rowid) FROM facts)")
    first = run("refresh", "--db", db, "--json")
    assert first.exit_code == 0
    assert json.loads(first.stdout) == {"facts": 1, "stories": 0, "comparisons": 1}
    again = json.loads(run("refresh", "--db", db, "--json").stdout)
    assert again == {"facts": 0, "stories": 0, "comparisons": 0}  # nothing left to do
    missing = run("refresh", "--db", tmp_path / "none.db")
    assert missing.exit_code == 1 and "no such store" in missing.stderr
    assert not (tmp_path / "none.db").exists()


# -- output at 80 columns ---------------------------------------------------------------------------------
def test_error_lines_are_never_hard_wrapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crosswire import clikit

    monkeypatch.setattr(clikit.err_console, "_width", 80)
    deep = tmp_path / ("a-folder-with-a-long-name-" * 3) / "and-a-store-file-with-a-long-name-too.db"
    result = run("articles", "--db", deep)
    assert result.exit_code == 1
    assert len(result.stderr) > 100
    assert result.stderr.count("\n") == 1 and str(deep) in result.stderr and "no such store" in result.stderr

    foreign = tmp_path / ("another-programs-database-with-a-long-name-" * 2 + ".sqlite")
    foreign.write_bytes(b"not sqlite at all\n" * 10)
    result = run("stories", "--db", foreign)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and str(foreign) in result.stderr
    assert foreign.read_bytes() == b"not sqlite at all\n" * 10


def test_one_line_per_bad_file_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    """The real case: a pipe for stderr and an 80-column terminal setting."""
    import os
    import subprocess
    import sys

    bad = [tmp_path / f"unreadable-binary-file-number-{i}-with-a-name-long-enough-to-wrap.jpg" for i in range(2)]
    for path in bad:
        path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    env = {**os.environ, "COLUMNS": "80", "TERM": "dumb"}
    cmd = [sys.executable, "-m", "crosswire", "ingest", *map(str, bad), "--db", str(tmp_path / "x.db"), "--no-facts"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("skipped ") for line in lines), proc.stderr
    assert all(str(path) in "\n".join(lines) for path in bad)


def _whole_table(text: str) -> None:
    """Every line of the table fits in 80 columns with its right border (nothing cropped)."""
    rows = [line for line in text.splitlines() if line[:1] in "┏┃┡│└"]
    assert rows and all(len(line) <= 80 and line[-1] in "┓┃┩│┘" for line in rows), text


def test_tables_read_at_80_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ids in full or as a unique prefix, titles wrapped by word (never cut to a few letters)."""
    from crosswire import clikit

    monkeypatch.setattr(clikit.console, "_width", 80)
    db = tmp_path / "cw.db"
    assert run("ingest", _write_jsonl(tmp_path / "in.jsonl", RECORDS), "--db", db, "--no-facts").exit_code == 0
    listed = run("articles", "--db", db).stdout
    _whole_table(listed)
    assert "harbour-1" in listed and "library-2" in listed  # short ids in full
    words = {w for line in listed.splitlines() for w in line.replace("│", " ").split()}
    for record in RECORDS:
        assert {"Harbour", "crane", "collapses", "library", "reopens", "renovation"} & set(record["title"].split())
        assert set(record["title"].split()) <= words, record["title"]  # every title word whole
    stories = run("stories", "--db", db).stdout
    _whole_table(stories)
    words = {w for line in stories.splitlines() for w in line.replace("│", " ").split()}
    assert {"Harbour", "crane", "collapses", "during", "storm"} <= words
    story_ids = [s["id"] for s in json.loads(run("stories", "--db", db, "--json").stdout)["stories"]]
    assert all(sid in stories for sid in story_ids)


def test_unique_prefixes() -> None:
    from crosswire.clikit import unique_prefixes

    ids = [
        "0484d8dbe3144a75",
        "0484d8dbf0000000",
        "5f2e9a0c11d3b7aa",
        "pacific-courier-2025-06-10-quake",
        "abc",
        "abcd",
    ]
    got = unique_prefixes(ids)
    assert got["0484d8dbe3144a75"] == "0484d8dbe" and got["0484d8dbf0000000"] == "0484d8dbf"
    assert got["5f2e9a0c11d3b7aa"] == "5f2e9a0c" and got["pacific-courier-2025-06-10-quake"] == "pacific-"
    assert got["abc"] == "abc" and got["abcd"] == "abcd"  # too short to abbreviate: in full
    assert unique_prefixes(["harbour-1", "library-2"]) == {"harbour-1": "harbour-1", "library-2": "library-2"}
    for ident, prefix in got.items():
        assert ident.startswith(prefix) and [i for i in ids if i.startswith(prefix)] in ([ident], [ident, ident + "d"])
