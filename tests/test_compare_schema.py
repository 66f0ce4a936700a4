"""The comparison contract: docs/compare-schema.md is generated from the records and says exactly what the JSON holds.

The document must be what ``python -m crosswire.compare.schema`` prints today (so it moves with the records);
the JSON of real comparisons (the example corpus and the seeds, as ``crosswire compare --json`` prints them
and as the store keeps them) must hold exactly the documented keys, and read back into records unchanged.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.compare.records import Comparison, EventItem, FigureConflict, Record
from crosswire.compare.schema import field_docs, generate, json_problems, records
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "compare-schema.md"
EXAMPLES = REPO / "examples" / "corpus"
SEEDS = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))

runner = CliRunner()


def compare_json(*paths: Path) -> list[dict]:
    result = runner.invoke(app, ["compare", *map(str, paths), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["stories"]


@pytest.fixture(scope="module")
def example_stories() -> list[dict]:
    return compare_json(EXAMPLES)


@pytest.fixture(scope="module")
def seed_stories() -> list[dict]:
    if not SEEDS:
        pytest.skip("../shared/seeds not present")
    return compare_json(*SEEDS)


def test_the_document_is_generated_from_the_records() -> None:
    assert DOC.read_text(encoding="utf-8") == generate(), (
        "docs/compare-schema.md is out of date: run `python -m crosswire.compare.schema > docs/compare-schema.md`"
    )


def test_every_record_and_field_is_documented() -> None:
    documented = records()
    assert Comparison in documented and FigureConflict in documented and EventItem in documented
    for cls in documented:
        assert (cls.__doc__ or "").strip(), cls
        docs = field_docs(cls)
        for f in dataclasses.fields(cls):
            assert docs.get(f.name), f"{cls.__name__}.{f.name} has no docstring"
    # Every comparison record is reachable from Comparison, so none is left out of the document.
    import crosswire.compare.records as module

    defined = {v for v in vars(module).values() if isinstance(v, type) and issubclass(v, Record) and v is not Record}
    assert defined <= set(documented), defined - set(documented)


def _check(stories: list[dict]) -> None:
    assert stories
    for story in stories:
        assert json_problems(story) == []
        # The record reads the JSON back exactly, key order included.
        again = Comparison.from_dict(story).to_dict()
        assert json.dumps(again, ensure_ascii=False) == json.dumps(story, ensure_ascii=False)


def test_example_corpus_json_has_exactly_the_documented_keys(example_stories: list[dict]) -> None:
    _check(example_stories)
    kinds = {(key, item["kind"]) for s in example_stories for key in ("agreed", "single_source") for item in s[key]}
    assert {
        ("agreed", "figure"),
        ("single_source", "figure"),
        ("single_source", "event"),
        ("single_source", "quote"),
    } <= kinds
    assert any(s["conflicts"] for s in example_stories) and any(s["name_variants"] for s in example_stories)


def test_seeds_json_has_exactly_the_documented_keys(seed_stories: list[dict]) -> None:
    _check(seed_stories)
    (story,) = seed_stories
    assert story["quote_variants"] and story["who_said_what"] and story["timeline"] and story["conflicts"]
    assert any(item["kind"] == "claim" and item["shared"] for item in story["agreed"])


def test_stored_comparisons_have_exactly_the_documented_keys(tmp_path: Path) -> None:
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [EXAMPLES], compare=True)
        stored = [store.stored_comparison(sid) for sid in store.story_ids()]
    assert stored and all(c is not None for c in stored)
    _check([c for c in stored if c is not None])


def test_the_check_finds_missing_extra_and_mistyped_keys(example_stories: list[dict]) -> None:
    story = json.loads(json.dumps(next(s for s in example_stories if s["conflicts"])))
    story["agreed"].sort(key=lambda item: item["kind"] != "figure")  # a figure item first, for the checks below
    del story["stats"]["agreed"]
    story["conflicts"][0]["sides"][0]["colour"] = "red"
    story["agreed"][0]["sources"] = ["1"]
    story["articles"][0]["source"] = None
    problems = json_problems(story)
    assert "$.stats: key 'agreed' of Stats is missing" in problems
    assert "$.conflicts[0].sides[0]: key 'colour' is not documented in ConflictSide" in problems
    assert "$.agreed[0].sources[0]: '1' is not integer" in problems
    assert "$.articles[0].source: None is not integer" in problems
    story = json.loads(json.dumps(next(s for s in example_stories if s["agreed"])))
    del story["fingerprint"]  # left out when null: still conforms
    assert json_problems(story) == []
    story["agreed"][0]["kind"] = "sighting"
    assert json_problems(story) == ["$.agreed[0]: unknown kind 'sighting'"]
