"""A relative time right after a figure ("last year", "next week", "yesterday", "im vergangenen Jahr", "lo scorso
anno", "w zeszłym roku") is the value's time, never the noun the figure counts: a single-source figure was
labelled "Last (2025): $4.2 million" (clean11; every text here is invented)."""

from __future__ import annotations

import json

import pytest

from crosswire.compare import compare_articles
from crosswire.compare.figures.slots import _concept
from crosswire.compare.records import FigureItem
from crosswire.pipeline import ingest_paths
from crosswire.store import Store


@pytest.mark.parametrize(
    ("after", "noun"),
    [
        ("last year , the studio said", None),
        ("next week", None),
        ("yesterday , police said", None),
        ("vergangenen jahr ein", None),
        ("scorso anno", None),
        ("zeszłym roku", None),
        ("ayer , según la policía", None),
        # a time noun right after the number is what it counts
        ("years in prison", "years"),
        ("days of rain", "days"),
        ("visitors last year", "visitors"),
    ],
)
def test_a_relative_time_after_a_figure_is_no_counted_noun(after: str, noun: str | None) -> None:
    assert _concept(after.split(), [], None)[1] == noun


def test_a_single_source_amount_last_year_is_no_last(tmp_path) -> None:
    texts = [
        "The Varrow film festival opened on Saturday. Its opening film brought in $4.2 million last year, the "
        "studio said. The festival will run until Sunday, organisers said.",
        "The Varrow film festival opened on Saturday with a record crowd, organisers said.",
    ]
    rows = [{"id": f"t{i}", "outlet": f"Outlet {i}", "published": "2026-11-24", "text": t} for i, t in enumerate(texts)]
    path = tmp_path / "time.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(tmp_path / "t.db") as store:
        ingest_paths(store, [path], stories=False)
        comparison = compare_articles(store, [r["id"] for r in rows])
    items = [
        it
        for it in (*comparison.agreed, *comparison.conflicts, *comparison.single_source)
        if isinstance(it, FigureItem)
    ]
    labels = {it.slot.counted for it in items if any(v.text == "$4.2 million" for v in it.values)}
    assert labels and not any(label.lower().startswith("last") for label in labels), labels
