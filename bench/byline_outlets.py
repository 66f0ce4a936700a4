"""Outlets the cleaners give the 181 real pages, beside each page's bylines and its address: what a change to the
byline and masthead readers does to real pages.

Data: ``../shared/bench/article-extraction/`` (``html/*.html.gz``, ``fulltext/*.txt``, ``ground-truth.json``, whose
``url`` tells which site each page is from). For each page and each form (HTML, pre-scraped text) it prints the
outlet found, the page's byline lines (removed as "byline") and its contributors; ``--json`` writes the same as one
object per line, to compare two versions of crosswire (run each with its own ``PYTHONPATH``, then diff the files).
Whether an outlet is right is read by hand against the address's site: the pages carry no outlet label.

Usage: python bench/byline_outlets.py [--json] [--limit N] [--skip-html]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from typing import Any

import shared_dir
from crosswire.clean import clean_document
from crosswire.model import RawDocument

DATA = shared_dir.SHARED / "bench" / "article-extraction"


def rows(limit: int | None, skip_html: bool) -> list[dict[str, Any]]:
    """One row per page and form: key, form, the site's address, outlet, byline lines, contributors."""
    shared_dir.require(DATA, "article-extraction benchmark")
    truth = json.loads((DATA / "ground-truth.json").read_text())
    out: list[dict[str, Any]] = []
    for key in sorted(truth)[:limit]:
        forms: list[tuple[str, str]] = []
        html = DATA / "html" / f"{key}.html.gz"
        text = DATA / "fulltext" / f"{key}.txt"
        if not skip_html and html.exists():
            forms.append(("html", gzip.open(html, "rt", encoding="utf-8", errors="replace").read()))
        if text.exists():
            forms.append(("text", text.read_text(encoding="utf-8", errors="replace")))
        for form, content in forms:
            article = clean_document(RawDocument(source=key, kind=form, content=content, content_type=form))
            out.append(
                {
                    "key": key,
                    "form": form,
                    "url": truth[key].get("url"),
                    "outlet": article.outlet,
                    "agency": article.agency,
                    "bylines": [r.text for r in article.removed if r.reason == "byline"],
                    "contributors": article.contributors,
                }
            )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="one JSON object per page and form")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--skip-html", action="store_true")
    args = ap.parse_args()
    for row in rows(args.limit, args.skip_html):
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{row['form']:4}  {row['outlet'] or '-':30.30}  {row['url']}  {' || '.join(row['bylines'])}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
