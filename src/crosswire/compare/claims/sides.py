"""Conflict sides completed and trimmed after the pairs are compared: another source's sentence of the same
claim and the same precise value joins a side (:func:`join_sides`); values of articles published weeks from
the rest leave a conflict (:func:`one_time`). Pure: no store access.

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

from crosswire.compare.align import StoryData
from crosswire.compare.claims.pairs import ACROSS_COSINE, FEATURES, Pair
from crosswire.compare.claims.values import Reading, SlotComparison, compare_values, merge
from crosswire.compare.figures.lexicon import STALE_DAYS
from crosswire.vocab.calendar import iso_day


def join_sides(found: list[SlotComparison], pairs: list[Pair], agree: float, data: StoryData) -> None:
    """Another source's sentence that states one claim with a sentence on a side of a conflict (a pair at
    the agreement bar) and gives the slot the same value stands on that side too: the Russian "в 11:15
    остановилась" beside the Polish "o 11.15 zatrzymała się" (0.94), where only the Polish one was paired
    strongly enough with a sentence of the other side. Kept only when the conflict still holds (a source on
    two sides tells two measures apart, see :attr:`SlotComparison.conflict`) and the two give one precise value
    (:func:`_same_reading`)."""
    for i, cmp in enumerate(found):
        if not cmp.conflict:
            continue
        members = {r.unit.index for side in cmp.sides for r in side}
        for p in pairs:
            if (p.score < agree and not (cmp.slot == ("time",) and _time_pair(p))) or (p.a.index in members) == (
                p.b.index in members
            ):
                continue
            for joined in compare_values([p.a, p.b], data.canonical, aligned=True):
                if joined.slot == cmp.slot and len(joined.sides) == 1 and _same_reading(joined.sides[0]):
                    merged = merge(cmp, joined)
                    if merged.conflict and len(merged.sides) == len(cmp.sides):
                        cmp = found[i] = merged
                        members = {r.unit.index for side in cmp.sides for r in side}


def _time_pair(p: Pair) -> bool:
    """A pair of two languages scored at :data:`TIME_JOIN_BAR`, or each other's nearest sentence at a
    translation's cosine (:data:`.pairs.ACROSS_COSINE`): one event's sentences, whose one precise time of day puts
    them on one side
    ("The collision happened at 7:40 a.m. ..." beside "o godz. 7.40 ..." of a 7:40 side; a new user's tram story
    cited one of the two English sources)."""
    if p.a.language == p.b.language:
        return False
    f = dict(zip(FEATURES, p.features, strict=True))
    return p.score >= TIME_JOIN_BAR or (f["mutual_best"] == 1.0 and f["embedding"] >= ACROSS_COSINE)


# A pair of two languages scored this high and giving one precise time of day (to the minute) is one event's:
# "The collision happened at 7:40 a.m. at the Rondo Mogilskie roundabout" / "W sobotę o godzinie 7:40 na
# Rondzie Mogilskim ... zderzyły się dwa tramwaje" scored 0.53 (the Polish lead states three facts). The
# figure of :data:`.align.WEAK_BAR`, where sentences of one act begin to read alike.
TIME_JOIN_BAR = 0.4


def _same_reading(side: list[Reading]) -> bool:
    """Whether every reading of a side gives one precise value ("10:40" and "10 h 40"; not "at least one"
    beside "230,000", which are merely compatible)."""
    return not any(r.vague for r in side) and len({(r.low, r.high) for r in side}) == 1


def one_time(cmp: SlotComparison, data: StoryData) -> SlotComparison:
    """The conflict without the values of articles published more than
    :data:`~crosswire.compare.figures.lexicon.STALE_DAYS` from the median publication day of its values: news
    reports what happened in the days before publication, so values from articles weeks apart are two
    events' or two moments' (a ferry's passengers evacuated and a flood's residents evacuated when one story
    holds both; a man's age in two years' reports), as the figure aligner already holds. Undated articles'
    values are kept. The result may no longer be a conflict."""
    published = {a.id: a.published for a in data.articles}
    readings = [r for side in cmp.sides for r in side]
    days = {id(r): iso_day(published.get(r.unit.article) or "") for r in readings}
    dated = sorted(d for d in days.values() if d)
    if not dated or (dated[-1] - dated[0]).days <= STALE_DAYS:
        return cmp
    middle = dated[len(dated) // 2]
    kept = [r for r in readings if (d := days[id(r)]) is None or abs((d - middle).days) <= STALE_DAYS]
    return merge(SlotComparison(cmp.slot, [kept], cmp.aligned), SlotComparison(cmp.slot, [], cmp.aligned))
