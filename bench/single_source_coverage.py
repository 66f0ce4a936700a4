"""Single-source items against the alignment gold: precision, and a recall-like coverage the gold allows.

The gold (``bench/alignment/``, protocol in ``PROTOCOL.md``) lists every fact two or more documents state and
no single-source fact ("they are everything else"), so ``bench/compare_alignment.py`` gives single-source items
a precision only. This adds what can be counted on the other side: the **gold-single sentences**, the
sentences of each document (the annotators' splitter, :func:`alignment_data.sentence_spans`, four words or
more) that support no gold agreement or conflict side, i.e. that state only facts no other document states;
and how many of them some single-source item cites. Most such sentences are background no editor would list,
so the coverage is low by design: it is a guard that a precision gain does not come from listing nothing
(compare it across versions, not against 1).

Baseline in the same run: another commit's comparison (``--baseline REF``, default the commit before the
single-source checks of :mod:`crosswire.compare.singles`), from a temporary git worktree, as in
``compare_alignment.py``.

    .venv/bin/python bench/single_source_coverage.py --split tune
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import alignment_data
import compare_alignment as ca

DEFAULT_BASELINE = "b59bb64"  # main before crosswire.compare.singles
MIN_WORDS = 4


def coverage(comparisons: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, int]:
    """Counts over ``events``: single-source items, those not wrong (the bench's rule), gold-single sentences
    and those some single-source item cites."""
    docs = {e["id"]: e["docs"] for e in events}
    out = {"items": 0, "not_wrong": 0, "gold_single_sentences": 0, "cited": 0}
    for g in events:
        c = comparisons[g["id"]]
        shared = [*g["agreed"], *(side for x in g["conflicts"] for side in x["sides"])]
        single = c.get("single_source", [])
        out["items"] += len(single)
        out["not_wrong"] += sum(
            1 for it in single if not any(ca._hits(ca._spans(it["evidence"]), s["support"]) for s in shared)
        )
        anchors = [a for s in shared for a in s["support"]]
        spans = [sp for it in single for sp in ca._spans(it["evidence"])]
        for d in docs[g["id"]]:
            text = alignment_data.load_text(d["ref"])
            for s, e in alignment_data.sentence_spans(text):
                if len(text[s:e].split()) < MIN_WORDS:
                    continue
                if any(a["doc"] == d["key"] and s < a["end"] and a["start"] < e for a in anchors):
                    continue
                out["gold_single_sentences"] += 1
                out["cited"] += any(k == d["key"] and s < end and start < e for k, start, end in spans)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--split",
        choices=["tune", "report", "tune2", "report2", "mtune", "mreport", "mtune2", "mreport2"],
        default="tune",
    )
    ap.add_argument("--baseline", default=DEFAULT_BASELINE, help="git commit of the baseline version")
    args = ap.parse_args()
    gold = ca.load_gold([args.split])  # the multilingual halves keep their own gold files
    events = [e for e in gold["events"] if e["split"] == args.split]
    ids = [e["id"] for e in events]
    rows = [("crosswire", ca.run_comparisons(ids)), (f"baseline {args.baseline}", ca.run_baseline(args.baseline, ids))]
    print("| half | system | single-source P (not wrong / items) | gold-single sentences cited |")
    print("|---|---|---|---|")
    for name, comps in rows:
        n = coverage(comps, events)
        p = n["not_wrong"] / n["items"] if n["items"] else 0.0
        r = n["cited"] / n["gold_single_sentences"] if n["gold_single_sentences"] else 0.0
        print(
            f"| {args.split} | {name} | {p:.2f} ({n['not_wrong']}/{n['items']}) "
            f"| {r:.3f} ({n['cited']}/{n['gold_single_sentences']}) |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
