"""French words the small model tags as persons are no people: a weekday or month name opening a sentence
("Mercredi soir, ...", "Jeudi, ..."), a common noun in lower case ("personnels de cabine"), a participle opening
a sentence ("Publié le ..."). A new user's airline-strike trial listed "Mercredi", "cabine" and "Publié" among
its French article's people. Invented text of other events; real names beside them stay people."""

from __future__ import annotations

import pytest

from crosswire.facts.languages.french import FrenchFrontEnd


def _persons(text: str) -> list[str]:
    analysis = FrenchFrontEnd().analyse(text, "fr")
    return [n.normal for n in analysis.names if n.label == "PER"]


@pytest.mark.parametrize(
    ("text", "not_people", "people"),
    [
        (
            "Mercredi soir, le tribunal administratif de Brenholm a rejeté la demande des dockers.",
            ["Mercredi"],
            [],
        ),
        ("Jeudi, Élisabeth Marrow a présenté le plan de la direction du port.", ["Jeudi"], ["Élisabeth Marrow"]),
        (
            "Le principal syndicat des personnels de cabine, le SNPM, a exprimé sa solidarité avec les marins.",
            ["cabine"],
            [],
        ),
        (
            "Samedi, le maire Paul Ostrand a inauguré le nouveau quai devant 300 personnes.",
            ["Samedi"],
            ["Paul Ostrand"],
        ),
    ],
)
def test_day_names_and_common_nouns_are_no_people(text: str, not_people: list[str], people: list[str]) -> None:
    got = _persons(text)
    assert not set(got) & set(not_people), got
    assert all(p in got for p in people), got


def test_a_name_that_is_not_a_day_stays_a_person() -> None:
    got = _persons("Selon Marten Holl, le directeur du port, la grève coûtera cher à la compagnie.")
    assert "Marten Holl" in got, got
