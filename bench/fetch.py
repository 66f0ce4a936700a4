"""Fetched pages per second against the same pages read from disk.

The 181 real pages of ``../shared/bench/article-extraction/html`` are served by the loopback test server
(``bench/loopback.py``, on 127.0.0.1, with ETag and Last-Modified), listed in a sitemap, and ingested through
the polite fetcher (``crosswire.fetch.read_urls``: robots.txt, the per-host rate limit set to 0 s, conditional
requests, size limits) into a fresh store; the baseline in the same run is the same pages read from disk
(``crosswire.ingest.read_paths``). Both go through ``crosswire.pipeline.ingest_documents`` (clean, hash, store;
no facts), one process. A second pass over the sitemap measures what an unchanged source costs (one
conditional request answered 304).

    python bench/fetch.py [--rounds 2] [--delay 0] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import shared_dir
from crosswire.fetch import Fetcher, FetchPolicy, read_urls
from crosswire.ingest import read_paths
from crosswire.pipeline import ingest_documents
from crosswire.store import Store
from loopback import LoopbackServer

DATA = shared_dir.SHARED / "bench" / "article-extraction" / "html"


def _sitemap(base: str, names: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}/bench/{n}</loc></url>" for n in names)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def fetch_round(server: LoopbackServer, delay: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "f.db") as store:
        with Fetcher(store, FetchPolicy(delay=delay)) as fetcher:
            start = time.perf_counter()
            first = ingest_documents(store, read_urls([f"{server.base}/bench/sitemap.xml"], fetcher))
            seconds = time.perf_counter() - start
            before = len(server.requests)
            start = time.perf_counter()
            again = ingest_documents(store, read_urls([f"{server.base}/bench/sitemap.xml"], fetcher))
            second = time.perf_counter() - start
            requests = server.requests[before:]
    return {
        "stored": first.stored,
        "not_articles": first.not_articles,
        "pages_per_s": first.read / seconds,
        "seconds": seconds,
        "second_pass_seconds": second,
        "second_pass_requests": len(requests),
        "second_pass_304": sum(1 for r in requests if r.status == 304),
        "second_pass_stored": again.stored,
    }


def disk_round(folder: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "d.db") as store:
        start = time.perf_counter()
        summary = ingest_documents(store, read_paths([folder]))
        seconds = time.perf_counter() - start
    return {"stored": summary.stored, "pages_per_s": summary.read / seconds, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds between requests to the one host")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pages = sorted(DATA.glob("*.html.gz"))
    if not pages:
        sys.exit(f"no pages under {DATA}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        served: dict[str, bytes] = {}
        for p in pages:
            html = gzip.decompress(p.read_bytes())
            name = p.name.removesuffix(".gz")
            (folder / name).write_bytes(html)
            served[f"/bench/{name}"] = html
        server = LoopbackServer().start()
        try:
            served["/bench/sitemap.xml"] = _sitemap(server.base, sorted(n.removeprefix("/bench/") for n in served))
            server.add_pages(served)
            fetch_round(server, args.delay)  # warm-up: imports, trafilatura caches
            fetched = [fetch_round(server, args.delay) for _ in range(args.rounds)]
            disk = [disk_round(folder) for _ in range(args.rounds)]
        finally:
            server.stop()
    result = {
        "pages": len(pages),
        "fetched": {k: statistics.median(r[k] for r in fetched) for k in fetched[0]},
        "disk_baseline": {k: statistics.median(r[k] for r in disk) for k in disk[0]},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    f, d = result["fetched"], result["disk_baseline"]
    print(f"{len(pages)} pages, median of {args.rounds} rounds")
    print(
        f"fetched over loopback HTTP: {f['pages_per_s']:.1f} pages/s ({f['seconds']:.1f} s), stored {f['stored']:.0f}"
    )
    print(
        f"baseline, read from disk:   {d['pages_per_s']:.1f} pages/s ({d['seconds']:.1f} s), stored {d['stored']:.0f}"
    )
    print(
        f"second pass over the unchanged sitemap: {f['second_pass_requests']:.0f} request(s), "
        f"{f['second_pass_304']:.0f} answered 304, stored {f['second_pass_stored']:.0f}, "
        f"{f['second_pass_seconds']:.3f} s"
    )


if __name__ == "__main__":
    main()
