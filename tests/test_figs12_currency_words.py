"""Sums written with a currency word after the amount, in every language (babel's CLDR currency names,
``crosswire.vocab.currency_names``), and the conflict they make across languages.

A new user's German "Die Kosten werden auf 48 Millionen Pfund geschätzt." was read as a count of "pfund", so its
conflict with an English "£52 million" was missed and the sentence was said to give no figure. Invented sentences
in nine languages, the noun alone and with its adjective or "sterling", and near-misses: a word that also counts
things ("zwei Pfund Kaffee", "trois livres", "siete libras"), an adjective of a currency's name before another noun
("drei Schweizer Touristen", "300 Swiss fans"), an everyday word babel's names hold ("the two real problems").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from invented import paragraph_facts
from test_compare_core import compare_texts

PUBLISHED = "2026-11-20"

SUMS = [
    ("de", "Die Kosten der neuen Brücke werden auf 48 Millionen Pfund geschätzt.", 48e6, "GBP"),
    ("de", "Der Bau der Brücke soll 48 Millionen Pfund Sterling kosten.", 48e6, "GBP"),
    ("de", "Die Strafe beträgt 3 Millionen Schweizer Franken, teilte das Gericht mit.", 3e6, "CHF"),
    ("en", "The fine was 3 million Swiss francs, the court said.", 3e6, "CHF"),
    ("en", "The contract is worth 40 million zlotys, the ministry said.", 40e6, "PLN"),
    ("en", "The bank lost 2 billion Swedish kronor last year.", 2e9, "SEK"),
    ("fr", "Le pont coûtera 48 millions de livres sterling selon la mairie.", 48e6, "GBP"),
    ("fr", "Le pont coûtera 48 millions de livres selon la mairie.", 48e6, "GBP"),
    ("es", "El puente costará 48 millones de libras, según el ayuntamiento.", 48e6, "GBP"),
    ("es", "La multa asciende a 3 millones de francos suizos, según el tribunal.", 3e6, "CHF"),
    ("pt", "A ponte vai custar 48 milhões de libras esterlinas, segundo a câmara.", 48e6, "GBP"),
    ("it", "Il ponte costerà 48 milioni di sterline, secondo il comune.", 48e6, "GBP"),
    ("pl", "Most ma kosztować 48 milionów funtów szterlingów, podał urząd miasta.", 48e6, "GBP"),
    ("ru", "Мост обойдётся в 48 миллионов фунтов стерлингов, сообщили в мэрии.", 48e6, "GBP"),
    ("ru", "Штраф составил 3 млн швейцарских франков, сообщил суд.", 3e6, "CHF"),
    ("uk", "Міст коштуватиме 48 мільйонів фунтів, повідомили в мерії.", 48e6, "GBP"),
    ("uk", "Штраф становить 3 млн швейцарських франків, повідомив суд.", 3e6, "CHF"),
]


@pytest.mark.parametrize(("language", "text", "value", "currency"), SUMS)
def test_a_currency_word_after_an_amount_makes_it_money(language: str, text: str, value: float, currency: str) -> None:
    figures = paragraph_facts(language, text, published=PUBLISHED).figures
    money = [f for f in figures if f.type == "money"]
    assert [(f.value, f.currency) for f in money] == [(value, currency)], [(f.type, f.text) for f in figures]


NOT_MONEY = [
    ("de", "Sie kaufte am Markt zwei Pfund Kaffee und drei Brote."),
    ("de", "Drei Schweizer Touristen wurden bei dem Unfall verletzt."),
    ("fr", "Il a publié trois livres sur la ville depuis 2010."),
    ("es", "El bebé pesaba siete libras al nacer, dijo el hospital."),
    ("en", "Police said 300 Swiss fans were detained after the match."),
    ("en", "The two real problems were cost and time, the report said."),
    ("uk", "За 5 хвилин вона вийшла з будинку."),
]


@pytest.mark.parametrize(("language", "text"), NOT_MONEY)
def test_a_near_miss_is_no_sum(language: str, text: str) -> None:
    figures = paragraph_facts(language, text, published=PUBLISHED).figures
    assert not [f for f in figures if f.type == "money"], [(f.type, f.text, f.currency) for f in figures]


BRIDGE = {
    "en1": (
        "en",
        "Harrowgate Herald",
        "Harrowgate council approved a new river bridge on Monday after a long debate.\n\n"
        "The bridge will cost £48 million and carry four lanes of traffic across the river Lune.\n\n"
        "Work is due to begin next spring, the council said.",
    ),
    "de": (
        "de",
        "Nordkurier",
        "Der Stadtrat von Harrowgate hat am Montag den Bau einer neuen Flussbrücke beschlossen.\n\n"
        "Die Kosten werden auf 48 Millionen Pfund geschätzt.\n\n"
        "Die Bauarbeiten sollen im nächsten Frühjahr beginnen.",
    ),
    "en2": (
        "en",
        "Lune Post",
        "Councillors in Harrowgate backed a new bridge over the river Lune on Monday.\n\n"
        "The bridge is priced at £52 million, according to council papers seen by the Lune Post.\n\n"
        "Construction should start next spring.",
    ),
}


def test_a_sum_in_a_currency_word_conflicts_with_another_outlets_sum(tmp_path: Path) -> None:
    """The planted case, invented: 48 Millionen Pfund [de] and £48 million [en] against £52 million [en]."""
    rows = [(aid, outlet, PUBLISHED, text) for aid, (_lang, outlet, text) in BRIDGE.items()]
    comparison = compare_texts(tmp_path, rows)
    sides = [
        sorted(ev.article for ev in side.evidence) for c in comparison.conflicts for side in getattr(c, "sides", [])
    ]
    assert any("de" in side for side in sides) and ["en2"] in sides, [c.summary for c in comparison.conflicts]
    for left in comparison.unmatched:
        assert "Pfund" not in left.summary, left.reason
