"""Every difference between two stores, and the local run a distributed one is checked against.

``crosswire check`` compares a store written by ``crosswire batch`` with the local path on the same input:
either a store the caller made with ``crosswire ingest`` (``--against``), or one this module builds -- the
inputs ingested locally again (:func:`local_store`), or, given no inputs, the store's own articles re-run
through the local stages in the same order. Like ``crosswire recluster``, it reports what differs rather than
asserting nothing does: articles (ids, order, cleaned content), facts, stories (which articles, which copies,
title and days) and comparisons, one line per difference.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crosswire.ingest import read_paths
from crosswire.model import to_dict
from crosswire.pipeline import IngestSummary, ingest_documents, run_later_stages
from crosswire.store import Store
from crosswire.stories.stage import partition

SHOWN = 50  # differences listed per kind; the counts are always whole


@dataclass(slots=True)
class StoreDiff:
    """Differences of store B from store A, one line each, by kind; ``counts`` has every kind's total."""

    articles: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    comparisons: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def equal(self) -> bool:
        return not any(self.counts.values())

    def add(self, kind: str, line: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        shown: list[str] = getattr(self, kind)
        if len(shown) < SHOWN:
            shown.append(line)

    def to_dict(self) -> dict[str, Any]:
        return {
            "equal": self.equal,
            "counts": dict(self.counts),
            "articles": list(self.articles),
            "facts": list(self.facts),
            "stories": list(self.stories),
            "comparisons": list(self.comparisons),
        }


def diff_stores(a: Store, b: Store) -> StoreDiff:
    """Every difference of ``b`` from ``a`` (see the module docstring for what is compared)."""
    diff = StoreDiff(counts={"articles": 0, "facts": 0, "stories": 0, "comparisons": 0})
    _articles(a, b, diff)
    _facts(a, b, diff)
    _stories(a, b, diff)
    _comparisons(a, b, diff)
    return diff


def _articles(a: Store, b: Store, diff: StoreDiff) -> None:
    ids_a, ids_b = a.article_ids(), b.article_ids()
    for aid in sorted(set(ids_a) - set(ids_b)):
        diff.add("articles", f"article {aid} only in the first store")
    for aid in sorted(set(ids_b) - set(ids_a)):
        diff.add("articles", f"article {aid} only in the second store")
    common = set(ids_a) & set(ids_b)
    if [i for i in ids_a if i in common] != [i for i in ids_b if i in common]:
        diff.add("articles", "the articles are stored in another order")
    for aid in sorted(common):
        x, y = a.get_article(aid), b.get_article(aid)
        if x is not None and y is not None and to_dict(x) != to_dict(y):
            fields = sorted(k for k, v in to_dict(x).items() if to_dict(y).get(k) != v)
            diff.add("articles", f"article {aid} differs in {', '.join(fields)}")


def _facts(a: Store, b: Store, diff: StoreDiff) -> None:
    for aid in sorted(set(a.article_ids()) & set(b.article_ids())):
        x, y = a.get_facts(aid), b.get_facts(aid)
        if x != y:
            what = "missing in one store" if x is None or y is None else _keys_differing(x, y)
            diff.add("facts", f"facts of {aid}: {what}")


def _stories(a: Store, b: Store, diff: StoreDiff) -> None:
    (sa, ca), (sb, cb) = partition(a), partition(b)
    for sid in sorted(set(sa) | set(sb)):
        x, y = sa.get(sid), sb.get(sid)
        if x != y:
            shown = "missing in one store" if x is None or y is None else f"articles {_moved(x, y)}"
            diff.add("stories", f"story {sid}: {shown}")
    for aid in sorted(set(ca) & set(cb)):
        if ca[aid] != cb[aid]:
            diff.add("stories", f"article {aid} is a copy of {ca[aid]} in the first store, of {cb[aid]} in the second")
    rows_a = {r.id: r for r in a.story_rows()}
    for r in b.story_rows():
        other = rows_a.get(r.id)
        if other is not None and other != r:
            diff.add("stories", f"story {r.id}: title or days differ ({other[1:]} / {r[1:]})")


def _moved(x: frozenset[str], y: frozenset[str]) -> str:
    only_a, only_b = sorted(x - y), sorted(y - x)
    return f"only in the first: {', '.join(only_a) or '-'}; only in the second: {', '.join(only_b) or '-'}"


def _comparisons(a: Store, b: Store, diff: StoreDiff) -> None:
    for sid in sorted(set(a.story_ids()) | set(b.story_ids())):
        x, y = a.stored_comparison(sid), b.stored_comparison(sid)
        if x != y:
            what = "missing in one store" if x is None or y is None else _keys_differing(x, y)
            diff.add("comparisons", f"comparison of {sid}: {what}")


def _keys_differing(x: dict[str, Any], y: dict[str, Any]) -> str:
    def text(d: dict[str, Any], k: str) -> str:
        return json.dumps(d.get(k), sort_keys=True)

    return "differs in " + ", ".join(sorted(k for k in set(x) | set(y) if text(x, k) != text(y, k)))


def local_store(path: Path, inputs: Sequence[str], *, facts: bool = True, compare: bool = True) -> IngestSummary:
    """``crosswire ingest`` of ``inputs`` into a new store at ``path``: the local path a batch is checked
    against."""
    with Store(path) as store:
        summary = ingest_documents(store, read_paths(inputs))
        run_later_stages(store, summary, facts=facts, compare=compare)
    return summary


def rerun_locally(source: Store, path: Path, *, facts: bool = True, compare: bool = True) -> None:
    """The articles of ``source``, in their order, into a new store at ``path``, then the local stages on
    them as ``crosswire ingest`` runs them."""
    with Store(path) as store:
        ids = source.article_ids()
        for i in range(0, len(ids), 500):
            with store.transaction():
                store.put_rows(source.shard_rows("articles", ids[i : i + 500], ("articles",)))
        run_later_stages(store, IngestSummary(article_ids=ids), facts=facts, compare=compare)
