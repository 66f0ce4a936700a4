"""Queries over the comparisons table (one stored comparison per story) and the story rows a comparison reads.

A stored comparison is the JSON of :meth:`crosswire.compare.records.Comparison.to_dict`; these methods store
and return that JSON (a dict) and leave building records to the compare stage, so the store does not import
the stages above it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

_IN_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit


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

    def story_ids(self) -> list[str]:
        """Every story id, in the order the stories were created."""
        return [r["id"] for r in self.conn.execute("SELECT id FROM stories ORDER BY rowid").fetchall()]

    def story_article_ids(self, story_id: str) -> list[str]:
        """The ids of a story's articles (in no particular order: a comparison's fingerprint sorts them)."""
        rows = self.conn.execute("SELECT article_id FROM story_articles WHERE story_id = ?", (story_id,)).fetchall()
        return [r["article_id"] for r in rows]

    def copy_links(self, article_ids: Sequence[str]) -> dict[str, str | None]:
        """Article id -> the id of the article it syndicates (None for an original), for the given articles
        that a story holds; empty when the store has no stories tables."""
        out: dict[str, str | None] = {}
        ids = list(article_ids)
        try:
            for i in range(0, len(ids), _IN_CHUNK):
                chunk = ids[i : i + _IN_CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self.conn.execute(
                    f"SELECT article_id, copy_of FROM story_articles WHERE article_id IN ({marks})", chunk
                ).fetchall()
                out.update({r["article_id"]: r["copy_of"] for r in rows})
        except sqlite3.OperationalError:  # a store without the stories tables: nothing is a known copy
            return {}
        return out
