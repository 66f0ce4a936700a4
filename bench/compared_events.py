"""One generator of compared gold events for the bench scripts that read single-source items one by one
(``single_source_rules.py``, ``single_source_misses.py``): each event of a half stored in a temporary store,
loaded and compared as ``crosswire compare`` does, and handed over with its comparison and claim alignment.

    for ev in compared_events("tune", gold):
        for item in ev.comparison["single_source"]:
            units = item_units(item, ev.claims)
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import compare_alignment as ca


@dataclass(slots=True)
class ComparedEvent:
    """One gold event compared: the gold record, the story data, the comparison as JSON (a dict), the claim
    alignment (``crosswire.compare.claims.align_claims``) and the gold's shared facts (every agreement and every
    conflict side, each with its ``support`` spans)."""

    gold: dict[str, Any]
    data: Any
    comparison: dict[str, Any]
    claims: Any
    shared: list[dict[str, Any]]


def compared_events(half: str, gold: dict[str, Any]) -> Iterator[ComparedEvent]:
    """Each event of ``gold`` in ``half``, compared (all of the half's articles are stored first, in one
    transaction, in a temporary store that is removed when the generator ends)."""
    from crosswire.compare.align import StoryInput
    from crosswire.compare.claims import align_claims
    from crosswire.compare.stage import _stored_rows, build, load_story_data
    from crosswire.store import Store

    events = [e for e in gold["events"] if e["split"] == half]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "compared.db") as store:
        with store.transaction():
            for g in events:
                for art in ca._articles(g):
                    store.add_article(art)
        for g in events:
            data = load_story_data(store, _stored_rows(store, [f"{g['id']}:{d['key']}" for d in g["docs"]]))
            comparison = build(data, StoryInput(id=None)).to_dict()
            shared = [*g["agreed"], *(side for x in g["conflicts"] for side in x["sides"])]
            yield ComparedEvent(g, data, comparison, align_claims(data), shared)


def item_units(item: dict[str, Any], claims: Any) -> list[Any]:
    """The claim units a listed item's evidence overlaps (character offsets into each article's cleaned body)."""
    return [
        u
        for ev in item["evidence"]
        for u in claims.units
        if u.article == ev["article"] and u.claim.start < ev["end"] and ev["start"] < u.claim.end
    ]
