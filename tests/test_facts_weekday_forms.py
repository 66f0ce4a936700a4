"""Weekdays written in forms babel's day names lack are read as days of the week: Belarusian "аўторак"
(Tuesday) after a vowel ("ва ўторак"), and a German weekday with the part of the day glued to it
("Dienstagmorgen", "Mittwochabend"). Invented sentences; publication on Thursday 12 March 2026, so a past
weekday resolves to that week's day.
"""

from __future__ import annotations

import pytest

from crosswire.facts import extract_facts
from crosswire.model import Article, Block


def _days(sentence: str, language: str) -> list[tuple[str, str | None]]:
    art = Article(
        id="w",
        source="w",
        content_hash="w",
        blocks=[Block("paragraph", sentence)],
        language=language,
        published="2026-03-12",
    )
    return [(d.text, d.value) for d in extract_facts([art])[0].dates]


@pytest.mark.parametrize(
    ("sentence", "language", "day"),
    [
        ("Ва ўторак раніцай на рацэ Тарна прарвала дамбу.", "be", ("ўторак", "2026-03-10")),
        ("У аўторак мэр Варова наведаў горад.", "be", ("аўторак", "2026-03-10")),
        ("Am Dienstagmorgen ist ein Damm an der Tarna gebrochen.", "de", ("Dienstagmorgen", "2026-03-10")),
        ("Am Mittwochabend tagte der Krisenstab in Warow.", "de", ("Mittwochabend", "2026-03-11")),
        ("Am Dienstag tagte der Krisenstab in Warow.", "de", ("Dienstag", "2026-03-10")),
    ],
)
def test_weekday_forms_are_days(sentence: str, language: str, day: tuple[str, str]) -> None:
    assert day in _days(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Dienstagsfahrplan der Fähre gilt weiter.", "de"),  # a compound that is not a part of a day
        ("Аўтар кнігі жыве ў Варове.", "be"),  # "аўтар" (author) is no weekday
    ],
)
def test_words_that_only_start_like_a_weekday_are_not_days(sentence: str, language: str) -> None:
    assert _days(sentence, language) == []
