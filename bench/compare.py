"""Compare stage benchmark: speed on a 50-article story, and conflict/agreement quality on answer keys.

    .venv/bin/python bench/compare.py            # speed + quality, ~1 min (facts extraction of 50 articles)
    .venv/bin/python bench/compare.py --json

Speed: a story of 50 articles (30 independent reports, 20 syndicated copies) built from the seeds
(../shared/seeds), the example corpus and the compare test fixture; each derived article gets its own outlet and
a distinct closing line so every one is stored. Facts are extracted before timing (the brief times compare
only). Reported: the sentence encoder's load (once per process, shared with the stories stage, ~4-6 s here),
the first compare call after it, warm (median of 3), and as baselines from the same run the I/O floor (reading
bodies and facts only) and the 2-article seed story.

Quality: precision and recall of figure conflicts and agreements on examples/expected.json (+ the agreements
in tests/fixtures/compare/examples-extra-agreements.json) and on tests/fixtures/compare/ferry.expected.json,
next to a naive baseline that calls two figures from different independent sources a conflict when the facts
stage's ``counted`` phrase is the same and the values differ (an agreement when they are equal).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compare_keys import (
    EXAMPLES,
    FIXTURES,
    SEEDS,
    example_ids,
    example_key,
    load_fixture_rows,
    score_examples,
    score_fixture,
)
from crosswire.compare import compare_articles
from crosswire.compare.align import ArticleRow, StoryData, StoryInput, evidence, uniq_evidence
from crosswire.compare.stage import load_story_data
from crosswire.model import Evidence
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

N_INDEPENDENT, N_COPIES = 30, 20


def _base_articles(tmp: Path) -> list[dict[str, Any]]:
    with Store(tmp / "base.db") as store:
        ingest_paths(
            store,
            [*sorted(SEEDS.glob("*.txt")), EXAMPLES / "corpus", FIXTURES / "ferry.jsonl"],
            facts=False,
            stories=False,
        )
        return [
            {"title": a.title, "published": a.published, "text": a.body, "outlet": a.outlet}
            for a in store.iter_articles()
        ]


def build_story(tmp: Path) -> tuple[Path, list[ArticleRow]]:
    """A store holding 50 articles (facts extracted) and the story rows, 20 of them copies."""
    base = _base_articles(tmp)
    records, rows = [], []
    for i in range(N_INDEPENDENT):
        b = base[i % len(base)]
        rid = f"bench-{i:02d}"
        records.append(
            {
                "id": rid,
                "outlet": f"Outlet {i:02d}",
                "title": b["title"],
                "published": b["published"],
                "text": b["text"] + f"\n\nReporting by the Outlet {i:02d} newsroom.",
            }
        )
        rows.append(ArticleRow(id=rid, outlet=f"Outlet {i:02d}", title=b["title"], published=b["published"]))
    for j in range(N_COPIES):
        src = records[j % N_INDEPENDENT]
        rid = f"bench-copy-{j:02d}"
        records.append(
            {
                "id": rid,
                "outlet": f"Reprint {j:02d}",
                "title": src["title"],
                "published": src["published"],
                "text": src["text"] + f"\n\nRepublished by Reprint {j:02d}.",
            }
        )
        rows.append(
            ArticleRow(
                id=rid, outlet=f"Reprint {j:02d}", title=src["title"], published=src["published"], copy_of=src["id"]
            )
        )
    path = tmp / "story.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    db = tmp / "bench.db"
    with Store(db) as store:
        ingest_paths(store, [path], stories=False)
    return db, rows


def speed(tmp: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    db, rows = build_story(tmp)
    setup = time.perf_counter() - t0
    ids = [r.id for r in rows]
    story = StoryInput(articles=rows)
    with Store(db) as store:
        t = time.perf_counter()
        from crosswire.stories.embed import embed

        embed(["warm up the sentence encoder"])  # loaded once per process (the stories stage loads it too)
        model_load = time.perf_counter() - t
        t, c = time.perf_counter(), time.process_time()
        first = compare_articles(store, ids, story=story)
        cold, cold_cpu = time.perf_counter() - t, time.process_time() - c
        warm, warm_cpu = [], []
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            compare_articles(store, ids, story=story)
            warm.append(time.perf_counter() - t)
            warm_cpu.append(time.process_time() - c)
        t = time.perf_counter()
        load_story_data(store, rows)
        io_floor = time.perf_counter() - t
        seed_ids = ids[:2]
        t = time.perf_counter()
        compare_articles(store, seed_ids, story=StoryInput(articles=rows[:2]))
        seed_time = time.perf_counter() - t
    return {
        "articles": len(rows),
        "copies": N_COPIES,
        "sources": first.stats.sources,
        "setup_s (ingest + facts, not timed)": round(setup, 1),
        "model_load_s": round(model_load, 3),
        "first_s": round(cold, 3),
        "warm_median_s": round(statistics.median(warm), 3),
        # CPU seconds of this process: on a shared machine wall time also measures the other jobs
        "first_cpu_s": round(cold_cpu, 3),
        "warm_median_cpu_s": round(statistics.median(warm_cpu), 3),
        "baseline_io_floor_s": round(io_floor, 3),
        "baseline_2_article_story_s": round(seed_time, 3),
        "stats": first.stats.to_dict(),
    }


# -- naive baseline -------------------------------------------------------------------------------------------
@dataclass
class NaiveItem:
    """A figure pair the naive baseline claims; scored like a comparison's items (kind and evidence)."""

    evidence: list[Evidence]
    kind: str = "figure"


@dataclass
class NaiveResult:
    agreed: list[NaiveItem] = field(default_factory=list)
    conflicts: list[NaiveItem] = field(default_factory=list)
    single_source: list[NaiveItem] = field(default_factory=list)


def naive(data: StoryData) -> NaiveResult:
    figs = []
    for a in data.articles:
        f = data.facts.get(a.id)
        for x in f.figures if f else []:
            if x.counted and x.value is not None:
                figs.append((data.source_of[a.id], a.id, x))
    out = NaiveResult()
    for i, (s1, a1, f1) in enumerate(figs):
        for s2, a2, f2 in figs[i + 1 :]:
            if s1 == s2 or f1.counted.lower() != f2.counted.lower():
                continue
            item = NaiveItem(
                evidence=uniq_evidence(
                    [
                        evidence(data, a1, f1.sentence_start, f1.sentence_end),
                        evidence(data, a2, f2.sentence_start, f2.sentence_end),
                    ]
                )
            )
            (out.agreed if f1.value == f2.value else out.conflicts).append(item)
    return out


def quality(tmp: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    key = example_key()
    with Store(tmp / "ex.db") as store:
        ingest_paths(store, [EXAMPLES / "corpus"])
        ids = example_ids(store)
        ours, base = {}, {}
        for name, event in key["events"].items():
            members = [ids[a] for a in event["articles"] if a in ids]
            ours[name] = compare_articles(store, members)
            rows = [a.row() for a in ours[name].articles]
            base[name] = naive(load_story_data(store, rows))
        out["examples"] = {"crosswire": score_examples(ours), "naive baseline": score_examples(base)}
    rows, fkey = load_fixture_rows("ferry")
    with Store(tmp / "fx.db") as store:
        ingest_paths(store, [FIXTURES / "ferry.jsonl"], stories=False)
        story = StoryInput(articles=[ArticleRow(**r) for r in rows])
        c = compare_articles(store, [r.id for r in story.articles], story=story)
        out["ferry fixture"] = {
            "crosswire": score_fixture(c, fkey),
            "naive baseline": score_fixture(naive(load_story_data(store, story.articles)), fkey),
        }
    seeds_expect = {"conflicts": 2}
    with Store(tmp / "seeds.db") as store:
        ingest_paths(store, sorted(SEEDS.glob("*.txt")), stories=False)
        sids = [r["id"] for r in store.conn.execute("SELECT id FROM articles ORDER BY rowid")]
        c = compare_articles(store, sids)
        out["seeds"] = {
            "conflicts": [(it.summary, it.reason) for it in c.conflicts],
            "agreed": [it.summary for it in c.agreed],
            "expected_conflicts": seeds_expect,
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--skip-quality", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        result = {"speed": speed(tmp)}
        if not args.skip_quality:
            result["quality"] = quality(tmp)
    if args.json:
        print(json.dumps(result, indent=1))
        return
    s = result["speed"]
    print(f"compare of a {s['articles']}-article story ({s['copies']} syndicated copies, {s['sources']} sources):")
    print(
        f"  first call {s['first_s']:.3f} s, warm median {s['warm_median_s']:.3f} s   [floor 2 s]; "
        f"sentence encoder load (once per process, before timing) {s['model_load_s']:.3f} s"
    )
    print(f"  CPU (this process): first call {s['first_cpu_s']:.3f} s, warm median {s['warm_median_cpu_s']:.3f} s")
    print(
        f"  baselines: reading bodies+facts only {s['baseline_io_floor_s']:.3f} s; "
        f"2-article story {s['baseline_2_article_story_s']:.3f} s"
    )
    for corpus, systems in result.get("quality", {}).items():
        if corpus == "seeds":
            print(f"seeds: conflicts {systems['conflicts']}")
            print(f"seeds: agreed {systems['agreed']}")
            continue
        for system, sc in systems.items():
            if "single_source" in sc:
                r = sc["single_source"]
                recall = f"{r['recall']:.2f} ({r['recalled']}/{r['planted']})"
                print(
                    f"{corpus:14s} {system:15s} single-source recall {recall}, {r['found']} single-source items listed"
                )
            for kind in ("conflicts", "agreed"):
                r = sc[kind]
                print(
                    f"{corpus:14s} {system:15s} {kind:9s} precision {r['precision']:.2f} ({r['correct']}/{r['found']})"
                    f"  recall {r['recall']:.2f} ({r['recalled']}/{r['planted']})"
                )


if __name__ == "__main__":
    main()
