"""The stitching pass of :mod:`crosswire.stories.windows`: window stories that share an article become one story.

Nodes are (window, local story) pairs holding at least one article of that window's core. Two nodes of
neighbouring windows are joined (union-find) when each holds an article of the other's core: both windows
saw the story cross the boundary between them. Why both: a window sees its neighbour's stories only in part
(their articles within the overlap), so one window alone may group an article of its own with a stray piece of
a neighbour's story; asking the neighbour to agree halves the damage where stitching errs most (ECB+ with
invented dates and 3-day windows: B-cubed F1 0.9577 one-sided, 0.9620 both-sided, 0.9666 unpartitioned; at
the default 7 days all three are 0.9666; GoogleNews-TS at 7 days: 0.8740 one-sided, 0.8738 both-sided, 0.8772
unpartitioned; see ``bench/RESULTS-ray.md``). Each component is one story:

* its articles are the core articles of its nodes (every article is core in exactly one window), plus the
  copies whose original is in it but who were left out of their own window (their original lay elsewhere);
* its id is the id of its oldest node (the story started by the earliest-ingested article), as a merge keeps
  the older story; the other nodes' ids never reach the store, so no merge is recorded for them (the merges
  recorded are those the windows made of stories their core started, as the stage records its own);
* its state is the merge of its nodes' core-only states (:meth:`Clusterer.fold`), so no article counts twice;
  its creation number (``seq``) and activity tick are counted over the whole batch as the stage counts them.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence

from crosswire.stories.cluster import Clusterer
from crosswire.stories.config import DEFAULT_CONFIG, Config
from crosswire.stories.records import StoriesUpdate
from crosswire.stories.state import StoryState
from crosswire.stories.windows import FinalStory, Stitched, Window, WindowResult

Node = tuple[int, str]  # (window index, local story id)


class _Links:
    """Union-find over nodes (path halving); the representative is arbitrary, components are what count."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}

    def find(self, x: Node) -> Node:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _core_window(windows: Sequence[Window]) -> dict[str, int]:
    return {m: w.index for w in windows for m, core in zip(w.members, w.core, strict=True) if core}


def _nodes(windows: Sequence[Window], results: Sequence[WindowResult]) -> dict[Node, list[str]]:
    """Each node's core articles, in window order."""
    nodes: dict[Node, list[str]] = defaultdict(list)
    for w, r in zip(windows, results, strict=True):
        for m, core in zip(w.members, w.core, strict=True):
            if core and m in r.placed:
                nodes[(w.index, r.placed[m])].append(m)
    return nodes


def _edges(
    windows: Sequence[Window], results: Sequence[WindowResult], nodes: Mapping[Node, list[str]]
) -> set[tuple[Node, Node]]:
    """(node, node of the same article in that article's core window) for every overlap article in a node."""
    core_of = _core_window(windows)
    edges = set()
    for w, r in zip(windows, results, strict=True):
        for m, core in zip(w.members, w.core, strict=True):
            node = (w.index, r.placed.get(m, ""))
            if core or node not in nodes:
                continue
            home = core_of[m]
            theirs = results[home].placed.get(m)
            if theirs is not None and (home, theirs) in nodes:
                edges.add((node, (home, theirs)))
    return edges


def _link(windows: Sequence[Window], results: Sequence[WindowResult], nodes: Mapping[Node, list[str]]) -> _Links:
    links = _Links()
    for node in nodes:
        links.find(node)
    edges = _edges(windows, results, nodes)
    for a, b in edges:
        if (b, a) in edges:
            links.union(a, b)
    return links


def stitch(
    windows: Sequence[Window],
    results: Sequence[WindowResult],
    order: Mapping[str, int],
    days: Mapping[str, int | None],
    config: Config = DEFAULT_CONFIG,
) -> Stitched:
    """One set of stories from the windows' results. ``order`` gives each article's position in ingest order
    (every article of the batch, from 0) and ``days`` its day (ordinal or None)."""
    results = sorted(results, key=lambda r: r.index)
    nodes = _nodes(windows, results)
    links = _link(windows, results, nodes)
    components: dict[Node, list[Node]] = defaultdict(list)
    for node in nodes:
        components[links.find(node)].append(node)
    starter = {(r.index, sid): a for r in results for sid, a in r.starters.items()}
    core_of = _core_window(windows)
    final_of: dict[Node, str] = {}
    stories: list[FinalStory] = []
    for group in components.values():
        group.sort(key=lambda n: order[starter[n]])
        kept = _merged_state(group, results, config)
        final_of.update((n, kept.id) for n in group)
        stories.append(FinalStory(kept.id, [m for n in group for m in nodes[n]], kept))
    _place_left_out(windows, results, stories, final_of, days, config)
    _number(stories, starter, core_of, order)
    merges = _distinct(_window_merges(windows, results, final_of, starter, core_of), {s.id for s in stories})
    return Stitched(stories, merges, _counts(windows, results, len(merges)), len(order))


def _merged_state(group: list[Node], results: Sequence[WindowResult], config: Config) -> StoryState:
    """The first node's state with every other node's folded in (the stage's merge of two stories)."""
    scratch = Clusterer(config)
    kept = results[group[0][0]].states[group[0][1]]
    scratch.add_story(kept)
    for k, sid in group[1:]:
        other = results[k].states[sid]
        other.id = f"{sid}@{k}"  # two windows may hold stories of the same id
        scratch.add_story(other)
        scratch.fold(kept.id, other.id)
    return kept


def _number(
    stories: list[FinalStory], starter: Mapping[Node, str], core_of: Mapping[str, int], order: Mapping[str, int]
) -> None:
    """Creation numbers and activity ticks as the stage counts them over the whole batch: ``seq`` = stories
    started (by a core article) before this one's first article, ``touched`` = 1 + the position of its last
    article (every article touches its story once, in ingest order); stories sorted by ``seq``."""
    started = sorted(order[a] for (k, _), a in starter.items() if core_of.get(a) == k)
    first = {s.id: min(order[m] for m in s.members) for s in stories}
    for s in stories:
        s.members.sort(key=order.__getitem__)
        s.state.seq = bisect.bisect_left(started, first[s.id])
        s.state.touched = order[s.members[-1]] + 1
    stories.sort(key=lambda s: (s.state.seq, first[s.id]))


def _place_left_out(
    windows: Sequence[Window],
    results: Sequence[WindowResult],
    stories: list[FinalStory],
    final_of: Mapping[Node, str],
    days: Mapping[str, int | None],
    config: Config,
) -> None:
    """Copies left out of their core window go to the final story of their original (its core node)."""
    core_of = _core_window(windows)
    by_id = {s.id: s for s in stories}
    scratch = Clusterer(config)
    for s in stories:
        scratch.add_story(s.state)
    for w, r in zip(windows, results, strict=True):
        for m, core in zip(w.members, w.core, strict=True):
            if not core or m in r.placed:
                continue
            root = w.roots[m]
            home = core_of[root]
            story = by_id[final_of[(home, results[home].placed[root])]]
            story.members.append(m)
            scratch.add_copy(story.id, days.get(m))  # its day; the tick is set by _number


def _window_merges(
    windows: Sequence[Window],
    results: Sequence[WindowResult],
    final_of: Mapping[Node, str],
    starter: Mapping[Node, str],
    core_of: Mapping[str, int],
) -> list[tuple[str, str, str]]:
    """The merges windows made of stories their core started, pointed at the final story."""
    out = []
    for r in results:
        alias = {gone: into for gone, into, _ in r.merges}
        for gone, into, reason in r.merges:
            if core_of.get(starter.get((r.index, gone), "")) != r.index:
                continue
            while into in alias:
                into = alias[into]
            target = final_of.get((r.index, into))
            if target is not None:
                out.append((gone, target, reason))
    return out


def _distinct(merges: list[tuple[str, str, str]], live: set[str]) -> list[tuple[str, str, str]]:
    """One record per merged-away id, never one naming a story that is still there."""
    seen: set[str] = set()
    out = []
    for gone, into, reason in merges:
        if gone not in seen and gone not in live and gone != into:
            seen.add(gone)
            out.append((gone, into, reason))
    return out


def _counts(windows: Sequence[Window], results: Sequence[WindowResult], merges: int) -> StoriesUpdate:
    update = StoriesUpdate(merges=merges)
    for w, r in zip(windows, results, strict=True):
        started = set(r.starters.values())
        copies = set(r.copies)
        for m, core in zip(w.members, w.core, strict=True):
            if not core:
                continue
            if m in copies or m not in r.placed:
                update.copies += 1
            elif m in started:
                update.new_stories += 1
            else:
                update.joined += 1
    return update
