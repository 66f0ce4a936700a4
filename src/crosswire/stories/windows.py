"""Story clustering by time windows that run in parallel, stitched into one set of stories.

The stories stage places articles one at a time in ingest order (:mod:`crosswire.stories.stage`): each new
article is scored only against stories with an article within ``window_days`` of its own day
(:meth:`Clusterer.candidates`). That locality is what lets the work split by time:

* :func:`plan_windows` cuts the dated articles into consecutive *windows* of ``span`` days (the window's
  *core*), each also holding the articles within ``overlap`` days before and after it (``overlap`` =
  ``window_days``, so a core article meets every story it could join). Undated articles go to the window of
  the dated article ingested just before them (an undated article is scored against the stories most recently
  active, i.e. those of the articles ingested near it). A window with nothing in its overlap is *isolated*;
  a corpus that spans fewer than ``span`` days is one isolated window.
* :func:`cluster_window` runs the stage's own placement over one window's articles in ingest order -- the same
  :class:`Clusterer`, the same features embedded in the same batches of :data:`stage.BATCH` -- with the copy
  decisions made beforehand across the whole batch, and with each article's TF-IDF weighted by the document
  frequencies the whole batch had when that article came (computed by the caller), so an article's score does
  not depend on which window it is in.
* :func:`stitch` makes one story of the window stories that share an article: a story of window *k* holding an
  article of another window's core (from its overlap) is joined to the story that article has in its own core
  window -- but only when the window-*k* story also holds an article of *k*'s core, so a story seen only in an
  overlap links nothing. Every article ends in the story its core window put it in, joined across windows; a
  copy whose original lies in another window goes to its original's story.

When every window is isolated the result is exactly the stage's (one isolated window is the stage run whole).
Otherwise a story can differ where its articles' scores saw only the part of a story inside the window (a story
running longer than the overlap), which ``crosswire check`` reports. The model is the overlapping-window
partitioning of streaming clustering (e.g. Zhang et al. 2007, "Clustering streams with overlapping windows");
written here because no library clusters news incrementally with this stage's scores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from crosswire.store import Store
from crosswire.stories.cluster import Clusterer
from crosswire.stories.config import DEFAULT_CONFIG, Config
from crosswire.stories.features import DocFeatures, parse_day
from crosswire.stories.records import StoriesUpdate
from crosswire.stories.stage import BATCH, features_of
from crosswire.stories.state import StoryState

WINDOW_DAYS = 7  # core days per window: a week, so a month makes four or five windows


@dataclass(slots=True)
class Idf:
    """What TF-IDF needs of the batch when an article came: documents counted before it (``n_docs``) and the
    document frequency of each of its hashed terms (``terms`` sorted, ``df`` aligned, both int32)."""

    n_docs: int
    terms: np.ndarray
    df: np.ndarray


@dataclass(slots=True)
class Window:
    """One window's articles (ids in ingest order), which are its core, the copies among them (id -> the
    original of its copy group, possibly outside the window) and the :class:`Idf` of each original."""

    index: int
    members: list[str]
    core: list[bool]
    roots: dict[str, str] = field(default_factory=dict)
    idf: dict[str, Idf] = field(default_factory=dict)

    @property
    def isolated(self) -> bool:
        """No article outside the core: the window's stories are exactly the stage's for its articles."""
        return all(self.core)


@dataclass(slots=True)
class WindowResult:
    """What one window did: the local story of each placed article (a copy whose original is outside the
    window is left out), which were copies, the article that started each story, the merges, the state of
    each story that holds a core article (built from its core articles only), and the window's counters."""

    index: int
    placed: dict[str, str]
    copies: list[str]
    starters: dict[str, str]
    merges: list[tuple[str, str, str]]
    states: dict[str, StoryState]
    next_seq: int
    tick: int


@dataclass(slots=True)
class FinalStory:
    """A stitched story: its id, its articles in ingest order, and its clustering state."""

    id: str
    members: list[str]
    state: StoryState


@dataclass(slots=True)
class Stitched:
    """The stories of a whole batch: in creation order, the merges to record, the counts, the final tick."""

    stories: list[FinalStory]
    merges: list[tuple[str, str, str]]
    update: StoriesUpdate
    tick: int


def plan_windows(
    days: Sequence[int | None], span: int = WINDOW_DAYS, overlap: int = 3
) -> list[tuple[list[int], list[bool]]]:
    """Windows over articles given by their day (ordinal, None when undated) in ingest order: per window the
    positions of its articles (ascending) and whether each is in its core. ``span`` >= 1 core days; windows
    start at the first day of the batch and at the first day after each core; empty stretches make none."""
    if span < 1:
        raise ValueError(f"a window spans at least one day, not {span}")
    dated = sorted({d for d in days if d is not None})
    if not dated:
        return [(list(range(len(days))), [True] * len(days))]
    starts: list[int] = []
    for d in dated:
        if not starts or d >= starts[-1] + span:
            starts.append(d)
    core_of = _core_windows(days, starts)
    out = []
    for k, start in enumerate(starts):
        lo, hi = start - overlap, start + span + overlap
        members = [i for i, d in enumerate(days) if core_of[i] == k or (d is not None and lo <= d < hi)]
        out.append((members, [core_of[i] == k for i in members]))
    return out


def _core_windows(days: Sequence[int | None], starts: list[int]) -> list[int]:
    """The core window of each article: by its day, or (undated) that of the dated article before it."""
    import bisect

    out: list[int] = []
    last = 0
    for d in days:
        if d is not None:
            last = bisect.bisect_right(starts, d) - 1
        out.append(last)
    return out


class _Run:
    """One window's placement, mirroring :func:`crosswire.stories.stage._place` without a store to write."""

    def __init__(self, window: Window, config: Config) -> None:
        self.window = window
        self.cl = Clusterer(config)
        self.core = dict(zip(window.members, window.core, strict=True))
        self.placed: dict[str, str] = {}
        self.members: dict[str, list[str]] = defaultdict(list)
        self.copies: list[str] = []
        self.starters: dict[str, str] = {}
        self.merges: list[tuple[str, str, str]] = []
        self.added: dict[str, tuple[DocFeatures, dict[int, float]] | int | None] = {}  # for core-only states

    def place(self, article_id: str, day: int | None, feat: DocFeatures | None) -> None:
        """Put one article in a story: as a copy into its original's story, else by clustering ``feat``."""
        root = self.window.roots.get(article_id)
        if root is not None:
            story = self.placed.get(root)
            if story is None:
                return  # its copy group's original is in another window: placed when stitched
            self.cl.add_copy(story, day)
            self._put(article_id, story, day)
            self.copies.append(article_id)
            return
        if feat is None:
            raise ValueError(f"article {article_id} has no features")
        idf = self.window.idf[article_id]
        self.cl.n_docs = idf.n_docs
        self.cl.df[idf.terms] = idf.df
        vec = self.cl.tfidf(feat.tf)
        assignment = self.cl.assign(feat)
        for gone, into, reason in assignment.merged:
            for m in self.members.pop(gone, []):
                self.placed[m] = into
                self.members[into].append(m)
            self.merges.append((gone, into, reason))
        if assignment.new:
            self.starters[assignment.story_id] = article_id
        self._put(article_id, assignment.story_id, (feat, vec))

    def _put(self, article_id: str, story: str, added: tuple[DocFeatures, dict[int, float]] | int | None) -> None:
        self.placed[article_id] = story
        self.members[story].append(article_id)
        self.added[article_id] = added

    def core_states(self) -> dict[str, StoryState]:
        """The state of each story with a core article, from its core articles only (the clusterer's own
        state when the window is isolated, where every article is core)."""
        if self.window.isolated:
            return dict(self.cl.stories)
        rank = {a: i for i, a in enumerate(self.window.members)}
        scratch = Clusterer(self.cl.config)
        out: dict[str, StoryState] = {}
        for sid, members in self.members.items():
            own = sorted((m for m in members if self.core[m]), key=rank.__getitem__)
            if not own:
                continue
            whole = self.cl.stories[sid]
            state = StoryState(id=sid, seq=whole.seq, touched=0)
            scratch.add_story(state)
            for m in own:
                added = self.added[m]
                if isinstance(added, tuple):
                    scratch.absorb(sid, *added)
                else:
                    scratch.add_copy(sid, added)
            state.touched = whole.touched
            out[sid] = state
        return out

    def result(self) -> WindowResult:
        return WindowResult(
            index=self.window.index,
            placed=self.placed,
            copies=self.copies,
            starters=self.starters,
            merges=self.merges,
            states=self.core_states(),
            next_seq=self.cl.next_seq,
            tick=self.cl.tick,
        )


def cluster_window(store: Store, window: Window, config: Config = DEFAULT_CONFIG) -> WindowResult:
    """Place one window's articles (read from ``store``, with their facts) in ingest order, in chunks of
    :data:`stage.BATCH` whose originals are embedded together, as :func:`stage.place_articles` does."""
    run = _Run(window, config)
    for start in range(0, len(window.members), BATCH):
        chunk = window.members[start : start + BATCH]
        articles = list(store.iter_articles(chunk))
        originals = [a for a in articles if a.id not in window.roots]
        feats = dict(zip([a.id for a in originals], features_of(store, originals, config), strict=True))
        for art in articles:
            run.place(art.id, parse_day(art.published), feats.get(art.id))
    return run.result()


def cluster_window_features(
    feats: Sequence[DocFeatures], window: Window, config: Config = DEFAULT_CONFIG
) -> WindowResult:
    """:func:`cluster_window` on features computed beforehand (``feats`` holds at least the window's
    originals; a copy's day is its features' day): for benchmarks that cluster without a store."""
    by_id = {f.id: f for f in feats}
    run = _Run(window, config)
    for m in window.members:
        feat = by_id.get(m)
        run.place(m, feat.day if feat is not None else None, None if m in window.roots else feat)
    return run.result()
