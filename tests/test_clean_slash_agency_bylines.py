"""A byline that sets the wire agency apart with a slash or a comma ("Anna Weber / dpa", "Von Anna Weber / dpa",
"Олена Коваль / Укрінформ", "By Mara Lind, Reuters"): the agency is the wire, the name is the byline (clean11;
every text here is invented)."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.credits import parse_name_line
from crosswire.model import RawDocument

_PARAGRAPHS = {
    "de": [
        "Hafenbrand in Kessby: Zwei Lagerhallen zerstört",
        "KESSBY – Ein Großbrand im Hafen von Kessby hat am Montag zwei Lagerhallen zerstört, teilte die Feuerwehr mit.",
        "Verletzt wurde nach ersten Angaben niemand. Die Ursache des Feuers ist noch unklar, sagte ein Sprecher.",
        "Die Löscharbeiten dauerten bis in die Nacht, mehr als hundert Einsatzkräfte waren vor Ort.",
    ],
    "uk": [
        "Пожежа в порту Кессбі знищила два склади",
        "КЕССБІ – Велика пожежа в порту Кессбі в понеділок знищила два склади, повідомили рятувальники.",
        "За попередніми даними, ніхто не постраждав. Причину пожежі ще встановлюють, сказав речник поліції.",
        "Гасіння тривало до ночі, на місці працювали понад сто рятувальників.",
    ],
    "en": [
        "Port fire in Kessby destroys two warehouses",
        "KESSBY – A large fire at the port of Kessby destroyed two warehouses on Monday, the fire service said.",
        "Nobody was hurt, according to first reports. The cause of the fire is still unclear, a police spokesman said.",
        "Firefighters worked into the night, and more than a hundred of them were at the scene.",
    ],
}


def _clean(language: str, byline: str) -> tuple[str | None, str | None]:
    title, *body = _PARAGRAPHS[language]
    text = "\n\n".join([title, byline, *body])
    article = clean_document(RawDocument(source="t.txt", kind="text", content=text, content_type="text"))
    assert article.body.startswith(body[0][:6])
    return article.byline, article.agency


@pytest.mark.parametrize(
    ("language", "line", "byline", "agency"),
    [
        ("de", "Anna Weber / dpa", "Anna Weber", "dpa"),
        ("de", "Von Anna Weber / dpa", "Anna Weber", "dpa"),
        ("de", "Von Anna Weber, dpa", "Anna Weber", "dpa"),
        ("uk", "Олена Коваль / Укрінформ", "Олена Коваль", "Ukrinform"),
        ("uk", "Автор: Олена Коваль / Укрінформ", "Олена Коваль", "Ukrinform"),
        ("en", "By Mara Lind / Reuters", "Mara Lind", "Reuters"),
        ("en", "By Mara Lind, Reuters", "Mara Lind", "Reuters"),
    ],
)
def test_a_byline_with_its_wire_after_a_slash(language: str, line: str, byline: str, agency: str) -> None:
    assert _clean(language, line) == (byline, agency)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Anna Weber / dpa", ["Anna Weber"]),
        ("Jan Nowak / PAP", ["Jan Nowak"]),
        ("Al Goldis, Associated Press", None),  # a photo credit's shape under a caption
        ("Foto: Anna Weber/dpa", None),
        ("Von Anna Weber / dpa", None),  # a byline's lead word is no part of a name
    ],
)
def test_a_name_line_with_a_slashed_wire(line: str, name: list[str] | None) -> None:
    assert parse_name_line(line) == name
