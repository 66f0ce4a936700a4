"""One count of one thing on one day, given by two sources of one language with two values, in sentences the pair
scorer rates under its bars, or at them with no name in common: "Some 3,200 visitors came through the gates on
Saturday, the garden said" / "The garden counted 4,800 visitors on Saturday, its busiest day on record" (0.38: a
new user's botanic-garden story showed the 3,200 as agreed, the 4,800 under "Not in any item" and no conflict).
The two share the counted noun and the day, which two sentences about two measures seldom both do; the rest of
each sentence is its own outlet's wording, so they read less alike than sentences that agree.

Here a pair of two sources' sentences in one language, scored :data:`DAY_COUNT_BAR` or more, is a conflict when
each gives exactly one count and exactly one day, the days are one, the two counts stand in one slot of the claim
aligner (:func:`.clash.slot_clash`: a count of one noun, people by what befell them) with values that cannot both
hold, neither sentence is negated and they name no different people (:func:`.story_wide.other_people`). Across
languages the figure readers of :mod:`.aligned` and :mod:`.sole_figures` compare counts. Written by hand: the rule
is the comparison itself, over crosswire's own records.
"""

from __future__ import annotations

from crosswire.compare.claims.clash import clash_conflict, slot_clash
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.story_wide import add_conflict, other_people
from crosswire.compare.claims.units import Unit, days_of
from crosswire.compare.claims.values import SlotComparison

# Pair score from which two sentences giving one count of one noun on one day are one measure. Hand-set under the
# one such pair of the new user's trial (0.38, /tmp/newuser13); at the agreement and conflict bars the value
# readers compare such pairs already. Checked on ECB+ (bench/compare_ecb.py) and the gold halves' tune sets.
DAY_COUNT_BAR = 0.3


def _one_count_one_day(u: Unit) -> str | None:
    """The sentence's one day (ISO date) when it gives exactly one count with a number and exactly one day, and is
    not negated; None otherwise."""
    if u.claim.negated:
        return None
    counts = [v for v in u.values if v.kind == "count" and v.value is not None]
    days = days_of(u)
    if len(counts) != 1 or len(days) != 1:
        return None
    return next(iter(days))


def day_count_conflicts(pairs: list[Pair], canonical: dict[tuple[str, str], str], found: list[SlotComparison]) -> None:
    """Add to ``found`` the conflicts of pairs in one language scored :data:`DAY_COUNT_BAR` or more whose sentences
    give one count of one slot on one day with values that cannot both hold (see the module). At any score: above
    the conflict bar the value readers set two counts of one slot against each other only when the sentences name
    a place or a body in common (:attr:`.values.SlotComparison.conflict`), and one day with one count each is
    that anchor here (an invented rewording of the garden pair scored 0.66 and met no reader). Input: the
    aligner's scored pairs (the conflict checks' view), the story's names map; output: none, ``found`` is extended
    (merged by slot)."""
    for p in pairs:
        a, b = p.a, p.b
        if p.score < DAY_COUNT_BAR or a.language != b.language or a.source == b.source:
            continue
        day = _one_count_one_day(a)
        if day is None or day != _one_count_one_day(b) or other_people(a, b):
            continue
        clash = slot_clash(a, b, canonical)
        if clash is None or clash.slot is None or clash.slot[0] != "count":
            continue
        cmp = clash_conflict(clash)
        if cmp is not None and cmp.conflict:
            add_conflict(found, cmp)
