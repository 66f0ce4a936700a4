"""SQLite access for every stage.

Why SQLite in WAL mode: one file a user can copy, and readers (the web server) never block on a writer (an
ingest). Each write batch is one transaction, so a crash loses at most the batch in flight, and because
articles are keyed by content hash, running the same ingest again restores exactly what was lost.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crosswire.store.articles import ArticleQueries
from crosswire.store.comparisons import ComparisonQueries
from crosswire.store.facts import FactQueries
from crosswire.store.migrations import MIGRATIONS
from crosswire.store.stories import StoryQueries

DEFAULT_DB = "crosswire.db"


def resolve_db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """The store path: an explicit ``--db``, else ``$CROSSWIRE_DB``, else ``./crosswire.db``."""
    return Path(db or os.environ.get("CROSSWIRE_DB") or DEFAULT_DB)


class StoreError(Exception):
    """The store file cannot be opened or is not a crosswire store."""


class Store(ArticleQueries, FactQueries, StoryQueries, ComparisonQueries):
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
            raise StoreError(f"{self.path}: schema version {version} is newer than this crosswire ({len(MIGRATIONS)})")
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
