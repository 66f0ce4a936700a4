"""Queries over the comparisons table: one stored comparison per story."""

from __future__ import annotations

import sqlite3


class ComparisonQueries:
    """Comparison reads and writes; mixed into :class:`crosswire.store.Store`, which owns ``conn``."""

    conn: sqlite3.Connection
