"""speed15's exact cuts, each against the formula it replaced: the stories stage's term overlap summed over the
shared terms only (the same float, bit for bit), and the facts readers that read a paragraph's or sentence's
text once (the same facts on invented multilingual text)."""

from __future__ import annotations

import math
import random
import struct

import pytest

from crosswire.stories.cluster import term_dot


def _old_dot(vec: dict[int, float], terms: dict[int, float]) -> float:
    return sum(w * terms.get(t, 0.0) for t, w in vec.items())


def _bits(x: float) -> bytes:
    return struct.pack("<d", x)


def _weights(rng: random.Random, n: int, ids: list[int]) -> dict[int, float]:
    out = {}
    for t in rng.sample(ids, n):
        kind = rng.random()
        if kind < 0.05:
            out[t] = 0.0
        elif kind < 0.08:
            out[t] = -0.0
        elif kind < 0.12:
            out[t] = rng.choice([5e-324, 1e-310, -1e-310])  # subnormals
        elif kind < 0.2:
            out[t] = -rng.random()
        else:
            out[t] = rng.random() * 10 ** rng.randint(-8, 3)
    return out


def test_term_dot_is_the_old_sum_bit_for_bit() -> None:
    rng = random.Random(15)
    ids = list(range(2000))
    for _ in range(3000):
        vec = _weights(rng, rng.randint(0, 400), ids)
        terms = _weights(rng, rng.randint(0, 300), ids)
        old, new = _old_dot(vec, terms), term_dot(vec, terms)
        assert _bits(float(old)) == _bits(float(new)), (old, new)


@pytest.mark.parametrize(
    ("vec", "terms"),
    [
        ({}, {1: 0.5}),  # nothing to sum
        ({1: 0.5}, {}),
        ({1: 0.5, 2: 0.25}, {3: 1.0}),  # no shared term: 0.0, not -0.0
        ({1: -0.5, 2: -0.25}, {3: 1.0}),  # absent terms of negative weight add -0.0
        ({1: -0.0}, {1: 1.0}),
        ({1: 1e308, 2: 1e308, 3: -1e308}, {1: 10.0, 2: 10.0, 3: 10.0}),  # overflow in order, as before
        ({1: 0.1, 2: 0.2, 3: 0.3}, {3: 0.3, 1: 0.1}),  # vec's order, not terms'
    ],
)
def test_term_dot_edge_cases(vec: dict[int, float], terms: dict[int, float]) -> None:
    old, new = float(_old_dot(vec, terms)), float(term_dot(vec, terms))
    assert _bits(old) == _bits(new) or (math.isnan(old) and math.isnan(new))
