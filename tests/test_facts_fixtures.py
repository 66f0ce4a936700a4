"""The facts stage on short articles written for these tests, in other house styles than the seeds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from crosswire.facts import ArticleFacts, extract_facts, link_entities
from crosswire.model import Article, Block

FIXTURES = Path(__file__).parent / "fixtures" / "facts" / "articles.json"


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.replace("\u2019", "'").lower())


@pytest.fixture(scope="module")
def cases():
    data = json.loads(FIXTURES.read_text(encoding="utf-8"))["articles"]
    articles = [
        Article(
            id=a["id"],
            source=a["id"],
            content_hash=a["id"],
            title=a["title"],
            published=a["published"],
            language="en",
            blocks=[Block("paragraph", p) for p in a["paragraphs"]],
        )
        for a in data
    ]
    facts = extract_facts(articles)
    return [(d, a, f) for d, a, f in zip(data, articles, facts, strict=True)]


def by_name(f: ArticleFacts, name: str):
    return next((e for e in f.entities if e.name == name), None)


def test_spans_are_verbatim(cases):
    for _d, article, f in cases:
        body = article.body
        for item in [*f.quotes, *f.figures, *f.dates]:
            assert body[item.start : item.end] == item.text
        for e in f.entities:
            for m in e.mentions:
                assert body[m.start : m.end] == m.text


def test_people_and_within_article_links(cases):
    for d, _article, f in cases:
        gold = d["gold"]
        people = {e.name for e in f.entities if e.type == "person"}
        assert set(gold["persons"]) <= people, (d["id"], people)
        assert len(people) == len(gold["persons"]), (d["id"], people)
        for full, other in gold.get("same_entity", []):
            ent = by_name(f, full)
            mention_words = {" ".join(words(m.text)) for m in ent.mentions}
            assert " ".join(words(other)) in mention_words or words(other)[-1] in mention_words, (full, other)
        for place in gold.get("places", []):
            assert any(e.type == "place" and e.name.lower() == place.lower() for e in f.entities), place


def test_quotes_with_speakers(cases):
    correct = found = required = 0
    for d, _article, f in cases:
        quotes = [q for q in f.quotes if q.kind in ("direct", "partial")]
        found += len(quotes)
        required += len(d["gold"]["quotes"])
        for g in d["gold"]["quotes"]:
            gw = words(g["first_words"])
            hit = [q for q in quotes if words(q.text)[: len(gw)] == gw]
            if hit and hit[0].speaker_name and g["speaker"].lower() in hit[0].speaker_name.lower():
                correct += 1
    print(f"fixture quotes: precision {correct / found:.2f} recall {correct / required:.2f}")
    assert correct / found >= 0.9 and correct / required >= 0.9


def test_figures(cases):
    for d, _article, f in cases:
        for g in d["gold"]["figures"]:
            hits = [x for x in f.figures if x.text.lower() == g["text"].lower()]
            assert hits, (d["id"], g["text"], [x.text for x in f.figures])
            x = hits[0]
            for key in ("value", "low", "high", "currency", "qualifier", "type"):
                if key in g:
                    assert getattr(x, key) == g[key], (d["id"], g["text"], key, getattr(x, key))
            if "counted" in g:
                assert x.counted and g["counted"] in x.counted, (d["id"], g["text"], x.counted)


def test_dates(cases):
    for d, _article, f in cases:
        got = {x.text: x.value for x in f.dates}
        for g in d["gold"]["dates"]:
            assert got.get(g["text"]) == g["value"], (d["id"], g["text"], got)


def test_gender_from_honorific_resolves_she(cases):
    _d, _article, f = next(c for c in cases if c[0]["id"] == "fx-harbour")
    assert by_name(f, "Margaret Ellison").gender == "female"
    assert by_name(f, "David Okafor").gender == "male"


def test_cross_article_links_transliteration_and_namesakes(cases):
    storm = {d["id"]: f for d, _a, f in cases if d["id"].startswith("fx-storm")}
    links = link_entities(list(storm.values()))
    a, b = storm["fx-storm-a"], storm["fx-storm-b"]
    assert (
        links[("fx-storm-a", by_name(a, "Aleksandr Volkov").id)]
        == links[("fx-storm-b", by_name(b, "Alexander Volkov").id)]
    )
    assert links[("fx-storm-a", by_name(a, "Dmitri Markov").id)] != links[("fx-storm-b", by_name(b, "Pavel Markov").id)]
    lviv = {links[(f.article, e.id)] for f in (a, b) for e in f.entities if e.name.lower() == "lviv"}
    assert len(lviv) == 1
