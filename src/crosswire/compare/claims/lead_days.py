"""The day of a story's lead act, compared across the leads of its sources.

Each outlet opens with the event the story is about ("Velmora's Constitutional Court on Thursday struck down the
country's Media Registration Act" / "Trybunał Konstytucyjny Velmory w środę uchylił trzy artykuły ustawy"). When
two leads date one act of the ``day_acts`` list (``data/claim_acts.toml``: a ruling or a revocation, a
resignation, an arrest, a collapse, a crash ...) to two different days, the sources disagree on when the story's
event happened. Such leads often read too unlike to be paired (a new user's court trial: the Polish lead, which
also gives another outcome, was no candidate pair of the wire's at all), so the day conflict was never seen.

The lead of an article is its first sentence, or its second when the first gives no day (a headline or a
dateline line before the lead). Leads are compared whatever the subjects of their main clauses (across
languages the court's name is not linked). Acts that befall or are done by one person (``once_acts``: an arrest,
a resignation) are left to :mod:`.person_days`, which needs one person named by every side (two people's arrests
on two days are two acts). An act on a thing (a law struck down, a bridge's collapse) is told apart by no person
the leads name: the parse's people there are often no people ("the Media Registration Act" typed a person in the
court trial). An announcement (``lead_only_acts``: "the company said on Wednesday" / "teilte das Unternehmen am
Donnerstag mit") is compared only here, only where no lead names a person (one person says things on many days) and
only across languages (within one, the leads of a company's several announcements are told apart).

Why hand-written: the rule is the comparison itself; the acts are data.
"""

from __future__ import annotations

from crosswire.compare.align import StoryData
from crosswire.compare.claims.person_days import ONCE_ACTS
from crosswire.compare.claims.slots import DAY_ACT_NAMES, LEAD_ONLY_ACTS
from crosswire.compare.claims.story_wide import add_conflict, people
from crosswire.compare.claims.units import Unit, days_of
from crosswire.compare.claims.values import SlotComparison, compare_values

LEAD_SENTENCES = 2  # sentences of an article read for its lead: a headline or a dateline may stand first


def lead_units(units: list[Unit]) -> list[Unit]:
    """Each article's lead: the first of its first :data:`LEAD_SENTENCES` sentences (by position) that gives a
    day. Input: the story's units; output in story order, at most one unit per article."""
    by_article: dict[str, list[Unit]] = {}
    for u in units:
        by_article.setdefault(u.article, []).append(u)
    leads = []
    for members in by_article.values():
        members.sort(key=lambda u: u.position)
        lead = next((u for u in members[:LEAD_SENTENCES] if days_of(u)), None)
        if lead is not None:
            leads.append(lead)
    return sorted(leads, key=lambda u: u.index)


def lead_day_conflicts(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Add to ``found`` the conflicts over the day of one listed act (``day_acts``) that the leads of two or
    more sources give (see the module doc). Input: the story's units; ``found`` is extended in place (merged by
    :func:`.story_wide.add_conflict`). Raises nothing."""
    leads = lead_units(units)
    if len({u.source for u in leads}) < 2:
        return
    for cmp in compare_values(leads, data.canonical, aligned=True, any_subject=True, leads=True):
        if cmp.slot[0] != "day" or cmp.slot[1] not in DAY_ACT_NAMES or cmp.slot[1] in ONCE_ACTS:
            continue  # an act on a person is compared where one person is named (:mod:`.person_days`)
        if cmp.slot[1] in LEAD_ONLY_ACTS and (
            any(people(r.unit) for side in cmp.sides for r in side)
            or len({r.unit.language or "en" for side in cmp.sides for r in side}) < 2
        ):
            # one person says things on many days ("Ana Velk said on Saturday" / "on Friday"); outlets of one
            # language tell several announcements of one company apart (ECB+: "said today (10 October)" /
            # "announced today (20 October)", an outage and its repair)
            continue
        if cmp.conflict:
            add_conflict(found, cmp)
