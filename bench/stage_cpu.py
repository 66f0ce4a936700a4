"""CPU seconds per stage of ``crosswire ingest`` on the 181 real pages (read + clean + store, facts, stories,
compare), in this process, with the facts stage's worker processes counted (``RUSAGE_CHILDREN``).

    PYTHONPATH=src .venv/bin/python bench/stage_cpu.py [--db OUT.db] [--profile DIR] [--pages DIR]

CPU (user + sys), not wall time: the machine is shared, and wall time there measures the other jobs. With
``--profile DIR`` each stage runs under cProfile (facts in this one process, so the profile sees it) and its
stats are written to ``DIR/<stage>.prof``; the CPU figures then include the profiler's overhead.
"""

from __future__ import annotations

import argparse
import cProfile
import resource
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO.parent / "shared" / "bench" / "article-extraction" / "html"


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
    args = ap.parse_args()

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


if __name__ == "__main__":
    sys.exit(main())
