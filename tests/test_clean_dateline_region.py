"""A dateline that puts the region in brackets after the place, then the day ("BRASTOV (Dorvania), 22 nov. — ",
"Lyon (Rhône), 3 mars — "): a new user's Spanish record kept it in its first sentence (no dateline read, and the
evidence shown opened with it). Invented text; a sentence with a bracketed word after a name stays a sentence."""

from __future__ import annotations

import pytest

from crosswire.clean.metadata import parse_dateline
from crosswire.compare.align import without_dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BRASTOV (Dorvania), 22 nov. — El Olvena Brastov ganó la final.", "BRASTOV"),
        ("Lyon (Rhône), 3 mars — Le maire a annoncé la fermeture.", "Lyon"),
        ("KATOWA (Śląsk), 19 listopada — Policja zatrzymała dwóch mężczyzn.", "KATOWA"),
    ],
)
def test_a_region_in_brackets_after_the_place(text: str, place: str) -> None:
    assert parse_dateline(text)[0] == place
    if place.isupper():  # the display trims a wire dateline: a place in capitals
        assert without_dateline(text)[:2] in ("El", "Po")


@pytest.mark.parametrize(
    "text",
    [
        "El Real Madrid (España), 22 goles en la liga. El equipo ganó.",
        "Anna Nowak (PiS), 19 listopada powiedziała, że nie zagłosuje.",
    ],
)
def test_a_bracket_after_a_name_in_a_sentence_is_no_dateline(text: str) -> None:
    assert parse_dateline(text) == (None, None)
    assert without_dateline(text) == text
