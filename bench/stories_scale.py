"""Stories at scale: a synthetic-but-realistic stream of N articles (default 100,000) through dedup + clustering.

The stream is built by recombining the development data (ECB+ articles and GoogleNews-TS snippets): each gold
event is re-used as many *story instances* at shifted dates (an instance every ~2 weeks per event, spread over
two years); each article of an instance is a random selection of sentences from that event's pool, so articles
of one instance share vocabulary and entities without being copies. 15% of articles are syndicated copies of an
earlier article of the same instance (last paragraph cut, one outlet paragraph added) and 2% have no date.
Arrival order is chronological with jitter.

Figures (printed, and with ``--json``):

* articles/s of ``place_articles`` in ingest-sized batches (``--batch``, default 100), the whole stream;
* p95 / median time to add ONE article (``place_articles(store, [id])``) once the store holds the whole stream;
* peak resident memory of the process (``ru_maxrss``), including the ~30 MB embedding model;
* B-cubed F1 against the synthetic instance labels (a sanity check, not a quality claim);
* the named baseline run in the same session: the same stream with the embedding signal switched off
  (``--baseline``, tf-idf + entities only), which shows what the embedding costs in speed.

Floors (from the brief): peak memory < 4 GB, >= 100 articles/s, p95 one-article add < 200 ms at 100,000.

    .venv/bin/python bench/stories_scale.py [--n 100000] [--batch 100] [--singles 200] [--db PATH]
        [--baseline] [--recluster] [--json]

``--recluster`` then rebuilds all stories from scratch (chunks of 64, one process) and reports whether the result
equals the incremental one (batches of ``--batch``, then single adds).

``--time-list DB`` only times ``list_stories`` on an existing store (build one with ``--n 10000 --db DB``): the
whole list and 50-story pages, against the named baseline, the implementation before the SQL ordering (every
article row as a dict, sorted in Python; kept below as :func:`baseline_list_stories`), and checks both agree.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from clustering import bcubed, load_ecb, load_gnews
from crosswire.model import Article, Block, content_hash
from crosswire.store import Store
from crosswire.stories import place_articles, recluster

OUTLETS = [f"Outlet {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(60)]
START = date(2024, 1, 1)
FLOORS = {"peak_rss_mb": 4096, "articles_per_s": 100, "p95_single_ms": 200}


def event_pools() -> list[list[str]]:
    pools: dict[str, list[str]] = defaultdict(list)
    for d in load_ecb():
        pools["ecb:" + d["gold"]].extend(p for p in d["paras"] if len(p.split()) >= 6)
    for d in load_gnews():
        pools["gn:" + d["gold"]].append(d["paras"][0])
    return [p for p in pools.values() if len(p) >= 8]


def synthesize(n: int, seed: int = 0) -> tuple[list[Article], dict[str, str]]:
    rng = random.Random(seed)
    pools = event_pools()
    days = 730
    articles: list[tuple[float, Article]] = []
    gold: dict[str, str] = {}
    instance = 0
    by_instance: dict[int, list[Article]] = defaultdict(list)
    while len(articles) < n:
        ev = rng.randrange(len(pools))
        pool = pools[ev]
        start = rng.uniform(0, days)
        size = max(1, min(int(rng.expovariate(1 / 8)) + 1, 60))
        for _ in range(size):
            if len(articles) >= n:
                break
            i = len(articles)
            t = start + rng.uniform(0, 3)
            prev = by_instance[instance]
            if prev and rng.random() < 0.15:
                src = rng.choice(prev)
                paras = [*[b.text for b in src.blocks][:-1], rng.choice(rng.choice(pools))]
                title = src.title
            else:
                k = min(len(pool), rng.randint(3, 8))
                paras = rng.sample(pool, k)
                title = " ".join(paras[0].split()[:12])
            published = None if rng.random() < 0.02 else (START + timedelta(days=int(t))).isoformat()
            aid = f"x{i:06d}"
            art = Article(
                id=aid,
                source="synthetic",
                content_hash=content_hash(aid + "\n".join(paras)),
                blocks=[Block("paragraph", p) for p in paras],
                title=title,
                outlet=rng.choice(OUTLETS),
                published=published,
            )
            articles.append((t + rng.uniform(-0.3, 0.3), art))
            by_instance[instance].append(art)
            gold[aid] = str(instance)
        instance += 1
    articles.sort(key=lambda x: x[0])
    return [a for _, a in articles], gold


def run(
    n: int, batch: int, singles: int, db: Path, *, no_embedding: bool = False, check_recluster: bool = False
) -> dict:
    import crosswire.stories.cluster as cluster_mod
    from crosswire.stories.config import DEFAULT_CONFIG

    config = DEFAULT_CONFIG
    if no_embedding:
        from dataclasses import replace

        config = replace(DEFAULT_CONFIG, emb_weight=0.0)
    t0 = time.perf_counter()
    arts, gold = synthesize(n + singles)
    t_synth = time.perf_counter() - t0
    stream, tail = arts[:n], arts[n:]
    if db.exists():
        db.unlink()
    store = Store(db)
    t0 = time.perf_counter()
    with store.transaction():
        for a in arts:
            store.add_article(a)
    t_insert = time.perf_counter() - t0
    totals = defaultdict(int)
    t0 = time.perf_counter()
    c0 = time.process_time()
    progress_at = time.perf_counter()
    for i in range(0, len(stream), batch):
        r = place_articles(store, [a.id for a in stream[i : i + batch]], config=config)
        for k in ("new_stories", "joined", "copies", "merges"):
            totals[k] += getattr(r, k)
        if time.perf_counter() - progress_at > 30:
            progress_at = time.perf_counter()
            done = i + batch
            print(f"  {done} articles, {done / (progress_at - t0):.0f}/s", file=sys.stderr, flush=True)
    t_stream = time.perf_counter() - t0
    cpu_stream = time.process_time() - c0
    times, cpu_times = [], []
    for a in tail:
        s, c = time.perf_counter(), time.process_time()
        place_articles(store, [a.id], config=config)
        times.append((time.perf_counter() - s) * 1000)
        cpu_times.append((time.process_time() - c) * 1000)
    labels = {p.article_id: p.story_id for p in store.placements()}
    ids = [a.id for a in arts]
    quality = bcubed([labels[i] for i in ids], [gold[i] for i in ids])
    stories = store.count_stories()
    rec = None
    if check_recluster:
        t0 = time.perf_counter()
        report = recluster(store, config=config)
        rec = {
            "equal": report.equal,
            "moved": report.moved_count,
            "stories_after": report.stories_after,
            "seconds": round(time.perf_counter() - t0, 1),
        }
    store.close()
    del cluster_mod
    return {
        "articles": n,
        "batch": batch,
        "embedding": not no_embedding,
        "seconds": {
            "synthesize": round(t_synth, 1),
            "insert_articles": round(t_insert, 1),
            "stories": round(t_stream, 1),
        },
        "articles_per_s": round(n / t_stream, 1),
        # CPU seconds of this process (all threads): what the rate would be on an idle core, since the bench
        # machine is shared and wall-clock rates move with other people's jobs.
        "cpu_seconds_stories": round(cpu_stream, 1),
        "articles_per_cpu_s": round(n / cpu_stream, 1) if cpu_stream else None,
        "load_avg_1min_at_end": round(os.getloadavg()[0], 2),
        "single_add_ms": {
            "n": len(times),
            "median": round(statistics.median(times), 1) if times else None,
            "p95": round(sorted(times)[int(0.95 * (len(times) - 1))], 1) if times else None,
            "max": round(max(times), 1) if times else None,
        },
        "single_add_cpu_ms_p95": round(sorted(cpu_times)[int(0.95 * (len(cpu_times) - 1))], 1) if cpu_times else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "stories": stories,
        "counts": dict(totals),
        "synthetic_bcubed": quality,
        "db_mb": round(db.stat().st_size / 2**20, 1) if db.exists() else None,
        "recluster": rec,
    }


def baseline_list_stories(store) -> list[dict]:
    """``crosswire.stories.list_stories`` as it was before the SQL ordering (23 Nov 2026, morning): one
    ``sqlite3.Row`` and one dict per article of the store, shaped per story, then sorted in Python."""
    conn = store.conn
    members: dict[str, list] = {}
    for a in conn.execute(
        """SELECT a.id, a.url, a.outlet, a.agency, a.title, a.published, sa.copy_of, sa.story_id
           FROM story_articles sa JOIN articles a ON a.id = sa.article_id ORDER BY a.rowid"""
    ):
        members.setdefault(a["story_id"], []).append(a)

    def uniq(values) -> list:
        out: list = []
        for v in values:
            if v and v not in out:
                out.append(v)
        return out

    def shape(row, articles) -> dict:
        arts = [{k: a[k] for k in ("id", "url", "outlet", "agency", "title", "published", "copy_of")} for a in articles]
        by_id = {a["id"]: a for a in arts}
        wires: dict[str, list[str]] = {}
        for a in arts:
            if a["copy_of"]:
                wires.setdefault(a["copy_of"], []).append(a["id"])
        copies = [
            {
                "wire": w,
                "outlets": uniq([by_id.get(w, {}).get("outlet")] + [by_id[i]["outlet"] for i in ids]),
                "articles": [w, *ids],
            }
            for w, ids in wires.items()
        ]
        return {
            "id": row["id"],
            "title": row["title"],
            "first_seen": row["first_seen"],
            "last_seen": row["last_seen"],
            "size": len(arts),
            "outlets": uniq(a["outlet"] for a in arts),
            "agencies": uniq(a["agency"] for a in arts),
            "articles": arts,
            "copies": copies,
        }

    def neg(day):
        return "".join(chr(0x10FFFF - ord(c)) for c in day) if day else ""

    stories = [shape(row, members.get(row["id"], [])) for row in conn.execute("SELECT * FROM stories")]
    stories.sort(key=lambda s: (s["last_seen"] is None, neg(s["last_seen"]), -s["size"], s["id"]))
    return stories


def time_listing(db: Path, repeats: int) -> dict:
    """Median and min wall time of list_stories on a stored DB, new vs the baseline, alternating runs."""
    from crosswire.stories import list_stories

    with Store(db, readonly=True) as store:
        full = list_stories(store)
        base = baseline_list_stories(store)
        n_stories, n_articles = len(full), sum(s.size for s in full)
        pages = [(0, 50), (max(0, n_stories // 2), 50), (max(0, n_stories - 50), 50)]
        equal = [s.to_dict() for s in full] == base and all(
            list_stories(store, limit=lim, offset=off) == full[off : off + lim] for off, lim in pages
        )
        runs: dict[str, list[float]] = defaultdict(list)
        calls = {
            "baseline_full_ms": lambda: baseline_list_stories(store),
            "full_ms": lambda: list_stories(store),
            "page_first_50_ms": lambda: list_stories(store, limit=50),
            "page_middle_50_ms": lambda: list_stories(store, limit=50, offset=pages[1][0]),
        }
        for _ in range(repeats):
            for name, call in calls.items():
                t = time.perf_counter()
                call()
                runs[name].append((time.perf_counter() - t) * 1000)
    out: dict = {"db": str(db), "stories": n_stories, "articles": n_articles, "repeats": repeats, "equal": equal}
    for name, ts in runs.items():
        out[name] = {"median": round(statistics.median(ts), 1), "min": round(min(ts), 1)}
    out["load_avg_1min"] = round(os.getloadavg()[0], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--singles", type=int, default=200)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--baseline", action="store_true", help="also run without the embedding signal")
    ap.add_argument("--recluster", action="store_true", help="then rebuild from scratch and compare")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--time-list", type=Path, default=None, metavar="DB", help="only time list_stories on DB")
    ap.add_argument("--repeats", type=int, default=15)
    args = ap.parse_args(argv)
    if args.time_list is not None:
        out = time_listing(args.time_list, args.repeats)
        print(json.dumps(out, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in out.items()))
        return 0 if out["equal"] else 1
    tmp = Path(tempfile.mkdtemp(prefix="cw-scale-"))
    out = {
        "crosswire": run(args.n, args.batch, args.singles, args.db or tmp / "scale.db", check_recluster=args.recluster)
    }
    if args.baseline:
        out["baseline_no_embedding"] = run(args.n, args.batch, args.singles, tmp / "scale-base.db", no_embedding=True)
    r = out["crosswire"]
    out["floors"] = FLOORS
    out["meets_floors"] = (
        r["peak_rss_mb"] < FLOORS["peak_rss_mb"]
        and r["articles_per_s"] >= FLOORS["articles_per_s"]
        and (r["single_add_ms"]["p95"] or 0) < FLOORS["p95_single_ms"]
    )
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for name, res in out.items():
            if isinstance(res, dict) and "articles" in res:
                single, counts = res["single_add_ms"], res["counts"]
                print(
                    f"{name}: {res['articles']} articles in batches of {res['batch']}: "
                    f"{res['articles_per_s']} articles/s "
                    f"({res['articles_per_cpu_s']} per CPU second, load {res['load_avg_1min_at_end']}); "
                    f"one-article add at {res['articles']}: p95 {single['p95']} ms "
                    f"(median {single['median']}); peak RSS {res['peak_rss_mb']} MB; "
                    f"{res['stories']} stories; copies {counts.get('copies')}; merges {counts.get('merges')}; "
                    f"synthetic B-cubed {res['synthetic_bcubed']}; seconds {res['seconds']}; db {res['db_mb']} MB; "
                    f"recluster {res['recluster']}"
                )
        print(f"floors {FLOORS}: {'met' if out['meets_floors'] else 'NOT met'}")
    return 0 if out["meets_floors"] else 1


if __name__ == "__main__":
    sys.exit(main())
