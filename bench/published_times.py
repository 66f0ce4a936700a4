"""Publication times kept from real pages' date lines: how many cleaned articles carry a date, a time of day,
and a stated zone, and whether any publication *day* changed, against another version of the cleaner
(``--baseline``, a git revision extracted with ``git archive`` and run in a subprocess in the same run).

Data (read from ``../shared``, never copied): the 181 pre-scraped pages of the article-extraction benchmark
(``bench/article-extraction/fulltext``, text cleaner), the same pages as HTML (``html/*.html.gz``, HTML
cleaner), and the seeds (``seeds/``). A page's day changing between versions would move it between stories'
time windows: the count must be 0 unless the old day was wrong.

    python bench/published_times.py [--baseline 28f66e9] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

import shared_dir

REPO = Path(__file__).resolve().parents[1]
SHARED = shared_dir.SHARED
PAGES = SHARED / "bench" / "article-extraction"
BASELINE_REV = "28f66e9"  # the cleaner before publication times were kept from text date lines


def _inputs() -> list[tuple[str, str, str]]:
    """(name, kind, content) of every page read."""
    out = [(f"text/{p.name}", "text", p.read_text("utf-8")) for p in sorted((PAGES / "fulltext").glob("*.txt"))]
    for p in sorted((PAGES / "html").glob("*.html.gz")):
        out.append((f"html/{p.name}", "html", gzip.decompress(p.read_bytes()).decode("utf-8", "replace")))
    out += [(f"seeds/{p.name}", "text", p.read_text("utf-8")) for p in sorted((SHARED / "seeds").glob("*.txt"))]
    return out


def _worker() -> None:
    """Clean every input with whichever crosswire is importable; print one JSON line per input."""
    import crosswire
    from crosswire.clean import clean_document
    from crosswire.model import RawDocument

    print(json.dumps({"crosswire": crosswire.__file__}))
    for name, kind, content in _inputs():
        a = clean_document(RawDocument(source=name, kind=kind, content=content, content_type=kind))
        print(json.dumps({"name": name, "published": a.published}))


def _run(src: Path | None) -> dict[str, str | None]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    proc = subprocess.run([sys.executable, __file__, "--worker"], env=env, capture_output=True, text=True, check=True)
    lines = proc.stdout.splitlines()
    where = json.loads(lines[0])["crosswire"]
    expected = str(src) if src is not None else str(REPO / "src")
    assert where.startswith(expected), f"worker imported crosswire from {where}, not {expected}"
    return {d["name"]: d["published"] for d in map(json.loads, lines[1:])}


def _kind(value: str | None) -> str:
    if not value:
        return "no date"
    if len(value) <= 10:
        return "date only"
    return "time and zone" if value[19:] else "time, no zone"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default=BASELINE_REV, help="git revision of the baseline cleaner")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker()
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "base.tar"
        subprocess.run(["git", "-C", str(REPO), "archive", "-o", str(archive), args.baseline, "src"], check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(Path(tmp) / "base", filter="data")
        runs = {f"baseline {args.baseline}": _run(Path(tmp) / "base" / "src"), "crosswire": _run(None)}
    base, new = runs.values()
    result: dict[str, dict[str, int]] = {}
    for name, got in runs.items():
        for part in ("text", "html", "seeds"):
            counts = Counter(_kind(v) for k, v in got.items() if k.startswith(part + "/"))
            result[f"{part} / {name}"] = dict(counts)
    changed = sorted(k for k in new if (base.get(k) or "")[:10] != (new[k] or "")[:10])
    if args.json:
        print(json.dumps({"counts": result, "day_changed": changed}, indent=1))
        return 0
    kinds = ["no date", "date only", "time, no zone", "time and zone"]
    print("| pages / cleaner | " + " | ".join(kinds) + " |\n|---|" + "---:|" * len(kinds))
    for row, counts in result.items():
        print(f"| {row} | " + " | ".join(str(counts.get(k, 0)) for k in kinds) + " |")
    print(f"publication day changed on {len(changed)} of {len(new)} pages" + "".join(f"\n  {k}" for k in changed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
