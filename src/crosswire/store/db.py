"""SQLite access for every stage.

Why SQLite in WAL mode: one file a user can copy, and readers (the web server) never block on a writer (an
ingest). Each write batch is one transaction, so a crash loses at most the batch in flight, and because
articles are keyed by content hash, running the same ingest again restores exactly what was lost.

A file is opened as a store only when it is one (or is empty or absent): a file that is not SQLite, or an
SQLite database of another program, is refused with one line naming it, before anything is written to it
(:mod:`crosswire.store.identity`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from crosswire.store.articles import ArticleQueries
from crosswire.store.comparisons import ComparisonQueries
from crosswire.store.facts import FactQueries
from crosswire.store.fetch import FetchQueries
from crosswire.store.identity import StoreError, check_store_file
from crosswire.store.migrations import MIGRATIONS
from crosswire.store.shards import ShardQueries, TableRows
from crosswire.store.stories import StoryQueries

DEFAULT_DB = "crosswire.db"

__all__ = ["DEFAULT_DB", "Store", "StoreError", "resolve_db_path"]


def resolve_db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """The store path: an explicit ``--db``, else ``$CROSSWIRE_DB``, else ``./crosswire.db``."""
    return Path(db or os.environ.get("CROSSWIRE_DB") or DEFAULT_DB)


MEMORY = ":memory:"  # the path of a store that lives in memory only (a shard's scratch store)


class Store(ArticleQueries, FactQueries, StoryQueries, ComparisonQueries, FetchQueries, ShardQueries):
    """One crosswire store file. Cheap to open; use one per process or thread.

    Raises :class:`StoreError` (one line naming the file) when the file is not a crosswire store, is of a newer
    schema than this crosswire, or cannot be opened; a refused file is left exactly as it was.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> None:
        self.path = resolve_db_path(path)
        if str(path) != MEMORY:
            check_store_file(self.path, len(MIGRATIONS))
        try:
            if readonly:
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
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

    @classmethod
    def scratch(cls, parts: Iterable[TableRows] = ()) -> Store:
        """A store in memory holding ``parts`` (rows of :mod:`crosswire.store.shards`, ``rowid`` kept): where a
        worker runs a stage on its shard. Gone when closed."""
        store = cls(MEMORY)
        with store.transaction():
            store.put_rows(parts, keep_rowid=True)
        return store

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

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version`` of this connection: it changes exactly when another connection
        commits, so a cache keyed on it is never stale."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    # -- transactions -------------------------------------------------------------------------------------
    @contextmanager
    def transaction(self, *, immediate: bool = False) -> Iterator[sqlite3.Connection]:
        """Commit everything in the block or nothing. ``immediate`` takes the write lock at the start (when no
        transaction is open yet), so no other writer slips in between what the block reads and writes."""
        try:
            if immediate and not self.conn.in_transaction:
                self.conn.execute("BEGIN IMMEDIATE")
            yield self.conn
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def commit(self) -> None:
        self.conn.commit()

    def rollback(self) -> None:
        self.conn.rollback()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
