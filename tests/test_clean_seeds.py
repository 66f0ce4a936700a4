"""The text cleaner on the two seed pages, line by line against the human gold labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.model import Article, RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "seeds-cleaning.json"

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="../shared (seeds and gold) not present")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _gold_articles() -> list[dict]:
    return json.loads(GOLD.read_text("utf-8"))["articles"] if GOLD.exists() else []


def _clean(entry: dict) -> Article:
    text = (SHARED / "seeds" / entry["file"]).read_text("utf-8")
    return clean_document(RawDocument(source=entry["file"], kind="text", content=text, content_type="text"))


@pytest.fixture(scope="module", params=_gold_articles(), ids=lambda e: e["file"])
def case(request) -> tuple[dict, Article]:
    return request.param, _clean(request.param)


def _lines(entry: dict, label: str) -> list[dict]:
    return [ln for ln in entry["lines"] if ln["label"] == label]


def test_body_is_exactly_the_gold_body_in_order(case):
    entry, article = case
    assert article.paragraphs == [_norm(ln["text"]) for ln in _lines(entry, "body")]


def test_subheadings_kept_in_place_and_marked(case):
    entry, article = case
    gold = [_norm(ln["text"]) for ln in _lines(entry, "subheading")]
    assert article.subheadings == gold
    order = [_norm(ln["text"]) for ln in entry["lines"] if ln["label"] in ("body", "subheading")]
    assert [b.text for b in article.blocks] == order


def test_no_boilerplate_caption_or_credit_in_body(case):
    entry, article = case
    body = article.body
    for ln in entry["lines"]:
        if ln["label"] in ("boilerplate", "caption", "credit", "title"):
            assert _norm(ln["text"]) not in [b.text for b in article.blocks]
            if len(ln["text"].split()) >= 4 and ln["label"] != "caption":
                assert _norm(ln["text"]) not in body


def test_every_dropped_line_is_audited_with_its_line_number(case):
    entry, article = case
    removed = {r.line: r for r in article.removed}
    for ln in entry["lines"]:
        if ln["label"] in ("boilerplate", "caption", "credit"):
            assert ln["line"] in removed, ln
            assert removed[ln["line"]].reason
    for ln in _lines(entry, "boilerplate"):
        assert removed[ln["line"]].reason not in ("caption", "duplicate caption", "credit")


def test_each_distinct_caption_once_apart_from_body(case):
    entry, article = case
    assert len(article.captions) == entry["distinct_captions"]
    for caption in article.captions:
        assert caption.text not in article.paragraphs
        assert "story.lead_photo" not in caption.text
        assert caption.credit  # every seed caption carries a photo credit


def test_credits_recognised(case):
    entry, article = case
    assert [_norm(ln["text"]) for ln in _lines(entry, "credit")] == article.credits
    if entry.get("contributors"):
        assert article.contributors == entry["contributors"]


def test_metadata_as_gold(case):
    entry, article = case
    assert article.outlet == entry["outlet"]
    assert article.agency == entry["agency"]
    assert article.dateline == entry["dateline"]
    assert article.published == entry["published"]
    assert article.language == "en"
    if entry["title"]:
        assert article.title == entry["title"]
    else:
        # the page shows no headline; an inferred title must not be a body line
        assert article.title is None or article.title not in article.paragraphs


def test_photo_credits_split_off():
    by_file = {e["file"]: _clean(e) for e in _gold_articles()}
    france24 = by_file["000_f1b319162d563aac.txt"]
    assert france24.captions[0].credit == "© Andrei Stasevich Belta, AFP"
    assert france24.captions[0].text.endswith("September 14, 2020.")
    adg = by_file["003_cd5b3277426a292d.txt"]
    credits = {c.credit for c in adg.captions}
    assert {"(TUT.by via AP)", "(AP Photo)"} <= credits
    assert adg.captions[0].text.startswith("A woman wearing white")
