"""Years beside two different people are their ages, not one figure told two ways (invented text): a new user's
wildfire story quoted one resident in Spanish ("maestra jubilada de 69 años") and another in Italian ("58 anni"),
and the comparison showed "Years: 69 vs 58" as a conflict, story-wide and through a pair of nearest sentences.
The same stories' tolls, told with different figures in two languages, stay conflicts (the control)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

PUBLISHED = "2026-10-06"

EN = (
    "Flood forces hundreds from Lorvane\n\n"
    "LORVANE, Oct 6 (Northwire) - Floodwater from the swollen Aster river forced 640 residents of Lorvane from "
    "their homes on Monday, regional officials said. Two people were killed when their car was swept off a bridge, "
    'the police said. "We lost everything in one night," said Pietro Danza, a baker whose shop stood by the river.'
)
STORIES = {
    "es-it": [
        (
            "es",
            "El Diario del Valle",
            "Inundaciones en Lorvane\n\nLa crecida del río Aster obligó el lunes a 640 vecinos de Lorvane a abandonar "
            "sus casas, según las autoridades regionales. Tres personas murieron cuando su coche fue arrastrado desde "
            "un puente, según la policía. «No sabemos cuándo podremos volver», dijo Lucía Ferrer, enfermera jubilada "
            "de 71 años.",
        ),
        (
            "it",
            "La Voce",
            "Alluvione a Lorvane\n\nLa piena del fiume Aster ha costretto lunedì 640 residenti di Lorvane a lasciare "
            "le loro case, secondo le autorità regionali. «L'acqua è salita in pochi minuti», racconta Bruno Sarti, "
            "54 anni, meccanico del paese.",
        ),
    ],
    "de-pl": [
        (
            "de",
            "Talbote",
            "Hochwasser in Lorvane\n\nDas Hochwasser der Aster hat am Montag 640 Bewohner von Lorvane aus ihren "
            "Häusern vertrieben, teilten die Behörden mit. Drei Menschen kamen ums Leben, als ihr Auto von einer "
            "Brücke gerissen wurde, sagte die Polizei. «Wir wissen nicht, wann wir zurückkönnen», sagte die "
            "67-jährige Rentnerin Greta Holm.",
        ),
        (
            "pl",
            "Gazeta Doliny",
            "Powódź w Lorvane\n\nWezbrana rzeka Aster zmusiła w poniedziałek 640 mieszkańców Lorvane do opuszczenia "
            "domów, poinformowały władze. «Woda podniosła się w kilka minut», mówi Tomasz Wilk, 45 lat, mechanik.",
        ),
    ],
}


@pytest.mark.parametrize("story", sorted(STORIES))
def test_two_peoples_ages_are_no_conflict_and_the_toll_still_is(tmp_path: Path, story: str) -> None:
    rows = [("en", "Northwire", PUBLISHED, EN), *((i, o, PUBLISHED, t) for i, o, t in STORIES[story])]
    comparison = compare_texts(tmp_path, rows)
    summaries = [c.summary for c in comparison.conflicts]
    assert not any(s.lower().startswith(("years", "age")) for s in summaries), summaries
    assert any(s.startswith("People killed") for s in summaries), summaries  # the control: the toll, 2 vs 3
