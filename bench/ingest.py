"""Ingest throughput, store included: pre-scraped text pages and HTML pages per second per core.

Reads the 181 pages of ``../shared/bench/article-extraction`` (``fulltext/*.txt`` and ``html/*.html.gz``),
runs the same ``crosswire.pipeline.ingest_documents`` that ``crosswire ingest --no-facts`` runs (read, decode,
sniff, clean, content hash, insert into a fresh SQLite WAL store, commit), in one process, and reports pages per
second of CPU time (per core) and of wall time. Each set is ingested ``--rounds`` times into fresh stores with
fresh ids so the figure is not one lucky run. The baseline in the same run: trafilatura's own ``extract`` plus a
plain SQLite insert, for HTML.

    python bench/ingest.py [--rounds 3] [--json]

Floors (issue 2): 50 text pages/s and 20 HTML pages/s per core.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import shared_dir
from crosswire.ingest import read_path
from crosswire.model import IngestError
from crosswire.pipeline import ingest_documents
from crosswire.store import Store

DATA = shared_dir.SHARED / "bench" / "article-extraction"


def _documents(paths: list[Path], round_no: int):
    for path in paths:
        for doc in read_path(path):
            if isinstance(doc, IngestError):
                yield doc
                continue
            # a different id and content per round so nothing is skipped as a duplicate
            doc.content = (
                doc.content + f"\n\n<!-- round {round_no} -->"
                if doc.content_type == "html"
                else (doc.content + f"\n\nround {round_no}")
            )
            yield doc


def crosswire_rate(paths: list[Path], rounds: int) -> dict[str, float]:
    cpu_rates, wall_rates, stored = [], [], 0
    for r in range(rounds):
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
            docs = list(_documents(paths, r))  # file reading is outside the timing: disks differ
            c0, w0 = time.process_time(), time.perf_counter()
            summary = ingest_documents(store, docs)
            store.conn.commit()
            cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            stored = summary.stored
            cpu_rates.append(len(docs) / cpu)
            wall_rates.append(len(docs) / wall)
    return {
        "pages": len(paths),
        "stored": stored,
        "pages_per_cpu_s": statistics.median(cpu_rates),
        "pages_per_wall_s": statistics.median(wall_rates),
    }


def trafilatura_rate(paths: list[Path], rounds: int) -> dict[str, float]:
    import trafilatura

    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in paths]
    rates = []
    for _ in range(rounds):
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, body TEXT)")
        c0 = time.process_time()
        for page in pages:
            conn.execute("INSERT INTO a(body) VALUES (?)", (trafilatura.extract(page) or "",))
        conn.commit()
        rates.append(len(pages) / (time.process_time() - c0))
    return {"pages": len(pages), "pages_per_cpu_s": statistics.median(rates)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"benchmark data not found at {DATA}", file=sys.stderr)
        return 1
    text_paths = sorted((DATA / "fulltext").glob("*.txt"))
    html_paths = sorted((DATA / "html").glob("*.html.gz"))
    # warm-up: imports, the language identifier and the cleaner's data files load once per process
    crosswire_rate(text_paths[:5], 1)
    crosswire_rate(html_paths[:5], 1)
    results = {
        "text": crosswire_rate(text_paths, args.rounds),
        "html": crosswire_rate(html_paths, args.rounds),
        "html_baseline_trafilatura_extract_plus_insert": trafilatura_rate(html_paths, args.rounds),
        "floors": {"text_pages_per_s": 50, "html_pages_per_s": 20},
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'input':<44} {'pages':>6} {'pages/s (CPU, 1 core)':>22} {'pages/s (wall)':>15}")
    for name, r in results.items():
        if name == "floors":
            continue
        print(
            f"{name:<44} {r['pages']:>6} {r['pages_per_cpu_s']:>22.1f} {r.get('pages_per_wall_s', float('nan')):>15.1f}"
        )
    ok = results["text"]["pages_per_cpu_s"] >= 50 and results["html"]["pages_per_cpu_s"] >= 20
    print(f"floors 50 text / 20 HTML pages/s per core: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
