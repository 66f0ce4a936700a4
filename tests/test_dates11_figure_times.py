"""A figure is dated by a date of its own clause (dates11, invented text): "The ministry, which took office in October
2026, set a target of 40,000 homes" gave the slot the label "October 2026", the date of another clause; so did
"Officials said on Monday that 40 people were hurt" in every language. A date of the figure's own clause ("In
October 2026, prices rose 5 percent", "set a target of 40,000 homes by 2030") still dates it."""

from __future__ import annotations

import pytest

from crosswire.compare.figures.slots import own_clause_dates
from crosswire.facts.records import DateFact, Figure


def _own(text: str, figure: str, dates: dict[str, str], language: str) -> list[str]:
    """The written dates of ``dates`` (written -> ISO value) that :func:`own_clause_dates` keeps for ``figure``."""
    at = text.index(figure)
    f = Figure(figure, at, at + len(figure), 0, len(text), "count", 1.0)
    facts = [
        DateFact(w, text.index(w), text.index(w) + len(w), 0, len(text), v, "month" if len(v) == 7 else "day")
        for w, v in dates.items()
    ]
    return [d.text for d in own_clause_dates(text, f, facts, language)]


OTHER_CLAUSE = [
    ("en", "The ministry, which took office in October 2026, set a target of 40,000 homes.", "40,000", "October 2026"),
    ("en", "Officials said on Monday that 40 people were hurt in the blast.", "40", "Monday"),
    ("en", "About 40,000 homes were built, the agency that was founded in March said.", "40,000", "March"),
    (
        "es",
        "El ministerio, que asumió en octubre de 2026, fijó un objetivo de 40.000 viviendas.",
        "40.000",
        "octubre de 2026",
    ),
    ("fr", "Les autorités ont indiqué lundi que 40 personnes avaient été blessées.", "40", "lundi"),
    ("de", "Die Behörden teilten am Montag mit, dass 40 Menschen verletzt wurden.", "40", "Montag"),
    ("pl", "Policja podała w poniedziałek, że rannych zostało 40 osób.", "40", "poniedziałek"),
    ("ru", "Власти сообщили в понедельник, что пострадали 40 человек.", "40", "понедельник"),
    ("uk", "Влада повідомила у понеділок, що постраждали 40 людей.", "40", "понеділок"),
    ("it", "Le autorità hanno detto lunedì che 40 persone sono rimaste ferite.", "40", "lunedì"),
    ("pt", "As autoridades disseram na segunda-feira que 40 pessoas ficaram feridas.", "40", "segunda-feira"),
]


@pytest.mark.parametrize(("language", "text", "figure", "written"), OTHER_CLAUSE)
def test_a_date_of_another_clause_does_not_date_the_figure(language: str, text: str, figure: str, written: str) -> None:
    assert _own(text, figure, {written: "2026-10"}, language) == []


OWN_CLAUSE = [
    ("en", "In October 2026, prices rose 5 percent.", "5", "October 2026"),
    ("en", "The ministry set a target of 40,000 homes by 2030.", "40,000", "2030"),
    ("en", "Police said 40 people were hurt on Monday.", "40", "Monday"),
    ("es", "En octubre de 2026, los precios subieron un 5 por ciento.", "5", "octubre de 2026"),
    ("pl", "W poniedziałek rannych zostało 40 osób.", "40", "poniedziałek"),
    ("de", "Am Montag wurden 40 Menschen verletzt, teilte die Polizei mit.", "40", "Montag"),
]


@pytest.mark.parametrize(("language", "text", "figure", "written"), OWN_CLAUSE)
def test_a_date_of_the_figures_own_clause_dates_it(language: str, text: str, figure: str, written: str) -> None:
    assert _own(text, figure, {written: "2026-10"}, language) == [written]
