"""How far from the true number a figure written as approximate may lie: the rounding its written precision
states.

A writer who gives "about 4,200" rounded to the nearest hundred; "about 4,000", to the nearest thousand. So "about
4,200" and "about 3,800" are two figures (each is four steps of its rounding from the other), while "about 4,000"
and "4,150" can be one. A last digit 5 is a rounding to the half step ("about 55" to the nearest five). The
tolerance of an approximate figure is one step of its last non-zero digit (twice the half-step that rounding
itself allows, for the loose rounding of news copy), and never more than the relative
bar the reader used before (``relative``: 15 % in the claim aligner, 20 % in the figure aligner), which still
bounds a round figure ("about 1,000", whose step of a thousand would take in anything from nothing to 2,000).

Source of the rule: the rounding granularity of the written figure (the significant-figures convention); no
library reads a figure's stated precision from its value, so it is written here.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation


def rounding_step(x: float) -> float:
    """The place value of the last non-zero digit of ``x`` as written (plain units): 4200.0 -> 100.0,
    4000.0 -> 1000.0, 42.0 -> 1.0, 4.2 -> 0.1; a last digit 5 is a rounding to the half (45.0 -> 5.0, 4.5 -> 0.5,
    0.045, a share read from "4.5%", -> 0.005). 0 and non-finite
    values -> 1.0. Values are rounded to nine decimals first, so a float's binary tail is no digit."""
    if x == 0 or not math.isfinite(x):
        return 1.0
    try:
        d = Decimal(repr(round(abs(x), 9))).normalize()
    except InvalidOperation:
        return 1.0
    exponent = d.as_tuple().exponent
    if not isinstance(exponent, int):
        return 1.0
    if d.as_tuple().digits[-1] == 5:
        return 5 * 10.0**exponent  # a last digit 5 is a round half: "about 55" is to the nearest five
    return 10.0**exponent


def approx_tolerance(x: float, relative: float) -> float:
    """How far (in ``x``'s units) the true number of a figure given as approximate ("about ``x``") may lie from
    ``x``: one step of its rounding (:func:`rounding_step`), at most ``relative`` (a fraction) of ``|x|``.
    "about 4,200" (relative 0.15) -> 100; "about 4,000" -> 600; "about 40" -> 6; "about 42" -> 1; "about 45" -> 5."""
    return min(abs(x) * relative, rounding_step(x))


# A vague range this wide or wider is a plural of a scale word ("dozens": 24-100, "hundreds of thousands":
# 100,000-1,000,000, data/quantities.toml and the languages' vague_numbers), whose top is the next scale: not
# a round noun's ±10 % ("a dozen": 11-13).
SCALE_RANGE = 4.0
# How far under the next scale such a range stops: more than the half per cent an exact figure's reading allows
# (crosswire.compare.figures.slots), so "one million" read as 995,000-1,005,000 still lies above "hundreds of
# thousands", and less than any approximate figure's rounding ("about a million" still meets it).
SCALE_MARGIN = 0.01


def vague_bottom(low: float, high: float) -> float:
    """The bottom of a vague range as compared: a plural of a scale word starts just above its scale ("Millionen",
    "thousands", "тысячи" are more than one of it: an editor lists "millions of viewers" against "1 million
    viewers", and the two were agreed, figs12's leftover), so its edge ``low`` is left out by
    :data:`SCALE_MARGIN` when ``low`` is itself a whole scale (a round 1,000, 1,000,000) and the range is a
    plural's (:data:`SCALE_RANGE`); a narrow range ("a dozen": 11-13) or a table's own first member ("kilkaset":
    200-999) keeps it. Input: the range's low and high (plain units); output: the lowest value it holds. conf13,
    thirteenth pass: "Millionen" / "1 Million" is now a "vague vs precise" conflict, never agreed."""
    if low > 0 and high >= SCALE_RANGE * low and math.isfinite(high) and rounding_step(low) == low:
        return low * (1 + SCALE_MARGIN)
    return low


def vague_top(low: float, high: float) -> float:
    """The top of a vague range as compared: a plural of a scale word stops short of the next scale
    ("hundreds of thousands" is fewer than a million, "dozens" fewer than 100: an editor lists "one million"
    against "hundreds of thousands"), so its edge ``high`` is left out, while a narrow range ("a dozen": 11-13)
    keeps it, as does a range whose table gives its own last member ("kilkaset": 200-999). Input: the range's low
    and high (plain units); output: the highest value it holds."""
    if low > 0 and high >= SCALE_RANGE * low and math.isfinite(high) and rounding_step(high) == high:
        return high * (1 - SCALE_MARGIN)
    return high
