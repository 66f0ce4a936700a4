"""A year after "since" is the start of a period, not the time of the figure beside it: "fell to $4.2 million,
the lowest since 2019" was shown as "Amount (2019): $4.2 million" (a new user's trial). Nor does it date the figure
to another event. A range's start ("from 2019 to 2021", "od 2019 do 2021") and a year of its own ("in 2019") keep
their readings. Invented text (a port's fees after a crane collapsed)."""

from __future__ import annotations

import pytest

from crosswire.facts.date_context import after_since
from invented import article_facts
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("text", "year", "lang", "expected"),
    [
        ("Fees fell to $4.2 million, the lowest since 2019.", "2019", "en", True),
        ("Exports reached the highest level since 2015 in March.", "2015", "en", True),
        ("Les recettes sont les plus basses depuis 2019.", "2019", "fr", True),
        ("Los ingresos son los más bajos desde 2019.", "2019", "es", True),
        ("Die Einnahmen sind so niedrig wie seit 2019 nicht mehr.", "2019", "de", True),
        ("Wpływy są najniższe od 2019 roku.", "2019", "pl", True),
        ("Wpływy rosły od 2019 do 2021 roku.", "2019", "pl", False),
        ("Prices rose 12 percent from 2019 to 2021.", "2019", "en", False),
        ("The port handled 41,000 containers in 2019.", "2019", "en", False),
    ],
)
def test_a_year_after_since(text: str, year: str, lang: str, expected: bool) -> None:
    at = text.index(year)
    assert after_since(text, at, at + len(year), lang) is expected


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Harbour traffic fell to 41,000 containers, the lowest since 2019, the port said.", None),
        ("Harbour fees rose to $4.2 million in March, the highest level since 2015.", "2026-03"),
        ("The port handled 41,000 containers in 2019, its busiest year.", "2019"),
    ],
)
def test_the_figure_is_not_dated_by_a_since_year(text: str, time: str | None) -> None:
    facts = article_facts("en", text, published="2026-03-14")
    assert [f.time for f in facts.figures] == [time]


def test_a_single_source_figure_label_carries_no_since_year(tmp_path):
    lead = "A crane collapsed at the port of Brannock on Thursday, the port authority said."
    rows = [
        ("a", "Harbour Post", "2026-03-14", f"{lead} Harbour fees fell to $4.2 million, the lowest since 2019."),
        ("b", "Northgate Courier", "2026-03-14", lead),
    ]
    summaries = [s.summary for s in compare_texts(tmp_path, rows).single_source]
    assert any("$4.2 million" in s for s in summaries)
    assert not any("2019)" in s for s in summaries)
