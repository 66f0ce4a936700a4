"""Story clustering quality on two labelled datasets, crosswire against a TF-IDF + agglomerative baseline.

Datasets (read from ../shared/bench):

* **ECB+** -- 982 news articles in 43 topics; the gold story is the subtopic (topic number + "ecb" or
  "ecbplus": two different real events per topic, e.g. two different celebrities entering rehab).
* **GoogleNews-TS** -- 11,109 short, pre-processed (lower-cased, stop words removed) news snippets in 152 stories.

Neither has dates, so time is absent for both. Articles stream in one fixed order: ECB+ shuffled with seed 0
(a news stream interleaves events), GoogleNews-TS in file order.

Figures: B-cubed precision, recall and F1 and the number of clusters, for crosswire's incremental clusterer
(:mod:`crosswire.stories.cluster`, ``DEFAULT_CONFIG``) and, in the same run, for the named baseline:
TF-IDF (sublinear tf, English stop words) + average-linkage agglomerative clustering on cosine distance, cut at
the distance threshold that maximises B-cubed F1 on the tuning half (odd-numbered ECB+ topics) -- the same
data and the same rule crosswire's configuration was chosen by.

    .venv/bin/python bench/clustering.py [--json] [--dataset ecb|gnews|both] [--tune] [--limit N]
    .venv/bin/python bench/clustering.py --example-orders 300   # order robustness on examples/corpus

``--tune`` re-runs the grid search that chose ``DEFAULT_CONFIG`` (odd ECB+ topics only) and prints the best
configurations and how each scores on the held-out even topics.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

import shared_dir
from crosswire.stories.cluster import Clusterer
from crosswire.stories.config import DEFAULT_CONFIG, Config
from crosswire.stories.features import DocFeatures, featurize
from crosswire.stories.text import heuristic_entities

SHARED = shared_dir.SHARED


# -- data -------------------------------------------------------------------------------------------------
def _detok(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r"\s+([.,;:!?%)\]'’]|n't|'s)", r"\1", text)
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    return text.replace("`` ", '"').replace(" ''", '"')


def load_ecb() -> list[dict]:
    docs = []
    for path in sorted((SHARED / "bench" / "ecbplus" / "ECB+").glob("*/*.xml")):
        root = ET.parse(path).getroot()
        sents: dict[int, list[str]] = defaultdict(list)
        for tok in root.iter("token"):
            sents[int(tok.get("sentence", 0))].append(tok.text or "")
        paras = [_detok(sents[k]) for k in sorted(sents)]
        topic = path.parent.name
        sub = "ecbplus" if path.name.endswith("ecbplus.xml") else "ecb"
        docs.append({"id": path.name, "topic": int(topic), "gold": f"{topic}{sub}", "title": None, "paras": paras})
    random.Random(0).shuffle(docs)
    return docs


def load_gnews() -> list[dict]:
    docs = []
    path = SHARED / "bench" / "googlenews-ts" / "GoogleNews-TS.jsonl"
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            item = json.loads(line)
            docs.append({"id": f"g{i}", "gold": str(item["cluster"]), "title": None, "paras": [item["text"]]})
    return docs


def features(docs: list[dict]) -> list[DocFeatures]:
    return featurize(
        [d["id"] for d in docs],
        [d["title"] for d in docs],
        [d["paras"] for d in docs],
        [None] * len(docs),
        [heuristic_entities("\n".join(d["paras"])) for d in docs],
    )


# -- metrics ----------------------------------------------------------------------------------------------
def bcubed(pred: list, gold: list) -> dict[str, float]:
    """B-cubed precision/recall/F1 (Bagga & Baldwin), averaged over items."""
    pc, gc = Counter(pred), Counter(gold)
    both = Counter(zip(pred, gold, strict=True))
    n = len(pred)
    p = sum(both[(a, b)] / pc[a] for a, b in zip(pred, gold, strict=True)) / n
    r = sum(both[(a, b)] / gc[b] for a, b in zip(pred, gold, strict=True)) / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "clusters": len(pc)}


# -- systems ----------------------------------------------------------------------------------------------
def run_crosswire(feats: list[DocFeatures], config: Config = DEFAULT_CONFIG) -> list[str]:
    cl = Clusterer(config)
    labels: dict[str, str] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for f in feats:
        a = cl.assign(f)
        for gone, into, _ in a.merged:
            for m in members.pop(gone, []):
                labels[m] = into
                members[into].append(m)
        labels[f.id] = a.story_id
        members[a.story_id].append(f.id)
    return [labels[f.id] for f in feats]


def baseline_matrix(docs: list[dict]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(
        [" ".join(d["paras"]) for d in docs]
    )


def baseline_linkage(docs: list[dict]):
    """Average-linkage dendrogram on cosine distance (scipy; what sklearn's AgglomerativeClustering computes)."""
    from scipy.cluster.hierarchy import linkage
    from sklearn.metrics.pairwise import cosine_distances

    x = baseline_matrix(docs)
    dist = cosine_distances(x)
    np.fill_diagonal(dist, 0.0)
    from scipy.spatial.distance import squareform

    condensed = squareform(dist, checks=False)
    del dist
    return linkage(condensed, method="average")


def baseline_cut(tree, threshold: float) -> list[int]:
    from scipy.cluster.hierarchy import fcluster

    return fcluster(tree, t=threshold, criterion="distance").tolist()


BASELINE_GRID = [round(0.5 + 0.02 * i, 2) for i in range(25)]


def tune_baseline(docs: list[dict]) -> float:
    tree = baseline_linkage(docs)
    gold = [d["gold"] for d in docs]
    return max(BASELINE_GRID, key=lambda t: (bcubed(baseline_cut(tree, t), gold)["f1"], -t))


# -- tuning -----------------------------------------------------------------------------------------------
def tune(docs: list[dict], feats: list[DocFeatures]) -> list[dict]:
    odd = [i for i, d in enumerate(docs) if d["topic"] % 2 == 1]
    even = [i for i, d in enumerate(docs) if d["topic"] % 2 == 0]
    results = []
    grid = itertools.product(
        [0.3, 0.5, 0.7],  # embedding share of (embedding + tf-idf)
        [0.0, 0.15, 0.3, 0.5],  # entity weight
        [round(0.25 + 0.025 * i, 3) for i in range(17)],  # threshold
        [0.1, 0.2, 9.0],  # merge margin (9 = never merge)
    )
    for emb, ent, thr, margin in grid:
        cfg = replace(
            DEFAULT_CONFIG,
            emb_weight=emb,
            tfidf_weight=round(1 - emb, 2),
            ent_weight=ent,
            threshold=thr,
            merge_margin=margin,
        )
        pred = run_crosswire([feats[i] for i in odd], cfg)
        score = bcubed(pred, [docs[i]["gold"] for i in odd])
        results.append({"config": {"emb": emb, "ent": ent, "threshold": thr, "merge_margin": margin}, "odd": score})
    results.sort(key=lambda r: -r["odd"]["f1"])
    for r in results[:10]:
        c = r["config"]
        cfg = replace(
            DEFAULT_CONFIG,
            emb_weight=c["emb"],
            tfidf_weight=round(1 - c["emb"], 2),
            ent_weight=c["ent"],
            threshold=c["threshold"],
            merge_margin=c["merge_margin"],
        )
        r["even"] = bcubed(run_crosswire([feats[i] for i in even], cfg), [docs[i]["gold"] for i in even])
    return results[:10]


# -- order robustness on the example corpus (a check, never a tuning target) ----------------------------------
def example_orders(n_orders: int, *, facts: bool = True) -> dict:
    """Replay the example corpus's non-copy articles in ``n_orders`` random orders (features computed once, the
    in-memory clusterer) and count how the answer key's events come out: whole, split, or mixed."""
    import tempfile

    from crosswire.pipeline import ingest_paths
    from crosswire.store import Store
    from crosswire.stories.stage import features_of

    examples = Path(__file__).resolve().parents[1] / "examples"
    key = json.loads((examples / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "ex.db")
        ingest_paths(store, [examples / "corpus"], facts=facts)
        by_source = {
            r["source"].replace("\\", "/").split("examples/corpus/", 1)[-1]: r["id"]
            for r in store.conn.execute("SELECT id, source FROM articles")
        }
        copies = {p.article_id for p in store.placements() if p.copy_of is not None}
        event_of = {
            by_source[key["articles"][name]["source"]]: ev for ev, e in key["events"].items() for name in e["articles"]
        }
        arts = [store.get_article(i) for i in event_of if i not in copies]
        feats = features_of(store, arts, DEFAULT_CONFIG)
        store.close()
    outcome: Counter = Counter()
    for seed in range(n_orders):
        order = feats[:]
        random.Random(seed).shuffle(order)
        pred = dict(zip([f.id for f in order], run_crosswire(order), strict=True))
        parts = {ev: {pred[a] for a in pred if event_of[a] == ev} for ev in key["events"]}
        mixed = any(parts[a] & parts[b] for a, b in itertools.combinations(parts, 2))
        outcome["mixed" if mixed else "+".join(f"{ev}:{len(p)}" for ev, p in sorted(parts.items()))] += 1
    return {"orders": n_orders, "facts": facts, "outcomes": dict(outcome.most_common())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--dataset", choices=["ecb", "gnews", "both"], default="both")
    ap.add_argument("--tune", action="store_true")
    ap.add_argument("--limit", type=int, default=None, help="only the first N items of each dataset")
    ap.add_argument(
        "--example-orders",
        type=int,
        default=0,
        metavar="N",
        help="only replay the example corpus in N random orders and count whole/split/mixed events",
    )
    args = ap.parse_args(argv)
    if args.example_orders:
        for facts in (True, False):
            print(json.dumps(example_orders(args.example_orders, facts=facts)))
        return 0

    ecb = load_ecb()
    t0 = time.perf_counter()
    ecb_feats = features(ecb)
    if args.tune:
        top = tune(ecb, ecb_feats)
        print(json.dumps(top, indent=1))
        return 0

    odd_docs = [d for d in ecb if d["topic"] % 2 == 1]
    base_threshold = tune_baseline(odd_docs)
    out: dict = {
        "config": asdict(DEFAULT_CONFIG),
        "baseline": {"name": "tfidf+agglomerative(average, cosine)", "distance_threshold": base_threshold},
        "datasets": {},
    }
    sets = []
    if args.dataset in ("ecb", "both"):
        sets.append(("ECB+", ecb, ecb_feats))
    if args.dataset in ("gnews", "both"):
        gn = load_gnews()
        sets.append(("GoogleNews-TS", gn, None))
    for name, docs, feats in sets:
        if args.limit:
            docs = docs[: args.limit]
            feats = feats[: args.limit] if feats is not None else None
        t0 = time.perf_counter()
        if feats is None:
            feats = features(docs)
        t_feat = time.perf_counter() - t0
        t0 = time.perf_counter()
        pred = run_crosswire(feats)
        t_cl = time.perf_counter() - t0
        gold = [d["gold"] for d in docs]
        cw = bcubed(pred, gold)
        t0 = time.perf_counter()
        base = bcubed(baseline_cut(baseline_linkage(docs), base_threshold), gold)
        t_base = time.perf_counter() - t0
        entry = {
            "items": len(docs),
            "gold_clusters": len(set(gold)),
            "crosswire": cw,
            "baseline": base,
            "crosswire_beats_baseline": cw["f1"] > base["f1"],
            "seconds": {"features": round(t_feat, 1), "clustering": round(t_cl, 1), "baseline": round(t_base, 1)},
        }
        if name == "ECB+":
            for half, parity in (("tuning_half_odd_topics", 1), ("heldout_even_topics", 0)):
                idx = [i for i, d in enumerate(docs) if d["topic"] % 2 == parity]
                entry[half] = bcubed(run_crosswire([feats[i] for i in idx]), [docs[i]["gold"] for i in idx])
        out["datasets"][name] = entry
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(f"crosswire config: {out['config']}")
        print(f"baseline: {out['baseline']['name']}, distance threshold {base_threshold} (tuned on odd ECB+ topics)")
        print(f"{'dataset':15} {'system':10} {'P':>7} {'R':>7} {'F1':>7} {'clusters':>9}")
        for name, e in out["datasets"].items():
            for sysname in ("crosswire", "baseline"):
                s = e[sysname]
                print(
                    f"{name:15} {sysname:10} {s['precision']:7.4f} {s['recall']:7.4f} {s['f1']:7.4f} {s['clusters']:9d}"
                )
            print(
                f"{'':15} gold clusters {e['gold_clusters']}, items {e['items']}, beats baseline: "
                f"{e['crosswire_beats_baseline']}, seconds {e['seconds']}"
            )
            for half in ("tuning_half_odd_topics", "heldout_even_topics"):
                if half in e:
                    print(f"{'':15} {half}: {e[half]}")
    return 0 if all(e["crosswire_beats_baseline"] for e in out["datasets"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
