"""The claim aligner's entry point: a story's claims in, agreed claims, claim conflicts and the check that
says whether a sentence has a counterpart in another source out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crosswire.compare.align import StoryData
from crosswire.compare.claims.acts import names_act
from crosswire.compare.claims.groups import Group, group_pairs
from crosswire.compare.claims.items import agreed_item, conflict_item, outcome_conflict
from crosswire.compare.claims.model import load_model
from crosswire.compare.claims.pairs import Neighbours, Pair, candidate_pairs, shared_values
from crosswire.compare.claims.units import Unit, build_units
from crosswire.compare.claims.values import SlotComparison, compare_values, merge
from crosswire.compare.records import ClaimConflict, ClaimItem, FigureItem, Item, QuoteItem
from crosswire.vocab.data import data_toml

_EXCLUSIVE = [frozenset(g) for g in data_toml("facts_outcomes.toml")["exclusive"]["groups"]]


@dataclass(slots=True)
class ClaimAlignment:
    """What the aligner found in one story."""

    units: list[Unit]
    pairs: list[Pair]
    groups: list[Group]
    canonical: dict[tuple[str, str], str]
    agree: float
    related: float
    agreed: list[ClaimItem] = field(default_factory=list)
    conflicts: list[ClaimConflict] = field(default_factory=list)
    copied: set[int] = field(default_factory=set)  # units sharing a run of words with another source's
    _scores: dict[int, list[tuple[float, Unit]]] = field(default_factory=dict)

    def counterparts(self, unit: Unit) -> list[tuple[float, Unit]]:
        """Other sources' units scored against ``unit`` (candidates only), best first."""
        if not self._scores:
            for p in self.pairs:
                self._scores.setdefault(p.a.index, []).append((p.score, p.b))
                self._scores.setdefault(p.b.index, []).append((p.score, p.a))
            for scored in self._scores.values():
                scored.sort(key=lambda x: -x[0])
        return self._scores.get(unit.index, [])

    def stated_elsewhere(self, item: Item) -> bool:
        """Whether another source states what a would-be single-source ``item`` says, checked against every
        other source's claims: its sentence is aligned with one (the agreement bar), or shares a run of
        words with one, or a related sentence (the ``related`` bar) gives the item's own element — a value
        of the same slot for a figure, the same speaker for a quote, the item's entities and a value for an
        event."""
        for ev in item.evidence:
            for u in self.units:
                if u.article != ev.article or not (u.claim.start < ev.end and ev.start < u.claim.end):
                    continue
                if u.index in self.copied:
                    return True
                for score, v in self.counterparts(u):
                    if score >= self.related and self._shares_element(item, u, v):
                        return True
        return False

    def _shares_element(self, item: Item, u: Unit, v: Unit) -> bool:
        if isinstance(item, FigureItem):
            return shared_values(u, v) > 0 or bool(_nouns(u) & _nouns(v))
        if isinstance(item, QuoteItem):
            return (u.speaker is not None and u.speaker == v.speaker) or v.claim.quoted
        # An event: the other sentence's main clause says the same thing (same verb, or same subject).
        pu, pv = u.claim.predicates, v.claim.predicates
        return bool(pu and pv and pu[0] == pv[0]) or (u.subject is not None and u.subject == v.subject)


def _outcome_conflicts(data: StoryData, group: Group) -> list[ClaimConflict]:
    by_subject: dict[str, dict[str, list[Unit]]] = {}
    for u in group.units:
        if u.subject and not u.claim.negated:
            for outcome in u.claim.outcomes:
                by_subject.setdefault(u.subject, {}).setdefault(outcome, []).append(u)
    out = []
    for subject, outcomes in by_subject.items():
        for exclusive in _EXCLUSIVE:
            found = [(o, outcomes[o]) for o in sorted(exclusive) if o in outcomes]
            sources = [{u.source for u in units} for _o, units in found]
            if len(found) > 1 and not set.intersection(*sources):
                out.append(outcome_conflict(data, subject, found))
    return out


SHINGLE = 8  # words: a run this long in two sources' sentences is one statement, quoted or copied


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


STRONG = 0.9  # a pair this sure states one claim: its values conflict without a named entity in common


def _add_conflict(found: list[SlotComparison], cmp: SlotComparison) -> None:
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


def _nouns(u: Unit) -> set[str]:
    """The nouns the unit's values count ("person" of "person injured")."""
    return {x.noun.split()[0] for x in u.values if x.noun}


def _copied(units: list[Unit]) -> set[int]:
    """Units sharing a run of :data:`SHINGLE` words with a unit of another source (one statement, quoted or
    copied, whatever else the sentences say)."""
    owners: dict[tuple[str, ...], set[int]] = {}
    for u in units:
        for sh in _shingles(u.text):
            owners.setdefault(sh, set()).add(u.source)
    return {u.index for u in units if any(len(owners[sh]) > 1 for sh in _shingles(u.text))}


def _values_disagree(p: Pair, canonical: dict[tuple[str, str], str]) -> bool:
    """Whether the pair's sentences give some slot values that cannot both hold."""
    return any(len(cmp.sides) > 1 for cmp in compare_values([p.a, p.b], canonical, aligned=True))


def align_claims(data: StoryData) -> ClaimAlignment:
    """Align the claims of a loaded story across its independent sources.

    Output: agreed claim items (two or more sources' sentences stating one claim, each source citing its own
    sentence), claim conflicts (values or outcomes of aligned claims that cannot all hold, and ages of one
    person anywhere in the story), and the set of sentences that have a related sentence in another source.
    Pure: no store access. Raises nothing of its own."""
    model = load_model()
    units = build_units(data) if len(data.sources) > 1 else []  # one source: nothing to align
    near = Neighbours(units) if units else None
    pairs = candidate_pairs(units, near)
    for p in pairs:
        p.score = model.score(p.features)
    # Two sentences that give one slot incompatible values do not state one claim, however alike they read
    # ("Another 40 people were injured" and "In Zarovsk, 62 people were injured"): they may be a conflict,
    # never an agreement.
    agreeing = [p for p in pairs if p.score < model.agree or not _values_disagree(p, data.canonical)]
    groups = group_pairs(agreeing, model.agree)
    found = ClaimAlignment(units, pairs, groups, data.canonical, model.agree, model.related)
    found.copied = _copied(units)
    for g in groups:
        found.agreed.append(agreed_item(data, g))
        found.conflicts.extend(_outcome_conflicts(data, g))
    # Values are compared within each pair of related sentences (the conflict bar: lower than agreement's,
    # since sentences that disagree read less alike), and one disagreement is one conflict however many
    # pairs it runs through (the sides merged by slot); ages of one person are compared wherever stated.
    found_cmps: list[SlotComparison] = []
    for p in pairs:
        if p.score < model.conflict:
            continue
        for cmp in compare_values([p.a, p.b], data.canonical, aligned=p.score >= STRONG):
            if cmp.conflict:
                _add_conflict(found_cmps, cmp)
    ages = [u for u in units if any(v.kind == "age" for v in u.values)]
    for cmp in compare_values(ages, data.canonical):
        if cmp.slot[0] != "age":
            continue
        if cmp.conflict:
            _add_conflict(found_cmps, cmp)
        elif len(cmp.sides) == 1:
            members = sorted({r.unit.index: r.unit for r in cmp.sides[0]}.values(), key=lambda u: u.source)
            if len({u.source for u in members}) > 1:
                found.agreed.append(agreed_item(data, Group(units=members, score=1.0)))
    _acted_counts(units, data, found_cmps)
    _conflicts_across_languages(units, data, found_cmps)
    found.conflicts.extend(conflict_item(data, cmp) for cmp in found_cmps if cmp.conflict)
    return found


def _conflicts_across_languages(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Counts keyed by concept ("person dead", "house") compared story-wide when sources in two languages
    state them. Why not by pairs: across languages the sentence encoder leaves the sentences of one toll
    unpaired ("погибли 3 человека" and "Mindestens 7 Menschen kamen ums Leben": cosine 0.22, no shared
    term). A source that states two incompatible values for the slot leaves it out (see
    :func:`compare_values`), which keeps a second incident's toll from being set against the first."""
    counted = [u for u in units if any(v.kind == "count" and v.concept for v in u.values)]
    if len({u.language for u in counted}) < 2:
        return
    for cmp in compare_values(counted, data.canonical, aligned=True, across=True):
        if len({r.unit.language for side in cmp.sides for r in side}) > 1 and cmp.conflict:
            _add_conflict(found, cmp)


def _acted_counts(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Counts of people with what befell them ("439 children removed", "more than 450 children
    apprehended") compared story-wide, like ages: the act names the count, while the sentences giving it
    often read too unlike to pair (one a background clause of another story)."""
    for cmp in compare_values(units, data.canonical):
        if cmp.slot[0] == "count" and names_act(cmp.slot[2]) and cmp.conflict:
            _add_conflict(found, cmp)
