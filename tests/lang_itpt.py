"""Shared helpers of the Italian and Portuguese tests: our own invented event (a festival footbridge collapse in
the invented town of Castelvero) reported in Italian, Portuguese and English by invented outlets
(``tests/fixtures/lang_itpt/castelvero.jsonl``), cleaned, read and compared."""

from __future__ import annotations

import json
from pathlib import Path

from crosswire.clean import clean_document
from crosswire.compare import compare_story
from crosswire.compare.records import Comparison
from crosswire.facts.languages import extract_article
from crosswire.facts.records import ArticleFacts
from crosswire.model import Article, Block, RawDocument
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from crosswire.stories import list_stories, place_articles

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "lang_itpt"


PUBLISHED = "2026-09-15"  # a Tuesday


def clean(page: str) -> tuple[Article, ArticleFacts]:
    """``page`` (a title line, then the page's lines) cleaned as a plain-text page, then read in the language
    the cleaner detected."""
    article = clean_document(RawDocument(source="test", kind="text", content=page, content_type="text"))
    article.published = PUBLISHED
    return article, extract_article(article, article.language or "")


def read(text: str, language: str) -> ArticleFacts:
    """The facts of ``text`` (one paragraph of an article published on :data:`PUBLISHED`) in ``language``."""
    article = Article(
        id=language, source=language, content_hash=language + text, language=language, published=PUBLISHED,
        blocks=[Block("paragraph", text)],
    )  # fmt: skip
    return extract_article(article, language)


def compare_event(tmp: Path) -> tuple[Comparison, list[list[str]]]:
    """The three articles ingested, placed into stories and the story compared; also every story's article ids."""
    with Store(tmp / "itpt.db") as store:
        ingest_paths(store, [FIXTURES], stories=False)
        place_articles(store, store.article_ids())
        stories = list_stories(store)
        groups = [sorted(a.id for a in s.articles) for s in stories]
        comparison = compare_story(store, stories[0].id)
    assert comparison is not None
    return comparison, groups


def evidence(item: object) -> list[str]:
    return [ev.text for ev in getattr(item, "evidence", [])]


def article_text(article_id: str) -> str:
    for line in (FIXTURES / "castelvero.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == article_id:
            return str(row["text"])
    raise KeyError(article_id)
