"""A store as a Parquet dataset, and a Parquet dataset opened as a store.

``crosswire batch --parquet DIR`` writes the results as a dataset other tools read directly (pyarrow, pandas,
DuckDB, Spark): one folder per table -- ``articles``, ``facts``, ``names`` (the name index search widens
queries with), ``stories``, ``story_articles``, ``comparisons`` -- of Parquet files of at most
:data:`ROWS_PER_FILE` rows each, the store's own columns (JSON documents as text) plus ``rowid`` (ingest
order, creation order), and a manifest, ``crosswire-dataset.json``, naming the tables, their row counts and
the schema version.

:func:`open_dataset` gives the commands that read a store (``crosswire serve``, ``export``, ``stories``,
``show``) a store file for such a folder: an index built from the dataset once, beside it
(``.crosswire-index.db``), and rebuilt when the manifest changes. The dataset stays the record; the index is
the lookup structure (full-text search, story pages) a web server needs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crosswire.store.db import Store
from crosswire.store.migrations import MIGRATIONS
from crosswire.store.shards import SHARD_TABLES, TableRows

MANIFEST = "crosswire-dataset.json"
INDEX = ".crosswire-index.db"
FORMAT = "crosswire-parquet"
TABLES = ("articles", "facts", "names", "stories", "story_articles", "comparisons")
ROWS_PER_FILE = 50_000
_INTEGER_COLUMNS = {"rowid", "word_count", "version"}


def is_dataset(path: Path) -> bool:
    """Whether ``path`` is a folder holding a crosswire Parquet dataset."""
    return path.is_dir() and (path / MANIFEST).is_file()


def _schema(pa: Any, columns: list[str]) -> Any:
    return pa.schema([(c, pa.int64() if c in _INTEGER_COLUMNS else pa.string()) for c in columns])


def write_dataset(store: Store, directory: Path, *, rows_per_file: int = ROWS_PER_FILE) -> dict[str, int]:
    """Write the store's tables under ``directory`` (created; files of an earlier dataset there are replaced);
    rows per table. Memory stays within one file's rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for table in TABLES:
        folder = directory / table
        folder.mkdir(exist_ok=True)
        for old in folder.glob("part-*.parquet"):
            old.unlink()
        counts[table] = 0
        for n, page in enumerate(store.table_pages(table, rows_per_file)):
            columns = {c: [r[i] for r in page.rows] for i, c in enumerate(page.columns)}
            pq.write_table(pa.table(columns, schema=_schema(pa, page.columns)), folder / f"part-{n:05d}.parquet")
            counts[table] += len(page.rows)
    manifest = {"format": FORMAT, "schema_version": len(MIGRATIONS), "tables": counts}
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    (directory / INDEX).unlink(missing_ok=True)
    return counts


def _pages(directory: Path, table: str) -> Iterator[TableRows]:
    import pyarrow.parquet as pq

    for path in sorted((directory / table).glob("part-*.parquet")):
        data = pq.read_table(path)
        columns = list(data.column_names)
        rows = list(zip(*(data.column(c).to_pylist() for c in columns), strict=True))
        yield TableRows(table, columns, rows)


def open_dataset(directory: Path) -> Path:
    """The store file indexing the dataset in ``directory``, built there on first use (or when the dataset
    changed). Raises ValueError (one line naming the folder) when the manifest is not a crosswire dataset's."""
    manifest_text = (directory / MANIFEST).read_text(encoding="utf-8")
    manifest = json.loads(manifest_text)
    if manifest.get("format") != FORMAT or not set(manifest.get("tables", {})) <= set(SHARD_TABLES):
        raise ValueError(f"{directory}: {MANIFEST} does not describe a crosswire Parquet dataset")
    digest = hashlib.sha256(manifest_text.encode()).hexdigest()
    index = directory / INDEX
    stamp = directory / (INDEX + ".manifest")
    if index.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == digest:
        return index
    index.unlink(missing_ok=True)
    with Store(index) as store:
        for table in TABLES:
            for page in _pages(directory, table):
                with store.transaction():
                    store.put_rows([page], keep_rowid=True)
    stamp.write_text(digest, encoding="utf-8")
    return index
