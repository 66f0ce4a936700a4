"""Conflicts and agreements found across a whole story rather than within pairs of sentences: values whose
sentences read too unlike to pair, though their key names one measure (a count by concept across languages, a
sum by what it is, a count of people by the act that befell them, the day set for one event, increments after
paired sentences). Helpers the pair comparison shares (:func:`add_conflict`, :func:`other_people`) live here.

Written by hand: the rules are the comparison itself; each function says what it compares and why.
"""

from __future__ import annotations

from itertools import pairwise

from crosswire.compare.align import StoryData
from crosswire.compare.claims.acts import is_event, names_act
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.pairs import Pair, name_number
from crosswire.compare.claims.past import without_year
from crosswire.compare.claims.qualified import qualifier, qualifier_ids
from crosswire.compare.claims.slots import happened, slot_of
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import (
    Reading,
    SlotComparison,
    _reading,
    _sides,
    _too_far,
    compare_values,
    merge,
)
from crosswire.facts.records import Value


def add_conflict(found: list[SlotComparison], cmp: SlotComparison) -> None:
    """Add a conflict, merged into one already found for the same slot that shares a sentence or two of
    its values with it (one disagreement running through several pairs of sentences is one conflict; two
    disagreements over one slot in unrelated sentences stay two)."""
    units = {r.unit.index for side in cmp.sides for r in side}
    values = {r.value.text_value or r.value.value for side in cmp.sides for r in side}
    for i, other in enumerate(found):
        if other.slot != cmp.slot:
            continue
        if units & {r.unit.index for side in other.sides for r in side} or (
            len(values & {r.value.text_value or r.value.value for side in other.sides for r in side}) >= 2
        ):
            found[i] = merge(other, cmp)
            return
    found.append(cmp)


def people(u: Unit) -> frozenset[str]:
    """The canonical ids of the people a unit's sentence names (``person:<name>``)."""
    return frozenset(e for e in u.entities if e.startswith("person:"))


def other_people(a: Unit, b: Unit) -> bool:
    """Both sentences name people and none in common: an act's day or length is then two acts' ("The Hawks
    placed Tomas Rell on injured reserve on Monday" / "On Sunday the Hawks placed Ben Okafor on injured
    reserve")."""
    pa, pb = people(a), people(b)
    return bool(pa and pb and not pa & pb)


# The slots :func:`across_languages` compares story-wide: counts, sums and vote tallies. Other values of the
# sentences it reads (a time of day, a day) are their own claims' values: "collapsed ... at 7:42 a.m., killing
# nine" and "L'ultimo sopravvissuto, un corriere di 45 anni, è stato estratto ... alle 13:15" give two acts'
# times (a new user's bridge story set them against each other, which merged the rescue's real 11:15 / 13:15
# conflict into a conflict with one source on two sides, and so dropped it).
STORY_WIDE_SLOTS = frozenset({"count", "money", "tally"})


def across_languages(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> list[Group]:
    """Counts keyed by concept ("person dead", "house") and sums keyed by what they are ("shortfall", "fine":
    :mod:`.money`) compared story-wide when sources in two languages state them: a disagreement whose sides
    span two languages is added to ``found``; a sum every source states alike, in two or more languages, is
    returned as an agreeing group (its sentences, one per source). Why not by pairs: across languages the
    sentence encoder leaves the sentences of one toll unpaired ("погибли 3 человека" and "Mindestens 7
    Menschen kamen ums Leben": cosine 0.22, no shared term); so are votes' tallies ("ruling by a 7-2 vote" /
    "Решение принято шестью голосами против трёх", a new user's court story). A source that states two
    incompatible values for the slot leaves it out (see :func:`compare_values`), which keeps a second
    incident's toll from being set against the first. A count of a qualified group every source states alike
    (:func:`_qualified_slot`) is returned as an agreeing group too, and so is one figure of one concept that sources
    of two languages give (:func:`one_figure_groups`), whatever act each sentence counts it under."""
    counted = [u for u in units if any(_counted(u, v) or v.kind == "money" or _vote(v) for v in u.values)]
    if len({u.language for u in counted}) < 2:
        return []
    agreeing: list[Group] = []
    for cmp in compare_values(counted, data.canonical, aligned=True, across=True):
        if cmp.slot[0] not in STORY_WIDE_SLOTS:
            continue  # a time or a day the counted sentences also give is compared by pairs, never story-wide
        languages = {r.unit.language for side in cmp.sides for r in side}
        if len(languages) > 1 and cmp.conflict and not years_of_other_people(cmp):
            add_conflict(found, cmp)
        elif (
            len(languages) > 1
            and len(cmp.sides) == 1
            and (cmp.slot[0] == "money" or _qualified_slot(cmp.slot) or _score_slot(cmp.slot))
        ):
            members = {r.unit.source: r.unit for r in cmp.sides[0]}
            agreeing.append(Group(units=sorted(members.values(), key=lambda u: u.source), score=1.0))
    agreeing.extend(one_figure_groups(counted))
    return agreeing


# The least figure a count of one concept stated alike in two languages is agreed at, whatever else the two
# sentences say: a figure of three digits or more that two sources give for one counted thing is seldom a
# coincidence, while "two passengers" / "dos pasajeros" may be two different pairs of people.
ONE_FIGURE_MIN = 100


def one_figure_groups(units: list[Unit]) -> list[Group]:
    """Sentences of two languages or more that count one concept ("passenger": "passengers", "pasajeros",
    "voyageurs") with one figure of at least :data:`ONE_FIGURE_MIN` (the same number within 1 %), one group per
    concept and figure (its sentences, one per source), whatever act each sentence puts the count under. "Kestrel
    Air cancelled 85 flights on Friday, affecting about 14,000 passengers" / "La cancelación de vuelos ha afectado
    ya a unos 14.000 pasajeros, según la aerolínea, que no tiene aviones de reserva": two sentences of many facts,
    each the nearest of another sentence, whose encoder cosine (0.42 in a new user's airline story) pairs nothing,
    and whose counts the slot reader keys apart ("person affect" / "passenger"), state the passengers' figure
    alike. Input: the story's counting units; output: groups."""
    found: dict[tuple[str, float], dict[int, Unit]] = {}
    for u in units:
        for v in u.values:
            if v.kind != "count" or not v.concept or v.value is None or v.value < ONE_FIGURE_MIN:
                continue
            if name_number(u, v):
                continue
            key = next((k for k in found if k[0] == v.concept and abs(k[1] - v.value) <= 0.01 * k[1]), None)
            found.setdefault(key or (v.concept, v.value), {}).setdefault(u.source, u)
    out = []
    for members in found.values():
        if len(members) > 1 and len({u.language for u in members.values()}) > 1:
            out.append(Group(units=sorted(members.values(), key=lambda u: u.source), score=1.0))
    return out


def _score_slot(slot: tuple[str, ...]) -> bool:
    """Whether ``slot`` is a match's score (:mod:`crosswire.facts.scores`): one score every source states alike in
    two languages or more ("beim Stand von 1:1" / "abandoned at 1-1" / "que iba 1-1": a new user's balloon story,
    cosine too low to pair across languages) is one agreed fact, as a sum is; a source giving two scores (half-time
    and final) leaves the slot out (:func:`.values.compare_values`)."""
    return slot == ("tally", "score")


def _qualified_slot(slot: tuple[str, ...]) -> bool:
    """Whether ``slot`` counts a qualified group ("temporary worker": :mod:`.qualified`): such a count stated alike
    in two languages ("612 are on temporary contracts" / "cerca de 600 trabajadores temporales") is one agreed
    fact, as a sum is, though the sentences read too unlike to pair."""
    return slot[0] == "count" and len(slot) == 3 and slot[2].partition(" ")[0] in qualifier_ids()


def years_of_other_people(cmp: SlotComparison) -> bool:
    """Whether a count of years (an age: "Lucía Ferrer, enfermera jubilada de 71 años" / "Bruno Sarti, 54 anni"; a
    term) is told on each side by sentences naming other people than every sentence of every other side
    (:func:`other_people`): two people's ages, not one figure two ways (a new user's wildfire story showed "Years:
    69 vs 58" for two residents quoted in two languages)."""
    if cmp.slot[0] != "count" or cmp.slot[2] != "year":
        return False
    sides = [[r.unit for r in side] for side in cmp.sides]
    return all(years_apart(a, b) for i, one in enumerate(sides) for two in sides[i + 1 :] for a in one for b in two)


def years_apart(a: Unit, b: Unit) -> bool:
    """Whether a count of years in ``a`` and one in ``b`` belong to two people (two ages, two terms), not to one
    figure told two ways: the sentences name other people (:func:`other_people`). The one rule for ages, read
    story-wide (:func:`years_of_other_people`) and between paired sentences (``aligned._figure_edges``)."""
    return other_people(a, b)


def _counted(u: Unit, v: Value) -> bool:
    """Whether ``v`` is a count keyed across languages: by its concept, or one of people of any name under an
    act ("Один техник получил травмы": a technician injured, which a count of nobody injured is set against,
    :func:`.values.compare_values`), or one of a qualified group ("150 befristet Beschäftigte": :mod:`.qualified`)."""
    return v.kind == "count" and (
        bool(v.concept) or (bool(v.value) and happened(u, v) is not None) or qualifier(u, v) is not None
    )


def _vote(v: Value) -> bool:
    """Whether the value is a vote's tally ("by a 7-2 vote", "шестью голосами против трёх"): one vote's tally
    is stated in sentences of two languages that seldom pair (a lead beside a sentence of its own)."""
    return v.kind == "tally" and v.noun in ("vote", "score")  # a match's score too ("1:1" / "1-1")


def acted_counts(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Counts of people with what befell them ("439 children removed", "more than 450 children
    apprehended") compared story-wide, like ages: the act names the count, while the sentences giving it
    often read too unlike to pair (one a background clause of another story)."""
    for cmp in compare_values(units, data.canonical):
        # aligned here only when a count of nobody was joined with one of somebody under its act ("Nobody was
        # injured" / "One technician was slightly injured"): a toll of none is the story's own event's
        if cmp.slot[0] == "count" and (names_act(cmp.slot[2]) or cmp.aligned) and cmp.conflict:
            add_conflict(found, cmp)


def event_days(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Days set ahead for one event of the data file's ``events`` list (a first court appearance, a
    sentencing) compared story-wide, like ages: "Their first court appearance is scheduled for Jan. 21" and
    "The men were expected to appear in court Wednesday afternoon" share too few words to be paired. Not when
    two of the sentences name people and none in common (two defendants' days)."""
    dated = [u for u in units if any(v.kind == "date" and v.scheduled for v in u.values)]
    for cmp in compare_values(dated, data.canonical, aligned=True):
        if cmp.slot[0] != "scheduled" or not is_event(cmp.slot[1]) or not cmp.conflict:
            continue
        readings = [r.unit for side in cmp.sides for r in side]
        if not any(other_people(a, b) for a in readings for b in readings):
            add_conflict(found, cmp)
    set_days(units, found, data)


# Words right before a calendar day that make it the day an act is due by ("will close its plant by June 30",
# "d'ici le 31 mars", "bis zum 30. Juni", "hasta el 30 de junio", "do 30 czerwca", "entro il 30 giugno", "até 30 de
# junho"), per language; hand-made.
DUE_BY = {
    "en": ("by", "until", "before"),
    "fr": ("d'ici le", "d'ici au", "avant le", "jusqu'au"),
    "de": ("bis zum", "bis", "bis spätestens"),
    "es": ("hasta el", "antes del", "para el"),
    "it": ("entro il", "entro la", "fino al"),
    "pt": ("até", "até ao", "até o"),
    "pl": ("do", "przed"),
    "ru": ("до", "к"),
    "uk": ("до",),
}
# Days one act is set for may lie this far apart in two reports and still be one act's two dates (a closure "by
# June 30" / "le 31 mars"): a deadline moves by months, an event's day (DAY_WINDOW) by weeks.
SET_DAY_WINDOW = 366
_FUTURE_EN = frozenset({"will", "would", "shall", "'ll"})


def _set_day(u: Unit, v: Value) -> bool:
    """Whether ``v`` is a calendar day (a day and month written out) an act is set for or due by: still ahead of
    publication, or after a word of :data:`DUE_BY`, or in a sentence whose verb is in the future (English "will",
    "would"; the language's ``future`` forms of ``data/languages.toml``: "fermera", "cerrará")."""
    if v.kind != "date" or v.unit != "day" or not any(ch.isdigit() for ch in v.text):
        return False
    if v.scheduled:
        return True
    lang = u.language or "en"
    before = " " + " ".join(u.text[: max(0, v.start - u.claim.start)].lower().split())
    if any(before.endswith(" " + w) for w in DUE_BY.get(lang, ())):
        return True
    words = [w.lower() for w in u.text.replace(",", " ").split()]
    if lang == "en":
        return bool(_FUTURE_EN & set(words))
    from crosswire.facts.languages.lexicon import words_for

    try:
        future = words_for(lang).future
    except KeyError:
        return False
    return any(
        (f.startswith("-") and w.endswith(f[1:]) and len(w) > len(f) + 2) or w == f for w in words for f in future
    )


def set_days(units: list[Unit], found: list[SlotComparison], data: StoryData) -> None:
    """Calendar days one act is set for or due by, compared story-wide: "will close its car assembly plant ... by
    June 30" / "Le site fermera ses portes le 31 mars" share too few words to be paired (a new user's factory story
    showed the French day alone in the timeline). Only set days (:func:`_set_day`; not the article's own day, a
    dateline's), of an act of the data file's ``events`` (a closure, an appearance, a sentencing:
    :func:`.acts.is_event`), from two or more sources, no source on two sides, and not two sentences naming people
    and none in common. Days of one act may lie up to :data:`SET_DAY_WINDOW` apart (a deadline moves by months)."""
    published = {a.id: (a.published or "")[:10] for a in data.articles}
    by_slot: dict[tuple[str, ...], list[Reading]] = {}
    for u in units:
        for v in u.values:
            if not _set_day(u, v) or v.text_value == published.get(u.article):
                continue
            slot = slot_of(u, v, data.canonical)
            if slot is None or slot[0] not in ("day", "scheduled") or not is_event(slot[1]):
                continue
            if (r := _reading(u, v)) is not None:
                by_slot.setdefault(slot, []).append(r)
    for slot, readings in by_slot.items():
        if len({r.unit.source for r in readings}) < 2 or any(
            _too_far(a, b, SET_DAY_WINDOW) for a in readings for b in readings
        ):
            continue
        cmp = SlotComparison(slot, _sides(readings), aligned=True)
        units_in = [r.unit for r in readings]
        if cmp.conflict and not any(other_people(a, b) for a in units_in for b in units_in):
            add_conflict(found, cmp)


def increments_after(
    pairs: list[Pair], units: list[Unit], data: StoryData, found: list[SlotComparison], bar: float
) -> None:
    """Increments ("Around 20 more people had to be ushered to safety", "five other bank workers were
    rescued") compared when the sentences right before them, which name those the increments add to ("two
    women and one man died at a branch of the Marfin bank" / "The three bank workers ... died after
    demonstrators set their bank on fire"), are paired at the conflict ``bar`` or above: "more" and "other"
    then count the others of one event, and two values of one act conflict. An increment whose sentence
    before is paired with nothing is compared with no other (two fires' "others")."""
    after: dict[int, Unit] = {}
    by_article: dict[str, list[Unit]] = {}
    for u in units:
        by_article.setdefault(u.article, []).append(u)
    for members in by_article.values():
        members.sort(key=lambda u: u.claim.start)
        after.update((a.index, b) for a, b in pairwise(members))
    for p in pairs:
        na, nb = after.get(p.a.index), after.get(p.b.index)
        if p.score < bar or na is None or nb is None or na.source == nb.source:
            continue
        for cmp in compare_values([na, nb], data.canonical, aligned=True):
            if cmp.slot[0] == "count" and without_year(cmp.slot)[0][-1] == "more" and cmp.conflict:
                add_conflict(found, cmp)


def agreed_with_other_side(cmp: SlotComparison, groups: list[Group]) -> bool:
    """Whether a source on one side of a value conflict has another sentence agreed (in one of ``groups``, the
    agreeing groups of the alignment) with a sentence of another side, giving that side's value (same kind,
    compatible interval): the source then states both values, and is no side of a disagreement between them.
    A new user's strike story set "ordenó suspender la huelga durante diez días" (a court's suspension) against
    "Der letzte große Streik ... dauerte 2019 neun Tage", which the same agreed item also cited beside the
    Spanish outlet's own "duró nueve días". Input: one slot's comparison with two or more sides; output True
    when the conflict is to be dropped."""
    if len(cmp.sides) < 2:
        return False
    groups_of: dict[int, list[Group]] = {}
    for g in groups:
        for u in g.units:
            groups_of.setdefault(u.index, []).append(g)
    for i, side in enumerate(cmp.sides):
        own = {r.unit.index for r in side}
        sources = {r.unit.source for r in side}
        for j, other in enumerate(cmp.sides):
            if i == j:
                continue
            for r in other:
                for g in groups_of.get(r.unit.index, []):
                    for m in g.units:
                        if m.source in sources and m.index not in own and gives_value_of(m, r):
                            return True
    return False


def gives_value_of(unit: Unit, reading: Reading) -> bool:
    """Whether ``unit``'s sentence gives ``reading``'s own value: the same number (within half a per cent), of
    the same kind and concept ("duró nueve días" beside "dauerte ... neun Tage"). Not a compatible interval:
    on ECB+ "at least three" agreed with sentences giving other tolls of other acts, which dropped real conflicts."""
    x = reading.value
    if x.value is None or not x.concept:
        return False
    return any(
        v.kind == x.kind
        and v.concept == x.concept
        and v.value is not None
        and abs(v.value - x.value) <= 0.005 * abs(x.value)
        for v in unit.values
    )
