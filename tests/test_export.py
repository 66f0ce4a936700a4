"""``crosswire export --what``: stories, their comparisons and facts, in JSON Lines, CSV and Parquet, on a store
of the invented ferry-fire story (tests/fixtures/compare/ferry.jsonl: four outlets, agreed figures, conflicts,
single-source items and quotes). Every exported span is checked against the article's cleaned body."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.compare.records import Comparison
from crosswire.store import Store

FERRY = Path(__file__).parent / "fixtures" / "compare" / "ferry.jsonl"
runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from crosswire.compare import update_store as update_comparisons
    from crosswire.pipeline import ingest_paths

    path = tmp_path_factory.mktemp("export") / "ferry.db"
    with Store(path) as store:
        ingest_paths(store, [FERRY])
        update_comparisons(store)
    return path


def _bodies(db: Path) -> dict[str, str]:
    with Store(db, readonly=True) as store:
        return {a.id: a.body for a in store.iter_articles()}


def _jsonl(db: Path, *args: object) -> list[dict]:
    result = run("export", "--db", db, *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_default_is_the_article_export_unchanged(db: Path) -> None:
    default = _jsonl(db)
    assert default == _jsonl(db, "--what", "articles", "--format", "jsonl") == _jsonl(db, "--json")
    assert [list(r)[:6] for r in default] == [["id", "url", "outlet", "title", "published", "text"]] * 4


def test_stories_jsonl_lists_each_story_with_its_articles_and_counts(db: Path) -> None:
    stories = _jsonl(db, "--what", "stories", "--json")
    with Store(db, readonly=True) as store:
        assert sorted(s["id"] for s in stories) == sorted(store.story_ids())
        for story in stories:
            assert [a["id"] for a in story["articles"]] == store.story_article_ids(story["id"])
            stored = store.stored_comparison(story["id"])
            assert story["stats"] == (stored["stats"] if stored else None)
    ferry = next(s for s in stories if len(s["articles"]) > 1)
    assert ferry["stats"]["conflicts"] >= 1 and ferry["stats"]["agreed"] >= 1


def test_comparisons_jsonl_is_the_stored_comparison(db: Path) -> None:
    records = _jsonl(db, "--what", "comparisons")
    with Store(db, readonly=True) as store:
        assert records == [store.stored_comparison(r["id"]) for r in records]
        assert {r["id"] for r in records} == set(store.comparison_stats())
    for r in records:
        assert Comparison.from_dict(r).to_dict() == r


def test_comparisons_csv_rows_are_every_item_with_verbatim_evidence(db: Path) -> None:
    result = run("export", "--db", db, "--what", "comparisons", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    bodies = _bodies(db)
    with Store(db, readonly=True) as store:
        expected: dict[str, int] = {}
        for _sid, data in store.iter_comparisons():
            c = Comparison.from_dict(data)
            for section, n in (("agreed", len(c.agreed)), ("conflicts", len(c.conflicts))):
                expected[section] = expected.get(section, 0) + n
            expected["single_source"] = expected.get("single_source", 0) + len(c.single_source)
            expected["quotes"] = expected.get("quotes", 0) + sum(len(s.quotes) for s in c.who_said_what)
    for section, n in expected.items():
        assert sum(r["section"] == section for r in rows) == n, section
    assert {"agreed", "conflicts", "single_source", "quotes"} <= {r["section"] for r in rows}
    for row in rows:
        evidence = json.loads(row["evidence"])
        assert evidence, row["summary"]
        for e in evidence:
            assert bodies[e["article"]][e["start"] : e["end"]] == e["text"]
            assert e["text"] in row["evidence_text"]
        assert all(f"[{n}] " in row["source_names"] for n in row["sources"].split(";"))
    conflict = next(r for r in rows if r["section"] == "conflicts")
    assert conflict["reason"] and " vs " in conflict["summary"]


def test_facts_rows_give_each_fact_with_its_span(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    result = run("export", "--db", db, "--what", "facts", "-f", "csv", "-o", out)
    assert result.exit_code == 0 and re.search(rf"exported \d+ fact rows? to {re.escape(str(out))}", result.stderr)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    bodies = _bodies(db)
    assert {"entity", "quote", "figure", "date", "event"} <= {r["kind"] for r in rows}
    for r in rows:
        if r["kind"] in ("figure", "date"):
            assert bodies[r["article_id"]][int(r["start"]) : int(r["end"])] == r["text"]
        if r["sentence_start"]:
            assert int(r["sentence_start"]) <= int(r["start"]) < int(r["sentence_end"])
    facts = _jsonl(db, "--what", "facts")
    with Store(db, readonly=True) as store:
        assert [f["article"] for f in facts] == [a for a in store.article_ids() if store.get_facts(a)]
        assert all(f["version"] == store.facts_version(f["article"]) for f in facts)


def test_all_as_one_tagged_stream_and_as_a_folder_of_parquet(db: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    tagged = _jsonl(db, "--what", "all", "--json")
    kinds = [r["record"] for r in tagged]
    assert kinds == sorted(kinds, key=["article", "story", "comparison", "facts"].index)
    assert set(kinds) == {"article", "story", "comparison", "facts"}
    folder = tmp_path / "all"
    result = run("export", "--db", db, "--what", "all", "-f", "parquet", "-o", folder)
    assert result.exit_code == 0, result.output
    for kind in ("articles", "stories", "comparisons", "facts"):
        table = pq.read_table(folder / f"{kind}.parquet")
        singular = {"articles": "article", "stories": "story", "comparisons": "comparison"}.get(kind, kind)
        if kind in ("articles", "stories"):
            assert table.num_rows == kinds.count(singular)
        else:
            assert table.num_rows > kinds.count(singular)  # one row per item / per fact
    stories = pq.read_table(folder / "stories.parquet").to_pylist()
    assert any(s["compared"] and s["conflicts"] >= 1 for s in stories)


@pytest.mark.parametrize(
    "args",
    [
        ("--what", "everything"),
        ("--json", "--format", "csv"),
        ("--what", "all", "--format", "csv"),
        ("--what", "stories", "--format", "parquet"),
    ],
)
def test_bad_choices_are_usage_errors(db: Path, args: tuple[str, ...]) -> None:
    result = run("export", "--db", db, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1


def test_an_export_imported_into_its_own_store_is_all_duplicates(tmp_path: Path) -> None:
    """`export` writes cleaned bodies; importing them into the store they came from stores nothing and fails
    nothing (each article is a duplicate, though its raw text, with headline, byline and furniture, differed),
    while an id given with really other text is still refused."""
    page = tmp_path / "brakvell.txt"
    page.write_text(
        "Brakvell mine flood: eleven trapped\n\nBy Ona Fell, Brakvell Echo\n\nBRAKVELL, March 6 -- Water "
        "flooded the lower galleries of the Brakvell tin mine on Thursday, trapping eleven miners, the "
        "company said.\n\nPumps from two neighbouring pits were brought to the shaft overnight.\n\n"
        "Sign up for our morning newsletter\n",
        encoding="utf-8",
    )
    db = tmp_path / "own.db"
    assert run("ingest", "--db", db, page, "--json").exit_code == 0
    exported = tmp_path / "export.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "-o", exported).exit_code == 0
    again = run("ingest", "--db", db, exported, "--json")
    assert again.exit_code == 0, again.output
    counts = json.loads(again.stdout)
    assert (counts["stored"], counts["failed"], counts["skipped_duplicates"]) == (0, 0, 1), counts
    row = json.loads(exported.read_text(encoding="utf-8").splitlines()[0])
    row["text"] = "A different report entirely, about a flood in another mine, in another town, on another day."
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    refused = run("ingest", "--db", db, changed, "--json")
    assert refused.exit_code == 1 and json.loads(refused.stdout)["failed"] == 1, refused.output
