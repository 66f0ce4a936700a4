"""Conflicts over who noticed a smell of gas (issue 12: an agent that differs between outlets with no value read):
"after neighbours reported a smell of gas" / "after the landlord detected the odour of gas", per language and in
a three-outlet story; the same agent in other words and a sentence with no agent stay quiet. Invented text."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.agents import readings
from test_compare_core import compare_texts

OUTLETS = ["Valley Tribune", "Coast Ledger", "Harbour Post"]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "Firefighters were called after neighbours reported a strong smell of gas.", "neighbour"),
        ("en", "The flat was evacuated after the building's landlord detected the odour of gas.", "landlord"),
        ("de", "Ein Nachbar meldete Gasgeruch im Treppenhaus.", "neighbour"),
        ("fr", "Le propriétaire de l'immeuble a signalé une odeur de gaz.", "landlord"),
        ("es", "Una vecina notó olor a gas en la escalera.", "neighbour"),
        ("ru", "Соседи почувствовали запах газа в подъезде.", "neighbour"),
        ("pl", "Właściciel kamienicy poczuł zapach gazu na klatce.", "landlord"),
    ],
)
def test_who_smelled_gas_is_read(lang, sentence, expected):
    assert [(r.act, r.agent) for r in readings(sentence, lang)] == [("smelled_gas", expected)]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "A smell of gas was reported shortly after noon."),  # no agent
        ("en", "Neighbours and the landlord reported a smell of gas."),  # two agents together
        ("en", "The landlord said nobody had reported a smell of gas."),  # a report of another's words
    ],
)
def test_no_agent_is_read_without_a_tie(lang, sentence):
    assert readings(sentence, lang) == []


LEAD_A = "Two men were found dead in a flat in Dunmore on Tuesday, police said. "
LEAD_B = "Police found two men dead in a Dunmore flat on Tuesday. "
LEAD_C = "Two men were found dead on Tuesday in a flat in Dunmore. "


def _agents(tmp_path, texts):
    rows = [(f"r-{i}", OUTLETS[i], "2024-03-13", t) for i, t in enumerate(texts)]
    comparison = compare_texts(tmp_path, rows)
    return [c for c in comparison.conflicts if c.reason == "different agent"]


def test_neighbours_against_the_landlord_is_a_conflict(tmp_path):
    found = _agents(
        tmp_path,
        [
            LEAD_A + "Officers were called to the building after neighbours reported a strong smell of gas.",
            LEAD_B + "The flat was entered after the landlord detected the odour of gas on the stairs.",
            LEAD_C + "Emergency crews arrived after neighbours reported a smell of gas.",
        ],
    )
    assert len(found) == 1, [c.summary for c in found]
    labels = sorted(s.label for s in found[0].sides)
    assert labels == ["landlord", "neighbours"]
    assert not set.intersection(*(set(s.sources) for s in found[0].sides))


def test_one_agent_in_other_words_stays_quiet(tmp_path):
    found = _agents(
        tmp_path,
        [
            LEAD_A + "Officers were called to the building after neighbours reported a strong smell of gas.",
            LEAD_B + "The flat was entered after a neighbour noticed a smell of gas on the stairs.",
        ],
    )
    assert [c.summary for c in found] == []


def test_a_possessor_is_no_agent():
    """ "The landlord's son found the bodies": the son found them, not the landlord (ECB+ topic 32)."""
    assert readings("Police say the landlord's son found the bodies after entering the flat.", "en") == []
    assert [(r.act, r.agent) for r in readings("The building's landlord found the bodies.", "en")] == [
        ("found_body", "landlord")
    ]
