"""The checks that keep apart an aligned pair "by what each states" read it in a language-neutral way, so a
faithful translation is never vetoed and a real difference still is (crosswire.compare.claims.align.contradict).

A new user's rate-rise story kept apart, at alignment scores of 0.95-0.96, the Spanish sentence of the rise
("2,5 puntos porcentuales" against the French "250 points de base": two numbers of one measure) and the German
sentence of the currency's record low ("die Korvanische Mark", read as a person, against a Polish sentence naming
no one). Texts invented.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.align import acts_alone, contradict, name_written, same_number, unit_numbers
from crosswire.compare.claims.rate_points import in_points, points_kind
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim, Value


def _unit(text: str, lang: str, number: str | None = None, value: float | None = None, **kw: object) -> Unit:
    values = []
    if number is not None:
        at = text.index(number)
        values = [Value(kind="count", text=number, start=at, end=at + len(number), value=value)]
    claim = Claim(id="c", start=0, end=len(text), language=lang, values=values)
    return Unit(index=0, source=1, article="a", claim=claim, text=text, position=0.0, **kw)  # type: ignore[arg-type]


# (sentence, language, the number as written, its value, what it reads as in percentage points)
POINTS = [
    ("The bank raised its rate by 150 basis points to 6 percent.", "en", "150", 150.0, 1.5),
    ("The board approved a 75-basis-point cut.", "en", "75", 75.0, 0.75),
    ("Die Notenbank erhöhte den Leitzins um 150 Basispunkte.", "de", "150", 150.0, 1.5),
    ("La banque centrale a relevé son taux de 150 points de base.", "fr", "150", 150.0, 1.5),
    ("El banco subió el tipo 150 puntos básicos.", "es", "150", 150.0, 1.5),
    ("La banca ha alzato il tasso di 150 punti base.", "it", "150", 150.0, 1.5),
    ("Bank podniósł stopę o 150 punktów bazowych.", "pl", "150", 150.0, 1.5),
    ("El banco subió el tipo en 1,5 puntos porcentuales.", "es", "1,5", 1.5, 1.5),
    ("Die Notenbank erhöhte den Leitzins um 1,5 Prozentpunkte.", "de", "1,5", 1.5, 1.5),
    ("Bank podniósł stopę o 1,5 punktu procentowego.", "pl", "1,5", 1.5, 1.5),
    ("The bank raised its rate by 1.5 percentage points.", "en", "1.5", 1.5, 1.5),
]


@pytest.mark.parametrize(("text", "lang", "number", "value", "points"), POINTS, ids=[p[0][:40] for p in POINTS])
def test_points_of_a_rate_are_one_number_in_every_language(
    text: str, lang: str, number: str, value: float, points: float
) -> None:
    u = _unit(text, lang, number, value)
    assert [v.value for v in unit_numbers(u)] == [pytest.approx(points)]


NOT_POINTS = [
    ("The bank sold 150 million euros of its reserves.", "en", "150"),
    ("Die Bank verkaufte 150 Millionen Euro.", "de", "150"),
    ("La banque a licencié 150 personnes.", "fr", "150"),
    ("Bank zwolnił 150 pracowników.", "pl", "150"),
]


@pytest.mark.parametrize(("text", "lang", "number"), NOT_POINTS, ids=[p[0][:30] for p in NOT_POINTS])
def test_other_numbers_are_left_as_they_are(text: str, lang: str, number: str) -> None:
    assert [v.value for v in unit_numbers(_unit(text, lang, number, 150.0))] == [150.0]


def test_a_translation_of_a_rise_gives_one_number_and_a_real_difference_two() -> None:
    fr = unit_numbers(_unit("a relevé son taux de 250 points de base, à 9,5 %.", "fr", "250", 250.0))
    es = unit_numbers(_unit("elevó su tipo en 2,5 puntos porcentuales, hasta el 9,5 %.", "es", "2,5", 2.5))
    de = unit_numbers(_unit("erhöhte den Leitzins um 2 Prozentpunkte auf 9 Prozent.", "de", "2", 2.0))
    assert same_number(fr[0], es[0])  # before: 250 and 2.5, two values of one measure, vetoed
    assert not same_number(fr[0], de[0])  # 2.5 points against 2 points: a real difference


def test_points_words_read_after_the_number_only() -> None:
    assert points_kind(" Basispunkte", "de") == "basis"
    assert points_kind("-basis-point rise", "en") == "basis"
    assert points_kind(" puntos porcentuales", "es") == "percentage"
    assert points_kind(" Euro, also 150 Basispunkte", "de") is None
    v = Value(kind="money", text="150", start=0, end=3, value=150.0, unit="EUR")
    assert in_points([v], "150 points de base", 0, "fr") == [v]  # a sum is never points


# (a sentence telling a named "person"'s act, the person's id, its language; a rendering naming no one, language)
WRITTEN = [
    (
        "Am Montag war der Belarische Gulden auf ein Rekordtief gefallen.",
        "person:Belarische Gulden",
        "de",
        "W poniedziałek kurs belarskiego guldena spadł do rekordowego poziomu.",
        "pl",
    ),
    (
        "Governor Anna Lindqvist told reporters the bank would act.",
        "person:Governor Anna Lindqvist",
        "en",
        "«Actuaremos», dijo la gobernadora Lindqvist a la prensa.",
        "es",
    ),
    (
        "Anna Lindqvist a déclaré que la banque agirait.",
        "person:Anna Lindqvist",
        "fr",
        "Prezes Lindqvista zapowiedziała, że bank będzie działał.",
        "pl",
    ),
    (
        "La Krone belarese è scesa lunedì al minimo storico.",
        "person:Krone",
        "it",
        "Die Krone fiel am Montag auf ein Rekordtief.",
        "de",
    ),
]


@pytest.mark.parametrize(("a", "pid", "la", "b", "lb"), WRITTEN, ids=[w[0][:30] for w in WRITTEN])
def test_a_rendering_writing_the_name_is_not_kept_apart(a: str, pid: str, la: str, b: str, lb: str) -> None:
    ua, ub = _unit(a, la, subject=pid), _unit(b, lb)
    assert name_written(b, pid)
    assert not acts_alone(ua, ub)  # before: the named act against a sentence naming no one, vetoed


# a named person's act against a sentence naming no one and not writing the name: still apart
APART = [
    (
        "The pilot, Marek Dvoran, survived the crash.",
        "person:Marek Dvoran",
        "en",
        "Una decena de personas fueron trasladadas al hospital regional.",
        "es",
    ),
    (
        "Der Fahrer Jan Oberle wurde festgenommen.",
        "person:Jan Oberle",
        "de",
        "La police a arrêté deux hommes dans la nuit.",
        "fr",
    ),
    (
        "Mark Tanner opened the new market on Monday.",
        "person:Mark Tanner",
        "en",
        "Il nuovo mercato è stato aperto lunedì dal sindaco.",
        "it",
    ),
    (
        "Minister Ewa Marek resigned on Friday.",
        "person:Ewa Marek",
        "en",
        "W piątek rząd przyjął dymisję jednego z ministrów i markowe produkty.",
        "pl",
    ),
]


@pytest.mark.parametrize(("a", "pid", "la", "b", "lb"), APART, ids=[w[0][:30] for w in APART])
def test_a_named_act_against_a_sentence_naming_no_one_stays_apart(a: str, pid: str, la: str, b: str, lb: str) -> None:
    ua, ub = _unit(a, la, subject=pid), _unit(b, lb)
    assert acts_alone(ua, ub)


def test_contradict_is_importable() -> None:
    assert callable(contradict)
