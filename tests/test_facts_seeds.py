"""The facts stage on the two seed articles (third-party text read from ../shared, never copied here)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.facts import ArticleFacts, extract_facts, link_entities
from crosswire.model import RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = Path(__file__).parent / "fixtures" / "facts" / "seed-quotes.json"
AFP, AP = "000_f1b319162d563aac.txt", "003_cd5b3277426a292d.txt"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not present")


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.replace("\u2019", "'").lower())


@pytest.fixture(scope="module")
def seeds():
    articles = {}
    for name in (AFP, AP):
        path = SEEDS / name
        raw = RawDocument(source=str(path), kind="text", content=path.read_text(encoding="utf-8"), content_type="text")
        article = clean_document(raw)
        article.published = article.published or "2020-09-14"
        articles[name] = article
    facts = extract_facts(list(articles.values()))
    return articles, dict(zip(articles, facts, strict=True))


def person(f: ArticleFacts, surname: str):
    hits = [e for e in f.entities if e.type == "person" and e.name.split()[-1] == surname]
    assert len(hits) == 1, (surname, [e.name for e in f.entities if e.type == "person"])
    return hits[0]


def test_every_span_is_verbatim_evidence(seeds):
    articles, facts = seeds
    for name, f in facts.items():
        body = articles[name].body
        for e in f.entities:
            for m in e.mentions:
                assert body[m.start : m.end] == m.text
                assert m.sentence_start <= m.start < m.end <= m.sentence_end
        for item in [*f.quotes, *f.figures, *f.dates]:
            assert body[item.start : item.end] == item.text
            assert item.sentence_start <= item.start and item.end <= item.sentence_end
        json.dumps(f.to_dict())


def test_opposition_leader_spellings_link_and_leaders_stay_apart(seeds):
    _articles, facts = seeds
    links = link_entities(list(facts.values()))
    afp, ap = facts[AFP], facts[AP]
    tik = links[(afp.article, person(afp, "Tikhanovskaya").id)]
    tsi = links[(ap.article, person(ap, "Tsikhanouskaya").id)]
    assert tik == tsi
    ids = {
        links[(afp.article, person(afp, "Putin").id)],
        links[(afp.article, person(afp, "Lukashenko").id)],
        links[(ap.article, person(ap, "Peskov").id)],
        links[(afp.article, person(afp, "Bachelet").id)],
        tik,
    }
    assert len(ids) == 5
    assert links[(afp.article, person(afp, "Putin").id)] == links[(ap.article, person(ap, "Putin").id)]
    assert links[(afp.article, person(afp, "Lukashenko").id)] == links[(ap.article, person(ap, "Lukashenko").id)]


def test_title_references_join_the_person(seeds):
    _articles, facts = seeds
    afp = facts[AFP]
    putin, luka = person(afp, "Putin"), person(afp, "Lukashenko")
    putin_refs = {m.text.lower() for m in putin.mentions if m.kind == "title"}
    luka_refs = {m.text.lower() for m in luka.mentions if m.kind == "title"}
    assert "the russian president" in putin_refs and "the russian leader" in putin_refs
    assert "the belarusian leader" in luka_refs
    assert any(m.kind == "surname" and m.text == "Putin" for m in putin.mentions)


def test_places(seeds):
    _articles, facts = seeds
    for f in facts.values():
        types = {e.name: e.type for e in f.entities}
        assert types.get("Sochi") == "place"
        assert types.get("Minsk") == "place"
        assert not any(e.type == "person" and "riot" in e.name.lower() for e in f.entities)


def score_quotes(f: ArticleFacts, gold: list[dict]) -> tuple[int, int, int]:
    """(correct, found, required): a found direct/partial quote is correct when its first words and speaker
    match a gold entry; optional gold entries are ignored either way."""
    found = [q for q in f.quotes if q.kind in ("direct", "partial")]
    required = [g for g in gold if not g.get("optional")]
    correct, counted = 0, 0
    used = set()
    for q in found:
        qw = words(q.text)
        match = None
        for i, g in enumerate(gold):
            gw = words(g["first_words"])
            if i not in used and qw[: len(gw)] == gw:
                match = i
                break
        if match is not None and gold[match].get("optional"):
            used.add(match)
            continue
        counted += 1
        if match is None:
            continue
        used.add(match)
        want = gold[match]["speaker"]
        got = q.speaker_name
        if (want is None and got is None) or (want and got and want.lower() in got.lower()):
            correct += 1
    return correct, counted, len(required)


def test_seed_quotes_precision_recall(seeds):
    _articles, facts = seeds
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    total = [0, 0, 0]
    for name in (AFP, AP):
        c, n, r = score_quotes(facts[name], gold[name])
        total = [total[0] + c, total[1] + n, total[2] + r]
    precision, recall = total[0] / max(1, total[1]), total[0] / max(1, total[2])
    print(
        f"seed quotes: precision {precision:.2f} recall {recall:.2f} "
        f"({total[0]} correct, {total[1]} found, {total[2]} gold)"
    )
    assert precision >= 0.85
    assert recall >= 0.85


def figure(f: ArticleFacts, text: str):
    hits = [g for g in f.figures if g.text.lower() == text.lower()]
    assert hits, (text, [g.text for g in f.figures])
    return hits[0]


def test_seed_figures(seeds):
    _articles, facts = seeds
    afp, ap = facts[AFP], facts[AP]
    for f in (afp, ap):
        loan = figure(f, "$1.5 billion")
        assert loan.value == 1_500_000_000 and loan.currency == "USD" and loan.type == "money"
    loans = [g for f in (afp, ap) for g in f.figures if g.counted == "loan"]
    assert len(loans) >= 2
    arrested = figure(ap, "774")
    assert arrested.value == 774 and arrested.counted == "people arrested" and arrested.exact
    assert arrested.attribution == "Interior Ministry" and arrested.place == "Minsk" and arrested.time == "2020-09-13"
    detained = figure(afp, "more than 500")
    assert (detained.value, detained.qualifier, detained.exact) == (500, "more than", False)
    assert detained.counted == "protesters detained"
    seven = figure(afp, "nearly 7,000")
    assert (seven.value, seven.qualifier, seven.counted) == (7000, "nearly", "people detained")
    crowd = figure(afp, "tens of thousands")
    assert crowd.value is None and (crowd.low, crowd.high) == (10_000, 100_000) and not crowd.exact
    est = figure(ap, "an estimated 150,000")
    assert (est.value, est.qualifier, est.counted) == (150_000, "an estimated", "people")
    pop = figure(afp, "around 9.5 million")
    assert (pop.value, pop.counted) == (9_500_000, "population")
    types = {g.text: g.type for g in ap.figures}
    assert types.get("66-year-old") == "age"
    assert types.get("four-hour") == "duration"


def test_seed_dates(seeds):
    _articles, facts = seeds
    for f in facts.values():
        values = {}
        for d in f.dates:
            values.setdefault(d.text, set()).add(d.value)
        assert values["Monday"] == {"2020-09-14"}
        assert values["Sunday"] == {"2020-09-13"}
        assert not any("year" in d.text for d in f.dates if re.search(r"\d+ years?$", d.text))
    afp_dates = {d.text: d.value for d in facts[AFP].dates}
    assert afp_dates["last month"] == "2020-08"
    assert afp_dates["August 9"] == "2020-08-09"


def test_seed_events_align_the_loan(seeds):
    _articles, facts = seeds
    ap_loan = [e for e in facts[AP].events if e.object and "loan" in e.object]
    assert any(e.verb == "provide" and e.subject == "Russia" and e.modal == "would" for e in ap_loan)
    afp_loan = [e for e in facts[AFP].events if (e.object and "loan" in e.object) or e.verb == "extend"]
    assert afp_loan
