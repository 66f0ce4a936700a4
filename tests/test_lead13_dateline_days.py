"""A date in a paragraph's opening dateline ("HARTWELL, July 18 — A titan arum has flowered ...") is the day the
outlet filed, not a value of the sentence's act. A new user's three-outlet story showed "Day: July 18 [1] vs
19 juillet [2]" as a conflict: the two datelines, while both outlets dated the flowering to Thursday. A date after
the dateline's dash stays a value of its sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from invented import paragraph_facts
from test_compare_core import compare_texts

PUBLISHED = "2026-07-19"

LEADS = {
    "en": ("HARTWELL, July 18 — A titan arum at the town's botanic garden has flowered for the first time.", "July 18"),
    "fr": ("LINDENBROOK, 19 juillet — Un arum titan du jardin botanique a fleuri pour la première fois.", "19 juillet"),
    "de": ("HARTWELL, 18. Juli — Im Botanischen Garten hat eine Titanwurz zum ersten Mal geblüht.", "18. Juli"),
    "es": ("HARTWELL, 18 de julio — Un aro gigante del jardín botánico ha florecido por primera vez.", "18 de julio"),
    "ru": ("ХАРТУЭЛЛ, 18 июля — Аморфофаллус в ботаническом саду города впервые зацвёл.", "18 июля"),
    "pl": ("HARTWELL, 18 lipca — Dziwidło olbrzymie w ogrodzie botanicznym zakwitło po raz pierwszy.", "18 lipca"),
}


def _claim_dates(language: str, text: str) -> list[str]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return [v.text for c in facts.claims for v in c.values if v.kind == "date"]


@pytest.mark.parametrize("language", sorted(LEADS))
def test_the_datelines_date_is_no_value_of_the_lead(language: str) -> None:
    text, date_text = LEADS[language]
    assert date_text not in _claim_dates(language, text)


def test_a_date_after_the_dash_stays_the_sentences() -> None:
    text = "HARTWELL, July 18 — The titan arum at the botanic garden flowered on July 16 for the first time."
    assert _claim_dates("en", text) == ["July 16"]


def test_a_date_in_a_sentence_without_dateline_stays() -> None:
    assert _claim_dates("en", "The titan arum at the botanic garden flowered on July 16 for the first time.") == [
        "July 16"
    ]


def test_two_outlets_datelines_are_no_day_conflict(tmp_path: Path) -> None:
    a = (
        "HARTWELL, July 18 — A titan arum at the Lindenbrook Botanic Garden has flowered for the first time in its "
        "history, filling the glasshouse with a smell of rotting meat.\n\nThe plant opened late on Thursday."
    )
    b = (
        "LINDENBROOK, 19 juillet — Un arum titan du jardin botanique de Lindenbrook a fleuri pour la première fois "
        "de son histoire, emplissant la serre d'une odeur de viande pourrie.\n\nLa plante s'est ouverte jeudi soir."
    )
    rows = [("a", "Outlet A", "2026-07-18", a), ("b", "Outlet B", PUBLISHED, b)]
    found = [(c.reason, c.summary) for c in compare_texts(tmp_path, rows).conflicts]
    assert not [s for r, s in found if "July 18" in s or "19 juillet" in s], found
