"""Whether a file is a crosswire store, decided before anything is written to it.

A crosswire store carries ``PRAGMA application_id`` = :data:`APPLICATION_ID` (set by migration 3). Stores made
before that migration are recognised by their schema: ``user_version`` above 0 and crosswire's core tables.
An absent or empty file (or an SQLite database with no tables) becomes a new store. Anything else is refused
with one line naming the file: a file that is not SQLite at all, or the database of another program (another
application id, or tables that are not crosswire's). The check reads the file header and, for SQLite files,
opens a read-only connection, so a refused file keeps its bytes and its modification time.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

APPLICATION_ID = int.from_bytes(b"CRSW", "big")  # 0x43525357, in the SQLite header at offset 68
SQLITE_HEADER = b"SQLite format 3\x00"
CORE_TABLES = frozenset({"articles", "facts", "stories", "story_articles", "comparisons"})


class StoreError(Exception):
    """The store file cannot be opened or is not a crosswire store; the message is one line naming the file."""


def check_store_file(path: Path, latest_version: int) -> None:
    """Raise :class:`StoreError` unless ``path`` is absent, empty, or a crosswire store (of any version; a
    version newer than ``latest_version`` is reported by the store's migration step instead).

    Reads at most the 16-byte header and the schema through a read-only connection; never writes.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreError(f"{path}: not a crosswire store (the file is not an SQLite database); left unchanged")
    reason = _foreign_reason(path)
    if reason is not None:
        raise StoreError(f"{path}: not a crosswire store ({reason}); left unchanged")


def _foreign_reason(path: Path) -> str | None:
    """Why the SQLite database at ``path`` belongs to another program, or None when it is crosswire's."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        return f"cannot be read: {exc}"
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {
            str(r[0])
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        }
    except sqlite3.DatabaseError as exc:
        return f"an unreadable SQLite database: {exc}"
    finally:
        conn.close()
    if app_id == APPLICATION_ID:
        return None
    if app_id != 0:
        return f"an SQLite database of another program, application id {app_id:#x}"
    if not tables or (version > 0 and CORE_TABLES <= tables):
        return None
    names = sorted(tables)
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return f"an SQLite database of another program, with tables {shown}"
