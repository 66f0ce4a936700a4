"""Datelines of Polish, Czech, Ukrainian and Russian copy: a city alone and a full stop ("Bazylea. Szwajcarska
policja ...", as PAP's regional copy opens; trial 29's Polish text lost it), a city and its agency ("BAZYLEA (PAP)
-", "Brno (ČTK) -", "Praha 1. prosince (ČTK) -"). A one-word sentence ("Nie.", "Wczoraj.", "Так.") is none.
Invented text (a bridge closed in a city after a flood)."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.metadata import read_dateline
from crosswire.model import RawDocument


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("Bazylea. Władze miasta poinformowały w środę, że most zostanie zamknięty.", "Bazylea", None),
        ("Bazylea. Szwajcarska policja zatrzymała we wtorek dwóch mężczyzn.", "Bazylea", None),
        ("Ołomuniec. Strażacy pracowali przez całą noc przy zalanym moście.", "Ołomuniec", None),
        ("Basilej. Švýcarská policie v úterý uzavřela most přes řeku.", "Basilej", None),
        ("Базель. Швейцарська поліція у вівторок закрила міст через річку.", "Базель", None),
        ("Базель. Швейцарская полиция во вторник закрыла мост через реку.", "Базель", None),
        ("BAZYLEA (PAP) - Szwajcarska policja zamknęła most.", "BAZYLEA", "PAP"),
        ("Bazylea (PAP) – Szwajcarska policja zamknęła most.", "Bazylea", "PAP"),
        ("Brno (ČTK) - Policie v úterý uzavřela most.", "Brno", "ČTK"),
        ("Praha 1. prosince (ČTK) - Policie v úterý uzavřela most.", "Praha", "ČTK"),
    ],
)
def test_a_slavic_dateline_is_read(text: str, place: str, agency: str | None) -> None:
    found = read_dateline(text)
    assert found is not None and found[:2] == (place, agency)
    assert text[found[2] :][:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Nie. To nie jest prawda, powiedział burmistrz.",
        "Wczoraj. Policja zatrzymała dwóch mężczyzn we wtorek.",
        "Dobrze. Policja zatrzymała dwóch mężczyzn we wtorek.",
        "Так. Це було дуже важливе рішення для нас усіх.",
        "Bazylea. Zamknięto most.",  # too short a sentence to tell
        "Basel. The police closed the bridge over the river on Tuesday.",  # English: no article-less dateline
    ],
)
def test_a_one_word_sentence_is_no_dateline(text: str) -> None:
    assert read_dateline(text) is None


def test_the_dateline_of_a_polish_page() -> None:
    text = (
        "Most w Bazylei zamknięty po powodzi\n\n"
        "Bazylea. Władze miasta poinformowały w środę, że most nad Renem pozostanie zamknięty do piątku.\n\n"
        "Woda podniosła się w nocy o dwa metry, a strażacy ewakuowali trzydzieści osób z nabrzeża.\n\n"
        "Burmistrz zapowiedział, że inspekcja mostu potrwa co najmniej dwa dni.\n"
    )
    doc = clean_document(RawDocument(source="pl_story.txt", kind="text", content=text, content_type="text"))
    assert doc.dateline == "Bazylea"
