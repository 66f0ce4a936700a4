"""Throughput of ``crosswire batch`` on Ray with 1 and 2 workers, against the local path (``crosswire ingest``) on
the same corpus in the same run: articles per second end to end (read, clean, facts, stories, comparisons),
peak memory per worker and at the driver, and the parallel efficiency from 1 to 2 workers.

The corpus (never committed; built under a temporary folder, or ``--keep DIR``) is at least ``--articles``
articles packed as WARC.gz shards of :data:`PER_SHARD` HTML responses, the way CC-NEWS ships them:

* the 181 real pages of ``../shared/bench/article-extraction`` as they are (real HTML, real cleaning);
* the rest recombined from ECB+ (``../shared/bench/ecbplus``, 982 articles on 86 real events): each event is
  re-run in editions three weeks apart (shifted dates, so each edition is its own story), each article of an
  edition drawing ten sentences from the pool of the event's articles (so no two are copies by chance), one in
  ten a wire copy of another of its edition with one sentence changed; invented outlet names; dates within
  three days of the edition's start. Articles are packed in date order, as a crawl archives them.

Each run is its own process (a fresh Ray for each worker count, memory measured per run): peak resident memory
(``VmHWM``) of the driver and of every worker process, sampled each second. Efficiency from 1 to 2 workers is
``(articles/s with 2) / (2 x articles/s with 1)``. The Ray stores are checked against the local one
(:func:`crosswire.distributed.check.diff_stores`) and the differences counted.

    .venv/bin/python bench/ray_scale.py [--articles 20000] [--workers 1,2] [--keep DIR] [--no-local]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

import clustering
import shared_dir

SHARED = shared_dir.SHARED
PAGES = SHARED / "bench" / "article-extraction" / "html"
PER_SHARD = 500  # HTML responses per WARC.gz shard
EDITION_DAYS = 21  # days between two editions of an event: more than a story's window, so each is a story
SENTENCES = 10  # sentences per recombined article (about 220 words)
MIN_POOL = 50  # sentences an event's articles must have between them to be recombined
OUTLETS = [
    "Harbour Ledger", "Northline Daily", "Vale Courier", "Eastmark Post", "Meridian Times", "Coastal Herald",
    "Kestrel Review", "Lantern Evening", "Civic Register", "Pacific Wire", "Upland Gazette", "Riverside Star",
]  # fmt: skip


# -- the corpus ---------------------------------------------------------------------------------------------
def _html(title: str, paragraphs: list[str], outlet: str, day: date, byline: str) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{escape(title)} | {escape(outlet)}</title>'
        f'<meta property="article:published_time" content="{day.isoformat()}T08:00:00Z">'
        f'<meta property="og:site_name" content="{escape(outlet)}"></head><body>'
        f"<header><nav>Home | World | Business | Sport | Opinion</nav></header>"
        f"<article><h1>{escape(title)}</h1><p>By {escape(byline)}</p>{body}</article>"
        f"<footer>Contact us | Terms | Privacy. {escape(outlet)}</footer></body></html>"
    ).encode()


def _recombined(n: int, seed: int = 0) -> list[tuple[date, str, bytes]]:
    """``n`` articles recombined from ECB+ events: (day, url, HTML). Each article takes :data:`SENTENCES` of the
    sentences of its event's articles (events with fewer than :data:`MIN_POOL` are left out), so two articles of
    one event share about two sentences: not a copy by chance, even across editions."""
    rng = random.Random(seed)
    events: dict[str, list[str]] = {}
    for doc in clustering.load_ecb():
        events.setdefault(doc["gold"], []).extend(s for s in doc["paras"] if len(s.split()) >= 6)
    names = sorted(e for e, pool in events.items() if len(pool) >= MIN_POOL)
    per_edition = sum(len(events[e]) // 15 for e in names)
    start = date(2019, 1, 1)
    out: list[tuple[date, str, bytes]] = []
    for edition in range(-(-n // per_edition)):
        for k, event in enumerate(names):
            pool = events[event]
            first = start + timedelta(days=edition * EDITION_DAYS + k % EDITION_DAYS // 3)
            made: list[list[str]] = []
            for i in range(len(pool) // 15):
                if made and rng.random() < 0.1:  # a wire copy of an article of this edition, one sentence changed
                    sents = list(rng.choice(made))
                    sents[-1] = rng.choice(pool)
                else:
                    sents = rng.sample(pool, SENTENCES)
                made.append(sents)
                paragraphs = [" ".join(sents[j : j + 2]) for j in range(0, len(sents), 2)]
                outlet = OUTLETS[rng.randrange(len(OUTLETS))]
                day = first + timedelta(days=rng.randrange(3))
                title = " ".join(sents[0].split()[:10]).rstrip(".,;:")
                url = f"https://news.example/{outlet.lower().replace(' ', '-')}/{edition}-{k}-{i}"
                out.append((day, url, _html(title, paragraphs, outlet, day, f"Staff writer {i}")))
    out.sort(key=lambda item: item[0])
    return out[:n]


def build_corpus(folder: Path, articles: int) -> int:
    """Write the corpus as WARC.gz shards under ``folder``; returns the number of HTML responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    real = [
        (None, f"https://pages.example/{p.name[:-8]}", gzip.decompress(p.read_bytes()))
        for p in sorted(PAGES.glob("*.html.gz"))
    ]
    records = real + _recombined(max(0, articles - len(real)))
    folder.mkdir(parents=True, exist_ok=True)
    for s in range(0, len(records), PER_SHARD):
        with open(folder / f"news-{s // PER_SHARD:05d}.warc.gz", "wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for _, url, html in records[s : s + PER_SHARD]:
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                writer.write_record(
                    writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers)
                )
    return len(records)


# -- one run (in its own process) -------------------------------------------------------------------------
class PeakMemory:
    """Peak resident memory (``VmHWM``, MB) and CPU seconds (user + system, ``/proc/PID/stat``) of this process
    and of each descendant, and the machine's load average, sampled every second. CPU seconds do not depend on
    what else the machine runs, so they are the figures a projection can rest on when wall-clock time cannot."""

    def __init__(self) -> None:
        self.workers: dict[int, tuple[str, float]] = {}
        self.cpu: dict[int, tuple[str, float]] = {}
        self.load: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            try:
                self._sample()
            except Exception as exc:  # noqa: BLE001 - a process that vanished mid-read must not end the sampling
                print(f"memory sample skipped ({type(exc).__name__}: {exc})", file=sys.stderr)

    def _sample(self) -> None:
        me = os.getpid()
        parents, cpu = {}, {}
        self.load.append(float(Path("/proc/loadavg").read_text().split()[0]))
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit():
                try:
                    fields = (stat := (proc / "stat").read_text())[stat.rindex(")") + 2 :].split()
                    parents[int(proc.name)] = int(fields[1])
                    cpu[int(proc.name)] = (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
                except (OSError, ValueError, IndexError):
                    continue
        for pid in parents:
            p, depth = pid, 0
            while p in parents and p != me and depth < 4:
                p, depth = parents[p], depth + 1
            if p == me and pid != me:
                try:
                    title = (Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]).decode(errors="replace")
                    hwm = _hwm(pid)
                except OSError:
                    continue
                old = self.workers.get(pid, (title, 0.0))[1]
                self.workers[pid] = (title, max(old, hwm))
                self.cpu[pid] = (title, max(self.cpu.get(pid, (title, 0.0))[1], cpu[pid]))

    def cpu_seconds(self, *, ray: bool) -> dict[str, float]:
        """CPU seconds of the driver (this process), of the workers (Ray's worker processes, or the local
        path's children) and of the rest (Ray's own services: raylet, GCS)."""
        times = os.times()
        out = {"driver": times.user + times.system, "workers": 0.0, "ray services": 0.0}
        for title, seconds in self.cpu.values():
            worker = title.startswith("ray::") if ray else "python" in title
            out["workers" if worker else "ray services"] += seconds
        return {k: round(v, 1) for k, v in out.items()}

    @staticmethod
    def driver() -> float:
        return _hwm(os.getpid())

    def worker_peaks(self, *, ray: bool) -> list[float]:
        """Peak MB of each worker process: Ray's actors, or the local path's worker processes."""
        if ray:
            return [mb for title, mb in self.workers.values() if title.startswith("ray::") and "Worker" in title]
        return [mb for title, mb in self.workers.values() if "python" in title]


TICKS = os.sysconf("SC_CLK_TCK")


def _hwm(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


DRIVER_STEPS = {
    "store writes": [("crosswire.distributed.stream", "Writer.take"), ("crosswire.distributed.runner", "_apply")],
    "shard reads": [("crosswire.store.db", "Store.shard_rows")],
    "stories on the driver": [
        ("crosswire.stories.partitioned", name)
        for name in ("document_frequencies", "make_windows", "stitch", "_write", "_todo")
    ],
}


def _time_driver_steps() -> dict[str, float]:
    """Wrap the driver's own serial steps so that their seconds add up (what bounds scaling out)."""
    import importlib

    spent = dict.fromkeys(DRIVER_STEPS, 0.0)
    for bucket, targets in DRIVER_STEPS.items():
        for module_name, attr in targets:
            owner: Any = importlib.import_module(module_name)
            *path, name = attr.split(".")
            for part in path:
                owner = getattr(owner, part)
            inner = getattr(owner, name)

            def timed(*a: Any, _inner: Any = inner, _bucket: str = bucket, **k: Any) -> Any:
                t = time.perf_counter()
                try:
                    return _inner(*a, **k)
                finally:
                    spent[_bucket] += time.perf_counter() - t

            setattr(owner, name, timed)
    return spent


def run_one(mode: str, corpus: Path, db: Path, cpus: int) -> dict[str, Any]:
    """One end-to-end run into a new store; its figures."""
    from crosswire.stages import STAGES
    from crosswire.store import Store

    driver = _time_driver_steps() if mode == "ray" else {}
    with PeakMemory() as memory, Store(db) as store:
        if mode == "local":
            from crosswire.ingest import read_paths
            from crosswire.pipeline import ingest_documents, run_later_stages

            started = time.perf_counter()
            summary = ingest_documents(store, read_paths([corpus]))
            seconds = {"ingest (read, clean, store)": time.perf_counter() - started}
            run_later_stages(store, summary, compare=True)
            seconds["facts, stories, compare"] = time.perf_counter() - started - seconds["ingest (read, clean, store)"]
            stored = summary.stored
        else:
            from crosswire.distributed import RayEngine, connect, disconnect, run_batch

            connect(num_cpus=cpus)
            started = time.perf_counter()
            with RayEngine(cpus) as engine:
                batch = run_batch(store, [str(corpus)], engine, list(STAGES))
            stored = batch.ingest.stored
            seconds = dict(batch.seconds)
            disconnect()
        seconds["total"] = time.perf_counter() - started
        stories = store.count_stories()
    workers = memory.worker_peaks(ray=mode != "local")
    return {
        "mode": mode,
        "cpus": cpus,
        "articles": stored,
        "stories": stories,
        "seconds": {k: round(v, 1) for k, v in seconds.items()},
        "driver_seconds": {k: round(v, 1) for k, v in driver.items()},
        "articles_per_s": round(stored / seconds["total"], 2),
        "driver_peak_mb": round(memory.driver()),
        "worker_peak_mb": round(max(workers, default=0.0)),
        "worker_processes": len(workers),
        "cpu_seconds": memory.cpu_seconds(ray=mode != "local"),
        "load_average": round(sum(memory.load) / max(1, len(memory.load)), 1),
    }


def _child(mode: str, corpus: Path, db: Path, cpus: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--run", mode, "--corpus", str(corpus), "--db", str(db), "--cpus", str(cpus)]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout  # stderr: to this log
    return json.loads(out.strip().splitlines()[-1])


def _differences(local: Path, other: Path) -> dict[str, int]:
    from crosswire.distributed.check import diff_stores
    from crosswire.store import Store

    with Store(local, readonly=True) as a, Store(other, readonly=True) as b:
        return diff_stores(a, b).counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--keep", type=Path, help="build the corpus and stores here and keep them")
    parser.add_argument("--no-local", action="store_true", help="leave out the local path")
    parser.add_argument("--run", choices=["local", "ray"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cpus", type=int, default=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_one(args.run, args.corpus, args.db, args.cpus)))
        return
    if not PAGES.is_dir() or not (SHARED / "bench" / "ecbplus").is_dir():
        sys.exit(f"bench/ray_scale.py: the corpus is built from {SHARED / 'bench'} (the 181 pages and ECB+); not found")
    with tempfile.TemporaryDirectory(prefix="crosswire-ray-scale-") as tmp:
        root = args.keep or Path(tmp)
        corpus = root / "corpus"
        t = time.perf_counter()
        n = build_corpus(corpus, args.articles)
        shards = len(list(corpus.glob("*.warc.gz")))
        print(f"corpus: {n} HTML responses in {shards} WARC.gz shards ({time.perf_counter() - t:.0f} s to build)")
        runs = []
        if not args.no_local:
            runs.append(_child("local", corpus, root / "local.db", 2))
            print(json.dumps(runs[-1]), flush=True)
        for w in (int(x) for x in args.workers.split(",")):
            runs.append(_child("ray", corpus, root / f"ray{w}.db", w))
            if not args.no_local:
                runs[-1]["differences_from_local"] = _differences(root / "local.db", root / f"ray{w}.db")
            print(json.dumps(runs[-1]), flush=True)
        report(runs)


def report(runs: list[dict[str, Any]]) -> None:
    """The table: wall clock, memory, and CPU milliseconds per article (driver, workers, Ray's services)."""
    head = f"{'run':24} {'articles':>8} {'stories':>8} {'seconds':>8} {'art/s':>7} {'driver MB':>9} {'worker MB':>9}"
    print(f"\n{head} {'load':>5} {'CPU ms/article: driver':>22} {'workers':>8} {'services':>8}")
    for r in runs:
        name = "local (crosswire ingest)" if r["mode"] == "local" else f"Ray, {r['cpus']} worker{'s' * (r['cpus'] > 1)}"
        ms = {k: 1000 * v / max(1, r["articles"]) for k, v in r["cpu_seconds"].items()}
        print(
            f"{name:24} {r['articles']:8d} {r['stories']:8d} {r['seconds']['total']:8.0f} {r['articles_per_s']:7.2f} "
            f"{r['driver_peak_mb']:9d} {r['worker_peak_mb']:9d} {r['load_average']:5.1f} {ms['driver']:22.1f} "
            f"{ms['workers']:8.1f} {ms['ray services']:8.1f}"
        )
    ray = {r["cpus"]: r for r in runs if r["mode"] == "ray"}
    if 1 in ray and 2 in ray:
        eff = ray[2]["articles_per_s"] / (2 * ray[1]["articles_per_s"])
        print(f"\nparallel efficiency 1 -> 2 workers (wall clock): {eff:.2f} (target >= 0.80)")
        work = ray[1]["cpu_seconds"]["workers"] / max(0.1, ray[2]["cpu_seconds"]["workers"])
        print(f"workers' CPU seconds with 1 / with 2 (the work that splitting adds; 1.00 = none): {work:.2f}")
    for r in runs:
        if "differences_from_local" in r:
            print(f"Ray {r['cpus']}: differences from the local path {r['differences_from_local']}")


if __name__ == "__main__":
    main()
