"""Number words in their inflected and collective forms, read as counts (``data/languages.toml``
``number_words``, :mod:`crosswire.facts.languages.numbers`), on an invented mine flood.

A new user's six-language story: "Pięciu górników trafiło do szpitala" [pl] and "Пятеро шахтёров
госпитализированы" [ru] gave no figure, so "three miners hospitalised" [es] against five was no conflict.
The class: Polish cardinals in every case and collectives, Russian and Ukrainian collective numerals and
their cases, Belarusian cardinals and collectives, capitalised at a sentence's start or not; number words in
a row that add up are one figure; vague words give none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.facts.records import ArticleFacts
from invented import paragraph_facts
from test_compare_core import compare_texts

PUBLISHED = "2026-11-19"


def _facts(language: str, text: str) -> ArticleFacts:
    return paragraph_facts(language, text, PUBLISHED)


def _counts(language: str, text: str) -> list[tuple[str, float]]:
    return [(f.text, float(f.value)) for f in _facts(language, text).figures if f.value is not None]


@pytest.mark.parametrize(
    ("language", "text", "counts"),
    [
        ("pl", "Pięciu górników trafiło do szpitala po zalaniu chodnika.", [("Pięciu", 5.0)]),
        (
            "pl",
            "Dwóch ratowników i trzech górników zostało rannych, czterech wciąż szukano.",
            [("Dwóch", 2.0), ("trzech", 3.0), ("czterech", 4.0)],
        ),
        (
            "pl",
            "Ewakuowano czworo dzieci i dwudziestu pięciu pracowników.",
            [("czworo", 4.0), ("dwudziestu pięciu", 25.0)],
        ),
        ("pl", "Kilkunastu górników wyszło o własnych siłach.", []),
        ("ru", "Пятеро шахтёров госпитализированы после аварии.", [("Пятеро", 5.0)]),
        (
            "ru",
            "Двое спасателей и трое горняков пострадали, шестеро вышли сами.",
            [("Двое", 2.0), ("трое", 3.0), ("шестеро", 6.0)],
        ),
        ("ru", "Из пяти горняков троих доставили в больницу.", [("пяти", 5.0), ("троих", 3.0)]),
        ("ru", "Двадцать пять человек эвакуированы.", [("Двадцать пять", 25.0)]),
        ("ru", "Несколько горняков вышли сами.", []),
        ("uk", "П'ятеро шахтарів госпіталізовано після аварії.", [("П'ятеро", 5.0)]),
        ("uk", "Троє рятувальників і двоє гірників постраждали.", [("Троє", 3.0), ("двоє", 2.0)]),
        ("uk", "Евакуювали пʼять людей і сім рятувальників.", [("пʼять", 5.0), ("сім", 7.0)]),
        # oblique cases of -ять numbers, which number-parser reads only in the nominative (a new user's page)
        ("uk", "Дванадцятьох людей доставили до лікарні.", [("Дванадцятьох", 12.0)]),
        ("uk", "З дванадцяти шахтарів одинадцятьох врятували.", [("дванадцяти", 12.0), ("одинадцятьох", 11.0)]),
        ("uk", "Рятувальники з двадцятьма машинами прибули на місце.", [("двадцятьма", 20.0)]),
        ("uk", "Сторони домовилися, люди повернулися.", []),
        ("be", "Пяцёра шахцёраў трапілі ў шпіталь.", [("Пяцёра", 5.0)]),
        ("be", "Трое выратавальнікаў пацярпелі, дзесяць чалавек эвакуявалі.", [("Трое", 3.0), ("дзесяць", 10.0)]),
    ],
)
def test_number_words_of_every_form_are_counts(language: str, text: str, counts: list[tuple[str, float]]) -> None:
    assert _counts(language, text) == counts


def test_two_numbers_side_by_side_that_do_not_add_stay_apart() -> None:
    assert _counts("ru", "Пострадали двое, трое пропали.") == [("двое", 2.0), ("трое", 3.0)]


OUTLETS = {"en": "Valley Courier", "es": "Diario del Valle", "pl": "Kurier Doliny", "ru": "Вестник долины"}
STORY = {
    "en": "Flood at Brenna mine\n\nWater flooded the Brenna coal mine in Varnia on Wednesday night. {n} miners were "
    "hospitalised after the flood, the mine operator said.",
    "es": "Inundación en la mina Brenna\n\nEl agua inundó la mina de carbón Brenna en Varnia el miércoles por la "
    "noche. {n} mineros fueron hospitalizados tras la inundación, según la empresa.",
    "pl": "Powódź w kopalni Brenna\n\nWoda zalała kopalnię węgla Brenna w Varnii w środę wieczorem. {n} górników "
    "trafiło do szpitala po zalaniu, podała spółka.",
    "ru": "Затопление шахты Бренна\n\nВода затопила угольную шахту Бренна в Варнии в среду вечером. {n} шахтёров "
    "госпитализированы после затопления, сообщила компания.",
}


@pytest.mark.parametrize(
    ("numbers", "conflict"),
    [
        ({"en": "Five", "es": "Tres", "pl": "Pięciu", "ru": "Пятеро"}, True),
        ({"en": "Five", "es": "Cinco", "pl": "Pięciu", "ru": "Пятеро"}, False),
    ],
)
def test_a_count_in_number_words_conflicts_across_languages(
    tmp_path: Path, numbers: dict[str, str], conflict: bool
) -> None:
    rows = [(lang, OUTLETS[lang], PUBLISHED, STORY[lang].format(n=numbers[lang])) for lang in STORY]
    comparison = compare_texts(tmp_path, rows)
    sides = [
        sorted(ev.article for ev in side.evidence) for c in comparison.conflicts for side in getattr(c, "sides", [])
    ]
    if conflict:
        assert ["en", "pl", "ru"] in sides and ["es"] in sides
    else:
        assert sides == []
        assert any({ev.article for ev in a.evidence} >= {"es", "pl", "ru"} for a in comparison.agreed)
