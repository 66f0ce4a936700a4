"""Read side of stories for the CLI, the web UI and the compare stage (works on a read-only store)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from crosswire.stories.dedup import paragraph_changes

_ARTICLE_COLS = "a.id, a.url, a.outlet, a.agency, a.title, a.published, sa.copy_of, sa.story_id"
# story_articles drives the join (CROSS JOIN pins the order) and each article is found by its id, so a page of
# stories reads only its own article rows (story_articles_story index); for the whole list it is as fast as
# SQLite's own plan, which scans the articles table.
_ARTICLES_OF = f"SELECT {_ARTICLE_COLS} FROM story_articles sa CROSS JOIN articles a ON a.id = sa.article_id"
_KEYS = ("id", "url", "outlet", "agency", "title", "published", "copy_of")
_IN_CHUNK = 500  # story ids per IN (...) list, well under SQLite's bound-parameter limit


def _uniq(values) -> list[str]:
    """Distinct non-empty values in first-seen order."""
    return [v for v in dict.fromkeys(values) if v]


def _shape(row: Sequence[Any], articles: list[Sequence[Any]]) -> dict[str, Any]:
    """A story as the CLI, web and compare stages read it. ``row`` is (id, title, first_seen, last_seen, ...)
    and each article row is in :data:`_ARTICLE_COLS` order (plain tuples: cheaper than ``sqlite3.Row``)."""
    arts = [dict(zip(_KEYS, a, strict=False)) for a in articles]
    by_id = {a["id"]: a for a in arts}
    wires: dict[str, list[str]] = {}
    for a in arts:
        if a["copy_of"]:
            wires.setdefault(a["copy_of"], []).append(a["id"])
    copies = []
    for wire, ids in wires.items():
        outlets = _uniq([by_id.get(wire, {}).get("outlet")] + [by_id[i]["outlet"] for i in ids])
        copies.append({"wire": wire, "outlets": outlets, "articles": [wire, *ids]})
    return {
        "id": row[0],
        "title": row[1],
        "first_seen": row[2],
        "last_seen": row[3],
        "size": len(arts),
        "outlets": _uniq(a["outlet"] for a in arts),
        "agencies": _uniq(a["agency"] for a in arts),
        "articles": arts,
        "copies": copies,
    }


def _has_stories(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'stories'").fetchone() is not None


def _tuples(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
    cur = conn.cursor()
    cur.row_factory = None
    return cur.execute(sql, params).fetchall()


def list_stories(store, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stories, most recent first (undated last; then more articles first, then by id), with their articles
    and copy groups.

    ``limit``/``offset`` return one page of that order (``list_stories(store)[offset:offset + limit]``,
    computed in SQL, reading the article rows of the returned stories only). The copy groups here omit
    ``changes`` (that needs every copy's body); :func:`get_story` adds them.
    """
    conn = store.conn
    if not _has_stories(conn) or (limit is not None and limit <= 0):
        return []
    # ISO days sort as text; SQLite's BINARY collation orders them as Python's str comparison does. The size
    # is counted on story_articles' story index alone: its article_id is a foreign key (the store turns them
    # on) with ON DELETE CASCADE, so every row has its article and the count equals the listed articles.
    rows = _tuples(
        conn,
        """SELECT s.id, s.title, s.first_seen, s.last_seen,
                  (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id) AS size
           FROM stories s ORDER BY s.last_seen IS NULL, s.last_seen DESC, size DESC, s.id LIMIT ? OFFSET ?""",
        (-1 if limit is None else limit, max(0, offset)),
    )
    members: dict[str, list[tuple]] = {r[0]: [] for r in rows}
    if limit is None and offset <= 0:
        found = _tuples(conn, _ARTICLES_OF + " ORDER BY a.rowid")
    else:
        ids = list(members)
        found = []
        for i in range(0, len(ids), _IN_CHUNK):
            chunk = ids[i : i + _IN_CHUNK]
            found += _tuples(
                conn,
                f"SELECT a.rowid, {_ARTICLE_COLS} FROM story_articles sa CROSS JOIN articles a ON a.id = sa.article_id"
                f" WHERE sa.story_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        found = [r[1:] for r in sorted(found)]
    for a in found:
        group = members.get(a[7])
        if group is not None:
            group.append(a)
    return [_shape(r, members[r[0]]) for r in rows]


def resolve_story_id(store, story_id: str) -> str | None:
    """The stored id for a full id, a unique prefix, or the id of a story since merged into another."""
    conn = store.conn
    if not story_id or not _has_stories(conn):
        return None
    if conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone():
        return story_id
    for _ in range(100):  # follow merges (bounded: merges never form a cycle, but be safe)
        row = conn.execute(
            "SELECT into_id FROM story_merges WHERE merged_id = ? ORDER BY rowid DESC LIMIT 1", (story_id,)
        ).fetchone()
        if row is None:
            break
        story_id = row["into_id"]
        if conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone():
            return story_id
    rows = conn.execute(
        "SELECT id FROM stories WHERE id >= ? AND id < ? ORDER BY id LIMIT 2", (story_id, story_id + "\uffff")
    ).fetchall()
    return rows[0]["id"] if len(rows) == 1 else None


def get_story(store, story_id: str) -> dict[str, Any] | None:
    """One story with its articles and, for each wire text (the group's earliest-published copy, see
    :mod:`crosswire.stories.wire`), the outlets that ran it and what each copy changed.

    ``copies[i]["changes"]`` has one entry per copy: the body blocks (paragraphs and subheadings) it added and
    removed against the wire text (:func:`dedup.paragraph_changes`; an edited paragraph is one removed and one
    added), and ``title``, the copy's own headline when it differs from the wire's (else None)."""
    sid = resolve_story_id(store, story_id)
    if sid is None:
        return None
    conn = store.conn
    row = conn.execute("SELECT id, title, first_seen, last_seen FROM stories WHERE id = ?", (sid,)).fetchone()
    arts = _tuples(conn, _ARTICLES_OF + " WHERE sa.story_id = ? ORDER BY a.rowid", (sid,))
    story = _shape(row, arts)
    for group in story["copies"]:
        wire = store.get_article(group["wire"])
        changes = []
        for aid in group["articles"][1:]:
            copy = store.get_article(aid)
            if wire is None or copy is None:
                continue
            ch = paragraph_changes(aid, [b.text for b in wire.blocks], [b.text for b in copy.blocks])
            title = copy.title if (copy.title or "").strip() != (wire.title or "").strip() else None
            changes.append({"article": aid, "added": ch.added, "removed": ch.removed, "title": title})
        group["changes"] = changes
    return story
