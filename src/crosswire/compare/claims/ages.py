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

from crosswire.compare.align import StoryData, cite
from crosswire.compare.claims.items import evidence, sources_apart, worded_conflict
from crosswire.compare.claims.story_wide import people
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict, FigureItem, FigureSlot, FigureValue
from crosswire.facts.records import Value

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


def _surnames(units: list[Unit]) -> dict[str, str]:
    """Surname (case-folded) -> the canonical person of the story's units whose name ends with it; a surname
    two people share is left out."""
    surnames: dict[str, str] = {}
    clashing: set[str] = set()
    for u in units:
        for p in people(u):
            for word in (p.partition(":")[2] or p).split()[-1:]:
                key = word.casefold()
                if surnames.get(key, p) != p:
                    clashing.add(key)
                surnames[key] = p
    for key in clashing:
        del surnames[key]
    return surnames


def _one_age(u: Unit) -> Value | None:
    """The one age a unit's sentence gives outside a quotation, in a sentence not negated; None otherwise."""
    ages = [v for v in u.values if v.kind == "age" and v.value is not None]
    if len(ages) != 1 or QUOTE_MARKS & set(u.text) or u.claim.negated:
        return None
    return ages[0]


# How far into its sentence an age with no name may stand to be the subject the sentence opens on ("Der
# 61-Jährige nahm ...", "Il 61enne ha lasciato ...", "The 61-year-old showed ..."): an article and the age word.
OPENING_CHARS = 6


def _mentioned(article: str, person: str, units: list[Unit]) -> bool:
    """Whether the article's sentences name ``person`` (a canonical id)."""
    return any(person in people(u) for u in units if u.article == article)


def age_items(units: list[Unit], data: StoryData) -> list[FigureItem]:
    """One agreed figure item per person two or more sources give one age, in any of the languages' forms
    ("Halloran, 61," / "Der 61-Jährige" / "Halloran, de 61 años," / "Halloran, 61 anni,": a new user's
    court-verdict story left all four under "Not in any item"), when at least one of the sentences gives the
    age without a holder the facts stage tied it to (ages tied to one named holder in every sentence are
    agreed by the value comparison already). The holder of an age is, in order: the named holder the facts
    stage read; the rules of :func:`_holder` (the one person the sentence names, ``Surname, N``, an opening
    "The N-year-old" after a sentence naming one person); else, for an age that opens a sentence naming no one,
    the one person of the story other sentences give that same age, when the sentence's article names that
    person. No item for a person some source gives another age (a conflict: :func:`age_conflicts`). Input: the
    story's units; output: figure items, "Age of Edric Halloran: 61 [1][2][3][5]", each citing every sentence."""
    surnames = _surnames(units)
    read: list[tuple[Unit, Value, str | None, bool]] = []  # unit, age, holder, read by the facts stage
    for u in units:
        v = _one_age(u)
        if v is None:
            continue
        holder = data.canonical.get((u.article, v.holder)) if v.holder else None
        if holder is not None and holder.startswith("person:"):
            read.append((u, v, holder, True))
            continue
        found = _holder(u, float(v.value or 0), units, surnames)
        read.append((u, v, found[0] if found else None, False))
    by_age: dict[float, set[str]] = {}
    for _u, v, holder, _direct in read:
        if holder is not None:
            by_age.setdefault(float(v.value or 0), set()).add(holder)
    told: dict[str, list[tuple[Unit, Value, bool]]] = {}
    for u, v, holder, direct in read:
        if holder is None and not people(u) and v.start - u.claim.start <= OPENING_CHARS:
            known = by_age.get(float(v.value or 0), set())
            if len(known) == 1 and _mentioned(u.article, next(iter(known)), units):
                holder = next(iter(known))
        if holder is not None:
            told.setdefault(holder, []).append((u, v, direct))
    out = []
    for person, given in told.items():
        values = {float(v.value or 0) for _u, v, _d in given}
        if len(values) != 1 or len({u.source for u, _v, _d in given}) < 2 or all(d for _u, _v, d in given):
            continue
        ordered = sorted({u.index: (u, v) for u, v, _d in given}.values(), key=lambda uv: (uv[0].source, uv[0].index))
        sources = sorted({u.source for u, _v in ordered})
        age = next(iter(values))
        name = person.partition(":")[2] or person
        written = f"{age:g}"
        cited = [evidence(data, u) for u, _v in ordered]
        out.append(
            FigureItem(
                summary=f"Age of {name}: {written} {cite(sources)}",
                sources=sources,
                evidence=cited,
                slot=FigureSlot(counted=f"age of {name}", unit="year"),
                # one value in every language's form ("61", "61-Jährige", "61 años"): the number itself
                values=[FigureValue(text=written, value=age, low=age, high=age, sources=sources, evidence=cited)],
            )
        )
    return out


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
    surnames = _surnames(units)
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
