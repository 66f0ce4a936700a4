"""Shards of a store: the rows of some tables that belong to some articles or stories, moved between stores.

A distributed runner gives a worker a *shard* -- the rows its stage reads for a handful of ids -- which the
worker loads into a scratch in-memory store (:func:`scratch_store`), so the stage runs its own unchanged
``update_store`` there; what the stage wrote comes back as rows (:func:`changed_rows`) that the one writer
upserts into the real store (:meth:`ShardQueries.put_rows`). SQLite's ``serialize`` would ship whole
databases; rows ship only what the ids need.

Which rows belong to an id is the schema's knowledge, so it lives here: ``articles``, ``facts``, ``names``,
``story_articles`` and ``story_keys`` are keyed by article id; ``stories``, ``story_articles`` and
``comparisons`` by story id. ``story_merges`` and ``story_df`` are global (not part of any shard). Rows keep
their ``rowid`` inside a shard, so ingest order (``articles.rowid``) and creation order (``stories.rowid``)
read the same there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

ShardScope = Literal["articles", "stories"]

# Insertion order: every table after the tables its foreign keys point to.
SHARD_TABLES = ("articles", "facts", "names", "stories", "story_articles", "story_keys", "comparisons")
_BY_ARTICLE = {
    "articles": "id",
    "facts": "article_id",
    "names": "article_id",
    "story_articles": "article_id",
    "story_keys": "article_id",
}
_BY_STORY = {"stories": "id", "story_articles": "story_id", "comparisons": "story_id"}
_IN_CHUNK = 500  # ids per ``IN (...)`` list, well under SQLite's bound-parameter limit


@dataclass(slots=True)
class TableRows:
    """Rows of one table: ``columns`` (``rowid`` first) and one tuple per row, values as SQLite returns them
    (text, integers, floats, None)."""

    table: str
    columns: list[str]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "columns": list(self.columns), "rows": [list(r) for r in self.rows]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TableRows:
        return cls(table=str(d["table"]), columns=[str(c) for c in d["columns"]], rows=[tuple(r) for r in d["rows"]])

    def column(self, name: str) -> int:
        """The index of column ``name``; ValueError when the table has none."""
        return self.columns.index(name)


def article_key(table: str) -> str | None:
    """The column of ``table`` that holds an article id, or None when its rows are not per article."""
    return _BY_ARTICLE.get(table)


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _IN_CHUNK):
        yield ids[i : i + _IN_CHUNK]


def _checked(table: str) -> str:
    if table not in SHARD_TABLES:
        raise ValueError(f"{table!r} is not a shard table; the shard tables are {', '.join(SHARD_TABLES)}")
    return table


class ShardQueries:
    """Shard reads and writes; mixed into :class:`crosswire.store.Store`, which owns ``conn``."""

    conn: sqlite3.Connection

    def table_columns(self, table: str) -> list[str]:
        """The columns of a shard table, in schema order."""
        return [str(r[1]) for r in self.conn.execute(f"PRAGMA table_info({_checked(table)})")]

    def _primary_key(self, table: str) -> list[str]:
        rows = self.conn.execute(f"PRAGMA table_info({_checked(table)})").fetchall()
        return [str(r[1]) for r in sorted(rows, key=lambda r: r[5]) if r[5]]

    def _select(self, table: str, where: str | None, ids: Sequence[str]) -> TableRows:
        cols = self.table_columns(table)
        sql = f"SELECT rowid, {', '.join(cols)} FROM {table}"  # names from PRAGMA of a checked table
        out = TableRows(table, ["rowid", *cols])
        cur = self.conn.cursor()
        cur.row_factory = None
        if where is None:
            out.rows = [tuple(r) for r in cur.execute(sql + " ORDER BY rowid")]
            return out
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            out.rows += [tuple(r) for r in cur.execute(f"{sql} WHERE {where} IN ({marks})", list(chunk))]
        out.rows.sort(key=lambda r: int(r[0]))
        return out

    def shard_rows(self, scope: ShardScope, ids: Sequence[str], tables: Iterable[str]) -> list[TableRows]:
        """The rows of ``tables`` (shard tables only; global ones are skipped) that belong to ``ids``: article
        ids for scope ``articles``; story ids for ``stories``, whose shard also holds their articles' rows.
        Tables come in insertion order, rows in ``rowid`` order."""
        wanted = set(tables)
        story_ids: list[str] = list(ids) if scope == "stories" else []
        article_ids: list[str] = list(ids) if scope == "articles" else []
        if scope == "stories":
            placed = self._select("story_articles", "story_id", story_ids)
            article_ids = [str(r[placed.column("article_id")]) for r in placed.rows]
        elif wanted & {"stories", "comparisons"}:
            placed = self._select("story_articles", "article_id", article_ids)
            story_ids = sorted({str(r[placed.column("story_id")]) for r in placed.rows})
        out: list[TableRows] = []
        for table in SHARD_TABLES:
            if table not in wanted:
                continue
            if table in _BY_STORY and (scope == "stories" or table != "story_articles"):
                out.append(self._select(table, _BY_STORY[table], story_ids))
            else:
                out.append(self._select(table, _BY_ARTICLE[table], article_ids))
        return out

    def table_rows(self, tables: Iterable[str]) -> list[TableRows]:
        """Every row of ``tables`` (shard tables only), in insertion order: what a scratch store holds."""
        wanted = set(tables)
        return [self._select(t, None, []) for t in SHARD_TABLES if t in wanted]

    def table_pages(self, table: str, size: int) -> Iterator[TableRows]:
        """Every row of a shard table in ``rowid`` order, ``size`` rows at a time (bounded memory)."""
        cols = self.table_columns(table)
        sql = f"SELECT rowid, {', '.join(cols)} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?"
        last = -(2**63)
        while True:
            cur = self.conn.cursor()
            cur.row_factory = None
            rows = [tuple(r) for r in cur.execute(sql, (last, size))]
            if not rows:
                return
            yield TableRows(table, ["rowid", *cols], rows)
            last = int(rows[-1][0])

    def put_rows(self, parts: Iterable[TableRows], *, keep_rowid: bool = False) -> int:
        """Write rows into this store (the caller commits); returns how many.

        ``keep_rowid`` inserts them with their ``rowid`` (filling a scratch store, which must not already hold
        them). Otherwise a row whose primary key is stored replaces that row's other columns (an upsert that
        keeps the stored ``rowid``), and tables without a primary key get plain inserts."""
        written = 0
        by_table = {p.table: p for p in parts}
        for table in SHARD_TABLES:
            part = by_table.get(table)
            if part is None or not part.rows:
                continue
            cols = part.columns if keep_rowid else part.columns[1:]
            rows = part.rows if keep_rowid else [r[1:] for r in part.rows]
            sql = f"INSERT INTO {table}({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})"
            pk = [] if keep_rowid else self._primary_key(table)
            if pk:
                updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in pk)
                sql += f" ON CONFLICT({', '.join(pk)}) DO " + (f"UPDATE SET {updates}" if updates else "NOTHING")
            self.conn.executemany(sql, rows)
            written += len(rows)
        return written


def changed_rows(before: Sequence[TableRows], after: Sequence[TableRows]) -> list[TableRows]:
    """The rows of ``after`` that ``before`` (the same tables, read earlier) did not hold as they are now:
    what a stage wrote, new rows and changed ones (compared on every column but ``rowid``)."""
    old = {p.table: {r[1:] for r in p.rows} for p in before}
    out = []
    for part in after:
        seen = old.get(part.table, set())
        out.append(TableRows(part.table, list(part.columns), [r for r in part.rows if r[1:] not in seen]))
    return out
