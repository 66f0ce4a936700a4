"""Figure pairing: which figures of two sources are one slot, and how they relate (agree, conflict, neither).

Precision over recall: two figures are paired only when each is the other's unique best match in its source;
a conflict needs the same concept (a money conflict the same counted noun); a source that gives two
incompatible values for a slot it cannot tell apart makes no conflict at all. Pairs are then grouped
(:class:`DisjointSets`): a cluster holds every figure linked to another, a side the figures linked by
agreement.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Generic, Literal, TypeVar

from crosswire.compare.claims.estimates import one_shock, preliminary_before
from crosswire.compare.figures.lexicon import (
    CONFLICT_CONCEPTS,
    GROUP_NOUNS,
    LOWER_Q,
    NEAR_DAYS,
    PEOPLE_WORDS,
    POWER_NOUNS,
    RUNNING_TOTALS,
    STALE_DAYS,
)
from crosswire.compare.figures.slots import Fig
from crosswire.compare.records import ConflictReason
from crosswire.compare.scopes import wider_holds

Relation = Literal["agree"] | ConflictReason  # how two paired figures relate


# -- relations ----------------------------------------------------------------------------------------------
def compatible(a: Fig, b: Fig) -> bool:
    """Whether the two figures' value intervals overlap (they can be one number)."""
    return max(a.low, b.low) <= min(a.high, b.high)


LOOSE_RATIO = 1.5


def _loose_bounds(a: Fig, b: Fig) -> bool:
    """Two lower bounds far apart ("at least 40" killed in one strike, "more than 600" in the whole
    offensive) overlap as intervals but are two counts: nothing is claimed between them, neither agreement
    nor conflict."""
    if a.value is None or b.value is None or not (math.isinf(a.high) and math.isinf(b.high)):
        return False
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo == 0 or hi / lo > LOOSE_RATIO


BOUND_RATIO = 1.5  # an open bound this far from a figure that is no bound reads as another figure
BOUND_SPAN = 10.0  # ... up to this far; further, the two count different things (the claim rules' bounds)
OPEN_UPPER_Q = ("up to", "as many as", "at most")


def _open_bound(f: Fig) -> str:
    """``"lower"`` ("at least 2", "more than 20"), ``"upper"`` ("up to 60 percent", "as many as 40": not
    "nearly", whose interval is already narrow) or ``""``."""
    q = (f.fig.qualifier or "").lower()
    if f.value is None:
        return ""
    if any(q.startswith(w) for w in LOWER_Q):
        return "lower"
    return "upper" if any(q.startswith(w) for w in OPEN_UPPER_Q) else ""


def bound_far(a: Fig, b: Fig) -> bool:
    """An open bound and a figure that is no bound, :data:`BOUND_RATIO` to :data:`BOUND_SPAN` times apart
    ("at least 2" people killed / "seven"): their intervals overlap, but an editor reads the bound as the
    writer's figure and flags the two (the protocol's *vague vs precise*; the same rule as the claim
    comparison's, :func:`crosswire.compare.claims.values._far_from_bound`)."""
    if a.kind != "count" or a.concept == "magnitude":
        return False  # a magnitude is a logarithmic scale ("over 5.0" aftershocks beside a 7.6 quake)
    for x, y in ((a, b), (b, a)):
        kx = _open_bound(x)
        if not kx or _open_bound(y) or not x.value or not y.value or y.value is None:
            continue
        ratio = y.value / x.value if kx == "lower" else x.value / y.value
        if BOUND_RATIO < ratio <= BOUND_SPAN:
            return True
    return False


def bound_beyond(a: Fig, b: Fig) -> bool:
    """Whether one figure is an open bound and the other, no bound, lies more than :data:`BOUND_SPAN` times
    beyond it ("more than $3" a gallon nationwide and "$373 billion" on gas nationwide: a price and a yearly
    bill). Their intervals overlap, yet the two are different sums: no claim, neither agreement nor conflict.
    The span is the claim rules' own (:data:`crosswire.compare.claims.values.BOUND_SPAN`). Sums only: a count's
    far bound ("at least one" killed beside the 2004 tsunami's 168,000 on ECB+) still links its figures, and
    unlinked it regrouped the event's tolls so that a figure conflict's sentences hid the claim conflict "13 vs
    14 countries" (:func:`crosswire.compare.stage._not_covered`)."""
    if not a.kind.startswith("money"):
        return False
    for x, y in ((a, b), (b, a)):
        kx = _open_bound(x)
        if not kx or _open_bound(y) or not x.value or not y.value:
            continue
        ratio = y.value / x.value if kx == "lower" else x.value / y.value
        if ratio > BOUND_SPAN:
            return True
    return False


def scope_rel(a: Fig, b: Fig) -> str:
    """``"same"`` place, ``"different"`` (no shared place name, or one widened: "and other cities") or
    ``"unknown"`` when either figure names no place."""
    if not a.scope_names or not b.scope_names:
        return "unknown"
    if a.scope_names & b.scope_names:
        return "same" if a.scope_wide == b.scope_wide else "different"
    return "different"


def _gap(xs: list[tuple[date, date]], ys: list[tuple[date, date]]) -> int:
    return min(max((s2 - e1).days, (s1 - e2).days, 0) for s1, e1 in xs for s2, e2 in ys)


def time_rel(a: Fig, b: Fig) -> str:
    """``"same"`` day(s), ``"near"`` (within :data:`NEAR_DAYS`), ``"different"`` or ``"unknown"``."""
    if not a.times or not b.times:
        # Undated figures: news reports what happened in the days before publication, so two figures from
        # articles weeks apart are not one slot ("three died" in 2020 vs "40 injured" in 2025).
        xs = a.times or ([a.published] if a.published else [])
        ys = b.times or ([b.published] if b.published else [])
        if xs and ys and _gap(xs, ys) > STALE_DAYS:
            return "different"
        return "unknown"
    best = _gap(a.times, b.times)
    if best == 0:
        return "same"
    return "near" if best <= NEAR_DAYS else "different"


def _score(a: Fig, b: Fig) -> float | None:
    if time_rel(a, b) == "different":
        return None
    if a.concept != b.concept:
        return None
    s = 0.0
    sr = scope_rel(a, b)
    s += {"same": 2.0, "unknown": 0.0, "different": -1.0}[sr]
    s += {"same": 1.0, "near": 0.5, "unknown": 0.0}[time_rel(a, b)]
    if compatible(a, b):
        s += 1.5
    if a.noun and b.noun and a.noun == b.noun:
        s += 0.5
    return s


def _money_head_same(a: Fig, b: Fig) -> bool:
    ca, cb = (a.fig.counted or "").lower().split(), (b.fig.counted or "").lower().split()
    return bool(ca and cb and ca[-1] == cb[-1])


def _counted_noun(f: Fig) -> str | None:
    """``"people"``, a group noun, or None when the figure does not count people (or homes without power)
    and so cannot be a side of a tally conflict ("200ft", "a 27-24 loss", "four times", "nine games")."""
    if f.group is not None:
        return f.group
    noun = f.noun
    if noun is None or noun == "people" or noun in PEOPLE_WORDS:
        return "people"
    if f.concept == "without power" and noun in POWER_NOUNS:
        return noun
    return noun if noun in GROUP_NOUNS else None


def _tallies_comparable(a: Fig, b: Fig) -> str | None:
    """Whether two tallies of one concept can conflict: ``"same"`` when both count the same kind of thing,
    ``"part"`` when one counts a group and the other people at large (three crew members missing, five
    people missing), None when they cannot (a distance, a score, an increment: "two more victims were
    found" says nothing against "at least 10 killed")."""
    if a.concept == "magnitude":
        return "same"
    if a.increment or b.increment or a.kind != "count" or b.kind != "count":
        return None  # "fell about 150 metres to his death" measures a fall, it does not count the dead
    na, nb = _counted_noun(a), _counted_noun(b)
    if na is None or nb is None:
        return None
    if na == nb:
        return "same"
    return "part" if "people" in (na, nb) else None


def _undated_days_differ(a: Fig, b: Fig) -> bool:
    """Undated ("86 arrests over Saturday's protests" / "more than 200 people arrested" in a story with no
    publication dates): the figures may count different days, which nothing here can settle."""
    if a.times or b.times or not (a.day_words or b.day_words):
        return False
    return a.day_words != b.day_words and not compatible(a, b)


def _equal(a: Fig, b: Fig) -> bool:
    """Both values known and equal (within half a per cent)."""
    return a.value is not None and b.value is not None and abs(a.value - b.value) <= 0.005 * abs(a.value)


def _can_conflict(a: Fig, b: Fig, scope: str) -> bool:
    """Whether two figures of one slot key count one thing, so that different values are a conflict."""
    tallies = _tallies_comparable(a, b) if a.concept in CONFLICT_CONCEPTS else None
    if tallies == "part" and scope != "different":
        tallies = None  # a group and people at large in one place: two counts, not one counted twice
    return (
        tallies is not None
        or (a.kind.startswith("money") and _money_head_same(a, b))
        or (landmark_distance(a) and a.what == b.what and _stated_plainly(a) and _stated_plainly(b))
    )


def _stated_plainly(f: Fig) -> bool:
    """Whether a figure is given as itself: exact, with no bound or approximation ("only" and "just" allowed),
    and not a conversion in brackets after another figure ("less than 25 km (15 miles)": the miles carry the
    kilometres' bound). Two lengths from one landmark conflict only so: on ECB+, "nine kilometres from the
    border" (a village) and "less than 25 kilometres from the border" (a camp) are two places, both true."""
    qualifier = (f.fig.qualifier or "").lower().strip()
    bracketed = f.before_text.rstrip().endswith("(")
    return bool(f.fig.exact) and not f.vague and qualifier in ("", "only", "just") and not bracketed


def landmark_distance(f: Fig) -> bool:
    """Whether the figure is a length from a landmark ("150 metres beyond the runway": slot ``past runway``, read
    by :func:`crosswire.compare.figures.slots.landmark`): one distance, so two values of it conflict."""
    return f.landmark


def _link(a: Fig, b: Fig, sole: bool = False) -> Relation | None:
    """How two mutually best figures relate: 'agree', a conflict reason, or None (no claim). ``sole``: each
    figure is the only value its source gives for the slot key, so an open bound far from the other's figure
    (:func:`bound_far`) is a conflict; a source that gives several values of one key tells several counts
    apart (the tolls of several strikes), and its bound is no evidence of one count. (Tried: no claim at all
    for such a pair, instead of the agreement the intervals give. On ECB+ it turned the Qeshm toll conflict,
    "Ten" against "at least three", into "at least 10" against "at least three", which reads as no conflict.)"""
    if _undated_days_differ(a, b):
        return None
    if a.concept == "magnitude" and a.value is not None and b.value is not None and not one_shock([a.value, b.value]):
        return None  # "an earlier magnitude 2.1 quake" and "a 4.3 magnitude earthquake": two shocks
    if bound_beyond(a, b):
        return None  # a bound and a figure an order of magnitude beyond it: two things counted
    if a.periodic != b.periodic:
        return None  # "at least 30 homers in each of the past five seasons" / "33 homers" this season: a rate, a total
    scope = scope_rel(a, b)
    if _wider_area(a, b) or _wider_area(b, a):
        return None  # "23 people in Ostrand" / "31 people across the province": the wider holds the narrower
    if _loose_bounds(a, b) and scope != "different":
        return None  # far-apart lower bounds over one place: two counts; over two places: a scope difference
    if scope == "different":
        return "different scope" if _can_conflict(a, b, scope) and not _equal(a, b) else None
    far = sole and bound_far(a, b)
    if compatible(a, b) and not far:
        # Generic money or count (no concept, no noun): agreement only on exactly equal written values.
        generic = a.concept is None and a.noun is None
        return None if generic and not _equal(a, b) else "agree"
    if not _can_conflict(a, b, scope):
        return None
    if far or (a.vague != b.vague and not _rounded_figure(a if a.vague else b)):
        return "vague vs precise"
    return "different value"


def _rounded_figure(f: Fig) -> bool:
    """Whether a vague figure is a number given as approximate ("about 48,000", "rund 48.000"): its range is
    its written rounding, so another source's figure outside it is a different value, not a vague one against
    a precise one (the rule of :func:`crosswire.compare.claims.values.reason`). The figure aligner reads
    qualifiers in English words (:func:`crosswire.compare.claims.qualifiers.bound_of` with no language)."""
    from crosswire.compare.claims.qualifiers import bound_of

    return f.value is not None and bound_of(f.fig.qualifier, None) == "approx"


def _wider_area(wide: Fig, narrow: Fig) -> bool:
    """Whether ``wide`` is given for a wider area (:func:`crosswire.compare.scopes.wide_scope`) and names no
    place, ``narrow`` names a place and no wider area, and the wider figure holds the narrower."""
    return (
        wide.region_wide
        and not wide.scope_names
        and bool(narrow.scope_names)
        and not narrow.region_wide
        and wider_holds(wide.low, narrow.high)
    )


def _unique_best(a: Fig, cands: list[Fig]) -> Fig | None:
    scored = [(s, c) for c in cands if (s := _score(a, c)) is not None]
    if not scored:
        return None
    scored.sort(key=lambda sc: -sc[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        # Equal candidates are fine when they say the same thing (one would agree as well as the other).
        if not all(compatible(scored[0][1], c) and compatible(a, c) for s, c in scored if s == scored[0][0]):
            return None
    return scored[0][1]


def published_day(f: Fig) -> date | None:
    """The day the figure's article was published, when it has a usable date."""
    return f.published[1] if f.published else None


def _toll_over_time(sides: list[list[Fig]]) -> bool:
    """Whether the sides are one running total reported on different days: each side published on days
    the others were not, and the later the side, the higher its figure."""
    if sides[0][0].concept not in RUNNING_TOTALS:
        return False
    spans = []
    for side in sides:
        days = [published_day(f) for f in side]
        values = [f.value for f in side]
        if any(d is None for d in days) or any(v is None for v in values):
            return False
        known_days = [d for d in days if d is not None]
        known_values = [v for v in values if v is not None]
        spans.append((min(known_days), max(known_days), min(known_values), max(known_values)))
    spans.sort()
    return all(a[1] < b[0] and a[3] < b[2] for a, b in itertools.pairwise(spans))


# -- grouping -----------------------------------------------------------------------------------------------
K = TypeVar("K", bound=Hashable)


class DisjointSets(Generic[K]):
    """Union-find over hashable keys (path halving): every key is its own set until :meth:`union` joins it."""

    def __init__(self) -> None:
        self._parent: dict[K, K] = {}

    def find(self, x: K) -> K:
        """The representative of ``x``'s set."""
        parent = self._parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: K, b: K) -> None:
        """Join the sets of ``a`` and ``b``."""
        root_b = self.find(b)
        self._parent[self.find(a)] = root_b


@dataclass(slots=True)
class Link:
    """Two figures of two sources, each the other's unique best match, and how they relate."""

    a: Fig
    b: Fig
    relation: Relation  # "agree", or why they conflict: "different value", "different scope", "vague vs precise"


@dataclass(slots=True)
class Cluster:
    """Figures linked to one another (directly or through others): one slot across the story."""

    figs: list[Fig]  # in the order the links name them
    sides: list[list[Fig]]  # the figures linked by agreement, by lowest source number
    reasons: list[ConflictReason]  # the conflict relations of the links from a figure of the cluster


def mutual_links(group: list[Fig]) -> list[Link]:
    """The mutual unique best pairs between each two sources of one slot key, with their relation; pairs that
    claim nothing (no relation) are left out."""
    srcs = sorted({f.source for f in group})
    links: list[Link] = []
    for i, si in enumerate(srcs):
        for sj in srcs[i + 1 :]:
            mine = [f for f in group if f.source == si]
            theirs = [f for f in group if f.source == sj]
            best_mine = {id(a): _unique_best(a, theirs) for a in mine}
            best_theirs = {id(b): _unique_best(b, mine) for b in theirs}
            sole = len({f.value for f in mine}) == 1 and len({f.value for f in theirs}) == 1
            for a in mine:
                b = best_mine[id(a)]
                if b is not None and best_theirs[id(b)] is a:
                    rel = _link(a, b, sole)
                    if rel:
                        links.append(Link(a, b, rel))
    return links


def clusters(links: list[Link]) -> Iterator[Cluster]:
    """The clusters over all links, each split into sides over the agreement links."""
    linked: DisjointSets[int] = DisjointSets()
    agreeing: DisjointSets[int] = DisjointSets()
    for link in links:
        linked.union(id(link.a), id(link.b))
        if link.relation == "agree":
            agreeing.union(id(link.a), id(link.b))
    members = {id(f): f for link in links for f in (link.a, link.b)}
    grouped: dict[int, list[Fig]] = {}
    for fid, f in members.items():
        grouped.setdefault(linked.find(fid), []).append(f)
    for figs in grouped.values():
        by_side: dict[int, list[Fig]] = {}
        for f in figs:
            by_side.setdefault(agreeing.find(id(f)), []).append(f)
        sides = sorted(by_side.values(), key=lambda s: min(x.source for x in s))
        ids = {id(f) for f in figs}
        reasons = [r for link in links if (r := link.relation) != "agree" and id(link.a) in ids]
        yield Cluster(figs, sides, reasons)


def cliques(side: list[Fig]) -> list[list[Fig]]:
    """A side of agreeing figures split so that every pair in a group agrees: agreement chains ("400" ~
    "more than 300" ~ "about 1,000") do not make 400 and 1,000 agree. Narrow figures seed the groups."""
    groups: list[list[Fig]] = []
    for f in sorted(side, key=lambda x: (x.high - x.low, x.source)):
        for g in groups:
            if all(compatible(f, x) and not _loose_bounds(f, x) for x in g):
                g.append(f)
                break
        else:
            groups.append([f])
    return groups


def conflict_reason(cluster: Cluster) -> ConflictReason | None:
    """Why a cluster's sides conflict, or None when it makes no claim: one side only, no conflicting link, a
    source on two sides (the slot is not one thing), or two figures of different sides that are not one slot
    (linked through a chain, but another time)."""
    sides, reasons = cluster.sides, cluster.reasons
    if len(sides) < 2 or not reasons:
        return None
    per_source: dict[int, set[int]] = {}
    for si, s in enumerate(sides):
        for x in s:
            per_source.setdefault(x.source, set()).add(si)
    if any(len(v) > 1 for v in per_source.values()):
        return None
    if any(_score(x, y) is None for i, s1 in enumerate(sides) for s2 in sides[i + 1 :] for x in s1 for y in s2):
        return None
    reason: ConflictReason = "different scope" if "different scope" in reasons else reasons[0]
    if reason == "different value" and _toll_over_time(sides):
        reason = "different time"
    marked = [[preliminary_before(x.before_text) for x in s] for s in sides]
    if reason != "different scope" and any(all(m) for m in marked) and any(not any(m) for m in marked):
        reason = "preliminary vs revised"  # "a preliminary magnitude of 4.6" / "a 4.3 magnitude earthquake"
    return reason
