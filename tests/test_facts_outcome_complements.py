"""Outcome verbs that state an outcome only with their complement (``[complement]`` in
``data/facts_outcomes.toml``): "cleared of all charges" is an acquittal, "the building had been cleared" is not
(a new user's ice-rink evacuation was given the outcome "acquitted")."""

from __future__ import annotations

import pytest

from crosswire.facts import extract_facts
from crosswire.model import Article, Block


def _outcomes(text: str) -> list[str]:
    art = Article(
        id="t", source="t", content_hash="t", blocks=[Block("paragraph", text)], language="en", published="2025-02-03"
    )
    return [o for c in extract_facts([art])[0].claims for o in c.outcomes]


@pytest.mark.parametrize(
    "text",
    [
        "A jury in Dornfield cleared the former treasurer of all charges on Tuesday.",
        "The former treasurer was cleared of wrongdoing by the ethics panel.",
        "The appeals court acquitted Martin Ollander of fraud.",
        "A jury in Dornfield cleared Martin Ollander on Friday.",
    ],
)
def test_an_acquittal_is_read(text: str) -> None:
    assert "acquitted" in _outcomes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters said the building had been cleared by 11 a.m.",
        "Crews cleared the road of debris within an hour.",  # "of debris": an object before "of"
        "Police cleared the square after the concert.",
        "The runway was cleared for landing shortly after noon.",
    ],
)
def test_clearing_a_place_is_no_acquittal(text: str) -> None:
    assert "acquitted" not in _outcomes(text)
