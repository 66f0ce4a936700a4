"""SQLite access for every stage.

Why SQLite in WAL mode: one file a user can copy, and readers (the web server) never block on a writer (an
ingest). Each write batch is one transaction, so a crash loses at most the batch in flight, and because
articles are keyed by content hash, running the same ingest again restores exactly what was lost.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from crosswire.model import Article, to_dict
from crosswire.store.migrations import MIGRATIONS

DEFAULT_DB = "crosswire.db"


def resolve_db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """The store path: an explicit ``--db``, else ``$CROSSWIRE_DB``, else ``./crosswire.db``."""
    return Path(db or os.environ.get("CROSSWIRE_DB") or DEFAULT_DB)


class StoreError(Exception):
    """The store file cannot be opened or is not a crosswire store."""


class Store:
    """One crosswire store file. Cheap to open; use one per process or thread."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> None:
        self.path = resolve_db_path(path)
        try:
            if readonly:
                uri = f"file:{self.path}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
            else:
                if self.path.parent and not self.path.parent.exists():
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable crosswire store ({exc})") from exc

    # -- schema -------------------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this crosswire ({len(MIGRATIONS)})"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            # executescript commits first; the DDL and the version bump then run as one transaction.
            self.conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")

    # -- transactions -------------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Commit everything in the block or nothing."""
        try:
            yield self.conn
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles -----------------------------------------------------------------------------------------
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

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies (FTS5); the query is taken as plain words."""
        words = [w.replace('"', "") for w in query.split() if w.strip('"')]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        rows = self.conn.execute(
            """SELECT a.id, a.title, a.outlet, a.published,
                      snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet
               FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
               WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""",
            (match, limit),
        ).fetchall()
        return [dict(r) for r in rows]

    # -- facts --------------------------------------------------------------------------------------------
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

    # -- stories ------------------------------------------------------------------------------------------
    def articles_without_story(self) -> list[str]:
        """Stored articles no story holds yet, in ingest order (new ones, or ones a crash left behind)."""
        rows = self.conn.execute(
            """SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
               WHERE s.article_id IS NULL ORDER BY a.rowid"""
        ).fetchall()
        return [r["id"] for r in rows]
