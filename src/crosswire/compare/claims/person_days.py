"""The day or year of one act done by or befalling one named person, compared across a whole story.

Two outlets date one shooting, one arrest or one death in sentences that read too unlike to pair ("Protests
have gripped Harbor Point since the fatal police shooting of Dario Velk on Saturday night" / "A police officer
shot Dario Velk in Harbor Point on Friday, March 6": 0.32, under the weak bar of :data:`.align.WEAK_BAR`), so
the two days were never set side by side. The acts of the ``once_acts`` list (``data/claim_acts.toml``: a
shooting, a stabbing, a killing, a death, an arrest, a conviction, a birth, an execution, a resignation)
befall or are done by a person once in a story, so their days and years are compared story-wide when:

* every sentence names a person, one person is named by all of them, and no two name people with no name in
  common (two people's arrests on two days), and
* whatever the subjects of their main clauses (the officer who shot, the boy who was shot).

Days in English sentences are keyed by the act the date dates (:func:`.when.date_verb`, which reads an act noun
beside the date: "the shooting of Dario Velk on Saturday night"); each day is resolved against its own
article's publication date by the facts stage, so "Saturday night" in a Monday paper and "Friday, March 6"
compare as days.

Why hand-written: the rule is the comparison itself; the acts are data.
"""

from __future__ import annotations

from crosswire.compare.align import StoryData
from crosswire.compare.claims.story_wide import add_conflict, other_people, people
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import SlotComparison, compare_values
from crosswire.vocab.data import data_toml

ONCE_ACTS = frozenset(data_toml("claim_acts.toml").get("once_acts", []))
TIME_SLOTS = frozenset({"day", "year"})


def person_day_conflicts(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Add to ``found`` the conflicts over the day or year of one person's act that the module docstring's rule
    admits. Input: the story's units; ``found`` is extended in place (merged by
    :func:`.story_wide.add_conflict`). Raises nothing."""
    dated = [u for u in units if people(u) and any(v.kind == "date" for v in u.values)]
    for cmp in compare_values(dated, data.canonical, aligned=True, any_subject=True):
        if cmp.slot[0] not in TIME_SLOTS or cmp.slot[1] not in ONCE_ACTS or not cmp.conflict:
            continue
        members = [r.unit for side in cmp.sides for r in side]
        if not frozenset.intersection(*(people(u) for u in members)):
            continue
        if any(other_people(a, b) for a in members for b in members):
            continue
        add_conflict(found, cmp)
