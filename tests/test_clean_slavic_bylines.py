"""Bylines of Ukrainian, Russian, Polish and other copy: a label with a colon, a dash or nothing ("Авторка:
Олена Коваль", "Автор — Олена Коваль", "Autor Jan Nowak"), and a name with its job on the line under the
headline ("Олена Коваль, кореспондентка"). Trial 29's Ukrainian text lost its byline. Invented text (a regional
assembly of Brannock voting on a harbour law)."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.credits import parse_byline, parse_name_line
from crosswire.model import RawDocument

BODY = {
    "uk": "Асамблея Бранноку у вівторок ухвалила закон про новий порт біля затоки.\n\n"
    "За закон проголосували 41 депутат, проти виступили 12, повідомили в асамблеї.\n\n"
    "Закон набуде чинності з наступного року, якщо його підпише губернатор.",
    "ru": "Ассамблея Браннока во вторник приняла закон о новом порте у залива.\n\n"
    "За закон проголосовал 41 депутат, против выступили 12, сообщили в ассамблее.\n\n"
    "Закон вступит в силу со следующего года, если его подпишет губернатор.",
    "pl": "Zgromadzenie Brannoku przyjęło we wtorek ustawę o nowym porcie nad zatoką.\n\n"
    "Za ustawą głosowało 41 deputowanych, przeciw było 12, poinformowało zgromadzenie.\n\n"
    "Ustawa wejdzie w życie od przyszłego roku, jeśli podpisze ją gubernator.",
}
HEADLINE = {
    "uk": "Браннок ухвалив закон про порт",
    "ru": "Браннок принял закон о порте",
    "pl": "Brannok przyjął ustawę o porcie",
}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Авторка: Олена Коваль", ["Олена Коваль"]),
        ("Автор — Олена Коваль", ["Олена Коваль"]),
        ("Автор Олена Коваль", ["Олена Коваль"]),
        ("Авторка: Олена Коваль та Ірина Гнатюк", ["Олена Коваль", "Ірина Гнатюк"]),
        ("Автор – Анна Белова", ["Анна Белова"]),
        ("Autorka: Anna Kowalska", ["Anna Kowalska"]),
        ("Autor Jan Nowak", ["Jan Nowak"]),
        ("Autore: Marco Tenni", ["Marco Tenni"]),
    ],
)
def test_a_labelled_byline(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", ["Автор статті вважає, що закон запізнився", "Autor książki Jan Nowak powiedział"])
def test_a_sentence_opening_with_the_label_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Олена Коваль, кореспондентка", "Олена Коваль"),
        ("Ірина Гнатюк, журналістка", "Ірина Гнатюк"),
        ("Анна Белова, корреспондентка", "Анна Белова"),
        ("Anna Kowalska, reporterka", "Anna Kowalska"),
    ],
)
def test_a_name_with_its_job(line: str, name: str) -> None:
    assert parse_name_line(line) == [name]


def test_a_label_is_no_part_of_a_name_line() -> None:
    assert parse_name_line("Автор Олена Коваль") is None


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("uk", "Автор: Олена Коваль", "Олена Коваль"),
        ("uk", "Авторка: Олена Коваль", "Олена Коваль"),
        ("uk", "Олена Коваль, кореспондентка", "Олена Коваль"),
        ("uk", "Олена Коваль", "Олена Коваль"),
        ("uk", "Автор Олена Коваль", "Олена Коваль"),
        ("ru", "Анна Белова, корреспондентка", "Анна Белова"),
        ("pl", "Anna Kowalska, korespondentka", "Anna Kowalska"),
        ("pl", "Autorka: Anna Kowalska", "Anna Kowalska"),
    ],
)
def test_the_byline_under_a_headline_of_a_pasted_text(lang: str, line: str, name: str) -> None:
    text = f"{HEADLINE[lang]}\n\n{line}\n\n{BODY[lang]}\n"
    doc = clean_document(RawDocument(source=f"{lang}_story.txt", kind="text", content=text, content_type="text"))
    assert doc.byline == name
    assert doc.contributors == [name]
    assert all(line not in b.text for b in doc.blocks)
