"""Queries over the articles table and its full-text index: what the ingest and clean stages write."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from crosswire.model import Article, to_dict

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class ArticleQueries:
    """Article reads and writes; mixed into :class:`crosswire.store.Store`, which owns ``conn``."""

    conn: sqlite3.Connection

    def has_hash(self, content_hash: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add_article(self, article: Article) -> bool:
        """Insert unless the same content (or the same id) is already stored. Returns whether it was new.

        The caller commits (see :meth:`transaction`), so a batch of articles lands together.
        """
        cur = self.conn.execute(
            """INSERT OR IGNORE INTO articles
               (id, content_hash, source, kind, url, outlet, agency, title, published, language, word_count,
                body, data)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.id,
                article.content_hash,
                article.source,
                article.kind,
                article.url,
                article.outlet,
                article.agency,
                article.title,
                article.published,
                article.language,
                article.word_count,
                article.body,
                json.dumps(to_dict(article), ensure_ascii=False),
            ),
        )
        return cur.rowcount == 1

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_dict(json.loads(row["data"])) if row else None

    def article_body(self, article_id: str) -> str | None:
        """The cleaned body (what every character offset points into), or None for an unknown id."""
        row = self.conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()
        return str(row["body"]) if row else None

    def article_languages(self, ids: Iterable[str]) -> dict[str, str | None]:
        """The stored language (as the cleaner gave it, None when unknown) of each known id of ``ids``."""
        out: dict[str, str | None] = {}
        for article_id in ids:
            row = self.conn.execute("SELECT language FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is not None:
                out[article_id] = row["language"]
        return out

    def published_dates(self, ids: Iterable[str]) -> dict[str, str | None]:
        """The stored publication date (the ISO 8601 string as the cleaner gave it, None when undated) of each
        known id of ``ids``; unknown ids are left out."""
        out: dict[str, str | None] = {}
        for article_id in ids:
            row = self.conn.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is not None:
                out[article_id] = row["published"]
        return out

    def article_ids(self) -> list[str]:
        """Every article id, in ingest order."""
        return [str(r["id"]) for r in self.conn.execute("SELECT id FROM articles ORDER BY rowid")]

    def outlets(self) -> list[str]:
        """The distinct outlet names of the stored articles, sorted case-insensitively."""
        rows = self.conn.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet COLLATE NOCASE"
        )
        return [str(r["outlet"]) for r in rows]

    def find_articles(self, prefix: str) -> list[str]:
        """Article ids starting with ``prefix``, so users can type a short id."""
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 10", (prefix, prefix + "\uffff")
        ).fetchall()
        return [r["id"] for r in rows]

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Articles in ingest order (or in the order of ``ids``)."""
        if ids is not None:
            for article_id in ids:
                article = self.get_article(article_id)
                if article is not None:
                    yield article
            return
        for row in self.conn.execute("SELECT data FROM articles ORDER BY rowid"):
            yield Article.from_dict(json.loads(row["data"]))

    def article_rows(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Article metadata without bodies, for listings."""
        sql = (
            "SELECT id, source, kind, url, outlet, agency, title, published, language, word_count, ingested_at"
            " FROM articles ORDER BY rowid"
        )
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = (limit, offset)
        return [dict(r) for r in self.conn.execute(sql, params)]

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(
        self, query: str | list[list[str]], limit: int = 50, *, language: str | None = None
    ) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies (FTS5). ``query`` is plain words (all required), or groups
        of alternative phrases (every group required, any phrase of a group: a name and its other spellings,
        :func:`crosswire.facts.name_index.expand_query`). ``language`` (ISO 639-1) keeps the articles in that
        language only. Rows: id, title, outlet, published, language, snippet (matches marked ``[``...``]``)."""
        groups = [[w] for w in query.split()] if isinstance(query, str) else query
        parts = []
        for group in groups:
            # FTS5 phrases: double quotes dropped (no way to escape them inside a phrase), control characters
            # (a NUL ends the query string early) made spaces
            phrases = [f'"{p}"' for p in (_CONTROL.sub(" ", p.replace('"', "")).strip() for p in group) if p]
            if phrases:
                parts.append(phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")")
        if not parts:
            return []
        match = " AND ".join(parts)
        rows = self.conn.execute(
            """SELECT a.id, a.title, a.outlet, a.published, a.language,
                      snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet
               FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
               WHERE articles_fts MATCH ? AND (? IS NULL OR a.language = ?) ORDER BY rank LIMIT ?""",
            (match, language, language, limit),
        ).fetchall()
        return [dict(r) for r in rows]
