"""One figure two languages share, told by a sentence of many facts and by a short one, is agreed (invented text;
crosswire.compare.claims.align.translated / numbers_within). A new user's airline story left "unos 21.000 pasajeros"
in no item: the English sentence giving the same passengers also gave the flights cancelled, so the pair's numbers
were not "the same numbers" and the translation rule did not lift it over the bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.align import numbers_within
from crosswire.facts.records import Value
from test_compare_core import compare_texts

WIRE = (
    "Kestrel Air grounds its fleet\n\nThe aviation authority of Ostrelia grounded all 17 Vantis-200 jets of Kestrel "
    "Air on Friday after an engine fire. Kestrel Air cancelled 85 flights on Friday, affecting about 14,000 "
    "passengers. The airline said it had no spare aircraft. Inspections will take at least a week, the authority "
    "said."
)
OTHERS = {
    "es": "Kestrel Air deja en tierra su flota\n\nLa autoridad de aviación de Ostrelia inmovilizó el viernes los 17 "
    "aviones Vantis-200 de Kestrel Air tras un incendio de motor. La cancelación de vuelos ha afectado ya a unos "
    "14.000 pasajeros, según la aerolínea, que usa el Vantis-200 en casi todas sus rutas. Las revisiones durarán al "
    "menos una semana.",
    "fr": "Kestrel Air cloue sa flotte au sol\n\nL'autorité de l'aviation d'Ostrélie a immobilisé vendredi les 17 "
    "avions Vantis-200 de Kestrel Air après un incendie de moteur. Environ 14 000 voyageurs sont touchés par les "
    "annulations, selon la compagnie, qui n'a pas d'avion de réserve. Les contrôles dureront au moins une semaine.",
}


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_a_figure_of_a_many_fact_sentence_is_agreed_with_a_short_one(tmp_path: Path, language: str) -> None:
    rows = [
        ("a", "Northwire", "2026-05-04", WIRE),
        ("b", f"Outlet {language}", "2026-05-04", OTHERS[language]),
    ]
    agreed = [[e.text for e in item.evidence] for item in compare_texts(tmp_path, rows).agreed]
    assert any(
        any("14,000 passengers" in t for t in texts) and any("14" in t and "000 " in t for t in texts if "14," not in t)
        for texts in agreed
    ), agreed


def _count(value: float, concept: str, noun: str | None = None) -> Value:
    return Value(kind="count", text=str(value), start=0, end=1, value=value, noun=noun or concept, concept=concept)


def test_numbers_within_a_longer_sentence() -> None:
    long = [_count(85, "flight"), _count(14000, "passenger")]
    assert numbers_within([_count(14000, "passenger")], long)
    assert numbers_within([_count(14000, "passenger", "pasajeros")], long)
    # no number shared, or the short sentence gives one the long does not
    assert not numbers_within([_count(15000, "passenger")], long)
    assert not numbers_within([_count(14000, "passenger"), _count(90, "flight")], long)
    # the long sentence's other number counts what the shared one counts: two figures of one thing
    assert not numbers_within([_count(3, "miner")], [_count(5, "miner"), _count(3, "miner")])
    # nothing to share, or as many numbers on both sides (the rule of equal numbers decides those)
    assert not numbers_within([], long)
    assert not numbers_within(long, long)


WIRE_LONG = (
    "Kestrel Air grounds its fleet\n\nThe aviation authority of Ostrelia grounded all 17 Vantis-200 jets of Kestrel "
    "Air on Friday after an engine fire on a flight with 212 passengers on board. Kestrel Air cancelled 85 flights "
    "on Friday, affecting about 14,000 passengers. The airline flies the Vantis-200 on most of its routes and has no "
    "spare aircraft, its chief executive said."
)
OTHERS_LONG = {
    "es": "Kestrel Air deja en tierra su flota\n\nLa autoridad de aviación de Ostrelia inmovilizó el viernes los 17 "
    "aviones Vantis-200 de Kestrel Air. La cancelación de vuelos ha afectado ya a unos 14.000 pasajeros, según la "
    "compañía, que opera el Vantis-200 en la mayor parte de sus rutas y no dispone de aviones de reserva.",
    "it": "Kestrel Air, flotta a terra\n\nL'autorità dell'aviazione dell'Ostrelia ha fermato venerdì i 17 aerei "
    "Vantis-200 di Kestrel Air. Secondo la compagnia, che usa il Vantis-200 sulla maggior parte delle rotte e non ha "
    "aerei di riserva, le cancellazioni hanno colpito circa 14.000 passeggeri.",
}


@pytest.mark.parametrize("language", sorted(OTHERS_LONG))
def test_one_figure_of_one_concept_in_two_sentences_of_many_facts_is_agreed(tmp_path: Path, language: str) -> None:
    """The other sentence states the figure among other facts and reads nearest another sentence: the figure
    keyed by its concept still agrees (story_wide.one_figure_groups); the flight's 212 passengers stay apart."""
    rows = [
        ("a", "Northwire", "2026-05-04", WIRE_LONG),
        ("b", f"Outlet {language}", "2026-05-04", OTHERS_LONG[language]),
    ]
    agreed = [[e.text for e in item.evidence] for item in compare_texts(tmp_path, rows).agreed]
    found = [texts for texts in agreed if any("14,000 passengers" in t for t in texts)]
    assert any(any("14.000" in t for t in texts) for texts in found), agreed
    assert not any(any("212" in t for t in texts) and any("14.000" in t for t in texts) for texts in agreed), agreed
