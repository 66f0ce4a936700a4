"""One measure, two values, kept apart instead of shown (conf14). A new user's gas story kept "180,000 households"
[en] and "240 tysięcy gospodarstw domowych" [pl] apart as "each gives a number of one measure the other does not"
and showed no conflict: the English count had a concept (a house) and the Polish noun none, so the figure reader
took them for two things. And "About 300 industrial customers" [en] / "412 Industriekunden" [de] met nowhere: no
list knew a customer. Near cases: people against homes, customers against workers. Invented text."""

from __future__ import annotations

import pytest

from crosswire.vocab.concepts import concept_of
from test_compare_core import compare_texts

WIRE = (
    "Dravonia and Lestria signed an agreement on Wednesday to restart gas flows. "
    "Since then {} in Lestria have been without gas for heating and cooking. "
    "The prime ministers met in the afternoon."
)
OTHER = {
    "pl": (
        "Dravonia i Lestria podpisały w środę porozumienie o wznowieniu przesyłu gazu. "
        "Według urzędu regulacji energetyki bez gazu pozostawało 240 tysięcy gospodarstw domowych w Lestrii. "
        "Premierzy spotkali się po południu."
    ),
    "es": (
        "Dravonia y Lestria firmaron el miércoles un acuerdo para reanudar el flujo de gas. "
        "Según el regulador de la energía, 240.000 hogares de Lestria se quedaron sin gas. "
        "Los primeros ministros se reunieron por la tarde."
    ),
}


def _figure_conflicts(tmp_path, rows):
    comparison = compare_texts(tmp_path, [(f"r{i}", o, "2026-12-02", t) for i, (o, t) in enumerate(rows)])
    return [c for c in comparison.conflicts if c.reason in ("different value", "vague vs precise")]


@pytest.mark.parametrize("language", ["pl", "es"])
def test_households_two_counts_of_one_measure_are_a_conflict(tmp_path, language):
    found = _figure_conflicts(tmp_path, [("Wire", WIRE.format("180,000 households")), ("Other", OTHER[language])])
    assert len(found) == 1
    assert "180,000" in found[0].summary and "240" in found[0].summary


@pytest.mark.parametrize(
    "text",
    [
        # people against homes: a resident is no household
        OTHER["pl"].replace("gospodarstw domowych", "mieszkańców"),
        # cars against homes: two things a list knows
        OTHER["pl"].replace("gospodarstw domowych", "samochodów"),
    ],
)
def test_two_things_counted_are_no_conflict(tmp_path, text):
    assert _figure_conflicts(tmp_path, [("Wire", WIRE.format("180,000 households")), ("Other", text)]) == []


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("customers", "en"),
        ("Industriekunden", "de"),
        ("Kunden", "de"),
        ("clients", "fr"),
        ("clientes", "es"),
        ("clienti", "it"),
        ("clientes", "pt"),
        ("odbiorców", "pl"),
        ("потребителей", "ru"),
        ("споживачів", "uk"),
    ],
)
def test_a_customer_is_one_concept_in_every_language(word, language):
    assert concept_of(word.lower(), language) == "customer"


def test_kundgebung_is_still_a_protest():
    assert concept_of("kundgebung", "de") == "protester"


HERALD = (
    "The gas shutdown has hit industry hard. About 300 industrial customers, from bakeries to the Sarvik "
    "glassworks, have had their supply cut entirely. Schools stayed open."
)


def test_customers_vague_against_precise_across_languages(tmp_path):
    de = (
        "Der Gasausfall traf die Industrie besonders hart. 412 Industriekunden mussten ihre Produktion ganz oder "
        "teilweise einstellen, wie der Netzbetreiber mitteilte. Die Schulen blieben offen."
    )
    found = _figure_conflicts(tmp_path, [("Herald", HERALD), ("Abendpost", de)])
    assert len(found) == 1
    assert "300" in found[0].summary and "412" in found[0].summary


def test_customers_against_workers_is_no_conflict(tmp_path):
    de = (
        "Der Gasausfall traf die Industrie besonders hart. 412 Arbeiter mussten ihre Arbeit ganz oder teilweise "
        "einstellen, wie der Netzbetreiber mitteilte. Die Schulen blieben offen."
    )
    assert _figure_conflicts(tmp_path, [("Herald", HERALD), ("Abendpost", de)]) == []
