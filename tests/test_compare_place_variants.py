"""A place's name spelled differently across languages is a name variant when the gazetteer does not know it
(invented text; crosswire.compare.names.place_variants). A new user's airline story wrote its invented country
"Corvania" in English and Spanish, "Korvaniens" in German and "Corvanie" in French, and listed no name variant."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.names import place_key
from test_compare_core import compare_texts

ROWS = [
    (
        "en",
        "Valdoria's parliament approved a new port tax on Monday, the speaker said. The tax will raise 40 million "
        "euros a year for Italy's and Valdoria's shared ferry line, the Ministry of Economy said. The ferries "
        "sail from Dorvik.",
    ),
    (
        "de",
        "Das Parlament Waldoriens hat am Montag eine neue Hafensteuer beschlossen. Die Steuer soll jährlich 40 "
        "Millionen Euro für die gemeinsame Fährlinie mit Italien einbringen, teilte das Ministerium für Wirtschaft "
        "mit.",
    ),
    (
        "fr",
        "Le Parlement de Valdorie a adopté lundi une nouvelle taxe portuaire. La taxe doit rapporter 40 millions "
        "d'euros par an à la ligne de ferry que le pays partage avec l'Italie, selon le ministère de l'Économie.",
    ),
    (
        "es",
        "El Parlamento de Valdoria aprobó el lunes un nuevo impuesto portuario. El impuesto recaudará 40 millones "
        "de euros al año para la línea de ferri compartida con Italia, según el Ministerio de Economía.",
    ),
    (
        "pl",
        "Parlament Valdorii przyjął w poniedziałek nowy podatek portowy. Promy wypływają z portu w Dorviku.",
    ),
]


def _writes(sentence: str, spelling: str) -> bool:
    """Whether ``sentence`` writes ``spelling`` or a word of its :func:`place_key` (a case form of it)."""
    return spelling in sentence or any(place_key(w) == place_key(spelling) for w in sentence.split())


def test_an_unknown_place_spelled_apart_across_languages_is_a_name_variant(tmp_path: Path) -> None:
    rows = [(language, f"Outlet {language}", "2026-05-04", f"Port tax\n\n{text}") for language, text in ROWS]
    variants = compare_texts(tmp_path, rows).name_variants
    places = {frozenset(s.text for s in v.spellings): v for v in variants if v.type == "place"}
    spelled = next((s for s in places if "Valdorie" in s), None)
    assert spelled is not None and {"Valdorie"} < spelled and len(spelled) >= 3, variants
    variant = places[spelled]
    # each sentence writes the spelling, or (a declining language) a case form of it: "Valdorii" of "Valdoria"
    assert all(s.evidence and all(_writes(ev.text, s.text) for ev in s.evidence) for s in variant.spellings), variant
    # the one spelling of the English and the Spanish source cites both, and the Polish source, whose genitive
    # "Valdorii" is listed in its nominative; a known country is never a variant
    assert any(s.text == "Valdoria" and len(s.sources) == 3 for s in variant.spellings), variant
    assert not any(s.text == "Valdorii" for s in variant.spellings), variant
    assert not any("Italien" in s or "Italia" in s or "Italie" in s for s in places), variants
    # a common noun of a ministry's name is no place; a Polish case form ("w Dorviku") is no other spelling
    assert not any("Économie" in s or "Economía" in s for s in places), variants
    assert not any("Dorvik" in s for s in places), variants


@pytest.mark.parametrize(
    ("a", "b"),
    [("Corvania", "Korvaniens"), ("Corvania", "Corvanie"), ("Korvanien", "Corvania"), ("Ostrelia", "Ostrélie")],
)
def test_one_place_key_across_languages(a: str, b: str) -> None:
    assert place_key(a) == place_key(b)


@pytest.mark.parametrize(("a", "b"), [("Corvania", "Carvonia"), ("Saldera", "Seldara"), ("Brenvik", "Brenvak")])
def test_other_names_keep_other_keys(a: str, b: str) -> None:
    assert place_key(a) != place_key(b)


def test_a_common_noun_is_no_invented_place() -> None:
    from crosswire.compare.names import _english_word

    assert _english_word("Economy") and _english_word("Harbour")
    assert not _english_word("Corvania") and not _english_word("Valdenia")
