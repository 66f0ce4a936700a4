"""Cross-source alignment quality: the comparison against the hand-built gold of 35 real multi-outlet events.

Gold: ``bench/alignment/gold.json`` (protocol in ``bench/alignment/PROTOCOL.md``; texts read from ``../shared``
by :mod:`alignment_data`). Each event's documents are stored as articles whose cleaned body is exactly the
document's text, so the gold's offsets are offsets into the bodies, and each event is compared as one story.

Scoring (every item is anchored by its evidence spans; a span *hits* a gold anchor when they overlap in the
same document):

* **agreed**: a gold agreement is found when one agreed item (``agreed`` or ``quote_variants``) hits its
  support in two or more documents; recall = found / gold. An agreed item is right when it finds some gold
  agreement; precision = right / items. **Citations backed**: each document an agreed item cites is backed
  when its evidence in that document hits the support of the gold agreement the item matches best (the one its
  spans hit in the most documents); backed / cited over all agreed items. An item can be right (it finds a
  gold agreement through two of its sources) and still cite a third source whose sentence does not state the
  fact: this counts that.
* **conflicts**: a gold conflict is found when one conflict item has two sides hitting two different gold
  sides in two different documents; recall and precision as above.
* **single source**: an item of ``single_source`` is wrong when its evidence hits the support of a gold
  agreement or conflict (another document states it too); precision = not wrong / items. Sentence-level, so a
  sentence that states a shared fact and an unshared one counts against the item: a strict measure. The gold
  does not list single-source facts (PROTOCOL.md: they are everything else), so there is no recall; the items
  not wrong (the numerator of the precision) count the single-source facts listed, and each kind's count is
  printed under the table (``single-source by kind``).
* **single source, item level** (beside the sentence rule, never instead of it; PROTOCOL.md): an item that
  shows a figure is wrong only when a shared gold fact its sentence supports has a support sentence in another
  document giving the same number (:func:`numbers_in`); items without a figure keep the sentence rule. Printed
  as ``single-source P, item level`` under the table; the gate reads the sentence rule.

Baseline in the same run: the comparison of another version of crosswire (``--baseline REF``, a git commit;
default the last commit before the claim layer), run from a temporary git worktree in a subprocess on the same
gold, and scored the same way.

    .venv/bin/python bench/compare_alignment.py                 # both halves, crosswire and the baseline
    .venv/bin/python bench/compare_alignment.py --split report  # the half figures are reported on
    .venv/bin/python bench/compare_alignment.py --no-baseline --json
    .venv/bin/python bench/compare_alignment.py --errors tune   # every miss and false item of the tune half
    .venv/bin/python bench/compare_alignment.py --split tune2   # the second set (events added 1 Dec 2026): tune2
                                                                # may be read; report2 is held out like report
    .venv/bin/python bench/compare_alignment.py --split seeds   # the two seed articles (annotated apart, after
                                                                # the seeds had been read in development: neither
                                                                # half, reported on its own)
    .venv/bin/python bench/compare_alignment.py --split mtune   # the multilingual set (de, es, fr, pl, de-en;
                                                                # alignment/multi/, 3 Dec 2026): mtune may be read,
                                                                # mreport is held out; both are rows of --split all
    .venv/bin/python bench/compare_alignment.py --split mtune2  # the fourth set (ru, uk, ru-uk, pl-ru, pl-uk, de,
                                                                # es, pl; alignment/multi2/, 3 Dec 2026): mtune2 may
                                                                # be read, mreport2 is held out; rows of --split all
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import alignment_data

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BASELINE = "a5e17c2"  # main before the claim layer (issue "Compare claims, not only figures")


# -- running a comparison (this file also runs under older versions of crosswire, in a subprocess) ----------


def _articles(event: dict[str, Any]) -> list[Any]:
    from crosswire.model import Article, Block, content_hash

    out = []
    for doc in event["docs"]:
        text = alignment_data.load_text(doc["ref"])
        out.append(
            Article(
                id=f"{event['id']}:{doc['key']}",
                source=doc["ref"],
                content_hash=content_hash(doc["ref"] + "\0" + text),
                blocks=[Block("paragraph", p) for p in text.split("\n\n")],
                outlet=doc.get("outlet"),
                published=doc.get("published"),
                language=doc.get("language", "en"),
                kind="text",
            )
        )
    return out


def run_comparisons(event_ids: list[str], event_list: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """{event id: comparison as JSON}, computed by whatever crosswire is importable. ``event_list``: the events
    (``events.json`` shape, a document's ``language`` defaulting to English); default this set's events."""
    from crosswire.compare import compare_articles
    from crosswire.store import Store

    events = {e["id"]: e for e in (event_list if event_list is not None else alignment_data.all_events())}
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "alignment.db") as store:
        t0 = time.perf_counter()
        with store.transaction():
            for eid in event_ids:
                for art in _articles(events[eid]):
                    store.add_article(art)
        for eid in event_ids:
            ids = [f"{eid}:{d['key']}" for d in events[eid]["docs"]]
            comparison = compare_articles(store, ids)
            out[eid] = comparison.to_dict() if hasattr(comparison, "to_dict") else comparison
        out["_seconds"] = time.perf_counter() - t0
    return out


def run_baseline(ref: str, event_ids: list[str], script: Path | None = None) -> dict[str, Any]:
    """The same comparisons by crosswire at git commit ``ref``, from a temporary worktree. ``script``: the bench
    script run there with ``--emit OUT --events IDS`` (default this one)."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "-q", "--detach", str(tree), ref], check=True)
        try:
            out = Path(tmp) / "out.json"
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            cmd = [sys.executable, str(script or __file__), "--emit", str(out), "--events", ",".join(event_ids)]
            subprocess.run(cmd, check=True, env=env, cwd=REPO)
            return json.loads(out.read_text(encoding="utf-8"))
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)


# -- scoring -------------------------------------------------------------------------------------------------

Span = tuple[str, int, int]  # (document key, start, end)


def _spans(evidence: list[dict[str, Any]]) -> list[Span]:
    return [(ev["article"].rpartition(":")[2], ev["start"], ev["end"]) for ev in evidence]


def _hits(spans: list[Span], anchors: list[dict[str, Any]]) -> set[str]:
    """The documents in which some span overlaps some anchor."""
    return {a["doc"] for d, s, e in spans for a in anchors if a["doc"] == d and s < a["end"] and a["start"] < e}


def _agreed_items(c: dict[str, Any]) -> list[dict[str, Any]]:
    items = [{"summary": it.get("summary", ""), "spans": _spans(it["evidence"])} for it in c.get("agreed", [])]
    for qv in c.get("quote_variants", []):
        items.append({"summary": "quote: " + qv["quotes"][0]["text"], "spans": _spans(qv["evidence"])})
    return items


def _conflict_items(c: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "summary": it.get("summary", ""),
            "reason": it.get("reason"),
            "sides": [_spans(s["evidence"]) for s in it.get("sides", [])],
        }
        for it in c.get("conflicts", [])
    ]


def _citations(item: dict[str, Any], gold_agreed: list[dict[str, Any]]) -> tuple[int, int]:
    """(documents cited, documents whose cited sentence states the gold agreement the item matches best)."""
    cited = {d for d, _, _ in item["spans"]}
    backed = max((len(_hits(item["spans"], g["support"])) for g in gold_agreed), default=0)
    return len(cited), backed


def _conflict_found(item: dict[str, Any], gold: dict[str, Any]) -> bool:
    hits = [[_hits(side, g["support"]) for g in gold["sides"]] for side in item["sides"]]
    for i, si in enumerate(hits):
        for j, sj in enumerate(hits):
            if i == j:
                continue
            for gi, di in enumerate(si):
                for gj, dj in enumerate(sj):
                    if gi != gj and any(a != b for a in di for b in dj):
                        return True
    return False


_NUMBER_WORDS = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update({"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "hundred": 100.0, "dozen": 12.0})
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9}
_NUMBER = re.compile(
    r"(?<![\w.])(\d+(?:[,.]\d+)*)\s?(thousand|million|billion|mln|bn|[kmb])?(?![a-z])|\b([a-z]+)\b", re.I
)


def numbers_in(text: str) -> set[float]:
    """The numbers an English sentence writes: digits ("4,000" -> 4000, "16.057" -> 16.057, "12M" and "1.5
    million" scaled), and number words up to twenty, the tens to fifty, "hundred" and "a dozen" (word forms
    only, no compounds: the bench's texts write larger numbers in digits). Used by the item-level single-source
    rule only (PROTOCOL.md)."""
    out: set[float] = set()
    for m in _NUMBER.finditer(text):
        if m.group(1):
            raw = m.group(1)
            digits = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw) else raw.replace(",", ".")
            try:
                value = float(digits)
            except ValueError:
                continue
            out.add(value)
            if m.group(2):
                out.add(value * _SCALES[m.group(2).lower()])
        elif m.group(3) and m.group(3).lower() in _NUMBER_WORDS:
            out.add(_NUMBER_WORDS[m.group(3).lower()])
    return out


def _item_numbers(item: dict[str, Any]) -> set[float]:
    """The numbers a figure item shows (empty for other items): each value's value, low and high end, and every
    number its label writes, the source marker ("[3]") left out: a label that is the whole sentence ("Australia
    bushfires have scorched 12M acres and killed at least 2 people.") shows each of its numbers."""
    if item.get("kind") != "figure":
        return set()
    shown = {float(v[k]) for v in item.get("values", []) for k in ("value", "low", "high") if v.get(k) is not None}
    return shown | numbers_in(re.sub(r"\s*\[\d+(?:,\s*\d+)*\]\s*$", "", item.get("summary", "")))


def _same_figure_elsewhere(item: dict[str, Any], hit: list[dict[str, Any]], texts: dict[str, str]) -> bool:
    """Whether a shared gold fact the item's sentence supports is supported in another document by a sentence
    giving one of the item's numbers, or is a conflict side whose value the item shows (the item-level rule
    for figures, PROTOCOL.md)."""
    mine = _item_numbers(item)
    docs = {d for d, _, _ in _spans(item["evidence"])}
    for g in hit:
        if "value" in g and mine & numbers_in(g["value"]):  # a conflict side: the item shows its contested value
            return True
        for a in g["support"]:
            if a["doc"] in docs or a["doc"] not in texts:
                continue
            theirs = numbers_in(texts[a["doc"]][a["start"] : a["end"]])
            if any(abs(x - y) <= 1e-9 * max(1.0, abs(x)) for x in mine for y in theirs):
                return True
    return False


def item_level_wrong(item: dict[str, Any], shared: list[dict[str, Any]], texts: dict[str, str]) -> bool:
    """The item-level rule (PROTOCOL.md): a figure item is wrong only when another document's sentence supporting
    a shared fact with the item's sentence gives the same number; any other item keeps the sentence rule."""
    spans = _spans(item["evidence"])
    hit = [g for g in shared if _hits(spans, g["support"])]
    if not hit:
        return False
    if not _item_numbers(item):
        return True
    return _same_figure_elsewhere(item, hit, texts)


@cache
def _text(ref: str) -> str:
    return alignment_data.load_text(ref)


def score_event(c: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """Counts and the list of errors for one event."""
    agreed, conflicts = _agreed_items(c), _conflict_items(c)
    found_a = {g["id"] for g in gold["agreed"] for it in agreed if len(_hits(it["spans"], g["support"])) >= 2}
    right_a = [it for it in agreed if any(len(_hits(it["spans"], g["support"])) >= 2 for g in gold["agreed"])]
    cites = [_citations(it, gold["agreed"]) for it in agreed]
    found_c = {g["id"] for g in gold["conflicts"] for it in conflicts if _conflict_found(it, g)}
    right_c = [it for it in conflicts if any(_conflict_found(it, g) for g in gold["conflicts"])]
    shared = [*gold["agreed"], *(side for g in gold["conflicts"] for side in g["sides"])]
    single = c.get("single_source", [])
    wrong_s = [it for it in single if any(_hits(_spans(it["evidence"]), g["support"]) for g in shared)]
    texts = {d["key"]: _text(d["ref"]) for d in gold.get("docs", [])}
    wrong_items = [it for it in single if item_level_wrong(it, shared, texts)]
    by_kind = {
        f"single_{w}_{kind}": sum(1 for it in items if it.get("kind") == kind)
        for w, items in (("items", single), ("wrong", wrong_s))
        for kind in SINGLE_KINDS
    }
    return {
        **by_kind,
        "agreed_gold": len(gold["agreed"]),
        "agreed_found": len(found_a),
        "agreed_items": len(agreed),
        "agreed_right": len(right_a),
        "agreed_cited": sum(c for c, _ in cites),
        "agreed_backed": sum(b for _, b in cites),
        "conflicts_gold": len(gold["conflicts"]),
        "conflicts_found": len(found_c),
        "conflict_items": len(conflicts),
        "conflicts_right": len(right_c),
        "single_items": len(single),
        "single_wrong": len(wrong_s),
        "single_wrong_item_level": len(wrong_items),
        "errors": {
            "missed_agreements": [g["fact"] for g in gold["agreed"] if g["id"] not in found_a],
            "false_agreements": [it["summary"] for it in agreed if it not in right_a],
            "unbacked_citations": [
                f"{it['summary']} ({b} of {c} sources state it)"
                for it, (c, b) in zip(agreed, cites, strict=True)
                if it in right_a and b < c
            ],
            "missed_conflicts": [g["fact"] for g in gold["conflicts"] if g["id"] not in found_c],
            "false_conflicts": [it["summary"] for it in conflicts if it not in right_c],
            "false_single_source": [it.get("summary", "") for it in wrong_s],
            "false_single_source_item_level": [it.get("summary", "") for it in wrong_items],
        },
    }


SINGLE_KINDS = ("figure", "quote", "event", "claim")


def by_kind(s: dict[str, Any]) -> str:
    """Single-source items not wrong / listed, per item kind ("figure 19/24, quote 18/25, ...")."""
    parts = []
    for kind in SINGLE_KINDS:
        n = s.get(f"single_items_{kind}", 0)
        if n:
            parts.append(f"{kind} {n - s.get(f'single_wrong_{kind}', 0)}/{n}")
    return ", ".join(parts) or "none"


def language_group(event: dict[str, Any]) -> str:
    """An event's language group from its documents' languages in key order ("de-en", "pl-pl"; English when a
    document names none)."""
    return "-".join(d.get("language", "en") for d in sorted(event["docs"], key=lambda d: d["key"]))


def by_group(comparisons: dict[str, Any], events: list[dict[str, Any]]) -> str:
    """Agreed P and R, conflicts P and R and single-source P per language group of ``events``, one clause each
    ("de-en: agreed P 3/4 R 5/9, conflicts P 0/0 R 0/1, single P 7/9"). Printed for the tune half of the
    multilingual set only (its held-out half is reported as totals)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        groups[language_group(e)].append(e)
    parts = []
    for group, evs in sorted(groups.items()):
        s = score(comparisons, evs)["summary"]
        parts.append(
            f"{group} ({len(evs)}): agreed P {s['agreed_right']}/{s['agreed_items']} "
            f"R {s['agreed_found']}/{s['agreed_gold']}, conflicts P {s['conflicts_right']}/{s['conflict_items']} "
            f"R {s['conflicts_found']}/{s['conflicts_gold']}, single P {s['single_items'] - s['single_wrong']}/"
            f"{s['single_items']}"
        )
    return "; ".join(parts)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


# The six figures of a half's summary that the eval gate pins and the scorer's training compares
# (tests/eval_measures.py, bench/train_alignment.py).
SUMMARY_FIGURES = (
    "agreed_precision",
    "agreed_recall",
    "agreed_citations_backed",
    "conflict_precision",
    "conflict_recall",
    "single_precision",
)


def summarise(scores: list[dict[str, Any]]) -> dict[str, Any]:
    tot: dict[str, int] = defaultdict(int)
    for s in scores:
        for k, v in s.items():
            if isinstance(v, int):
                tot[k] += v
    return {
        "events": len(scores),
        "agreed_recall": _ratio(tot["agreed_found"], tot["agreed_gold"]),
        "agreed_precision": _ratio(tot["agreed_right"], tot["agreed_items"]),
        "agreed_citations_backed": _ratio(tot["agreed_backed"], tot["agreed_cited"]),
        "conflict_recall": _ratio(tot["conflicts_found"], tot["conflicts_gold"]),
        "conflict_precision": _ratio(tot["conflicts_right"], tot["conflict_items"]),
        "single_precision": _ratio(tot["single_items"] - tot["single_wrong"], tot["single_items"]),
        "single_precision_item_level": _ratio(
            tot["single_items"] - tot["single_wrong_item_level"], tot["single_items"]
        ),
        **dict(tot),
    }


def score(comparisons: dict[str, Any], gold_events: list[dict[str, Any]]) -> dict[str, Any]:
    per_event = {g["id"]: score_event(comparisons[g["id"]], g) for g in gold_events}
    return {"summary": summarise(list(per_event.values())), "events": per_event}


# -- report --------------------------------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def table(rows: list[tuple[str, str, dict[str, Any]]]) -> str:
    head = (
        "| half | system | agreed P | agreed R | agreed citations backed | conflicts P | conflicts R "
        "| single-source P | items (a/c/s) |"
    )
    lines = [head, "|---|---|---|---|---|---|---|---|---|"]
    for half, name, s in rows:
        lines.append(
            f"| {half} | {name} | {_fmt(s['agreed_precision'])} ({s['agreed_right']}/{s['agreed_items']}) "
            f"| {_fmt(s['agreed_recall'])} ({s['agreed_found']}/{s['agreed_gold']}) "
            f"| {_fmt(s['agreed_citations_backed'])} ({s['agreed_backed']}/{s['agreed_cited']}) "
            f"| {_fmt(s['conflict_precision'])} ({s['conflicts_right']}/{s['conflict_items']}) "
            f"| {_fmt(s['conflict_recall'])} ({s['conflicts_found']}/{s['conflicts_gold']}) "
            f"| {_fmt(s['single_precision'])} ({s['single_items'] - s['single_wrong']}/{s['single_items']}) "
            f"| {s['agreed_items']}/{s['conflict_items']}/{s['single_items']} |"
        )
    return "\n".join(lines)


SPLITS = ["tune", "report", "tune2", "report2", "seeds", "mtune", "mreport", "mtune2", "mreport2"]
"""The halves of the gold: ``tune``/``report`` (35 events, 29 Nov 2026), ``tune2``/``report2`` (events added
1 Dec 2026 under the same protocol; ``report2`` held out), ``seeds``; and the multilingual set's ``mtune`` /
``mreport`` (``alignment/multi/gold.json``, 3 Dec 2026), and the fourth set's ``mtune2`` / ``mreport2`` (ru, uk,
ru-uk, pl-ru, pl-uk, de, es, pl; ``alignment/multi2/gold.json``, 3 Dec 2026, twelfth pass). Only tune halves'
errors may be printed."""
MULTI_SPLITS = ("mtune", "mreport")
MULTI2_SPLITS = ("mtune2", "mreport2")


def load_gold(halves: list[str]) -> dict[str, Any]:
    """The gold events of the English set, with the multilingual set's appended when a multilingual half is asked
    for (the two sets keep their own files; PROTOCOL.md)."""
    gold = json.loads(alignment_data.GOLD_FILE.read_text(encoding="utf-8"))
    if any(h in MULTI_SPLITS for h in halves):
        multi = json.loads(alignment_data.MULTI_GOLD_FILE.read_text(encoding="utf-8"))
        gold = {**gold, "events": [*gold["events"], *multi["events"]]}
    if any(h in MULTI2_SPLITS for h in halves):
        multi2 = json.loads(alignment_data.MULTI2_GOLD_FILE.read_text(encoding="utf-8"))
        gold = {**gold, "events": [*gold["events"], *multi2["events"]]}
    return gold


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=[*SPLITS, "both", "all"], default="both")
    ap.add_argument("--baseline", default=DEFAULT_BASELINE, help="git commit of the baseline version")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--errors", choices=["tune", "tune2", "seeds", "mtune", "mtune2"], help="print every error of this half"
    )
    ap.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--events", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.emit:  # subprocess mode: compute and write the comparisons, nothing else
        out = run_comparisons(args.events.split(","))
        args.emit.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        return 0

    halves = {
        "both": ["tune", "report"],
        "all": ["tune", "report", "tune2", "report2", *MULTI_SPLITS, *MULTI2_SPLITS],
    }.get(args.split, [args.split])
    if args.errors and args.errors not in halves:
        halves.append(args.errors)
    gold = load_gold(halves)
    problems = alignment_data.check(gold)
    if problems:
        print("gold does not match ../shared:\n" + "\n".join(problems), file=sys.stderr)
        return 1
    events = [e for e in gold["events"] if e["split"] in halves]
    ids = [e["id"] for e in events]
    systems = {"crosswire": run_comparisons(ids)}
    if not args.no_baseline:
        systems[f"baseline {args.baseline}"] = run_baseline(args.baseline, ids)

    results: dict[str, Any] = {}
    rows = []
    for half in halves:
        half_events = [e for e in events if e["split"] == half]
        for name, comps in systems.items():
            res = score(comps, half_events)
            results[f"{half}/{name}"] = res
            rows.append((half, name, res["summary"]))
    if args.json:
        print(json.dumps({k: v["summary"] for k, v in results.items()}, indent=1))
    else:
        print(table(rows))
        for half, name, summ in rows:
            print(f"single-source by kind, {half} / {name}: {by_kind(summ)}")
        for dev in ("mtune", "mtune2"):  # development halves only: a held-out half is reported as totals
            dev_events = [e for e in events if e["split"] == dev]
            for name, comps in systems.items():
                if dev_events:
                    print(f"by language group, {dev} / {name}: {by_group(comps, dev_events)}")
        for half, name, summ in rows:
            n, w = summ["single_items"], summ["single_wrong_item_level"]
            print(
                f"single-source P, item level (figures: wrong only when another document's shared sentence "
                f"gives the same number; PROTOCOL.md), {half} / {name}: "
                f"{_fmt(summ['single_precision_item_level'])} ({n - w}/{n})"
            )
        for name, comps in systems.items():
            print(f"{name}: {comps['_seconds']:.1f} s for {len(ids)} events (facts and comparison)")
    if args.errors:
        res = results[f"{args.errors}/crosswire"]
        for eid, ev in res["events"].items():
            errs = {k: v for k, v in ev["errors"].items() if v}
            if errs:
                print(f"\n## {eid}")
                for k, v in errs.items():
                    for x in v:
                        print(f"  {k}: {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
