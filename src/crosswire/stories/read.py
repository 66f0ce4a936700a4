"""Read side of stories for the CLI, the web UI and the compare stage (works on a read-only store)."""

from __future__ import annotations

import sqlite3
from typing import Any

from crosswire.stories.dedup import paragraph_changes

_ARTICLE_COLS = "a.id, a.url, a.outlet, a.agency, a.title, a.published, sa.copy_of, sa.story_id"


def _uniq(values) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def _shape(row: sqlite3.Row, articles: list[sqlite3.Row]) -> dict[str, Any]:
    arts = [
        {
            "id": a["id"],
            "url": a["url"],
            "outlet": a["outlet"],
            "agency": a["agency"],
            "title": a["title"],
            "published": a["published"],
            "copy_of": a["copy_of"],
        }
        for a in articles
    ]
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
        "id": row["id"],
        "title": row["title"],
        "first_seen": row["first_seen"],
        "last_seen": row["last_seen"],
        "size": len(arts),
        "outlets": _uniq(a["outlet"] for a in arts),
        "agencies": _uniq(a["agency"] for a in arts),
        "articles": arts,
        "copies": copies,
    }


def _has_stories(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'stories'").fetchone() is not None


def list_stories(store) -> list[dict[str, Any]]:
    """Every story, most recent first (undated last), with its articles and copy groups.

    The copy groups here omit ``changes`` (that needs every copy's body); :func:`get_story` adds them.
    """
    conn = store.conn
    if not _has_stories(conn):
        return []
    members: dict[str, list[sqlite3.Row]] = {}
    for a in conn.execute(
        f"""SELECT {_ARTICLE_COLS} FROM story_articles sa JOIN articles a ON a.id = sa.article_id
            ORDER BY a.rowid"""
    ):
        members.setdefault(a["story_id"], []).append(a)
    stories = [_shape(row, members.get(row["id"], [])) for row in conn.execute("SELECT * FROM stories")]
    stories.sort(key=lambda s: (s["last_seen"] is None, _neg(s["last_seen"]), -s["size"], s["id"]))
    return stories


def _neg(day: str | None) -> str:
    # Sort ISO dates descending inside an ascending sort key.
    return "".join(chr(0x10FFFF - ord(c)) for c in day) if day else ""


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
    """One story with its articles and, for each wire text, the outlets that ran it and what each changed.

    ``copies[i]["changes"]`` has one entry per copy: the body blocks (paragraphs and subheadings) it added and
    removed against the wire text (:func:`dedup.paragraph_changes`; an edited paragraph is one removed and one
    added), and ``title``, the copy's own headline when it differs from the wire's (else None)."""
    sid = resolve_story_id(store, story_id)
    if sid is None:
        return None
    conn = store.conn
    row = conn.execute("SELECT * FROM stories WHERE id = ?", (sid,)).fetchone()
    arts = conn.execute(
        f"""SELECT {_ARTICLE_COLS} FROM story_articles sa JOIN articles a ON a.id = sa.article_id
            WHERE sa.story_id = ? ORDER BY a.rowid""",
        (sid,),
    ).fetchall()
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
