"""The publication date a page shows: full written dates found with a regex (fast, and it only needs to
spot candidates) and parsed with the month table, date-and-time stamps above the text with their zone, and
the check that refuses placeholder dates ("0001-01-01", a zero Unix timestamp)."""

from __future__ import annotations

import datetime as dt
import re

from crosswire.clean.written_dates import written_date_pattern, written_dates, yearless_dates
from crosswire.vocab.calendar import MONTH_NUMBERS, TIME_ZONES, WEEKDAYS, iso_datetime, iso_day

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
FULL_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)\b"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})\s*,?\s+(?P<y2>(?:19|20)\d\d)\b"
    rf"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?:\b|(?=T\d)))"  # an ISO day, alone or opening a datetime
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


# The time of day on a date line: "18:40 BST", "21h05", "10:12 Uhr", "9.30am", "9:30 a.m. ET", "11:45:00+02:00"
# (an ISO datetime), with a zone abbreviation from crosswire.vocab (TIME_ZONES; ambiguous ones such as IST are
# left out), "Z" or an offset ("+02:00", "UTC+2", "GMT-0500"). A full stop separates hours from minutes
# ("10.15 GMT") only when no digit or full stop follows the minutes: the "15.05" of "15.05.2026" is a day.
_ZONES = "|".join(sorted(TIME_ZONES, key=len, reverse=True))
_TIME_RE = re.compile(
    r"(?<![\d.:/,])(?P<h>[01]?\d|2[0-3])"
    r"(?:[:h]|\.(?=[0-5]\d(?![\d.])))(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d)(?:[.,]\d+)?)?(?![\d.:]\d)"
    r"(?:\s*(?P<ampm>[ap]\.?m\b\.?))?(?:\s*(?:uhr|hrs?|h)\b\.?)?"
    r"(?:(?P<z>Z)\b|\s*(?:(?:UTC|GMT)\s*(?P<goff>[+-]\d{1,2}(?::?[0-5]\d)?)\b|(?P<zone>" + _ZONES + r")\b"
    r"|(?P<off>[+-](?:[01]\d|2[0-3]):?[0-5]\d)\b))?",
    re.IGNORECASE,
)
TIME_RE = _TIME_RE  # the time-of-day pattern, for readers of other stamps (crosswire.clean.stamps)


def time_in(line: str, day: dt.date) -> dt.datetime | None:
    """The first time of day on a date line (see ``_TIME_RE`` for the forms), as a datetime on ``day``: aware
    when the line states its zone, naive when it does not (the time is kept, no zone is invented for it);
    None when the line has no time of day or an impossible one ("14:30 pm").

    Found with a regular expression rather than dateparser: dateparser returns midnight for a line that has
    no time (so "no time" and "00:00" cannot be told apart) and returns nothing for a stamp with words around
    it ("Publié le 14 mai 2026 à 21h05", "Updated: 9:30 a.m. ET, May 14, 2026"); the forms are few."""
    m = _TIME_RE.search(line)
    if not m:
        return None
    hour, minute, second = int(m["h"]), int(m["m"]), int(m["s"] or 0)
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    offset = _offset_minutes(m)
    real = offset is not None and abs(offset) < 24 * 60  # "GMT+99" states no zone a clock can be in
    zone = dt.timezone(dt.timedelta(minutes=offset)) if real and offset is not None else None
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)


def _offset_minutes(m: re.Match[str]) -> int | None:
    """The zone a time match states, in minutes east of UTC; None when it states none."""
    if m["z"]:
        return 0
    if m["zone"]:
        return TIME_ZONES[m["zone"].upper()]
    raw = m["off"] or m["goff"]
    if not raw:
        return None
    sign = -1 if raw[0] == "-" else 1
    digits = raw[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    return sign * (int(hours) * 60 + int(minutes))


def published_from_stamps(
    stamps: list[str], day_first: bool, today: dt.date | None = None, language: str | None = None
) -> str | None:
    """The earliest date on the date lines above the text ("Published 22 May 2024", "Updated ...", "10 марта
    2026", "le 14 septembre 2020"), as ISO 8601: with the time when that line gives one ("14 mai 2026, 21h05"
    -> "2026-05-14T21:05:00") and its offset only when the line states a zone ("Tuesday 10 June 2025 09:26
    BST" -> "2025-06-10T09:26:00+01:00"). A line the English month table finds no date on is read in the
    article's ``language`` (ISO 639-1; see :func:`~crosswire.clean.written_dates.written_dates`). None when
    no line gives a date up to ``today``."""
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


# The dateline opening a body: up to the first dash set off by spaces (hyphen, en or em dash), within 80
# characters (an agency dateline "МОСКВА, 14 сентября 2026 г. /ТАСС/ —" is about 45).
DATELINE_CHARS = 80
_DATELINE_HEAD = re.compile(rf"^(.{{1,{DATELINE_CHARS}}}?)\s[-–—]\s")


_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<year>(?:19|20)\d\d)\b", re.I)


def copyright_years(lines: list[str]) -> list[int]:
    """The years the copyright lines among ``lines`` print ("© 2026 Meridian Wire. All rights reserved.": 2026;
    "© 2019-2026 ...": 2026), in order. Input: any lines of a page. Output: years (four digits)."""
    return [int(m.group("year")) for line in lines for m in _COPYRIGHT_YEAR.finditer(line)]


# A body line that gives its date as the page's is a date line: a marker names it ("Posted: Nov 27, 2005 8:20 AM
# ET", "(Published Monday, Nov. 18, 2019)", "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated ..."), its
# date opens it before a time, a separator or its end ("May 2, 2013 1:35 pm.", "October 12, 2018 / 0 Comments /
# ..."), or at most DATE_LINE_WORDS words stand beside its dates and times ("on Tuesday, 16 December 2008 13:45.",
# "Aktualisiert am 14. Mai 2026, 10:15 Uhr"). Any other line with a date is a sentence of the story, and its date is
# an event's: "Page was born on April 22, 1923, in Nashville." dated six undated ECB+ obituaries 1923-04-22, and
# their "yesterday" and "Thursday" were then read as days of April 1923.
DATE_LINE_WORDS = 3
_DATE_LINE_MARK = re.compile(  # at the line's start or after a separator: "The report, published on ..." is no mark
    r"(?:^|[|(•·–—-])\W*(?:last\s+)?(?:published|posted|updated|veröffentlicht|aktualisiert|publié|mis à jour)\b",
    re.I,
)
_BEFORE_OPENING_DATE = re.compile(r"^\W*(?:(?:" + "|".join(WEEKDAYS) + r"),?\s*)?$", re.I)
_AFTER_OPENING_DATE = re.compile(r"^\W{0,2}$|^\s*(?:[|/·•–—(-]|\d|at\b)")
_LETTERS = re.compile(r"[^\W\d_]+")


def event_sentence(line: str) -> bool:
    """Whether ``line`` (a paragraph of the body) holds a full date and is no date line but a sentence of the
    story (see :data:`DATE_LINE_WORDS`): "Page was born on April 22, 1923, in Nashville, Tenn." is one, "May 2,
    2013 1:35 pm." and "Posted: Nov 27, 2005 8:20 AM ET" are not, nor is a line with no full date."""
    spans = [m.span() for m in FULL_DATE.finditer(line)] + [m.span() for m in written_date_pattern().finditer(line)]
    if not spans:
        return False
    if _DATE_LINE_MARK.search(line):
        return False
    start, end = min(spans)
    if _BEFORE_OPENING_DATE.match(line[:start]) and _AFTER_OPENING_DATE.match(line[end:]):
        return False
    spans += [m.span() for m in _TIME_RE.finditer(line) if m.group(0).strip()]
    rest = "".join(c if not any(s <= i < e for s, e in spans) else " " for i, c in enumerate(line))
    return len(_LETTERS.findall(rest)) > DATE_LINE_WORDS


def infer_published(
    body: list[str],
    other: list[str],
    today: dt.date | None = None,
    language: str | None = None,
    page_years: list[int] | None = None,
) -> str | None:
    """The latest full date printed on the page that is not in the future and agrees with the weekdays the
    body mentions ("on Monday" makes a Monday, or the day after one, more likely the publication day).

    A date written out in the article's ``language`` (ISO 639-1) counts in the dateline that opens the body
    ("Kraków, 19 listopada 2026 r. — ...", "19 ноября 2026 г. — ..."): the words before its first dash, at
    most :data:`DATELINE_CHARS` characters, or a first paragraph that short (a page's date line kept in the
    body); elsewhere in the body a written-out date is an event's, not the
    page's. A dateline day with no year ("MORAVEL, Nov 26 (Meridian Wire) -") counts in the latest of
    ``page_years`` (the years the page's copyright lines print) when one is given and no full date is found;
    with no year anywhere, in the latest year up to ``today`` in which that day falls on a weekday the body
    names (:func:`_weekday_year`). A body line that is a sentence of the story with a date in it
    (:func:`event_sentence`) gives none: its date is an event's."""
    today = today or dt.date.today()
    lines = [line for line in body if not event_sentence(line)] + other
    candidates = [d for line in lines for d in dates_in(line) if d <= today]
    if body:
        head = _DATELINE_HEAD.match(body[0])
        short = len(body[0]) <= DATELINE_CHARS and not event_sentence(body[0])
        opening = head.group(1) if head else body[0] if short else ""
        candidates += [d for d in written_dates(opening, language) if d <= today]
        years = [y for y in page_years or [] if y <= today.year]
        if years and not candidates:
            candidates += [d for d in yearless_dates(opening, max(years), language) if d <= today]
        elif not candidates:
            candidates += _weekday_year(opening, _weekdays(" ".join(body), language), today, language)
    if not candidates:
        return None
    weekdays = _weekdays(" ".join(body))  # English names only: the page-wide check stays as measured
    if weekdays:
        consistent = [d for d in candidates if d.weekday() in weekdays or (d.weekday() - 1) % 7 in weekdays]
        if consistent:
            candidates = consistent
    return max(candidates).isoformat()


def _weekdays(text: str, language: str | None = None) -> set[int]:
    """The weekdays (0 = Monday) a text in ``language`` (ISO 639-1; None: English) names ("on Tuesday", "am
    Dienstag", "во вторник", "mardi"): another language's by the weekday names of ``data/languages.toml`` and
    babel (:func:`crosswire.facts.languages.dates.weekday_of`, which reads Slavic case forms and German
    "Mittwochabend"); English by its own names, which every page may print."""
    found = {WEEKDAYS.index(w.lower()) for w in _WEEKDAY_RE.findall(text)}
    if language and language != "en":
        from crosswire.facts.languages.dates import weekday_of
        from crosswire.facts.languages.lexicon import words_for

        try:
            words = words_for(language)
        except (KeyError, ValueError):
            return found
        for m in _WORD.finditer(text):
            opens = m.start() == 0 or bool(re.search(r"[.!?]\s*$", text[max(0, m.start() - 3) : m.start()]))
            wd = weekday_of(m.group(0), opens, words)
            if wd is not None:
                found.add(wd)
    return found


# A word, with its hyphened parts: Portuguese weekdays are written so ("terça-feira"), and read apart, "terça"
# and "feira" named none (a Lisbon dateline's day went undated in a new user's trial, tests/test_text13_*).
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


# The longest run of years between two in which one day of the year falls on the same weekday (the Gregorian
# calendar repeats a day's weekday after 5, 6 or 11 years): a dateline day and a weekday always meet within it.
WEEKDAY_CYCLE_YEARS = 11


def _weekday_year(opening: str, weekdays: set[int], today: dt.date, language: str | None) -> list[dt.date]:
    """The day a dateline prints with no year ("ANDENES, Norway, Nov 24 (Polar Wire) - ... on Tuesday"), in the
    latest year up to ``today`` (within :data:`WEEKDAY_CYCLE_YEARS`) in which it falls on one of ``weekdays``,
    the weekdays the body names: a wire's "on Tuesday" under its dateline's day names that very day, so a text
    that prints no year is still dated ("on Tuesday" then resolves, and the story has a timeline). Input: the
    body's opening (its dateline), weekdays (0 = Monday), the day of the run and the article's language.
    Output: at most one date per dateline day; none when the body names no weekday."""
    if not weekdays:
        return []
    out = []
    for day in yearless_dates(opening, today.year, language):
        for year in range(today.year, today.year - WEEKDAY_CYCLE_YEARS - 1, -1):
            try:
                when = day.replace(year=year)
            except ValueError:  # 29 February
                continue
            if when <= today and when.weekday() in weekdays:
                out.append(when)
                break
    return out
