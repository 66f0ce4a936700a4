"""A fact only one source reports, in any language, even when it names no one and gives no value.

A new user's trial (15) planted one fact per outlet; the German one ("Die Rettungsleitstelle in Kessingen hat auf
Funkalarmierung umgestellt, ...") appeared nowhere: it names no person or organisation only its source names and
gives no figure, and the light tier reading German, Spanish, Polish or Italian tags no verbs, so nothing anchored
it. ``crosswire.compare.claims.single_sentences.unanchored`` lists such a sentence when it reads as a statement
and is far from every other source's sentence. Fixture: ``tests/fixtures/unanchored/story.jsonl`` (an invented
chemical spill; an English wire, then de, es, fr, pl, ru and it outlets), each planting one fact no other outlet
gives, two restating one fact (fr / pl: cargo ships told to wait at anchor) and one a lead-in cut off at its colon.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.single_sentences import UNANCHORED_COSINE, unanchored
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import Comparison
from crosswire.facts.records import Claim
from test_compare_core import compare_fixture, single_sources, source_of

FIXTURE = Path(__file__).parent / "fixtures" / "unanchored" / "story.jsonl"


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Comparison:
    return compare_fixture(tmp_path_factory.mktemp("unanchored"), FIXTURE)


@pytest.mark.parametrize(
    ("words", "article"),
    [
        ("Ruderwettkampf der örtlichen Gymnasien", "spill-de"),
        ("Los restaurantes del paseo", "spill-es"),
        ("Les écoles proches du quai", "spill-fr"),
        ("klub kajakowy odwołał", "spill-pl"),
        ("Городской театр отменил", "spill-ru"),
        ("Un coro di bambini", "spill-it"),
    ],
)
def test_a_fact_naming_no_one_and_giving_no_value_is_listed_in_every_language(story, words, article):
    assert single_sources(story, words) == [[source_of(story, article)]]


@pytest.mark.parametrize(
    "words",
    [
        "Les navires de fret ont reçu",  # the Polish outlet says it too
        "Statkom towarowym nakazano",
        "Der Bürgermeister schrieb am Abend in einem Beitrag:",  # a lead-in, no statement
        "Der Rumpf des Schiffes",  # every outlet says the hull tore
        "el casco de la barcaza",
        "nie powinni pić wody z kranu",
        "запретили пить водопроводную воду",
    ],
)
def test_a_fact_other_sources_state_or_a_fragment_is_never_singlesource_of(story, words):
    assert single_sources(story, words) == []


# -- the rule on its own: (sentence, its language, best cosine to another source's sentence, listed?) ------------

SENTENCES = [
    ("Die Rettungsleitstelle hat auf Funkalarmierung umgestellt.", "de", 0.30, True),
    ("La asociación de exportadores ha pedido al Gobierno que intervenga.", "es", 0.22, True),
    ("Le syndicat des taxis a suspendu la grève pour la soirée.", "fr", 0.33, True),
    ("Trener gości nie pojawił się na konferencji prasowej.", "pl", 0.32, True),
    ("Городская библиотека продлила часы работы до полуночи.", "ru", 0.29, True),
    # restated by another source in its own language: cosines of 0.39 and more on the trials' stories
    ("Część firm kieruje ładunki przez inne porty regionu.", "pl", 0.39, False),
    ("Les supporters ont célébré le titre dans les rues jusque tard.", "fr", 0.58, False),
    ("Szpital uruchomił specjalną infolinię dla pacjentów.", "pl", 0.45, False),
    # no statement: a question, a lead-in cut at its colon, a fragment with no full stop
    ("Wie lange die Sperrung des Flusses noch dauern wird?", "de", 0.20, False),
    ("El alcalde escribió por la noche en sus redes sociales:", "es", 0.20, False),
    ("Selon les premiers éléments de l'enquête de la police", "fr", 0.20, False),
]


class _Near:
    def __init__(self, sims: np.ndarray) -> None:
        self.sims = sims


def _alignment(
    text: str, language: str, cosine: float, near: bool = True, others: str = "en"
) -> tuple[Unit, ClaimAlignment]:
    def unit(index: int, source: int, words: str, lang: str) -> Unit:
        claim = Claim(id=f"c{index}", start=0, end=len(words), language=lang)
        return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=words, position=0.0)

    units = [
        unit(0, 1, text, language),
        unit(1, 2, "Another source's sentence.", others),
        unit(2, 3, "A third source's sentence.", "en"),
    ]
    sims = np.array([[1.0, cosine, cosine / 2], [cosine, 1.0, 0.5], [cosine / 2, 0.5, 1.0]], dtype=np.float32)
    found = ClaimAlignment(
        units=units,
        pairs=[],
        groups=[],
        canonical={},
        agree=0.5,
        related=0.25,
        near=_Near(sims) if near else None,  # type: ignore[arg-type]
    )
    return units[0], found


@pytest.mark.parametrize(("text", "language", "cosine", "listed"), SENTENCES)
def test_only_a_statement_far_from_every_other_sentence_is_unanchored_singlesource_of(text, language, cosine, listed):
    u, found = _alignment(text, language, cosine)
    assert unanchored(u, found) is listed


def test_a_sentence_above_the_bar_or_in_a_story_without_embeddings_is_not_listed():
    u, found = _alignment("Die Rettungsleitstelle hat auf Funkalarmierung umgestellt.", "de", UNANCHORED_COSINE + 0.01)
    assert not unanchored(u, found)
    u, found = _alignment("Die Rettungsleitstelle hat auf Funkalarmierung umgestellt.", "de", 0.1, near=False)
    assert not unanchored(u, found)


@pytest.mark.parametrize(
    ("text", "language", "others"),
    [
        # a language the sentence encoder does not cover: an exact translation scores 0.28 against English
        ("Жыхары кажуць, што вадасховішча было поўнае ўжо тыдзень.", "be", "en"),
        ("Мешканці кажуть, що водосховище було повним уже тиждень.", "uk", "en"),
        # a covered language beside a source the encoder does not read: its restatement would go unseen
        ("Die Anwohner sagen, der Stausee sei seit einer Woche voll gewesen.", "de", "uk"),
    ],
)
def test_a_low_cosine_says_nothing_beside_a_language_the_encoder_does_not_cover(text, language, others):
    u, found = _alignment(text, language, 0.28, others=others)
    assert not unanchored(u, found)
