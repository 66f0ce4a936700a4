"""A planned cost written as a participle ("budgeted at", «presupuestada en», « chiffrée à », "veranschlagt",
«preventivata») is a cost in every language, so that two sums of one repair across languages are compared, never
two "only X" items (a new user's bridge story: "a repair costing 4.2 million euros" / "La reparación,
presupuestada en 6,5 millones de euros" read as a cost and a budget). A budget noun stays a budget. Texts are
invented."""

from __future__ import annotations

import pytest

from crosswire.vocab.concepts import money_concepts
from test_compare_core import compare_texts

COST_WORDS = [
    (["la", "reparación", "presupuestada", "en"], "es"),
    (["la", "rénovation", "chiffrée", "à"], "fr"),
    (["die", "sanierung", "ist", "mit", "veranschlagt"], "de"),
    (["il", "restauro", "preventivato", "in"], "it"),
    (["a", "repair", "budgeted", "at"], "en"),
    (["a", "obra", "orçada", "em"], "pt"),
]


@pytest.mark.parametrize(("words", "lang"), COST_WORDS, ids=[w[1] + "-" + w[0][2] for w in COST_WORDS])
def test_a_planned_cost_is_a_cost(words: list[str], lang: str) -> None:
    assert money_concepts(words, lang) == {"cost"}


def test_a_budget_noun_stays_a_budget() -> None:
    assert money_concepts(["el", "presupuesto", "municipal", "de"], "es") == {"budget"}
    assert money_concepts(["le", "budget", "de", "la", "ville"], "fr") == {"budget"}


def test_two_sums_of_one_repair_across_languages_conflict(tmp_path) -> None:
    day = "2027-10-04"
    rows = [
        (
            "a0",
            "Northern Ledger",
            day,
            "Harnvik\n\nPart of the roof of Harnvik's central station collapsed on Sunday, injuring three people.\n\n"
            "The station's operator said a repair costing 3.1 million euros had been planned for next year.\n\n"
            "Trains were diverted to the northern station.",
        ),
        (
            "a1",
            "La Vigie",
            day,
            "Harnvik\n\nUne partie du toit de la gare centrale de Harnvik s'est effondrée dimanche, blessant trois "
            "personnes.\n\nLa réparation, chiffrée à 5,4 millions d'euros, devait commencer l'an prochain.\n\n"
            "Les trains ont été détournés vers la gare nord.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    costs = [c for c in comparison.conflicts if "cost" in (c.measure or "").lower()]
    assert costs and sorted(costs[0].sources) == [1, 2]
