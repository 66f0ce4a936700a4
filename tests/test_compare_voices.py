"""Two different people's own words, quoted by two outlets, are two statements, never one agreed claim (a new
user's bridge story agreed a teacher's quote in Italian with a nurse's in French); one person's words in two
languages, or two people giving one figure, still agree. All texts are invented."""

from __future__ import annotations

import pytest

from test_compare_core import compare_texts

DAY = "2027-06-14"

TWO_VOICES = [
    (
        "Spanish resident vs English resident, the second quote a continuation",
        (
            "es",
            "Diario del Sur",
            "Dorvik\n\nUn incendio destruyó el mercado cubierto de Dorvik el lunes por la noche.\n\n"
            "«Vendía pescado aquí desde hacía veinte años», contó Rosa Alder, comerciante del mercado.\n\n"
            "«Cruzo esta plaza todos los días para ir a trabajar.»\n\nLos bomberos trabajaron toda la noche.",
        ),
        (
            "en",
            "Northern Ledger",
            "Dorvik\n\nA fire destroyed the covered market in Dorvik on Monday night.\n\n"
            '"I cross this square every day to get to work," said Piet Moran, a bus driver who lives nearby.\n\n'
            "Firefighters worked through the night.",
        ),
    ),
    (
        "German resident vs Polish resident",
        (
            "de",
            "Hafenbote",
            "Dorvik\n\nEin Brand hat am Montagabend die Markthalle von Dorvik zerstört.\n\n"
            "„Ich habe jetzt Angst, in die Altstadt zu gehen“, sagte die Rentnerin Edda Lorn.\n\n"
            "Die Feuerwehr war die ganze Nacht im Einsatz.",
        ),
        (
            "pl",
            "Kurier Nadmorski",
            "Dorvik\n\nPożar zniszczył w poniedziałek wieczorem halę targową w Dorviku.\n\n"
            "„Teraz boję się chodzić na stare miasto” – powiedział emeryt Jonas Vik.\n\n"
            "Strażacy pracowali przez całą noc.",
        ),
    ),
]


def _together(comparison, a: str, b: str) -> list:
    return [
        c
        for c in comparison.agreed
        if any(a in ev.text for ev in c.evidence) and any(b in ev.text for ev in c.evidence)
    ]


@pytest.mark.parametrize(("case", "one", "other"), TWO_VOICES, ids=[c[0] for c in TWO_VOICES])
def test_two_peoples_words_are_not_agreed(tmp_path, case: str, one: tuple, other: tuple) -> None:
    rows = [("a0", one[1], DAY, one[2]), ("a1", other[1], DAY, other[2])]
    comparison = compare_texts(tmp_path, rows)
    quote_a = {"es": "Cruzo esta plaza", "de": "Ich habe jetzt Angst"}[one[0]]
    quote_b = {"en": "I cross this square", "pl": "Teraz boję się"}[other[0]]
    assert not _together(comparison, quote_a, quote_b), case
    # the narration of one fact still agrees
    assert comparison.agreed, case
