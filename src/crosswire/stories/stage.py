"""The stories stage over the store: syndicated copies first, then incremental clustering, one transaction.

State lives in the store (:mod:`crosswire.store.stories` describes the tables) so that a later process
continues where the last one stopped: each story's clustering state (:meth:`StoryState.to_json`), the dedup
keys of every article (:mod:`crosswire.stories.copies`), and the document frequencies of the hashed vocabulary,
where term ``-1`` holds the number of clustered documents and term ``-2`` the activity tick.

Within a process the loaded state is cached per :class:`Store` and reused while ``PRAGMA data_version`` says no
other connection has written, so adding one article costs one scoring pass, not a reload.

Entry points: :func:`update_store` (the stage-list entry, :mod:`crosswire.stages`), :func:`place_articles`
(the same with the detailed :class:`StoriesUpdate` and a clustering :class:`Config`) and :func:`recluster`.
"""

from __future__ import annotations

import json
import sqlite3
import weakref
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from crosswire.model import Article, StageResult
from crosswire.store import Store
from crosswire.stories import copies
from crosswire.stories.cluster import Clusterer
from crosswire.stories.config import DEFAULT_CONFIG, Config
from crosswire.stories.dedup import MIN_SHINGLES, band_keys, minhash
from crosswire.stories.features import DocFeatures, featurize, parse_day
from crosswire.stories.order import placement_order
from crosswire.stories.records import ReclusterReport, StoriesUpdate
from crosswire.stories.state import StoryState
from crosswire.stories.text import fact_entities, heuristic_entities, norm_hash, shingles

_META_DOCS, _META_TICK = -1, -2
BATCH = 64  # articles embedded together

Progress = Callable[[int, int], None]


class _Cache:
    __slots__ = ("clusterer", "version")

    def __init__(self, version: int, clusterer: Clusterer) -> None:
        self.version = version
        self.clusterer = clusterer


_CACHES: weakref.WeakKeyDictionary[Store, _Cache] = weakref.WeakKeyDictionary()


def _load(store: Store, config: Config) -> Clusterer:
    cl = Clusterer(config)
    for story_id, text in store.story_states():
        try:
            cl.add_story(StoryState.from_json(story_id, json.loads(text)))
        except (ValueError, KeyError, TypeError):
            continue  # a story written by something else; it stays listed but takes no new articles
    cl.finish_loading()
    for term, df in store.document_frequencies():
        if term == _META_DOCS:
            cl.n_docs = df
        elif term == _META_TICK:
            cl.tick = df
        elif 0 <= term < cl.df.shape[0]:
            cl.df[term] = df
    return cl


def _clusterer(store: Store, config: Config) -> Clusterer:
    version = store.data_version()
    cached = _CACHES.get(store)
    if cached is not None and cached.version == version and cached.clusterer.config == config:
        return cached.clusterer
    cl = _load(store, config)
    _CACHES[store] = _Cache(version, cl)
    return cl


def _forget(store: Store) -> None:
    _CACHES.pop(store, None)


def _day_iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day else None


def _shown_title(store: Store, story: StoryState) -> str | None:
    """The story's most central headline (:meth:`StoryState.central_title`), or, when the article that gave
    it has since been found to be a copy of a wire met later (a re-run stored before its original), the
    original's headline: a re-run's headline is not the story's (a new user's store listed the regional
    paper's re-run headline for the agency's story)."""
    title = story.central_title()
    holder = next((aid for aid, t, _emb in story.titles if t == title), None)
    placed = store.placement(holder) if holder is not None else None
    if placed is None or placed.copy_of is None:
        return title
    original = store.get_article(placed.copy_of)
    return original.title if original is not None and original.title else title


def _save(store: Store, cl: Clusterer) -> None:
    for sid in sorted(cl.dirty):
        story = cl.stories.get(sid)
        if story is None:
            continue
        days = sorted(story.days)
        state = json.dumps(story.to_json(), separators=(",", ":"))
        first, last = (_day_iso(days[0]), _day_iso(days[-1])) if days else (None, None)
        store.save_story(sid, _shown_title(store, story), first, last, state)
    rows = [(int(t), int(c)) for t, c in sorted(cl.df_dirty.items())]
    store.add_document_frequencies([*rows, (_META_DOCS, 0), (_META_TICK, 0)])
    store.set_document_frequency(_META_DOCS, cl.n_docs)
    store.set_document_frequency(_META_TICK, cl.tick)
    cl.dirty.clear()
    cl.df_dirty.clear()


def _entities(store: Store, article: Article) -> Counter[str]:
    try:
        facts = store.get_facts(article.id)
    except (sqlite3.Error, ValueError):
        facts = None
    found = fact_entities(facts)
    if found:
        return found
    # Blocks joined by a blank line: a name run stops at the end of its paragraph (text.heuristic_entities).
    return heuristic_entities(
        "\n\n".join(([article.title] if article.title else []) + [b.text for b in article.blocks])
    )


def features_of(store: Store, articles: Sequence[Article], config: Config = DEFAULT_CONFIG) -> list[DocFeatures]:
    """Clustering features of stored articles, entities from their stored facts when they have some."""
    return featurize(
        [a.id for a in articles],
        [a.title for a in articles],
        [[b.text for b in a.blocks] for a in articles],
        [parse_day(a.published) for a in articles],
        [_entities(store, a) for a in articles],
        config,
        languages=[a.language for a in articles],
    )


def _chunks(ids: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _unplaced(store: Store, article_ids: Sequence[str], result: StoriesUpdate) -> list[str]:
    """The distinct ids that no story holds yet, in the order the stage places them
    (:func:`crosswire.stories.order.placement_order`; the others are counted as skipped)."""
    todo: list[str] = []
    for aid in dict.fromkeys(article_ids):
        if store.placement(aid) is not None:
            result.skipped += 1
        else:
            todo.append(aid)
    return placement_order(store, todo)


def _stored(store: Store, ids: list[str], result: StoriesUpdate) -> list[Article]:
    articles = []
    for aid in ids:
        art = store.get_article(aid)
        if art is None:
            result.missing.append(aid)
        else:
            articles.append(art)
    return articles


def _find_copies(store: Store, articles: list[Article]) -> dict[str, str | None]:
    """Each article's wire (None when it copies nothing), in order, recording its dedup keys as it goes so a
    later article of the same chunk can copy an earlier one."""
    wires: dict[str, str] = {}  # article id -> its wire (itself when not a copy), for this chunk
    copy_of: dict[str, str | None] = {}
    for art in articles:
        nhash = norm_hash(art.body)
        sh = shingles(art.body)
        keys = band_keys(minhash(sh)) if len(sh) >= MIN_SHINGLES else []
        wire = copies.find_copy(store, nhash, sh, keys, wires) if sh else None
        copy_of[art.id] = wire
        wires[art.id] = wire or art.id
        store.add_story_keys(art.id, ["h:" + nhash, *keys])
    return copy_of


def _place(
    store: Store, cl: Clusterer, art: Article, wire: str | None, feats: dict[str, DocFeatures], result: StoriesUpdate
) -> None:
    """Put one article in a story: as a copy of ``wire`` when that is in a story, else by clustering."""
    placed = store.placement(wire) if wire else None
    if wire and placed is not None:
        cl.add_copy(placed.story_id, parse_day(art.published))
        root = copies.wire_of(store, wire, {})  # the group's wire now (an earlier copy may have re-pointed it)
        store.place_article(art.id, placed.story_id, root)
        copies.repoint(store, placed.story_id, root)
        result.copies += 1
        return
    feat = feats.get(art.id) or features_of(store, [art], cl.config)[0]
    assignment = cl.assign(feat)
    for gone, into, reason in assignment.merged:
        store.merge_story(gone, into, reason)
        result.merges += 1
    if assignment.new:  # the row must exist for story_articles' foreign key; filled in by _save
        store.add_empty_story(assignment.story_id)
        result.new_stories += 1
    else:
        result.joined += 1
    store.place_article(art.id, assignment.story_id, None)


def _process(
    store: Store, cl: Clusterer, article_ids: Sequence[str], result: StoriesUpdate, on_progress: Progress | None = None
) -> None:
    """Dedup every article of a chunk in order (recording its keys as it goes), embed only the non-copies in
    one batch, then place each article in order. The outcome equals one-at-a-time processing."""
    todo = _unplaced(store, article_ids, result)
    done = 0
    if on_progress is not None:
        on_progress(0, len(todo))
    for chunk in _chunks(todo, BATCH):
        articles = _stored(store, chunk, result)
        copy_of = _find_copies(store, articles)
        originals = [a for a in articles if copy_of[a.id] is None]
        feats = dict(zip([a.id for a in originals], features_of(store, originals, cl.config), strict=True))
        for art in articles:
            _place(store, cl, art, copy_of[art.id], feats, result)
        _save(store, cl)
        done += len(chunk)
        if on_progress is not None:
            on_progress(done, len(todo))


def place_articles(
    store: Store,
    article_ids: Sequence[str],
    *,
    config: Config = DEFAULT_CONFIG,
    on_progress: Progress | None = None,
) -> StoriesUpdate:
    """Put each new article into a story, in publication order whatever the order given
    (:func:`crosswire.stories.order.placement_order`): as a syndicated copy of a wire text already
    stored, else by clustering. Ids already in a story are skipped, unknown ids listed in ``missing``.
    One transaction per call; on any error nothing is written and the cached state is dropped.
    ``on_progress(done, total)`` is called after each chunk of articles, for progress bars."""
    result = StoriesUpdate()
    try:
        with store.transaction(immediate=True):  # the write lock before reading state: no writer slips in
            cl = _clusterer(store, config)
            _process(store, cl, article_ids, result, on_progress)
    except BaseException:
        _forget(store)
        raise
    return result


def update_store(store: Store, ids: Sequence[str] | None = None, *, on_progress: Progress | None = None) -> StageResult:
    """The stage-list entry: place these article ids (every article without a story when None) with the
    default configuration. ``written`` counts the articles placed; ``counts`` is :meth:`StoriesUpdate.stage_result`."""
    todo = store.articles_without_story() if ids is None else ids
    return place_articles(store, todo, on_progress=on_progress).stage_result()


def partition(store: Store) -> tuple[dict[str, frozenset[str]], dict[str, str | None]]:
    """The stored stories as ``({story id: its article ids}, {article id: the article it copies or None})``."""
    members: dict[str, set[str]] = {}
    copy_of: dict[str, str | None] = {}
    for p in store.placements():
        members.setdefault(p.story_id, set()).add(p.article_id)
        copy_of[p.article_id] = p.copy_of
    return {sid: frozenset(m) for sid, m in members.items()}, copy_of


def _snapshot(store: Store) -> tuple[dict[str, frozenset[str]], dict[str, str | None]]:
    """:func:`partition` keyed by article: ``{article id: the article ids of its story}``."""
    members, copy_of = partition(store)
    by_article = {}
    for ids in members.values():
        frozen = frozenset(ids)
        for a in ids:
            by_article[a] = frozen
    return by_article, copy_of


def recluster(store: Store, *, config: Config = DEFAULT_CONFIG) -> ReclusterReport:
    """Drop the story tables and rebuild them from every article as one batch (in publication order,
    :func:`crosswire.stories.order.placement_order`: the grouping a one-batch ``ingest`` or ``compare`` of the
    same articles gives), in one transaction.

    Comparisons are keyed by story: each is kept when its story id survives the rebuild (its fingerprint then
    tells the compare stage whether the story's articles changed), and goes with its story otherwise; the
    compare stage recomputes what is missing or stale. The report says whether the rebuild equals what was
    stored (it does for a store built in one batch; a store that grew over several ingests may differ, its
    later articles having met the earlier ones' stories in arrival order) and which articles moved if not."""
    before, before_copy = _snapshot(store)
    stories_before = store.count_stories()
    comparisons = store.comparison_texts()
    result = StoriesUpdate()
    _forget(store)
    try:
        with store.transaction():
            store.clear_stories()
            cl = Clusterer(config)
            ids = store.article_ids()
            _process(store, cl, ids, result)
            kept = store.restore_comparisons(comparisons)
    except BaseException:
        _forget(store)
        raise
    _CACHES[store] = _Cache(store.data_version(), cl)
    after, after_copy = _snapshot(store)
    moved = sorted(
        a for a in set(before) | set(after) if before.get(a) != after.get(a) or before_copy.get(a) != after_copy.get(a)
    )
    return ReclusterReport(
        articles=len(ids),
        stories_before=stories_before,
        stories_after=store.count_stories(),
        equal=not moved,
        moved=moved[:100],
        moved_count=len(moved),
        update=result,
        comparisons_kept=kept,
    )
