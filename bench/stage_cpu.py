"""CPU seconds per stage of ``crosswire ingest`` on the 181 real pages (read + clean + store, facts, stories,
compare), in this process, with the facts stage's worker processes counted (``RUSAGE_CHILDREN``).

    PYTHONPATH=src .venv/bin/python bench/stage_cpu.py [--db OUT.db] [--profile DIR] [--pages DIR]
    PYTHONPATH=src .venv/bin/python bench/stage_cpu.py --baseline main --baseline a5e17c2 [--runs 2]

With ``--baseline REV`` (repeatable) the same measurement runs, in one window, for this tree's code and for each
named commit, each checked out into a temporary ``git worktree`` (removed after) and run in its own process with
its own ``src`` first on the path; runs alternate between the versions (``--runs`` rounds) and the table shows
them side by side, so a comparison is never between runs of different hours and loads.

CPU (user + sys), not wall time: the machine is shared, and wall time there measures the other jobs. With
``--profile DIR`` each stage runs under cProfile (facts in this one process, so the profile sees it) and its
stats are written to ``DIR/<stage>.prof``; the CPU figures then include the profiler's overhead.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import shared_dir

REPO = Path(__file__).resolve().parents[1]
PAGES = shared_dir.SHARED / "bench" / "article-extraction" / "html"


def cpu() -> float:
    """User + system CPU seconds of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="keep the store here (default: a temporary file)")
    ap.add_argument("--profile", type=Path, help="write one cProfile stats file per stage into this folder")
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--one-process", action="store_true", help="the facts stage in this process, no workers")
    ap.add_argument(
        "--baseline",
        action="append",
        default=[],
        metavar="REV",
        help="also measure this commit (a temporary git worktree), side by side; repeatable",
    )
    ap.add_argument("--runs", type=int, default=1, help="with --baseline: rounds of runs, versions alternating")
    args = ap.parse_args()
    if args.baseline:
        return side_by_side(args)

    t0 = cpu()
    import crosswire.pipeline as pipeline_mod
    from crosswire.ingest import read_paths
    from crosswire.pipeline import ingest_documents, run_later_stages
    from crosswire.store import Store

    times: dict[str, float] = {"imports": cpu() - t0}
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)

    def timed(stage: str, fn, *a, **kw):
        prof = cProfile.Profile() if args.profile else None
        start = cpu()
        if prof:
            prof.enable()
        try:
            return fn(*a, **kw)
        finally:
            if prof:
                prof.disable()
                prof.dump_stats(str(args.profile / f"{stage}.prof"))
            times[stage] = times.get(stage, 0.0) + cpu() - start

    def run_stages(store, stages, *, ids=None, on_progress=None):
        results = {}
        for s in stages:
            entry = s.update_store
            if (args.profile or args.one_process) and s.name == "facts":
                entry = s.shard_entry or entry  # in this process
            results[s.name] = timed(s.name, entry, store, ids, on_progress=None)
        return results

    if hasattr(pipeline_mod, "run_stages"):
        pipeline_mod.run_stages = run_stages
    else:  # an older crosswire (a5e17c2): one private function per stage in the pipeline
        for name in ("facts", "stories", "compare"):
            fn = getattr(pipeline_mod, f"_{name}_stage")
            setattr(pipeline_mod, f"_{name}_stage", lambda *a, _n=name, _f=fn: timed(_n, _f, *a))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "run.db"
        if db.exists():
            db.unlink()
        with Store(db) as store:
            summary = timed("ingest", ingest_documents, store, read_paths([args.pages]))
            run_later_stages(store, summary, facts=True, compare=True)
    total = sum(times.values())
    print(f"{summary.stored} articles stored; CPU seconds (user + sys, workers included)")
    print("| stage | CPU s |")
    print("|---|---|")
    for name, t in times.items():
        print(f"| {name} | {t:.1f} |")
    print(f"| total | {total:.1f} |")
    return 0


def measured(src: Path, pages: Path, one_process: bool, db: Path | None = None) -> dict[str, float]:
    """{stage: CPU s} of one run of this script in a fresh process importing crosswire from ``src`` (the store
    kept at ``db`` when given)."""
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--pages", str(pages)]
    if one_process:
        cmd.append("--one-process")
    if db is not None:
        cmd += ["--db", str(db)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    return {m[1]: float(m[2]) for m in re.finditer(r"^\| (\w+) \| ([\d.]+) \|$", out, re.M)}


def side_by_side(args: argparse.Namespace) -> int:
    """Measure this tree and each ``--baseline`` commit, alternating, ``--runs`` rounds; print one table. With
    ``--db X.db`` each version's last store is kept as ``X-<version>.db`` (for ``bench/same_output.py``)."""
    own_src = Path(os.environ.get("PYTHONPATH", "").split(os.pathsep)[0] or REPO / "src").resolve()
    with tempfile.TemporaryDirectory(prefix="stage-cpu-") as tmp:
        versions: dict[str, Path] = {f"this tree ({own_src.parent.name})": own_src}
        tags = {f"this tree ({own_src.parent.name})": "tree"}
        trees = []
        try:
            for rev in args.baseline:
                sha = subprocess.run(
                    ["git", "-C", str(REPO), "rev-parse", "--short", rev], capture_output=True, text=True, check=True
                ).stdout.strip()
                tree = Path(tmp) / sha
                subprocess.run(
                    ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), sha],
                    capture_output=True,
                    check=True,
                )
                trees.append(tree)
                versions[f"{rev} ({sha})" if rev != sha else sha] = tree / "src"
                tags[f"{rev} ({sha})" if rev != sha else sha] = sha
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in versions}
            for _ in range(args.runs):
                for name, src in versions.items():
                    db = args.db.with_name(f"{args.db.stem}-{tags[name]}.db") if args.db else None
                    if db is not None and db.exists():
                        db.unlink()
                    runs[name].append(measured(src, args.pages, args.one_process, db))
        finally:
            for tree in trees:
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)
    stages = list(dict.fromkeys(s for rs in runs.values() for r in rs for s in r))
    print("CPU seconds (user + sys, workers included); runs separated by ' / ', in the order they ran")
    print("| stage | " + " | ".join(runs) + " |")
    print("|---|" + "---|" * len(runs))
    for stage in stages:
        cells = [" / ".join(f"{r.get(stage, 0.0):.1f}" for r in rs) for rs in runs.values()]
        print(f"| {stage} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
