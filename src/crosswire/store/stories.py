"""Queries over the stories tables: stories, story_articles, story_merges, story_keys, story_df.

What the tables hold (written by :mod:`crosswire.stories.stage`):

* ``stories(id, title, first_seen, last_seen, data)`` -- one row per story; ``data`` is its clustering state as
  JSON; ``first_seen``/``last_seen`` are ISO days;
* ``story_articles(article_id, story_id, copy_of)`` -- which story holds each article, and the wire article a
  syndicated copy points to;
* ``story_merges(merged_id, into_id, reason)`` -- stories folded into others, so an old id still finds its story;
* ``story_keys(key, article_id)`` -- dedup keys of each article (exact body hash and MinHash LSH bands);
* ``story_df(term, df)`` -- document frequencies of the hashed vocabulary (negative terms hold counters).

Read methods work on a read-only store that was never migrated (they return nothing when the tables are
missing); write methods run inside the caller's transaction (:meth:`crosswire.store.Store.transaction`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

IN_CHUNK = 500  # ids per ``IN (...)`` list, well under SQLite's bound-parameter limit

# story_articles drives the join (CROSS JOIN pins the order) and each article is found by its id, so a page of
# stories reads only its own article rows (story_articles_story index); for the whole list it is as fast as
# SQLite's own plan, which scans the articles table.
_MEMBER_COLS = "a.id, a.url, a.outlet, a.agency, a.title, a.published, sa.copy_of, sa.story_id, a.language"
_MEMBERS = f"SELECT {_MEMBER_COLS} FROM story_articles sa CROSS JOIN articles a ON a.id = sa.article_id"


class StoryRow(NamedTuple):
    """A story's own row: id, central title, first and last day (ISO dates, None when undated)."""

    id: str
    title: str | None
    first_seen: str | None
    last_seen: str | None


class StoryMember(NamedTuple):
    """An article of a story with the metadata story listings show; ``copy_of`` is its wire article, if any."""

    id: str
    url: str | None
    outlet: str | None
    agency: str | None
    title: str | None
    published: str | None
    copy_of: str | None
    story_id: str
    language: str | None = None  # ISO 639-1, as the cleaner identified it


class Placement(NamedTuple):
    """Where an article was placed: its story and the wire article it copies (None when it is no copy)."""

    article_id: str
    story_id: str
    copy_of: str | None


class WireCandidate(NamedTuple):
    """A member of a copy group as the wire choice weighs it (:func:`crosswire.stories.wire.pick_wire`)."""

    id: str
    rowid: int  # ingest order
    published: str | None
    outlet: str | None
    agency: str | None
    byline: str | None
    credits: list[str]


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), IN_CHUNK):
        yield ids[i : i + IN_CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


class StoryQueries:
    """Story reads and writes; mixed into :class:`crosswire.store.Store`, which owns ``conn``."""

    conn: sqlite3.Connection

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows as plain tuples (cheaper than ``sqlite3.Row`` for the listings' thousands of rows)."""
        cur = self.conn.cursor()
        cur.row_factory = None
        return cur.execute(sql, params).fetchall()

    # -- reads: stories -----------------------------------------------------------------------------------
    def has_story_tables(self) -> bool:
        """Whether the stories tables exist (a read-only store that was never migrated has none)."""
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'stories'").fetchone() is not None

    def story_rows(self, *, limit: int | None = None, offset: int = 0) -> list[StoryRow]:
        """Stories most recent first: by ``last_seen`` descending (undated last), then more articles first,
        then by id. ``limit``/``offset`` select one page of that order."""
        if not self.has_story_tables() or (limit is not None and limit <= 0):
            return []
        # ISO days sort as text; SQLite's BINARY collation orders them as Python's str comparison does. The size
        # is counted on story_articles' story index alone: its article_id is a foreign key (the store turns them
        # on) with ON DELETE CASCADE, so every row has its article and the count equals the listed articles.
        rows = self._tuples(
            """SELECT s.id, s.title, s.first_seen, s.last_seen,
                      (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id) AS size
               FROM stories s ORDER BY s.last_seen IS NULL, s.last_seen DESC, size DESC, s.id LIMIT ? OFFSET ?""",
            (-1 if limit is None else limit, max(0, offset)),
        )
        return [StoryRow(*r[:4]) for r in rows]

    def iter_stories(self, batch: int = IN_CHUNK) -> Iterator[tuple[StoryRow, list[StoryMember]]]:
        """Every story with its articles (in ingest order), in story creation order, read ``batch`` stories at
        a time (a whole store's stories are never held at once); nothing when there are no story tables."""
        if not self.has_story_tables():
            return
        cur = self.conn.cursor()
        cur.row_factory = None
        cur.execute("SELECT id, title, first_seen, last_seen FROM stories ORDER BY rowid")
        while page := [StoryRow(*r) for r in cur.fetchmany(batch)]:
            members: dict[str, list[StoryMember]] = {}
            for m in self.story_members([s.id for s in page]):
                members.setdefault(m.story_id, []).append(m)
            for story in page:
                yield story, members.get(story.id, [])

    def story_row(self, story_id: str) -> StoryRow | None:
        if not self.has_story_tables():
            return None
        row = self._tuples("SELECT id, title, first_seen, last_seen FROM stories WHERE id = ?", (story_id,))
        return StoryRow(*row[0]) if row else None

    def story_members(self, story_ids: Sequence[str] | None = None) -> list[StoryMember]:
        """The articles of these stories (of every story when None), in ingest order."""
        if not self.has_story_tables():
            return []
        if story_ids is None:
            return [StoryMember(*r) for r in self._tuples(_MEMBERS + " ORDER BY a.rowid")]
        found: list[tuple[Any, ...]] = []
        for chunk in _chunks(story_ids):
            found += self._tuples(
                f"SELECT a.rowid, {_MEMBER_COLS} FROM story_articles sa CROSS JOIN articles a"
                f" ON a.id = sa.article_id WHERE sa.story_id IN ({_marks(len(chunk))})",
                chunk,
            )
        return [StoryMember(*r[1:]) for r in sorted(found)]

    def resolve_story_id(self, story_id: str) -> str | None:
        """The stored id for a full id, a unique prefix, or the id of a story since merged into another."""
        if not story_id or not self.has_story_tables():
            return None
        if self._story_exists(story_id):
            return story_id
        for _ in range(100):  # follow merges (bounded: merges never form a cycle, but be safe)
            row = self.conn.execute(
                "SELECT into_id FROM story_merges WHERE merged_id = ? ORDER BY rowid DESC LIMIT 1", (story_id,)
            ).fetchone()
            if row is None:
                break
            story_id = str(row["into_id"])
            if self._story_exists(story_id):
                return story_id
        rows = self.conn.execute(
            "SELECT id FROM stories WHERE id >= ? AND id < ? ORDER BY id LIMIT 2", (story_id, story_id + "\uffff")
        ).fetchall()
        return str(rows[0]["id"]) if len(rows) == 1 else None

    def _story_exists(self, story_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is not None

    def count_stories(self) -> int:
        if not self.has_story_tables():
            return 0
        return int(self.conn.execute("SELECT count(*) FROM stories").fetchone()[0])

    def stories_with_entity(self, name_part: str) -> set[str]:
        """Stories with an article whose facts name an entity containing ``name_part`` (case-insensitive
        for ASCII letters, as SQLite's LIKE)."""
        if not self.has_story_tables():
            return set()
        escaped = name_part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._tuples(
            """SELECT DISTINCT sa.story_id FROM facts f, json_each(f.data, '$.entities') e
               JOIN story_articles sa ON sa.article_id = f.article_id
               WHERE json_extract(e.value, '$.name') LIKE ? ESCAPE '\\'""",
            ("%" + escaped + "%",),
        )
        return {str(r[0]) for r in rows}

    # -- reads: articles in stories -----------------------------------------------------------------------
    def articles_without_story(self) -> list[str]:
        """Stored articles no story holds yet, in ingest order (new ones, or ones a crash left behind)."""
        rows = self.conn.execute(
            """SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
               WHERE s.article_id IS NULL ORDER BY a.rowid"""
        ).fetchall()
        return [r["id"] for r in rows]

    def placement(self, article_id: str) -> Placement | None:
        """The story an article is in and the wire it copies; None when it is in no story."""
        rows = self._tuples(
            "SELECT article_id, story_id, copy_of FROM story_articles WHERE article_id = ?", (article_id,)
        )
        return Placement(*rows[0]) if rows else None

    def placements(self) -> list[Placement]:
        """Every placed article with its story and wire (the partition a rebuild is compared against)."""
        if not self.has_story_tables():
            return []
        return [Placement(*r) for r in self._tuples("SELECT article_id, story_id, copy_of FROM story_articles")]

    def story_ids(self) -> list[str]:
        """Every story id, in the order the stories were created."""
        return [str(r[0]) for r in self._tuples("SELECT id FROM stories ORDER BY rowid")]

    def story_article_ids(self, story_id: str) -> list[str]:
        """The ids of a story's articles (in no particular order: a comparison's fingerprint sorts them)."""
        rows = self.conn.execute("SELECT article_id FROM story_articles WHERE story_id = ?", (story_id,)).fetchall()
        return [r["article_id"] for r in rows]

    def copy_links(self, article_ids: Sequence[str]) -> dict[str, str | None]:
        """Article id -> the id of the article it syndicates (None for an original), for the given articles
        that a story holds; empty when the store has no stories tables."""
        out: dict[str, str | None] = {}
        try:
            for chunk in _chunks(list(article_ids)):
                rows = self._tuples(
                    f"SELECT article_id, copy_of FROM story_articles WHERE article_id IN ({_marks(len(chunk))})",
                    chunk,
                )
                out.update({str(r[0]): r[1] for r in rows})
        except sqlite3.OperationalError:  # a store without the stories tables: nothing is a known copy
            return {}
        return out

    def story_ids_of(self, article_ids: Sequence[str]) -> list[str]:
        """The ids of the stories these articles are in, sorted."""
        out: set[str] = set()
        for chunk in _chunks(article_ids):
            rows = self._tuples(
                f"SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ({_marks(len(chunk))})", chunk
            )
            out.update(str(r[0]) for r in rows)
        return sorted(out)

    def wire_candidates(self, story_id: str, wire_id: str) -> list[WireCandidate]:
        """The copy group of ``wire_id`` in a story: the wire and every article pointing to it, with what the
        wire choice weighs (ingest order, publication time, outlet, agency, byline and credit lines)."""
        rows = self.conn.execute(
            """SELECT a.rowid AS rowid, a.id AS id, a.published AS published, a.outlet AS outlet, a.agency AS agency,
                      json_extract(a.data, '$.byline') AS byline, json_extract(a.data, '$.credits') AS credits
               FROM story_articles sa JOIN articles a ON a.id = sa.article_id
               WHERE sa.story_id = ? AND (sa.copy_of = ? OR sa.article_id = ?)""",
            (story_id, wire_id, wire_id),
        ).fetchall()
        return [
            WireCandidate(r["id"], int(r["rowid"]), r["published"], r["outlet"], r["agency"], r["byline"], _credits(r))
            for r in rows
        ]

    # -- reads: clustering state --------------------------------------------------------------------------
    def story_states(self) -> list[tuple[str, str]]:
        """(story id, clustering state as JSON text) of every story, in creation order."""
        return [(str(r[0]), str(r[1])) for r in self._tuples("SELECT id, data FROM stories ORDER BY rowid")]

    def document_frequencies(self) -> list[tuple[int, int]]:
        """(hashed term, document frequency) rows of the clustering vocabulary, counters included."""
        return [(int(r[0]), int(r[1])) for r in self._tuples("SELECT term, df FROM story_df")]

    def article_with_key(self, key: str) -> str | None:
        """The first article recorded under a dedup key, or None."""
        row = self.conn.execute("SELECT article_id FROM story_keys WHERE key = ? LIMIT 1", (key,)).fetchone()
        return str(row["article_id"]) if row else None

    def articles_sharing_keys(self, keys: Sequence[str], limit: int) -> list[str]:
        """Articles recorded under any of ``keys``, most shared keys first (then by id), at most ``limit``."""
        if not keys:
            return []
        rows = self._tuples(
            f"""SELECT article_id, count(*) AS hits FROM story_keys WHERE key IN ({_marks(len(keys))})
                GROUP BY article_id ORDER BY hits DESC, article_id LIMIT ?""",
            (*keys, limit),
        )
        return [str(r[0]) for r in rows]

    # -- writes -------------------------------------------------------------------------------------------
    def add_story_keys(self, article_id: str, keys: Sequence[str]) -> None:
        self.conn.executemany("INSERT INTO story_keys(key, article_id) VALUES (?, ?)", [(k, article_id) for k in keys])

    def add_empty_story(self, story_id: str) -> None:
        """A story row with no state yet, so articles can point to it before :meth:`save_story` fills it."""
        self.conn.execute("INSERT OR IGNORE INTO stories(id, data) VALUES (?, '{}')", (story_id,))

    def save_story(
        self, story_id: str, title: str | None, first_seen: str | None, last_seen: str | None, state_json: str
    ) -> None:
        self.conn.execute(
            """INSERT INTO stories(id, title, first_seen, last_seen, data) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen,
               last_seen = excluded.last_seen, data = excluded.data,
               updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')""",
            (story_id, title, first_seen, last_seen, state_json),
        )

    def add_document_frequencies(self, counts: Iterable[tuple[int, int]]) -> None:
        """Add to the stored document frequencies (rows are created at 0 when new)."""
        self.conn.executemany(
            "INSERT INTO story_df(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            counts,
        )

    def set_document_frequency(self, term: int, df: int) -> None:
        self.conn.execute("UPDATE story_df SET df = ? WHERE term = ?", (df, term))

    def place_article(self, article_id: str, story_id: str, copy_of: str | None) -> None:
        self.conn.execute(
            "INSERT INTO story_articles(article_id, story_id, copy_of) VALUES (?, ?, ?)",
            (article_id, story_id, copy_of),
        )

    def merge_story(self, merged_id: str, into_id: str, reason: str) -> None:
        """Move every article of ``merged_id`` into ``into_id``, drop it and record the merge."""
        self.conn.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (into_id, merged_id))
        self.conn.execute("DELETE FROM stories WHERE id = ?", (merged_id,))
        self.conn.execute(
            "INSERT INTO story_merges(merged_id, into_id, reason) VALUES (?, ?, ?)", (merged_id, into_id, reason)
        )

    def repoint_wire(self, story_id: str, old_wire: str, new_wire: str) -> None:
        """Make ``new_wire`` the wire of ``old_wire``'s copy group: every copy (and the old wire) points to it."""
        self.conn.execute(
            "UPDATE story_articles SET copy_of = ? WHERE story_id = ? AND copy_of = ?", (new_wire, story_id, old_wire)
        )
        self.conn.execute("UPDATE story_articles SET copy_of = ? WHERE article_id = ?", (new_wire, old_wire))
        self.conn.execute("UPDATE story_articles SET copy_of = NULL WHERE article_id = ?", (new_wire,))

    def clear_stories(self) -> None:
        """Delete every story, placement, merge record, dedup key and document frequency (comparisons go with
        their stories)."""
        for table in ("story_articles", "story_merges", "story_keys", "story_df", "stories"):
            self.conn.execute(f"DELETE FROM {table}")  # table names are the constants above


def _credits(row: sqlite3.Row) -> list[str]:
    try:
        found = json.loads(row["credits"] or "[]")
    except ValueError:
        return []
    return [c for c in found if isinstance(c, str)] if isinstance(found, list) else []
