"""One invented story told in English, French and Spanish: a faithful translation of a rate rise is agreed,
never kept apart by a check of what each states nor shown as a conflict of its numbers.

Before crosswire.compare.claims.rate_points, "300 basis points" / "300 points de base" / "3 puntos porcentuales"
were two values of one measure: a conflict "Points: 300 [en][fr] vs 3 [es]" and no agreed item. Texts invented.
"""

from __future__ import annotations

import pytest

from test_compare_core import compare_texts

DAY = "2027-05-12"
ROWS = [
    (
        "en1",
        "Harbor Ledger",
        DAY,
        "SELMARK, May 12 — The Central Bank of Dorvia raised its main rate by 300 basis points to 11 percent on "
        "Wednesday at an emergency meeting.\n\n"
        'Treasury Minister Pavel Orsen said the cabinet "stands fully behind" the central bank.\n\n'
        "Shops in the capital reported brisk trade in foreign currency.",
    ),
    (
        "fr1",
        "Le Veilleur",
        DAY,
        "SELMARK – La Banque centrale de Dorvie a relevé mercredi son taux principal de 300 points de base, à 11 %, "
        "lors d'une réunion d'urgence.\n\n"
        "Le ministre du Trésor, Pavel Orsen, a salué la décision.\n\n"
        "« Le cabinet soutient pleinement la banque centrale », a-t-il déclaré dans un communiqué.",
    ),
    (
        "es1",
        "Diario Austral",
        DAY,
        "SELMARK.– El Banco Central de Dorvia elevó este miércoles su tipo principal en 3 puntos porcentuales, "
        "hasta el 11 %, en una reunión de urgencia.\n\n"
        "Los analistas esperan nuevas medidas en junio.",
    ),
]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return compare_texts(tmp_path_factory.mktemp("crosslang"), ROWS)


def _source(story, article: str) -> int:  # type: ignore[no-untyped-def]
    return next(a.source for a in story.articles if a.id == article)


def test_a_rise_in_basis_points_and_in_percentage_points_is_agreed(story) -> None:  # type: ignore[no-untyped-def]
    es = _source(story, "es1")
    rise = [it for it in story.agreed if any("puntos porcentuales" in ev.text for ev in it.evidence)]
    assert rise, [it.summary for it in story.agreed]
    assert any(_source(story, "fr1") in it.sources and es in it.sources for it in rise)


def test_no_conflict_of_points(story) -> None:  # type: ignore[no-untyped-def]
    assert not [c.summary for c in story.conflicts if "300" in c.summary]
