"""A short or many-fact sentence that states the length of time an agreed item's sentences all give, joined to that
item: "Prosecutors had asked for a ten-year sentence." [en] beside "Die Staatsanwaltschaft hatte zehn Jahre Haft
gefordert" / "La fiscalía había pedido diez años de prisión" / "La procura aveva chiesto una condanna a dieci anni"
(agreed [2][3][4][5]; the English sentence scored 0.40 against its nearest, under the bar, and was left in "Not in
any item"), and "The trial lasted 14 months and the court heard 63 witnesses" beside "Der Prozess dauerte vierzehn
Monate" / "El proceso se prolongó durante catorce meses" (a new user's court-verdict story, trial 36: the English
sentence, stating two facts, was shown as "only" its source's though two others state its first).

A sentence joins an agreed claim item when every sentence of the item gives one length of time (a number of years,
months, weeks, days or hours: an English duration, a count of a concept's year or day, or a count of a noun of
``data/time_lengths.toml``: "vierzehn Monate"), the sentence gives that length too, once in its source (a copy's
reprint counting once), its source is not yet in the item, it stands in no agreed claim item of its own, it is
scored as a candidate of one of the item's sentences at :data:`JOIN_BAR` or of two at :data:`JOIN_BAR_TWO`,
and it contradicts none of them
(:func:`.align.contradict`, less its rule of numbers one sentence gives alone: the other facts of a sentence of
several give numbers the item's sentences do not). A length written alike is a strong tie within one story, while
a sentence of few words or of several facts reads far from each single-fact sentence to the encoder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import evidence
from crosswire.compare.claims.time_lengths import time_unit
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimItem

# The lowest pair score at which a sentence and an item's sentence giving one length are one claim's: the trial's
# "Prosecutors had asked for a ten-year sentence." / "La procura aveva chiesto una condanna a dieci anni." scored
# 0.40, "The trial lasted 14 months and the court heard 63 witnesses." / "Der Prozess dauerte vierzehn Monate." 0.25,
# an invented "The trial lasted 9 months and the court read 400 documents." / "Die Verhandlung dauerte neun Monate."
# 0.18 (two facts in one sentence read far from one). The length, written alike and once in the source, is the tie;
# the score keeps out sentences the encoder reads as about something else: :data:`JOIN_BAR` with one of the item's
# sentences, or :data:`JOIN_BAR_TWO` with two of them.
JOIN_BAR = 0.2
JOIN_BAR_TWO = 0.15
# Lengths of fewer units than this are too common to tie two sentences ("a year", "one day")
MIN_LENGTH = 2
_CONCEPT_UNITS = {"year": "year", "day": "day"}
_DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour"})


def lengths(u: Unit) -> frozenset[tuple[float, str]]:
    """The lengths of time a sentence gives, as (number, unit): "ten-year" -> (10, "year"), "vierzehn Monate" ->
    (14, "month"), "diez años" -> (10, "year"); none in a negated sentence, nor one under :data:`MIN_LENGTH`."""
    if u.claim.negated:
        return frozenset()
    out = set()
    for v in u.values:
        if v.value is None or v.value < MIN_LENGTH:
            continue
        if v.kind == "duration" and v.unit in _DURATION_UNITS:
            out.add((float(v.value), str(v.unit)))
        elif v.kind == "count" and v.concept in _CONCEPT_UNITS:
            out.add((float(v.value), _CONCEPT_UNITS[v.concept]))
        elif v.kind == "count" and v.noun and (unit := time_unit(v.noun, u.language)):
            out.add((float(v.value), unit))
    return frozenset(out)


def join_lengths(
    items: list[ClaimItem],
    units: list[Unit],
    data: StoryData,
    counterparts: Callable[[Unit], list[tuple[float, Unit]]],
    contradict: Callable[[Unit, Unit], bool],
) -> list[ClaimItem]:
    """``items`` (the story's agreed claim items) with each agreed claim item widened by the sentences that state its
    one length of time (module docstring). ``counterparts``: a unit's scored candidates, best first
    (:meth:`.align.ClaimAlignment.counterparts`); ``contradict``: whether two units cannot state one claim.
    Output: the items, in order, those widened with the joined sentence's source and evidence."""
    by_end = {(u.article, u.claim.end): u for u in units}
    claimed = {(ev.article, ev.end) for it in items if len(it.sources) > 1 for ev in it.evidence}
    out: list[ClaimItem] = []
    taken: set[int] = set()
    for item in items:
        if len(item.sources) < 2:
            out.append(item)
            continue
        members = [u for ev in item.evidence if (u := by_end.get((ev.article, ev.end))) is not None]
        common = frozenset.intersection(*(lengths(m) for m in members)) if members else frozenset()
        if len(common) != 1 or len(members) != len(item.evidence):
            out.append(item)
            continue
        joined = [
            u
            for u in units
            if u.source not in item.sources
            and u.index not in taken
            and (u.article, u.claim.end) not in claimed
            and common <= lengths(u)
            and len({_key(w) for w in units if w.source == u.source and common <= lengths(w)}) == 1
            and _near_one(u, members, counterparts)
            and not any(contradict(u, m) for m in members)
        ]
        joined = list({u.source: u for u in sorted(joined, key=lambda u: -u.index)}.values())
        if not joined:
            out.append(item)
            continue
        taken |= {u.index for u in joined}
        cited = sorted(
            [(s, ev) for s, ev in zip(_sources(item, data), item.evidence, strict=True)]
            + [(u.source, evidence(data, u)) for u in joined],
            key=lambda x: x[0],
        )
        out.append(
            replace(
                item,
                sources=sorted({*item.sources, *(u.source for u in joined)}),
                evidence=[ev for _s, ev in cited],
            )
        )
    return out


def _key(u: Unit) -> str:
    """A sentence's words, case-folded: a wire's copy prints the sentence of its original again."""
    return " ".join(u.text.split()).casefold()


def _sources(item: ClaimItem, data: StoryData) -> list[int]:
    """The source of each evidence sentence of an item, in its order."""
    return [data.source_of.get(ev.article, 0) for ev in item.evidence]


def _near_one(u: Unit, members: list[Unit], counterparts: Callable[[Unit], list[tuple[float, Unit]]]) -> bool:
    """Whether ``u`` is scored as a candidate of one of ``members`` at :data:`JOIN_BAR` or above, or of two at
    :data:`JOIN_BAR_TWO`. Not as each other's nearest: a sentence of several facts often reads nearer to another
    sentence of a member's source (a lead naming the court) than to the member stating one of its facts."""
    ids = {id(m) for m in members}
    scores = sorted((s for s, w in counterparts(u) if id(w) in ids), reverse=True)
    return bool(scores) and (scores[0] >= JOIN_BAR or (len(scores) > 1 and scores[1] >= JOIN_BAR_TWO))
