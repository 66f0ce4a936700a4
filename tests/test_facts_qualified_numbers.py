"""A qualified four-digit number that counts the noun after it is a figure, not a year: the model tags
"Roughly 1800" in "Roughly 1800 litres of diesel leaked" as a date (a new user's invented story); a year after
a qualifier ("built around 1990") or before an event ("the 2020 election") stays a date. Invented sentences."""

from __future__ import annotations

import pytest

from crosswire.facts import extract_facts
from crosswire.model import Article, Block


def _facts(text: str):
    article = Article(
        id="t",
        source="t",
        content_hash="t",
        blocks=[Block("paragraph", text)],
        published="2025-06-10",
        language="en",
        kind="text",
    )
    (facts,) = extract_facts([article])
    return facts


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Roughly 1800 litres of diesel leaked from the tank into a ditch beside the line, the agency said.", 1800),
        ("About 1500 tonnes of grain were lost when the silo at Marrow Quay collapsed on Monday.", 1500),
    ],
)
def test_a_qualified_number_counting_a_noun_is_a_figure_not_a_year(text: str, number: int) -> None:
    facts = _facts(text)
    assert not [d for d in facts.dates if str(number) in d.text], [(d.text, d.value) for d in facts.dates]
    assert any(f.value == number for f in facts.figures), [(f.text, f.value) for f in facts.figures]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The Selwyn mill, built around 1990, burned down on Monday night.", "1990"),
        ("Voters in Dorrow went to the polls in the 2020 election with little enthusiasm.", "2020"),
    ],
)
def test_a_year_stays_a_date(text: str, year: str) -> None:
    facts = _facts(text)
    assert any(d.value == year for d in facts.dates), [(d.text, d.value) for d in facts.dates]
