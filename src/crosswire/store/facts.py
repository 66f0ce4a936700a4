"""Queries over the facts table: one JSON document per article, versioned by the facts stage."""

from __future__ import annotations

import json
import sqlite3
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

    def get_facts(self, article_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT data FROM facts WHERE article_id = ?", (article_id,)).fetchone()
        return json.loads(row["data"]) if row else None

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
