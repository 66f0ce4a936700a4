"""A vague count and a precise one of the same counted thing, in two sources of two languages: "the court heard 63
witnesses" [en] / "sąd przesłuchał kilkudziesięciu świadków" (several dozen) [pl] (a new user's court-verdict story
listed the English figure as "only X" and the Polish sentence under "Not in any item": the scorer rated the two
sentences 0.26). :mod:`.sole_figures` pairs two sources' only counts of one concept, but only counts with a number:
a vague number noun ("kilkudziesięciu", "Dutzende", "des dizaines", "decenas", "decine", "dziesiątki", "dozens",
"hundreds") gives a range and no writer's figure, so it met nothing.

Here each source's only count of a concept (``data/concepts.toml``), the vague ones included, is paired across
two languages when at least one of the two is vague (two numbers are :mod:`.sole_figures`' pair). The precise
number inside the vague one's range (:func:`.values.interval`: "several dozen" is 20-99) is compatible: the two
are shown together as one agreed figure item, and neither is "only X". Outside it, the two are a conflict whose
reason is "vague vs precise" (:func:`.values.reason`). Written by hand: the rule is the comparison itself.

Left out as in :mod:`.sole_figures`: concepts of anyone or a span of time, units of measure, negated sentences,
sentences of two different days, pairs in one language (the figure aligner and the value slots compare those).

A count whose own words also say which state of the thing it counts (:mod:`.count_states`: "187 passengers on
board", "con oltre 200 passeggeri a bordo", "rescued", "missing") is paired by its concept and state as well
(:func:`state_pairs`): a source's other counts of the concept in other states ("about 21,000 passengers" whose
flights were cancelled) are other measures, not a second value of it. The pair needs at least one figure given
loosely (a vague number noun, or a bound: "oltre 200", "more than 200", "mehr als 200"); outside each other's
range the two are a "vague vs precise" conflict (a new user's airline story listed neither the English 187 nor
the Italian "oltre 200"). A wire story and its re-run give one count twice: one source, one value.
"""

from __future__ import annotations

from crosswire.compare.align import StoryData, cite
from crosswire.compare.claims.count_states import count_state
from crosswire.compare.claims.items import evidence
from crosswire.compare.claims.pairs import same_value
from crosswire.compare.claims.sole_figures import WIDE_CONCEPTS
from crosswire.compare.claims.units import Unit, different_days
from crosswire.compare.claims.values import Reading, SlotComparison, compatible, reading
from crosswire.compare.records import FigureItem, FigureSlot, FigureValue
from crosswire.facts.records import Value
from crosswire.vocab.concepts import plural_noun, unit_of


def _vague(v: Value) -> bool:
    """A count given as a range only ("kilkudziesięciu": 20-99), no number written."""
    return v.value is None and v.low is not None and v.high is not None


def _counts(u: Unit, bounds: bool = False) -> dict[str, list[Value]]:
    """Concept id -> the sentence's counts of it: a number of 2 or more, or a vague number noun's range; not of a
    wide concept nor a unit of measure; none in a negated sentence. ``bounds``: a number given as a bound of a
    range ("oltre 200": 200 and up) too."""
    out: dict[str, list[Value]] = {}
    if u.claim.negated:
        return out
    for v in u.values:
        if v.kind != "count" or not v.concept or v.concept in WIDE_CONCEPTS or unit_of(v.concept, None):
            continue
        ranged = v.low is not None and v.low != v.high and not bounds
        if not _vague(v) and (v.value is None or v.value < 2 or ranged):
            continue
        out.setdefault(v.concept, []).append(v)
    return out


def vague_pairs(units: list[Unit]) -> list[tuple[str, Reading, Reading]]:
    """(concept, reading a, reading b), a before b in unit order: two sources' only counts of one concept in the
    whole story, one sentence each, in two languages, at least one vague, of one day (or no day given)."""
    found: dict[str, dict[int, list[tuple[Unit, list[Value]]]]] = {}
    for u in units:
        for concept, values in _counts(u).items():
            found.setdefault(concept, {}).setdefault(u.source, []).append((u, values))
    out = []
    for concept, by_source in found.items():
        sole = [told[0] for told in by_source.values() if len(told) == 1 and len(told[0][1]) == 1]
        sole.sort(key=lambda uv: uv[0].index)
        for i, (a, (va,)) in enumerate(sole):
            for b, (vb,) in sole[i + 1 :]:
                if a.language == b.language or not (_vague(va) or _vague(vb)) or different_days(a, b):
                    continue
                ra, rb = reading(a, va), reading(b, vb)
                if ra is not None and rb is not None:
                    out.append((concept, ra, rb))
    return out


def _noun_key(u: Unit, v: Value) -> str | None:
    """The key of a count of one thing within one language: its concept when ``data/concepts.toml`` has one (not
    a wide one nor a unit of measure: None then), else its noun as written, folded, in the sentence's language
    ("widzów" in two Polish sentences: "tysiące widzów" / "miliony widzów")."""
    if v.concept:
        return None if v.concept in WIDE_CONCEPTS or unit_of(v.concept, None) else v.concept
    noun = (v.noun or "").strip().casefold()
    return noun or None


# Sources that may give vague counts of one thing in one language for the two to be one count told twice: two.
# With three or more, vague counts of a common noun are many measures of a large story ("thousands of
# demonstrators" advancing on parliament / "Several hundred protesters set up burning barricades"; "hundreds of
# aftershocks" / "Dozens of aftershocks followed"): 5 false conflicts on ECB+ (bench/compare_ecb.py, conf15) when
# any number of sources was let in; the mtune half's one true conflict of the class has two.
ONE_LANGUAGE_SOURCES = 2


def one_language_pairs(units: list[Unit]) -> list[tuple[str, Reading, Reading]]:
    """(key, reading a, reading b), a before b in unit order: :func:`vague_pairs` within one language, keyed by
    concept or by the noun as written (:func:`_noun_key`): two sources' only counts of one thing in the whole
    story, one sentence each, both vague (a vague number noun and no number: "Dutzende" / "Tausende",
    "tysiące" / "miliony"), of one day (or no day given). A vague count is no figure the English figure aligner
    keys, and two outlets' own sentences on one count read too unlike for the pair scorer ("przed telewizorami
    tysiące widzów" / "Tę wpadkę zobaczyły miliony widzów!": 0.14 on the mtune half), so the two met nowhere.
    A precise count is left out: within one language a noun is no concept, and a story's one vague count and one
    precise count of a noun were two measures on the tune half ("acknowledges having ... dozens of children" /
    "temporarily removed 439 children": a false conflict there when precise counts were let in). Only conflicts
    are made of them (:func:`vague_conflicts`); two compatible ones are left to the figure aligner."""
    found: dict[str, dict[int, list[tuple[Unit, Value]]]] = {}
    for u in units:
        if u.claim.negated:
            continue
        for v in u.values:
            if v.kind != "count" or not _vague(v):
                continue
            key = _noun_key(u, v)
            if key is not None:
                found.setdefault(key, {}).setdefault(u.source, []).append((u, v))
    out = []
    for key, by_source in found.items():
        if len(by_source) != ONE_LANGUAGE_SOURCES:
            continue
        sole = sorted((told[0] for told in by_source.values() if len(told) == 1), key=lambda uv: uv[0].index)
        for i, (a, va) in enumerate(sole):
            for b, vb in sole[i + 1 :]:
                if a.language != b.language or different_days(a, b):
                    continue
                ra, rb = reading(a, va), reading(b, vb)
                if ra is not None and rb is not None:
                    out.append((key, ra, rb))
    return out


def _count_days(u: Unit, v: Value) -> frozenset[str]:
    """The days the sentence dates count ``v`` by: those of its date values tied to the count's own verb when the
    count has one ("a day after one of the jets lost an engine ... with 187 passengers on board": Tuesday dates
    the grounding, not the loss), else every day it gives (:func:`.units.days_of`)."""
    return frozenset(
        x.text_value
        for x in u.values
        if x.kind == "date" and (v.verb is None or x.verb == v.verb) and x.text_value and len(x.text_value) == 10
    )


def state_pairs(units: list[Unit]) -> list[tuple[str, Reading, Reading]]:
    """(concept, reading a, reading b), a before b in unit order: two sources' only counts of one concept in one
    known state (:func:`.count_states.count_state`), one value each however many sentences of the source repeat
    it, in two languages, at least one of the two read as loose (:attr:`.values.Reading.vague`: a vague number
    noun, a bound, an approximation), of no two different days (:func:`_count_days`). See the module."""
    found: dict[tuple[str, str], dict[int, list[tuple[Unit, Value]]]] = {}
    for u in units:
        for concept, values in _counts(u, bounds=True).items():
            for v in values:
                state = count_state(u, v)
                if state is not None:
                    found.setdefault((concept, state), {}).setdefault(u.source, []).append((u, v))
    out = []
    for (concept, _state), by_source in found.items():
        sole = []
        for told in by_source.values():
            first = min(told, key=lambda uv: uv[0].index)
            if all(same_value(v, first[1]) and v.text == first[1].text for _u, v in told):
                sole.append(first)
        sole.sort(key=lambda uv: uv[0].index)
        for i, (a, va) in enumerate(sole):
            for b, vb in sole[i + 1 :]:
                if a.language == b.language:
                    continue
                da, db = _count_days(a, va), _count_days(b, vb)
                if da and db and not da & db:
                    continue
                ra, rb = reading(a, va), reading(b, vb)
                if ra is not None and rb is not None and (ra.vague or rb.vague):
                    out.append((concept, ra, rb))
    return out


def vague_conflicts(units: list[Unit]) -> list[SlotComparison]:
    """The pairs of :func:`vague_pairs` whose readings cannot both hold (a precise number outside the vague one's
    range: "15 witnesses" / "kilkudziesięciu świadków"), each a value comparison of one concept's slot with two
    sides, aligned (one claim: the story's one count of it in each source)."""
    return [
        SlotComparison(("count", "", concept), [[ra], [rb]], aligned=True)
        for concept, ra, rb in [*vague_pairs(units), *state_pairs(units), *one_language_pairs(units)]
        if not compatible(ra, rb)
    ]


def sides_found(found: list[SlotComparison], cmp: SlotComparison) -> bool:
    """Whether a conflict already found sets ``cmp``'s two sentences on two of its sides (another slot's path
    read the same disagreement: "Figures: tysiące [1] vs miliony [2]" from a pair the scorer relates), so
    ``cmp`` would show it twice."""
    mine = [{r.unit.index for r in side} for side in cmp.sides]
    for other in found:
        theirs = [{r.unit.index for r in side} for side in other.sides]
        if any(mine[0] & x and mine[1] & y for i, x in enumerate(theirs) for j, y in enumerate(theirs) if i != j):
            return True
    return False


def _written(r: Reading) -> str:
    """A figure as written, a vague one with its range ("kilkudziesięciu (20-99)"): the reader may not know the
    word."""
    v = r.value
    return f"{v.text} ({v.low:g}-{v.high:g})" if _vague(v) and v.low is not None and v.high is not None else v.text


def vague_items(units: list[Unit], data: StoryData) -> list[FigureItem]:
    """The pairs of :func:`vague_pairs` that can both hold, each one agreed figure item naming the concept and
    each source's figure as written ("Witnesses: 63 [1], kilkudziesięciu (20-99) [4]"), citing both sentences."""
    out = []
    for concept, ra, rb in vague_pairs(units):
        if not compatible(ra, rb):
            continue
        label = plural_noun(concept)
        sides = sorted((ra, rb), key=lambda r: r.unit.source)
        body = ", ".join(f"{_written(r)} {cite([r.unit.source])}" for r in sides)
        out.append(
            FigureItem(
                summary=f"{label[:1].upper()}{label[1:]}: {body}",
                sources=sorted({r.unit.source for r in sides}),
                evidence=[evidence(data, r.unit) for r in sides],
                slot=FigureSlot(counted=label),
                values=[
                    FigureValue(
                        text=r.value.text,
                        value=r.value.value,
                        low=r.low,
                        high=r.high,
                        qualifier=r.value.qualifier,
                        exact=not r.vague,
                        sources=[r.unit.source],
                        evidence=[evidence(data, r.unit)],
                    )
                    for r in sides
                ],
            )
        )
    return out
