"""Queries over the comparisons table: one stored comparison per story.

A stored comparison is the JSON of :meth:`crosswire.compare.records.Comparison.to_dict`; these methods store
and return that JSON (a dict) and leave building records to the compare stage, so the store does not import
the stages above it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any


class ComparisonQueries:
    """Comparison reads and writes; mixed into :class:`crosswire.store.Store`, which owns ``conn``."""

    conn: sqlite3.Connection

    def stored_comparison(self, story_id: str) -> dict[str, Any] | None:
        """The stored comparison JSON of a story, or None when none is stored."""
        row = self.conn.execute("SELECT data FROM comparisons WHERE story_id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        data: dict[str, Any] = json.loads(row["data"])
        return data

    def iter_comparisons(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(story id, comparison JSON) of every stored comparison, in story creation order, read one row at a
        time (a whole store's comparisons are never held at once); nothing when the store has no comparisons
        table (a read-only store that was never migrated)."""
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'comparisons'").fetchone() is None:
            return
        cur = self.conn.cursor()
        cur.row_factory = None
        for story_id, data in cur.execute(
            "SELECT c.story_id, c.data FROM comparisons c JOIN stories s ON s.id = c.story_id ORDER BY s.rowid"
        ):
            yield story_id, json.loads(data)

    def save_comparison(self, story_id: str, data: dict[str, Any]) -> bool:
        """Store (or replace) a story's comparison JSON in one transaction; False when there is no such story.

        Raises :class:`sqlite3.OperationalError` on a read-only store."""
        if self.conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is None:
            return False
        try:
            self.conn.execute(
                """INSERT INTO comparisons(story_id, data) VALUES (?, ?)
                   ON CONFLICT(story_id) DO UPDATE SET data = excluded.data,
                   updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')""",
                (story_id, json.dumps(data, ensure_ascii=False)),
            )
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        return True

    def comparison_texts(self) -> dict[str, str]:
        """Story id -> the stored comparison's JSON text, unparsed: what a rebuild of the stories keeps
        (:meth:`restore_comparisons`)."""
        return {r["story_id"]: r["data"] for r in self.conn.execute("SELECT story_id, data FROM comparisons")}

    def restore_comparisons(self, texts: dict[str, str]) -> int:
        """Put back comparisons read by :meth:`comparison_texts` for the stories that exist now (a story id
        gone in a rebuild loses its comparison); the caller's transaction. Returns how many were put back.
        A comparison whose story's articles changed is restored too: its fingerprint marks it stale, and the
        compare stage recomputes it."""
        kept = 0
        for story_id, data in texts.items():
            kept += self.conn.execute(
                "INSERT OR REPLACE INTO comparisons(story_id, data) SELECT ?, ? WHERE EXISTS"
                " (SELECT 1 FROM stories WHERE id = ?)",
                (story_id, data, story_id),
            ).rowcount
        return kept

    def comparison_stats(self) -> dict[str, tuple[str | None, dict[str, Any] | None]]:
        """Story id -> (fingerprint, stats) of every stored comparison, read without parsing the whole JSON;
        empty when the store has no comparisons table or SQLite lacks JSON1."""
        try:
            rows = self.conn.execute(
                "SELECT story_id, json_extract(data, '$.stats') AS stats,"
                " json_extract(data, '$.fingerprint') AS fp FROM comparisons"
            ).fetchall()
        except sqlite3.OperationalError:
            return {}
        return {r["story_id"]: (r["fp"], json.loads(r["stats"]) if r["stats"] is not None else None) for r in rows}
