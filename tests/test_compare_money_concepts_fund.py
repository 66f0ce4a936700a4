"""Two outlets' sums of one measure (a fund or social plan, a one-off charge, aid) clash as a different value
though their sentences read under the agreement bar (invented text; data/money_concepts.toml [fund], [charge],
[aid], read by crosswire.compare.claims.money). A new user's factory story left "a severance and retraining fund
of 85 million euros" and "einen Sozialplan über 58 Millionen Euro" both under "Not in any item"."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.vocab.concepts import money_concepts
from test_compare_core import compare_texts

WIRE = (
    "Brenvik Foods to close Tessel bakery\n\nBrenvik Foods will close its bakery in Tessel, cutting 900 jobs, the "
    "company said on Tuesday. {money}"
)
CASES = [
    (
        "de",
        "Brenvik said it would set up a severance and retraining fund of {n} million euros for the staff.",
        "Brenvik Foods schließt Tessel\n\nBrenvik Foods schließt seine Bäckerei in Tessel, 900 Arbeitsplätze fallen "
        "weg. Für die Beschäftigten will Brenvik einen Sozialplan über {m} Millionen Euro auflegen, der Abfindungen "
        "finanzieren soll.",
    ),
    (
        "fr",
        "The regional government promised aid of {n} million euros for the town.",
        "Brenvik Foods ferme Tessel\n\nBrenvik Foods fermera sa boulangerie de Tessel, 900 emplois sont supprimés. "
        "La région a promis une aide de {m} millions d'euros à la ville.",
    ),
    (
        "es",
        "The company expects a one-off charge of {n} million euros in its results.",
        "Brenvik Foods cierra en Tessel\n\nBrenvik Foods cerrará su panadería de Tessel, con la pérdida de 900 "
        "empleos. La empresa prevé un cargo extraordinario de {m} millones de euros en sus cuentas.",
    ),
]


def _conflicts(tmp_path: Path, case: tuple[str, str, str], n: str, m: str) -> list[tuple[str, str]]:
    language, english, other = case
    rows = [
        ("a", "Northwire", "2026-11-10", WIRE.format(money=english.format(n=n))),
        ("b", f"Outlet {language}", "2026-11-10", other.format(m=m)),
    ]
    return [(c.summary, c.reason) for c in compare_texts(tmp_path, rows).conflicts]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_two_sums_of_one_measure_clash(tmp_path: Path, case: tuple[str, str, str]) -> None:
    found = _conflicts(tmp_path, case, "85", "58")
    assert [r for s, r in found if "85" in s and "58" in s] == ["different value"], found


@pytest.mark.parametrize("case", CASES[:1], ids=[c[0] for c in CASES[:1]])
def test_one_sum_in_two_languages_is_no_conflict(tmp_path: Path, case: tuple[str, str, str]) -> None:
    assert not _conflicts(tmp_path, case, "85", "85")


@pytest.mark.parametrize(
    ("words", "language", "concept"),
    [
        ("einen Sozialplan über", "de", "fund"),
        ("a severance and retraining fund of", "en", "fund"),
        ("une aide de", "fr", "aid"),
        ("un cargo extraordinario de", "es", "charge"),
        ("a one-off charge of", "en", "charge"),
    ],
)
def test_money_words(words: str, language: str, concept: str) -> None:
    assert money_concepts(words.split(), language) == {concept}
