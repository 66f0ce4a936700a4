"""Open bounds and vague ranges read as intervals and compared (mined set, 2 Dec 2026: "一百万" (one million) /
"the hundreds of thousands of spectators" were compatible as read, the vague range's top being the million
itself). A plural of a scale word stops short of the next scale ("hundreds of thousands" is fewer than a million,
"dozens" fewer than 100, "Dutzende", "десятки", "dziesiątki"); a round noun keeps its edges ("a dozen" holds 13);
two open bounds that overlap are compatible ("more than 8" / "eight or more"); an open bound far from an
approximate figure is not ("more than 10" / "about 6"). Invented sentences of other events.
"""

from __future__ import annotations

import math

import pytest

from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import compatible, interval, reading
from crosswire.compare.rounding import vague_top
from crosswire.facts.records import Claim, Value
from test_compare_core import compare_texts

DAY = "2026-03-04"


def _reading(
    language: str,
    value: float | None = None,
    low: float | None = None,
    high: float | None = None,
    qualifier: str | None = None,
    exact: bool = True,
):
    text = "x" * 40
    v = Value(kind="count", text="n", start=0, end=1, value=value, low=low, high=high, qualifier=qualifier, exact=exact)
    claim = Claim(id="c1", start=0, end=len(text), language=language, values=[v])
    r = reading(Unit(index=0, source=0, article="a", claim=claim, text=text, position=0.0), v)
    assert r is not None
    return r


def test_a_scale_plural_stops_short_of_the_next_scale() -> None:
    assert vague_top(100_000, 1_000_000) < 1_000_000
    assert vague_top(24, 100) < 100
    assert vague_top(11, 13) == 13  # a round noun's ±10 % keeps its edge
    assert vague_top(0, math.inf) == math.inf


@pytest.mark.parametrize(
    ("language", "low", "high", "point"),
    [
        ("en", 100_000, 1_000_000, 1_000_000),  # "hundreds of thousands" / "one million"
        ("en", 24, 100, 100),  # "dozens" / "100"
        ("en", 10_000, 100_000, 100_000),  # "tens of thousands" / "100,000"
        ("de", 24, 100, 100),  # "Dutzende" / "100"
        ("ru", 20, 100, 100),  # "десятки" / "100"
        ("pl", 200, 999, 999),  # "kilkaset": its table's own top is inside it
    ],
)
def test_a_vague_range_and_the_next_scale(language: str, low: float, high: float, point: float) -> None:
    vague = _reading(language, low=low, high=high)
    exact = _reading(language, value=point)
    if high == point and high >= 4 * low and language != "pl":
        assert not compatible(vague, exact)
    else:
        assert compatible(vague, exact)


@pytest.mark.parametrize(
    ("language", "a", "b", "fits"),
    [
        ("en", {"value": 8, "qualifier": "more than"}, {"value": 8, "qualifier": "or more"}, True),
        ("en", {"value": 8, "qualifier": "more than"}, {"value": 9}, True),
        ("en", {"value": 10, "qualifier": "more than"}, {"value": 6, "qualifier": "about"}, False),
        ("de", {"value": 10, "qualifier": "mehr als"}, {"value": 6, "qualifier": "rund"}, False),
        ("es", {"value": 10, "qualifier": "más de"}, {"value": 6, "qualifier": "unos"}, False),
        ("en", {"low": 24, "high": 100}, {"value": 60}, True),  # "dozens" / "60"
        ("en", {"low": 24, "high": 100}, {"value": 100, "qualifier": "about"}, True),  # "about 100" rounds
        ("en", {"low": 100, "high": 1_000}, {"low": 11, "high": 13}, False),  # "hundreds" / "a dozen"
        ("en", {"low": 11, "high": 13}, {"value": 13}, True),  # "a dozen" / "13"
    ],
)
def test_bounds_and_ranges_as_intervals(language: str, a: dict, b: dict, fits: bool) -> None:
    assert compatible(_reading(language, **a), _reading(language, **b)) is fits


def test_interval_of_a_scale_plural() -> None:
    v = Value(kind="count", text="hundreds of thousands", start=0, end=1, low=1e5, high=1e6)
    low, high, vague = interval(v, "en")  # type: ignore[misc]
    # both edges left out: a plural of a scale holds neither one of it nor the next scale (conf13: "Millionen" /
    # "1 Million" is vague against precise, never agreed)
    assert 1e5 < low < 1.02e5 and high < 1e6 and vague


def _conflicts(tmp_path, language: str, wire: str, other: str) -> list[str]:
    rows = [("a", "Valley Wire", DAY, wire), ("b", f"{language}-Post", DAY, other)]
    return [c["summary"] for c in compare_texts(tmp_path, rows).to_dict()["conflicts"]]


def test_one_million_against_hundreds_of_thousands_conflicts(tmp_path) -> None:
    wire = (
        "The 1847 famine in the Orvel valley killed one million people, the museum says. Its archive opens on Monday."
    )
    other = (
        "Hundreds of thousands of people were killed by the 1847 famine in the Orvel valley, the museum says. The "
        "archive opens on Monday."
    )
    found = _conflicts(tmp_path, "en", wire, other)
    assert any("one million" in s and "Hundreds of thousands" in s for s in found), found


def test_a_hundred_against_dozens_conflicts_in_german(tmp_path) -> None:
    wire = "Bei dem Brand in der Chemiefabrik Korvane in Varena wurden am Dienstag 100 Menschen verletzt."
    other = "Bei dem Brand in der Chemiefabrik Korvane in Varena wurden am Dienstag Dutzende Menschen verletzt."
    found = _conflicts(tmp_path, "de", wire, other)
    assert any("100" in s and "Dutzende" in s for s in found), found


def test_sixty_and_dozens_agree(tmp_path) -> None:
    wire = (
        "The 1847 famine in the Orvel valley killed 60 people in Dunfirth, the museum says. Its archive opens on "
        "Monday."
    )
    other = (
        "Dozens of people were killed by the 1847 famine in Dunfirth in the Orvel valley, the museum says. The "
        "archive opens on Monday."
    )
    assert _conflicts(tmp_path, "en", wire, other) == []
