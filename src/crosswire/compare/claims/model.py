"""The pair scorer: a model over :data:`crosswire.compare.claims.pairs.FEATURES` giving each candidate pair of
sentences a score in [0, 1], read against the aligner's bars.

Two kinds, chosen by the ``kind`` key of ``data/claim_alignment.json`` (``"logistic"`` when absent):

* ``logistic``: weights, intercept and thresholds in ``data/claim_alignment.json``, written by
  ``bench/train_alignment.py`` from the *tune* half of the hand-built alignment gold (``bench/alignment/``); the
  score is the logistic function of a dot product. Every bar of the aligner (``align.SENTENCE_BAR`` 0.25,
  ``FIGURE_BAR`` 0.5, ``REWORDED_SCORE`` 0.5, ``PHRASE_SCORE`` 0.3, ``WEAK_BAR`` 0.4, ``TOLL_BAR`` 0.5,
  ``groups.CLIQUE_SHARE`` 0.5 of the agreement bar, ``speakers.PAIR_BAR``, ``sides.TIME_JOIN_BAR``,
  ``polar.TIE_BAR`` 0.4, ``single_marked.NO_MATCH_BAR`` 0.3, the agreement, related and conflict bars) was
  chosen on this model's scale.
* ``gbm``: a forest of gradient-boosted trees (:class:`.trees.Forest`) in ``data/claim_alignment_gbm.json``,
  written by ``bench/train_alignment.py --model gbm`` from the tune and tune2 halves, whose probability is then
  put on the logistic model's scale by quantile matching (:class:`ForestModel`): a pair scored at the logistic
  model's q-th quantile of the tune pairs' scores gets that same value, so each bar above keeps the share of the
  tune pairs it admits and what it was chosen for, while the forest decides which pairs those are. The forest's
  score decides agreement membership only: the single-source checks read the higher of the two models' scores
  (:meth:`ForestModel.related_scores`), every conflict check the logistic model's
  (:meth:`ForestModel.conflict_scores`; the bars one by one: the comment above ``align.SENTENCE_BAR``).

The shipped kind is ``gbm`` (agreed11). The forest ranks pairs better (out of fold over tune + tune2, average
precision tune 0.709 vs 0.624, tune2 0.557 vs 0.471) and at the same agreement bar (0.6) finds more agreements at
higher precision on both tune halves. Shipped alone (agreed10) it also decided conflicts: on the mined conflicts'
tune half it lost one conflict and set two quakes' magnitudes against each other, and on the seeds two of its
twelve agreed items were wrong; with every conflict check on the logistic model's score and a pair that is
neither sentence's best rated by the lower of the two scores (``align.second_choice_scores``), the mined tune
half keeps 8 of 18 at precision 1.00 and the seeds' agreed precision is 0.91 (bench/RESULTS-compare.md, agreed11).
The *report* halves are never used to fit or choose anything.

**The eleventh pass (mrecall): ``"forest_pairs": "non_english"``, kept behind the kind switch.** The forest,
refitted on tune, tune2 and the multilingual development half mtune (``bench/train_alignment.py --model gbm
--forest-pairs non_english --splits tune,tune2,mtune``), scores only pairs with a sentence not in English under
that key; every pair of two English sentences keeps the logistic model's score for every bar, so the English
halves, the seeds and ECB+ give exactly the logistic kind's output. Out of fold (8 folds by event over the three
halves) it ranks mtune's pairs at average precision 0.80 against the logistic model's 0.67, and with
``"kind": "gbm"`` the comparison finds 37 of 65 mtune agreements against 33 (precision 0.91 / 0.93); but on the
held-out mreport half it found 28 of 58 at precision 0.86 against the logistic kind's 29 at 0.89 (the section
"mrecall" of the eleventh pass): the gain was the fit to mtune's 16 events. Shipped kind: ``logistic``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

import numpy as np

from crosswire.compare.claims.pairs import FEATURES
from crosswire.compare.claims.trees import Forest
from crosswire.vocab.data import DATA_DIR

MODEL_FILE = DATA_DIR / "claim_alignment.json"
GBM_FILE = DATA_DIR / "claim_alignment_gbm.json"


class PairScorer(Protocol):
    """What the aligner reads of a pair scorer: its bars and its scores (0-1, on the logistic model's scale)."""

    @property
    def agree(self) -> float: ...
    @property
    def related(self) -> float: ...
    @property
    def conflict(self) -> float: ...
    def score(self, features: list[float]) -> float: ...
    def scores(self, rows: Sequence[list[float]]) -> list[float]: ...
    def related_scores(self, rows: Sequence[list[float]], scores: list[float]) -> list[float]: ...
    def conflict_scores(self, rows: Sequence[list[float]], scores: list[float]) -> list[float]: ...


@dataclass(frozen=True, slots=True)
class PairModel:
    """Weights per feature, intercept, and the decision thresholds on the predicted probability."""

    weights: tuple[float, ...]
    intercept: float
    agree: float  # a pair at or above this is the same claim
    related: float  # at or above this, the two are related: not "only one source reports it"
    conflict: float  # at or above this, two sentences giving one slot different values conflict

    def score(self, features: list[float]) -> float:
        """The probability (0-1) that the two sentences state a claim in common."""
        z = self.intercept + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def scores(self, rows: Sequence[list[float]]) -> list[float]:
        """:meth:`score` of each row, in order."""
        return [self.score(r) for r in rows]

    def related_scores(self, rows: Sequence[list[float]], scores: list[float]) -> list[float]:
        """The scores the single-source checks read: ``scores`` (this model's, as the aligner set them)."""
        return list(scores)

    def conflict_scores(self, rows: Sequence[list[float]], scores: list[float]) -> list[float]:
        """The scores the conflict checks read: ``scores`` (this model's, as the aligner set them)."""
        return list(scores)


@dataclass(frozen=True, slots=True)
class ForestModel:
    """A gradient-boosted forest whose probability is mapped onto the logistic model's scale.

    ``knots_x`` (the forest's probabilities at quantiles of the tune pairs, strictly increasing) and ``knots_y``
    (the logistic model's scores at the same quantiles, non-decreasing) define a monotone piecewise-linear map
    (``numpy.interp``; flat beyond the end knots), so the forest's ranking of pairs is kept and only its scale
    changes."""

    forest: Forest
    knots_x: tuple[float, ...]
    knots_y: tuple[float, ...]
    agree: float
    related: float
    conflict: float
    logistic: PairModel | None = None  # the shipped logistic model: see :meth:`related_scores`
    # what the conflict checks read (:meth:`conflict_scores`): "logistic" (the logistic model's score) or "lower"
    # (the lower of the two)
    conflict_reading: str = "logistic"
    # which pairs the forest scores (:meth:`scores`): "all", or "non_english": pairs with a sentence in another
    # language than English, every pair of two English sentences keeping the logistic model's score
    forest_pairs: str = "all"

    def probability(self, rows: Sequence[list[float]]) -> np.ndarray:
        """The forest's own probabilities (before the map), as scikit-learn's ``predict_proba[:, 1]``."""
        return self.forest.proba(np.asarray(rows, dtype=np.float64).reshape(len(rows), -1))

    def scores(self, rows: Sequence[list[float]], english: Sequence[bool] | None = None) -> list[float]:
        """Each row's score (0-1) on the logistic model's scale, in order. With :attr:`forest_pairs`
        ``"non_english"``, a row ``english`` marks (a pair of two English sentences) gets the logistic model's
        score instead (``english`` None: every row the forest's)."""
        if not rows:
            return []
        own = [float(s) for s in np.interp(self.probability(rows), self.knots_x, self.knots_y)]
        if self.forest_pairs != "non_english" or english is None or self.logistic is None or not any(english):
            return own
        return [t if en else s for s, t, en in zip(own, self.logistic.scores(rows), english, strict=True)]

    def score(self, features: list[float]) -> float:
        """One row's score (0-1) on the logistic model's scale."""
        return self.scores([features])[0]

    def related_scores(self, rows: Sequence[list[float]], scores: list[float]) -> list[float]:
        """The scores the single-source checks read (is another source's sentence related to this one?): the
        higher of ``scores`` (the forest's, as the aligner set them) and the logistic model's. The forest was
        fitted to tell pairs stating one gold agreement from the rest and ranks the top of the scale better; under
        the related bars (0.25-0.5) it ranks worse: with its scores alone (agreement bar 0.6), tune's
        single-source precision fell from the logistic model's 0.85 (81/95) to 0.80 (69/86), new "only X" items
        whose fact a sentence of another source states in other words, which the logistic model rated at the bar;
        with the higher of the two, 0.86 (69/80), and tune2 0.89 (49/55) against 0.86 (50/58)
        (bench/RESULTS-compare.md, agreed10)."""
        if self.logistic is None:
            return list(scores)
        return [max(s, t) for s, t in zip(scores, self.logistic.scores(rows), strict=True)]

    def conflict_scores(self, rows: Sequence[list[float]], scores: list[float]) -> list[float]:
        """The scores every conflict check reads (the conflict bar, the pairing of values that may clash, the
        day and time checks that keep two events apart; :func:`.align.align_claims`): with
        :attr:`conflict_reading` ``"logistic"`` the logistic model's score, with ``"lower"`` the lower of it and
        ``scores`` (the forest's). The forest was fitted to tell pairs stating one gold *agreement* from the
        rest; pairs whose values clash are few among its positives, and with its scores at the conflict bars the
        mined conflicts' tune half lost one conflict (a video's length) and gained a false one (two quakes of one
        island a year apart), and a held-out conflict of the dev set was lost: every conflict bar was chosen on
        the logistic scale with the logistic model's pairs (bench/RESULTS-compare.md, agreed10 and agreed11)."""
        if self.logistic is None:
            return list(scores)
        own = self.logistic.scores(rows)
        if self.conflict_reading == "lower":
            return [min(s, t) for s, t in zip(scores, own, strict=True)]
        return own


def forest_model(d: dict[str, object], logistic: PairModel | None = None) -> ForestModel:
    """A :class:`ForestModel` from the JSON of ``data/claim_alignment_gbm.json`` (``forest``, ``scale``:
    ``{"x": [...], "y": [...]}``, ``thresholds``). Raises ``ValueError`` when its features are not the code's or
    the scale's knots are not increasing."""
    if tuple(d["features"]) != FEATURES:  # type: ignore[arg-type]
        raise ValueError(f"{GBM_FILE}: trained on features {d['features']}, the code computes {list(FEATURES)}")
    scale: dict[str, list[float]] = d["scale"]  # type: ignore[assignment]
    xs, ys = tuple(float(v) for v in scale["x"]), tuple(float(v) for v in scale["y"])
    if len(xs) != len(ys) or len(xs) < 2 or any(b <= a for a, b in pairwise(xs)):
        raise ValueError(f"{GBM_FILE}: the scale's knots must be two or more, x strictly increasing")
    if any(b < a for a, b in pairwise(ys)):
        raise ValueError(f"{GBM_FILE}: the scale's y must not decrease")
    bars: dict[str, float] = d["thresholds"]  # type: ignore[assignment]
    reading = str(d.get("conflict_score", "logistic"))
    if reading not in ("logistic", "lower"):
        raise ValueError(f"{GBM_FILE}: unknown conflict_score {reading!r} (logistic or lower)")
    forest_pairs = str(d.get("forest_pairs", "all"))
    if forest_pairs not in ("all", "non_english"):
        raise ValueError(f"{GBM_FILE}: unknown forest_pairs {forest_pairs!r} (all or non_english)")
    return ForestModel(
        Forest.from_json(d["forest"]),  # type: ignore[arg-type]
        xs,
        ys,
        agree=float(bars["agree"]),
        related=float(bars["related"]),
        conflict=float(bars["conflict"]),
        logistic=logistic,
        conflict_reading=reading,
        forest_pairs=forest_pairs,
    )


@lru_cache(maxsize=1)
def load_model() -> PairScorer:
    """The shipped model, of the kind ``data/claim_alignment.json`` names. Raises ``OSError`` when a data file
    is missing (a broken install) and ``ValueError`` when its feature list is not the code's (a model trained
    on other features) or the kind is unknown."""
    d = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    kind = d.get("kind", "logistic")
    if kind not in ("logistic", "gbm"):
        raise ValueError(f"{MODEL_FILE}: unknown model kind {kind!r} (logistic or gbm)")
    if tuple(d["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE}: trained on features {d['features']}, the code computes {list(FEATURES)}")
    logistic = PairModel(
        weights=tuple(float(w) for w in d["weights"]),
        intercept=float(d["intercept"]),
        agree=float(d["thresholds"]["agree"]),
        related=float(d["thresholds"]["related"]),
        conflict=float(d["thresholds"]["conflict"]),
    )
    if kind == "gbm":
        return forest_model(json.loads(GBM_FILE.read_text(encoding="utf-8")), logistic)
    return logistic
