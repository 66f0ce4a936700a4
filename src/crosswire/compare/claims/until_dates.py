"""The day a measure ends, compared across a story's sources in every language: "Germany has extended a warning
against international travel until 14 June" [en] / "bis 3. Mai eine weltweite Reisewarnung" [de] (the mined
conflicts' tune half: the two sentences read too unlike for the pair scorer, 0.25, and neither date had a slot, so
the two end dates were never compared).

A sentence gives a measure's end when a date value (a day or a month) follows a word of "until" of its language
(``[until]`` of ``data/until_dates.toml``: "until", "bis (zum)", "jusqu'au", "hasta (el)", "fino al", "até", "до",
"do"; at most one short word between) and the sentence names exactly one kind of measure (the kinds of
``[polar.measure]`` in ``data/facts_outcomes.toml``: an advisory or warning, a curfew, a state of emergency, a ban,
restrictions or a lockdown; a story holds one of each, as the polar reader assumes). Each source's end days of a kind
are grouped into sides of one day (a month alone is compatible with any day of it); two sides from different sources
are a conflict whose reason is "different time".

Left apart, each on purpose: a source giving two end days of one kind (an old deadline and its extension, "extended
from 3 May until 14 June": a change told, not a disagreement; the kind is then not compared at all), two sources
naming two different places (each country's own warning), sentences naming two kinds (a curfew "until" one day and a
ban), a date after "until" that is no day or month ("until 2021": a year is too loose to tell), and a kind whose
sides already stand in another conflict of the same sentences.

Why hand-written: the rule is the comparison itself; the words are data. Offsets are character offsets into the
cleaned body (through the units' claims and values).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.polar import acts, kinds_of
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.facts.languages.places import english_place
from crosswire.facts.records import Value
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import same_place

# Characters before a date searched for the word of "until" and at most one short word after it ("until the 14th",
# "bis zum 3. Mai", "hasta el 9 de mayo"): the longest such run in the languages read
BEFORE_CHARS = 28
_ISO = re.compile(r"^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$")


@lru_cache(maxsize=16)
def _until(language: str) -> re.Pattern[str] | None:
    """A pattern matching the end of the text before a date when a word of "until" of ``language`` stands there
    (at most one word of one to four letters between); None for a language the data file lists none for."""
    words = data_toml("until_dates.toml").get("until", {}).get(language, [])
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})\s*(?:[^\W\d]{{1,4}}\s+)?$", re.IGNORECASE)


def end_day(v: Value) -> tuple[int, int | None, int | None] | None:
    """(month, day or None, year or None) of a date value that gives a day or a month (``text_value``
    "2020-06-14", "--06-14", "2020-06", "--06"); None for any other value (a year alone, a weekday unresolved)."""
    if v.kind != "date" or not v.text_value:
        return None
    m = _ISO.match(v.text_value)
    if m is None:
        return None
    year = None if m.group(1) == "-" else int(m.group(1))
    return int(m.group(2)), int(m.group(3)) if m.group(3) else None, year


def until_readings(u: Unit) -> list[tuple[Value, tuple[int, int | None, int | None]]]:
    """The sentence's date values that end a measure (a word of "until" right before them), with their day."""
    pat = _until(u.language or "en")
    if pat is None:
        return []
    out = []
    for v in u.values:
        day = end_day(v)
        if day is None:
            continue
        start = v.start - u.claim.start
        if start <= 0 or pat.search(u.text[max(0, start - BEFORE_CHARS) : start]) is None:
            continue
        out.append((v, day))
    return out


def _compatible(a: tuple[int, int | None, int | None], b: tuple[int, int | None, int | None]) -> bool:
    """One end day written two ways: the same month, the same day when both give one, the same year when both do."""
    if a[0] != b[0]:
        return False
    if a[1] is not None and b[1] is not None and a[1] != b[1]:
        return False
    return a[2] is None or b[2] is None or a[2] == b[2]


def _place(cid: str, language: str | None) -> str:
    """A place's canonical id as a name comparable across languages: its English name when the gazetteer knows it
    ("Deutschland" [de] and "Germany" [en] are "Germany"), else the name as written."""
    name = cid.partition(":")[2]
    return english_place(name, language) or name


def _one_place(a: list[str], b: list[str]) -> bool:
    """Whether two sides' place names share one place (:func:`crosswire.vocab.names.same_place`)."""
    return any(same_place(x, y) for x in a for y in b)


def _covered(conflicts: list[ClaimConflict], sides: list[list[Unit]], data: StoryData) -> bool:
    """Whether another conflict already cites a sentence of every side (the same disagreement found by a reader of
    the pair, a slot of a scheduled day)."""
    for c in conflicts:
        cited = {(ev.article, ev.start) for ev in c.evidence}
        if all(any((u.article, u.claim.start) in cited for u in side) for side in sides):
            return True
    return False


def until_conflicts(units: list[Unit], data: StoryData, found: list[ClaimConflict]) -> list[ClaimConflict]:
    """Conflicts over the day one measure ends (module docstring), typed "different time", each side labelled
    "until <the date as written>" and citing its sentences. Input: the story's units and the conflicts found so far
    (not changed); output: the new conflicts, [] when none. Raises nothing."""
    measure = next((a for a in acts() if a.id == "measure"), None)
    if measure is None:
        return []
    by_kind: dict[str, list[tuple[Unit, Value, tuple[int, int | None, int | None]]]] = {}
    for u in units:
        readings = until_readings(u)
        if not readings:
            continue
        kinds = kinds_of(u.text, u.language or "en", measure)
        if len(kinds) != 1:
            continue
        for v, day in readings:
            by_kind.setdefault(next(iter(kinds)), []).append((u, v, day))
    labels = {kind: label for kind, label, _pats in measure.kinds}
    out: list[ClaimConflict] = []
    for kind, told in by_kind.items():
        per_source: dict[int, list[tuple[int, int | None, int | None]]] = {}
        for u, _v, day in told:
            per_source.setdefault(u.source, []).append(day)
        if len(per_source) < 2 or any(
            not _compatible(x, y) for days in per_source.values() for x in days for y in days
        ):
            continue  # one source only, or a source giving two end days (a deadline and its extension)
        sides: list[tuple[tuple[int, int | None, int | None], str, list[Unit]]] = []
        for u, v, day in sorted(told, key=lambda t: (t[0].source, t[0].index)):
            side = next((s for s in sides if _compatible(s[0], day)), None)
            if side is None:
                sides.append((day, f"until {v.text}", [u]))
            elif u not in side[2]:
                side[2].append(u)
        if len(sides) < 2 or not sources_apart([s[2] for s in sides]):
            continue
        places = [[_place(c, u.language) for u in s[2] for c in u.places] for s in sides]
        named = [p for p in places if p]
        if len(named) >= 2 and not all(_one_place(named[0], other) for other in named[1:]):
            continue  # each side names its own place: two countries' measures
        if _covered([*found, *out], [s[2] for s in sides], data):
            continue
        what = labels.get(kind, kind).removeprefix("status of the ")
        out.append(worded_conflict(data, f"end of the {what}", "different time", [(s[1], s[2]) for s in sides]))
    return out
