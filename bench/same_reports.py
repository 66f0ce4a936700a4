"""Whether two crosswire trees give the same one-shot comparisons, byte for byte: ``crosswire compare FILES
--json`` and ``--markdown`` run by each tree's ``src`` in a fresh process, on the seeds, the example corpus and
the new users' trials 33-38 (their ``in/`` folders). For speed work, whose change must leave every report as it
was; the 181 real pages' stores are checked by ``bench/same_output.py``.

    PYTHONPATH=src .venv/bin/python bench/same_reports.py --baseline 911ecb4 [--set seeds --set trial33 ...]

The baseline is checked out into a temporary ``git worktree`` (removed after). Both trees share the caller's
``CROSSWIRE_CACHE_DIR`` (the caches are exact: a warm entry gives what a fresh build gives).
Prints one line per input set and output format (same, or the first differing line) and exits 1 when any
differs.
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import shared_dir

REPO = Path(__file__).resolve().parents[1]
SETS: dict[str, list[Path]] = {
    "seeds": sorted((shared_dir.SHARED / "seeds").glob("*.txt")),
    "examples": sorted((REPO / "examples" / "corpus").iterdir()),
    **{f"trial{n}": sorted(Path(f"/work/trial-user{n}/in").glob("*")) for n in range(33, 39)},
}
FORMATS = ("--json", "--markdown")


def reports(srcs: list[Path], files: list[Path], fmt: str) -> list[str]:
    """The output of ``crosswire compare FILES fmt`` with each of ``srcs`` first on the path (fresh processes,
    run at once)."""
    cmd = [sys.executable, "-m", "crosswire", "compare", *map(str, files), fmt]
    procs = [
        subprocess.Popen(
            cmd,
            env=dict(os.environ, PYTHONPATH=str(src)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for src in srcs
    ]
    out = []
    for proc in procs:
        stdout, stderr = proc.communicate()
        out.append(stdout + (f"\n[exit {proc.returncode}]\n{stderr[-2000:]}" if proc.returncode else ""))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, metavar="REV")
    ap.add_argument("--set", action="append", choices=sorted(SETS), help="input sets (default: all)")
    ap.add_argument("--keep", type=Path, help="write each output here as SET-TREE.FORMAT")
    ap.add_argument("--format", action="append", choices=FORMATS, help="output formats (default: both)")
    args = ap.parse_args()
    own = Path(os.environ.get("PYTHONPATH", "").split(os.pathsep)[0] or REPO / "src").resolve()
    differ = 0
    with tempfile.TemporaryDirectory(prefix="same-reports-") as tmp:
        tree = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), args.baseline], check=True)
        try:
            for name in args.set or list(SETS):
                files = SETS[name]
                if not files:
                    print(f"{name}: no inputs, skipped")
                    continue
                for fmt in args.format or FORMATS:
                    base, mine = reports([tree / "src", own], files, fmt)
                    if args.keep:
                        args.keep.mkdir(parents=True, exist_ok=True)
                        (args.keep / f"{name}-base{fmt.replace('--', '.')}").write_text(base)
                        (args.keep / f"{name}-tree{fmt.replace('--', '.')}").write_text(mine)
                    if base == mine and "[exit " not in base:
                        print(f"{name} {fmt}: same ({len(base):,} chars)", flush=True)
                        continue
                    differ += 1
                    diff = list(difflib.unified_diff(base.splitlines(), mine.splitlines(), lineterm="", n=0))
                    print(f"{name} {fmt}: DIFFERENT", *diff[:8], sep="\n  ", flush=True)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
