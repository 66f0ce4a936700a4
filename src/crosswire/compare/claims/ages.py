"""One person's age given in sentences that name the person differently: "Reyes, 57, is a former
schoolteacher." / "The 54-year-old mayor-elect previously ran a school" (issue 12's list: ages stated in
sentences naming the person differently). The value comparison keys an age by the holder the facts stage tied
it to, and neither of these has one: the first names the person by a surname the facts stage did not read as a
name there, the second by a role.

An age is given to a person here when its sentence (not a quotation) gives one age and either names exactly one
person, or writes the age as ``<Surname>, N`` with the surname of exactly one person the story names, or opens
with "The N-year-old" and names no one, the age then being of the one person the article's sentence before it
names (of several, the one with a full name: a one-word "person" beside it is often a place the parse typed as
one). Ages of one person conflict (``"different value"``) when two sources give two and no source gives two,
and at least one side was read by the second or third rule (ages the facts stage tied to a named holder are the
value comparison's, which reports them itself). Written by hand: the rule is the comparison itself.

Offsets are character offsets into the cleaned body (through :class:`~crosswire.model.Evidence`).
"""

from __future__ import annotations

import re

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.story_wide import people
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict

_OPENING_AGE = re.compile(r"^(?:The|the)\s+(\d{1,3})-year-old\b")
_SURNAME_AGE = re.compile(r"(?<![\w-])([A-Z][\w'’-]+),\s+(\d{1,3}),")
QUOTE_MARKS = frozenset('"“”«»„')  # as :data:`.unnamed.QUOTE_MARKS`


def _holder(u: Unit, v_value: float, units: list[Unit], surnames: dict[str, str]) -> tuple[str, bool] | None:
    """(canonical person, read by a rule other than a named person) for the one age of ``u``; None when none
    fits."""
    named = people(u)
    m = _SURNAME_AGE.search(u.text)
    if m and int(m.group(2)) == v_value and m.group(1).casefold() in surnames:
        person = surnames[m.group(1).casefold()]
        return (person, not named) if not named or named == {person} else None
    if len(named) == 1:
        return next(iter(named)), False
    if named or not (o := _OPENING_AGE.match(u.text)) or int(o.group(1)) != v_value:
        return None
    before = [w for w in units if w.article == u.article and w.claim.end <= u.claim.start]
    if not before:
        return None
    prev = people(max(before, key=lambda w: w.claim.start))
    if len(prev) > 1:  # a one-word "person" beside a full name is often a place the parse typed as one
        prev = frozenset(p for p in prev if len((p.partition(":")[2] or p).split()) > 1)
    return (next(iter(prev)), True) if len(prev) == 1 else None


def new_age_conflicts(units: list[Unit], data: StoryData, existing: list[ClaimConflict]) -> list[ClaimConflict]:
    """:func:`age_conflicts` less those whose sentences an existing conflict already cites together (the value
    comparison's age conflict of the same sentences)."""
    shown = [frozenset((e.article, e.start) for e in c.evidence) for c in existing]
    return [
        c
        for c in age_conflicts(units, data)
        if not any(frozenset((e.article, e.start) for e in c.evidence) <= s for s in shown)
    ]


def age_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per person two sources give two ages (module docstring). Input: the story's units;
    output: claim conflicts, each side labelled with its age as written."""
    surnames: dict[str, str] = {}
    clashing: set[str] = set()
    for u in units:
        for p in people(u):
            last = (p.partition(":")[2] or p).split()[-1:]
            for word in last:
                key = word.casefold()
                if surnames.get(key, p) != p:
                    clashing.add(key)
                surnames[key] = p
    for key in clashing:
        del surnames[key]
    told: dict[str, dict[float, tuple[str, list[Unit]]]] = {}
    indirect: set[str] = set()
    for u in units:
        ages = [v for v in u.values if v.kind == "age" and v.value is not None]
        if len(ages) != 1 or QUOTE_MARKS & set(u.text) or u.claim.negated:
            continue
        value = float(ages[0].value or 0)
        found = _holder(u, value, units, surnames)
        if found is None:
            continue
        person, by_rule = found
        if by_rule:
            indirect.add(f"{person}\0{value}")
        told.setdefault(person, {}).setdefault(value, (ages[0].text, []))[1].append(u)
    out = []
    for person, given in told.items():
        if len(given) < 2 or not any(f"{person}\0{v}" in indirect for v in given):
            continue
        if not sources_apart([us for _t, us in given.values()]):
            continue
        name = person.partition(":")[2] or person
        sides = [(text, us) for _v, (text, us) in sorted(given.items())]
        out.append(worded_conflict(data, f"age of {name}", "different value", sides))
    return out
