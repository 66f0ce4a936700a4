"""Would-be rules for "only X reports", measured on the tune halves of the alignment gold before any is shipped.

Each single-source item crosswire lists is wrong by the bench's sentence rule (``bench/alignment/PROTOCOL.md``)
when its sentence supports a fact the gold lists as shared. A rule that leaves an item out of the list is worth
shipping only when it drops wrong items and no right ones (a right item dropped is a true one-outlet fact the
reader no longer sees). Measured here, per rule and bar, over the items crosswire lists today:

- ``coverage``: the share of the item sentence's content lemmas (``restated.content_words``: speaker and
  subject name words, speech verbs and numbers left out) found in the union of the terms of one other source's
  two nearest sentences (nearest by the story's sentence-encoder cosine): "every claim of the sentence is stated
  across one or two sentences of one other source".
- ``token_set``: rapidfuzz's ``token_set_ratio`` (0-100) of the item's sentence against the other source's
  nearest sentence (``token_set_1``) or its two nearest joined (``token_set_2``): lexical entailment by
  word-set coverage.
- each of those with an encoder cosine of the nearest sentence at or above a tie-break bar.

Only the tune halves (``tune``, ``tune2``): the held-out halves are never read item by item.

    PYTHONPATH=src .venv/bin/python bench/single_source_rules.py --split tune [--items]

Prints, per rule and bar, the wrong and right items it would drop; ``--items`` also prints every item with its
features (wrong items marked ``W``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rapidfuzz import fuzz

import alignment_data
import compare_alignment as ca
from compared_events import compared_events, item_units

TUNE_HALVES = ("tune", "tune2")
NEAREST = 2  # sentences of one other source read together ("in one or two sentences")
COVERAGE_BARS = (0.3, 0.4, 0.5, 0.6, 0.8, 1.0)
TOKEN_SET_BARS = (45, 50, 55, 60, 70)
COSINE_BARS = (0.0, 0.4, 0.5)


def features(half: str) -> list[dict[str, Any]]:
    """One row per single-source item of ``half``: event id, kind, summary, ``wrong`` (the bench's sentence
    rule) and the best value over other sources of ``coverage``, ``token_set_1``, ``token_set_2`` and
    ``cosine`` (the item sentence against that source's nearest one)."""
    from crosswire.compare.restated import content_words

    gold = json.loads(alignment_data.GOLD_FILE.read_text(encoding="utf-8"))
    rows: list[dict[str, Any]] = []
    for ev in compared_events(half, gold):
        g, claims = ev.gold, ev.claims
        for it in ev.comparison.get("single_source", []):
            spans = ca._spans(it["evidence"])
            row: dict[str, Any] = {
                "event": g["id"],
                "kind": it.get("kind"),
                "summary": it.get("summary", ""),
                "wrong": any(ca._hits(spans, x["support"]) for x in ev.shared),
                "coverage": 0.0,
                "token_set_1": 0.0,
                "token_set_2": 0.0,
                "cosine": 0.0,
            }
            units = item_units(it, claims)
            mine = {u.source for u in units}
            for u in units if claims.near is not None else []:
                words = content_words(u)
                by_source: dict[int, list[Any]] = {}
                for v in claims.units:
                    if v.source not in mine:
                        by_source.setdefault(v.source, []).append(v)
                for vs in by_source.values():
                    assert claims.near is not None
                    near = sorted(vs, key=lambda v, u=u: -float(claims.near.sims[u.index, v.index]))[:NEAREST]
                    terms = set().union(*(v.terms for v in near))
                    row["coverage"] = max(row["coverage"], len(words & terms) / max(1, len(words)))
                    row["token_set_1"] = max(row["token_set_1"], fuzz.token_set_ratio(u.text, near[0].text))
                    joined = " ".join(v.text for v in near)
                    row["token_set_2"] = max(row["token_set_2"], fuzz.token_set_ratio(u.text, joined))
                    row["cosine"] = max(row["cosine"], float(claims.near.sims[u.index, near[0].index]))
            rows.append(row)
    return rows


def dropped(rows: list[dict[str, Any]], feature: str, bar: float, cosine: float) -> tuple[int, int]:
    """(wrong, right) items a rule "``feature`` >= ``bar`` and nearest cosine >= ``cosine``" leaves out."""
    hit = [r for r in rows if r[feature] >= bar and r["cosine"] >= cosine]
    return sum(r["wrong"] for r in hit), sum(not r["wrong"] for r in hit)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=TUNE_HALVES, action="append", help="tune and/or tune2 (default both)")
    ap.add_argument("--items", action="store_true", help="print every item with its features")
    args = ap.parse_args()
    halves = args.split or list(TUNE_HALVES)
    rows = {h: features(h) for h in halves}
    for h in halves:
        n, w = len(rows[h]), sum(r["wrong"] for r in rows[h])
        print(f"{h}: {n} single-source items, {w} wrong by the sentence rule")
    print("\n| rule | bar | cosine >= | " + " | ".join(f"{h} wrong / right dropped" for h in halves) + " |")
    print("|---|---|---|" + "---|" * len(halves))
    grid = [("coverage", b) for b in COVERAGE_BARS] + [
        (f, float(b)) for f in ("token_set_1", "token_set_2") for b in TOKEN_SET_BARS
    ]
    for feature, bar in grid:
        for cos in COSINE_BARS:
            cells = [dropped(rows[h], feature, bar, cos) for h in halves]
            print(f"| {feature} | {bar:g} | {cos:g} | " + " | ".join(f"{w} / {r}" for w, r in cells) + " |")
    if args.items:
        for h in halves:
            for r in sorted(rows[h], key=lambda r: -r["token_set_1"]):
                print(
                    f"{h} {'W' if r['wrong'] else 'r'} {r['kind']:<6} cov {r['coverage']:.2f} "
                    f"ts1 {r['token_set_1']:.0f} ts2 {r['token_set_2']:.0f} cos {r['cosine']:.2f}  {r['summary'][:90]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
