"""Lengths of time bounded from now ("the next seven years") and magnitudes written with no numeral ("milion
widzów"), read as figures.

Trial 40: "Hordiyenko ... will spend the next seven years in prison" gave no duration (spaCy tags the phrase DATE,
but "next seven" was read as no number). A new user's test: "Milion widzów", "миллион зрителей" gave no figure.
Invented sentences, with near-misses: "the next 7 candidates", "the last 3 of them", "в тысячу раз" (a thousand
times), a magnitude after a numeral.
"""

from __future__ import annotations

import pytest

from invented import paragraph_facts

PUBLISHED = "2026-12-01"

DURATIONS = [
    ("Hordiyenko will spend the next seven years in prison, the court ruled.", 7, "year"),
    ("The firm plans to hire 40 engineers over the coming five months.", 5, "month"),
    ("He served the last 3 years of his sentence in Velmara.", 3, "year"),
    ("Over the following two weeks, the river rose again.", 2, "week"),
    ("The next two days will be decisive, the minister said.", 2, "day"),
]


@pytest.mark.parametrize(("text", "value", "unit"), DURATIONS)
def test_the_next_n_years_is_a_length_of_time(text: str, value: float, unit: str) -> None:
    figures = paragraph_facts("en", text, published=PUBLISHED).figures
    assert [(f.value, f.unit) for f in figures if f.type == "duration"] == [(value, unit)], figures


@pytest.mark.parametrize(
    "text",
    [
        "The next 7 candidates will be interviewed on Monday.",
        "The last 3 of them were released on Friday.",
        "She returned last year after a long time abroad.",
    ],
)
def test_a_next_or_last_count_is_no_length_of_time(text: str) -> None:
    figures = paragraph_facts("en", text, published=PUBLISHED).figures
    assert not [f for f in figures if f.type == "duration"], figures


OTHER_LANGUAGES = [
    ("de", "Hordijenko muss die nächsten sieben Jahre ins Gefängnis, entschied das Gericht."),
    ("es", "Hordiyenko pasará los próximos siete años en prisión, decidió el tribunal."),
    ("fr", "Hordiyenko passera les sept prochaines années en prison, a décidé le tribunal."),
    ("it", "Hordiyenko trascorrerà i prossimi sette anni in carcere, ha deciso il tribunale."),
    ("pt", "Hordiyenko passará os próximos sete anos na prisão, decidiu o tribunal."),
    ("pl", "Hordijenko spędzi najbliższe siedem lat w więzieniu, orzekł sąd."),
    ("ru", "Гордиенко проведёт следующие семь лет в тюрьме, постановил суд."),
    ("uk", "Гордієнко проведе наступні сім років у в'язниці, вирішив суд."),
]


@pytest.mark.parametrize(("language", "text"), OTHER_LANGUAGES)
def test_the_next_n_years_in_other_languages_is_seven_of_the_year_concept(language: str, text: str) -> None:
    """The language readers count years as the concept "year", which the comparison reads as a length of time
    (``compare/claims/length_joins.py``): seven of them in every language (a guard, no change of this pass)."""
    claims = paragraph_facts(language, text, published=PUBLISHED).claims
    values = [(v.value, v.concept) for c in claims for v in c.values if v.kind == "count"]
    assert (7.0, "year") in values, values


MAGNITUDES = [
    ("pl", "Mecz obejrzał milion widzów w całym kraju.", 1e6),
    ("ru", "Матч посмотрели миллион зрителей по всей стране.", 1e6),
    ("uk", "Матч переглянули мільйон глядачів по всій країні.", 1e6),
    ("pl", "Na ulice wyszło tysiąc osób.", 1e3),
    ("ru", "На улицы вышла тысяча человек.", 1e3),
    ("ru", "Матч посмотрели один миллион зрителей.", 1e6),
]


@pytest.mark.parametrize(("language", "text", "value"), MAGNITUDES)
def test_a_singular_magnitude_with_no_numeral_is_one_of_it(language: str, text: str, value: float) -> None:
    figures = paragraph_facts(language, text, published=PUBLISHED).figures
    assert [f.value for f in figures if f.type == "count"] == [value], [(f.text, f.value) for f in figures]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "Цены выросли в тысячу раз.", None),
        ("ru", "Матч посмотрели 2 миллиона зрителей.", 2e6),
        ("uk", "Банк втратив мільйон гривень.", 1e6),
    ],
)
def test_a_magnitude_near_miss(language: str, text: str, value: float | None) -> None:
    """A multiplier ("в тысячу раз") is no count; a numeral keeps its own reading; a sum stays a sum."""
    figures = paragraph_facts(language, text, published=PUBLISHED).figures
    assert [f.value for f in figures] == ([value] if value is not None else []), [(f.text, f.value) for f in figures]
