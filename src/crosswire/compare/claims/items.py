"""The comparison's claim items: agreed groups and value conflicts as records, each citing only the sources
whose own sentence is among its evidence."""

from __future__ import annotations

import re
from collections.abc import Callable

from crosswire.compare.align import StoryData, cite, past_dateline, without_dateline
from crosswire.compare.claims.acts import PEOPLE_NOUNS
from crosswire.compare.claims.count_states import STATE_IDS
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.pairs import same_value
from crosswire.compare.claims.past import without_year
from crosswire.compare.claims.qualified import qualifier_ids
from crosswire.compare.claims.qualifiers import bound_of, nearly
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import Reading, SlotComparison, compatible, reading, reason
from crosswire.compare.figures.measures import money_label
from crosswire.compare.number_text import display_number
from crosswire.compare.records import ClaimConflict, ClaimItem, ConflictSide
from crosswire.facts.records import Value
from crosswire.model import Evidence
from crosswire.vocab.concepts import concept_of, plural_noun, unit_of
from crosswire.vocab.data import data_toml

REASON_TEXT = {
    "different value": "the sources give different values",
    "vague vs precise": "some sources give a vague value, others a precise one outside it",
    "different day": "the sources place it on different days or at different times",
    "different time": "the sources give different times",
    "different outcome": "the sources report different outcomes",
    "different role": "the sources give different roles",
    "different agent": "the sources name different agents",
    "different meaning": "the sources quote the speaker with different meanings",
    "preliminary vs revised": "some sources give a preliminary figure, others a revised or final one",
    "different place": "the sources place it at different places",
}


def evidence(data: StoryData, unit: Unit) -> Evidence:
    """The unit's sentence as evidence (its span in its article's cleaned body), after the wire dateline that
    opens its paragraph (:func:`~crosswire.compare.align.past_dateline`)."""
    body = data.bodies.get(unit.article)
    start = unit.claim.start
    if body is not None and body[start : unit.claim.end] == unit.text:
        start = past_dateline(body, start, unit.claim.end)
    return Evidence(
        article=unit.article,
        outlet=data.outlets.get(unit.article),
        text=unit.text[start - unit.claim.start :],
        start=start,
        end=unit.claim.end,
    )


def _shared(data: StoryData, units: list[Unit]) -> list[str]:
    """Names every unit's sentence names and values every one gives, as the first unit writes them."""
    first = units[0]
    common = frozenset.intersection(*(u.entities for u in units))
    facts = data.facts.get(first.article)
    names = []
    if facts is not None:
        for ent in facts.entities:
            cid = data.canonical.get((first.article, ent.id))
            if cid in common and ent.name not in names:
                names.append(ent.name)
    values = [
        v.text
        for v in first.values
        if all(any(w.kind == v.kind and w.text.lower() == v.text.lower() for w in u.values) for u in units[1:])
    ]
    return [*names, *values]


def _unstated(u: Unit, others: list[Unit]) -> int:
    """How many of ``u``'s values no other member's sentence gives (same kind, same value)."""
    return sum(1 for x in u.values if not any(same_value(x, y) for o in others for y in o.values))


def _unshared(u: Unit, others: list[Unit]) -> int:
    """How many of ``u``'s values some other member's sentence does not give."""
    return sum(1 for x in u.values if not all(any(same_value(x, y) for y in o.values) for o in others))


def told(u: Unit) -> frozenset[str]:
    """The states of people the sentence states in words the comparison reads in every language, as keys: the
    state of a group ("state:in hospital", "state:left hospital"), a person's fate or care ("fate:died"). Empty for
    a sentence stating none. Poles of acts and agents are left out: their readers cover fewer phrasings per
    language, so a faithful translation often states none ("denied any wrongdoing" / "nega qualquer ilegalidade"),
    and an English lead would give way to it for nothing."""
    from crosswire.compare.claims.fates import cared, fates, group_states

    states = group_states(u)  # a stay is read as a state once, not again as a person's fate (fates.STAY_TABLE)
    return frozenset([*(f"state:{s}" for s in states), *(f"fate:{f}" for f in (fates(u) | cared(u)) - states)])


def _untold(u: Unit, others: list[Unit]) -> int:
    """How many of the things ``u`` states (:func:`told`) some other member's sentence does not state."""
    mine = told(u)
    if not mine:
        return 0
    theirs = [told(o) for o in others]  # each member's states read once, not once per state of ``u``
    return sum(1 for t in mine if not all(t in th for th in theirs))


# Names whose absence from a cited sentence says it states less: organisations ("belongs to Danochem" beside
# "Терминал расположен на восточном причале порта"). People are left out: a sentence of another language names
# them by their office as often as by name ("at Falcão Mendes's home" / "na residência do vereador", trial 26).
_NAMED = ("organisation:",)


def _unnamed(u: Unit, others: list[Unit], known: frozenset[str]) -> int:
    """How many of the organisations ``u`` names no other member's sentence names (nor has as its subject or
    speaker, a pronoun the reader resolved), of those in ``known`` (named by two or more sources of the story,
    :func:`story_names`: "Sodium" read as an organisation by one reader is no name). ``u``'s own subject and
    speaker are left out: who acts or speaks is what other languages name by a description ("The NVWA said it
    was examining ..." / "Les autorités néerlandaises cherchent à savoir ...", trial 24); a name in the
    predicate is part of what is stated ("The tank belongs to Danochem")."""
    theirs = {c for o in others for c in (*o.entities, o.subject, o.speaker) if c}
    own = {u.subject, u.speaker}
    return sum(1 for c in u.entities if c.startswith(_NAMED) and c in known and c not in theirs and c not in own)


def story_names(data: StoryData) -> frozenset[str]:
    """The canonical ids of the organisations two or more of the story's sources name."""
    by: dict[str, set[int]] = {}
    for (article, _eid), cid in data.canonical.items():
        if cid.startswith(_NAMED) and article in data.source_of:
            by.setdefault(cid, set()).add(data.source_of[article])
    return frozenset(c for c, ns in by.items() if len(ns) > 1)


def _lead(units: list[Unit]) -> Unit:
    """The sentence whose figures the others state best: fewest values no other member gives; then fewest
    values some member does not give (the summary states only what every cited sentence states: "A train
    derailed ..., forcing the evacuation of 3,200 residents" headed an item citing a Russian sentence that
    gives only the 3,200 evacuated); then an English source's (the comparison is read in English: a
    five-language item was headed in Russian, Belarusian or German by source order); then the first
    source's. The groups are merged by this lead (:func:`agreed_items`); the item's summary is then
    :func:`faithful_lead`'s."""
    return min(
        units,
        key=lambda u: (
            _unstated(u, others := [o for o in units if o is not u]),
            _unshared(u, others),
            u.language != "en",
        ),
    )


def faithful_lead(units: list[Unit], lead: Unit, known: frozenset[str] = frozenset()) -> Unit:
    """The sentence that heads an item of ``units`` merged under ``lead`` (:func:`_lead`): ``lead`` itself, unless
    it states a state of people some cited sentence does not state (:func:`told`: "all three were released from
    hospital" headed an item citing "Tres trabajadores sufrieron quemaduras químicas") or names an organisation
    no cited sentence names (of ``known``, :func:`story_names`: "The tank belongs to Danochem, which runs the
    terminal on the port's eastern quay" headed an item citing "Терминал расположен на восточном причале порта"
    and "Das Terminal liegt am Ostkai des Hafens": a new user's chemical-spill story). Then the member stating
    fewest such things heads it, of those whose figures the others state as well as the lead's; the lead first,
    then an English source's, then the first source's. Which sentences an item cites does not change.

    Only cited sentences of another language than a candidate's are read against it: across languages the pair
    scorer has no shared words to weigh, so a sentence stating one part of another's claim is agreed with it,
    while within a language a sentence that leaves half the words out is rated low. On the alignment gold's
    English events, reading them too moved leads to sentences saying less ("Stadia isn't a console." for
    "Google's gaming offering, ... at a $9.99 monthly rate"), where the other sentences named the company by
    its product."""

    def others(u: Unit) -> list[Unit]:
        return [o for o in units if o is not u]

    def extra(u: Unit) -> tuple[int, int]:
        across = [o for o in others(u) if o.language != u.language]
        return (_untold(u, across), _unnamed(u, across, known)) if across else (0, 0)

    if extra(lead) == (0, 0):
        return lead
    figures = (_unstated(lead, others(lead)), _unshared(lead, others(lead)))
    fit = [u for u in units if (_unstated(u, others(u)), _unshared(u, others(u))) <= figures]
    return min(fit, key=lambda u: (extra(u), u is not lead, u.language != "en", u.source))


def agreed_item(
    data: StoryData, group: Group, lead: Unit | None = None, known: frozenset[str] | None = None
) -> ClaimItem:
    """An agreed claim: the group's sentences, one per source. The summary is :func:`_lead`'s sentence: a
    long sentence that agrees with another on one clause ("Another 40 people were injured ..., and rescuers
    were working at nine buildings" beside "search teams were still working at the sites") must not
    headline a figure the other sentence never gives. ``lead``: the sentence chosen for the merged groups
    (:func:`agreed_items`), headed by :func:`faithful_lead`; ``known``: :func:`story_names` (computed when None)."""
    units = sorted(group.units, key=lambda u: u.source)
    lead = faithful_lead(units, lead or _lead(units), story_names(data) if known is None else known)
    ordered = [lead, *(u for u in units if u is not lead)]
    return ClaimItem(
        summary=without_dateline(lead.text),
        sources=sorted({u.source for u in units}),
        evidence=[evidence(data, u) for u in sorted(units, key=lambda u: (u.source, u.index))],
        score=round(group.score, 3),
        shared=_shared(data, ordered),
    )


def agreed_items(
    data: StoryData,
    groups: list[Group],
    apart: Callable[[Unit, Unit], bool] | None = None,
    linked: Callable[[Unit, Unit], bool] | None = None,
    near: Callable[[Unit, Unit], bool] | None = None,
    mutual: Callable[[Unit, Unit], bool] | None = None,
    guard: Callable[[Unit, Unit], bool] | None = None,
    tied: Callable[[Unit, Unit], bool] | None = None,
) -> list[ClaimItem]:
    """One agreed item per lead sentence, in the groups' order. A sentence can lead several groups (it
    agrees with one source on one clause and with another on the rest); shown as several items it was
    listed two or three times over. Merged, every cited source's sentence still agrees with the lead's
    (each group's members link to all its members), which is what the item shows.

    A group that holds another item's lead sentence, or a sentence of it in another language than its lead
    (the lead prefers English, so a Russian member that was the lead before still ties a Belarusian group to
    the item), joins that item too, the larger group taking the smaller: "12 000 evacuated" agreed by four
    sources, and a Belarusian sentence paired only with the Russian one, were two items, the second leaving
    three sources out and the first the Belarusian one.
    Only when the smaller group's lead gives figures and every sentence of the other item states every one of
    them (:func:`_restates`; its lead alone is not enough: a Russian "3200 residents evacuated" joined the
    item led by "A train derailed ..., forcing the evacuation of 3,200 residents", whose French and Spanish
    sentences state only the derailment): a sentence agreeing with one clause of a long lead ("Most of the
    deaths were in Zarovsk" beside "..., killing at least 14 people in Zarovsk and trapping dozens more") stays its own
    item. Or when the group holds the other item's lead and agrees with it across languages, no sentence giving
    a value (:func:`_plain_translation`). A member
    that ``apart`` says cannot state one claim with a member already cited is left out of the merged item (two
    groups led by one English quote, one citing the Spanish sentence that calls the speaker "vicealcaldesa",
    the other the French one calling her "directrice": a new user's ice-rink story cited both).

    A group that cites the same sentences as an item is that item's claim too (:func:`_same_claim`): two
    sentences in common, or one and another that ``linked`` ties to the item's lead ("The Kessingen
    Clinical Network refused to pay the ransom" [1][3][4] and "La Red Clínica de Kessingen se negó a pagar el
    rescate" [2][3], the Polish sentence in both: a new user's story counted one fact as two agreed items). So does
    a group sharing one sentence with an item whose other sentences are each ``near`` every sentence of the item
    (the clique link of :func:`.groups.group_pairs`, across languages): "Des pirates informatiques ont pris le
    contrôle ..." agreed with the Spanish lede [3][5] and with the Russian, English and German ledes [1][2][4][5],
    the French sentence in both (a new user's water-utility story). Or ``mutual`` (across languages, each other's
    nearest sentence in the other's source) in place of ``near``, when the item holds two or more other sentences:
    "Власти румынского Джурджу ... были оповещены" agreed with the German sentence alone, which an item of four
    sources on the same alert cites, and was the nearest of the English, French and Spanish ones (cosines
    0.48-0.50, under the clique link: the encoder reads Russian further from the Romance languages than they
    read each other; a new user's chemical-spill story).

    Last, ``guard`` (two sentences stating opposite outcomes) is read across every merged item's members: a
    member opposed to another source's member is left out (:func:`_without_contradictions`).

    Then each cited sentence must itself state what the item shows (:func:`_shown_members`): ``tied`` (a direct
    pair of the sentence and the heading sentence that is evidence of it) or in one group with the heading
    sentence; a member tied only through another member is left out."""
    # groups of one size in an order of what they cite, not of the articles' order (which numbers the units): the
    # same story compared with its articles given in another order gives the same items
    order = sorted(range(len(groups)), key=lambda i: _group_key(groups[i]))
    merged: dict[str, tuple[Unit, Group, int]] = {}
    lead_of: dict[int, str] = {}  # a member unit's index -> its item's key
    parts: dict[str, list[tuple[list[Unit], Unit]]] = {}  # an item's key -> each group merged in, and its lead
    for i in order:
        g = groups[i]
        lead = _lead(sorted(g.units, key=lambda u: u.source))
        key = " ".join(lead.text.split()).casefold()  # two sources may print one sentence word for word
        if key not in merged:
            key = next(
                (
                    lead_of[u.index]
                    for u in g.units
                    if u.index in lead_of
                    and (u is merged[lead_of[u.index]][0] or u.language != merged[lead_of[u.index]][0].language)
                    and (
                        all(_restates(lead, m) for m in merged[lead_of[u.index]][1].units)
                        or (u is merged[lead_of[u.index]][0] and _plain_translation(g.units, u))
                    )
                ),
                key,
            )
        if key not in merged and linked is not None:
            key = next(
                (
                    k
                    for k, (_m, into, _i) in merged.items()
                    if _claim_of(g.units, into.units, parts[k], linked, near, mutual)
                ),
                key,
            )
        if key not in merged:
            key = next((k for k, (m, into, _i) in merged.items() if _translated_member(g.units, into.units, m)), key)
        if key not in merged:
            merged[key] = (lead, Group(units=list(g.units), score=g.score), i)
            parts[key] = [(list(g.units), lead)]
            lead_of.update((u.index, key) for u in g.units)
            continue
        parts[key].append((list(g.units), lead))
        into = merged[key][1]
        into.units.extend(
            u for u in g.units if u not in into.units and not (apart and any(apart(u, m) for m in into.units))
        )
        into.score = max(into.score, g.score)
        merged[key] = (merged[key][0], into, min(merged[key][2], i))
    # a group that made its own item before the item it states gained the sentence they share (groups of one
    # size come in no telling order): folded in now, the smaller into the larger
    for key in sorted(merged, key=lambda k: len({u.source for u in merged[k][1].units})):
        lead, g, i = merged[key]
        into_key = next(
            (
                k
                for k, (m, into, _i) in merged.items()
                if k != key
                and len({u.source for u in into.units}) > len({u.source for u in g.units})
                and _translated_member(g.units, into.units, m)
            ),
            None,
        )
        if into_key is not None:
            del merged[key]
            m, into, j = merged[into_key]
            into.units.extend(u for u in g.units if u not in into.units)
            merged[into_key] = (m, into, min(i, j))
            parts[into_key] += parts.pop(key)
    if linked is not None:
        _one_item_per_sentence(merged, parts, linked, near, mutual)
    known = story_names(data)
    kept = [
        (guarded, parts[k]) for k, m in merged.items() if (guarded := _without_contradictions(*m, guard)) is not None
    ]
    timed = [(clocked, ps) for m, ps in kept if (clocked := _clock_faithful(*m, known)) is not None]
    shown = [s for m, ps in timed if (s := _shown_members(*m, ps, known, tied)) is not None]
    return [agreed_item(data, g, lead, known) for lead, g, _ in sorted(shown, key=lambda m: m[2])]


def _shown_members(
    lead: Unit,
    g: Group,
    i: int,
    item_parts: list[tuple[list[Unit], Unit]],
    known: frozenset[str],
    tied: Callable[[Unit, Unit], bool] | None,
) -> tuple[Unit, Group, int] | None:
    """An item's (lead, group, order) citing only sentences that state what its heading sentence (the one
    :func:`faithful_lead` shows) states: each other source's member is ``tied`` to it (a pair of the two that is
    evidence on its own), or was in one group with it (``item_parts``: the groups merged into the item, whose
    builder read the two together). Merging groups joins sentences through a member they share: "У вівторок ...
    суд має оголосити вирок" headed an item citing "... will spend the next seven years in prison ...", paired
    only with a third source's verdict sentence (0.13; a tester's court story, trial 40). On the alignment gold's
    tune, tune2 and mtune halves no agreed item changed. None when fewer than two sources are left; ``tied``
    None keeps every member."""
    if tied is None:
        return lead, g, i
    units = sorted(g.units, key=lambda u: u.source)
    head = faithful_lead(units, lead, known)

    def shows(u: Unit) -> bool:
        if u is head:
            return True
        return tied(u, head) or any(u in part and head in part for part, _l in item_parts)

    left = [u for u in units if shows(u)]
    if len({u.source for u in left}) < 2:
        return None
    if len(left) == len(units):
        return lead, g, i
    return (lead if lead in left else head), Group(units=left, score=g.score), i


def _clocks(u: Unit) -> list[Reading]:
    """The readings of the sentence's times of day with an hour."""
    return [r for v in u.values if v.kind == "time" and v.value is not None and (r := reading(u, v)) is not None]


def _gives_clocks(u: Unit, head: Unit) -> bool:
    """Whether ``u``'s sentence gives every time of day ``head``'s gives, within its rounding."""
    return all(any(compatible(x, y) for y in _clocks(u)) for x in _clocks(head))


def _clock_faithful(lead: Unit, g: Group, i: int, known: frozenset[str]) -> tuple[Unit, Group, int] | None:
    """An item's (lead, group, order) whose heading sentence gives no time of day a cited sentence of another
    source does not give: "issued the grounding order at 6 a.m. local time on Tuesday" headed an item citing
    « a interdit de vol mardi les 23 appareils » (a new user's airline story), and an editor reads the hour as
    both sources'. Another member heads it when its times of day and figures every member gives (:func:`_unshared`
    none: "The quake struck on Tuesday, killing five" for "... at 7:48 a.m. on Tuesday, killing five"); else the
    members that do not give the heading's times are left out, and no item is left when fewer than two sources
    are. Input and output as :func:`_without_contradictions`'."""
    units = sorted(g.units, key=lambda u: u.source)
    head = faithful_lead(units, lead, known)
    lacking = [u for u in units if u.source != head.source and not _gives_clocks(u, head)]
    if not lacking:
        return lead, g, i
    fit = [
        u
        for u in units
        if all(_gives_clocks(o, u) for o in units if o.source != u.source)
        and _unshared(u, [o for o in units if o is not u]) == 0
    ]
    if fit:
        return fit[0], g, i
    left = [u for u in units if u not in lacking]
    if len({u.source for u in left}) < 2:
        return None
    return lead if lead in left else head, Group(units=left, score=g.score), i


def _without_contradictions(
    lead: Unit, g: Group, i: int, apart: Callable[[Unit, Unit], bool] | None
) -> tuple[Unit, Group, int] | None:
    """An item's (lead, group, order) with every member that ``apart`` (the guard) says contradicts a member of
    another source left out, the member contradicting most first (then not the lead, then the later source), until
    none does; None when fewer than two sources are left. Merging groups into one item (:func:`agreed_items`'
    later folds, :func:`_one_item_per_sentence`) joins members no pair check read together: "Two fishermen were
    still missing" and « les deux marins ... ont été retrouvés vivants » were cited as one agreed item (a new
    user's rescue story). The conflict itself is the conflict readers' (fates, quotes); this only keeps it out of
    an agreement. A lead left out gives way to the remaining members' lead (:func:`_lead`)."""
    if apart is None:
        return lead, g, i
    units = list(g.units)
    while len({u.source for u in units}) > 1:
        clashes = {u.index: sum(1 for v in units if v.source != u.source and apart(u, v)) for u in units}
        worst = max(units, key=lambda u: (clashes[u.index], u is not lead, u.source))
        if clashes[worst.index] == 0:
            break
        units.remove(worst)
    if len({u.source for u in units}) < 2:
        return None
    if len(units) == len(g.units):
        return lead, g, i
    if lead not in units:
        lead = _lead(sorted(units, key=lambda u: u.source))
    return lead, Group(units=units, score=g.score), i


def _group_key(g: Group) -> tuple[int, list[tuple[int, str, float, str]]]:
    """A group's place in :func:`agreed_items`' order: more sources first, then by the sentences it cites (source,
    article, place in the article, text), none of which depends on the order the articles came in."""
    return (-len({u.source for u in g.units}), sorted((u.source, u.article, u.position, u.text) for u in g.units))


def _claim_of(
    units: list[Unit],
    item: list[Unit],
    item_parts: list[tuple[list[Unit], Unit]],
    linked: Callable[[Unit, Unit], bool],
    near: Callable[[Unit, Unit], bool] | None = None,
    mutual: Callable[[Unit, Unit], bool] | None = None,
) -> bool:
    """Whether a group (``units``) states the claim of an item: :func:`_same_claim` with one of the groups merged
    into it (``item_parts``: each group's units and lead), whichever came first, and every other sentence of the
    group ``linked`` to each of the item's sentences (``item``: all of them) in its own language. Compared with the
    group that made the item alone, a sentence that agreed with a group merged in later made an item of its own:
    a fact in two items, and which two depended on the order of the groups (notes10). The language check over the
    whole item keeps items from snowballing (within a language a missing link says two sentences state
    different things). A group whose sentences the item cites already is its claim."""
    ids = {u.index for u in item}
    others = [u for u in units if u.index not in ids]
    if not others:
        return True  # every sentence of the group is the item's already: no item of its own
    if not all(linked(u, v) for u in others for v in item if v.language == u.language):
        return False
    if {u.source for u in others} & {u.source for u in item}:
        return False
    return any(_same_claim(units, part, lead, linked, near, mutual) for part, lead in item_parts)


def _one_item_per_sentence(
    merged: dict[str, tuple[Unit, Group, int]],
    parts: dict[str, list[tuple[list[Unit], Unit]]],
    linked: Callable[[Unit, Unit], bool],
    near: Callable[[Unit, Unit], bool] | None = None,
    mutual: Callable[[Unit, Unit], bool] | None = None,
    *,
    remember: bool = True,
) -> None:
    """Merge, in place, two items that cite one sentence when one of the groups of either states the other's
    claim (:func:`_claim_of`, both ways), the one citing fewer sources into the other, until none is left: which
    group made an item first no longer decides whether a sentence is cited in one item or two.

    Each round merges the first pair in order that passes (the order read again after each merge); whether a
    pair passes depends only on the two items (their units and the groups merged into them) and on ``linked``,
    ``near`` and ``mutual``, which are pure. A merge changes the item merged into and drops the other, so a
    pair that failed and involves neither fails again: it is remembered and not read again (before, every round
    read every pair again: k items and m merges cost up to m * k^2 reads of :func:`_claim_of`; now k^2 + m * k).
    ``remember=False`` reads every pair again each round, as before (the tests check both give one result)."""
    version: dict[str, int] = dict.fromkeys(merged, 0)  # bumped when an item gains a group
    failed: set[tuple[str, int, str, int]] = set()  # (item, its version, item merged into, its version)
    changed = True
    while changed:
        changed = False
        sources = {k: {u.source for u in g.units} for k, (_m, g, _i) in merged.items()}
        indices = {k: {u.index for u in g.units} for k, (_m, g, _i) in merged.items()}
        keys = sorted(merged, key=lambda k: (len(sources[k]), _group_key(merged[k][1])))
        for key in keys:
            _lead, g, i = merged[key]
            ids = indices[key]
            for other in keys:
                if other == key or len(sources[other]) < len(sources[key]):
                    continue
                if not ids & indices[other]:
                    continue
                seen = (key, version[key], other, version[other])
                if remember and seen in failed:
                    continue
                into = merged[other][1]
                if {u.source for u in g.units if u not in into.units} & sources[other]:
                    failed.add(seen)
                    continue  # a source citing a second sentence tells another thing
                if not (
                    any(_claim_of(part, into.units, parts[other], linked, near, mutual) for part, _l in parts[key])
                    or _holds_lead(parts[key], parts[other], into.units)
                ):
                    failed.add(seen)
                    continue
                m, into, j = merged[other]
                into.units.extend(u for u in g.units if u not in into.units)
                merged[other] = (m, into, min(i, j))
                parts[other] += parts.pop(key)
                del merged[key]
                version[other] += 1
                changed = True
                break
            if changed:
                break


def _holds_lead(
    holders: list[tuple[list[Unit], Unit]], item_parts: list[tuple[list[Unit], Unit]], item: list[Unit]
) -> bool:
    """Whether one of the groups ``holders`` holds the lead of a group merged into an item (``item_parts``, the
    item's sentences ``item``) as :func:`agreed_items` merges a group into an item whose lead it holds: the lead
    restates every value of the group's own lead... in the item (:func:`_restates`), or the group agrees with it
    across languages on words alone (:func:`_plain_translation`). Read for the item citing fewer sources (or the
    first of two as wide) against the other, as a later group against an earlier, wider item (a sentence that is
    a lead of the smaller item only may be one clause of the wider item's sentence: tests/test_compare_polar_sides.py).
    "Des plongeurs ont inspecté le quai" led the French and German sentences' item and was cited by
    the Spanish one's, which came first, so the sentence stood in two items (the order of two groups of one size
    decided it)."""
    for units, lead in holders:
        for _part, part_lead in item_parts:
            if part_lead not in units:
                continue
            if all(_restates(lead, m) for m in item) or _plain_translation(units, part_lead):
                return True
    return False


def _same_claim(
    units: list[Unit],
    item: list[Unit],
    item_lead: Unit,
    linked: Callable[[Unit, Unit], bool],
    near: Callable[[Unit, Unit], bool] | None = None,
    mutual: Callable[[Unit, Unit], bool] | None = None,
) -> bool:
    """Whether a group (``units``) states the claim of an item (``item``: the units of the group that made it, led
    by ``item_lead``) and only adds sources to it: it cites some of the item's sentences (two or more, at least
    half of its own; or one that is not the item's lead, its other sentences then ``linked`` to the item's lead);
    its other sentences are all of sources the item does not cite (a source citing a second sentence tells
    another thing); and each is ``linked`` to every sentence of the item in its own language. Across languages
    the pair scorer rates translations low, so a missing link says little ("Planowe wizyty ambulatoryjne ...
    odwołano" / "Scheduled outpatient appointments ... were cancelled", 0.28); within a language it says the
    two state different things (on ECB+'s English events, where one outlet's sentences join many overlapping
    groups, a rule without this check folded twenty sentences of different acts into one item). Compared with
    the group that made the item, not with what joined it since, so items do not snowball. The item's lead
    shared alone is not enough: a long sentence agrees with one source on one clause and with another on the
    rest ("A train derailed ..., forcing the evacuation of 3,200 residents" beside a Russian "3200 residents
    evacuated" and a French sentence on the derailment alone). With one sentence shared, ``near`` (across
    languages: the clique link of grouping) between each other sentence and every sentence of the item also
    ties them: the group would have joined the item's clique had the shared sentence not been taken first. So
    does ``mutual`` (each other's nearest sentence, across languages) when two or more such sentences of the item
    each name the other sentence their nearest in its source."""
    shared = {u.index for u in units} & {u.index for u in item}
    others = [u for u in units if u.index not in shared]
    if not shared or not others or {u.source for u in others} & {u.source for u in item}:
        return False
    rest = [v for v in item if v.index not in shared]
    if not all(linked(u, v) for u in others for v in rest if v.language == u.language):
        return False
    if len(shared) >= 2 and 2 * len(shared) >= len(units):
        return True
    if len(shared) != 1 or item_lead.index in shared:
        return False
    if all(linked(u, item_lead) for u in others):
        return True
    away = [v for v in item if v.index not in shared]
    if near is not None and all(near(u, v) for u in others for v in away):
        return True
    tie = near or (lambda _u, _v: False)
    return (
        mutual is not None
        and len(away) >= 2
        and all(u.language != v.language and (tie(u, v) or mutual(u, v)) for u in others for v in away)
    )


def _translated_member(units: list[Unit], item: list[Unit], item_lead: Unit) -> bool:
    """Whether a group (``units``) states the claim of an item (``item``: its units now, led by ``item_lead``) in
    languages the item holds no sentence of, through one of the item's sentences that is not its lead: the group cites
    exactly one of the item's sentences, its other sentences are of sources and languages the item does not cite, and
    they give values, each of which that sentence gives alike ("з березня по листопад 2027 року" beside "tra marzo e
    novembre 2027"), one of them a value of the item's lead (when it gives any). Across languages the scorer rates
    translations low (:func:`_same_claim`), so the group agreed with the item's Italian sentence and not with its
    English lead: a new user's recall story showed the Ukrainian recall's scope apart from the four other sources'. With
    no value to check, the shared sentence may be a long one whose clauses two groups each agree with
    (tests/test_compare_polar_sides.py), so the group stays its own item. Within a language a missing link says the two
    state different things, hence no language of the item's."""
    ids = {u.index for u in item}
    shared = [u for u in units if u.index in ids]
    others = [u for u in units if u.index not in ids]
    if len(shared) != 1 or shared[0] is item_lead or not others:
        return False
    one = shared[0]
    if {u.source for u in others} & {u.source for u in item} or {u.language for u in others} & {
        u.language for u in item
    }:
        return False
    given = [v for u in others for v in u.values]
    if not given or not all(any(same_value(v, w) for w in one.values) for v in given):
        return False
    # and of the item's own claim: a value its lead gives among them. "Un train ... a déraillé mardi" gives the
    # Tuesday of a long English sentence whose item is the 3,200 evacuated (led by the Russian "эвакуированы 3200
    # жителей"): the derailment, another item. Without it, which item the French joined hung on which group came
    # first (the groups' order, made independent of the articles' by notes10, turned that test the other way)
    return not item_lead.values or any(any(same_value(v, w) for w in item_lead.values) for v in given)


def _plain_translation(units: list[Unit], lead: Unit) -> bool:
    """Whether a group holding another item's ``lead`` agrees with it across languages on nothing but words: no
    sentence gives a value and every other sentence is in another language than the lead. Such a group states
    what the lead states ("Раненых доставили в больницы Пловдива" agreed with "Los heridos fueron trasladados a
    hospitales de Plovdiv", the lead of an item citing the English and French sentences: one fact shown as two
    items, a new user's coach crash); within one language the two sentences were compared word for word and
    left apart ("Yersinia pestis, per the WHO, is often found in small mammals" is no "Plague is caused by the
    bacteria Yersinia pestis - a bacteria usually found in small mammals")."""
    return not any(u.values for u in [*units, lead]) and all(
        u.language != lead.language for u in units if u is not lead
    )


def _restates(u: Unit, lead: Unit) -> bool:
    """Whether ``lead`` states every value ``u`` gives (``u`` giving at least one)."""
    return bool(u.values) and all(any(same_value(x, y) for y in lead.values) for x in u.values)


# Slots keyed by concept across languages (compare.claims.slots._concept_slot), read as English phrases.
_CONCEPT_LABELS = {
    "person dead": "people killed",
    "person injured": "people injured",
    "person detained": "people detained",
    "person evacuated": "people evacuated",
    "person hospitalized": "people taken to hospital",
    # the states of compare.claims.count_states (data/people_states.toml)
    "person rescued": "people rescued",
    "person missing": "people missing",
    "person freed": "people freed",
    "person held": "people still held",
    "person live": "population",
    "woman marry": "wives",
    "man marry": "husbands",
    # a count of days is how long something lasted or how long after another event it came ("four days after
    # the crash", "через четыре дня после"), not a number of days themselves
    "day": "number of days",
}
# The label of a count whose counted noun no English side writes and the concepts lexicon does not know
# ("электробусов" beside "Elektro-Stadtbusse"): the reader's language has no word for it here.
FOREIGN_COUNT_LABEL = "figures"

# Sums keyed by concept across languages (compare.claims.money), read as English phrases.
_MONEY_LABELS = {"loss": "losses", "deposit": "deposits"}


def _measure(cmp: SlotComparison, data: StoryData) -> str:
    kind = cmp.slot[0]
    if kind == "age":
        r = cmp.sides[0][0]
        facts = data.facts.get(r.unit.article)
        holder = facts.entity(r.value.holder) if facts is not None else None
        return f"age of {holder.name}" if holder else "age"
    if kind == "rank":
        return f"rank of {cmp.slot[2]}"
    if kind in ("count", "quantity"):
        return _count_measure(cmp)
    if kind == "money" and cmp.slot[2].startswith("="):  # a sum keyed by concept across languages
        return _MONEY_LABELS.get(cmp.slot[2][1:], cmp.slot[2][1:])
    if kind == "money":  # what the sum is, as the first side's sentence says ("value of the paintings")
        r = cmp.sides[0][0]
        return money_label(r.unit.text[: max(0, r.value.start - r.unit.claim.start)]) or "amount"
    if kind == "distance":  # ("distance", "kilometre", "Port Vessary"): compare.claims.distances
        return f"distance from {cmp.slot[2]}"
    if kind == "conversion":  # ("conversion", "USD", "110000000000"): "110 billion in USD"
        return f"{_amount_words(float(cmp.slot[2]))} in {cmp.slot[1] or 'another currency'}"
    if cmp.slot == ("tally", "score"):  # a match's score (crosswire.facts.scores): "Score: 1-1 vs 2:1"
        return "score"
    labels = {
        "share": "share",
        "tally": "tally",
        "day": "day",
        "scheduled": "day set",
        "time": "time of day",
        "year": "year",
        "since": "year since",
    }
    return labels.get(kind, kind)


def _amount_words(x: float) -> str:
    """An amount with its scale word, as news copy writes it: 110000000000.0 -> "110 billion"."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale:
            return f"{x / scale:g} {word}"
    return f"{x:,.0f}"


def _count_measure(cmp: SlotComparison) -> str:
    """A count's measure: the counted phrase as the first side writes it for people ("person killed"),
    else the slot's noun read as English ("people killed" for "deaths"), with the person a held count
    belongs to ("wives of Winston Blackmore"). Across languages the slot's noun is a concept id, a singular
    lemma ("house"): the label is an English side's counted phrase when there is one ("homes flooded"), else
    the concept, with its noun in the plural (a label names what is counted: "houses", not "house")."""
    slot, year = without_year(cmp.slot)  # a figure of a past year: "workers killed in 1998"
    when = f" {year}" if year else ""
    group, _, whole = slot[2].partition(" ") if slot[0] == "count" and slot[2] else ("", "", "")
    if group in qualifier_ids() and whole:  # a qualified group's count: "temporary workers" (compare.claims.qualified)
        return f"{group} {plural_noun(whole)}{when}"
    words = (cmp.sides[0][0].value.noun or "").split()
    languages = {r.unit.language for side in cmp.sides for r in side}
    written = len(languages) == 1 and len(words) > 1 and words[0] in PEOPLE_NOUNS
    noun = plural_noun(" ".join(words)) if written else slot[2] or ""  # "person treated": "people treated"
    if slot[0] == "count" and not written and len(languages) == 1 and len(noun.split()) == 1:
        noun = _CONCEPT_LABELS.get(noun) or plural_noun(noun)  # a lemma: "passenger" counts "passengers"
    if len(languages) > 1 and slot[2] in _CONCEPT_LABELS:  # the act, not one side's noun ("passengers")
        noun = _CONCEPT_LABELS[slot[2]]
    elif len(languages) > 1:
        english = (r.value.noun for side in cmp.sides for r in side if r.unit.language == "en" and r.value.noun)
        noun = next(english, None) or _english_concept(cmp) or noun
        noun = _CONCEPT_LABELS.get(noun) or plural_noun(noun)
        state = slot[2].rpartition(" ")[2] if slot[0] == "count" and " " in slot[2] else ""
        if state in STATE_IDS and not noun.endswith(f" {state}"):
            noun = f"{noun} {state}"  # the count's state (compare.claims.count_states): "members rescued"
    if slot[0] == "count" and "en" not in languages and noun and not _is_concept(slot[2]):
        concept = _english_concept(cmp)  # not "электробусs": a noun of the source's language
        noun = (_CONCEPT_LABELS.get(concept) or plural_noun(concept)) if concept else FOREIGN_COUNT_LABEL
    noun = _CONCEPT_LABELS.get(noun, noun) or (_measured(cmp, slot[1]) if slot[0] == "quantity" and slot[1] else "")
    noun = _state_label(cmp) or noun  # "residents under a boil-water advisory", not "residents left"
    more = "more " if slot[-1] == "more" else ""  # an increment: "a further 300", "20 more people"
    if len(slot) > 3 and slot[3] != "more":
        return f"{more}{_CONCEPT_LABELS.get(slot[2], noun)} of {slot[3].partition(':')[2]}{when}"
    return more + noun + when


# What follows a quantity's "of" in English and ends the matter it measures ("420 tonnes of caustic soda into the
# Danube"): prepositions, conjunctions and relative words (English grammar, closed classes).
_MATTER_ENDS = frozenset(
    "into in to from at on onto over under for by with near along across through after before and or that which "
    "who while as".split()
)
MATTER_WORDS = 3  # words the matter a quantity measures may hold ("caustic soda", "raw sewage", "heavy fuel oil")
_MATTER = re.compile(rf"^\s+of\s+((?:[a-z][a-z-]*\s*){{1,{MATTER_WORDS + 1}}})")


def _measured(cmp: SlotComparison, unit: str) -> str:
    """What a quantity conflict measures, named by what is measured, not by its unit: "amount of caustic soda"
    from an English reading's "420 tonnes of caustic soda into the Danube" (the words after "of" up to a
    preposition or a comma, at most :data:`MATTER_WORDS`); "quantity in tonnes" when no English reading names it (a
    new user read "Reports of the tonnes differ")."""
    for side in cmp.sides:
        for r in side:
            if r.unit.language not in (None, "en"):
                continue
            after = r.unit.text[max(0, r.value.end - r.unit.claim.start) :]
            m = _MATTER.match(re.split(r"[,;:.()]", after, maxsplit=1)[0])
            if m is None:
                continue
            words: list[str] = []
            for w in m.group(1).split():
                if w in _MATTER_ENDS:
                    break
                words.append(w)
            if words and len(words) <= MATTER_WORDS:
                return "amount of " + " ".join(words)
    return f"quantity in {plural_noun(unit)}"


def _state_label(cmp: SlotComparison) -> str | None:
    """The counted noun in the state an English reading's verb leaves it in ("leaving 84,000 residents under a
    boil-water advisory" -> "residents under a boil-water advisory"; ``data/count_states.toml``), or None when no
    English reading's count hangs on such a verb with its noun and a state right after the number."""
    spec = data_toml("count_states.toml").get("en", {})
    verbs = frozenset(spec.get("verbs", []))
    states = "|".join(re.escape(w) for w in spec.get("states", []))
    if not verbs or not states:
        return None
    more = int(spec.get("words", 4)) - 1
    pattern = re.compile(rf"^\s+(?P<noun>[a-z][a-z-]+)\s+(?P<state>(?:{states})\s+[\w-]+(?:\s+[\w-]+){{0,{more}}})")
    for side in cmp.sides:
        for r in side:
            if r.unit.language != "en" or (r.value.verb or "") not in verbs:
                continue
            after = r.unit.text[max(0, r.value.end - r.unit.claim.start) :]
            m = pattern.match(re.split(r"[,;:.()]", after, maxsplit=1)[0])
            if m:
                return f"{m.group('noun')} {m.group('state')}"
    return None


def _english_concept(cmp: SlotComparison) -> str | None:
    """The concept (an English lemma of ``data/concepts.toml``: "vehicle") of the first counted noun of the
    comparison's readings that the lexicon knows in its sentence's language, or None."""
    for side in cmp.sides:
        for r in side:
            concept = r.value.concept or concept_of(r.value.noun, r.unit.language)
            if concept:
                return concept
    return None


def _is_concept(key: str) -> bool:
    """Whether a count slot's noun ``key`` is a concept id (an English lemma of ``data/concepts.toml``, alone or
    with its act: "vehicle", "person dead"), not a noun as a source in another language writes it."""
    return bool(key) and (key in _CONCEPT_LABELS or key.split()[0] in data_toml("concepts.toml"))


ENGLISH_BOUND = {"approx": "about", "lower": "more than", "upper": "up to"}  # a qualifier's class, in English


def side_text(r: Reading) -> str:
    """A reading's value as a conflict side shows it: as written in English; in another language with its
    qualifier word read into English by its class (:func:`.qualifiers.bound_of`): "Unos 63" is "about 63",
    "más de 20" "more than 20" (a side read "Unos 63 / 63", the Spanish word kept). A qualifier of no known
    class is dropped from the label rather than shown in its language. Input: one reading; output: the label."""
    v = r.value
    if v.kind == "time" and v.value is not None and not any(ch.isalpha() or ch in ":." for ch in v.text):
        # a bare hour ("gegen 23 Uhr" read as "23"): the time of day it is, not a number
        return f"{int(v.value) // 60:02d}:{int(v.value) % 60:02d}"
    if v.kind == "tally":
        return v.text + _against_after(r)  # "27 votos a favor y 13" + " en contra"
    q = (v.qualifier or "").strip()
    if r.unit.language not in (None, "en") and not q and v.value is not None:
        # a number or a sum written in another language's words is shown as its value, in English: "elf" is 11,
        # "6,5 millones de euros" 6.5 million euros (a new user's bridge story showed "nine / nueve / nove vs elf")
        if v.kind == "count" and not any(ch.isdigit() for ch in v.text):
            return _number(v)
        if v.kind == "money" and v.unit:
            return f"{_amount_words(v.value)} {currency_label(v.unit, v.value)}"
    if r.unit.language in (None, "en"):
        return v.text
    english_unit = _english_unit(v)
    if not q or not v.text.lower().startswith(q.lower()):
        # "5.400", "2 400" in the shared display form ("5,400"): the evidence keeps the source's own text
        return f"{_number(v)} {english_unit}" if english_unit else display_number(v.text, v.value)
    number = display_number(v.text[len(q) :].strip(), v.value)
    if v.kind == "money" and v.unit and v.value is not None:
        number = f"{_amount_words(v.value)} {currency_label(v.unit, v.value)}"  # "unos 84 millones de euros"
    elif v.value is not None and not any(ch.isdigit() for ch in number):
        # a number written as a word ("Rund zwölftausend", "Unos doce mil") is its value in English, "about 12,000",
        # never the source's word beside an English qualifier ("about zwölftausend", a new user's pension story)
        number = _number(v)
    if not number:
        return v.text
    if english_unit:  # "около 420 тонн" is "about 420 tonnes": the English word never glued to another's unit
        number = f"{_number(v)} {english_unit}"
    word = "nearly" if nearly(q, r.unit.language) else ENGLISH_BOUND.get(bound_of(q, r.unit.language), "")
    return f"{word} {number}" if word else number


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
# A currency's code as English news copy names it in a label; another code is shown as the code ("CHF").
CURRENCY_WORDS = {"EUR": "euros", "USD": "dollars", "GBP": "pounds", "JPY": "yen", "RUB": "roubles"}


def currency_label(currency: str, value: float | None) -> str:
    """A currency as an English label names it beside its amount: the English word of a code
    (:data:`CURRENCY_WORDS`: "EUR" -> "euros"), a currency stored as its English word in the number of the amount
    ("crown" -> "crowns" for 520,000, "crown" for 1: a new user's "520 000 couronnes" was shown as "520,000
    crown"), another code as written ("CHF")."""
    if currency in CURRENCY_WORDS:
        return CURRENCY_WORDS[currency]
    if currency.isalpha() and currency.islower() and value != 1:
        return plural_noun(currency)
    return currency


def _english_unit(v: Value) -> str | None:
    """A quantity's unit in English ("tonnes" for ``tonne``, "kilometre" for one), a length of time's ("minutes"),
    or None for a value of another kind or a unit ``data/unit_dimensions.toml`` does not know."""
    if v.kind == "duration" and v.unit in _TIME_UNITS:  # "knapp achtminütigen" is "nearly 8 minutes"
        return v.unit if v.value == 1 else v.unit + "s"
    if v.kind != "quantity" or not v.unit:
        return None
    unit = unit_of(v.unit, None)
    if unit is None:
        return None
    return unit if v.value == 1 else plural_noun(unit)


def _number(v: Value) -> str:
    """A value's number as English writes it: "420", "1,250", "2.5"."""
    x = float(v.value or 0.0)
    return f"{x:,.0f}" if x == int(x) else f"{x:,g}"


def side_label(side: list[Reading]) -> str:
    """A conflict side's label: the side's values as :func:`side_text` shows them, once each, in citation order;
    a quantity's side an English source states is labelled by the English sources' own words ("some 420 tonnes",
    not "some 420 tonnes / about 420 tonnes" with the other languages' renderings). Input: the side's readings;
    output: the label."""
    ordered = sorted(side, key=lambda r: (r.unit.source, r.unit.index, r.value.start))  # citation order
    english = [r for r in ordered if r.unit.language in (None, "en")]
    if english and all(r.value.kind == "quantity" for r in ordered):
        ordered = english
    if (
        english
        and all(r.value.kind == "count" and not r.value.qualifier for r in ordered)
        and len({r.value.value for r in ordered}) == 1
    ):
        ordered = english  # one count, "nine" in English and 9 in the other languages' words: "nine"
    # one value once, whatever the case of its qualifier ("About 12,000" opening an English sentence and "Rund
    # zwölftausend" read as "about 12,000" are one label: the first as written)
    shown: dict[str, str] = {}
    for r in ordered:
        text = side_text(r)
        shown.setdefault(text.casefold(), text)
    return " / ".join(shown.values())


def _against_after(r: Reading) -> str:
    """The words marking a tally's second number as the votes against, when the sentence writes them right after
    the tally's text ("27 votos a favor y 13" + " en contra"; ``against`` of ``data/vote_tallies.toml``), so that
    a side's label is not cut mid-phrase; "" when none follows."""
    words = data_toml("vote_tallies.toml").get(r.unit.language or "", {}).get("against", [])
    at = r.value.end - r.unit.claim.start
    if not words or not 0 < at <= len(r.unit.text) or r.unit.text[at - len(r.value.text) : at] != r.value.text:
        return ""
    rest = r.unit.text[at:]
    for word in sorted(words, key=len, reverse=True):
        m = re.match(r"\s+" + re.escape(word.rstrip("-")) + (r"\w*" if word.endswith("-") else r"(?!\w)"), rest, re.I)
        if m is not None:
            return m.group()
    return ""


def conflict_item(data: StoryData, cmp: SlotComparison) -> ClaimConflict:
    """A value conflict: one side per compatible group of values, each with its sources' sentences."""
    sides = []
    for side in cmp.sides:
        units = sorted({r.unit.index: r.unit for r in side}.values(), key=lambda u: u.source)
        label = side_label(side)
        sides.append(
            ConflictSide(
                label=label, sources=sorted({u.source for u in units}), evidence=[evidence(data, u) for u in units]
            )
        )
    why = reason(cmp)
    measure = _measure(cmp, data)
    summary = f"{measure[:1].upper()}{measure[1:]}: " + " vs ".join(f"{s.label} {cite(s.sources)}" for s in sides)
    return ClaimConflict(
        summary=summary,
        sources=sorted({n for s in sides for n in s.sources}),
        evidence=[ev for s in sides for ev in s.evidence],
        measure=measure,
        reason=why,  # type: ignore[arg-type]  # reason() returns one of ConflictReason's strings
        explanation=_explanation(why, measure, sides),
        sides=sides,
    )


def _explanation(why: str, measure: str, sides: list[ConflictSide]) -> str:
    """The conflict as one sentence, as the figure aligner writes its own: the reason, the measure and each
    side with its citations ("The sources give different values (passengers): 310 [1] vs 240 [2].")."""
    text = REASON_TEXT.get(why, why)
    if why == "different time":  # a time of day, or a year of an act or a state ("since 2004" / "since 2005")
        if measure == "time of day":
            text = "the sources give different times of day"
        elif measure.startswith("year"):
            text = "the sources give different years"
    parts = " vs ".join(f"{s.label} {cite(s.sources)}" for s in sides)
    return f"{text[:1].upper()}{text[1:]} ({measure}): {parts}."


def sources_apart(sides: list[list[Unit]]) -> bool:
    """Whether no source gives two of the sides: a source naming someone by two roles, two agents or two fates
    tells of both (two posts held, two doers, a change), which is no disagreement between sources."""
    sources = [{u.source for u in units} for units in sides]
    return sum(len(s) for s in sources) == len(set().union(*sources))


def worded_conflict(data: StoryData, measure: str, reason: str, sides: list[tuple[str, list[Unit]]]) -> ClaimConflict:
    """A conflict whose sides are wordings, each with the sentences that give it (a role, an agent): sides in
    order of their lowest source, each citing its units' sentences once; ``measure`` names what differs ("role
    of Jovan Kerenčić", "who raised the alarm"), ``reason`` is one of ``ConflictReason``."""
    out_sides = []
    for label, units in sorted(sides, key=lambda side: min(u.source for u in side[1])):
        ordered = sorted({u.index: u for u in units}.values(), key=lambda u: u.source)
        out_sides.append(
            ConflictSide(
                label=label,
                sources=sorted({u.source for u in ordered}),
                evidence=[evidence(data, u) for u in ordered],
            )
        )
    parts = " vs ".join(f"{s.label} {cite(s.sources)}" for s in out_sides)
    return ClaimConflict(
        summary=f"{measure[:1].upper()}{measure[1:]}: {parts}",
        sources=sorted({n for s in out_sides for n in s.sources}),
        evidence=[ev for s in out_sides for ev in s.evidence],
        measure=measure,
        reason=reason,  # type: ignore[arg-type]  # one of ConflictReason's strings, as the callers pass it
        explanation=_explanation(reason, measure, out_sides),
        sides=out_sides,
    )


def outcome_conflict(
    data: StoryData, subject: str, sides: list[tuple[str, list[Unit]]], measure: str | None = None
) -> ClaimConflict:
    """Different outcomes reported for one subject ("resigned" [1] vs "dismissed" [2]); ``measure``: what the
    outcome is of, when the subject entity does not say it ("improvement")."""
    out_sides = [
        ConflictSide(
            label=outcome,
            sources=sorted({u.source for u in units}),
            evidence=[evidence(data, u) for u in sorted(units, key=lambda u: u.source)],
        )
        for outcome, units in sides
    ]
    if measure is None:
        first = sides[0][1][0]
        facts = data.facts.get(first.article)
        ent = facts.entity(first.claim.subject_entity) if facts is not None else None
        measure = f"outcome for {ent.name}" if ent else "outcome"
    return ClaimConflict(
        summary=f"{measure[:1].upper()}{measure[1:]}: "
        + " vs ".join(f"{s.label} {cite(s.sources)}" for s in out_sides),
        sources=sorted({n for s in out_sides for n in s.sources}),
        evidence=[ev for s in out_sides for ev in s.evidence],
        measure=measure,
        reason="different outcome",
        explanation=_explanation("different outcome", measure, out_sides),
        sides=out_sides,
    )
