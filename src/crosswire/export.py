"""Export stored articles as JSON Lines (crosswire's interchange format), CSV or Parquet.

The JSONL record carries the ingest fields (``id``, ``url``, ``outlet``, ``title``, ``published``, ``text``)
first, so an export re-ingests as the same articles with the same ids; the cleaner's metadata follows.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crosswire.model import Article
from crosswire.store import Store

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
FIELDS = [
    "id", "url", "outlet", "title", "published", "text",
    "agency", "dateline", "byline", "language", "source", "word_count",
]  # fmt: skip


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


def export_articles(store: Store, fmt: str, output: Path | None) -> int:
    """Write every stored article; returns how many."""
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = list(_records(store))
        table = pa.Table.from_pylist(rows, schema=_parquet_schema(pa))
        assert output is not None
        pq.write_table(table, output)
        return len(rows)
    fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    count = 0
    try:
        if fmt == "jsonl":
            for rec in _records(store):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                count += 1
        elif fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=FIELDS)
            writer.writeheader()
            for rec in _records(store):
                writer.writerow(rec)
                count += 1
        else:
            raise ValueError(f"unknown export format {fmt!r}")
    finally:
        if output:
            fh.close()
    return count


def _parquet_schema(pa: Any) -> Any:
    return pa.schema([(name, pa.int64() if name == "word_count" else pa.string()) for name in FIELDS])
