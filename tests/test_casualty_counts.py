"""Counts of the injured and dead written as "nobody" or "one" in every language a front-end reads: a source
saying nobody was hurt and another saying one person of any name was hurt give a conflict ("Nobody was injured"
/ "One technician was slightly injured": a new user's rocket-explosion trial found neither a conflict nor a
single-source item). Near cases stay quiet: "nobody else", "one of", two different acts. The stories are
invented (a gas-bottle blast at a bakery, a mine collapse)."""

from __future__ import annotations

import pytest

from crosswire.facts.casualties import casualty_values
from test_compare_core import compare_texts

PAIRS = {
    "en": (
        "A gas tank exploded at the Dorvale bakery on Monday. Nobody was injured, firefighters said.",
        "A gas tank exploded at the Dorvale bakery on Monday. One baker was slightly injured by flying glass, "
        "firefighters said.",
    ),
    "ru": (
        "В понедельник на пекарне в Дорвейле взорвался газовый баллон. Никто не пострадал, сообщили пожарные.",
        "В понедельник на пекарне в Дорвейле взорвался газовый баллон. Один пекарь получил лёгкие травмы, "
        "сообщили пожарные.",
    ),
    "pl": (
        "W poniedziałek w piekarni w Dorvale wybuchła butla z gazem. Nikt nie został ranny, poinformowała straż.",
        "W poniedziałek w piekarni w Dorvale wybuchła butla z gazem. Jeden piekarz został lekko ranny, "
        "poinformowała straż.",
    ),
    "es": (
        "El lunes explotó una bombona de gas en la panadería de Dorvale. Nadie resultó herido, informaron los "
        "bomberos.",
        "El lunes explotó una bombona de gas en la panadería de Dorvale. Un panadero resultó herido leve, "
        "informaron los bomberos.",
    ),
    "de": (
        "Am Montag explodierte in der Bäckerei in Dorvale eine Gasflasche. Niemand wurde verletzt, teilte die "
        "Feuerwehr mit.",
        "Am Montag explodierte in der Bäckerei in Dorvale eine Gasflasche. Ein Bäcker wurde leicht verletzt, "
        "teilte die Feuerwehr mit.",
    ),
}


def _compare(tmp_path, a: str, b: str):
    return compare_texts(tmp_path, [("a", "Harbour Daily", "2024-03-12", a), ("b", "Norland Post", "2024-03-12", b)])


@pytest.mark.parametrize("language", sorted(PAIRS))
def test_nobody_hurt_and_one_hurt_conflict_in_each_language(tmp_path, language):
    (conflict,) = _compare(tmp_path, *PAIRS[language]).conflicts
    assert sorted(s for side in conflict.sides for s in side.sources) == [1, 2]


def test_nobody_hurt_against_one_hurt_across_languages(tmp_path):
    rows = [
        ("en", "Harbour Daily", "2024-03-12", PAIRS["en"][0]),
        ("pl", "Gazeta Portowa", "2024-03-12", PAIRS["pl"][0]),
        ("ru", "Портовые вести", "2024-03-12", PAIRS["ru"][1]),
    ]
    (conflict,) = compare_texts(tmp_path, rows).conflicts
    assert {tuple(sorted(side.sources)) for side in conflict.sides} == {(1, 2), (3,)}


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Никто не погиб, сообщили спасатели.", "ru", 0.0),
        ("Nikogo nie zabito.", "pl", 0.0),
        ("Es gab keine Verletzten.", "de", 0.0),
        ("Personne n'a été blessé.", "fr", 0.0),
        ("Nessuno è rimasto ferito.", "it", 0.0),
        ("Ninguém ficou ferido.", "pt", 0.0),
        ("Zginął jeden górnik.", "pl", 1.0),
        ("Murió un minero.", "es", 1.0),
    ],
)
def test_counts_of_nobody_and_one_are_read(text, language, value):
    (v,) = casualty_values(text, 0, language)
    assert v.value == value and v.kind == "count"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Один погиб, больше никто не пострадал.", "ru"),  # nobody else: the rest, and "один" names no one
        ("Один из горняков получил травмы.", "ru"),  # one of: a part of a group
        ("Der Bürgermeister eröffnete eine neue Bäckerei.", "de"),  # no casualty in the clause
        ("Uno de los mineros resultó herido.", "es"),
    ],
)
def test_near_cases_give_no_count(text, language):
    assert casualty_values(text, 0, language) == []


def test_personne_without_a_negation_is_a_person():
    (v,) = casualty_values("Une personne a été blessée.", 0, "fr")  # one person, no "nobody"
    assert v.value == 1.0 and v.concept == "person"


def test_nobody_else_and_another_act_give_no_conflict(tmp_path):
    a = "A gas tank exploded at the Dorvale bakery on Monday. One baker died; nobody else was injured, police said."
    b = "A gas tank exploded at the Dorvale bakery on Monday. Nobody was killed, but one baker was hurt, police said."
    assert not _compare(tmp_path, a, b).conflicts


def test_three_word_statements_of_nobody_are_compared(tmp_path):
    rows = [
        (
            "en",
            "Harbour Daily",
            "2024-03-12",
            "A gas tank exploded at the Dorvale bakery on Monday. Nobody was injured.",
        ),
        ("es", "Diario Sur", "2024-03-12", "El lunes explotó una bombona de gas en Dorvale. Nadie resultó herido."),
        ("de", "Kurier", "2024-03-12", "Am Montag explodierte in Dorvale eine Gasflasche. Verletzt wurde niemand."),
        ("ru", "Вести", "2024-03-12", "В понедельник в Дорвейле взорвался газовый баллон. Один пекарь получил травмы."),
    ]
    (conflict,) = compare_texts(tmp_path, rows).conflicts
    assert {tuple(sorted(side.sources)) for side in conflict.sides} == {(1, 2, 3), (4,)}
