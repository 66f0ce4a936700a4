"""The pair scorer: a logistic model over :data:`crosswire.compare.claims.pairs.FEATURES`.

Its weights, intercept and thresholds live in ``data/claim_alignment.json``, written by
``bench/train_alignment.py`` from the *tune* half of the hand-built alignment gold (``bench/alignment/``), with
the figures it reached there; the *report* half is never used to fit or choose anything. Scoring is a dot
product (numpy is not needed for ten features).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from crosswire.compare.claims.pairs import FEATURES
from crosswire.vocab.data import DATA_DIR

MODEL_FILE = DATA_DIR / "claim_alignment.json"


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


@lru_cache(maxsize=1)
def load_model() -> PairModel:
    """The shipped model. Raises ``OSError`` when the data file is missing (a broken install) and
    ``ValueError`` when its feature list is not the code's (a model trained on other features)."""
    d = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if tuple(d["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE}: trained on features {d['features']}, the code computes {list(FEATURES)}")
    return PairModel(
        weights=tuple(float(w) for w in d["weights"]),
        intercept=float(d["intercept"]),
        agree=float(d["thresholds"]["agree"]),
        related=float(d["thresholds"]["related"]),
        conflict=float(d["thresholds"]["conflict"]),
    )
