"""A time of day or a figure a sentence in another language gives against its nearest sentence in another source.

"Забастовка началась в 8 часов утра, когда утренняя смена не вышла на работу" [ru] against "The walkout began
at 6 a.m., when the morning shift did not report for work, and by the afternoon 63 vessels were waiting at
anchor" [en]: the English sentence is the Russian one's nearest by far in its source (cosine 0.41, the next
0.29), but the English sentence's own nearest Russian sentence is the one on the 63 ships, so the two are no
mutual best and no pair the scorer proposes (they share no word). The Russian time then stood in no section
of the comparison, and the wire's 6 a.m. read as unanimous (a new user's six-outlet strike story).

Here a sentence's nearest sentence in another source of another language, standing out from that source's
other sentences by the ratio :data:`.pairs.ACROSS_MARGIN` and at the cosine floor :data:`.pairs.ACROSS_FLOOR`
(the bars :meth:`.pairs.Neighbours.mutual_best_across` and :func:`.aligned.aligned_across` use), with one clock
time each, no two different days, no different people named and neither negated, is one claim; their times
that cannot both hold are a conflict (:func:`nearest_clock_conflicts`), and so are their figures of one measure
(:func:`stand_out_pairs` feeds :func:`.aligned.figure_conflicts`: "Unos 3.800 estibadores" / "About 4,200
dockworkers", where the wire story and its re-run in one source halved the mutual pair's margin). One direction
is enough: the stand-out margin is what says the two state one thing.

The margin says the two read most alike of what the other source wrote, not that they report one act: a story
that mixes an unrelated event, or a sum of another kind, still has a nearest sentence. So a pair also needs its
articles published within :data:`~crosswire.compare.figures.lexicon.STALE_DAYS` of each other (news reports
the days before publication: a quake's "3:12 a.m." and a flood's "4 часов утра" of another year are two
events), and, for a figure, one thing counted: a count of one concept on both sides, a sum of one money concept
(:func:`.money.money_concept`: a fine is no capital shortfall) in one currency (:func:`.aligned.figure_conflicts`).
Written by hand: no library compares the typed values of two sentences.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import numpy as np

from crosswire.compare.align import StoryData
from crosswire.compare.claims.pairs import ACROSS_FLOOR, ACROSS_MARGIN, Neighbours
from crosswire.compare.claims.sides import COPY_COSINE
from crosswire.compare.claims.story_wide import add_conflict, other_people
from crosswire.compare.claims.units import Unit, different_days
from crosswire.compare.claims.values import Reading, SlotComparison, compatible, reading
from crosswire.compare.figures.lexicon import STALE_DAYS
from crosswire.vocab.calendar import iso_day


def _one_clock(u: Unit) -> Reading | None:
    """The reading of the sentence's one clock time (a time of day with its hour; a part of the day such as
    "by the afternoon" is a span, not counted); None for none or two."""
    clocks = [v for v in u.values if v.kind == "time" and v.value is not None]
    return reading(u, clocks[0]) if len(clocks) == 1 else None


def _stand_out(near: Neighbours, i: int, j: int, members: list[int]) -> bool:
    """Whether unit ``j`` is unit ``i``'s nearest of ``members`` (one source's units) with a cosine of at least
    :data:`ACROSS_FLOOR`, and at least :data:`ACROSS_MARGIN` times the cosine of the next nearest that is no
    copy of ``j`` (:data:`.sides.COPY_COSINE`: a wire story and its re-run are one source, whose two copies of
    one sentence are one sentence)."""
    best = float(near.sims[i, j])
    if best < ACROSS_FLOOR or any(float(near.sims[i, k]) > best for k in members):
        return False
    second = max((float(near.sims[i, k]) for k in members if float(near.sims[j, k]) < COPY_COSINE), default=0.0)
    return second <= 0.0 or best >= ACROSS_MARGIN * second


def _one_moment(a: Unit, b: Unit, published: dict[str, date | None]) -> bool:
    """Whether two sentences may report one event: their articles published within
    :data:`~crosswire.compare.figures.lexicon.STALE_DAYS` of each other (undated articles may). Places are not
    asked: across scripts they are seldom linked ("Dornava" / "Дорнавы")."""
    da, db = published.get(a.article), published.get(b.article)
    return da is None or db is None or abs((da - db).days) <= STALE_DAYS


def stand_out_pairs(
    units: list[Unit], near: Neighbours | None, data: StoryData | None = None
) -> list[tuple[Unit, Unit]]:
    """(u, v): ``v`` is ``u``'s stand-out nearest sentence (:func:`_stand_out`) in ``v``'s source, of another
    language, neither negated, both of one moment (:func:`_one_moment`; articles' publication days
    from ``data``, none known without it). One direction is enough (see the module); each pair once, in unit
    order."""
    if near is None:
        return []
    published = {a.id: iso_day(a.published or "") for a in data.articles} if data is not None else {}
    by_source: dict[int, list[int]] = {}
    for u in units:
        by_source.setdefault(u.source, []).append(u.index)
    nearest = {source: nearest_members(near.sims, members) for source, members in by_source.items()}
    out: dict[tuple[int, int], tuple[Unit, Unit]] = {}
    for u in units:
        if u.claim.negated:
            continue
        for source, members in by_source.items():
            if source == u.source:
                continue
            best = nearest[source]
            j = (
                int(best[u.index])
                if best is not None
                else max(members, key=lambda k: (float(near.sims[u.index, k]), k))
            )
            v = units[j]
            if v.language == u.language or v.claim.negated or not _stand_out(near, u.index, j, members):
                continue
            if not _one_moment(u, v, published):
                continue
            a, b = sorted((u, v), key=lambda x: x.index)
            out[(a.index, b.index)] = (a, b)
    return [out[k] for k in sorted(out)]


REMEMBER_ROWS = True  # the switch the oracle test turns off (tests/test_speed_cuts13.py)


def nearest_members(sims: np.ndarray, members: list[int]) -> np.ndarray | None:
    """For every row ``i`` of ``sims``, the member ``k`` of ``members`` with the highest ``(sims[i, k], k)``: the
    nearest sentence of one source, the later one of a tie; read for every row at once with one numpy pass over the
    source's columns (the stand-out check asked one cell at a time for every unit and every other source:
    ~110,000 cells on a 50-article story). None, so that the caller reads cell by cell as before, when
    :data:`REMEMBER_ROWS` is off, the members are not in ascending order, or a cell is NaN."""
    if not REMEMBER_ROWS or not members or any(b <= a for a, b in pairwise(members)):
        return None
    column = np.asarray(members, dtype=np.int64)
    block = sims[:, column]
    if np.isnan(block).any():
        return None
    # the last of the highest cells of each row: argmax of the reversed columns finds its first
    last = block.shape[1] - 1 - np.argmax(block[:, ::-1], axis=1)
    return column[last]


def nearest_clock_conflicts(nearest: list[tuple[Unit, Unit]], found: list[SlotComparison]) -> None:
    """Add to ``found`` the time-of-day conflicts of sentences and their stand-out nearest sentence in another
    source of another language (``nearest``, from :func:`stand_out_pairs`; see the module): ``Reading`` sides of
    slot ``("time",)``, ``aligned``, merged into conflicts already found by :func:`.story_wide.add_conflict`.
    Times are minutes after midnight, compared within their rounding (:func:`.values.compatible`). Pure but for
    ``found``."""
    for u, v in nearest:
        ru, rv = _one_clock(u), _one_clock(v)
        if ru is None or rv is None or compatible(ru, rv) or different_days(u, v) or other_people(u, v):
            continue
        cmp = SlotComparison(("time",), [[ru], [rv]], aligned=True)
        if cmp.conflict:
            add_conflict(found, cmp)
