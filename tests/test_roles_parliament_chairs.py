"""The chair of a parliament and its deputy, in every language, and a council's president against a government's
head. Trial 29 (a parliament lowering the voting age) showed Spanish "vicepresidente del Seimas" read as no role,
Italian "presidente del Consiglio" of a youth council read as the head of a government, and Ukrainian "спікер
Сейму Міндаугас Пранцкус" read as the name "Сейму Міндаугас Пранцкус". Invented text of another event (a
regional assembly of Brannock voting on a harbour law)."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.roles import _role_in
from crosswire.facts.languages.roles import chamber_word
from test_compare_roles import _roles


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        # a deputy of a parliament's chair: one role across languages
        ("El vicepresidente del Seimas ", "es", "deputy speaker"),
        ("La vicepresidenta del Congreso ", "es", "deputy speaker"),
        ("La vice-présidente de l'Assemblée nationale ", "fr", "deputy speaker"),
        ("Il vicepresidente della Camera ", "it", "deputy speaker"),
        ("Wiceprzewodniczący Sejmu ", "pl", "deputy speaker"),
        ("Wicemarszałek Sejmu ", "pl", "deputy speaker"),
        ("Заступник голови Сейму ", "uk", "deputy speaker"),
        ("заступниця голови Верховної Ради ", "uk", "deputy speaker"),
        ("Заместитель председателя Госдумы ", "ru", "deputy speaker"),
        ("Die Vizepräsidentin des Bundestages ", "de", "deputy speaker"),
        ("Bundestagsvizepräsident ", "de", "deputy speaker"),
        ("Deputy Speaker ", "en", "deputy speaker"),
        ("the deputy speaker of the Seimas ", "en", "deputy speaker"),
        # the chair itself
        ("Speaker ", "en", "speaker"),
        ("El presidente del Seimas ", "es", "speaker"),
        ("Спікер Сейму ", "uk", "speaker"),
        ("Голова Верховної Ради ", "uk", "speaker"),
        ("Председатель Госдумы ", "ru", "speaker"),
        ("Marszałek Sejmu ", "pl", "speaker"),
        ("Bundestagspräsidentin ", "de", "speaker"),
        # a deputy chair of any body
        ("Die stellvertretende Vorsitzende ", "de", "deputy chairman"),
        ("Заместитель председателя ", "ru", "deputy chairman"),
        ("Заступник голови ", "uk", "deputy chairman"),
        ("Wiceprzewodnicząca ", "pl", "deputy chairman"),
        ("El vicepresidente ", "es", "deputy president"),
        ("Le vice-président ", "fr", "deputy president"),
        ("Vice President ", "en", "deputy president"),
    ],
)
def test_a_chair_of_a_parliament_and_its_deputy_are_roles(text: str, lang: str, concept: str) -> None:
    found = _role_in(text, lang, at_end=True)
    assert found is not None and found[0] == concept


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        # a council named after the title: that council's president, never the head of a government
        ("Il presidente del Consiglio dei giovani ", "it", "president"),
        ("La presidente del Consiglio comunale ", "it", "president"),
        ("Il presidente del Consiglio Regionale ", "it", "president"),
        ("presidente del Consiglio dei giovani di Brannock", "it", "president"),
        ("Le président du Conseil régional ", "fr", "president"),
        ("El presidente del Consejo de Estado ", "es", "president"),
        # the bare title, or with the ministers, is the head of the government
        ("Il presidente del Consiglio ", "it", "prime_minister"),
        ("il presidente del Consiglio dei ministri ", "it", "prime_minister"),
        ("El presidente del Consejo de Ministros ", "es", "prime_minister"),
    ],
)
def test_a_council_named_after_the_title_is_that_councils(text: str, lang: str, concept: str) -> None:
    found = _role_in(text, lang, at_end=not text.endswith("Brannock"))
    assert found is not None and found[0] == concept


def test_a_chamber_of_commerce_is_no_parliament() -> None:
    found = _role_in("presidente della Camera di commercio", "it", at_end=False)
    assert found is not None and found[0] == "president"


def test_the_deputy_speaker_in_five_languages_agrees(tmp_path):
    quiet = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Deputy Speaker Ramona Kestel opened the debate on Saturday."),
            ("Diario de la Montaña", "La vicepresidenta del Seimas Ramona Kestel abrió el debate el sábado."),
            ("Bergbote", "Die stellvertretende Vorsitzende Ramona Kestel eröffnete am Samstag die Debatte."),
            ("Gazeta Górska", "Wiceprzewodnicząca Sejmu Ramona Kestel otworzyła w sobotę debatę."),
        ],
    )
    assert quiet == []


def test_a_deputy_speaker_against_a_mayor_is_a_conflict(tmp_path):
    found = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Deputy Speaker Ramona Kestel opened the debate on Saturday."),
            ("Diario de la Montaña", "La alcaldesa Ramona Kestel abrió el debate el sábado."),
            ("El Valle", "La vicepresidenta del Seimas Ramona Kestel abrió el debate el sábado."),
        ],
    )
    assert len(found) == 1
    assert sorted(len(s.sources) for s in found[0].sides) == [1, 2]


def test_a_youth_council_president_is_no_head_of_government(tmp_path):
    found = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Prime Minister Ilse Marrow visited the lift on Saturday."),
            ("Northgate Courier", "Giulia Tenner, the president of the youth council, visited the lift on Saturday."),
            ("Il Valico", "Giulia Tenner, presidente del Consiglio dei giovani, ha visitato la seggiovia sabato."),
        ],
    )
    assert found == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Сейму", True),
        ("Seimas", True),
        ("Sejmu", True),
        ("Bundestages", True),
        ("Ради", True),
        ("Senator", False),
        ("Пранцкус", False),
    ],
)
def test_chamber_words(word: str, expected: bool) -> None:
    assert chamber_word(word) is expected


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("uk", "Спікер Сейму Міндаугас Пранцкус заявив, що засідання перенесли.", "Міндаугас Пранцкус"),
        ("uk", "У вівторок спікер Сейму Міндаугас Пранцкус заявив, що засідання перенесли.", "Міндаугас Пранцкус"),
        ("be", "Спікер Сейма Міндаўгас Пранцкус заявіў пра гэта ў аўторак.", "Міндаўгас Пранцкус"),
        ("pl", "Przewodniczący Seimasu Mindaugas Pranckus powiedział to dziennikarzom.", "Mindaugas Pranckus"),
        ("de", "Die Vizepräsidentin des Bundestages Petra Kolb sagte das am Dienstag.", "Petra Kolb"),
        ("es", "El vicepresidente del Seimas Ramunas Kairys dijo que la sesión se aplazó.", "Ramunas Kairys"),
    ],
)
def test_a_parliament_in_the_genitive_is_no_part_of_a_name(lang: str, text: str, person: str) -> None:
    from invented import article_facts

    facts = article_facts(lang, text, published="2026-03-14")
    assert [e.name for e in facts.entities if e.type == "person"] == [person]
