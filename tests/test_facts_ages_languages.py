"""A number glued to a word of age is a person's age, not a count (invented text): "Die 48-Jährige sagte ..." was
read as a count of 48, as were "48-летняя жительница", "48-latka" and "la 48enne". A noun of age is always an
age; the adjective of age only before a person ("der 52-jährige Fahrer"), a name, or standing alone: before a
thing it gives the thing's length ("der 30-jährige Krieg", "20-летний срок", "10-letni wyrok"), left as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswire.facts.languages.ages import age_end
from test_compare_core import fixture_units

AGES = [
    ("de", "Die 48-Jährige sagte der Polizei, sie habe den Rauch zuerst gesehen.", "48-Jährige"),
    ("de", "Der 52-jährige Fahrer wurde bei dem Unfall leicht verletzt.", "52-jährige"),
    ("de", "Ein Sprecher sagte, der 19-Jährigen gehe es gut.", "19-Jährigen"),
    ("ru", "48-летняя жительница Орвела рассказала, что первой увидела дым.", "48-летняя"),
    ("ru", "По словам полиции, 52-летний водитель получил лёгкие травмы.", "52-летний"),
    ("uk", "48-річна мешканка Орвела розповіла, що першою побачила дим.", "48-річна"),
    ("pl", "48-latka powiedziała policji, że pierwsza zobaczyła dym.", "48-latka"),
    ("pl", "Według policji w wypadku lekko ranny został 52-letni kierowca ciężarówki z Orvel.", "52-letni"),
    ("it", "La 48enne ha raccontato alla polizia di aver visto per prima il fumo.", "48enne"),
]
LENGTHS = [
    ("de", "Der 30-jährige Streit um den Hafen endete mit einem Vergleich.", "30"),
    ("ru", "Ему грозит 20-летний срок заключения за поджог склада.", "20"),
    ("pl", "Grozi mu 10-letni wyrok za podpalenie składu paliw.", "10"),
    ("de", "Bei dem Brand wurden 48 Häuser in Orvel zerstört, teilte die Polizei mit.", "48"),
]


def _values(tmp_path: Path, language: str, sentence: str):
    row = {"id": "a", "outlet": "O", "published": "2026-05-06", "language": language, "text": "Orvel\n\n" + sentence}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    _data, units = fixture_units(tmp_path, path)
    return [v for u in units for v in u.values]


@pytest.mark.parametrize(("language", "sentence", "written"), AGES, ids=[f"{a[0]}-{a[2]}" for a in AGES])
def test_a_number_glued_to_a_word_of_age_is_an_age(tmp_path, language, sentence, written) -> None:
    values = _values(tmp_path, language, sentence)
    ages = [v for v in values if v.kind == "age"]
    assert [(v.text, v.value, v.unit) for v in ages] == [(written, float(written[:2]), "year")], values
    assert not any(v.kind == "count" and v.value == float(written[:2]) for v in values)


@pytest.mark.parametrize(("language", "sentence", "number"), LENGTHS, ids=[f"{x[0]}-{x[2]}" for x in LENGTHS])
def test_a_length_or_a_count_stays_what_it_was(tmp_path, language, sentence, number) -> None:
    values = _values(tmp_path, language, sentence)
    assert not any(v.kind == "age" for v in values), values
    assert any(v.value == float(number) for v in values), values


def test_the_reader_of_age_words() -> None:
    assert age_end("Die 48-Jährige sagte", 6, "de") == len("Die 48-Jährige")
    assert age_end("der 30-jährige Krieg", 6, "de") is None
    assert age_end("il 48enne", 5, "it") == len("il 48enne")
    assert age_end("48 case", 2, "it") is None
    assert age_end("48-летний Иван Ковалёв", 2, "ru") == len("48-летний")
    assert age_end("the 48-year-old", 6, "en") is None  # English is the English reader's


DECADES = [
    ("fr", "La quinquagénaire a raconté à la police avoir vu la fumée en premier.", "quinquagénaire", 50),
    ("es", "Un octogenario resultó herido leve en el incendio del depósito de Orvel.", "octogenario", 80),
    ("it", "Il cinquantenne ha raccontato alla polizia di aver visto il fumo per primo.", "cinquantenne", 50),
    ("pt", "Uma sexagenária ficou ferida no incêndio do depósito de Orvel, disse a polícia.", "sexagenária", 60),
]


@pytest.mark.parametrize(("language", "sentence", "written", "first"), DECADES, ids=[d[0] for d in DECADES])
def test_a_word_of_a_decade_of_life_is_an_age_of_that_decade(tmp_path, language, sentence, written, first) -> None:
    values = _values(tmp_path, language, sentence)
    ages = [(v.text, v.low, v.high) for v in values if v.kind == "age"]
    assert ages == [(written, float(first), float(first + 9))], values
