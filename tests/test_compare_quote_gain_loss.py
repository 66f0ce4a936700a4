"""Wordings of one quote that turn a gain into a loss ("This season taught us more than the last five" / "Diese
Saison hat uns mehr gekostet als die letzten fünf", cost us more) say opposite things, in every language of
``data/quote_meanings.toml``; faithful translations, a loss denied ("we did not lose anything" reads as a gain)
and a wording naming both ("it cost us a rocket, but we learned a lot") do not. Invented text."""

from __future__ import annotations

import pytest

from crosswire.compare.quote_meaning import meaning_apart, poles

LESSON = "This storm taught us more in one night than ten years of planning"

LOSSES = [
    ("en", "This storm cost us more in one night than ten years of planning"),
    ("de", "Dieser Sturm hat uns in einer Nacht mehr gekostet als zehn Jahre Planung"),
    ("es", "Esta tormenta nos costó en una noche más que diez años de planificación"),
    ("fr", "Cette tempête nous a coûté plus en une nuit que dix ans de préparation"),
    ("it", "Questa tempesta ci è costata più in una notte che dieci anni di pianificazione"),
    ("pt", "Esta tempestade nos custou mais numa noite do que dez anos de planeamento"),
    ("pl", "Ta burza kosztowała nas w jedną noc więcej niż dziesięć lat planowania"),
    ("ru", "Эта буря за одну ночь стоила нам больше, чем десять лет планирования"),
    ("uk", "Ця буря за одну ніч коштувала нам більше, ніж десять років планування"),
]

LESSONS = [
    ("de", "In einer Nacht haben wir mehr gelernt als in zehn Jahren Planung"),
    ("es", "En una noche aprendimos más que en diez años de planificación"),
    ("fr", "En une nuit, nous avons appris plus qu'en dix ans de préparation"),
    ("it", "In una notte abbiamo imparato più che in dieci anni di pianificazione"),
    ("pt", "Numa noite aprendemos mais do que em dez anos de planeamento"),
    ("pl", "W jedną noc nauczyliśmy się więcej niż w dziesięć lat planowania"),
    ("ru", "За одну ночь мы узнали больше, чем за десять лет планирования"),
    ("uk", "За одну ніч ми навчилися більшого, ніж за десять років планування"),
]


@pytest.mark.parametrize(("lang", "text"), LOSSES)
def test_a_lesson_rendered_as_a_loss_is_another_meaning(lang, text):
    assert meaning_apart(LESSON, "en", text, lang) == "gained or lost"


@pytest.mark.parametrize(("lang", "text"), LESSONS)
def test_a_lesson_rendered_as_a_lesson_is_one_meaning(lang, text):
    assert meaning_apart(LESSON, "en", text, lang) is None


def test_a_loss_denied_is_a_gain_and_both_named_read_neither():
    assert poles("We did not lose anything in that match", "en")["gained or lost"][0] is False
    assert "gained or lost" not in poles("It cost us a rocket, but we learned a lot", "en")
    denied = "We did not lose anything in that match"
    assert meaning_apart(denied, "en", "Wir haben in dem Spiel nichts verloren", "de") is None
    assert meaning_apart(denied, "en", "We lost a lot in that match", "en") == "gained or lost"
