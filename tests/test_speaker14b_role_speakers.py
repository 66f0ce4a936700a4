"""A quotation whose speech verb names its speaker by role ("„...“, sagte der Pilot", "«...», dijo la alcaldesa",
"— сказал мэр") is given to the one person named before whom the article gives that role ("der Pilot Jonas
Feldkamp"), in the languages the light tier reads (a new user's balloon story had the German pilot's quote with
speaker "?", so Quote variants and Who said what lost it). Invented text; near-misses: a role noun that names
someone else (nobody named holds it), two people of one role (which one is not said), a role before a name (the
name decides).
"""

from __future__ import annotations

import pytest

from crosswire.facts.records import ArticleFacts
from invented import article_facts

# (language, introduction naming the mayor, quotation given by role, the role noun of someone else, the mayor)
MAYOR = [
    (
        "de",
        "Bürgermeisterin Anna Kessler eröffnete am Montag die neue Brücke über den Fluss.",
        "„Das ist ein großer Tag für unsere Stadt“, sagte die Bürgermeisterin.",
        "„Das ist ein großer Tag für unsere Stadt“, sagte der Polizeichef.",
        "Anna Kessler",
    ),
    (
        "es",
        "La alcaldesa Ana Ruiz inauguró el lunes el nuevo puente sobre el río.",
        "«Es un gran día para nuestra ciudad», dijo la alcaldesa.",
        "«Es un gran día para nuestra ciudad», dijo el bombero.",
        "Ana Ruiz",
    ),
    (
        "fr",
        "Le maire Paul Girard a inauguré lundi le nouveau pont sur la rivière.",
        "« C'est un grand jour pour notre ville », a déclaré le maire.",
        "« C'est un grand jour pour notre ville », a déclaré le pompier.",
        "Paul Girard",
    ),
    (
        "it",
        "Il sindaco Marco Bellini ha inaugurato lunedì il nuovo ponte sul fiume.",
        "«È un grande giorno per la nostra città», ha detto il sindaco.",
        "«È un grande giorno per la nostra città», ha detto il pompiere.",
        "Marco Bellini",
    ),
    (
        "pt",
        "O prefeito Rui Tavares inaugurou na segunda-feira a nova ponte sobre o rio.",
        "«É um grande dia para a nossa cidade», disse o prefeito.",
        "«É um grande dia para a nossa cidade», disse o bombeiro.",
        "Rui Tavares",
    ),
    (
        "pl",
        "Burmistrz Jan Borek otworzył w poniedziałek nowy most na rzece.",
        "„To wielki dzień dla naszego miasta” – powiedział burmistrz.",
        "„To wielki dzień dla naszego miasta” – powiedział strażak.",
        "Jan Borek",
    ),
    (
        "ru",
        "Мэр Пётр Громов в понедельник открыл новый мост через реку.",
        "«Это большой день для нашего города», — сказал мэр.",
        "«Это большой день для нашего города», — сказал пожарный.",
        "Пётр Громов",
    ),
    (
        "uk",
        "Мер Петро Громенко в понеділок відкрив новий міст через річку.",
        "«Це великий день для нашого міста», — сказав мер.",
        "«Це великий день для нашого міста», — сказав пожежник.",
        "Петро Громенко",
    ),
]


def _facts(language: str, *paragraphs: str) -> ArticleFacts:
    return article_facts(language, *paragraphs, published="2026-03-14")


def _speakers(facts: ArticleFacts) -> list[str | None]:
    return [q.speaker_name for q in facts.quotes if q.kind == "direct"]


@pytest.mark.parametrize(("language", "intro", "quoted", "other", "mayor"), MAYOR)
def test_a_role_after_the_verb_names_the_person_given_it(
    language: str, intro: str, quoted: str, other: str, mayor: str
) -> None:
    assert _speakers(_facts(language, intro, quoted)) == [mayor]


@pytest.mark.parametrize(("language", "intro", "quoted", "other", "mayor"), MAYOR)
def test_a_role_nobody_named_holds_names_no_one(language: str, intro: str, quoted: str, other: str, mayor: str) -> None:
    assert _speakers(_facts(language, intro, other)) == [None]


def test_the_pilot_named_before_speaks_in_german() -> None:
    facts = _facts(
        "de",
        "An Bord waren acht Passagiere und der Pilot Jonas Feldkamp aus Köln.",
        "„Wir hatten keine andere Wahl, als dort herunterzukommen“, sagte der Pilot der Zeitung.",
    )
    assert _speakers(facts) == ["Jonas Feldkamp"]


def test_the_role_before_the_verb() -> None:
    facts = _facts(
        "es",
        "El piloto Jonas Feldkamp aterrizó en el estadio.",
        "El piloto dijo: «No tuvimos otra opción».",
    )
    assert _speakers(facts) == ["Jonas Feldkamp"]


@pytest.mark.parametrize(
    ("language", "intro", "quoted"),
    [
        (
            "de",
            "Bürgermeisterin Anna Kessler und Bürgermeister Paul Brandt eröffneten am Montag die Brücke.",
            "„Das ist ein großer Tag für unsere Stadt“, sagte der Bürgermeister.",
        ),
        (
            "es",
            "La alcaldesa Ana Ruiz y el alcalde Pedro Gil inauguraron el lunes el puente.",
            "«Es un gran día para nuestra ciudad», dijo el alcalde.",
        ),
    ],
)
def test_two_people_of_one_role_leave_the_speaker_unsaid(language: str, intro: str, quoted: str) -> None:
    assert _speakers(_facts(language, intro, quoted)) == [None]


def test_a_name_after_the_role_decides() -> None:
    facts = _facts(
        "de",
        "Bürgermeisterin Anna Kessler eröffnete am Montag die neue Brücke über den Fluss.",
        "„Das ist ein großer Tag für unsere Stadt“, sagte Bürgermeister Paul Brandt aus der Nachbarstadt.",
    )
    assert _speakers(facts) == ["Paul Brandt"]
