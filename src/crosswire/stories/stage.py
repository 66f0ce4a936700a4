"""The stories stage over the store: syndicated copies first, then incremental clustering, one transaction.

State lives in the store so that a later process continues where the last one stopped:

* ``stories.data`` -- each story's clustering state (:meth:`cluster.StoryState.to_json`: embedding sum, top
  tf-idf terms, entity counts, days, candidate titles);
* ``story_keys(key, article_id)`` -- dedup keys: ``h:<sha256 of normalised body>`` and one ``b<band>:<hash>``
  per MinHash LSH band;
* ``story_df(term, df)`` -- document frequencies of the hashed vocabulary; row ``-1`` holds the number of
  clustered documents and row ``-2`` the activity tick.

The two extra tables come from the store's migration 2 (``store/migrations.py``).

Syndicated copies are found against whichever copy arrived first (its text is what is clustered), but each
group's wire -- the ``copy_of`` target -- is its earliest-published copy (:mod:`crosswire.stories.wire`), re-chosen
whenever a copy joins, so an original stored after its copy still becomes the wire and a rebuild agrees.

Within a process the loaded state is cached per :class:`Store` and reused while ``PRAGMA data_version`` says no
other connection has written, so adding one article costs one scoring pass, not a reload.
"""

from __future__ import annotations

import json
import sqlite3
import weakref
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date

from crosswire.model import Article
from crosswire.stories.cluster import DEFAULT_CONFIG, Clusterer, Config, StoryState, featurize, iter_chunks, parse_day
from crosswire.stories.dedup import MIN_SHINGLES, band_keys, is_copy, minhash, resemblance
from crosswire.stories.text import fact_entities, heuristic_entities, norm_hash, shingles
from crosswire.stories.wire import Member, pick_wire

_META_DOCS, _META_TICK = -1, -2
BATCH = 64  # articles embedded together
MAX_NEAR_CANDIDATES = 20


@dataclass(slots=True)
class StoriesUpdate:
    """What one :func:`update_store` call did."""

    new_stories: int = 0
    joined: int = 0
    copies: int = 0
    merges: int = 0
    skipped: int = 0  # already in a story
    missing: list[str] = field(default_factory=list)  # ids not in the store

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class ReclusterReport:
    """A rebuild from scratch compared with what was stored before it."""

    articles: int
    stories_before: int
    stories_after: int
    equal: bool  # same partition into stories and the same copy links
    moved: list[str]  # articles whose story (as a set of articles) or wire copy changed, at most 100
    moved_count: int
    update: StoriesUpdate

    def as_dict(self) -> dict:
        d = asdict(self)
        return d


class _Cache:
    __slots__ = ("clusterer", "version")

    def __init__(self, version: int, clusterer: Clusterer) -> None:
        self.version = version
        self.clusterer = clusterer


_CACHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def _load(conn: sqlite3.Connection, config: Config) -> Clusterer:
    cl = Clusterer(config)
    for row in conn.execute("SELECT id, data FROM stories ORDER BY rowid"):
        try:
            data = json.loads(row["data"])
            cl.add_story(StoryState.from_json(row["id"], data))
        except (ValueError, KeyError, TypeError):
            continue  # a story written by something else; it stays listed but takes no new articles
    cl.finish_loading()
    for row in conn.execute("SELECT term, df FROM story_df"):
        term, df = int(row["term"]), int(row["df"])
        if term == _META_DOCS:
            cl.n_docs = df
        elif term == _META_TICK:
            cl.tick = df
        elif 0 <= term < cl.df.shape[0]:
            cl.df[term] = df
    return cl


def _clusterer(store, config: Config) -> Clusterer:
    version = _data_version(store.conn)
    cached = _CACHES.get(store)
    if cached is not None and cached.version == version and cached.clusterer.config == config:
        return cached.clusterer
    cl = _load(store.conn, config)
    _CACHES[store] = _Cache(version, cl)
    return cl


def _forget(store) -> None:
    _CACHES.pop(store, None)


def _day_iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day else None


def _save(conn: sqlite3.Connection, cl: Clusterer) -> None:
    for sid in sorted(cl.dirty):
        story = cl.stories.get(sid)
        if story is None:
            continue
        days = sorted(story.days)
        conn.execute(
            """INSERT INTO stories(id, title, first_seen, last_seen, data) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen,
               last_seen = excluded.last_seen, data = excluded.data,
               updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')""",
            (
                sid,
                story.central_title(),
                _day_iso(days[0]) if days else None,
                _day_iso(days[-1]) if days else None,
                json.dumps(story.to_json(), separators=(",", ":")),
            ),
        )
    rows = [(int(t), int(c)) for t, c in sorted(cl.df_dirty.items())]
    rows += [(_META_DOCS, 0), (_META_TICK, 0)]
    conn.executemany(
        "INSERT INTO story_df(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
        rows,
    )
    conn.execute("UPDATE story_df SET df = ? WHERE term = ?", (cl.n_docs, _META_DOCS))
    conn.execute("UPDATE story_df SET df = ? WHERE term = ?", (cl.tick, _META_TICK))
    cl.dirty.clear()
    cl.df_dirty.clear()


def _story_of(conn: sqlite3.Connection, article_id: str) -> str | None:
    row = conn.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
    return row["story_id"] if row else None


def _wire_of(conn: sqlite3.Connection, article_id: str, local: dict[str, str]) -> str:
    """The wire text an article stands for: itself, or the article it is a copy of."""
    if article_id in local:
        return local[article_id]
    row = conn.execute("SELECT copy_of FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
    return (row["copy_of"] if row and row["copy_of"] else None) or article_id


def _find_copy(
    conn: sqlite3.Connection, nhash: str, sh: set[str], keys: list[str], local: dict[str, str]
) -> str | None:
    """The wire article this body copies (exact hash first, then LSH candidates verified), or None."""
    row = conn.execute("SELECT article_id FROM story_keys WHERE key = ? LIMIT 1", ("h:" + nhash,)).fetchone()
    if row is not None:
        return _wire_of(conn, row["article_id"], local)
    if not keys:
        return None
    marks = ",".join("?" * len(keys))
    cands = conn.execute(
        f"""SELECT article_id, count(*) AS hits FROM story_keys WHERE key IN ({marks})
            GROUP BY article_id ORDER BY hits DESC, article_id LIMIT ?""",
        (*keys, MAX_NEAR_CANDIDATES),
    ).fetchall()
    best: tuple[float, str] | None = None
    for cand in cands:
        body = conn.execute("SELECT body FROM articles WHERE id = ?", (cand["article_id"],)).fetchone()
        if body is None:
            continue
        other = shingles(body["body"])
        if is_copy(sh, other):
            jac, cont = resemblance(sh, other)
            score = max(jac, cont)
            if best is None or score > best[0]:
                best = (score, cand["article_id"])
    return _wire_of(conn, best[1], local) if best else None


def _repoint(conn: sqlite3.Connection, story_id: str, root: str) -> None:
    """Make the group's earliest-published copy its wire (:func:`wire.pick_wire`): every other copy points to
    it. Only ``copy_of`` changes; the clustering state does not depend on which copy is the wire."""
    rows = conn.execute(
        """SELECT a.rowid AS rowid, a.id AS id, a.published AS published, a.outlet AS outlet, a.agency AS agency,
                  json_extract(a.data, '$.byline') AS byline, json_extract(a.data, '$.credits') AS credits
           FROM story_articles sa JOIN articles a ON a.id = sa.article_id
           WHERE sa.story_id = ? AND (sa.copy_of = ? OR sa.article_id = ?)""",
        (story_id, root, root),
    ).fetchall()
    members = []
    for r in rows:
        try:
            credits = [c for c in json.loads(r["credits"] or "[]") if isinstance(c, str)]
        except ValueError:
            credits = []
        members.append(
            Member(
                r["id"],
                int(r["rowid"]),
                r["published"],
                r["outlet"],
                [c for c in (r["agency"], r["byline"], *credits) if c],
            )
        )
    new = pick_wire(members)
    if new == root:
        return
    conn.execute("UPDATE story_articles SET copy_of = ? WHERE story_id = ? AND copy_of = ?", (new, story_id, root))
    conn.execute("UPDATE story_articles SET copy_of = ? WHERE article_id = ?", (new, root))
    conn.execute("UPDATE story_articles SET copy_of = NULL WHERE article_id = ?", (new,))


def _entities(store, article: Article):
    try:
        facts = store.get_facts(article.id)
    except (sqlite3.Error, ValueError):
        facts = None
    found = fact_entities(facts)
    if found:
        return found
    return heuristic_entities("\n".join(([article.title] if article.title else []) + [b.text for b in article.blocks]))


def _features(store, articles: list[Article], config: Config):
    return featurize(
        [a.id for a in articles],
        [a.title for a in articles],
        [[b.text for b in a.blocks] for a in articles],
        [parse_day(a.published) for a in articles],
        [_entities(store, a) for a in articles],
        config,
    )


def _process(
    store,
    cl: Clusterer,
    article_ids: Sequence[str],
    result: StoriesUpdate,
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Dedup every article of a chunk in order (recording its keys as it goes), embed only the non-copies in
    one batch, then place each article in order. The outcome equals one-at-a-time processing."""
    conn = store.conn
    seen: set[str] = set()
    todo: list[str] = []
    for aid in article_ids:
        if aid in seen:
            continue
        seen.add(aid)
        if conn.execute("SELECT 1 FROM story_articles WHERE article_id = ?", (aid,)).fetchone():
            result.skipped += 1
        else:
            todo.append(aid)
    done_before = 0
    if on_progress is not None:
        on_progress(0, len(todo))
    for chunk in iter_chunks(todo, BATCH):
        articles: list[Article] = []
        for aid in chunk:
            art = store.get_article(aid)
            if art is None:
                result.missing.append(aid)
            else:
                articles.append(art)
        wires: dict[str, str] = {}  # article id -> its wire (itself when not a copy), for this chunk
        copy_of: dict[str, str | None] = {}
        for art in articles:
            nhash = norm_hash(art.body)
            sh = shingles(art.body)
            keys = band_keys(minhash(sh)) if len(sh) >= MIN_SHINGLES else []
            wire = _find_copy(conn, nhash, sh, keys, wires) if sh else None
            copy_of[art.id] = wire
            wires[art.id] = wire or art.id
            conn.executemany(
                "INSERT INTO story_keys(key, article_id) VALUES (?, ?)",
                [("h:" + nhash, art.id)] + [(k, art.id) for k in keys],
            )
        originals = [a for a in articles if copy_of[a.id] is None]
        feats = dict(zip([a.id for a in originals], _features(store, originals, cl.config), strict=True))
        for art in articles:
            wire = copy_of[art.id]
            story_id = _story_of(conn, wire) if wire else None
            if wire and story_id:
                cl.add_copy(story_id, parse_day(art.published))
                root = _wire_of(conn, wire, {})  # the group's wire now (an earlier copy may have re-pointed it)
                conn.execute(
                    "INSERT INTO story_articles(article_id, story_id, copy_of) VALUES (?, ?, ?)",
                    (art.id, story_id, root),
                )
                _repoint(conn, story_id, root)
                result.copies += 1
                continue
            feat = feats.get(art.id) or _features(store, [art], cl.config)[0]
            assignment = cl.assign(feat)
            for gone, into, reason in assignment.merged:
                conn.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (into, gone))
                conn.execute("DELETE FROM stories WHERE id = ?", (gone,))
                conn.execute(
                    "INSERT INTO story_merges(merged_id, into_id, reason) VALUES (?, ?, ?)", (gone, into, reason)
                )
                result.merges += 1
            if assignment.new:  # the row must exist for story_articles' foreign key; filled in by _save
                conn.execute("INSERT OR IGNORE INTO stories(id, data) VALUES (?, '{}')", (assignment.story_id,))
            conn.execute(
                "INSERT INTO story_articles(article_id, story_id, copy_of) VALUES (?, ?, NULL)",
                (art.id, assignment.story_id),
            )
            if assignment.new:
                result.new_stories += 1
            else:
                result.joined += 1
        _save(conn, cl)
        done_before += len(chunk)
        if on_progress is not None:
            on_progress(done_before, len(todo))


def update_store(
    store,
    article_ids: Sequence[str],
    *,
    config: Config = DEFAULT_CONFIG,
    on_progress: Callable[[int, int], None] | None = None,
) -> StoriesUpdate:
    """Put each new article (in the given order) into a story: as a syndicated copy of a wire text already
    stored, else by clustering. Ids already in a story are skipped, unknown ids listed in ``missing``.
    One transaction per call; on any error nothing is written and the cached state is dropped.
    ``on_progress(done, total)`` is called after each chunk of articles, for progress bars."""
    result = StoriesUpdate()
    try:
        with store.transaction():
            if not store.conn.in_transaction:
                # Take the write lock before reading state, so no other writer slips in between.
                store.conn.execute("BEGIN IMMEDIATE")
            cl = _clusterer(store, config)
            _process(store, cl, list(article_ids), result, on_progress)
    except BaseException:
        _forget(store)
        raise
    return result


def _snapshot(conn: sqlite3.Connection) -> tuple[dict[str, frozenset[str]], dict[str, str | None]]:
    members: dict[str, set[str]] = {}
    copy_of: dict[str, str | None] = {}
    for row in conn.execute("SELECT article_id, story_id, copy_of FROM story_articles"):
        members.setdefault(row["story_id"], set()).add(row["article_id"])
        copy_of[row["article_id"]] = row["copy_of"]
    by_article = {}
    for ids in members.values():
        frozen = frozenset(ids)
        for a in ids:
            by_article[a] = frozen
    return by_article, copy_of


def recluster(store, *, config: Config = DEFAULT_CONFIG) -> ReclusterReport:
    """Drop the story tables and rebuild them from every article in ingest order, in one transaction.

    Comparisons are keyed by story and are deleted with the stories they belong to; the compare stage rebuilds
    them. The report says whether the rebuild equals what was stored (it should, for the same articles in the
    same order) and which articles moved if not."""
    conn = store.conn
    before, before_copy = _snapshot(conn)
    stories_before = int(conn.execute("SELECT count(*) FROM stories").fetchone()[0])
    result = StoriesUpdate()
    _forget(store)
    try:
        with store.transaction():
            for table in ("story_articles", "story_merges", "story_keys", "story_df", "stories"):
                conn.execute(f"DELETE FROM {table}")
            cl = Clusterer(config)
            ids = [r["id"] for r in conn.execute("SELECT id FROM articles ORDER BY rowid")]
            _process(store, cl, ids, result)
    except BaseException:
        _forget(store)
        raise
    _CACHES[store] = _Cache(_data_version(conn), cl)
    after, after_copy = _snapshot(conn)
    moved = sorted(
        a for a in set(before) | set(after) if before.get(a) != after.get(a) or before_copy.get(a) != after_copy.get(a)
    )
    return ReclusterReport(
        articles=len(ids),
        stories_before=stories_before,
        stories_after=int(conn.execute("SELECT count(*) FROM stories").fetchone()[0]),
        equal=not moved,
        moved=moved[:100],
        moved_count=len(moved),
        update=result,
    )
