"""The stories stage spread over an :class:`~crosswire.parallel.Engine`: the partitioned entry of
:data:`crosswire.stages.STAGES` that the distributed runner calls instead of :func:`stage.update_store`.

Steps, for the articles to place (in placement order, :func:`crosswire.stories.order.placement_order`):

1. copies across the whole batch (:mod:`crosswire.stories.bands`: sketches on workers, LSH band keys grouped
   by key, candidates verified on workers);
2. the document frequencies each original meets when it comes, as the stage counts them (:class:`Idf`), in
   one pass over the sketches' terms;
3. clustering by time windows on workers (:func:`windows.cluster_window`, the sentence encoder loaded once per
   worker; the largest windows first, so the short ones fill the pool's gaps at the end), stitched into one
   set of stories (:func:`stitch.stitch`);
4. the store written once, here, in one transaction: dedup keys, placements (copies pointing at their group's
   earliest-published copy, :func:`copies.repoint`), story states, merges and document frequencies -- the rows
   :func:`stage.place_articles` writes.

A store that already holds stories is placed by :func:`stage.update_store` on the caller's process instead:
each new article must then be scored against the stored stories' state, which the windows do not load.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date

import numpy as np

from crosswire.model import StageResult
from crosswire.parallel import Engine
from crosswire.store import Store, TableRows
from crosswire.stories import copies
from crosswire.stories.bands import Sketch, find_copies, sketches
from crosswire.stories.config import DEFAULT_CONFIG, Config
from crosswire.stories.embed import warm
from crosswire.stories.features import N_FEATURES, DocFeatures
from crosswire.stories.order import placement_order
from crosswire.stories.records import StoriesUpdate
from crosswire.stories.stage import _forget, update_store
from crosswire.stories.state import StoryState
from crosswire.stories.stitch import stitch
from crosswire.stories.windows import (
    WINDOW_DAYS,
    Idf,
    Stitched,
    Window,
    WindowResult,
    cluster_window,
    cluster_window_features,
    plan_windows,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
_META_DOCS, _META_TICK = -1, -2  # the stage's counter rows in story_df (crosswire.stories.stage)


def update_store_partitioned(
    store: Store,
    ids: Sequence[str] | None,
    engine: Engine,
    *,
    on_progress: Progress | None = None,
    config: Config = DEFAULT_CONFIG,
    span: int = WINDOW_DAYS,
) -> StageResult:
    """Place these articles (every article without a story when None) in stories, spread over ``engine``;
    ``span`` core days per window. Returns the stage's :class:`StageResult` (``written`` = articles placed)."""
    if store.count_stories():
        log.info("stories: the store already holds stories; placing the new articles in this process")
        return update_store(store, ids, on_progress=on_progress)
    update = StoriesUpdate()
    todo = _todo(store, ids, update)
    if on_progress is not None:
        on_progress(0, len(todo))
    if not todo:
        return update.stage_result()
    found = list(sketches(store, todo, engine))
    roots = find_copies(store, found, engine)
    idf, df, n_docs = document_frequencies(((s.id, s.terms) for s in found), roots)
    windows = make_windows([s.id for s in found], [s.day for s in found], roots, idf, span, config.window_days)
    results: list[WindowResult] = []
    done = 0
    largest_first = sorted(windows, key=lambda w: -len(w.members))  # the stitch orders results by window
    for result in engine.map(cluster_task, _tasks(store, largest_first, config), warm=warm):
        results.append(result)
        done += sum(windows[result.index].core)
        if on_progress is not None:
            on_progress(done, len(todo))
    days = {s.id: s.day for s in found}
    stitched = stitch(windows, results, {s.id: i for i, s in enumerate(found)}, days, config)
    _write(store, found, roots, stitched, df, n_docs)
    stitched.update.skipped, stitched.update.missing = update.skipped, update.missing
    return stitched.update.stage_result()


def _todo(store: Store, ids: Sequence[str] | None, update: StoriesUpdate) -> list[str]:
    """The ids to place, unplaced and stored, in the order :func:`stage.place_articles` places them
    (:func:`crosswire.stories.order.placement_order`; others counted as skipped or missing)."""
    if ids is None:
        return placement_order(store, store.articles_without_story())
    todo = []
    for aid in dict.fromkeys(ids):
        if store.placement(aid) is not None:
            update.skipped += 1
        elif not store.has_article(aid):
            update.missing.append(aid)
        else:
            todo.append(aid)
    return placement_order(store, todo)


def document_frequencies(
    terms_of: Iterable[tuple[str, Sequence[int]]], copies: Mapping[str, str]
) -> tuple[dict[str, Idf], np.ndarray, int]:
    """Each original's :class:`Idf` -- what the stage's counts hold when it comes: every earlier original
    (``terms_of`` is ``(article id, hashed terms)`` in ingest order; ids in ``copies`` are not counted) once per
    term -- and the final counts (int32 over the hashed vocabulary) and the number of originals counted."""
    df = np.zeros(N_FEATURES, dtype=np.int32)
    n = 0
    out: dict[str, Idf] = {}
    for aid, terms in terms_of:
        if aid in copies:
            continue
        index = np.asarray(sorted(terms), dtype=np.int64)
        out[aid] = Idf(n, index, df[index].copy())
        df[index] += 1
        n += 1
    return out, df, n


def make_windows(
    ids: Sequence[str],
    days: Sequence[int | None],
    roots: Mapping[str, str],
    idf: Mapping[str, Idf],
    span: int,
    overlap: int,
) -> list[Window]:
    """The :class:`Window` of :func:`windows.plan_windows` over articles in ingest order, each with the copy
    roots and :class:`Idf` of its members."""
    out = []
    for k, (positions, core) in enumerate(plan_windows(days, span, overlap)):
        members = [ids[i] for i in positions]
        roots_here = {m: roots[m] for m in members if m in roots}
        out.append(Window(k, members, core, roots_here, {m: idf[m] for m in members if m in idf}))
    return out


def cluster_by_windows(
    feats: Sequence[DocFeatures], engine: Engine, *, config: Config = DEFAULT_CONFIG, span: int = WINDOW_DAYS
) -> dict[str, str]:
    """Cluster articles given by their features (in ingest order, no copies) by time windows over ``engine``
    and stitch them: article id -> story id. What the benchmarks compare with the stage's clusterer run
    whole (``bench/clustering.py``)."""
    idf, _, _ = document_frequencies(((f.id, list(f.tf)) for f in feats), {})
    windows = make_windows([f.id for f in feats], [f.day for f in feats], {}, idf, span, config.window_days)
    by_id = {f.id: f for f in feats}
    tasks = (([by_id[m] for m in w.members], w, config) for w in windows)
    results = list(engine.map(_features_task, tasks))
    stitched = stitch(windows, results, {f.id: i for i, f in enumerate(feats)}, {f.id: f.day for f in feats}, config)
    return {m: s.id for s in stitched.stories for m in s.members}


def _features_task(task: tuple[list[DocFeatures], Window, Config]) -> WindowResult:
    feats, window, config = task
    return cluster_window_features(feats, window, config)


def cluster_task(task: tuple[list[TableRows], Window, Config]) -> WindowResult:
    """Worker: one window clustered on a shard holding its articles and their facts."""
    parts, window, config = task
    with Store.scratch(parts) as shard:
        return cluster_window(shard, window, config)


def _tasks(store: Store, windows: list[Window], config: Config) -> Iterator[tuple[list[TableRows], Window, Config]]:
    for w in windows:
        yield store.shard_rows("articles", w.members, ("articles", "facts")), w, config


def _write(
    store: Store, found: Sequence[Sketch], roots: dict[str, str], stitched: Stitched, df: np.ndarray, n_docs: int
) -> None:
    """Everything :func:`stage.place_articles` writes, in one transaction."""
    story_of = {m: s.id for s in stitched.stories for m in s.members}
    try:
        with store.transaction(immediate=True):
            for s in found:
                store.add_story_keys(s.id, ["h:" + s.nhash, *s.keys])
            for story in stitched.stories:
                store.add_empty_story(story.id)
            for s in found:
                store.place_article(s.id, story_of[s.id], roots.get(s.id))
            for story in stitched.stories:
                for root in dict.fromkeys(roots[m] for m in story.members if m in roots):
                    copies.repoint(store, story.id, root)
                days = sorted(story.state.days)
                first, last = (_iso(days[0]), _iso(days[-1])) if days else (None, None)
                store.save_story(story.id, story.state.central_title(), first, last, _json(story.state))
            for gone, into, reason in stitched.merges:
                store.merge_story(gone, into, reason)
            terms = np.nonzero(df)[0]
            counts = list(zip(terms.tolist(), df[terms].tolist(), strict=True))
            store.add_document_frequencies([*counts, (_META_DOCS, 0), (_META_TICK, 0)])
            store.set_document_frequency(_META_DOCS, n_docs)
            store.set_document_frequency(_META_TICK, stitched.tick)
    finally:
        _forget(store)


def _iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


def _json(state: StoryState) -> str:
    return json.dumps(state.to_json(), separators=(",", ":"))
