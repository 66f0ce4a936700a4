"""Queries over the facts table: one JSON document per article, versioned by the facts stage."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any


class FactQueries:
    """Facts reads and writes; mixed into :class:`crosswire.store.Store`, which owns ``conn``."""

    conn: sqlite3.Connection

    def put_facts(self, article_id: str, data: dict[str, Any], version: int) -> None:
        self.conn.execute(
            """INSERT INTO facts(article_id, version, data) VALUES (?, ?, ?)
               ON CONFLICT(article_id) DO UPDATE SET version = excluded.version, data = excluded.data,
               updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')""",
            (article_id, version, json.dumps(data, ensure_ascii=False)),
        )

    def put_names(self, article_id: str, rows: Iterable[tuple[str, str]]) -> None:
        """Replace the article's rows of the name index: ``(skeleton, surface)`` pairs
        (:func:`crosswire.facts.name_index.name_rows`)."""
        self.conn.execute("DELETE FROM names WHERE article_id = ?", (article_id,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO names(article_id, skeleton, surface) VALUES (?, ?, ?)",
            [(article_id, key, surface) for key, surface in rows],
        )

    def name_spellings(self, keys: Iterable[str], limit: int = 24) -> list[str]:
        """The surfaces the name index holds for any of the skeleton ``keys``, the most often written first
        (at most ``limit``); [] when the store has no name index (a read-only store never migrated)."""
        keys = list(keys)
        if not keys or self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'names'").fetchone() is None:
            return []
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            f"SELECT surface FROM names WHERE skeleton IN ({marks})"
            " GROUP BY surface ORDER BY count(*) DESC, surface LIMIT ?",
            (*keys, limit),
        ).fetchall()
        return [r[0] for r in rows]

    def get_facts(self, article_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT data FROM facts WHERE article_id = ?", (article_id,)).fetchone()
        return json.loads(row["data"]) if row else None

    def iter_facts(self) -> Iterator[tuple[str, int, dict[str, Any]]]:
        """(article id, facts version, facts JSON) of every article with facts, in ingest order, read one row
        at a time; nothing when the store has no facts table (a read-only store that was never migrated)."""
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'facts'").fetchone() is None:
            return
        cur = self.conn.cursor()
        cur.row_factory = None
        for article_id, version, data in cur.execute(
            "SELECT f.article_id, f.version, f.data FROM facts f JOIN articles a ON a.id = f.article_id"
            " ORDER BY a.rowid"
        ):
            yield article_id, int(version), json.loads(data)

    def facts_version(self, article_id: str) -> int | None:
        """The version of the facts stored for an article, or None when it has none."""
        row = self.conn.execute("SELECT version FROM facts WHERE article_id = ?", (article_id,)).fetchone()
        return int(row["version"]) if row else None

    def articles_without_facts(self, version: int) -> list[str]:
        rows = self.conn.execute(
            """SELECT a.id FROM articles a LEFT JOIN facts f ON f.article_id = a.id
               WHERE f.article_id IS NULL OR f.version < ? ORDER BY a.rowid""",
            (version,),
        ).fetchall()
        return [r["id"] for r in rows]
