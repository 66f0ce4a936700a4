"""A place's name variants list place names only, each spelling in its base form, each credited only to the
sources whose own sentence (shown as evidence) writes it (crosswire.compare.names.place_variants). A new user's
"**Korvan** (place): Korvan [1][2][3][4], Korwanii [5]" named an adjective ("the Korvan mark") as the place, credited
it to three sources that write "Korvanie", "Korvanien" and "Korvania", and listed the Polish genitive "Korwanii".
Invented text in English, French, German, Spanish, Polish, Russian and Czech; facts are built by hand and read
back by the comparison's loader (no model runs)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from crosswire.compare.names import place_variants
from crosswire.compare.stage import _stored_rows, load_story_data
from crosswire.facts import FACTS_VERSION
from crosswire.facts.name_stems import place_nominative
from crosswire.facts.records import ArticleFacts, Entity, Mention
from crosswire.model import Article, Block
from crosswire.store import Store


def _story(tmp: Path, rows: list[tuple[str, str, str, list[str]]], sentence: tuple[int, int] | None = None):
    """Store each (id, language, body, place words) with one place entity per word at its first place, and load
    the story as a comparison reads it; ``sentence``, when given, is every mention's sentence span (a span that
    misses the name: a dateline's name given the next sentence)."""
    with Store(tmp / "cw.db") as store:
        with store.transaction():
            for aid, language, body, words in rows:
                art = Article(
                    id=aid,
                    source=f"{aid}.txt",
                    content_hash=hashlib.sha256(body.encode()).hexdigest(),
                    blocks=[Block(kind="paragraph", text=body)],
                    outlet=f"Outlet {aid}",
                    published="2026-12-02T12:00:00Z",
                    language=language,
                )
                store.add_article(art)
                text = art.body
                entities = []
                for i, w in enumerate(words, 1):
                    at = text.index(w)
                    s0, s1 = sentence or (0, len(text))
                    m = Mention(text=w, start=at, end=at + len(w), sentence_start=s0, sentence_end=s1)
                    entities.append(Entity(id=f"e{i}", name=w, type="place", mentions=[m]))
                facts = ArticleFacts(article=aid, language=language, entities=entities)
                store.put_facts(aid, facts.to_dict(), FACTS_VERSION)
        return load_story_data(store, _stored_rows(store, [r[0] for r in rows]))


ROWS = [
    (
        "a1",
        "en",
        "The central bank of Korvania raised its rate as the Korvan mark slid to a record low.",
        ["Korvania", "Korvan"],
    ),
    ("a2", "fr", "La banque centrale de Korvanie a relevé son taux directeur mercredi.", ["Korvanie"]),
    (
        "a3",
        "de",
        "Die Notenbank Korvaniens hob den Leitzins an; Korvanien steckt in der Krise.",
        ["Korvaniens", "Korvanien"],
    ),
    ("a4", "es", "El banco central de Korvania subió los tipos el miércoles.", ["Korvania"]),
    ("a5", "pl", "Bank centralny Korwanii podniósł w środę stopy procentowe.", ["Korwanii"]),
    ("a6", "ru", "Центральный банк Корвании повысил ключевую ставку.", ["Корвании"]),
]


@pytest.fixture(scope="module")
def variant(tmp_path_factory: pytest.TempPathFactory):
    data = _story(tmp_path_factory.mktemp("korvania"), ROWS)
    found = [v for v in place_variants(data) if v.type == "place"]
    assert len(found) == 1, found
    return data, found[0]


def test_an_adjective_of_the_place_is_no_spelling(variant) -> None:
    _data, v = variant
    assert "Korvan" not in {s.text for s in v.spellings}, v
    assert v.entity != "Korvan"


def test_each_spelling_in_its_base_form(variant) -> None:
    _data, v = variant
    texts = {s.text for s in v.spellings}
    assert {"Korwania", "Корвания", "Korvanien", "Korvanie", "Korvania"} <= texts, texts
    assert not texts & {"Korwanii", "Корвании", "Korvaniens"}, texts


def test_a_source_is_credited_only_with_what_it_writes(variant) -> None:
    data, v = variant
    by_text = {s.text: s for s in v.spellings}
    source = {aid: data.source_of[aid] for aid, *_ in ROWS}
    assert by_text["Korvania"].sources == sorted({source["a1"], source["a4"]})
    assert by_text["Korvanie"].sources == [source["a2"]]
    assert by_text["Korvanien"].sources == [source["a3"]]
    for s in v.spellings:  # every credited source is shown writing it (or, declined, its case form)
        shown = {data.source_of[ev.article] for ev in s.evidence}
        assert shown == set(s.sources), s
        stem = s.text[:-2]
        assert all(stem in ev.text for ev in s.evidence), s


@pytest.mark.parametrize(
    ("word", "language", "base"),
    [
        ("Korwanii", "pl", "Korwania"),
        ("Korwanię", "pl", "Korwania"),
        ("Walenji", "pl", "Walenja"),
        ("Корвании", "ru", "Корвания"),
        ("Корванией", "ru", "Корвания"),
        ("Корванії", "uk", "Корванія"),
        ("Korvánii", "cs", "Korvánie"),
        ("Korvania", "en", "Korvania"),
        ("Korvaniens", "de", "Korvanien"),  # the German genitive
        ("Ostrelands", "de", "Ostreland"),
        ("Dorvanie", "pl", "Dorvanie"),  # "-ie" is also the locative of "Warszawa": left as written
    ],
)
def test_place_nominative(word: str, language: str, base: str) -> None:
    assert place_nominative(word, language) == base


def test_a_source_whose_shown_sentence_does_not_write_the_name_is_not_credited(tmp_path: Path) -> None:
    """A name read in a dateline ("ORVESSA, Valdenia -") whose mention points at the next sentence: that sentence,
    shown as evidence, does not write it, so the source is not credited with the spelling."""
    rows = [
        ("b1", "en", "Valdenia. The carmaker will close its plant by June, cutting 2,400 jobs.", ["Valdenia"]),
        ("b2", "fr", "Valdénie. Le constructeur a annoncé mardi la fermeture de son usine.", ["Valdénie"]),
        ("b3", "it", "Il governo della Valdenia cercherà un nuovo investitore.", ["Valdenia"]),
        ("b4", "de", "Die Regierung Valdeniens sucht einen neuen Investor.", ["Valdeniens"]),
    ]
    data = _story(tmp_path, rows, sentence=(10, 60))
    for v in place_variants(data):
        for s in v.spellings:
            assert all(s.text[:-2] in ev.text for ev in s.evidence), s
            assert {data.source_of[ev.article] for ev in s.evidence} == set(s.sources), s
