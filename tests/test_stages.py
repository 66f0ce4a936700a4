"""The stage list: one declaration per derived stage, in order, with one entry signature and typed results."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

from crosswire.model import StageResult
from crosswire.pipeline import IngestSummary, ingest_documents, refresh_store, run_later_stages
from crosswire.stages import STAGES, run_stages, runnable, stage
from crosswire.store import Store

RECORDS = [
    {
        "id": "quay-1",
        "outlet": "Bayside Courier",
        "title": "Harbour crane collapses during storm",
        "published": "2024-03-02T08:00:00Z",
        "text": "A container crane collapsed at the port of Kelmouth on Friday night as gusts reached 140 km/h, "
        "the harbour authority said.\n\nNo one was injured, but 12 ships were diverted to other ports.",
    },
    {
        "id": "quay-2",
        "outlet": "Northern Post",
        "title": "Storm topples crane at Kelmouth port",
        "published": "2024-03-02T10:00:00Z",
        "text": "Gusts of up to 140 km/h brought down a container crane at Kelmouth port on Friday night, the "
        "harbour authority said.\n\nTwelve ships were sent to other ports; nobody was hurt.",
    },
]


def test_stages_are_declared_in_order_with_one_entry_signature() -> None:
    assert [s.name for s in STAGES] == ["facts", "stories", "compare"]
    scopes = [s.scope for s in STAGES]
    assert scopes == sorted(scopes, key=["articles", "stories"].index)  # article stages first
    written = {"articles"}  # what ingest writes
    for s in STAGES:
        assert set(s.needs) <= written, f"{s.name} needs {s.needs} before anything writes them"
        written |= set(s.writes)
        params = inspect.signature(s.update_store).parameters
        assert list(params)[:2] == ["store", "ids"]
        assert params["on_progress"].kind is inspect.Parameter.KEYWORD_ONLY
        assert stage(s.name) is s
    assert [s.writes[0] for s in STAGES] == ["facts", "stories", "comparisons"]


def test_a_stage_whose_input_is_left_out_does_not_run() -> None:
    names = [s.name for s in STAGES]
    assert [s.name for s in runnable(names)] == names
    assert [s.name for s in runnable(["facts", "compare"])] == ["facts"]  # compare needs this run's stories
    assert [s.name for s in runnable(["stories", "compare"])] == ["stories", "compare"]  # facts are optional
    assert [s.name for s in runnable(["compare", "facts"])] == ["facts"]  # order is the list's, not the caller's


def _ingest(store: Store, tmp_path: Path) -> IngestSummary:
    from crosswire.ingest import read_paths

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return ingest_documents(store, read_paths([path]))


def test_every_stage_returns_a_stage_result(tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    with Store(tmp_path / "cw.db") as store:
        summary = _ingest(store, tmp_path)
        results = run_later_stages(store, summary, compare=True, on_progress=lambda *a: seen.append(a))
        assert list(results) == ["facts", "stories", "compare"]
        assert all(isinstance(r, StageResult) and r.stage == name for name, r in results.items())
        assert results["facts"].written == 2 and results["stories"].written == 2
        assert results["stories"].counts["new_stories"] + results["stories"].counts["joined"] == 2
        assert results["compare"].written == len(summary.story_ids) >= 1
        for r in results.values():
            assert StageResult.from_dict(json.loads(json.dumps(r.to_dict()))) == r
        assert {name for name, _, _ in seen} == {"facts", "stories", "compare"}
        # Nothing pending: every stage run again on what it has pending writes nothing.
        again = run_stages(store, STAGES)
        assert [r.written for r in again.values()] == [0, 0, 0]
        assert refresh_store(store) == {"facts": 0, "stories": 0, "comparisons": 0}


def test_ingest_summary_round_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "cw.db") as store:
        summary = _ingest(store, tmp_path)
    d = summary.to_dict()
    assert list(d) == [
        "read",
        "stored",
        "skipped_duplicates",
        "failed",
        "not_articles",
        "skipped_records",
        "errors",
        "article_ids",
        "notes",
        "stories",
        # added after: what the later stages did (None for a stage that did not run)
        "facts_extracted",
        "stories_new",
        "stories_updated",
        "comparisons_written",
    ]
    assert IngestSummary.from_dict(d) == summary
