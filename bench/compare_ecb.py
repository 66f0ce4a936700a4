"""Conflict precision on real coverage: the compare stage over every ECB+ event (982 news articles by many
outlets, 86 events; the event label is the subtopic), each event's articles compared as one story.

ECB+ has no publication dates, so nothing here can tell Saturday's arrests from the week's; it is a hard
test of the conflict rules, not of the time logic. The script prints what a reader would have to check
(every conflict, with both sides' sentences) and the counts; the hand judgement of each conflict is kept in
bench/RESULTS-compare.md.

    .venv/bin/python bench/compare_ecb.py [--json]      # from any directory: paths are the script's own
    .venv/bin/python bench/compare_ecb.py --events 13ecb 41ecbplus   # only those events (a quick re-check)

The articles are read from the shared data folder (``bench/shared_dir.py``: ``shared`` beside the checkout, or
beside the main checkout for a worktree made elsewhere, or ``$CROSSWIRE_SHARED``); when it is missing or cannot
be read, the script stops with one line saying where it looked.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from clustering import load_ecb
from crosswire.compare import compare_articles
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from shared_dir import SHARED, require


def ecb_text(paras: list[str]) -> str:
    """ECB+ splits "6.1" into "6. 1" and "22,000" into "22, 000"; joined back, as the outlets printed them."""
    text = "\n\n".join(paras)
    text = re.sub(r"(\d)\. (\d)", r"\1.\2", text)
    return re.sub(r"(\d), (\d{3})\b", r"\1,\2", text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--events", nargs="*", metavar="EVENT", help="only these events (subtopic labels: 13ecb, 41ecbplus)"
    )
    args = ap.parse_args()
    ecb = SHARED / "bench" / "ecbplus" / "ECB+"
    require(ecb, "ECB+ (compare_ecb.py)")
    docs = load_ecb()
    if not docs:
        sys.exit(f"ECB+ (compare_ecb.py): no article under {ecb} (its */*.xml files are read)")
    events: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if not args.events or d["gold"] in args.events:
            events[d["gold"]].append(d["id"])
    docs = [d for d in docs if d["id"] in {a for ids in events.values() for a in ids}]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ecb.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for d in docs:  # each ECB+ article is its own outlet's report
                fh.write(
                    json.dumps({"id": d["id"], "outlet": d["id"].split(".")[0], "text": ecb_text(d["paras"])}) + "\n"
                )
        with Store(Path(tmp) / "ecb.db") as store:
            t0 = time.perf_counter()
            ingest_paths(store, [path], stories=False)
            t1 = time.perf_counter()
            results = {g: compare_articles(store, ids) for g, ids in sorted(events.items())}
            t2 = time.perf_counter()
    counts = {
        k: sum(len(getattr(c, k)) for c in results.values())
        for k in ("conflicts", "agreed", "single_source", "name_variants", "quote_variants")
    }
    conflicts = [
        {
            "event": g,
            "reason": it.reason,
            "summary": it.summary,
            "sides": [{"label": s.label, "sentence": s.evidence[0].text} for s in it.sides],
        }
        for g, c in results.items()
        for it in c.conflicts
    ]
    if args.json:
        print(
            json.dumps(
                {"events": len(results), "articles": len(docs), "counts": counts, "conflicts": conflicts}, indent=2
            )
        )
        return 0
    print(f"ECB+: {len(docs)} articles, {len(results)} events; facts {t1 - t0:.1f} s, compare {t2 - t1:.1f} s")
    print("items: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for i, c in enumerate(conflicts, 1):
        print(f"\n#{i} [{c['event']}] {c['reason']}: {c['summary']}")
        for s in c["sides"]:
            print(f"    - {s['label']}: {s['sentence'][:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
