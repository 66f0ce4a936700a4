"""Unit checks of the facts stage's parts, and its store and CLI wiring."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from crosswire.facts import FACTS_VERSION, ArticleFacts, extract_facts, link_entities, update_store
from crosswire.facts.cli import facts_command
from crosswire.facts.dates import is_duration, resolve
from crosswire.facts.numbers import read_number
from crosswire.facts.quotes import find_quote_spans
from crosswire.facts.records import Entity
from crosswire.model import Article, Block
from crosswire.store import Store


def article(aid: str, paragraphs: list[str], language: str | None = "en", published: str | None = "2021-05-07"):
    return Article(
        id=aid,
        source=aid,
        content_hash=aid,
        blocks=[Block("paragraph", p) for p in paragraphs],
        language=language,
        published=published,
    )


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier", "currency"),
    [
        ("$1.5 billion", 1_500_000_000, None, None, None, "USD"),
        ("nearly 7,000", 7000, None, None, "nearly", None),
        ("tens of thousands", None, 10_000, 100_000, "tens of thousands", None),
        ("an estimated 150,000", 150_000, None, None, "an estimated", None),
        ("twenty-five", 25, None, None, None, None),
        ("between 1.5 and 2 billion", None, 1_500_000_000, 2_000_000_000, None, None),
        ("€20m", 20_000_000, None, None, None, "EUR"),
        ("hundreds", None, 100, 1000, "hundreds", None),
    ],
)
def test_read_number(text, value, low, high, qualifier, currency):
    r = read_number(text)
    assert (r.value, r.low, r.high, r.qualifier, r.currency) == (value, low, high, qualifier, currency)
    assert r.exact == (value is not None and qualifier is None)


def test_read_number_rejects_words():
    assert read_number("the talks") is None


def test_relative_dates():
    monday = date(2020, 9, 14)
    assert resolve("Monday", monday)[0] == "2020-09-14"
    assert resolve("on Sunday", monday)[0] == "2020-09-13"
    assert resolve("Friday", monday, "will")[0] == "2020-09-18"
    assert resolve("last month", monday)[:2] == ("2020-08", "month")
    assert resolve("Aug. 9", monday)[0] == "2020-08-09"
    assert resolve("Feb. 15, 2019", monday)[:3] == ("2019-02-15", "day", False)
    assert resolve("recent weeks", monday)[0] is None
    assert resolve("Monday", None)[0] is None
    assert is_duration("26 years") and is_duration("66-year-old") and not is_duration("Sunday")


def test_quote_marks_and_apostrophes():
    text = "He pointed at drills near Belarus' borders and said it was \u2018a provocation\u2019 by the West."
    spans = find_quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["a provocation"]
    text = "Officials' statements differ; the minister's aide said: \"We don't know yet."
    assert [text[s:e] for s, e in find_quote_spans(text)] == ["We don't know yet."]
    assert find_quote_spans("The Smiths' house and James' car.") == []


def test_other_languages_are_read_unreadable_ones_skipped_and_empty_body_gives_empty_facts():
    de = article("de1", ["Die Regierung hat am Montag neue Ma\u00dfnahmen beschlossen."], language="de")
    tr = article(
        "tr1", ["H\u00fck\u00fcmet pazartesi g\u00fcn\u00fc yeni \u00f6nlemler a\u00e7\u0131klad\u0131."], language="tr"
    )
    empty = article("empty", [], language="en")
    undetected = article(
        "auto", ["Le gouvernement a annonc\u00e9 lundi de nouvelles mesures contre la crise."], language=None
    )
    out = extract_facts([de, empty, undetected, tr])
    assert [f.article for f in out] == ["de1", "empty", "auto", "tr1"]
    assert out[0].skipped is None and out[0].language == "de" and out[0].claims  # the language-light tier
    assert out[1].skipped is None and out[1].to_dict()["quotes"] == []
    assert out[2].language == "fr" and out[2].skipped is None and out[2].claims  # the French front-end
    assert out[3].skipped and "'tr'" in out[3].skipped and out[3].entities == []  # no front-end reads it


def test_she_said_after_a_named_woman_and_partial_quote():
    a = article(
        "q1",
        [
            'Health minister Anna Berg defended the plan on Thursday, calling it "the only responsible choice."',
            '"We cannot wait for another winter," she said.',
        ],
    )
    f = extract_facts([a])[0]
    quotes = {q.text: q for q in f.quotes if q.kind != "reported"}
    assert quotes["the only responsible choice."].kind == "partial"
    direct = quotes["We cannot wait for another winter"]  # the comma inside the marks is the sentence's
    assert direct.kind == "direct" and direct.speaker_name == "Anna Berg" and direct.verb == "say"
    assert a.body[direct.speaker_start : direct.speaker_end] == "she"
    assert {d.text: d.value for d in f.dates}["Thursday"] == "2021-05-06"


def test_link_entities_keeps_namesakes_apart():
    def facts(aid, *names):
        return ArticleFacts(aid, entities=[Entity(f"e{i}", n, "person") for i, n in enumerate(names)])

    a = facts("a", "Joe Biden", "Yulia Tymoshenko")
    b = facts("b", "Hunter Biden", "Yuliya Tymoshenko", "Biden")
    links = link_entities([a, b])
    assert links[("a", "e0")] != links[("b", "e0")]
    assert links[("a", "e1")] == links[("b", "e1")]
    # A bare surname is ambiguous between two Bidens and stays on its own.
    assert links[("b", "e2")] not in (links[("a", "e0")], links[("b", "e0")])
    orgs = link_entities(
        [
            ArticleFacts("x", entities=[Entity("e1", "EU", "organisation")]),
            ArticleFacts(
                "y", entities=[Entity("e1", "European Union", "organisation"), Entity("e2", "NATO", "organisation")]
            ),
        ]
    )
    assert orgs[("x", "e1")] == orgs[("y", "e1")] != orgs[("y", "e2")]


def test_update_store_and_cli(tmp_path):
    db = tmp_path / "x.db"
    a = article("storeart1", ["Mayor Lena Fischer said on Friday that 1,200 homes were flooded in Dresden."])
    with Store(db) as store:
        with store.transaction():
            store.add_article(a)
        assert update_store(store).written == 1
        saved = store.get_facts("storeart1")
        assert saved["article"] == "storeart1" and saved["figures"][0]["value"] == 1200
        assert store.articles_without_facts(FACTS_VERSION) == []
        assert update_store(store).written == 0
    app = typer.Typer()
    app.command()(facts_command)
    runner = CliRunner()
    res = runner.invoke(app, ["storeart", "--json", "--db", str(db)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["article"] == "storeart1" and any(e["name"] == "Lena Fischer" for e in data["entities"])
    res = runner.invoke(app, ["no-such-thing", "--db", str(db)])
    assert res.exit_code == 1
    path = tmp_path / "story.txt"
    path.write_text("Police said 40 people were detained in Oslo on Saturday.\n", encoding="utf-8")
    res = runner.invoke(app, [str(path), "--db", str(db)])
    assert res.exit_code == 0 and "Figures" in res.output


def test_two_processes_give_the_same_facts():
    arts = [article(f"p{i}", [f"Officials said {i + 2} people were hurt in Lyon on Tuesday."]) for i in range(6)]
    one = [f.to_dict() for f in extract_facts(arts)]
    two = [f.to_dict() for f in extract_facts(arts, n_process=2)]
    assert one == two


def test_fast_pos_matches_the_models_own_rules():
    import spacy

    from crosswire.facts import fastpos
    from crosswire.facts.nlp import MODEL_NAMES, get_nlp

    fixtures = json.loads((Path(__file__).parent / "fixtures" / "facts" / "articles.json").read_text(encoding="utf-8"))
    texts = [p for a in fixtures["articles"] for p in a["paragraphs"]]
    texts.append("There are two ways. He'd said they're sure it's done; having hoped, she wasn't getting any.")
    full = None
    for name in MODEL_NAMES:
        try:
            full = spacy.load(name)
            break
        except OSError:
            continue
    fast = get_nlp()
    assert "lemmatizer" not in fast.pipe_names
    verbs, same = 0, 0
    for a, b in zip(full.pipe(texts), fast.pipe(texts), strict=True):
        assert [t.pos_ for t in a] == [t.pos_ for t in b]
        assert [(e.text, e.label_) for e in a.ents] == [(e.text, e.label_) for e in b.ents]
        for x, y in zip(a, b, strict=True):
            if x.pos_ in ("VERB", "AUX"):
                verbs += 1
                same += fastpos.lemma(y) == x.lemma_.lower()
    # The differences are the model's own slips ("hoping" -> "hop", "’s" -> "’"), which the tables fix.
    assert same / verbs >= 0.9, (same, verbs)
    assert fastpos.lemma(next(t for t in fast("She was hoping.") if t.lower_ == "hoping")) == "hope"


def test_vague_counts_and_money_in_sentences():
    a = article(
        "m1",
        [
            "Hundreds of people gathered outside parliament. Dozens of police officers were injured.",
            "Several hundred protesters were detained, police said. The fine was 5,000 euros.",
        ],
    )
    figs = {g.text: g for g in extract_facts([a])[0].figures}
    assert (figs["Hundreds"].low, figs["Hundreds"].high, figs["Hundreds"].counted) == (100, 1000, "people")
    assert figs["Dozens"].counted == "officers" and not figs["Dozens"].exact
    several = figs["Several hundred"]
    assert (several.low, several.high, several.counted, several.attribution) == (
        300,
        900,
        "protesters detained",
        "police",
    )
    fine = figs["5,000 euros"]
    assert (fine.type, fine.value, fine.currency, fine.counted) == ("money", 5000, "EUR", "fine")
