"""The eval gate (tests/eval_gate.py): every pinned quality floor in tests/floors.json holds on the corpus it
was measured on. A missing or changed corpus fails here, loudly; it is never skipped. The measuring tests carry
the ``slow`` marker (about a minute on one core): ``-m "not slow"`` leaves them out of a quick local run."""

from __future__ import annotations

import os
import sys

import pytest

import eval_gate
from crosswire.clean.evaluate import score_corpus, score_page, shingles

# Without floors.json nothing is pinned and test_every_measure_is_pinned says so.
PINNED = eval_gate.load_floors() if eval_gate.FLOORS_FILE.exists() else {"measures": {}}
CASES = [(name, figure) for name, entry in PINNED["measures"].items() for figure in entry["floors"]]


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.mark.slow
@pytest.mark.parametrize(("measure", "figure"), CASES, ids=[f"{m}:{f}" for m, f in CASES])
def test_floor_holds(measure: str, figure: str) -> None:
    pinned = PINNED["measures"][measure]
    assert measure in eval_gate.MEASURES, f"{measure} is pinned in floors.json but no measure computes it"
    problem = eval_gate.corpus_problem(eval_gate.MEASURES[measure], pinned)
    if problem:
        pytest.fail(problem, pytrace=False)
    figures, _ = eval_gate.measured(measure)
    assert figure in figures, f"{measure} no longer reports {figure}; re-pin with {eval_gate.UPDATE_COMMAND}"
    value, floor, margin = figures[figure], pinned["floors"][figure]["floor"], pinned["floors"][figure]["margin"]
    assert not eval_gate.below_floor(value, floor, margin), (
        f"{measure} {figure} = {value:.4f}, below its floor {floor:.4f} - margin {margin} "
        f"({pinned['what']}); measured on {pinned['corpus']['files']}"
    )


def test_every_measure_is_pinned() -> None:
    """No measure runs unpinned and no pinned floor lacks its measure or figure list."""
    assert list(PINNED["measures"]) == list(eval_gate.MEASURES), f"re-pin with {eval_gate.UPDATE_COMMAND}"
    for name, entry in PINNED["measures"].items():
        assert entry["floors"], name
        assert all({"floor", "margin"} == set(f) for f in entry["floors"].values()), name
        assert entry["corpus"]["files"] == list(eval_gate.MEASURES[name].corpus), name


def test_shared_data_present_in_ci() -> None:
    """In CI (``CI`` set) every ../shared path a test reads must be there, so no test skips for want of it;
    locally, tests other than the gate may skip without it."""
    missing = [p for p in eval_gate.SHARED_NEEDED if not (eval_gate.SHARED / p).exists()]
    if missing and not _in_ci():
        pytest.skip(f"not in CI and {eval_gate.SHARED} lacks {missing}; the eval gate fails without it")
    assert not missing, f"CI runs without the shared data: {missing} missing under {eval_gate.SHARED}"


def test_metric_matches_its_definition() -> None:
    """The extraction metric the gate relies on (METRIC.md's word 4-gram shingles)."""
    assert shingles("") == {}
    assert sum(shingles("one two").values()) == 1
    assert sum(shingles("a b c d e").values()) == 2
    s = score_page("a b c d e", "a b c d e f")
    assert (s.tp, s.fp, s.fn) == (2, 0, 1)
    both_empty = score_corpus([("", "")])
    assert both_empty.pages == 1 and both_empty.f1 == 0.0


def test_update_refuses_to_lower_without_a_reason() -> None:
    name = "facts-fixture-quotes"
    measure = eval_gate.MEASURES[name]
    pinned = {"measures": {name: {"corpus": None, "floors": {"precision": {"floor": 0.9, "margin": 0.0}}}}}
    with pytest.raises(eval_gate.FloorLowered, match=r"precision: 0\.9000 -> 0\.8000"):
        eval_gate.update_floors(pinned, {name: {"precision": 0.8}}, None)
    new, _ = eval_gate.update_floors(pinned, {name: {"precision": 0.8}}, "a deliberate trade", today="2026-01-02")
    assert new["measures"][name]["floors"]["precision"] == {"floor": 0.8, "margin": 0.0}
    assert new["lowered"] == [
        {
            "date": "2026-01-02",
            "measure": name,
            "figure": "precision",
            "from": 0.9,
            "to": 0.8,
            "reason": "a deliberate trade",
        }
    ]
    assert new["measures"][name]["corpus"]["files"] == list(measure.corpus)


def test_update_raises_floors_and_keeps_them_within_the_margin() -> None:
    name = "facts-fixture-quotes"
    floors = {"precision": {"floor": 0.9, "margin": 0.01}, "recall": {"floor": 0.9, "margin": 0.01}}
    pinned = {"measures": {name: {"corpus": None, "floors": floors}}}
    new, lines = eval_gate.update_floors(pinned, {name: {"precision": 0.95, "recall": 0.895}}, None)
    assert new["measures"][name]["floors"] == {
        "precision": {"floor": 0.95, "margin": 0.01},
        "recall": {"floor": 0.9, "margin": 0.01},
    }
    assert new["lowered"] == [] and any("kept" in line for line in lines)


def test_update_refuses_to_drop_a_measure_or_figure() -> None:
    name = "facts-fixture-quotes"
    pinned = {
        "measures": {
            name: {
                "corpus": None,
                "floors": {"precision": {"floor": 0.9, "margin": 0.0}, "old": {"floor": 1, "margin": 0}},
            },
            "gone": {"corpus": None, "floors": {"f1": {"floor": 0.5, "margin": 0.0}}},
        }
    }
    with pytest.raises(
        eval_gate.FloorLowered, match=r"gone f1: 0\.5000 -> dropped; facts-fixture-quotes old: 1\.0000 -> dropped"
    ):
        eval_gate.update_floors(pinned, {name: {"precision": 0.9}}, None)


def test_a_missing_corpus_is_reported_not_skipped(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setitem(eval_gate.ROOTS, "shared", tmp_path / "nowhere")
    name = "stories-ecb"
    problem = eval_gate.corpus_problem(eval_gate.MEASURES[name], PINNED["measures"][name])
    assert problem and "corpus missing" in problem and "never skipped" in problem


def test_a_changed_corpus_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    (tmp_path / "tests" / "fixtures" / "facts").mkdir(parents=True)
    (tmp_path / "tests" / "fixtures" / "facts" / "articles.json").write_text("{}", encoding="utf-8")
    monkeypatch.setitem(eval_gate.ROOTS, "repo", tmp_path)
    name = "facts-fixture-quotes"
    problem = eval_gate.corpus_problem(eval_gate.MEASURES[name], PINNED["measures"][name])
    assert problem and "differs from the one its floors were measured on" in problem and "--update-floors" in problem


@pytest.mark.floor_update
def test_update_floors(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]) -> None:
    """The update command (runs only with --update-floors): re-measure everything and write tests/floors.json."""
    for measure in eval_gate.MEASURES.values():
        eval_gate.corpus_digest(measure.corpus)  # a missing corpus fails before anything is measured
    fresh = {name: eval_gate.measured(name)[0] for name in eval_gate.MEASURES}
    try:
        pinned = eval_gate.load_floors()
    except FileNotFoundError:
        pinned = {}
    try:
        new, lines = eval_gate.update_floors(pinned, fresh, request.config.getoption("--allow-lower"))
    except eval_gate.FloorLowered as exc:
        pytest.fail(str(exc), pytrace=False)
    eval_gate.write_floors(new)
    with capsys.disabled():
        print(f"\nwrote {eval_gate.FLOORS_FILE}:", *lines, sep="\n  ", file=sys.stdout)


@pytest.mark.parametrize(
    ("value", "verdict", "floor"),
    [(0.95, "raised", 0.95), (0.9, "held", 0.9), (0.895, "kept", 0.9), (0.889, "lowered", 0.889)],
)
def test_next_floor(value: float, verdict: str, floor: float) -> None:
    assert eval_gate.next_floor({"floor": 0.9, "margin": 0.01}, value, 0.5) == (
        {"floor": floor, "margin": 0.01},
        verdict,
    )
    assert eval_gate.next_floor(None, value, 0.5) == ({"floor": value, "margin": 0.5}, "pinned")
