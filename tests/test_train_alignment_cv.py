"""bench/train_alignment.py: the cross-validation by event inside a tune half, and the held-out halves refused.

Synthetic feature rows (no benchmark text): the folds are by event, so an event's pairs are never both fitted on
and scored; a feature that alone decides the label ranks held-out events' pairs perfectly, noise does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import train_alignment
from train_alignment import cross_validate


def _rows(signal: bool, seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[str]]:
    rng = np.random.RandomState(seed)
    y = rng.rand(240) < 0.3
    noise = rng.rand(240, 2)
    first = y.astype(float) + 0.1 * rng.rand(240) if signal else rng.rand(240)
    x = np.column_stack([first, noise])
    groups = [f"event-{i % 12}" for i in range(240)]
    return x, y, groups


def test_a_deciding_feature_ranks_held_out_events_perfectly() -> None:
    x, y, groups = _rows(signal=True)
    assert cross_validate(x, y, groups) == pytest.approx(1.0)


def test_noise_ranks_held_out_events_near_the_base_rate() -> None:
    x, y, groups = _rows(signal=False)
    assert cross_validate(x, y, groups) < 0.5


def test_report_halves_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["train_alignment.py", "--splits", "tune,report", "--dry-run"])
    with pytest.raises(SystemExit, match="held out"):
        train_alignment.main()
