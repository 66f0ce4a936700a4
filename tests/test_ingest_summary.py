"""``crosswire ingest`` without a terminal (a pipe, CI) reports what every stage did: articles stored and failed,
facts extracted, stories made and updated, comparisons written -- each count checked against the store; and
``--json`` keeps its keys, with the stage counts added. Input: the invented ferry story
(tests/fixtures/compare/ferry.jsonl) and one invented article of another event."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.store import Store

FERRY = Path(__file__).parent / "fixtures" / "compare" / "ferry.jsonl"
OLD_KEYS = [
    "read", "stored", "skipped_duplicates", "failed", "not_articles", "skipped_records", "errors", "article_ids",
    "notes", "stories",
]  # fmt: skip
runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def _lines(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return result.stdout.strip().splitlines()


def test_piped_ingest_reports_every_stage_as_the_store_holds_it(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = _lines(run("ingest", FERRY, "--db", db))
    assert first[0].startswith("read 4, stored 4, skipped as duplicate 0, failed 0")
    with Store(db, readonly=True) as store:
        stories = store.count_stories()
        compared = len(store.comparison_stats())
        with_facts = sum(store.get_facts(a) is not None for a in store.article_ids())
    assert stories >= 1 and compared >= 1
    assert first[1] == (
        f"facts extracted {with_facts}, stories made {stories}, updated 0, comparisons written {compared}"
    )

    # A later article of the same event grows a story: made 0, updated 1, and its comparison rewritten.
    later = json.loads(FERRY.read_text(encoding="utf-8").splitlines()[0])
    later.update(id="fx-later-ferry", outlet="Harbour Gazette", url="https://harbour.example/ferry")
    later["text"] = later["text"].replace("on Monday night", "late on Monday") + "\n\nThe port reopened on Tuesday."
    extra = tmp_path / "later.jsonl"
    extra.write_text(json.dumps(later) + "\n", encoding="utf-8")
    second = _lines(run("ingest", extra, "--db", db))
    assert second[0].startswith("read 1, stored 1,")
    with Store(db, readonly=True) as store:
        grew = store.story_ids_of(["fx-later-ferry"])
        assert store.count_stories() == stories  # joined a story, made none
    assert len(grew) == 1
    assert second[1] == "facts extracted 1, stories made 0, updated 1, comparisons written 1"

    again = _lines(run("ingest", FERRY, "--db", db))
    assert again[1] == "facts extracted 0, stories made 0, updated 0, comparisons written 0"


def test_switched_off_stages_are_named_and_json_only_gains_keys(tmp_path: Path) -> None:
    db = tmp_path / "off.db"
    off = _lines(run("ingest", FERRY, "--db", db, "--no-facts", "--no-compare"))
    assert off[1].startswith("facts skipped, stories made ") and off[1].endswith(", comparisons skipped")
    summary = json.loads(run("ingest", FERRY, "--db", tmp_path / "j.db", "--json").stdout)
    assert list(summary)[: len(OLD_KEYS)] == OLD_KEYS
    assert list(summary)[len(OLD_KEYS) :] == [
        "facts_extracted",
        "stories_new",
        "stories_updated",
        "comparisons_written",
    ]
    assert summary["facts_extracted"] == summary["stored"] == 4
    assert summary["stories_new"] == len(summary["stories"]) and summary["stories_updated"] == 0
    assert summary["comparisons_written"] == summary["stories_new"]


def test_stories_made_never_more_than_the_store_holds(tmp_path: Path) -> None:
    """An article that starts a story which a later article of the same run merges into another is no story made:
    the invented rate decision's angles (tests/fixtures/stories/rate-decision-angles.jsonl) start four stories on
    the way and end in three; the report says three, as the store does."""
    fixture = Path(__file__).parent / "fixtures" / "stories" / "rate-decision-angles.jsonl"
    db = tmp_path / "r.db"
    summary = json.loads(run("ingest", fixture, "--db", db, "--json").stdout)
    with Store(db, readonly=True) as store:
        held = store.count_stories()
    assert summary["stories_new"] == len(summary["stories"]) == held
    assert summary["stories_updated"] == 0
