"""Issue 13's "Must show" test: our own invented event in five languages (``examples/corpus``, the Orlovka
dam burst: Russian, English, Belarusian, German, French; its key is ``examples/expected.json``,
``cross_language``), ingested end to end and compared:

* one story in any order of arrival (also checked without facts in ``tests/test_stories_lang.py``);
* the planted conflicts found across languages (the toll: 3 in the Russian state outlet, at least 7 in the
  four others; homes flooded: 3,400 / 3.400 against more than 5 000);
* the mayor's name linked across scripts (Марина Дубовская, Марына Дубоўская, Maryna Dubouskaya, Marina
  Dubowskaja, Marina Doubovskaïa);
* her statement's Russian original linked to its translations, each shown in its own language and tagged
  with it (the Belarusian wording, which the sentence encoder does not cover, linked or listed as not
  compared);
* no false conflict from a locale number format (12,000 / 12.000 / 12 000 / 12 тысяч evacuated; 2.5 / 2,5
  metres);
* nothing unread.

It needs the language front-ends (Russian through ``natasha``, French through spaCy's French model, the
language-light tier for German and Belarusian), so it is skipped until the Russian extra is installed; with
the front-ends merged and installed it must pass.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from crosswire.compare import compare_story
from crosswire.compare.records import Comparison
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from crosswire.stories import list_stories, place_articles

pytest.importorskip("natasha", reason="the Russian language front-end (issue 13) is not installed")

REPO = Path(__file__).resolve().parents[1]
KEY = json.loads((REPO / "examples" / "expected.json").read_text(encoding="utf-8"))
CROSS = KEY["cross_language"]


def _covers(ev_texts: list[str], sentence: str) -> bool:
    # The cleaner turns no-break spaces ("5\u00a0000" in the French page) into plain ones in the body.
    sentence = " ".join(sentence.split())
    return any(sentence in t or t in sentence for t in (" ".join(t.split()) for t in ev_texts))


def _evidence_texts(item: object) -> list[str]:
    return [ev.text for ev in getattr(item, "evidence", [])]


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Comparison, dict[str, str]]:
    path = tmp_path_factory.mktemp("multilingual") / "ex.db"
    with Store(path) as store:
        ingest_paths(store, [REPO / "examples" / "corpus"], stories=False)
        by_title = {r["title"]: r["id"] for r in store.conn.execute("SELECT id, title FROM articles")}
        ids = {name: by_title[a["title"]] for name, a in KEY["articles"].items()}
        order = store.article_ids()
        random.Random(13).shuffle(order)
        place_articles(store, order)
        event = {ids[n] for n in KEY["events"][CROSS["event"]]["articles"]}
        (story,) = [s for s in list_stories(store) if {a.id for a in s.articles} & event]
        assert {a.id for a in story.articles} == event, "the five-language event is not one story of its own"
        comparison = compare_story(store, story.id)
    assert comparison is not None
    return comparison, ids


def test_every_article_is_read(compared: tuple[Comparison, dict[str, str]]) -> None:
    comparison, _ = compared
    assert comparison.unread == [], [(u.language, u.reason) for u in comparison.unread]
    assert sorted(a.language or "" for a in comparison.articles) == sorted(CROSS["languages"].values())


def test_planted_conflicts_found_across_languages(compared: tuple[Comparison, dict[str, str]]) -> None:
    comparison, _ = compared
    for planted in CROSS["conflicts"]:
        values = {side["value"] for side in planted["sides"]}
        hits = [
            c
            for c in comparison.conflicts
            if all(
                any(_covers(_evidence_texts(c), s["sentence"]) for s in planted["sides"] if s["value"] == v)
                for v in values
            )
        ]
        assert hits, f"conflict on {planted['slot']} not found"
        languages = {s["language"] for s in planted["sides"] if _covers(_evidence_texts(hits[0]), s["sentence"])}
        assert len(languages) >= 2, f"{planted['slot']}: found within one language only"


def test_no_false_conflict_from_locale_number_formats(compared: tuple[Comparison, dict[str, str]]) -> None:
    comparison, _ = compared
    for planted in CROSS["not_conflicts"]:
        for c in comparison.conflicts:
            n = sum(_covers(_evidence_texts(c), s["sentence"]) for s in planted["sides"])
            assert n < 2, f"false conflict on {planted['slot']}: {c.summary}"
    homes = next(p for p in CROSS["conflicts"] if p["slot"] == "homes flooded")
    en, de = (s["sentence"] for s in homes["sides"] if s["value"] == 3400)
    for c in comparison.conflicts:
        for side in getattr(c, "sides", []):
            texts = [ev.text for ev in side.evidence]
            assert _covers(texts, en) == _covers(texts, de) or not (
                _covers(_evidence_texts(c), en) and _covers(_evidence_texts(c), de)
            ), "3,400 and 3.400 are on opposite sides of a conflict"


def test_name_linked_across_scripts(compared: tuple[Comparison, dict[str, str]]) -> None:
    comparison, _ = compared
    forms = set(CROSS["name_variants"][0]["variants"])
    hits = [nv for nv in comparison.name_variants if {sp.text for sp in nv.spellings} & forms]
    assert len(hits) == 1, "the mayor's spellings are not one linked name"
    written = {sp.text for sp in hits[0].spellings}
    assert any(not t.isascii() for t in written) and any(t.isascii() for t in written), written
    assert len(written & forms) >= 3


def test_original_statement_linked_to_its_translations(compared: tuple[Comparison, dict[str, str]]) -> None:
    comparison, ids = compared
    planted = CROSS["quote_variants"][0]
    by_lang = {s["language"]: s for s in planted["sides"]}
    variants = [
        qv
        for qv in comparison.quote_variants
        if any(_covers(_evidence_texts(q), by_lang["ru"]["sentence"]) for q in qv.quotes)
    ]
    assert len(variants) == 1, "the Russian original is not linked to any translation"
    variant = variants[0]
    tagged = {q.language: q for q in variant.quotes}
    for lang in ("ru", "en", "de", "fr"):
        assert lang in tagged, f"the {lang} wording is not linked to the original"
        assert by_lang[lang]["quote"] in tagged[lang].text or tagged[lang].text in by_lang[lang]["sentence"]
        article = {ev.article for ev in tagged[lang].evidence}
        assert article == {ids[by_lang[lang]["article"]]}
    belarusian = [q for q in [*variant.quotes, *variant.not_compared] if q.language == "be"]
    assert len(belarusian) == 1, "the Belarusian wording is neither linked nor listed as not compared"


def test_one_figure_agreed_in_five_languages_is_one_item_citing_all_five(
    compared: tuple[Comparison, dict[str, str]],
) -> None:
    """12,000 evacuated, in five languages: one agreed item with every source's own sentence. The
    Belarusian sentence paired only with the Russian one had made a second item, and the first left the
    Belarusian source out."""
    comparison, _ = compared
    planted = CROSS["not_conflicts"][0]
    sentences = [s["sentence"] for s in planted["sides"]]
    items = [it for it in comparison.agreed if any(_covers(_evidence_texts(it), s) for s in sentences)]
    assert len(items) == 1, [it.summary for it in items]
    assert all(_covers(_evidence_texts(items[0]), s) for s in sentences)


def test_no_agreed_item_repeats_one_side_of_a_conflict(compared: tuple[Comparison, dict[str, str]]) -> None:
    """ "Mindestens 7 Menschen" and "Au moins 7 personnes" stand on one side of the toll conflict, which shows
    them agreeing with [2][3] too; listed again as agreed by [4][5] alone they read as two sources only."""
    comparison, _ = compared
    for it in comparison.agreed:
        at = {(ev.article, ev.start) for ev in it.evidence}
        for c in comparison.conflicts:
            for side in c.sides:
                assert not at <= {(ev.article, ev.start) for ev in side.evidence}, (it.summary, c.summary)


def test_the_brief_opens_with_the_event_the_articles_open_with(compared: tuple[Comparison, dict[str, str]]) -> None:
    """The dam burst, which four articles open with, leads the brief, not the evacuation figure that a fifth
    source's sentence joins deeper in the articles."""
    comparison, _ = compared
    lead = comparison.brief[0]
    # a source named with its own, different value ("Каровские вести gives the people killed as 3 [1]") is cited
    # for that value, wherever its article states it
    other_value = {clause.split(" gives ")[0].strip() for clause in lead.text.split("; ") if " gives " in clause}
    assert lead.evidence and all(ev.start < 200 for ev in lead.evidence if ev.outlet not in other_value), lead.text
    assert any(ev.outlet not in other_value for ev in lead.evidence), lead.text


def test_a_conflict_across_languages_is_labelled_as_the_key_names_it(
    compared: tuple[Comparison, dict[str, str]],
) -> None:
    """The label names what is counted in English, in the plural ("homes flooded"), never a concept id
    ("house"): an English side's counted phrase, or the concept's noun made plural."""
    comparison, _ = compared
    for planted in CROSS["conflicts"]:
        hits = [
            c for c in comparison.conflicts if any(_covers(_evidence_texts(c), s["sentence"]) for s in planted["sides"])
        ]
        assert hits, planted["slot"]
        assert getattr(hits[0], "measure", None) == planted["slot"], hits[0].summary
        assert hits[0].summary.lower().startswith(planted["slot"] + ":")


def test_the_brief_speaks_english_where_a_source_does(compared: tuple[Comparison, dict[str, str]]) -> None:
    """The brief is written in English: its lead is an English-language source's sentence when the lead
    event has one (the Russian source's sentence, first by source number, had opened it), and a person whose
    name the sources write in several scripts is named as an English-language source spells it."""
    comparison, _ = compared
    language = {a.id: a.language for a in comparison.articles}
    lead = comparison.brief[0]
    # the sentence the lead shows is an English source's; the others that state it are named after it ("...;
    # X and Y report it too [1][2]") and cited with their own sentences
    shown = [ev for ev in lead.evidence if lead.text.startswith(ev.text.rstrip(" ."))]
    assert shown and all(language[ev.article] == "en" for ev in shown), lead.text
    english = {
        sp.text
        for nv in comparison.name_variants
        for sp in nv.spellings
        if any(language[ev.article] == "en" for ev in sp.evidence)
    }
    named = [s.text for s in comparison.brief if "spelled differently" in s.text or "quoted in different" in s.text]
    assert named
    for text in named:
        head = text.split(" is spelled", 1)[0].removeprefix("The name ").split("'s words", 1)[0]
        assert head in english, (head, english)
