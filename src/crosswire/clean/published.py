"""The publication date a page shows: full written dates found with a regex (fast, and it only needs to
spot candidates) and parsed with the month table, date-and-time stamps above the text with their zone, and
the check that refuses placeholder dates ("0001-01-01", a zero Unix timestamp)."""

from __future__ import annotations

import datetime as dt
import re

from crosswire.clean.written_dates import written_dates
from crosswire.vocab.calendar import MONTH_NUMBERS, TIME_ZONES, WEEKDAYS, iso_datetime, iso_day

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
FULL_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})\s*,?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))\b"
)
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")


def _date_from_match(m: re.Match[str]) -> dt.date | None:
    # The regex has already pinned the format, so a month table is all the parsing left (dateparser would
    # cost ~20 ms a call here and the cleaner runs at 50+ pages/s).
    if m.group("iso"):
        return iso_day(m.group("iso"))
    month = m.group("m1") or m.group("m2")
    day = m.group("d1") or m.group("d2")
    year = m.group("y1") or m.group("y2")
    try:
        return dt.date(int(year), MONTH_NUMBERS[month[:3].lower()], int(day))
    except (ValueError, KeyError):
        return None


NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?![\d])")


def dates_in(text: str, numeric: bool = False, day_first: bool = True) -> list[dt.date]:
    """Full written dates in a piece of text ("Sept. 14, 2020", "14 September 2020", "2020-09-14"); with
    ``numeric`` also "12.09.2024" and "07/02/2024" (day first unless ``day_first`` is False or the first
    number cannot be a day)."""
    out = []
    for m in FULL_DATE.finditer(text):
        d = _date_from_match(m)
        if d:
            out.append(d)
    if numeric:
        for m in NUMERIC_DATE.finditer(text):
            a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
            day, month = (a, b) if (day_first or m.group(2) == "." or a > 12) and b <= 12 else (b, a)
            try:
                out.append(dt.date(year, month, day))
            except ValueError:
                pass
    return out


# Zone abbreviations come from crosswire.vocab (TIME_ZONES); ambiguous ones (IST, CST in Asia) are left out.
_TIME_RE = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?\s*"
    r"(?:(?P<zone>" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r")\b"
    r"|(?:UTC|GMT)?(?P<off>[+-](?:[01]\d|2[0-3]):?[0-5]\d)\b)",
    re.IGNORECASE,
)


def time_in(line: str, day: dt.date) -> dt.datetime | None:
    """The time of day on a date line, as an aware datetime on ``day``, when the line gives its zone.

    A time without a zone is dropped: read as UTC it could move an article across midnight, and the stories
    stage orders wire copies by it."""
    m = _TIME_RE.search(line)
    if not m:
        return None
    hour, minute = int(m["h"]), int(m["m"])
    if m["ampm"]:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    if m["zone"]:
        offset = TIME_ZONES[m["zone"].upper()]
    else:
        sign = -1 if m["off"][0] == "-" else 1
        digits = m["off"][1:].replace(":", "")
        offset = sign * (int(digits[:2]) * 60 + int(digits[2:]))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.timezone(dt.timedelta(minutes=offset)))


def published_from_stamps(
    stamps: list[str], day_first: bool, today: dt.date | None = None, language: str | None = None
) -> str | None:
    """The earliest date on the date lines above the text ("Published 22 May 2024", "Updated ...", "10 марта
    2026", "le 14 septembre 2020"), with the time and zone when that line gives them ("Tuesday 10 June 2025
    09:26 BST"). A line the English month table finds no date on is read in the article's ``language``
    (ISO 639-1; see :func:`~crosswire.clean.written_dates.written_dates`)."""
    today = today or dt.date.today()
    found = [(d, s) for s in stamps for d in _stamp_dates(s, day_first, language) if d <= today]
    if not found:
        return None
    day, line = min(found, key=lambda pair: pair[0])
    when = time_in(line, day)
    return when.isoformat() if when is not None else day.isoformat()


def _stamp_dates(stamp: str, day_first: bool, language: str | None) -> list[dt.date]:
    return dates_in(stamp, numeric=True, day_first=day_first) or written_dates(stamp, language)


# Publication years outside this window are placeholders ("0001-01-01T00:00:00" in a CMS's JSON-LD,
# "9999-12-31"). Fixed bounds rather than "not after today": the result must not depend on the clock.
EARLIEST_YEAR, LATEST_YEAR = 1800, 2199


def plausible_published(value: str | None) -> str | None:
    """``value`` when it is an ISO 8601 date a page could have been published on, else None.

    Pages and exports carry placeholder dates (year 1, 1970-01-01 from a zero timestamp, 9999-12-31);
    taken as real, they would anchor "on Monday" in year 1 and put the article in no story's time window.
    Zero Unix timestamps are dropped only with a time of exactly midnight UTC, the form they take."""
    if not value:
        return None
    when = iso_datetime(value.strip())
    if when is None:
        return None
    if not EARLIEST_YEAR <= when.year <= LATEST_YEAR:
        return None
    if value.strip().startswith("1970-01-01T00:00:00") and when.utcoffset() in (None, dt.timedelta(0)):
        return None
    return value


def infer_published(body: list[str], other: list[str], today: dt.date | None = None) -> str | None:
    """The latest full date printed on the page that is not in the future and agrees with the weekdays the
    body mentions ("on Monday" makes a Monday, or the day after one, more likely the publication day)."""
    today = today or dt.date.today()
    candidates = [d for line in body + other for d in dates_in(line) if d <= today]
    if not candidates:
        return None
    body_text = " ".join(body)
    weekdays = {WEEKDAYS.index(w.lower()) for w in _WEEKDAY_RE.findall(body_text)}
    if weekdays:
        consistent = [d for d in candidates if d.weekday() in weekdays or (d.weekday() - 1) % 7 in weekdays]
        if consistent:
            candidates = consistent
    return max(candidates).isoformat()
