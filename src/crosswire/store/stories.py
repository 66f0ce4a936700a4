"""Queries over the stories tables: stories, story_articles, story_keys, story_df."""

from __future__ import annotations

import sqlite3


class StoryQueries:
    """Story reads and writes; mixed into :class:`crosswire.store.Store`, which owns ``conn``."""

    conn: sqlite3.Connection

    def articles_without_story(self) -> list[str]:
        """Stored articles no story holds yet, in ingest order (new ones, or ones a crash left behind)."""
        rows = self.conn.execute(
            """SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
               WHERE s.article_id IS NULL ORDER BY a.rowid"""
        ).fetchall()
        return [r["id"] for r in rows]
