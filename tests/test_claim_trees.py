"""The gradient-boosted pair scorer shipped as JSON trees (``compare/claims/trees.py``, ``model.ForestModel``).

* The numpy evaluator gives scikit-learn's ``predict_proba`` on the exported trees to 1e-9: on a forest fitted
  at test time when scikit-learn is importable (random feature vectors, some with a missing value), and always on
  the check rows stored in the shipped ``data/claim_alignment_gbm.json`` (scikit-learn's probabilities of the
  exported model, written by ``bench/train_alignment.py --model gbm``).
* On hand-built tiny forests (hypothesis): the output is a probability, equals a plain walk down each tree, and
  rises with a feature whose every split sends larger values to larger leaves.
* The scale map keeps the forest's order of pairs; the model kind is read from the data file.
"""

from __future__ import annotations

import itertools
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.compare.claims import model as pair_model
from crosswire.compare.claims.model import GBM_FILE, ForestModel, PairModel, forest_model, load_model
from crosswire.compare.claims.pairs import FEATURES
from crosswire.compare.claims.trees import Forest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _walk(d: dict[str, Any], row: list[float]) -> float:
    """The reference: each tree walked node by node, leaf values summed in tree order, then the logistic."""
    z = float(d["baseline"])
    for nodes in d["trees"]:
        i = 0
        while len(nodes[i]) == 5:
            f, thr, lo, hi, miss = nodes[i]
            v = row[int(f)]
            i = int(lo) if (v <= thr if not math.isnan(v) else bool(miss)) else int(hi)
        z += nodes[i][0]
    return 1.0 / (1.0 + math.exp(-z))


def test_the_evaluator_gives_scikit_learns_probabilities_on_a_forest_fitted_now() -> None:
    sklearn = pytest.importorskip("sklearn")
    assert sklearn
    sys.path.insert(0, str(BENCH))
    from train_alignment import export_forest, fit_gbm

    rng = np.random.RandomState(3)
    x = rng.rand(600, 5)
    y = (x[:, 0] + 0.5 * x[:, 1] * x[:, 2] + 0.3 * rng.rand(600)) > 0.9
    params = {"max_depth": 3, "max_iter": 40, "learning_rate": 0.1, "early_stopping": False, "random_state": 0}
    model = fit_gbm(x, y, params)
    exported = json.loads(json.dumps(export_forest(model)))  # through JSON text, as shipped
    forest = Forest.from_json(exported)
    rows = rng.rand(500, 5) * 1.4 - 0.2  # beyond the training range too
    rows[::17, 1] = np.nan
    expected = model.predict_proba(rows)[:, 1]
    assert np.max(np.abs(forest.proba(rows) - expected)) < 1e-9
    assert forest.depth == 3 and len(exported["trees"]) == 40
    assert all(abs(_walk(exported, list(r)) - e) < 1e-9 for r, e in zip(rows[:50], expected[:50], strict=True))


def test_the_shipped_forest_gives_its_stored_probabilities() -> None:
    d = json.loads(GBM_FILE.read_text(encoding="utf-8"))
    scorer = forest_model(d)
    check = d["check"]
    assert len(check["rows"]) >= 8 and len(check["rows"][0]) == len(FEATURES)
    got = scorer.probability(check["rows"])
    assert np.max(np.abs(got - np.array(check["proba"]))) < 1e-9
    # the file stays small: thresholds and leaves rounded (bench/train_alignment.py --model gbm)
    assert GBM_FILE.stat().st_size < 120_000


_leaf = st.floats(-2.0, 2.0, allow_nan=False)
_x = st.floats(-1.0, 2.0, allow_nan=False)


@st.composite
def _monotone_forest(draw: st.DrawFn) -> dict[str, Any]:
    """Tiny forests over two features: trees split on feature 1 anywhere, and on feature 0 only with every leaf
    under the left child at most every leaf under the right (so larger x0 never lowers the sum)."""
    trees = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["stump0", "stump1", "two-level"]))
        t0, t1 = draw(_x), draw(_x)
        if kind == "stump0":
            a, b = sorted([draw(_leaf), draw(_leaf)])
            trees.append([[0, t0, 1, 2, draw(st.integers(0, 1))], [a], [b]])
        elif kind == "stump1":
            trees.append([[1, t1, 1, 2, draw(st.integers(0, 1))], [draw(_leaf)], [draw(_leaf)]])
        else:  # feature 1 at the root, a monotone split on feature 0 under each side
            a, b, c, d = (sorted([draw(_leaf), draw(_leaf)]) + sorted([draw(_leaf), draw(_leaf)]))[:4]
            trees.append([[1, t1, 1, 4, 0], [0, t0, 2, 3, 1], [a], [b], [0, draw(_x), 5, 6, 0], [c], [d]])
    return {"baseline": draw(_leaf), "trees": trees}


@settings(max_examples=150, deadline=None)
@given(_monotone_forest(), st.lists(st.tuples(_x, _x), min_size=1, max_size=12), st.floats(0.0, 1.0))
def test_hand_built_forests_give_probabilities_rising_with_a_monotone_feature(
    d: dict[str, Any], points: list[tuple[float, float]], step: float
) -> None:
    forest = Forest.from_json(d)
    rows = np.array(points, dtype=np.float64)
    p = forest.proba(rows)
    assert np.all((p >= 0.0) & (p <= 1.0))
    assert all(abs(v - _walk(d, list(r))) < 1e-12 for v, r in zip(p, rows, strict=True))
    higher = rows.copy()
    higher[:, 0] += step
    assert np.all(forest.proba(higher) >= p - 1e-15)


def test_a_malformed_node_or_child_is_refused() -> None:
    with pytest.raises(ValueError, match="neither"):
        Forest.from_json({"baseline": 0.0, "trees": [[[0, 0.5, 1], [0.1], [0.2]]]})
    with pytest.raises(ValueError, match="outside"):
        Forest.from_json({"baseline": 0.0, "trees": [[[0, 0.5, 1, 7, 0], [0.1], [0.2]]]})


def test_the_scale_keeps_the_forests_order_of_pairs() -> None:
    d = {"baseline": 0.0, "trees": [[[0, 0.5, 1, 2, 0], [-1.0], [1.0]], [[1, 0.3, 1, 2, 0], [-0.5], [0.5]]]}
    scorer = ForestModel(Forest.from_json(d), (0.1, 0.4, 0.9), (0.02, 0.3, 0.8), 0.6, 0.6, 0.6)
    rows = [[0.2, 0.1], [0.2, 0.9], [0.8, 0.1], [0.8, 0.9], [0.0] * 2]
    forest_p = scorer.probability(rows)
    mapped = scorer.scores(rows)
    order = np.argsort(forest_p, kind="stable")
    assert all(mapped[i] <= mapped[j] for i, j in itertools.pairwise(order))
    assert all(0.02 <= s <= 0.8 for s in mapped)
    assert scorer.score(rows[3]) == mapped[3]


def test_the_model_kind_is_read_from_the_data_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = json.loads(pair_model.MODEL_FILE.read_text(encoding="utf-8"))
    for kind, expected in (("logistic", PairModel), ("gbm", ForestModel)):
        path = tmp_path / f"{kind}.json"
        path.write_text(json.dumps({**shipped, "kind": kind}), encoding="utf-8")
        monkeypatch.setattr(pair_model, "MODEL_FILE", path)
        load_model.cache_clear()
        try:
            m = load_model()
        finally:
            load_model.cache_clear()
        assert isinstance(m, expected)
        row = [0.5] * len(FEATURES)
        assert 0.0 <= m.score(row) <= 1.0 and m.scores([row, row]) == [m.score(row)] * 2
    path.write_text(json.dumps({**shipped, "kind": "forest"}), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown model kind"):
        load_model.__wrapped__()


def test_the_single_source_checks_read_the_higher_of_the_two_models() -> None:
    d = {"baseline": 0.0, "trees": [[[0, 0.5, 1, 2, 0], [-2.0], [2.0]]]}
    logistic = PairModel((0.0, 4.0), -2.0, 0.6, 0.6, 0.6)  # rises with feature 1, which the forest ignores
    scorer = ForestModel(Forest.from_json(d), (0.1, 0.9), (0.1, 0.9), 0.6, 0.6, 0.6, logistic)
    rows = [[0.2, 0.9], [0.8, 0.1], [0.2, 0.1]]
    scores = scorer.scores(rows)
    related = scorer.related_scores(rows, scores)
    assert related[0] == pytest.approx(logistic.score(rows[0])) and related[0] > scores[0]  # the logistic relates it
    assert related[1] == scores[1] > logistic.score(rows[1])  # the forest does
    assert related == [max(s, logistic.score(r)) for s, r in zip(scores, rows, strict=True)]
    assert logistic.related_scores(rows, [0.3, 0.2, 0.1]) == [0.3, 0.2, 0.1]  # a logistic model reads its own
