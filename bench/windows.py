"""Story clustering by time windows (the Ray path's stories stage) against the stage's clusterer run whole.

The distributed runner clusters stories in windows of days that run in parallel and stitches them
(:mod:`crosswire.stories.windows`, :mod:`crosswire.stories.stitch`). This measures what that costs in quality
on the two labelled datasets of ``bench/clustering.py`` (loaders, features and the B-cubed metric come from
there): the baseline is the stage's clusterer over the whole stream (``clustering.run_crosswire``), computed in
the same run on the same features.

Neither dataset has dates, and undated articles all fall in one window (which is the stage run whole), so the
articles also get invented dates: each gold story a start day drawn uniformly from ``--days`` days (seeded),
each of its articles that day or one of the next two -- coverage of one event spread over three days, events
spread over two months, ingested in the datasets' own (shuffled) order.

    .venv/bin/python bench/windows.py [--dataset ecb|gnews|both] [--span 7] [--ray N]

``--ray N`` runs the windows on a local Ray with N CPUs instead of in this process.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Sequence

import clustering
from crosswire.parallel import Engine, SerialEngine
from crosswire.stories.features import DocFeatures
from crosswire.stories.partitioned import cluster_by_windows
from crosswire.stories.windows import WINDOW_DAYS

FIRST_DAY = 738_000  # an ordinal day (2021-07-30); only differences between days matter
SPREAD_DAYS = 60


def invent_dates(feats: Sequence[DocFeatures], gold: Sequence[str], *, days: int = SPREAD_DAYS, seed: int = 0) -> None:
    """Give each article a day: its gold story's start (uniform over ``days``) plus 0-2 days (in place)."""
    starts = random.Random(seed)
    start = {g: FIRST_DAY + starts.randrange(days) for g in sorted(set(gold))}
    jitter = random.Random(seed + 1)
    for f, g in zip(feats, gold, strict=True):
        f.day = start[g] + jitter.randrange(3)


def compare(feats: Sequence[DocFeatures], gold: Sequence[str], engine: Engine, span: int) -> dict[str, dict]:
    """B-cubed of the stage run whole and of windows of ``span`` days, with the seconds each took."""
    started = time.perf_counter()
    whole = clustering.bcubed(clustering.run_crosswire(list(feats)), list(gold))
    whole["seconds"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    labels = cluster_by_windows(feats, engine, span=span)
    windows = clustering.bcubed([labels[f.id] for f in feats], list(gold))
    windows["seconds"] = round(time.perf_counter() - started, 1)
    return {"stage, whole stream": whole, f"windows of {span} days": windows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=["ecb", "gnews", "both"], default="both")
    parser.add_argument("--span", type=int, default=WINDOW_DAYS)
    parser.add_argument("--ray", type=int, default=0, metavar="CPUS")
    args = parser.parse_args()
    engine: Engine = SerialEngine()
    if args.ray:
        from crosswire.distributed import RayEngine, connect

        engine = RayEngine(connect(num_cpus=args.ray))
    names = ["ecb", "gnews"] if args.dataset == "both" else [args.dataset]
    for name in names:
        docs = clustering.load_ecb() if name == "ecb" else clustering.load_gnews()
        feats = clustering.features(docs)
        gold = [d["gold"] for d in docs]
        for dated in (False, True):
            if dated:
                invent_dates(feats, gold)
            rows = compare(feats, gold, engine, args.span)
            print(f"\n{name}, {'invented dates' if dated else 'undated'} ({len(docs)} articles)")
            for label, s in rows.items():
                print(f"  {label:22} P {s['precision']:.4f}  R {s['recall']:.4f}  F1 {s['f1']:.4f}  ", end="")
                print(f"clusters {s['clusters']:4d}  {s['seconds']:6.1f} s")
            base, win = rows.values()
            print(f"  F1 difference {win['f1'] - base['f1']:+.4f}")


if __name__ == "__main__":
    main()
