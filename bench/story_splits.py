"""Are same-day reports of one event put in one story? Split events and B-cubed figures on real multi-outlet events.

Data (read from ``../shared``, never copied into the repo):

* the 35 hand-built events of the cross-source alignment set (``bench/alignment/events.json``, texts through
  :mod:`alignment_data`): each event is two to four articles of one story by different outlets (SemEval-2022
  pairs, ECB+ articles of one sub-topic, pages of the article-extraction benchmark);
* every other English same-story pair of SemEval-2022 Task 8 (``training_set.csv``: ``lang1`` and ``lang2``
  "en", ``Overall`` <= 1.5; an event is a connected group of such pairs).

Halves: the alignment set's own ``split`` (``tune`` and ``tune2`` / ``report`` and ``report2``: its second set's
events are read too since the fifth pass of 2 Dec; before, this bench saw the first set only); the extra SemEval
events dealt alternately in ``pair_id`` order. Rules are tuned on the tune half only; the report half is what
``bench/RESULTS-stories.md`` records.

How one half is run: every article of the half is stored with **one publication date** (all reports of all
events the same day: every story is a candidate for every article, the hardest case for precision and the case
the issue reports), language "en", no title (the texts open with their headline line as a paragraph); the facts
stage, then the stories stage (which finds syndicated copies), both as the product runs them; then the
clustering features of the non-copy articles (:func:`crosswire.stories.stage.features_of`) are replayed through
the in-memory :class:`~crosswire.stories.cluster.Clusterer` in ``--orders`` random orders (incremental
clustering depends on order; copies follow their wire). With ``--days N`` an event's k-th report is dated ``k mod N``
days after that date instead (a story's reports over consecutive days; every event still shares each day with
every other, so look-alikes stay candidates). Figures per half, averaged over the orders: B-cubed
precision / recall / F1 (Bagga & Baldwin), the number of events split over several stories, and the number of
events sharing a story with another event (merged).

Baseline in the same run: another commit (``--baseline REF``; default the merge-base of ``HEAD`` and ``main``, the
commit this work started from, :func:`revisions.work_start`), run from a temporary ``git worktree`` in a subprocess,
as ``bench/compare_alignment.py`` does. The first records (``bench/RESULTS-stories.md``) were measured against
``82af70f``, main before the same-day rule: ``--baseline 82af70f`` gives them again.

    .venv/bin/python bench/story_splits.py --half report          # crosswire and the baseline, ~1-2 min
    .venv/bin/python bench/story_splits.py --half tune --no-baseline --orders 5
    .venv/bin/python bench/story_splits.py --half report --json
    .venv/bin/python bench/story_splits.py --half report --days 2  # an event's reports over two days
    .venv/bin/python bench/story_splits.py --tune --orders 5       # the grid that chose Config.same_day
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import alignment_data
import revisions

REPO = Path(__file__).resolve().parents[1]
DAY = "2024-05-14"  # the one publication date every article gets


# -- data ----------------------------------------------------------------------------------------------------


def _semeval_events() -> list[dict[str, Any]]:
    """English same-story SemEval pairs as events (connected groups of pairs), not already in the alignment set."""
    taken = {d["ref"].split(":", 1)[1].split("#")[0] for e in alignment_data.events() for d in e["docs"]}
    csv.field_size_limit(1 << 30)
    path = alignment_data.SHARED / "bench" / "semeval2022-t8" / "training_set.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [
            r
            for r in csv.DictReader(fh)
            if r["lang1"] == "en" and r["lang2"] == "en" and float(r["Overall"]) <= 1.5 and r["pair_id"] not in taken
        ]
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for r in rows:
        a, b = r["pair_id"].split("_")[:2]
        parent[find(a)] = find(b)
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: r["pair_id"]):
        groups[find(r["pair_id"].split("_")[0])].append(r)
    out = []
    for k, (_, pairs) in enumerate(sorted(groups.items(), key=lambda kv: kv[1][0]["pair_id"])):
        docs, seen = [], set()
        for r in pairs:
            for side, art in zip(("1", "2"), r["pair_id"].split("_")[:2], strict=True):
                if art not in seen:
                    seen.add(art)
                    docs.append({"key": art, "ref": f"semeval:{r['pair_id']}#{side}", "outlet": f"semeval-{art}"})
        split = "tune" if k % 2 == 0 else "report"
        out.append({"id": f"semx-{pairs[0]['pair_id']}", "origin": "semeval", "split": split, "docs": docs})
    return out


# The alignment set's halves each half of this bench reads: its first set's and, since the set grew, its second
# set's (``tune2`` / ``report2``: ECB+ and page events added after this bench was written, which it did not read).
HALVES = {"tune": ("tune", "tune2"), "report": ("report", "report2")}


def events(half: str) -> list[dict[str, Any]]:
    """The events of one half (``tune`` or ``report``): the alignment set's ``tune`` and ``tune2`` (or ``report``
    and ``report2``) events and the extra SemEval events dealt to that half."""
    return [e for e in [*alignment_data.events(), *_semeval_events()] if e["split"] in HALVES[half]]


# -- running (this function also runs under older versions of crosswire, in a subprocess) --------------------


def _articles(evs: list[dict[str, Any]], days: int = 1) -> list[Any]:
    """The events' articles as ``bench/compare_alignment.py`` builds them, all given one day (:data:`DAY`); with
    ``days`` > 1 an event's k-th article is dated ``k mod days`` days after it (its reports spread over
    consecutive days, as a story's are; every event still shares each day with every other)."""
    import dataclasses
    import datetime as dt

    import compare_alignment

    first = dt.date.fromisoformat(DAY)
    return [
        dataclasses.replace(a, published=(first + dt.timedelta(days=k % days)).isoformat())
        for event in evs
        for k, a in enumerate(compare_alignment._articles(event))
    ]


def _features(half: str, days: int = 1) -> tuple[list[Any], dict[str, str]]:
    """The half's non-copy articles' clustering features, and {copy: wire}, after the facts and stories stages."""
    from crosswire.facts import update_store as facts_update
    from crosswire.store import Store
    from crosswire.stories import update_store as stories_update
    from crosswire.stories.stage import features_of

    arts = _articles(events(half), days)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "splits.db") as store:
        with store.transaction():
            for art in arts:
                store.add_article(art)
        facts_update(store, [a.id for a in arts])
        stories_update(store, [a.id for a in arts])
        copy_of = {p.article_id: p.copy_of for p in store.placements() if p.copy_of}
        return features_of(store, [a for a in arts if a.id not in copy_of]), copy_of


def _replay(feats: list[Any], copy_of: dict[str, str], n_orders: int, config: Any = None) -> list[dict[str, str]]:
    """One {article: story} labelling per random order (seeds 0..n-1) by the in-memory clusterer."""
    from crosswire.stories.cluster import Clusterer

    orders = []
    for seed in range(n_orders):
        order = feats[:]
        random.Random(seed).shuffle(order)
        cl = Clusterer() if config is None else Clusterer(config)
        label: dict[str, str] = {}
        members: dict[str, list[str]] = defaultdict(list)
        for f in order:
            got = cl.assign(f)
            for gone, into, _ in got.merged:
                for m in members.pop(gone, []):
                    label[m] = into
                    members[into].append(m)
            label[f.id] = got.story_id
            members[got.story_id].append(f.id)
        for copy, wire in copy_of.items():
            label[copy] = label.get(wire, copy)
        orders.append(label)
    return orders


def run_orders(half: str, n_orders: int, days: int = 1) -> dict[str, Any]:
    """{"orders": [{article id: story id}, ...], "copies": {article: wire}} by the importable crosswire."""
    feats, copy_of = _features(half, days)
    return {"orders": _replay(feats, copy_of, n_orders), "copies": copy_of}


def tune(n_orders: int) -> list[dict[str, Any]]:
    """The grid that chose ``Config.same_day``, on the tune half only: B-cubed F1 (averaged over the orders)
    of every rule, best first, and the figures with the rule off."""
    from dataclasses import replace

    from crosswire.stories.config import DEFAULT_CONFIG, GroupRule

    feats, copy_of = _features("tune")
    rows = [{"rule": None, **_brief(_replay(feats, copy_of, n_orders, replace(DEFAULT_CONFIG, same_day=None)))}]
    grid = itertools.product((False, True), (0.3, 0.5, 0.7), (0.5, 1.0), (0.0, 0.3), (0.30, 0.31, 0.32, 0.34, 0.36))
    for long, emb, tfidf, ent, threshold in grid:
        rule = GroupRule(long, tfidf, ent, threshold, emb_weight=emb, needs_tfidf=True)
        got = _brief(_replay(feats, copy_of, n_orders, replace(DEFAULT_CONFIG, same_day=rule)))
        rows.append({"rule": [long, emb, tfidf, ent, threshold], **got})
    return sorted(rows, key=lambda r: (-r["f1"], r["merged"]))


def _brief(orders: list[dict[str, str]]) -> dict[str, Any]:
    s = summarise({"orders": orders, "copies": {}})
    return {k: s[k] for k in ("precision", "recall", "f1", "split", "merged")}


def run_baseline(ref: str, half: str, n_orders: int, days: int = 1) -> dict[str, Any]:
    """:func:`run_orders` by crosswire at git commit ``ref``, from a temporary worktree."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "-q", "--detach", str(tree), ref], check=True)
        try:
            out = Path(tmp) / "out.json"
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            cmd = [sys.executable, __file__, "--emit", str(out), "--half", half, "--orders", str(n_orders)]
            cmd += ["--days", str(days)]
            subprocess.run(cmd, check=True, env=env, cwd=REPO)
            return json.loads(out.read_text(encoding="utf-8"))
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)


# -- scoring -------------------------------------------------------------------------------------------------


def score(label: dict[str, str]) -> dict[str, Any]:
    """B-cubed precision / recall / F1 over the articles, split events (in more than one story), merged events
    (sharing a story with another event), and the split events' ids."""
    ids = sorted(label)
    gold = {a: a.rsplit(":", 1)[0] for a in ids}
    pc, gc = Counter(label[a] for a in ids), Counter(gold[a] for a in ids)
    both = Counter((label[a], gold[a]) for a in ids)
    p = sum(both[(label[a], gold[a])] / pc[label[a]] for a in ids) / len(ids)
    r = sum(both[(label[a], gold[a])] / gc[gold[a]] for a in ids) / len(ids)
    parts: dict[str, set[str]] = defaultdict(set)
    for a in ids:
        parts[gold[a]].add(label[a])
    split = sorted(e for e, s in parts.items() if len(s) > 1)
    merged = {e for e, f in itertools.permutations(parts, 2) if parts[e] & parts[f]}
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "events": len(parts),
        "split": len(split),
        "merged": len(merged),
        "split_ids": split,
        "merged_ids": sorted(merged),
    }


def summarise(run: dict[str, Any]) -> dict[str, Any]:
    """Figures averaged over the orders, and how often each event was split."""
    scores = [score(o) for o in run["orders"]]
    keys = ("precision", "recall", "f1", "split", "merged")
    out: dict[str, Any] = {k: round(sum(s[k] for s in scores) / len(scores), 4) for k in keys}
    out["events"] = scores[0]["events"]
    out["articles"] = len(run["orders"][0])
    out["copies"] = len(run["copies"])
    out["split_counts"] = dict(Counter(e for s in scores for e in s["split_ids"]).most_common())
    out["merged_counts"] = dict(Counter(e for s in scores for e in s["merged_ids"]).most_common())
    return out


def table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    head = "| system | B³ precision | B³ recall | B³ F1 | split events | merged events | events (articles) |"
    lines = [head, "|---|---|---|---|---|---|---|"]
    for name, s in rows:
        lines.append(
            f"| {name} | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} | {s['split']:.2f} | "
            f"{s['merged']:.2f} | {s['events']} ({s['articles']}) |"
        )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("tune", "report"), default="report")
    ap.add_argument("--orders", type=int, default=10, help="random article orders replayed (default 10)")
    ap.add_argument("--baseline", default=None, help=revisions.HELP)
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--days", type=int, default=1, help="an event's reports spread over this many days (default 1)")
    ap.add_argument("--tune", action="store_true", help="the same-day rule's grid on the tune half (best first)")
    ap.add_argument("--emit", help=argparse.SUPPRESS)  # internal: write run_orders' output (baseline subprocess)
    args = ap.parse_args()
    if args.emit:
        Path(args.emit).write_text(json.dumps(run_orders(args.half, args.orders, args.days)), encoding="utf-8")
        return 0
    if args.tune:
        for row in tune(args.orders):
            print(json.dumps(row))
        return 0
    rows = [("crosswire", summarise(run_orders(args.half, args.orders, args.days)))]
    if not args.no_baseline:
        args.baseline = args.baseline or revisions.work_start()
        base = run_baseline(args.baseline, args.half, args.orders, args.days)
        rows.append((f"baseline {args.baseline}", summarise(base)))
    if args.json:
        print(
            json.dumps({"half": args.half, "orders": args.orders, "days": args.days, "systems": dict(rows)}, indent=1)
        )
    else:
        dated = f"every article dated {DAY}" if args.days == 1 else f"reports over {args.days} days from {DAY}"
        print(f"half: {args.half}, {args.orders} orders, {dated}")
        print(table(rows))
        for name, s in rows:
            print(f"{name}: split events (orders split of {args.orders}): {s['split_counts']}")
            print(f"{name}: merged events (orders merged of {args.orders}): {s['merged_counts']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
