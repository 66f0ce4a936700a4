"""The embedded store: one SQLite file in WAL mode, versioned schema, every stage's records."""

from crosswire.store.db import DEFAULT_DB, Store, resolve_db_path

__all__ = ["DEFAULT_DB", "Store", "resolve_db_path"]
