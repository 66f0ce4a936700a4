"""Figures across sources: what is counted, where, when; then agreed, conflicting or single-source.

Three steps, one module each: :mod:`~crosswire.compare.figures.slots` reads every comparable figure of the
story with its slot (what it counts, where, when), :mod:`~crosswire.compare.figures.pairing` pairs figures of
different sources and groups the pairs, :mod:`~crosswire.compare.figures.items` writes the items. The word
lists they read are in :mod:`~crosswire.compare.figures.lexicon`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crosswire.compare.align import StoryData
from crosswire.compare.claims.estimates import preliminary_before
from crosswire.compare.figures.items import agreed_item, conflict_item, echoes, notable, single_item
from crosswire.compare.figures.pairing import (
    Cluster,
    DisjointSets,
    cliques,
    clusters,
    compatible,
    conflict_reason,
    mutual_links,
    scope_rel,
    time_rel,
)
from crosswire.compare.figures.slots import Fig, collect
from crosswire.compare.records import FigureConflict, FigureItem

__all__ = [
    "Cluster",
    "DisjointSets",
    "Fig",
    "FigureAlignment",
    "align",
    "collect",
    "compatible",
    "scope_rel",
    "time_rel",
]


@dataclass(slots=True)
class FigureAlignment:
    """The figure items of one story."""

    agreed: list[FigureItem] = field(default_factory=list)
    conflicts: list[FigureConflict] = field(default_factory=list)
    single_source: list[FigureItem] = field(default_factory=list)


def _key_groups(figs: list[Fig]) -> list[list[Fig]]:
    """Figures by slot key, for keys two or more sources share (a count of nothing named is no slot)."""
    by_key: dict[tuple[str, str | None], list[Fig]] = {}
    for f in figs:
        by_key.setdefault(f.key, []).append(f)
    for key, group in by_key.items():
        by_key[key] = _current(group)
    return [
        group
        for (kind, what), group in by_key.items()
        if (what is not None or kind.startswith("money")) and len({f.source for f in group}) >= 2
    ]


def _current(group: list[Fig]) -> list[Fig]:
    """One slot key's figures without each source's own earlier estimates: a source that gives a figure and one
    its sentence marks as preliminary or first given ("The 4.3-magnitude earthquake ..., which [the office]
    originally had rated ... as 4.6") states the revised one (:func:`.claims.estimates.preliminary_before`)."""
    marked = {id(f) for f in group if preliminary_before(f.before_text)}
    revised = {f.source for f in group if id(f) not in marked}
    return [f for f in group if id(f) not in marked or f.source not in revised]


def align(data: StoryData) -> FigureAlignment:
    """Agreed, conflicting and single-source figure items of one story."""
    figs = collect(data)
    out = FigureAlignment()
    used: set[int] = set()
    for group in _key_groups(figs):
        for cluster in clusters(mutual_links(group)):
            for side in cluster.sides:
                for clique in cliques(side):
                    clique.sort(key=lambda x: x.source)
                    if len({x.source for x in clique}) >= 2:
                        out.agreed.append(agreed_item(clique))
                        used.update(id(x) for x in clique)
                side.sort(key=lambda x: x.source)
            reason = conflict_reason(cluster)
            if reason is not None:
                out.conflicts.append(conflict_item(cluster.sides, reason))
                used.update(id(x) for x in cluster.figs)
    used_figs = [f for f in figs if id(f) in used]
    left = [f for f in figs if id(f) not in used and not echoes(f, used_figs)]
    for same in same_number(left):
        out.agreed.append(agreed_item(same))
        used.update(id(x) for x in same)
    # one source's figure given alike by two of its articles (a wire and its copy) is one item citing both;
    # within one article, two sentences giving one figure are two items
    singles: list[list[Fig]] = []
    by_value: dict[tuple[int, tuple[str, str | None], str, float | None], list[list[Fig]]] = {}
    for f in left:
        if id(f) in used or not notable(f):
            continue
        groups = by_value.setdefault((f.source, f.key, f.text.lower(), f.value), [])
        free = [g for g in groups if all(x.article != f.article for x in g)]
        if not free:
            free = [[]]
            groups.append(free[0])
            singles.append(free[0])
        free[0].append(f)
    out.single_source = [single_item(same[0], same[1:]) for same in singles]
    return out


SAME_NUMBER_MIN = 10  # below this, one number of one thing in two sources is too often two facts ("3 schools")


def same_number(figs: list[Fig]) -> list[list[Fig]]:
    """Leftover figures of two or more sources giving one exact number of one thing under two slots ("forcing
    1,250 workers to leave" under ``evacuated``, "all 1,250 employees were brought out" under the noun): one
    figure, agreed, rather than "only A" and "only B" of it. One thing: the counted nouns' language-neutral
    concept (``Fig.what``, ``data/concepts.toml``); one number: equal exact values of at least
    :data:`SAME_NUMBER_MIN`, neither vague."""
    groups: dict[tuple[str, str, float], list[Fig]] = {}
    for f in figs:
        if f.what and f.value is not None and f.value >= SAME_NUMBER_MIN and not f.vague and f.fig.exact:
            groups.setdefault((f.kind, f.what, f.value), []).append(f)
    out = []
    for group in groups.values():
        first: dict[int, Fig] = {}
        for f in sorted(group, key=lambda x: x.source):
            first.setdefault(f.source, f)
        if len(first) >= 2:
            out.append(list(first.values()))
    return out
