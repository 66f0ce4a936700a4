"""The past year a figure is stated in: "an explosion in 1998 killed two workers", "En 2010, une explosion
avait tué deux ouvriers", "w ubiegłym roku zginęło dwóch pracowników".

A count, sum or share whose own clause is dated to a year before its article's publication is a figure of
that year, not of the event reported: the comparison keys it by that year (:func:`past_year`), so the 1998
deaths are neither agreed with nor set against this event's deaths, and two sources' figures of one past year
are still compared. A clause is the sentence's text between commas, semicolons, colons, brackets and spaced
dashes (the split :func:`crosswire.compare.claims.slots._happened` uses); a clause with no date of its own is
dated by the nearest clause before it ("In 2004," "L'an dernier," "struck in 2004, sparking a tsunami that
killed ...").

Why hand-written: dates are the facts stage's (digits by its patterns and dateparser, relative years by the
language's ``relative_years``); which of them a figure belongs to is a question of the sentence's clauses,
which no library answers for six languages alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.when import starts_state
from crosswire.facts.records import Value

_CLAUSE = re.compile(r"[,;:()，；：（）]|\s[–—-]\s")  # and the full-width marks of Chinese
# What a past year scopes: measures of the event (not ages, days, times or lengths, which have slots of their own)
SCOPED = frozenset({"count", "quantity", "money", "share", "conversion"})


@lru_cache(maxsize=1 << 14)
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    """The spans (offsets into ``text``) of the sentence's clauses, in order (cached: asked once per value)."""
    spans, at = [], 0
    for m in _CLAUSE.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    return tuple(spans)


def past_year(unit: Unit, v: Value) -> str | None:
    """The year (``"1998"``) before the unit's publication year that value ``v``'s clause is dated to, or None.

    The clause's own dates decide when it has any: one past year ("in 1998", "last year"; a day or a month
    counts only when it names its year, "in April 2023", "last April": "on December 30" in a January article is
    most often the event's own day) gives that year,
    and any other date ("on Tuesday", "this year") or two past years give None. A clause with no date takes
    the dates of the nearest clause before it that has some ("In 2004, a magnitude 9.1 quake ... killed
    230,000", "A quake struck in 2004, sparking a tsunami that killed 170,000"), never of one after it ("Three
    workers died on Tuesday, the worst toll since an explosion in 1998"). None too when the unit's publication
    year is unknown. ``v`` spans body offsets; the clauses are those of ``unit.text`` (the sentence, starting
    at ``unit.claim.start``)."""
    if unit.published_year is None:
        return None
    base = unit.claim.start
    spans = _clauses(unit.text)
    at = v.start - base
    idx = next((i for i, (s, e) in enumerate(spans) if s <= at < e), None)
    if idx is None:
        return None
    dates = [
        (d.start - base, "span" if _spans_years(d) else "year" if _names_its_year(d) else d.unit, d.text_value or "")
        for d in unit.values
        if d.kind == "date" and d.text_value
    ]
    for s, e in reversed(spans[: idx + 1]):
        own = [(unit_, iso) for at_, unit_, iso in dates if s <= at_ < e]
        if not own:
            continue
        past = {iso[:4] for unit_, iso in own if unit_ == "year" and _before(iso, unit.published_year)}
        if len(past) == 1 and all(unit_ == "year" and _before(iso, unit.published_year) for unit_, iso in own):
            return past.pop()
        return None
    return None


_OWN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|^(?:last|past)\s", re.IGNORECASE)


_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _spans_years(d: Value) -> bool:
    """Whether a date names two years, a span ("between 2019 and 2023", "2019-2023", which the facts stage
    resolves to its first year): a period up to the present, no one past year (a new user's fraud story set "moved
    48 million euros ... between 2019 and 2023" apart from "desvió 84 millones", as of 2019)."""
    return len(set(_YEARS.findall(d.text))) > 1


def _names_its_year(d: Value) -> bool:
    """Whether a day or month date says which year it is ("April 2023", "last April") rather than taking the
    year nearest the publication ("on December 30" in a January article, most often the event's own day)."""
    return d.unit in ("day", "month") and bool(_OWN_YEAR.search(d.text))


def _before(iso: str, year: int) -> bool:
    """Whether an ISO date or year ("1998", "2025-03") falls in a year before ``year``."""
    head = iso[:4]
    return head.isdigit() and int(head) < year


def scoped(slot: tuple[str, ...] | None, unit: Unit, v: Value) -> tuple[str, ...] | None:
    """``slot`` with the past year ``v`` is stated in appended (``("count", "", "worker killed", "in 1998")``),
    or as it is: a figure of a past year is compared only with figures of that year."""
    if slot is None or slot[0] not in SCOPED or (year := past_year(unit, v)) is None:
        return slot
    # a measure since a year ("has retreated 300 metres since 2000") is of the years since, not of that year
    since = any(d.kind == "date" and (d.text_value or "")[:4] == year and starts_state(unit, d) for d in unit.values)
    return (*slot, f"{'since' if since else 'in'} {year}")


_TAG = re.compile(r"^(?:in|since) \d{4}$")


def without_year(slot: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """``slot`` without the past year :func:`scoped` appended, and that year as the tag gives it (``"in 1998"``,
    ``"since 2000"``) or None."""
    if len(slot) > 1 and _TAG.match(slot[-1]):
        return slot[:-1], slot[-1]
    return slot, None
