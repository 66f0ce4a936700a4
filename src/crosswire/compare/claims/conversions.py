"""Unit conversions of claim values: a sum of money's bracketed conversion into another currency ("euro110
billion ($141 billion)"), and lengths of time in days.

Read by :mod:`crosswire.compare.claims.slots` (what a value measures) and :mod:`crosswire.compare.claims.values`
(intervals and conflicts). Hand-written: the bracket after an amount is the copy's own convention, and the day
lengths are averages over the years.
"""

from __future__ import annotations

import re

from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Value

CONVERSION_TOLERANCE = 0.005  # a conversion within half a per cent of another is one figure rounded
_CONVERSION = re.compile(r"\s*\(\s*$")


def conversion_of(unit: Unit, v: Value) -> str | None:
    """The amount a money value converts, when it stands in brackets right after another amount of another
    or no currency ("euro110 billion ($141 billion)", "110 billion ($143 billion)"), as a key ("110000000000");
    None for any other value. Two sources' conversions of one amount into one currency are one measure,
    whatever each pays for; the amount and its conversion are two units, never a conflict."""
    start = v.start - unit.claim.start
    for x in unit.values:
        end = x.end - unit.claim.start
        if (
            x is not v
            and x.kind in ("money", "count")
            and x.value
            and x.unit != v.unit
            and 0 <= end <= start
            and _CONVERSION.fullmatch(unit.text[end:start])
        ):
            return f"{x.value:.0f}"
    return None


# days in each unit of a length of time: a year of 365.25 days, a month a twelfth of it
DAYS_IN = {"year": 365.25, "month": 30.44, "week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440}
