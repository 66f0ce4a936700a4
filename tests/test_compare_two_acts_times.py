"""The times of day of two acts are not set against each other story-wide because both sentences also give a
count: "broke out at 6:20 a.m. ..., injuring four workers" and "El último trabajador, un técnico de 52 años, fue
rescatado a las 11:40" are two acts' times, and the rescue's own two times across languages (9:40 / 11:40) stay a
conflict (a new user's bridge story merged the two and lost the rescue's 11:15 / 13:15). Texts are invented."""

from __future__ import annotations

import pytest

from test_compare_core import compare_texts

DAY = "2027-11-07"

STORIES = [
    (
        "English vs Spanish",
        (
            "Northern Ledger",
            "Harnvik\n\nA fire broke out at the Harnvik paper mill at 6:20 a.m. on Sunday, injuring four workers, "
            "the fire service said.\n\nThe last worker, a technician, was brought out at 9:40 a.m., after more than "
            "three hours of searching, Ola Brandt said."
            "\n\nThe mill will stay closed this week.",
        ),
        (
            "Diario del Sur",
            "Harnvik\n\nUn incendio se declaró el domingo por la mañana en la papelera de Harnvik.\n\n"
            "El último trabajador, un técnico de 52 años, fue rescatado a las 11:40, tras más de cinco horas de "
            "búsqueda.\n\nLa fábrica permanecerá cerrada esta semana.",
        ),
        ("9:40", "11:40"),
    ),
    (
        "English vs Italian",
        (
            "Northern Ledger",
            "Harnvik\n\nA fire broke out at the Harnvik paper mill at 6:20 a.m. on Sunday, injuring four workers, "
            "the fire service said.\n\nThe last worker, a technician, was brought out at 9:40 a.m., after more than "
            "three hours of searching, Ola Brandt said."
            "\n\nThe mill will stay closed this week.",
        ),
        (
            "Gazzetta del Nord",
            "Harnvik\n\nUn incendio è scoppiato domenica mattina nella cartiera di Harnvik.\n\n"
            "L'ultimo operaio, un tecnico di 52 anni, è stato portato fuori alle 11:40, dopo oltre cinque ore di "
            "ricerche.\n\nLa fabbrica resterà chiusa questa settimana.",
        ),
        ("9:40", "11:40"),
    ),
]


@pytest.mark.parametrize(("case", "one", "other", "times"), STORIES, ids=[s[0] for s in STORIES])
def test_a_later_acts_times_conflict_and_the_first_acts_time_stays_out(tmp_path, case, one, other, times) -> None:
    rows = [("a0", one[0], DAY, one[1]), ("a1", other[0], DAY, other[1])]
    comparison = compare_texts(tmp_path, rows)
    clocks = [c for c in comparison.conflicts if "time" in (c.measure or "").lower()]
    assert clocks, case
    labels = " ".join(s.label for c in clocks for s in c.sides)
    assert times[0] in labels and times[1] in labels
    assert "6:20" not in labels
