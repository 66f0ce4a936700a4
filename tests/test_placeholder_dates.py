"""Placeholder publication dates ("0001-01-01T00:00:00" in a CMS's JSON-LD, a zero Unix timestamp) are not
dates: the cleaner drops them, and the later stages survive one that reaches the store by another road."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.clean.published import plausible_published
from crosswire.ingest import read_paths
from crosswire.pipeline import ingest_documents, run_later_stages
from crosswire.store import Store

BODY = (
    "<p>The harbour authority of Port Selwyn closed the eastern quay on Thursday after a crane collapsed onto "
    "a cargo ship, injuring three dock workers, the authority said in a statement.</p>"
    "<p>Engineers will inspect the remaining cranes on Friday, and the quay is expected to reopen next week, "
    "harbour master Ellen Okafor told reporters at the gate.</p>"
    "<p>More than 40 ships use the quay each month, according to figures published by the port last year.</p>"
)


def _page(date_published: str, meta_date: str | None = None) -> str:
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Crane collapses",
            "datePublished": date_published,
        }
    )
    meta = f'<meta name="date" content="{meta_date}">' if meta_date else ""
    return (
        f'<html><head><title>Crane collapses</title><script type="application/ld+json">{ld}</script>{meta}'
        f"</head><body><article><h1>Crane collapses at Port Selwyn</h1>{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("0001-01-01T00:00:00+00:00", False),
        ("0001-01-01", False),
        ("1970-01-01T00:00:00Z", False),
        ("9999-12-31", False),
        ("1970-01-01", True),  # a day alone may be real (an archive page)
        ("1912-04-15", True),
        ("2020-09-14T18:05:00+03:00", True),
        ("not a date", False),
    ],
)
def test_plausible_published(value: str, kept: bool) -> None:
    assert (plausible_published(value) == value) is kept


def test_html_placeholder_date_falls_back_to_the_page(tmp_path: Path) -> None:
    page = tmp_path / "crane.html"
    page.write_text(_page("0001-01-01T00:00:00", meta_date=None), encoding="utf-8")
    (doc,) = list(read_paths([page]))
    article = clean_document(doc)
    assert article.published is None or not article.published.startswith("0001")
    page.write_text(_page("0001-01-01T00:00:00", meta_date="2024-03-07"), encoding="utf-8")
    (doc,) = list(read_paths([page]))
    assert clean_document(doc).published == "2024-03-07"  # the next source of a date is asked


def test_jsonl_placeholder_date_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps(
            {"id": "crane-1", "published": "0001-01-01T00:00:00Z", "outlet": "Selwyn Post", "html": _page("2024-03-07")}
        )
        + "\n",
        encoding="utf-8",
    )
    (doc,) = list(read_paths([path]))
    assert clean_document(doc).published == "2024-03-07"  # the page's own date, not the placeholder


def test_stages_survive_a_stored_placeholder_date(tmp_path: Path) -> None:
    """An article stored with year 1 (an older store, an export edited by hand) still gets facts, a story
    and a comparison; its relative dates simply stay unresolved."""
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": f"crane-{i}", "outlet": outlet, "html": _page("2024-03-07")}
        for i, outlet in enumerate(["Selwyn Post", "Harbour Daily"])
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(tmp_path / "cw.db") as store:
        summary = ingest_documents(store, read_paths([path]))
        store.conn.execute("UPDATE articles SET published = '0001-01-01T00:00:00+00:00' WHERE id = 'crane-0'")
        (data,) = store.conn.execute("SELECT data FROM articles WHERE id = 'crane-0'").fetchone()
        record = json.loads(data)
        record["published"] = "0001-01-01T00:00:00+00:00"
        store.conn.execute("UPDATE articles SET data = ? WHERE id = 'crane-0'", (json.dumps(record),))
        store.conn.commit()
        assert store.get_article("crane-0").published.startswith("0001")
        run_later_stages(store, summary, compare=True)
        assert summary.story_ids
        facts = store.get_facts("crane-0")
        assert facts is not None and facts["figures"] and facts["entities"]
        assert store.conn.execute("SELECT COUNT(*) FROM comparisons").fetchone()[0] == len(summary.story_ids)
