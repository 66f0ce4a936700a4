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


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        # an invented country's name in the brackets of a first paragraph: the region, never the agency
        ("OSKARMOOR (Valdénie) — Le maire a annoncé la fermeture du port.", "OSKARMOOR", None),
        ("BRASTOV (Dorvania) — The mayor announced the closure of the port.", "BRASTOV", None),
        ("KESSINGEN (Dorvanien) – Der Bürgermeister hat den Hafen geschlossen.", "KESSINGEN", None),
        ("SKERHOLM (Norvegia) – Il sindaco ha chiuso il porto.", "SKERHOLM", None),
        ("HALDEN (Nordland) - The mayor closed the port.", "HALDEN", None),
        # agencies, listed or not, stay agencies
        ("ZAROVSK (Meridian) - The mayor closed the port.", "ZAROVSK", "Meridian"),
        ("ZAROVSK (Vistula Wire) - The mayor closed the port.", "ZAROVSK", "Vistula Wire"),
        ("KESSINGEN (Nordwire) - A fire broke out.", "KESSINGEN", "Nordwire"),
        ("ROMA (Ansa) - Il sindaco ha chiuso il porto.", "ROMA", "Ansa"),
        ("OSKARMOOR, Valdenia (AP) — The mayor closed the port.", "OSKARMOOR", "AP"),
    ],
)
def test_a_region_shaped_bracket_is_no_agency(text: str, place: str, agency: str | None) -> None:
    assert parse_dateline(text) == (place, agency)
