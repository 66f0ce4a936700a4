"""Where the talks or the summit of a story's deal were held, in every language (conf14): a new user's gas story
agreed "Umowę podpisano na szczycie w przygranicznym Lidowie" with "Саммит, на котором было подписано соглашение,
прошёл в дравонской столице Кестене" (a summit at two towns). Near cases: talks "in the presence of" a person (no
place), talks at a hotel named by no town, a summit of another year. Invented text."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.act_places import read_places
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("en", "The two leaders signed the deal at a summit in the border town of Lidovo on Wednesday.", "Lidovo"),
        ("en", "Negotiations in Kesten ran late into the night.", "Kesten"),
        ("de", "Das Abkommen wurde beim Gipfeltreffen in Lidovo unterzeichnet.", "Lidovo"),
        ("fr", "L'accord a été signé lors du sommet de Lidovo mercredi.", "Lidovo"),
        ("es", "El acuerdo se firmó en la cumbre en Kesten el miércoles.", "Kesten"),
        ("it", "L'accordo è stato firmato al vertice di Lidovo mercoledì.", "Lidovo"),
        ("pt", "O acordo foi assinado na cimeira em Kesten na quarta-feira.", "Kesten"),
        ("pl", "Umowę podpisano na szczycie w przygranicznym Lidowie.", "Lidowie"),
        ("ru", "Саммит, на котором было подписано соглашение, прошёл в дравонской столице Кестене.", "Кестене"),
        ("uk", "Угоду підписали на саміті у прикордонному Лідові.", "Лідові"),
    ],
)
def test_the_town_of_the_talks_is_read(language, text, town):
    assert [(k, w) for k, _key, w in read_places(text, language) if k == "talks"] == [("talks", town)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The talks in the presence of Vrancic lasted all day."),
        ("ru", "Переговоры проходили в отеле при аэропорту и продолжались почти сутки."),
        ("ru", "Переговоры в присутствии Браско продолжались почти сутки."),
        ("pl", "Rozmowy odbyły się w obecności premiera."),
    ],
)
def test_no_town_is_read_where_none_is_the_talks_place(language, text):
    assert [w for k, _key, w in read_places(text, language) if k == "talks"] == []


def _place_conflicts(tmp_path, rows):
    comparison = compare_texts(tmp_path, [(f"r{i}", o, "2026-12-02", t) for i, (o, t) in enumerate(rows)])
    return [c for c in comparison.conflicts if c.reason == "different place"]


PL = (
    "Dravonia i Lestria podpisały w środę porozumienie o wznowieniu przesyłu gazu. "
    "Umowę podpisano na szczycie w przygranicznym Lidowie. Premierzy rozmawiali przez cały dzień."
)


def test_a_summit_at_two_towns_is_a_conflict(tmp_path):
    ru = (
        "Дравония и Лестрия подписали в среду соглашение о возобновлении транзита газа. "
        "Саммит, на котором было подписано соглашение, прошёл в дравонской столице Кестене. "
        "Премьеры беседовали весь день."
    )
    found = _place_conflicts(tmp_path, [("Gazeta", PL), ("Вестник", ru)])
    assert len(found) == 1
    assert found[0].measure == "place of the talks"


def test_a_summit_of_another_year_is_no_conflict(tmp_path):
    ru = (
        "Дравония и Лестрия подписали в среду соглашение о возобновлении транзита газа. "
        "Предыдущий саммит в Кестене в 2019 году закончился без соглашения. "
        "Премьеры беседовали весь день."
    )
    assert _place_conflicts(tmp_path, [("Gazeta", PL), ("Вестник", ru)]) == []
