"""Conflicts over who said one statement (issue 12: which official, a name that differs between outlets with no
value read): two outlets print the same quoted words and put two different people to them, in English, German
and Spanish, with near cases that must stay quiet (one speaker spelled two ways, one speaker named with and
without a first name, two statements, a sentence naming both people, an unnamed speaker).

Invented text of invented events."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.speakers import quoted_and_rest, speaker_in
from test_compare_core import compare_texts

OUTLETS = ["Valley Tribune", "Coast Ledger", "Harbour Post"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("\"We are reviewing the contract with the league,'' club president Nils Varga said.", "en", "Nils Varga"),
        ('"We are reviewing the contract," said Mayor Ana Ruiz on Monday.', "en", "Ana Ruiz"),
        ("“We will rebuild the bridge,” Transport Minister P.J. Okafor told reporters.", "en", "P.J. Okafor"),
        ('"We are reviewing the contract," Varga said.', "en", None),  # one word: not compared
        ('"We are reviewing the contract," the club said.', "en", None),
        ("„Wir prüfen den Vertrag mit der Liga“, sagte Bürgermeister Hans Kellner.", "de", "Hans Kellner"),
        ("«Estamos revisando el contrato», afirmó Lucía Ferrer.", "es", "Lucía Ferrer"),
    ],
)
def test_speaker_read_per_language(text, lang, expected):
    assert speaker_in(text, lang) == expected


def test_quoted_words_and_the_rest():
    quoted, rest = quoted_and_rest("\"We are reviewing it,'' club president Nils Varga said.")
    assert quoted == "We are reviewing it,"
    assert "Nils Varga said" in rest and "reviewing" not in rest


def _conflicts(tmp_path, texts: list[str]):
    rows = [(f"r-{i}", OUTLETS[i], "2024-03-13", t) for i, t in enumerate(texts)]
    return [c for c in compare_texts(tmp_path, rows).conflicts if c.measure == "who said it"]


LEAD_EN = "Dunmore City's striker Kai Brandt was suspended by the club on Monday after a late-night brawl. "
LEAD_EN2 = "Dunmore City suspended forward Kai Brandt on Monday following a brawl outside a nightclub. "
QUOTE_EN = "We are reviewing the contract with the league and will decide by Friday"
LEAD_DE = "Der Dunmore City FC hat Stürmer Kai Brandt am Montag nach einer Schlägerei suspendiert. "
LEAD_DE2 = "Dunmore City suspendierte am Montag den Angreifer Kai Brandt nach einer Schlägerei vor einem Nachtclub. "
QUOTE_DE = "Wir prüfen den Vertrag mit der Liga und entscheiden bis Freitag"
LEAD_ES = "El Dunmore City suspendió el lunes al delantero Kai Brandt tras una pelea nocturna. "
LEAD_ES2 = "El delantero Kai Brandt fue suspendido el lunes por el Dunmore City tras una pelea a la salida de un club. "
QUOTE_ES = "Estamos revisando el contrato con la liga y decidiremos antes del viernes"


@pytest.mark.parametrize(
    ("texts", "labels"),
    [
        (
            [
                LEAD_EN + f"\"{QUOTE_EN},'' club president Nils Varga said in a statement.",
                LEAD_EN2 + f"\"{QUOTE_EN},'' club president Nils Horvat said in a statement.",
            ],
            ["Nils Varga", "Nils Horvat"],
        ),
        (
            [
                LEAD_EN + f"“{QUOTE_EN},” said general manager R.T. Lund.",
                LEAD_EN2 + f"“{QUOTE_EN},” said general manager R.T. Osei.",
                LEAD_EN + f"“{QUOTE_EN},” general manager R.T. Lund told reporters.",
            ],
            ["R.T. Lund", "R.T. Osei"],
        ),
        (
            [
                LEAD_DE + f"„{QUOTE_DE}“, sagte Vereinspräsident Nils Varga am Montag.",
                LEAD_DE2 + f"„{QUOTE_DE}“, sagte Vereinspräsident Jonas Horvat.",
            ],
            ["Nils Varga", "Jonas Horvat"],
        ),
        (
            [
                LEAD_ES + f"«{QUOTE_ES}», afirmó Lucía Ferrer.",
                LEAD_ES2 + f"«{QUOTE_ES}», declaró Marta Ibarra.",
            ],
            ["Lucía Ferrer", "Marta Ibarra"],
        ),
    ],
)
def test_one_statement_two_speakers_is_a_conflict(tmp_path, texts, labels):
    found = _conflicts(tmp_path, texts)
    assert len(found) == 1, [c.summary for c in found]
    conflict = found[0]
    assert conflict.reason == "different agent"
    assert sorted(s.label for s in conflict.sides) == sorted(labels)
    assert not set.intersection(*(set(s.sources) for s in conflict.sides))
    for side in conflict.sides:  # each side cites the sentences that name its speaker
        assert side.evidence and all(side.label in e.text for e in side.evidence)


@pytest.mark.parametrize(
    "texts",
    [
        # one speaker, spelled two ways or named with and without initials
        [
            LEAD_EN + f"\"{QUOTE_EN},'' club president Nils Varga said.",
            LEAD_EN2 + f"\"{QUOTE_EN},'' club president Nils Vargha said.",
        ],
        [
            LEAD_EN + f"\"{QUOTE_EN},'' club president Nils Varga said.",
            LEAD_EN2 + f"\"{QUOTE_EN},'' club president N. Varga said.",
        ],
        # two statements of two people
        [
            LEAD_EN + f"\"{QUOTE_EN},'' club president Nils Varga said.",
            LEAD_EN2 + "\"He let his team-mates down and he knows it,'' coach Piet Arkel said.",
        ],
        # a sentence naming both: one quoted through the other
        [
            LEAD_EN + f"\"{QUOTE_EN},'' club president Nils Varga said.",
            LEAD_EN2 + f"\"{QUOTE_EN},'' spokesman Jon Eide said, reading a statement from Varga.",
        ],
        # an unnamed speaker
        [
            LEAD_EN + f"\"{QUOTE_EN},'' club president Nils Varga said.",
            LEAD_EN2 + f"\"{QUOTE_EN},'' the club said in a statement.",
        ],
    ],
)
def test_near_cases_stay_quiet(tmp_path, texts):
    assert [c.summary for c in _conflicts(tmp_path, texts)] == []


def test_a_listener_is_no_speaker():
    assert speaker_in("“I'm the one they called the mole,” Brandt told attorney Jon Eide.", "en") is None
    assert speaker_in("“I'm the one they called the mole,” said attorney Jon Eide.", "en") == "Jon Eide"
