"""The compare stage's answer keys (examples/expected.json, tests/fixtures/compare/): load them, map their
article names to stored ids and score comparisons against them. Shared by bench/compare.py and the compare
tests (which import it through pytest's ``pythonpath``); it holds no tests."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import shared_dir
from crosswire.model import Evidence

REPO = Path(__file__).resolve().parents[1]
SHARED = shared_dir.SHARED
SEEDS = SHARED / "seeds"
EXAMPLES = REPO / "examples"
FIXTURES = REPO / "tests" / "fixtures" / "compare"


def covers(item: Any, text: str) -> bool:
    """Whether one of the item's evidence sentences contains ``text`` (or is contained in it). ``item`` is any
    record with ``evidence`` (a comparison item, or a naive baseline's)."""
    return any(text in ev.text or ev.text in text for ev in item.evidence)


def all_evidence(comparison: Any) -> Iterator[Evidence]:
    """Every Evidence anywhere in a comparison (items, sides, values, variants, timeline, who said what)."""

    def walk(x: object) -> Iterator[Evidence]:
        if isinstance(x, Evidence):
            yield x
        elif dataclasses.is_dataclass(x) and not isinstance(x, type):
            for f in dataclasses.fields(x):
                yield from walk(getattr(x, f.name))
        elif isinstance(x, list):
            for v in x:
                yield from walk(v)

    yield from walk(comparison)


def example_ids(store) -> dict[str, str]:
    """expected.json's short article names -> stored article ids (matched on title)."""
    key = json.loads((EXAMPLES / "expected.json").read_text())
    rows = store.conn.execute("SELECT id, title FROM articles").fetchall()
    by_title = {r["title"]: r["id"] for r in rows}
    return {name: by_title[a["title"]] for name, a in key["articles"].items() if a["title"] in by_title}


def example_key() -> dict[str, Any]:
    return json.loads((EXAMPLES / "expected.json").read_text())


def side_sentences(side: dict[str, Any]) -> list[str]:
    return [side["sentence"]]


def score_examples(comparisons: dict[str, Any]) -> dict[str, Any]:
    """Precision and recall of conflicts and agreements against examples/expected.json.

    ``comparisons`` maps event name ("zarovsk-earthquake", "greyhaven-museum-theft") to its comparison (a
    :class:`~crosswire.compare.records.Comparison`, or anything with ``agreed``, ``conflicts`` and
    ``single_source`` lists of items with ``kind`` and ``evidence``).
    A found conflict is correct when it covers every side of one planted conflict; an agreement when it covers
    two or more sides of one planted agreement, not-conflict (compatible figures) or of the agreements that
    ``fixtures/compare/examples-extra-agreements.json`` adds (true agreements expected.json does not list).
    """
    key = example_key()
    out: dict[str, Any] = {}
    for kind, planted_kind in (("conflicts", "conflicts"), ("agreed", "agreements")):
        planted = key[planted_kind]
        if kind == "agreed":
            extra = json.loads((FIXTURES / "examples-extra-agreements.json").read_text())["agreements"]
            planted = planted + key["not_conflicts"] + extra
        found = [(ev, it) for ev, c in comparisons.items() for it in getattr(c, kind) if it.kind == "figure"]
        hit_planted = set()
        correct = 0
        for event, it in found:
            ok = False
            for i, p in enumerate(planted):
                if p["event"] != event:
                    continue
                n_cov = sum(covers(it, s["sentence"]) for s in p["sides"])
                if (kind == "conflicts" and n_cov == len(p["sides"])) or (kind == "agreed" and n_cov >= 2):
                    ok = True
                    hit_planted.add(i)
            correct += ok
        out[kind] = {
            "found": len(found),
            "correct": correct,
            "planted": len(planted),
            "recalled": len(hit_planted),
            "precision": correct / len(found) if found else 1.0,
            "recall": len(hit_planted) / len(planted) if planted else 1.0,
        }
    single = key["single_source_facts"]
    hit = [p for p in single if any(covers(it, p["sentence"]) for c in comparisons.values() for it in c.single_source)]
    wrong = [
        p
        for p in single
        if any(
            covers(it, p["sentence"])
            for c in comparisons.values()
            for it in (*c.agreed, *c.conflicts)
            if it.kind != "figure"
        )
    ]
    out["single_source"] = {
        "planted": len(single),
        "recalled": len(hit),
        "recall": len(hit) / len(single),
        "listed_as_agreed_or_conflict": len(wrong),
        "found": sum(len(c.single_source) for c in comparisons.values()),
    }
    return out


def load_fixture_rows(name: str = "ferry") -> tuple[list[dict[str, Any]], dict[str, Any]]:
    key = json.loads((FIXTURES / f"{name}.expected.json").read_text())
    rows = []
    for line in (FIXTURES / f"{name}.jsonl").read_text().splitlines():
        r = json.loads(line)
        rows.append(
            {
                "id": r["id"],
                "url": r["url"],
                "outlet": r["outlet"],
                "agency": key["agency"].get(r["id"]),
                "title": r["title"],
                "published": r["published"],
                "copy_of": key["copy_of"].get(r["id"]),
            }
        )
    return rows, key


def score_fixture(comparison: Any, key: dict[str, Any]) -> dict[str, Any]:
    """Precision and recall of conflicts and agreements on a fixture answer key (texts are sub-sentences)."""
    out = {}
    for kind, planted in (("conflicts", key["conflicts"]), ("agreed", key["agreed"])):
        found = [it for it in getattr(comparison, kind) if it.kind == "figure"]
        hit, correct = set(), 0
        for it in found:
            ok = False
            for i, p in enumerate(planted):
                if all(any(t in ev.text for ev in it.evidence) for t in p["texts"]):
                    if kind == "conflicts" and getattr(it, "reason", None) != p["reason"]:
                        continue
                    ok = True
                    hit.add(i)
            correct += ok
        out[kind] = {
            "found": len(found),
            "correct": correct,
            "planted": len(planted),
            "recalled": len(hit),
            "precision": correct / len(found) if found else 1.0,
            "recall": len(hit) / len(planted) if planted else 1.0,
        }
    return out
