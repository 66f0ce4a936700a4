"""Export a store: articles (crosswire's interchange format), stories, their comparisons and facts, as JSON
Lines, CSV or Parquet.

The article JSONL record carries the ingest fields (``id``, ``url``, ``outlet``, ``title``, ``published``,
``text``) first, so an export re-ingests as the same articles with the same ids; the cleaner's metadata
follows. Stories, comparisons and facts are described in :mod:`crosswire.export_rows`.

Every format streams: records are read from the store and written one at a time (Parquet in row groups of
:data:`PARQUET_BATCH` rows), so memory does not grow with the store. ``all`` writes every kind: into one JSONL
stream, each record led by a ``"record"`` key (``"article"``, ``"story"``, ``"comparison"``, ``"facts"``), or,
for CSV and Parquet, one file per kind in an output folder (``articles.csv``, ``stories.csv``, ...).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from crosswire.export_rows import (
    COMPARISON_COLUMNS,
    FACT_COLUMNS,
    STORY_COLUMNS,
    Column,
    comparison_records,
    comparison_rows,
    fact_records,
    fact_rows,
    story_records,
    story_rows,
)
from crosswire.model import Article
from crosswire.store import Store

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
EXPORT_WHAT = ("articles", "stories", "comparisons", "facts", "all")
FIELDS = [
    "id", "url", "outlet", "title", "published", "text",
    "agency", "dateline", "byline", "language", "source", "word_count",
]  # fmt: skip
ARTICLE_COLUMNS: list[Column] = [(name, int if name == "word_count" else str) for name in FIELDS]
PARQUET_BATCH = 10_000  # rows per Parquet row group: bounded memory, row groups of pyarrow's usual size


def export_record(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "text": article.body,
        "agency": article.agency,
        "dateline": article.dateline,
        "byline": article.byline,
        "language": article.language,
        "source": article.source,
        "word_count": article.word_count,
    }


def _records(store: Store) -> Iterator[dict[str, Any]]:
    for article in store.iter_articles():
        yield export_record(article)


Rows = Callable[[Store], Iterator[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of export: its JSONL records, its flat rows and their columns, and its record tag in ``all``."""

    name: str
    tag: str
    records: Rows
    rows: Rows
    columns: list[Column]


KINDS = {
    "articles": Kind("articles", "article", _records, _records, ARTICLE_COLUMNS),
    "stories": Kind("stories", "story", story_records, story_rows, STORY_COLUMNS),
    "comparisons": Kind("comparisons", "comparison", comparison_records, comparison_rows, COMPARISON_COLUMNS),
    "facts": Kind("facts", "facts", fact_records, fact_rows, FACT_COLUMNS),
}


def export_articles(store: Store, fmt: str, output: Path | None) -> int:
    """Write every stored article; returns how many."""
    return export_store(store, "articles", fmt, output)["articles"]


def export_store(store: Store, what: str, fmt: str, output: Path | None) -> dict[str, int]:
    """Write ``what`` (one of :data:`EXPORT_WHAT`) of ``store`` in ``fmt`` (one of :data:`EXPORT_FORMATS`) to
    ``output`` (stdout when None, for JSONL and CSV); returns the records (JSONL) or rows (CSV, Parquet)
    written per kind. ``all`` in CSV or Parquet writes one file per kind into the folder ``output``.

    Raises ValueError for an unknown kind or format, or a Parquet or ``all`` CSV export without ``output``."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if what not in EXPORT_WHAT:
        raise ValueError(f"unknown export kind {what!r}")
    kinds = list(KINDS.values()) if what == "all" else [KINDS[what]]
    if fmt == "jsonl":
        with _opened(output) as fh:
            return {k.name: _write_jsonl(fh, k, tagged=what == "all", store=store) for k in kinds}
    if output is None and (fmt == "parquet" or what == "all"):
        raise ValueError(f"{fmt} export of {what} needs an output {'folder' if what == 'all' else 'file'}")
    if what == "all":
        assert output is not None
        output.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for k in kinds:
        target = output / f"{k.name}.{fmt}" if what == "all" and output is not None else output
        if fmt == "parquet":
            assert target is not None
            counts[k.name] = _write_parquet(target, k.columns, k.rows(store))
        else:
            with _opened(target) as fh:
                counts[k.name] = _write_csv(fh, k.columns, k.rows(store))
    return counts


@contextmanager
def _opened(output: Path | None) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8", newline="") as fh:
        yield fh


def _write_jsonl(fh: IO[str], kind: Kind, *, tagged: bool, store: Store) -> int:
    count = 0
    for rec in kind.records(store):
        fh.write(json.dumps({"record": kind.tag, **rec} if tagged else rec, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(fh: IO[str], columns: list[Column], rows: Iterator[dict[str, Any]]) -> int:
    writer = csv.DictWriter(fh, fieldnames=[name for name, _ in columns])
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _write_parquet(path: Path, columns: list[Column], rows: Iterator[dict[str, Any]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {int: pa.int64(), bool: pa.bool_(), str: pa.string()}
    schema = pa.schema([(name, types[tp]) for name, tp in columns])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) == PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count, batch = count + len(batch), []
        if batch or not count:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
