"""Dates written out in the languages the cleaner reads ("10 марта 2026", "14. September 2020", "le 14 septembre
2020", "14 de septiembre de 2020", "14 września 2020"): found with the month names babel knows for each
language (every case and abbreviation: Russian "марта" is the genitive), parsed by ``dateparser`` told the
language.

The English month table in :mod:`crosswire.clean.published` stays the fast path for English; this module is
only asked about a line where that table found no date, and dateparser (milliseconds a call) only about the
spans the month names pin down.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

# The mark a day's number carries as an ordinal, right after its digits, in the languages read: "1er"/"1re"/"1ère"
# (French), "1º"/"1ª"/"1°" (Spanish, Portuguese, Italian), "1-го"/"1-е" (Russian, Ukrainian), "1st"/"2nd"/"3rd"/
# "4th" (English). A day so written before or after a month name is a date, never a count ("1er décembre" was read
# as one of something, and its 1 set against another source's hour as a conflict: a new user's trial).
ORDINAL_MARK = r"(?:ère|er|re|º|ª|°|-?го|-?е|st|nd|rd|th)"
_ORDINAL_AFTER_DAY = re.compile(rf"(?<=\d){ORDINAL_MARK}(?!\w)")


def without_ordinal_marks(text: str) -> str:
    """``text`` with the ordinal marks after day numbers taken off ("1er décembre" -> "1 décembre", "1º de
    diciembre" -> "1 de diciembre", "Dec. 1st" -> "Dec. 1"), for a date parser that reads plain numbers only.
    Input: a date's span; output: the same span, shorter by the marks. Raises nothing."""
    return _ORDINAL_AFTER_DAY.sub("", text)


# The languages the cleaner reads beyond English (issue 13): their month names make a written date.
LANGUAGES = ("ru", "be", "uk", "de", "fr", "es", "pl", "it", "pt", "en")


@lru_cache(maxsize=1)
def month_languages() -> dict[str, tuple[str, ...]]:
    """Month name (lower case, no final dot, 3+ letters) -> the languages that write it, from babel's CLDR
    data (wide and abbreviated, format and stand-alone forms)."""
    from babel.dates import get_month_names

    names: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for name in get_month_names(width, context, locale=lang).values():
                    key = name.lower().rstrip(".")
                    if len(key) >= 3 and lang not in names.setdefault(key, []):
                        names[key].append(lang)
    return {k: tuple(v) for k, v in names.items()}


def is_month_name(word: str) -> bool:
    """Whether ``word`` (any case, an optional final dot) is a month name in one of :data:`LANGUAGES`."""
    return word.lower().rstrip(".") in month_languages()


@lru_cache(maxsize=1)
def _day_names() -> frozenset[str]:
    """Weekday names (lower case, no final dot, 3+ letters) of :data:`LANGUAGES`, from babel's CLDR data."""
    from babel.dates import get_day_names

    return frozenset(
        name.lower().rstrip(".")
        for lang in LANGUAGES
        for width in ("wide", "abbreviated")
        for context in ("format", "stand-alone")
        for name in get_day_names(width, context, locale=lang).values()
        if len(name.rstrip(".")) >= 3
    )


def is_day_name(word: str) -> bool:
    """Whether ``word`` (any case, an optional final dot) is a weekday's name in one of :data:`LANGUAGES`."""
    return word.lower().rstrip(".") in _day_names()


@lru_cache(maxsize=1)
def written_date_pattern() -> re.Pattern[str]:
    """Day, month name, year: "10 марта 2026", "14. September 2020", "14 de septiembre de 2020",
    "10 марта 2026 г."; the month group is ``month``."""
    months = "|".join(re.escape(m) for m in sorted(month_languages(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.])\d{{1,2}}\.?\s+(?:de\s+)?(?P<month>{months})\.?,?\s+(?:de\s+)?(?:19|20)\d\d(?!\d)"
        r"(?:\s*(?:г|р|r)\.)?",
        re.I,
    )


def written_dates(text: str, language: str | None = None) -> list[dt.date]:
    """The written-out dates in ``text`` (a header stamp, a short line), in order.

    ``language`` (ISO 639-1) is the article's when known; a month name it does not write is read in the
    languages that do. Input: any text. Output: dates (calendar days); a span dateparser cannot read is
    skipped. Raises nothing."""
    import dateparser

    out = []
    for m in written_date_pattern().finditer(text):
        langs = month_languages()[m.group("month").lower().rstrip(".")]
        languages = [language] if language in langs else list(langs)
        span = re.sub(r"\s*(?:г|р|r)\.$", "", m.group(0))
        try:
            got = dateparser.parse(span, languages=languages, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
        except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input; the span is skipped
            got = None
        if got is not None:
            out.append(got.date())
    return out


@lru_cache(maxsize=1)
def _yearless_pattern() -> re.Pattern[str]:
    """A day and a month name with no year: "Nov 26", "26 ноября", "26. November", "26 de noviembre"."""
    months = "|".join(re.escape(m) for m in sorted(month_languages(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.])(?:(?P<m1>{months})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\.?\s+(?:de\s+)?(?P<m2>{months}))"
        r"(?![\w])(?!\.?,?\s+(?:de\s+)?(?:19|20)\d\d)",
        re.I,
    )


def yearless_dates(text: str, year: int, language: str | None = None) -> list[dt.date]:
    """The days written with a month name and no year in ``text`` (a dateline: "MORAVEL, Nov 26 (Meridian
    Wire) -", "МОРАВЕЛЬ, 27 ноября."), in year ``year`` (one the page prints elsewhere, such as its copyright
    line's). ``language`` (ISO 639-1) is the article's when known. Output: calendar days in order; a day the
    month does not have is skipped. Raises nothing."""
    import dateparser

    out = []
    for m in _yearless_pattern().finditer(text):
        month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
        langs = month_languages()[month.lower().rstrip(".")]
        languages = [language] if language in langs else list(langs)
        try:
            got = dateparser.parse(
                f"{day} {month} {year}", languages=languages, settings={"REQUIRE_PARTS": ["day", "month", "year"]}
            )
        except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input; the span is skipped
            got = None
        if got is not None:
            out.append(got.date())
    return out
