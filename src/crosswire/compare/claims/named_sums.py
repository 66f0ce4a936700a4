"""One sum of one named thing compared across a whole story within one language: a rescue, a fine, a bail, a
deal's price (:func:`.money.named_sum`).

Two outlets word one sum differently ("Regulators fined the airline Ostrel Air $2 million on Tuesday" / "Ostrel
Air must pay a penalty of $3.4 million imposed by regulators"): the pair scorer rates such sentences 0.39, under
the conflict bar (0.6) and under the weak bar (0.4) of the slots that name one act, so their sums were never set
side by side. A sum keyed by the one concept its own words name names one thing in a story about one firm, so
its values are compared story-wide, like a person's age, when:

* the sentences are in one language (across languages, sums meet through the pair path's concept key), and
* every side names a firm or person (a canonical entity that is no place) that the first side names, and
  a person named in another grammatical case is the same person (:func:`holder_key`: Polish "Tadeuszowi
  Wronie" / "Tadeusz Wrona", Ukrainian "Тарасу Вороні" / "Тарас Ворона", whose canonical ids differ), and
* no two of the sentences name people with no name in common (two defendants' bails), and
* whatever the subjects of the sentences (the airline fined, the regulator that fined it), and
* the sides do not date themselves apart (:attr:`.values.SlotComparison.conflict`: "a $5 million fine in
  2019" is another fine).

Why hand-written: the rule is the comparison itself; the words of each concept are data
(``data/money_concepts.toml``).
"""

from __future__ import annotations

from crosswire.compare.align import StoryData
from crosswire.compare.claims.money import named_sum
from crosswire.compare.claims.story_wide import add_conflict, other_people, people
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import SlotComparison, compare_values
from crosswire.facts.name_skeleton import skeleton
from crosswire.facts.name_stems import case_stem


def holder_key(cid: str, language: str | None) -> str:
    """A canonical entity id as a key that one person's name keeps in every grammatical case: a person's name as
    its words' skeletons without a case ending of ``language`` (:func:`crosswire.facts.name_stems.case_stem`:
    "person:Tadeuszowi Wronie" and "person:Tadeusz Wrona" in Polish are both "person:tadeush vron", "Тарасу Вороні"
    and "Тарас Ворона" in Ukrainian "person:taras voron"); any other id as it is. The cross-article linking keeps
    such forms apart as two ids (mconflicts, eleventh pass: the money tests of ``tests/test_mconflicts_money.py``);
    within one story's sums a name in two cases is one holder. Two different surnames stay apart ("Nowak" /
    "Nowakowej": "novak" / "novakove"). Input: ``"<type>:<name>"`` and an ISO 639-1 code or None; output: a key."""
    kind, _, name = cid.partition(":")
    if kind != "person" or not name:
        return cid
    words = skeleton(name, language).split()
    return "person:" + " ".join(case_stem(w, language) for w in words) if words else cid


def _other_people(a: Unit, b: Unit) -> bool:
    """:func:`.story_wide.other_people` with each person by :func:`holder_key`: "Tadeuszowi Wronie" and "Tadeusz
    Wrona" are one person, so their sums are one bail's."""
    if not other_people(a, b):
        return False
    pa = {holder_key(c, a.language) for c in people(a)}
    pb = {holder_key(c, b.language) for c in people(b)}
    return not pa & pb


def _holders(side_units: list[Unit]) -> frozenset[str]:
    """The firms and people (no places) a side's sentences name, as :func:`holder_key` keys."""
    return frozenset(holder_key(c, u.language) for u in side_units for c in u.entities - u.places)


def named_sum_conflicts(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Add to ``found`` the conflicts over one named sum that the module docstring's rule admits. Input: the
    story's units; ``found`` is extended in place (merged by :func:`.story_wide.add_conflict`). Raises
    nothing."""
    by_language: dict[str, list[Unit]] = {}
    for u in units:
        if any(v.kind == "money" and named_sum(u, v) for v in u.values):
            by_language.setdefault(u.language or "en", []).append(u)
    for members in by_language.values():
        for cmp in compare_values(members, data.canonical, across=False, any_subject=True):
            if cmp.slot[0] != "money" or not cmp.slot[2].startswith("="):
                continue
            holders = [_holders([r.unit for r in side]) for side in cmp.sides]
            if not all(holders[0] & other for other in holders[1:]):
                continue
            if not cmp.conflict:
                # the sides' shared holder by its key, not its canonical id (a name in two cases): the conflict's
                # other tests still apply (no source on two sides, no side dated apart)
                held = SlotComparison(cmp.slot, cmp.sides, aligned=True)
                if len(cmp.sides) < 2 or not held.conflict:
                    continue
                cmp = held
            readings = [r.unit for side in cmp.sides for r in side]
            if any(_other_people(a, b) for a in readings for b in readings):
                continue
            add_conflict(found, cmp)
