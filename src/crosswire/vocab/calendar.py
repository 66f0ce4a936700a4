"""Calendar words and ISO 8601 parsing: month and weekday tables, and the two readings of an ISO date that
the stages use (the full date or datetime, and the calendar day it starts with).

Why one home: the same parsing was written in the cleaner, the facts stage, the readers, the stories stage
and the comparison, each with a slightly different tolerance. The tolerance is now the caller's choice of
function, not an accident of how it was typed.
"""

from __future__ import annotations

from datetime import date, datetime

from crosswire.vocab.data import data_toml

_CALENDAR = data_toml("vocab.toml")["calendar"]

# Month names in calendar order, lower case ("january" ... "december").
MONTHS: tuple[str, ...] = tuple(_CALENDAR["months"])
# Weekday names from Monday, lower case, so that ``WEEKDAYS[d.weekday()]`` names a date's day.
WEEKDAYS: tuple[str, ...] = tuple(_CALENDAR["weekdays"])
# Month word (full name, its first three letters, or another common abbreviation such as "sept"), lower
# case and without a full stop -> month number 1-12.
MONTH_NUMBERS: dict[str, int] = {
    **{name: i for i, name in enumerate(MONTHS, start=1)},
    **{name[:3]: i for i, name in enumerate(MONTHS, start=1)},
    **_CALENDAR["month_abbreviations"],
}

# Time-zone abbreviation a news page prints after a time ("BST", "EDT") -> minutes east of UTC.
TIME_ZONES: dict[str, int] = dict(_CALENDAR["time_zones"])


def iso_datetime(text: str) -> datetime | None:
    """``text`` read as an ISO 8601 date or datetime, a final "Z" meaning UTC; None when it is not one.

    A bare date gives a naive midnight; an offset gives an aware datetime. Surrounding whitespace is not
    forgiven (strip first where a source may carry it). Never raises."""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def iso_day(text: str) -> date | None:
    """The calendar day an ISO 8601 date or datetime starts with (its first ten characters, "YYYY-MM-DD"),
    whatever follows; None when it does not start with one. Never raises."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
