"""`crosswire compare FILES --db STORE`: one command that ingests into a store the user keeps and writes the
comparison, so a second run writes another form (Markdown, then JSON) without reading or comparing again (a new
user's trial had to ingest, read the story ids, then `show` each story to get both forms)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crosswire.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "report"
HOSTILE = [FIXTURES / "hostile-a.txt", FIXTURES / "hostile-b.txt"]

runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_a_kept_store_is_written_and_a_rerun_reuses_it(tmp_path: Path) -> None:
    db = tmp_path / "trial.db"
    md = tmp_path / "story.md"
    first = run("compare", *HOSTILE, "--db", db, "--markdown", "--out", md)
    assert first.exit_code == 0, first.output
    assert db.exists() and md.read_text(encoding="utf-8").startswith("#")
    assert "ids are this run's" not in first.output  # the kept store's ids are the ones `show` takes

    out = tmp_path / "story.json"
    second = run("compare", *HOSTILE, "--db", db, "--json", "--out", out)
    assert second.exit_code == 0, second.output
    assert "nothing new: every article is already in" in second.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["stories"]) == 1 and doc["skipped"] == []
    story = doc["stories"][0]

    listed = run("stories", "--db", db, "--json")
    assert listed.exit_code == 0
    ids = [s["id"] for s in json.loads(listed.output)["stories"]]
    assert ids == [story["id"]]
    shown = run("show", story["id"], "--db", db, "--json")
    assert shown.exit_code == 0
    assert json.loads(shown.output)["comparison"] == story  # the reused comparison is the stored one


def test_a_kept_store_gains_a_new_article(tmp_path: Path) -> None:
    db = tmp_path / "grow.db"
    assert run("compare", HOSTILE[0], "--db", db, "--json").exit_code == 0
    grown = run("compare", HOSTILE[1], "--db", db, "--json")
    assert grown.exit_code == 0, grown.output
    assert "nothing new" not in grown.output
    stories = json.loads(grown.output[grown.output.index("{") :])["stories"]
    assert sum(len(s["articles"]) for s in stories) == 2


def test_a_file_that_is_no_store_is_one_error_line_and_left_unchanged(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database\n", encoding="utf-8")
    result = run("compare", HOSTILE[0], "--db", bad)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "notes.db" in errors[0] and "not a crosswire store" in errors[0]
    assert bad.read_text(encoding="utf-8") == "not a database\n"
