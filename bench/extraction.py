"""Article-extraction benchmark: crosswire's cleaners against named baselines, in the same run.

Data: ``../shared/bench/article-extraction/`` (181 pages: ``html/*.html.gz``, ``fulltext/*.txt``,
``ground-truth.json``). Metric: METRIC.md's word 4-gram shingle P/R/F1 (``crosswire.clean.evaluate``).

Reports
  (1) HTML: crosswire's HTML cleaner vs plain ``trafilatura.extract`` (default settings) on the HTML pages;
  (2) pre-scraped text: crosswire's text cleaner on ``fulltext/`` vs no removal and the C4 line rule;
  (3) pages per second for each: CPU seconds of this one process, after a 5-page warm-up (per core, and
      steady under the load of other jobs on a shared machine).

Usage: python bench/extraction.py [--json] [--limit N] [--skip-html]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time

import shared_dir
from crosswire.clean import clean_document
from crosswire.clean.evaluate import score_corpus
from crosswire.model import RawDocument

DATA = shared_dir.SHARED / "bench" / "article-extraction"
_C4_END = re.compile(r"[.!?…][\"”’')\]]*$|[\"”]$")


def no_removal(text: str) -> str:
    return text


def c4_line_rule(text: str) -> str:
    """C4's line filter: keep lines of 3+ words ending in sentence punctuation (curly quotes included)."""
    keep = []
    for line in text.splitlines():
        line = line.strip()
        if len(line.split()) >= 3 and _C4_END.search(line):
            keep.append(line)
    return "\n".join(keep)


def crosswire_text(text: str, key: str = "") -> str:
    return clean_document(RawDocument(source=key, kind="text", content=text, content_type="text")).body


def crosswire_html(html: str, key: str = "") -> str:
    return clean_document(RawDocument(source=key, kind="html", content=html, content_type="html")).body


def trafilatura_default(html: str, key: str = "") -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def load(limit: int | None = None) -> list[tuple[str, str]]:
    truth = json.loads((DATA / "ground-truth.json").read_text("utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    return [(k, truth[k].get("articleBody") or "") for k in keys]


def run(name: str, fn, inputs: list[tuple[str, str, str]]) -> dict:
    for key, content, _ in inputs[:5]:  # warm up lazy imports and caches so pages/s measures the work
        fn(content) if fn in (no_removal, c4_line_rule) else fn(content, key)
    outputs = []
    start = time.process_time()  # CPU time of this one process: pages per second per core
    for key, content, _ in inputs:
        outputs.append(fn(content) if fn in (no_removal, c4_line_rule) else fn(content, key))
    elapsed = time.process_time() - start
    score = score_corpus((out, truth) for out, (_, _, truth) in zip(outputs, inputs, strict=True))
    return {
        "method": name,
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
        "pages": score.pages,
        "pages_per_s": round(len(inputs) / elapsed, 1) if elapsed > 0.01 else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages (by key)")
    ap.add_argument("--skip-html", action="store_true", help="only the pre-scraped text part")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"benchmark data not found at {DATA}", file=sys.stderr)
        return 2
    pages = load(args.limit)
    text_inputs = [(k, (DATA / "fulltext" / f"{k}.txt").read_text("utf-8"), t) for k, t in pages]
    results = {"text": [], "html": []}
    results["text"].append(run("no removal (baseline)", no_removal, text_inputs))
    results["text"].append(run("C4 line rule (baseline)", c4_line_rule, text_inputs))
    results["text"].append(run("crosswire text cleaner", crosswire_text, text_inputs))
    if not args.skip_html:
        html_inputs = [
            (k, gzip.decompress((DATA / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8", "replace"), t)
            for k, t in pages
        ]
        results["html"].append(run("trafilatura default (baseline)", trafilatura_default, html_inputs))
        results["html"].append(run("crosswire HTML cleaner", crosswire_html, html_inputs))
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'input':6} {'method':34} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>8}")
    for kind, rows in results.items():
        for r in rows:
            print(
                f"{kind:6} {r['method']:34} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
                f"{r['pages_per_s'] or float('nan'):8.1f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
