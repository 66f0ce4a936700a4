"""Which score each check of the claim aligner reads under the gradient-boosted scorer (agreed11).

With ``"kind": "gbm"`` the forest decides agreement membership; every conflict check (the conflict bar, the
pairing of values that may clash, the day and time checks that keep two events apart) reads the logistic
model's score (``model.ForestModel.conflict_scores``, ``align.conflict_view``); a pair that is neither
sentence's best-scored pair with the other's source is rated by the lower of the two scores
(``align.second_choice_scores``). Under the logistic kind nothing changes: every check reads the one score.

The stories are invented (an island, its quakes and its outlets); the forests are stand-ins that rate every pair
alike, so that what the conflicts read is the only thing that differs between the runs compared.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from crosswire.compare.claims import align
from crosswire.compare.claims.align import clash_score, conflict_view, second_choice_scores
from crosswire.compare.claims.model import GBM_FILE, MODEL_FILE, ForestModel, PairModel, forest_model
from crosswire.compare.claims.pairs import FEATURES, Pair
from test_compare_core import compare_texts


def _logistic() -> PairModel:
    d = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return PairModel(tuple(d["weights"]), d["intercept"], 0.6, 0.6, 0.6)


def _forest(reading: str | None = None) -> ForestModel:
    d = json.loads(GBM_FILE.read_text(encoding="utf-8"))
    if reading is not None:
        d["conflict_score"] = reading
    return forest_model(d, _logistic())


ROWS = [
    [0.5, 0.4, 6.0, 2.0, 1.0, 1.0, 1.0, 0.0, 0.1, 0.9, 0.7, 1.3, 1.0, 6.0],
    [0.1, 0.05, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.6, 0.4, 0.3, 0.8, 0.0, 1.0],
    [0.3, 0.2, 3.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.3, 0.7, 0.55, 1.0, 0.0, 3.0],
]


def test_the_forest_s_conflict_scores_are_the_logistic_model_s_or_the_lower_of_the_two() -> None:
    logistic, forest, lower = _logistic(), _forest("logistic"), _forest("lower")
    own = forest.scores(ROWS)
    assert forest.conflict_scores(ROWS, own) == logistic.scores(ROWS)
    assert lower.conflict_scores(ROWS, own) == [min(a, b) for a, b in zip(own, logistic.scores(ROWS), strict=True)]
    assert own != logistic.scores(ROWS)  # else the two readings could not differ
    assert logistic.conflict_scores(ROWS, [0.1, 0.2, 0.3]) == [0.1, 0.2, 0.3]  # the logistic kind: its own


def test_an_unknown_conflict_reading_is_refused() -> None:
    d = json.loads(GBM_FILE.read_text(encoding="utf-8"))
    d["conflict_score"] = "higher"
    with pytest.raises(ValueError, match="conflict_score"):
        forest_model(d, _logistic())


def _unit(index: int, source: int) -> Any:
    return SimpleNamespace(index=index, source=source)


def _pair(a: Any, b: Any, score: float, clash: float | None) -> Pair:
    return Pair(a, b, [0.0] * len(FEATURES), score, None, clash)


def test_a_pair_s_conflict_view_reads_its_clash_score() -> None:
    a, b = _unit(0, 1), _unit(1, 2)
    same = _pair(a, b, 0.7, None)
    assert conflict_view(same) is same and clash_score(same) == 0.7
    two = _pair(a, b, 0.9, 0.4)
    view = conflict_view(two)
    assert view is not two and view.score == 0.4 and clash_score(two) == 0.4 and two.score == 0.9


def test_a_second_choice_both_ways_is_rated_by_the_lower_score() -> None:
    # source 1: a lead (0) and a detail (1); source 2: a lead (2) and the detail told again (3)
    lead1, detail1, lead2, detail2 = _unit(0, 1), _unit(1, 1), _unit(2, 2), _unit(3, 2)
    leads = _pair(lead1, lead2, 0.97, 0.8)
    details = _pair(detail1, detail2, 0.9, 0.7)
    across = _pair(detail1, lead2, 0.7, 0.45)  # the detail's second choice, and the lead's
    one_way = _pair(lead1, detail2, 0.65, 0.5)  # the lead's second choice and the detail's
    pairs = [leads, details, across, one_way]
    second_choice_scores(pairs)
    assert (leads.score, details.score) == (0.97, 0.9)
    assert across.score == 0.45
    assert one_way.score == 0.5
    best_of_one = _pair(_unit(4, 1), lead2, 0.62, 0.3)  # sentence 4's only pair with source 2: its best
    second_choice_scores([leads, best_of_one])
    assert best_of_one.score == 0.62
    untouched = _pair(detail1, lead2, 0.7, None)  # the logistic kind sets no clash: nothing changes
    second_choice_scores([leads, details, untouched])
    assert untouched.score == 0.7


class _EveryPairAlike:
    """A stand-in forest: every pair rated ``high``; conflicts read the logistic model (``logistic``) or, with
    ``logistic`` None, this rating (what agreed10's forest did)."""

    agree = related = conflict = 0.6

    def __init__(self, high: float, logistic: PairModel | None) -> None:
        self.high, self.logistic = high, logistic

    def score(self, features: list[float]) -> float:
        return self.high

    def scores(self, rows: Sequence[list[float]]) -> list[float]:
        return [self.high] * len(rows)

    def related_scores(self, rows: Sequence[list[float]], scores: list[float]) -> list[float]:
        return list(scores)

    def conflict_scores(self, rows: Sequence[list[float]], scores: list[float]) -> list[float]:
        return list(scores) if self.logistic is None else self.logistic.scores(rows)


PUBLISHED = None  # undated pages (as ECB+'s): no date value keeps the two quakes apart
# Two quakes of one island: this week's, and an earlier one near the mainland port that one outlet recalls.
STORIES = [
    (
        "A magnitude 5.6 earthquake shook Korvane island off the southern coast on Sunday, injuring five people.",
        "A stronger quake of magnitude 6.1 hit the mainland port of Varena in September, killing seven people.",
        "An earthquake measuring 5.6 shook Korvane island on Sunday, injuring five people, state television said.",
    ),
]


def _conflicts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scorer: Any, story: tuple[str, ...]) -> set[str]:
    monkeypatch.setattr(align, "load_model", lambda: scorer)
    (tmp_path / "run").mkdir(exist_ok=True)
    rows = [  # the earlier event told by one outlet only, this week's by the two others
        ("a", "Korvane Herald", PUBLISHED, f"Quake\n\n{story[1]}"),
        ("b", "Island Wire", PUBLISHED, f"Quake\n\n{story[2]}"),
        ("c", "Coast Post", PUBLISHED, f"Quake\n\n{story[0]}"),
    ]
    found = compare_texts(tmp_path / "run", rows)
    shutil.rmtree(tmp_path / "run")
    return {f"{c.reason}: {c.summary}" for c in found.conflicts}


@pytest.mark.parametrize("story", STORIES)
def test_conflicts_under_the_forest_are_the_logistic_model_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, story: tuple[str, ...]
) -> None:
    logistic = _logistic()
    own = _conflicts(tmp_path, monkeypatch, logistic, story)
    read_on_logistic = _conflicts(tmp_path, monkeypatch, _EveryPairAlike(0.97, logistic), story)
    read_on_forest = _conflicts(tmp_path, monkeypatch, _EveryPairAlike(0.97, None), story)
    assert read_on_logistic == own
    assert read_on_forest != own  # the forest's rating would have paired the two events' values
