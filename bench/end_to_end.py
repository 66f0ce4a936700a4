"""End-to-end speed: the 181 real pages of ../shared/bench/article-extraction/html through ``crosswire ingest``
(read, clean, store, facts, stories and every comparison), this version against a baseline version of crosswire
run from a temporary git worktree in the same run, on the same machine, alternating so both see the same load.

    .venv/bin/python bench/end_to_end.py [--baseline a5e17c2] [--repeat 2]

Prints wall seconds (median over the repeats) and articles per second for both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import shared_dir

REPO = Path(__file__).resolve().parents[1]
PAGES = shared_dir.SHARED / "bench" / "article-extraction" / "html"
DEFAULT_BASELINE = "a5e17c2"  # main before issue 11 (the figure the issue quotes: 24.5 s)


def run(src: Path, tmp: Path, n: int) -> float:
    db = tmp / f"run{n}.db"
    env = {**os.environ, "PYTHONPATH": str(src)}
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "crosswire", "ingest", "--db", str(db), str(PAGES), "--json"],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default=DEFAULT_BASELINE)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    if not PAGES.is_dir():
        print(f"{PAGES} not found", file=sys.stderr)
        return 1
    n_pages = len(list(PAGES.glob("*.html.gz")))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        tree = tmp / "baseline"
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "-q", "--detach", str(tree), args.baseline], check=True
        )
        try:
            times: dict[str, list[float]] = {"crosswire": [], f"baseline {args.baseline}": []}
            for i in range(args.repeat):
                times[f"baseline {args.baseline}"].append(run(tree / "src", tmp, 2 * i))
                times["crosswire"].append(run(REPO / "src", tmp, 2 * i + 1))
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)
    print(f"{n_pages} pages, `crosswire ingest` end to end (facts, stories, comparisons), median of {args.repeat}")
    print("| version | wall (s) | articles/s |")
    print("|---|---|---|")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"| {name} | {med:.1f} | {n_pages / med:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
