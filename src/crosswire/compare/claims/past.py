"""The past year a figure is stated in: "an explosion in 1998 killed two workers", "En 2010, une explosion
avait tué deux ouvriers", "w ubiegłym roku zginęło dwóch pracowników".

A count, sum or share whose own clause is dated to a year before its article's publication is a figure of
that year, not of the event reported: the comparison keys it by that year (:func:`past_year`), so the 1998
deaths are neither agreed with nor set against this event's deaths, and two sources' figures of one past year
are still compared. A clause is the sentence's text between commas, semicolons, colons, brackets and spaced
dashes (the split :func:`crosswire.compare.claims.slots._happened` uses); a clause that is a date alone
("In 2004," "L'an dernier,") opens the clause after it.

Why hand-written: dates are the facts stage's (digits by its patterns and dateparser, relative years by the
language's ``relative_years``); which of them a figure belongs to is a question of the sentence's clauses,
which no library answers for six languages alike.
"""

from __future__ import annotations

import re

from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Value

_CLAUSE = re.compile(r"[,;:()]|\s[–—-]\s")
INTRO_WORDS = 4  # a clause of this many words or fewer holding a date is that date alone: "W 2019 roku,"
# What a past year scopes: measures of the event (not ages, days, times or lengths, which have slots of their own)
SCOPED = frozenset({"count", "quantity", "money", "share", "conversion"})


def _clauses(text: str) -> list[tuple[int, int]]:
    """The spans (offsets into ``text``) of the sentence's clauses, an opening date-only clause joined to the
    next one by the caller."""
    spans, at = [], 0
    for m in _CLAUSE.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    return spans


def past_year(unit: Unit, v: Value) -> str | None:
    """The year (``"1998"``) before the unit's publication year that a date in value ``v``'s own clause gives,
    or in a date-only clause right before it; None when there is none, when the clause dates two past years,
    or when the unit's publication year is unknown. ``v`` spans body offsets; the clause search runs in
    ``unit.text`` (the sentence, starting at ``unit.claim.start``)."""
    if unit.published_year is None:
        return None
    base = unit.claim.start
    spans = _clauses(unit.text)
    at = v.start - base
    idx = next((i for i, (s, e) in enumerate(spans) if s <= at < e), None)
    if idx is None:
        return None
    own = [spans[idx]]
    if idx > 0:
        s, e = spans[idx - 1]
        if len(unit.text[s:e].split()) <= INTRO_WORDS:
            own.append((s, e))
    years = {
        d.text_value[:4]
        for d in unit.values
        if d.kind == "date"
        and d.text_value
        and d.text_value[:4].isdigit()
        and int(d.text_value[:4]) < unit.published_year
        and any(s <= d.start - base < e for s, e in own)
    }
    return years.pop() if len(years) == 1 else None


def scoped(slot: tuple[str, ...] | None, unit: Unit, v: Value) -> tuple[str, ...] | None:
    """``slot`` with the past year ``v`` is stated in appended (``("count", "", "worker killed", "in 1998")``),
    or as it is: a figure of a past year is compared only with figures of that year."""
    if slot is None or slot[0] not in SCOPED or (year := past_year(unit, v)) is None:
        return slot
    return (*slot, f"in {year}")
