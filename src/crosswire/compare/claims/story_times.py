"""The time of day of a story's event compared story-wide across languages, where no pair of sentences holds it.

Sources often give the time in sentences that state different things: "had left Sofia late on Friday night
... when it left the road at about 6:40 a.m." (the departure), "Около 6:40 утра водитель не справился с
управлением" (the driver lost control), "L'accident s'est produit vers 7h40" (the accident happened). The
sentence encoder rates such sentences 0.37-0.39 across the three languages: no pair is proposed, so the pair
rules (:func:`.align._clock_pair_conflicts`, :func:`.aligned.different_clocks`) never see the two times.

The rule: when the sentences that give a time of day are in two or more languages and every source gives one
time of day only (all its times within their rounding, :func:`.values.compare_values` leaves out a slot a
source gives two incompatible values for), those times are the one event's, and sides whose times cannot both
hold are a "different time" conflict, when the sides span two languages once the values of articles published
weeks from the rest are set aside (:func:`.sides.one_time`: a museum theft's "2.40am" and an earthquake's "3:12
a.m." in English are not one event's times because a flood of another year gives "4 часов утра" beside them).
A story whose sources give two times each (a fire breaking out and put out) is left alone. English-only stories
are the pair scorer's (it is fitted on English pairs): this rule does not touch them.

Why hand-written: the rule is the comparison itself. Offsets are character offsets into the cleaned body
(through the units' claims).
"""

from __future__ import annotations

from crosswire.compare.align import StoryData
from crosswire.compare.claims.sides import one_time
from crosswire.compare.claims.story_wide import add_conflict
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import SlotComparison, compare_values


def story_times(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Add to ``found`` the conflict over the time of day of the story's event that the module docstring's
    rule admits (merged by :func:`.story_wide.add_conflict` with one a pair already found). Input: the
    story's units. Raises nothing."""
    timed = [u for u in units if any(v.kind == "time" for v in u.values)]
    if len({u.language for u in timed}) < 2:
        return
    for found_cmp in compare_values(timed, data.canonical, aligned=True, any_subject=True):
        if found_cmp.slot != ("time",):
            continue
        cmp = one_time(found_cmp, data)
        if not cmp.conflict:
            continue
        languages = [{r.unit.language for r in side} for side in cmp.sides]
        if len(set().union(*languages)) > 1:
            add_conflict(found, cmp)
