"""Feed dates read from the raw string, and checked, rather than taken from feedparser's parsed value.

feedparser tries a chain of date parsers and, for a form none of them knows ("2024/3/14 08:05:12"), can
return a date months away from the one written (2024-11-01 for that one). So the raw string is read here by
the standard forms, in order: RFC 822 (RSS), ISO 8601 / RFC 3339 (Atom), numeric year-first dates with an
optional time and zone, then dateparser for anything else; a reading is kept only when the year, month and
day it gives are written in the raw string. A date with no zone stays naive ("2024-03-14T08:05:12"): read
as UTC it could move the article across midnight.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any

from crosswire.vocab.calendar import MONTH_NUMBERS, iso_datetime

_YEAR_FIRST = re.compile(
    r"^(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})"
    r"(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?\s*(?P<z>Z|UTC|GMT|[+-]\d{2}:?\d{2})?$",
    re.I,
)


def entry_date(entry: Any, field: str) -> str | None:
    """The ISO 8601 form of a feed entry's ``published`` or ``updated`` (``field``), read from the raw
    string; None when absent or unreadable."""
    raw = dict.get(entry, field)  # the raw key: feedparser's own get() maps "published" to "updated", with a warning
    return feed_date(raw) if isinstance(raw, str) else None


def feed_date(raw: str) -> str | None:
    """A feed's date string as ISO 8601 (naive when the string gives no zone); None when no reading of it
    agrees with what is written. Never raises."""
    raw = " ".join(raw.split())
    if not raw:
        return None
    for reader in (_rfc822, _iso, _year_first, _dateparser):
        when = reader(raw)
        if when is not None and _agrees(when, raw):
            has_time = re.search(r"\d:\d\d", raw) is not None
            return when.isoformat() if has_time else when.date().isoformat()
    return None


def _rfc822(raw: str) -> dt.datetime | None:
    try:
        return email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None


def _iso(raw: str) -> dt.datetime | None:
    return iso_datetime(raw) if re.match(r"\d{4}-\d{2}-\d{2}", raw) else None


def _year_first(raw: str) -> dt.datetime | None:
    m = _YEAR_FIRST.match(raw)
    if not m:
        return None
    zone = (m["z"] or "").upper()
    tz: dt.tzinfo | None = None
    if zone in ("Z", "UTC", "GMT"):
        tz = dt.UTC
    elif zone:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        return dt.datetime(
            int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0), int(m["S"] or 0), tzinfo=tz
        )
    except ValueError:
        return None


def _dateparser(raw: str) -> dt.datetime | None:
    import dateparser

    try:
        when: dt.datetime | None = dateparser.parse(raw, settings={"PREFER_DAY_OF_MONTH": "first"})
    except (ValueError, OverflowError, TypeError):
        return None
    return when


def _agrees(when: dt.datetime, raw: str) -> bool:
    """The year, month and day of a reading are all written in ``raw`` (the month as a number or a name)."""
    numbers = {int(n) for n in re.findall(r"\d+", raw)}
    words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+\.?", raw)}
    month_named = any(MONTH_NUMBERS.get(w) == when.month for w in words)
    return when.year in numbers and when.day in numbers and (when.month in numbers or month_named)
