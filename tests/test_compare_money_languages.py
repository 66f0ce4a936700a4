"""Sums of money across languages, keyed by what they are (`data/money_concepts.toml`,
`compare/claims/money.py`), on an invented bank failure in five languages.

A new user's planted case: "a capital shortfall of 2.3 billion crowns" [en], "un trou de 2,3 milliards de
couronnes dans ses fonds propres" [fr], "eine Kapitallücke von 2,3 Milliarden Kronen" [de] against "Дыра в
капитале банка составляет 3,1 млрд крон" [ru] was missed: crowns were no currency, the French and Spanish
scale word was read twice ("2,3 milliards" and "milliards"), the partitive ("de couronnes", "d'euros") hid
the currency, and a sum had no key shared across languages. One sum of one concept in two languages is
agreed when equal and a conflict when different; two concepts (a fine and a shortfall), two currencies, or a
clause naming two concepts never.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.vocab.concepts import money_concepts
from invented import paragraph_facts
from test_compare_core import compare_texts

PUBLISHED = "2026-05-15"
LEAD = {
    "en": "The central bank of Orlavia revoked the licence of Kestel Bank on Thursday.",
    "fr": "La banque centrale d'Orlavie a retiré jeudi la licence de la banque Kestel.",
    "de": "Die Zentralbank von Orlavia hat der Kestel Bank am Donnerstag die Lizenz entzogen.",
    "ru": "Центральный банк Орлавии в четверг отозвал лицензию банка Кестел.",
    "es": "El banco central de Orlavia retiró el jueves la licencia del banco Kestel.",
}
SUM = {
    "en": "Auditors found a capital shortfall of 2.3 billion crowns at the lender, the regulator said.",
    "fr": "Les auditeurs ont découvert un trou de 2,3 milliards de couronnes dans ses fonds propres, selon le "
    "régulateur.",
    "de": "Die Prüfer fanden eine Kapitallücke von 2,3 Milliarden Kronen, teilte die Aufsicht mit.",
}
OUTLETS = {
    "en": "Orlavia Herald",
    "fr": "Le Courrier d'Orlavie",
    "de": "Tagesblatt",
    "ru": "Вести Орлавии",
    "es": "El Diario",
}


def _rows(other: str, language: str = "ru") -> list[tuple[str, str, str, str]]:
    texts = {lang: f"Kestel\n\n{LEAD[lang]} {SUM[lang]}" for lang in SUM}
    texts[language] = f"Kestel\n\n{LEAD[language]} {other}"
    return [(lang, OUTLETS[lang], PUBLISHED, text) for lang, text in texts.items()]


def _sides(comparison) -> list[list[str]]:
    return [
        sorted(ev.article for ev in side.evidence) for c in comparison.conflicts for side in getattr(c, "sides", [])
    ]


def test_a_sum_of_one_concept_in_another_language_conflicts(tmp_path: Path) -> None:
    """The planted case: 2.3 billion crowns [en][fr][de] against 3,1 млрд крон [ru], each side citing the
    sentence that states it."""
    comparison = compare_texts(tmp_path, _rows("Дыра в капитале банка составляет 3,1 млрд крон, сообщил регулятор."))
    assert _sides(comparison) == [["de", "en", "fr"], ["ru"]], [c.summary for c in comparison.conflicts]
    (conflict,) = comparison.conflicts
    texts = {ev.article: ev.text for side in conflict.sides for ev in side.evidence}
    assert texts["ru"].startswith("Дыра в капитале") and "2,3 Milliarden Kronen" in texts["de"]
    assert conflict.summary.lower().startswith("shortfall")


def test_a_sum_of_one_concept_stated_alike_in_four_languages_is_agreed(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, _rows("Дыра в капитале банка составляет 2,3 млрд крон, сообщил регулятор."))
    assert not comparison.conflicts
    sums = [it for it in comparison.agreed if "crowns" in it.summary]
    assert sums and {ev.article for ev in sums[0].evidence} == {"en", "fr", "de", "ru"}, [
        it.summary for it in comparison.agreed
    ]


@pytest.mark.parametrize(
    "other",
    [
        "Регулятор оштрафовал банк на 3,1 млрд крон.",  # a fine, not the shortfall
        "Дыра в капитале банка составляет 3,1 млрд евро, сообщил регулятор.",  # another currency
        "Дефицит бюджета Орлавии составляет 3,1 млрд крон.",  # a budget deficit: two concepts, no key
    ],
)
def test_sums_of_other_concepts_or_currencies_do_not_conflict(tmp_path: Path, other: str) -> None:
    comparison = compare_texts(tmp_path, _rows(other))
    assert not comparison.conflicts, [c.summary for c in comparison.conflicts]


def test_a_spanish_hole_conflicts_and_a_spanish_loss_does_not(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    hole = compare_texts(tmp_path / "a", _rows("Los auditores hallaron un agujero de 3.100 millones de coronas.", "es"))
    assert _sides(hole) == [["de", "en", "fr"], ["es"]], [c.summary for c in hole.conflicts]
    loss = compare_texts(tmp_path / "b", _rows("El banco registró pérdidas de 3.100 millones de coronas.", "es"))
    assert not loss.conflicts, [c.summary for c in loss.conflicts]


@pytest.mark.parametrize(
    ("language", "words", "concepts"),
    [
        ("de", ["eine", "Kapitallücke", "von"], {"shortfall"}),
        ("de", ["das", "Haushaltsloch"], {"shortfall"}),  # a compound by its head: a hole, not the budget
        ("de", ["eine", "Geldstrafe", "von"], {"fine"}),
        ("de", ["Verluste", "von"], {"loss"}),
        ("fr", ["un", "plan", "de", "sauvetage", "de"], {"bailout"}),
        ("en", ["a", "rescue", "package", "of"], {"bailout"}),
        ("en", ["a", "budget", "deficit", "of"], {"budget", "shortfall"}),
        ("ru", ["убытки", "банка", "составили"], {"loss"}),
        ("es", ["una", "multa", "de"], {"fine"}),
        ("en", ["the", "company", "said"], set()),
        # the sum missing, said with the verb (a new user's French and German pages)
        ("fr", ["il", "lui", "manquait"], {"shortfall"}),
        ("de", ["zur", "Deckung", "fehlten"], {"shortfall"}),
    ],
)
def test_money_concepts_by_language(language: str, words: list[str], concepts: set[str]) -> None:
    assert money_concepts(words, language) == concepts


def _money(language: str, text: str) -> list[tuple[float | None, str | None]]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return [(f.value, f.currency) for f in facts.figures]


@pytest.mark.parametrize(
    ("language", "text", "figures"),
    [
        ("fr", "Un trou de 2,3 milliards de couronnes.", [(2.3e9, "crown")]),
        ("fr", "Un plan de 7,5 milliards d'euros a été annoncé.", [(7.5e9, "EUR")]),
        ("fr", "Il y avait 2 millions de sangliers.", [(2e6, None)]),  # a partitive before no currency
        ("es", "El BCE comprará 750.000 millones de euros en bonos.", [(7.5e11, "EUR")]),
        ("es", "Una pérdida de 2 mil millones de coronas.", [(2e9, "crown")]),
        ("de", "Eine Lücke von 2,3 Milliarden Kronen.", [(2.3e9, "crown")]),
        ("de", "Kohle im Wert von 370 Millionen US-Dollar.", [(3.7e8, "USD")]),
        ("ru", "Дыра составляет 3,1 млрд крон.", [(3.1e9, "crown")]),
    ],
)
def test_sums_in_the_light_tier_are_read_once_with_their_currency(
    language: str, text: str, figures: list[tuple[float, str | None]]
) -> None:
    assert _money(language, text) == figures
