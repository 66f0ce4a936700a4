"""Conflict recall on mined real coverage: crosswire's conflicts against 36 conflicts read by hand in 23 events.

Gold: ``bench/mined_conflicts/`` (protocol in its ``PROTOCOL.md``). ``annotations.json`` lists the events (SemEval-2022
Task 8 same-story pairs across languages, ECB+ topic halves not used by the alignment set), their documents (read
from ``../shared`` by :func:`alignment_data.load_text`) and every conflict an editor reading them in full would
flag, each side supported by exact phrases of the documents; ``gold.json`` is built from it (character offsets and
each text's sha256). ``judgments.json`` holds the hand verdicts on conflicts crosswire reported that are not in the
gold (read after the run, on the tune half only: right or wrong, with the reason).

Scoring reuses ``compare_alignment``'s (a gold conflict is found when one conflict item has two sides hitting two
different gold sides in two different documents):

* **recall** = gold conflicts found / gold conflicts;
* **precision** = (items finding a gold conflict + items judged right by hand) / conflict items. An item neither in
  the gold nor judged is *unjudged*: counted wrong (the printed precision is a lower bound) and listed by
  ``--errors tune``;
* **recall on read languages**: the same recall over the events whose documents are all in a language crosswire
  reads (``crosswire.facts.languages``: English and the languages of ``data/languages.toml``; Chinese is not).

Baseline in the same run: crosswire at another git commit (``--baseline REF``; default the merge-base of ``HEAD``
and ``main``, the commit this work started from, :func:`revisions.work_start`), run from a temporary worktree on
the same events and scored the same way.

    .venv/bin/python bench/mined_conflicts.py build                 # annotations.json -> gold.json
    .venv/bin/python bench/mined_conflicts.py check                 # every digest and span still valid
    .venv/bin/python bench/mined_conflicts.py --split tune          # figures, crosswire beside main
    .venv/bin/python bench/mined_conflicts.py --errors tune         # every miss and unjudged item of the tune half
    .venv/bin/python bench/mined_conflicts.py --why tune --no-baseline  # each tune miss traced through the claims
    .venv/bin/python bench/mined_conflicts.py --split report        # the held-out half: aggregate figures only
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

import alignment_data
import compare_alignment as ca
import revisions

HERE = Path(__file__).resolve().parent / "mined_conflicts"
ANNOTATIONS = HERE / "annotations.json"
GOLD = HERE / "gold.json"
JUDGMENTS = HERE / "judgments.json"
SPLITS = ("tune", "report")


def events() -> list[dict[str, Any]]:
    return json.loads(ANNOTATIONS.read_text(encoding="utf-8"))["events"]


def build() -> dict[str, Any]:
    """annotations.json -> the gold: each support phrase becomes the offsets of its one occurrence in the text.
    Raises ValueError when a phrase is missing from its document or occurs in it more than once."""
    out = []
    for event in events():
        texts = {d["key"]: alignment_data.load_text(d["ref"]) for d in event["docs"]}
        conflicts = []
        for i, c in enumerate(event["conflicts"], 1):
            sides = []
            for side in c["sides"]:
                support = []
                for s in side["support"]:
                    text, quote = texts[s["doc"]], s["quote"]
                    at = text.find(quote)
                    if at < 0 or text.find(quote, at + 1) >= 0:
                        raise ValueError(f"{event['id']} c{i}: {quote!r} is not once in {s['doc']}")
                    support.append({"doc": s["doc"], "start": at, "end": at + len(quote)})
                sides.append({"value": side["value"], "support": support})
            conflicts.append({"id": f"{event['id']}/c{i}", "fact": c["fact"], "reason": c["reason"], "sides": sides})
        docs = [{**d, "sha256": alignment_data.digest(texts[d["key"]])} for d in event["docs"]]
        out.append({"id": event["id"], "split": event["split"], "docs": docs, "agreed": [], "conflicts": conflicts})
    return {"protocol": "bench/mined_conflicts/PROTOCOL.md", "events": out}


def read_languages() -> set[str]:
    """The languages crosswire reads: English and every section of ``data/languages.toml`` (the tree's own)."""
    path = Path(__file__).resolve().parents[1] / "src" / "crosswire" / "data" / "languages.toml"
    return {"en", *tomllib.loads(path.read_text(encoding="utf-8"))}


def _sides_text(item: dict[str, Any], texts: dict[str, str]) -> frozenset[frozenset[tuple[str, str]]]:
    """An item's sides as sets of (document key, evidence text): the key of a hand judgment."""
    return frozenset(frozenset((d, texts[d][s:e]) for d, s, e in side) for side in item["sides"])


def _judgments() -> dict[str, list[dict[str, Any]]]:
    if not JUDGMENTS.exists():
        return {}
    out: dict[str, list[dict[str, Any]]] = {}
    for j in json.loads(JUDGMENTS.read_text(encoding="utf-8"))["judgments"]:
        out.setdefault(j["event"], []).append(j)
    return out


def score_event(c: dict[str, Any], gold: dict[str, Any], judged: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts and errors of one event: gold conflicts found, items, items right (gold or judged right), unjudged."""
    texts = {d["key"]: alignment_data.load_text(d["ref"]) for d in gold["docs"]}
    items = ca._conflict_items(c)
    found = {g["id"] for g in gold["conflicts"] for it in items if ca._conflict_found(it, g)}
    verdicts = {frozenset(frozenset((d, t) for d, t in side) for side in j["sides"]): j["verdict"] for j in judged}
    right = unjudged = 0
    unjudged_items = []
    for it in items:
        if any(ca._conflict_found(it, g) for g in gold["conflicts"]):
            right += 1
            continue
        verdict = verdicts.get(_sides_text(it, texts))
        if verdict == "right":
            right += 1
        elif verdict is None:
            unjudged += 1
            sides = [[(d, texts[d][s:e]) for d, s, e in side] for side in it["sides"]]
            unjudged_items.append({"summary": it["summary"], "reason": it["reason"], "sides": sides})
    return {
        "conflicts_gold": len(gold["conflicts"]),
        "conflicts_found": len(found),
        "conflict_items": len(items),
        "conflicts_right": right,
        "unjudged": unjudged,
        "errors": {
            "missed": [f"{g['id']} ({g['reason']}): {g['fact']}" for g in gold["conflicts"] if g["id"] not in found],
            "unjudged": unjudged_items,
        },
    }


def why_missed(event: dict[str, Any], gold: dict[str, Any], comparison: dict[str, Any]) -> list[str]:
    """For each gold conflict the comparison missed, what the claim layer saw (tune half only): per side, the
    values read inside its phrase (or that no claim covers it: a language not read), the best claim-pair score
    between the two sides against the agree bar, and the agreed items spanning both sides. Lines of text."""
    import tempfile

    from crosswire.compare.claims import align_claims
    from crosswire.compare.stage import _stored_rows, load_story_data
    from crosswire.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "why.db") as store:
        with store.transaction():
            for art in ca._articles(event):
                store.add_article(art)
        data = load_story_data(store, _stored_rows(store, [f"{event['id']}:{d['key']}" for d in event["docs"]]))
    claims = align_claims(data)
    items, agreed = ca._conflict_items(comparison), ca._agreed_items(comparison)
    out = []
    for c in gold["conflicts"]:
        if any(ca._conflict_found(it, c) for it in items):
            continue
        out.append(f"  missed: {c['id']} ({c['reason']}): {c['fact']}")
        units: list[set[int]] = []
        for side in c["sides"]:
            mine: set[int] = set()
            for a in side["support"]:
                hit = [u for u in claims.units if u.article.endswith(":" + a["doc"]) and u.claim.start < a["end"]]
                hit = [u for u in hit if a["start"] < u.claim.end]
                vals = sorted({v.text for u in hit for v in u.values if v.start < a["end"] and a["start"] < v.end})
                mine |= {u.index for u in hit}
                read = f"values {vals}" if hit else "no claim (language not read?)"
                out.append(f"    side {side['value']!r} in {a['doc']}: {read}")
            units.append(mine)
        scores = [
            p.score for p in claims.pairs if {p.a.index, p.b.index} & units[0] and {p.a.index, p.b.index} & units[1]
        ]
        both = [it["summary"][:80] for it in agreed if all(ca._hits(it["spans"], s["support"]) for s in c["sides"])]
        best = f"{max(scores):.2f}" if scores else "none"
        out.append(f"    best pair score {best} (agree bar {claims.agree:.2f}); agreed across the sides: {both}")
    return out


def summarise(scores: list[dict[str, Any]], read: list[dict[str, Any]]) -> dict[str, Any]:
    tot = {k: sum(s[k] for s in scores) for k in ("conflicts_gold", "conflicts_found", "conflict_items")}
    tot["conflicts_right"] = sum(s["conflicts_right"] for s in scores)
    tot["unjudged"] = sum(s["unjudged"] for s in scores)
    tot["read_gold"] = sum(s["conflicts_gold"] for s in read)
    tot["read_found"] = sum(s["conflicts_found"] for s in read)
    return {
        **tot,
        "recall": ca._ratio(tot["conflicts_found"], tot["conflicts_gold"]),
        "precision": ca._ratio(tot["conflicts_right"], tot["conflict_items"]),
        "recall_read_languages": ca._ratio(tot["read_found"], tot["read_gold"]),
    }


def row(half: str, name: str, s: dict[str, Any]) -> str:
    return (
        f"| {half} | {name} | {ca._fmt(s['recall'])} ({s['conflicts_found']}/{s['conflicts_gold']}) "
        f"| {ca._fmt(s['recall_read_languages'])} ({s['read_found']}/{s['read_gold']}) "
        f"| {ca._fmt(s['precision'])} ({s['conflicts_right']}/{s['conflict_items']}) | {s['unjudged']} |"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", nargs="?", choices=["build", "check", "score"], default="score")
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="tune")
    ap.add_argument("--baseline", default=None, help=revisions.HELP)
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--errors", choices=["tune"], help="print every miss and unjudged item of the tune half")
    ap.add_argument("--why", choices=["tune"], help="trace each miss of the tune half through the claim layer")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--events", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.emit:  # subprocess mode (the baseline's tree): compute and write the comparisons
        out = ca.run_comparisons(args.events.split(","), events())
        args.emit.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        return 0
    if args.cmd == "build":
        gold = build()
        GOLD.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n = sum(len(e["conflicts"]) for e in gold["events"])
        print(f"{len(gold['events'])} events, {n} conflicts -> {GOLD}")
        return 0
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    problems = alignment_data.check(gold)
    if problems or args.cmd == "check":
        print("\n".join(problems) or "gold valid")
        return 1 if problems else 0

    halves = list(SPLITS) if args.split == "all" else [args.split]
    for extra in (args.errors, args.why):
        if extra and extra not in halves:
            halves.append(extra)
    chosen = [e for e in gold["events"] if e["split"] in halves]
    ids = [e["id"] for e in chosen]
    systems = {"crosswire": ca.run_comparisons(ids, events())}
    if not args.no_baseline:
        args.baseline = args.baseline or revisions.work_start()
        systems[f"baseline {args.baseline}"] = ca.run_baseline(args.baseline, ids, Path(__file__))
    langs = read_languages()
    judged = _judgments()
    results: dict[str, Any] = {}
    lines = [
        "| half | system | conflict R | R, languages read | conflict P (lower bound) | unjudged |",
        "|---|---|---|---|---|---|",
    ]
    for half in halves:
        for name, comps in systems.items():
            evs = [e for e in chosen if e["split"] == half]
            per = {e["id"]: score_event(comps[e["id"]], e, judged.get(e["id"], [])) for e in evs}
            read = [per[e["id"]] for e in evs if all(d.get("language", "en") in langs for d in e["docs"])]
            summ = summarise(list(per.values()), read)
            results[f"{half}/{name}"] = {"summary": summ, "events": per}
            lines.append(row(half, name, summ))
    if args.json:
        print(json.dumps({k: v["summary"] for k, v in results.items()}, indent=1))
    else:
        print("\n".join(lines))
        for name, comps in systems.items():
            print(f"{name}: {comps['_seconds']:.1f} s for {len(ids)} events")
    if args.why:
        by_id = {e["id"]: e for e in events()}
        for g in (e for e in chosen if e["split"] == args.why):
            lines_why = why_missed(by_id[g["id"]], g, systems["crosswire"][g["id"]])
            if lines_why:
                print(f"\n## {g['id']}\n" + "\n".join(lines_why))
    if args.errors:
        for eid, ev in results[f"{args.errors}/crosswire"]["events"].items():
            if ev["errors"]["missed"] or ev["errors"]["unjudged"]:
                print(f"\n## {eid}")
                for m in ev["errors"]["missed"]:
                    print(f"  missed: {m}")
                for u in ev["errors"]["unjudged"]:
                    print(f"  unjudged: {u['summary']} [{u['reason']}]")
                    for side in u["sides"]:
                        print("    side: " + " | ".join(f"{d}: {t}" for d, t in side))
    return 0


if __name__ == "__main__":
    sys.exit(main())
