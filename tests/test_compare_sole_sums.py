"""Two sources' only sums of one kind of money are one amount told twice (`compare/claims/sole_figures.py`, once
`sole_sums.py`), and a thief's haul is a kind of money (`[loot]` of `data/money_concepts.toml`).

The class (conflicts14, read off the mined set's tune half): two outlets give the worth of one haul differently
("made off with $137 million of diamonds" / "stole diamonds valued at 85 million euros ($108 million)"), and the
pair scorer rates the two sentences under every bar (few shared words besides the figure), so the sums were never
compared. Each source's only sum of one concept is now set against the other's, in one language or two; a
bracketed conversion stands for the sum it converts. A source with two sums of the concept, two concepts, or two
figures that fit each other give no conflict. Invented texts of an invented heist, a ransom and a fine.
"""

from __future__ import annotations

import pytest

from crosswire.vocab.concepts import money_concepts
from test_compare_core import compare_texts

DAY = "2026-03-04"


def _conflicts(tmp_path, wire: str, other: str) -> list[str]:
    rows = [("a", "Valley Wire", DAY, wire), ("b", "Other Post", DAY, other)]
    return [c["summary"] for c in compare_texts(tmp_path, rows).to_dict()["conflicts"]]


@pytest.mark.parametrize(
    ("words", "language"),
    [
        (["stole"], "en"),
        (["made", "off", "with"], "en"),
        (["ont", "dérobé"], "fr"),
        (["Schmuck", "gestohlen"], "de"),
        (["das", "Diebesgut"], "de"),
        (["robaron", "joyas"], "es"),
        (["il", "bottino"], "it"),
        (["были", "украдены"], "ru"),
    ],
)
def test_a_haul_is_loot_in_every_language(words: list[str], language: str) -> None:
    assert money_concepts(words, language) == {"loot"}


HEIST = "Four armed robbers made off with $137 million of diamonds and watches from a famed Lyon jeweller."


@pytest.mark.parametrize(
    "other",
    [
        # one currency, nouns alike, the sentences scored under every bar
        "Armed robbers stole $108 million of diamonds from the Lyon branch of jeweller Varnet, prosecutors said.",
        # a sum in another currency and its bracketed conversion into the wire's
        "Armed robbers stole diamonds valued at 85 million euros ($108 million) from the Lyon branch of jeweller "
        "Varnet, prosecutors said.",
    ],
)
def test_two_sources_only_hauls_conflict(tmp_path, other: str) -> None:
    found = _conflicts(tmp_path, HEIST, other)
    assert any("$137 million" in s and "$108 million" in s for s in found), found


def test_a_haul_that_fits_the_other_is_no_conflict(tmp_path) -> None:
    other = "Armed robbers stole diamonds worth about $135 million from the Lyon branch of jeweller Varnet."
    assert _conflicts(tmp_path, HEIST, other) == []


WIRE = "Three masked men made off with jewels worth 60 million euros from the Varnet store in Lyon on Tuesday."


@pytest.mark.parametrize(
    "other",
    [
        "Des braqueurs ont dérobé mardi des bijoux estimés à 85 millions d'euros dans la bijouterie Varnet à Lyon.",
        "Drei maskierte Männer haben am Dienstag in Lyon Schmuck im Wert von 85 Millionen Euro aus dem Geschäft "
        "Varnet gestohlen.",
        "Tres hombres enmascarados robaron el martes joyas por valor de 85 millones de euros de la tienda Varnet "
        "en Lyon.",
    ],
)
def test_a_haul_told_in_another_language_conflicts(tmp_path, other: str) -> None:
    found = _conflicts(tmp_path, WIRE, other)
    assert any("60 million euros" in s and "85 million euros" in s for s in found), found


def test_the_same_haul_in_another_language_is_no_conflict(tmp_path) -> None:
    other = "Tres hombres enmascarados robaron el martes joyas por valor de 60 millones de euros de la tienda Varnet."
    assert _conflicts(tmp_path, WIRE, other) == []


def test_a_source_with_two_hauls_does_not_say_which_is_the_others(tmp_path) -> None:
    wire = (
        f"{WIRE} The same gang had stolen watches worth 2 million euros from a shop in Grenoble in 2019, the "
        "prosecutor said."
    )
    other = "Police said three masked men stole jewels valued at 85 million euros from the Varnet store."
    found = _conflicts(tmp_path, wire, other)
    assert not any("85 million euros" in s for s in found), found


def test_a_fine_is_no_haul(tmp_path) -> None:
    other = "The owner of the Varnet store in Lyon was fined 85 million euros for tax fraud last year, police said."
    assert _conflicts(tmp_path, WIRE, other) == []


def test_two_sources_only_ransoms_conflict_in_german(tmp_path) -> None:
    wire = (
        "Die Entführer des Reeders Jonas Weel verlangten ein Lösegeld von 4 Millionen Euro. Die Polizei in Varena "
        "sucht weiter nach den Tätern."
    )
    other = (
        "Nach Angaben der Familie wurden am Ende 6 Millionen Euro Lösegeld für Jonas Weel übergeben, bevor er frei "
        "kam. Die Polizei in Varena sucht weiter nach den Tätern."
    )
    found = _conflicts(tmp_path, wire, other)
    assert any("4 million euros" in s and "6 million euros" in s for s in found), found
