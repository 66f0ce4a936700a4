"""Every wrong "only X reports" item of a development half, with the gold fact it belongs to and what the other
sources say of it: the material for classifying why no check of :mod:`crosswire.compare.singles`,
:mod:`crosswire.compare.restated` or ``compare/claims/single_*.py`` caught it.

An item is wrong by the bench's sentence rule (``bench/alignment/PROTOCOL.md``): its sentence supports a gold
agreement or conflict side that another document supports too. For each wrong item this prints its kind,
language, sentence, the gold facts its sentence supports and, for each, the other documents' support sentences
with their language, the sentence-encoder cosine of the item's sentence to each (``claims.near``, the aligner's
own embeddings), the cosine of the two sentences with every name word of their entities left out
(:func:`crosswire.compare.restated.unnamed_text`), and whether the support sentence is a claim unit at all (a
sentence the aligner never read cannot restate anything). ``--summary`` prints only the counts per half,
language group and kind.

Only development halves (``tune``, ``tune2``, ``mtune``, ``mtune2``): the held-out halves (``report``, ``report2``,
``mreport``, ``mreport2``) are refused, never read item by item.

    PYTHONPATH=src .venv/bin/python bench/single_source_misses.py --split mtune
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import Any

import alignment_data
import compare_alignment as ca
from compared_events import compared_events, item_units

DEVELOPMENT = ("tune", "tune2", "mtune", "mtune2")
HELD_OUT = ("report", "report2", "mreport", "mreport2")


def _cos(a: Any, b: Any) -> float:
    norm = math.sqrt(float(a @ a) * float(b @ b)) or 1.0
    return float(a @ b) / norm


def misses(half: str) -> tuple[list[dict[str, Any]], int]:
    """(one row per wrong single-source item of ``half``, the number of single-source items listed). Raises
    ValueError for a held-out half."""
    if half not in DEVELOPMENT:
        raise ValueError(f"{half}: only development halves are read item by item ({', '.join(DEVELOPMENT)})")
    from crosswire.compare.restated import unnamed_text
    from crosswire.stories.embed import embed_cached

    rows: list[dict[str, Any]] = []
    listed = 0
    for ev in compared_events(half, ca.load_gold([half])):
        g, claims = ev.gold, ev.claims
        texts = {d["key"]: alignment_data.load_text(d["ref"]) for d in g["docs"]}
        langs = {d["key"]: d.get("language", "en") for d in g["docs"]}
        single = ev.comparison.get("single_source", [])
        listed += len(single)
        for it in single:
            spans = ca._spans(it["evidence"])
            hit = [x for x in ev.shared if ca._hits(spans, x["support"])]
            if not hit:
                continue
            mine_docs = {d for d, _, _ in spans}
            units = item_units(it, claims)
            facts = []
            for x in hit:
                others = []
                for a in x["support"]:
                    if a["doc"] in mine_docs:
                        continue
                    art = f"{g['id']}:{a['doc']}"
                    vs = [
                        v
                        for v in claims.units
                        if v.article == art and v.claim.start < a["end"] and a["start"] < v.claim.end
                    ]
                    cos = (
                        max(
                            (float(claims.near.sims[u.index, v.index]) for u in units for v in vs),
                            default=None,
                        )
                        if claims.near is not None
                        else None
                    )
                    unnamed = None
                    if units and vs:
                        parties = sorted(
                            {e for w in (*units, *vs) for e in (w.entities | {w.speaker or "", w.subject or ""}) if e}
                        )
                        va, vb = embed_cached([unnamed_text(units[0].text, parties), unnamed_text(vs[0].text, parties)])
                        unnamed = _cos(va, vb)
                    others.append(
                        {
                            "doc": a["doc"],
                            "language": langs.get(a["doc"]),
                            "text": texts[a["doc"]][a["start"] : a["end"]],
                            "unit": bool(vs),
                            "cosine": cos,
                            "unnamed_cosine": unnamed,
                            "same_subject": any(
                                (u.subject or u.speaker) and (u.subject or u.speaker) in {v.subject, v.speaker}
                                for u in units
                                for v in vs
                            ),
                        }
                    )
                facts.append({"fact": x.get("fact") or x.get("value", ""), "others": others})
            rows.append(
                {
                    "event": g["id"],
                    "group": ca.language_group(g),
                    "kind": it.get("kind"),
                    "summary": it.get("summary", ""),
                    "language": langs.get(next(iter(mine_docs), ""), "en"),
                    "sentence": " | ".join(texts[d][s:e] for d, s, e in spans),
                    "unit": bool(units),
                    "subject": [u.subject or u.speaker for u in units],
                    "facts": facts,
                }
            )
    return rows, listed


def features(half: str) -> list[dict[str, Any]]:
    """One row per single-source item of ``half`` (right and wrong): ``wrong`` (the sentence rule), its language
    group and kind, and, over the sentences of other sources in the item's language, the most content words
    (:func:`crosswire.compare.restated.content_words`) shared that at most 2 / 3 of the story's sentences use
    (``rare2``, ``rare3``), and the cosine of that sentence. Raises ValueError for a held-out half."""
    if half not in DEVELOPMENT:
        raise ValueError(f"{half}: only development halves are read item by item ({', '.join(DEVELOPMENT)})")
    from collections import Counter

    from crosswire.compare.restated import content_words

    rows: list[dict[str, Any]] = []
    for ev in compared_events(half, ca.load_gold([half])):
        g, claims = ev.gold, ev.claims
        df = Counter(t for u in claims.units for t in u.terms)
        for it in ev.comparison.get("single_source", []):
            spans = ca._spans(it["evidence"])
            units = item_units(it, claims)
            mine = {u.source for u in units}
            row: dict[str, Any] = {
                "event": g["id"],
                "group": ca.language_group(g),
                "kind": it.get("kind"),
                "summary": it.get("summary", ""),
                "wrong": any(ca._hits(spans, x["support"]) for x in ev.shared),
                "rare2": 0,
                "rare3": 0,
                "words2": [],
                "cosine": 0.0,
            }
            for u in units:
                words = content_words(u)
                for v in claims.units:
                    if v.source in mine or v.language != u.language:
                        continue
                    r2 = {t for t in words & v.terms if df[t] <= 2}
                    r3 = {t for t in words & v.terms if df[t] <= 3}
                    if (len(r2), len(r3)) > (row["rare2"], row["rare3"]):
                        row["rare2"], row["rare3"], row["words2"] = len(r2), len(r3), sorted(r3)
                        if claims.near is not None:
                            row["cosine"] = float(claims.near.sims[u.index, v.index])
            rows.append(row)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", action="append", help="tune, tune2, mtune and/or mtune2 (default mtune)")
    ap.add_argument("--summary", action="store_true", help="counts only")
    ap.add_argument("--features", action="store_true", help="every item's shared rare words, right and wrong")
    args = ap.parse_args()
    halves = args.split or ["mtune"]
    for half in halves:
        if half in HELD_OUT or half not in DEVELOPMENT:
            print(f"refused: {half} is not a development half ({', '.join(DEVELOPMENT)})", file=sys.stderr)
            return 2
    if args.features:
        for half in halves:
            for r in sorted(features(half), key=lambda r: (-r["rare2"], -r["rare3"])):
                print(
                    f"{half} {'W' if r['wrong'] else 'r'} {r['group']} {r['kind']:<6} rare2 {r['rare2']} "
                    f"rare3 {r['rare3']} cos {r['cosine']:.2f} {r['words2']}  {r['summary'][:80]}"
                )
        return 0
    for half in halves:
        rows, listed = misses(half)
        by: dict[str, int] = {}
        for r in rows:
            by[f"{r['group']} {r['kind']}"] = by.get(f"{r['group']} {r['kind']}", 0) + 1
        print(f"# {half}: {listed} single-source items, {len(rows)} wrong by the sentence rule")
        print("  " + ", ".join(f"{k}: {n}" for k, n in sorted(by.items())))
        if args.summary:
            continue
        for n, r in enumerate(rows, 1):
            print(f"\n[{half} {n}] {r['event']} ({r['group']}, {r['kind']}, unit {r['unit']}, subject {r['subject']})")
            print(f"  ITEM [{r['language']}]: {r['sentence'][:400]}")
            for f in r["facts"]:
                print(f"  GOLD: {f['fact']}")
                for o in f["others"]:
                    cos = "-" if o["cosine"] is None else f"{o['cosine']:.2f}"
                    un = "-" if o["unnamed_cosine"] is None else f"{o['unnamed_cosine']:.2f}"
                    print(
                        f"    [{o['doc']} {o['language']} cos {cos} unnamed {un} unit {o['unit']} "
                        f"same-subject {o['same_subject']}] {o['text'][:300]}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
