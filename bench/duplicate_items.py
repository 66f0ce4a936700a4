"""Agreed items that repeat another: pairs of agreed items of one comparison where every sentence one cites is
also cited by the other (its evidence spans, ``(article, start)``, are a subset of the other's).

Such a pair lists one fact twice when both items are about the same thing ("Crowns: up to 50,000 [2][5]" and
the claim "Insured deposits of up to 50,000 crowns will be repaid ... [1][2][3][4][5]" on the same sentences);
it is two items rightly when the sentences state two facts (a toll and a day). The script counts every such
pair, and prints them, so a reader can tell which is which; ``--quotes`` also counts quote variants as agreed
items (the alignment benchmark scores them as agreed).

Corpora: the example corpus (``examples/corpus``, every story), the seeds (``../shared/seeds``), the alignment
development set's events of a half (``--split``, compared as ``bench/compare_alignment.py`` does), and any
other inputs given (``--inputs``: files or folders, ingested and grouped into stories, every story compared).

    python bench/duplicate_items.py --split tune
    python bench/duplicate_items.py --split report --inputs /path/to/articles
    python bench/duplicate_items.py --split none --json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import alignment_data
import shared_dir
from compare_alignment import run_comparisons

REPO = Path(__file__).resolve().parents[1]
SHARED = shared_dir.SHARED


def _spans(item: dict[str, Any]) -> frozenset[tuple[str, int]]:
    return frozenset((ev["article"], ev["start"]) for ev in item.get("evidence", []))


def duplicate_pairs(comparison: dict[str, Any], *, quotes: bool = False) -> list[tuple[str, str]]:
    """Pairs ``(contained, containing)`` of agreed items' summaries (``comparison`` as JSON) where every
    sentence of the first is a sentence of the second; identical sets count once."""
    items = list(comparison.get("agreed", []))
    if quotes:
        items += comparison.get("quote_variants", [])
    spans = [_spans(it) for it in items]
    out = []
    for i, a in enumerate(spans):
        for j, b in enumerate(spans):
            if i == j or not a or not a <= b or (a == b and j < i):
                continue
            out.append((_label(items[i]), _label(items[j])))
    return out


def _label(item: dict[str, Any]) -> str:
    return f"{item.get('kind')}: {' '.join(str(item.get('summary') or item.get('speaker') or '').split())[:100]}"


def _compare_paths(paths: Sequence[Path]) -> dict[str, Any]:
    """{story id: comparison as JSON} of every story the inputs ``paths`` group into."""
    from crosswire.compare import compare_story
    from crosswire.pipeline import ingest_paths
    from crosswire.store import Store

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "dupes.db") as store:
        ingest_paths(store, paths)
        for sid in store.story_ids():
            c = compare_story(store, sid)
            if c is not None and len(c.sources) > 1:
                out[sid] = c.to_dict()
    return out


def corpora(split: str, inputs: Sequence[Path]) -> dict[str, dict[str, Any]]:
    """{corpus name: {story or event id: comparison as JSON}}."""
    out = {"examples": _compare_paths([REPO / "examples" / "corpus"])}
    if (SHARED / "seeds").is_dir():
        out["seeds"] = _compare_paths([SHARED / "seeds"])
    if split != "none":
        ids = [e["id"] for e in alignment_data.events() if e["split"] == split]
        comps = run_comparisons(ids)
        comps.pop("_seconds", None)
        out[f"alignment/{split}"] = comps
    if inputs:
        out["inputs"] = _compare_paths(inputs)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["tune", "report", "none"], default="tune")
    ap.add_argument("--inputs", nargs="*", type=Path, default=[])
    ap.add_argument("--quotes", action="store_true", help="count quote variants as agreed items too")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result: dict[str, Any] = {}
    for name, comps in corpora(args.split, args.inputs).items():
        pairs = {sid: duplicate_pairs(c, quotes=args.quotes) for sid, c in comps.items()}
        items = sum(len(c.get("agreed", [])) for c in comps.values())
        result[name] = {
            "stories": len(comps),
            "agreed_items": items,
            "pairs": sum(len(p) for p in pairs.values()),
            "detail": {sid: p for sid, p in pairs.items() if p},
        }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    for name, r in result.items():
        print(f"{name}: {r['stories']} stories, {r['agreed_items']} agreed items, {r['pairs']} duplicate pairs")
        for sid, pairs in r["detail"].items():
            for a, b in pairs:
                print(f"  {sid}: {a}\n      within {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
