"""Two sentences of one inflected language, each the other's best match, agree at the bar of pairs of two languages
(:mod:`crosswire.compare.claims.inflected_bar`): the pair scorer, fitted on English words as written, rates a
Spanish, Polish, German or Russian rewording lower than the English one ("Kobe Bryant zginął" / "Śmierć Kobego
Bryanta"). Invented sentences in four languages with their pair features set by hand; near-misses: English
pairs, pairs of two languages (the across bar's), pairs not each other's best, under the bar, naming other
people, or a quote against a sentence reporting no speech. Each condition can fail alone.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.inflected_bar import INFLECTED_BAR, inflected_bar
from crosswire.compare.claims.pairs import FEATURES, Pair
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim

REWORDINGS = [
    (
        "es",
        "Más de diecinueve mil vecinos abandonaron sus casas por las inundaciones.",
        "Las inundaciones obligaron a miles de vecinos a dejar sus hogares.",
    ),
    (
        "pl",
        "Koszykarz zginął w katastrofie śmigłowca pod miastem.",
        "Śmierć koszykarza w katastrofie helikoptera wstrząsnęła światem.",
    ),
    (
        "de",
        "Die Schulen der Stadt bleiben wegen der Proteste geschlossen.",
        "Wegen der Proteste wurden die Schulen in der Stadt geschlossen.",
    ),
    ("ru", "В ряде школ в связи с протестами отменены занятия.", "Власти закрыли школы из-за протестов."),
]


def _unit(index: int, source: int, language: str, text: str, entities: frozenset[str] = frozenset()) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=language)
    return Unit(
        index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.0, entities=entities
    )


def _pair(a: Unit, b: Unit, mutual: bool = True) -> Pair:
    f = dict.fromkeys(FEATURES, 0.0)
    f["embedding"], f["margin"], f["mutual_best"] = 0.55, 1.3, 1.0 if mutual else 0.0
    return Pair(a, b, [f[k] for k in FEATURES])


@pytest.mark.parametrize(("language", "one", "other"), REWORDINGS)
def test_a_mutual_best_pair_of_one_inflected_language_agrees_at_the_bar(language: str, one: str, other: str) -> None:
    p = _pair(_unit(0, 0, language, one), _unit(1, 1, language, other))
    assert inflected_bar(p, INFLECTED_BAR)
    assert inflected_bar(p, 0.55)
    assert not inflected_bar(p, INFLECTED_BAR - 0.01)


@pytest.mark.parametrize(("language", "one", "other"), REWORDINGS)
def test_not_each_others_best_is_not_lifted(language: str, one: str, other: str) -> None:
    p = _pair(_unit(0, 0, language, one), _unit(1, 1, language, other), mutual=False)
    assert not inflected_bar(p, 0.55)


def test_english_and_two_languages_are_not_this_bar() -> None:
    en = _pair(
        _unit(0, 0, "en", "Schools in the city stay closed because of the protests."),
        _unit(1, 1, "en", "The city closed its schools because of the protests."),
    )
    assert not inflected_bar(en, 0.55)
    two = _pair(_unit(0, 0, "de", REWORDINGS[2][1]), _unit(1, 1, "ru", REWORDINGS[3][2]))
    assert not inflected_bar(two, 0.55)


def test_two_sentences_naming_other_people_are_not_lifted() -> None:
    a = _unit(0, 0, "pl", "Jan Kowalski zginął w wypadku.", frozenset({"person:Jan Kowalski"}))
    b = _unit(1, 1, "pl", "Adam Nowak zginął w wypadku.", frozenset({"person:Adam Nowak"}))
    assert not inflected_bar(_pair(a, b), 0.55)


def test_a_quote_against_a_sentence_reporting_no_speech_is_not_lifted() -> None:
    a = _unit(0, 0, "es", "«No vamos a abandonar nuestras casas por nada del mundo», dijo el alcalde.")
    b = _unit(1, 1, "es", "Miles de vecinos abandonaron sus casas por las inundaciones.")
    assert not inflected_bar(_pair(a, b), 0.55)
