"""Calendar words and ISO 8601 parsing: month and weekday tables, and the two readings of an ISO date that
the stages use (the full date or datetime, and the calendar day it starts with).

Why one home: the same parsing was written in the cleaner, the facts stage, the readers, the stories stage
and the comparison, each with a slightly different tolerance. The tolerance is now the caller's choice of
function, not an accident of how it was typed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from crosswire.vocab.data import data_toml

_CALENDAR = data_toml("vocab.toml")["calendar"]

# Month names in calendar order, lower case ("january" ... "december").
MONTHS: tuple[str, ...] = tuple(_CALENDAR["months"])
# Weekday names from Monday, lower case, so that ``WEEKDAYS[d.weekday()]`` names a date's day.
WEEKDAYS: tuple[str, ...] = tuple(_CALENDAR["weekdays"])
# Nouns a part of the day modifies when it names a kind of thing, not a time ("night staff", "morning rush")
DAY_PART_NOUNS: frozenset[str] = frozenset(_CALENDAR["day_part_nouns"])
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


# How a time without a zone is marked beside times shown in UTC: the page's own clock, zone not stated.
NO_ZONE_MARK = "local"


def published_label(value: str | None) -> str:
    """A publication date or datetime (ISO 8601) as a reader sees it next to an article: the day, then the
    time of day when the input gave one, in UTC when the input stated a zone, else marked as the page's
    local time, so that a list of outlets' times reads on one clock (a new user's list showed "10:12 UTC",
    "13:10 +01:00" and a bare "12:45" side by side).

    "2026-05-14" -> "2026-05-14"; "2026-05-14T21:05:00" -> "2026-05-14 21:05 local" (no zone stated: none is
    invented); "2026-05-14T18:40:00+01:00" -> "2026-05-14 17:40 UTC" (the day may change with the
    conversion); an offset of zero -> "UTC". Seconds are shown only when not zero. A value that is not ISO
    8601 is returned as given; None gives "". Never raises."""
    if not value:
        return ""
    text = value.strip()
    moment = iso_datetime(text) if len(text) > 10 else None
    if moment is None:
        return text
    if moment.utcoffset() is not None:
        moment = moment.astimezone(UTC)
    shown = moment.strftime("%Y-%m-%d %H:%M" + (":%S" if moment.second else ""))
    return f"{shown} {NO_ZONE_MARK if moment.tzinfo is None else 'UTC'}"


def published_order(value: str | None) -> tuple[int, int, int, float]:
    """A sort key for publication dates (ISO 8601 strings): dated before undated, then by calendar day as
    written, then on one day a bare date before any time (its time is unknown), then by the instant, a time
    with a zone compared in UTC and one without read as UTC (as :mod:`crosswire.stories.wire` does).

    Output: ``(undated, day ordinal, timed, seconds since the epoch)``; the last two are 0 when the value
    has no time. Never raises: an unreadable value sorts as undated."""
    day = iso_day(value.strip()) if value else None
    if day is None:
        return (1, 0, 0, 0.0)
    moment = iso_datetime(value.strip()) if value and len(value.strip()) > 10 else None
    if moment is None:
        return (0, day.toordinal(), 0, 0.0)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (0, day.toordinal(), 1, moment.timestamp())
