"""A sports club's name is an organisation, never a person (invented text; fix15): "FC Blau-Weiß Rheinau",
"Eintracht Hollstedt", "SV Grünhagen", "Sportfreunde Talheim" were people for the German reader, and "FC
Blau-Weiss Rheinau" lost its "FC" and became a person for the English one. The organisation words are
``data/organisation_words.toml``'s; the people of the same text stay people.
"""

from __future__ import annotations

import pytest

from invented import article_facts

CASES = [
    (
        "de",
        "Der FC Blau-Weiß Rheinau hat am Sonntag gegen die Eintracht Hollstedt gewonnen. Trainer Jonas Weber lobte "
        "die Mannschaft. Der SV Grünhagen verlor dagegen. Der Verein Sportfreunde Talheim teilte mit, das Spiel "
        "werde wiederholt.",
        ["FC Blau-Weiß Rheinau", "Eintracht Hollstedt", "SV Grünhagen", "Sportfreunde Talheim"],
        ["Jonas Weber"],
    ),
    (
        "en",
        "FC Blau-Weiss Rheinau beat Eintracht Hollstedt on Sunday. Coach Jonas Weber praised the team. SV "
        "Gruenhagen lost at home to Club Sparta Orvel.",
        ["FC Blau-Weiss Rheinau", "Eintracht Hollstedt", "SV Gruenhagen", "Club Sparta Orvel"],
        ["Jonas Weber"],
    ),
    (
        "pl",
        "Klub Sparta Orvel pokonał w niedzielę Dynamo Karst. Trener Jan Nowak pochwalił drużynę.",
        ["Klub Sparta Orvel", "Dynamo Karst"],
        ["Jan Nowak"],
    ),
    (
        "es",
        "El Club Deportivo Orvel venció el domingo al Atlético Karst. El entrenador Juan Pérez elogió al equipo.",
        ["Club Deportivo Orvel", "Atlético Karst"],
        ["Juan Pérez"],
    ),
]


@pytest.mark.parametrize(("language", "text", "clubs", "people"), CASES, ids=[c[0] for c in CASES])
def test_a_clubs_name_is_an_organisation(language, text, clubs, people) -> None:
    facts = article_facts(language, text, published="2026-05-06")
    types = {e.name: e.type for e in facts.entities}
    for club in clubs:
        assert types.get(club) == "organisation", types
    for person in people:
        assert types.get(person) == "person", types
