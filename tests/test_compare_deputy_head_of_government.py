"""A minister against the head of a government's deputy, in every language: "Labour Minister Irena Vasko" /
"la vicepresidenta del Gobierno Irena Vasko" was counted as one agreed claim in a new user's pension-reform
trial. The deputy prime minister is one role in every language ("Deputy Prime Minister", "vicepresidenta del
Gobierno", "вице-премьер", "wicepremier", "Vizekanzlerin", "vice-première ministre", "vicepremier",
"vice-primeira-ministra", "віце-прем'єр"): another post than a minister's and than the head of government's.
Invented text of another event (the roles test's ski-lift story)."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.roles import _role_in
from test_compare_roles import _roles


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Deputy Prime Minister ", "en"),
        ("La vicepresidenta del Gobierno ", "es"),
        ("El vicepresidente primero del Gobierno ", "es"),
        ("Вице-премьер ", "ru"),
        ("Заместитель премьер-министра ", "ru"),
        ("Віце-прем'єр-міністр ", "uk"),
        ("Wicepremier ", "pl"),
        ("Vizekanzlerin ", "de"),
        ("La vice-première ministre ", "fr"),
        ("Il vicepremier ", "it"),
        ("A vice-primeira-ministra ", "pt"),
    ],
)
def test_the_deputy_head_of_a_government_is_one_role(text: str, lang: str) -> None:
    found = _role_in(text, lang, at_end=True)
    assert found is not None and found[0] == "deputy prime_minister"


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("el presidente del Gobierno ", "es", "prime_minister"),
        ("Arbeitsministerin ", "de", "labour_minister"),
        ("Minister pracy ", "pl", "labour_minister"),
    ],
)
def test_the_head_and_a_minister_stay_their_roles(text: str, lang: str, concept: str) -> None:
    found = _role_in(text, lang, at_end=False)
    assert found is not None and found[0] == concept


def test_a_minister_against_the_deputy_prime_minister_across_languages(tmp_path):
    found = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Tourism Minister Carla Wendt arrived in Brannock on Tuesday."),
            ("Горные новости", "Министр туризма Карла Вендт прибыла в Браннок во вторник."),
            ("Diario de la Montaña", "La vicepresidenta del Gobierno Carla Wendt llegó a Brannock el martes."),
        ],
    )
    assert len(found) == 1
    assert sorted(len(s.sources) for s in found[0].sides) == [1, 2]


def test_the_deputy_prime_minister_in_two_languages_agrees(tmp_path):
    quiet = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Deputy Prime Minister Carla Wendt arrived in Brannock on Tuesday."),
            ("Diario de la Montaña", "La vicepresidenta del Gobierno Carla Wendt llegó a Brannock el martes."),
            ("Gazeta Górska", "Wicepremier Carla Wendt przyjechała do Brannock we wtorek."),
        ],
    )
    assert quiet == []


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("es", "La vicepresidenta del Gobierno Carla Wendt llegó a Brannock el martes.", ["Carla Wendt", "Brannock"]),
        ("es", "El presidente del Gobierno Pedro Alvar llegó a Brannock el martes.", ["Pedro Alvar", "Brannock"]),
        ("it", "Il presidente del Consiglio Mario Dente è arrivato a Brannock.", ["Mario Dente", "Brannock"]),
        ("es", "El Banco Santander Central anunció sus resultados el martes.", ["Banco Santander Central"]),
    ],
)
def test_the_body_word_ending_a_title_is_no_part_of_the_name(lang: str, text: str, names: list[str]) -> None:
    from invented import article_facts

    facts = article_facts(lang, text, published="2026-03-14")
    assert [e.name for e in facts.entities] == names
