"""Conflict sides completed and trimmed after the pairs are compared: another source's sentence of the same
claim and the same precise value joins a side (:func:`join_sides`); a source a day or agent conflict does not
cite joins the side its sentence of that claim gives (:func:`gather_sides`); values of
articles published weeks from the rest leave a conflict (:func:`one_time`). Pure: no store access.

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

import re

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import evidence, worded_conflict
from crosswire.compare.claims.one_act_days import joins_day_side
from crosswire.compare.claims.pairs import ACROSS_COSINE, ACROSS_FLOOR, FEATURES, Neighbours, Pair
from crosswire.compare.claims.units import Unit, days_of
from crosswire.compare.claims.values import Reading, SlotComparison, compare_values, merge, reading
from crosswire.compare.figures.lexicon import STALE_DAYS
from crosswire.compare.records import ClaimConflict
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
            for joined in [*compare_values([p.a, p.b], data.canonical, aligned=True), *_same_count(cmp, p)]:
                if joined.slot == cmp.slot and len(joined.sides) == 1 and _same_reading(joined.sides[0]):
                    merged = merge(cmp, joined)
                    if merged.conflict and len(merged.sides) == len(cmp.sides):
                        cmp = found[i] = merged
                        members = {r.unit.index for side in cmp.sides for r in side}


def _same_count(cmp: SlotComparison, p: Pair) -> list[SlotComparison]:
    """The pair's outside sentence on the side of its member in a count conflict, when it counts the slot's
    concept (``Value.concept``) with that side's one precise number, however the count reads otherwise: the
    wire's "is recalling 1,240 of its E12 electric city buses" gives no concept slot (a part of an owner's set,
    :func:`.slots.owned_part`), yet beside "wycofuje 1240 elektrycznych autobusów" (0.98) it is one claim with
    one number; a new user's bus-recall story left the wire off the 1,240 side. Empty for other slots, or when
    no count of that concept gives exactly the side's number."""
    if cmp.slot[0] != "count":
        return []
    members = {r.unit.index: r for side in cmp.sides for r in side}
    member, other = (p.a, p.b) if p.a.index in members else (p.b, p.a)
    side = next(s for s in cmp.sides if any(r.unit.index == member.index for r in s))
    given = {(r.low, r.high) for r in side}
    out = []
    for v in other.values:
        if v.kind != "count" or v.concept != cmp.slot[2] or (v.unit or "") != cmp.slot[1]:
            continue
        r = reading(other, v)
        if r is not None and not r.vague and {(r.low, r.high)} == given:
            out.append(SlotComparison(cmp.slot, [[*side, r]], cmp.aligned))
    return out


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


# -- sides gathered from sources the conflict does not cite ------------------------------------------------------

# A sentence this alike (USE cosine) to a sentence on a conflict's side is a copy of it within one source (a wire
# story and its re-run: "claimed responsibility on its website" / "claimed responsibility"), as good as the
# side's own sentence for telling which of its source's sentences another sentence is nearest to.
COPY_COSINE = 0.9


def _nearest_member(u: Unit, members: list[Unit], units: list[Unit], near: Neighbours) -> float:
    """The cosine of ``u`` to the member sentence it reads most like, when some member's source has no sentence
    nearer to ``u`` than that member (or a copy of it, :data:`COPY_COSINE`) and the cosine is at least
    :data:`.pairs.ACROSS_FLOOR`; 0.0 otherwise. A sentence whose nearest sentence in a cited source is the one
    that source's side cites states that sentence's claim ("Zu dem Angriff bekannte sich die kriminelle Gruppe
    Grey Lynx" nearest to "A criminal group calling itself Grey Lynx claimed responsibility ..."); one nearer
    to another sentence of it states another ("Los investigadores vinculan a Grey Lynx con ataques ...")."""
    sims = near.sims
    best = 0.0
    for m in members:
        own = [v for v in units if v.source == m.source]
        top = max(own, key=lambda v: float(sims[u.index, v.index]))
        cos = float(sims[u.index, m.index])
        if cos < ACROSS_FLOOR:
            continue
        if top is m or any(float(sims[top.index, x.index]) >= COPY_COSINE for x in members if x.source == m.source):
            best = max(best, cos)
    return best


def gather_sides(
    conflicts: list[ClaimConflict], units: list[Unit], near: Neighbours | None, data: StoryData
) -> list[ClaimConflict]:
    """The conflicts over a day or an agent with every source they do not cite on the side its own sentence
    states: for each such source, its sentence that gives one side's value and no other side's and reads most
    like a sentence of the conflict (:func:`_nearest_member`) joins that side. A day is a side's when every
    sentence of it gives that day (the wire's "A ransomware attack shut down ... on Sunday" on the side of
    "domingo / Sonntag / воскресенье (2026-11-22)"); an agent when the side's label writes its name ("Zu dem
    Angriff bekannte sich die kriminelle Gruppe Grey Lynx" beside "A criminal group calling itself Grey Lynx
    claimed responsibility"). A new user's six-language story listed the wire on no side of the day and three
    of four sources naming Grey Lynx on none. Other conflicts are returned as they are; no source joins two
    sides, so each conflict stays one."""
    if near is None:
        return conflicts
    by_span = {(u.article, u.claim.start, u.claim.end): u for u in units}
    out = []
    for c in conflicts:
        side_units = [
            [by_span[span] for ev in s.evidence if (span := (ev.article, ev.start, ev.end)) in by_span] for s in c.sides
        ]
        keys = _side_keys(c, side_units)
        if keys is None or not all(side_units):
            out.append(c)
            continue
        members = [u for us in side_units for u in us]
        cited = {n for s in c.sides for n in s.sources}
        chosen: dict[int, tuple[float, int, Unit]] = {}
        for u in units:
            if u.source in cited:
                continue
            told = _told(c.reason, u)
            on = [k for k, key in enumerate(keys) if key & told]
            if len(on) != 1 or any(
                told & _told(c.reason, m) for k, us in enumerate(side_units) if k != on[0] for m in us
            ):
                continue
            if c.reason == "different day" and not joins_day_side(u, side_units[on[0]]):
                continue  # the night passengers spent in a terminal is no side of the strike's start (dates14)
            cos = _nearest_member(u, members, units, near)
            if cos and cos > chosen.get(u.source, (0.0, 0, u))[0]:
                chosen[u.source] = (cos, on[0], u)
        if not chosen:
            out.append(c)
            continue
        labels = [s.label for s in c.sides]
        for _cos, k, u in sorted(chosen.values(), key=lambda x: x[2].source):
            side_units[k].append(u)
            if c.reason == "different day":
                labels[k] = _day_label(labels[k], u, keys[k])
        out.append(worded_conflict(data, c.measure, c.reason, list(zip(labels, side_units, strict=True))))
    return out


def _told(reason: str, u: Unit) -> frozenset[str]:
    """What a sentence gives of a conflict's kind: its days (ISO) for a day, its entities' names for an agent."""
    return days_of(u) if reason == "different day" else frozenset(_name(cid) for cid in u.entities)


def _name(cid: str) -> str:
    """A canonical entity id's name, case-folded, whatever type a parse gave it (``"person:Grey Lynx"`` and
    ``"organisation:Grey Lynx"`` -> ``"grey lynx"``: one group typed two ways by two languages' models)."""
    return (cid.partition(":")[2] or cid).casefold()


def _side_keys(c: ClaimConflict, side_units: list[list[Unit]]) -> list[frozenset[str]] | None:
    """Per side, the days every sentence of it gives (a day conflict) or the name keys of the entities its label
    names (an agent conflict); None for another kind of conflict or a side with no key."""
    if c.reason == "different day":
        keys = [frozenset.intersection(*(days_of(u) for u in us)) if us else frozenset() for us in side_units]
    elif c.reason == "different agent":
        keys = [_agent_ids(s.label, us) for s, us in zip(c.sides, side_units, strict=True)]
    else:
        return None
    return keys if all(keys) else None


def _day_label(label: str, u: Unit, days: frozenset[str]) -> str:
    """A day side's label ("domingo / Sonntag (2026-11-22)") with the words by which ``u`` gives one of its
    ``days`` ("Sunday") added before the ISO date, when not yet written."""
    words = [v.text for v in u.values if v.kind == "date" and v.text_value in days]
    head, paren, tail = label.rpartition(" (")
    if not paren:
        head, tail = label, ""
    written = [w for w in head.split(" / ") if w]
    written += [w for w in dict.fromkeys(words) if w.casefold() not in {x.casefold() for x in written}]
    return " / ".join(written) + (f" ({tail}" if paren else "")


def _agent_ids(label: str, side: list[Unit]) -> frozenset[str]:
    """The names (:func:`_name`) of the side's sentences' entities that the label writes ("Grey Lynx")."""
    written = {w.strip().casefold() for w in label.split(" / ")}
    return frozenset(_name(cid) for u in side for cid in u.entities if _name(cid) in written)


_DIGITS = re.compile(r"\d+")


def cite_copies(conflicts: list[ClaimConflict], units: list[Unit], near: Neighbours | None, data: StoryData) -> None:
    """Each conflict side's sentences with their copies in the same source's other articles (a wire story and its
    re-run: "... in a vote of 31 to 9, which allows ..." / "... in a vote of 31 to 9, allowing ..."), so that a
    side cites the source's own sentence and not only its re-run's. A copy reads alike at :data:`COPY_COSINE` or
    more (USE cosine) and writes the same numbers; a sentence already on some side is left where it is. Input:
    the story's conflicts, its units and their neighbours; the conflicts' sides and evidence are extended in
    place (their sources, summaries and labels do not change: a copy is of a source already cited)."""
    if near is None:
        return
    by_span = {(u.article, u.claim.start, u.claim.end): u for u in units}
    original = {a.id: a.copy_of for a in data.articles if a.copy_of}
    by_source: dict[int, list[Unit]] = {}
    for u in units:
        by_source.setdefault(u.source, []).append(u)
    for c in conflicts:
        cited = {(ev.article, ev.start, ev.end) for s in c.sides for ev in s.evidence}
        for side in c.sides:
            for ev in list(side.evidence):
                found = by_span.get((ev.article, ev.start, ev.end))
                if found is None:
                    continue
                u = found
                for v in by_source.get(u.source, []):
                    span = (v.article, v.claim.start, v.claim.end)
                    if v.article == u.article or span in cited:
                        continue
                    if float(near.sims[u.index, v.index]) < COPY_COSINE:
                        continue
                    if _DIGITS.findall(u.text) != _DIGITS.findall(v.text):
                        continue
                    copy = evidence(data, v)
                    after = int(original.get(u.article) != v.article)  # the original before its re-run
                    side.evidence.insert(side.evidence.index(ev) + after, copy)
                    at = c.evidence.index(ev) + after if ev in c.evidence else len(c.evidence)
                    c.evidence.insert(at, copy)
                    cited.add(span)
