"""A speaker's own words for a thing, quoted after a verb of naming or describing ("calificó el aterrizaje como
«...»", "bezeichnete die Landung als „...“", "назвала посадку «...»"), are that speaker's quotation, as "described
it as" is in English (a new user's balloon story had a club chairwoman's Spanish quote with speaker "?", so her
English and Spanish quotes never met in Quote variants). Invented text in de, es, fr, it, pt, pl, ru, uk;
near-misses: the same verbs with no quotation, a participle that is an adjective ("personal calificado"), a noun
of the same stem ("Bezeichnung"), an adjective of a like spelling ("definitivo").
"""

from __future__ import annotations

import pytest

from crosswire.facts.records import ArticleFacts
from invented import article_facts

NAMED = [
    (
        "es",
        "Helen Marsh, presidenta del club, calificó el aterrizaje como «lo más extraño que he visto nunca».",
        "Helen Marsh",
    ),
    ("es", "La jueza Marta Gil describió la sentencia como «un paso necesario para la ciudad entera».", "Marta Gil"),
    (
        "de",
        "Vereinschefin Helen Marsh bezeichnete die Landung als „das Seltsamste, was ich je gesehen habe“.",
        "Helen Marsh",
    ),
    ("de", "Trainer Paul Brandt nannte das Spiel „eine Katastrophe für die ganze Mannschaft“.", "Paul Brandt"),
    (
        "fr",
        "La présidente Helen Marsh a qualifié l'atterrissage de « chose la plus étrange que j'aie vue ».",
        "Helen Marsh",
    ),
    (
        "it",
        "La presidente Helen Marsh ha definito l'atterraggio «la cosa più strana che abbia mai visto».",
        "Helen Marsh",
    ),
    ("pt", "A presidente Helen Marsh classificou a aterragem como «a coisa mais estranha que já vi».", "Helen Marsh"),
    (
        "ru",
        "Председатель клуба Елена Маршева назвала посадку «самым странным, что я видела на стадионе».",
        "Елена Маршева",
    ),
    ("uk", "Голова клубу Олена Маршенко назвала посадку «найдивнішим, що я бачила на стадіоні».", "Олена Маршенко"),
    (
        "pl",
        "Prezes klubu Helena Marsz określiła lądowanie jako „najdziwniejszą rzecz, jaką widziałam”.",
        "Helena Marsz",
    ),
]

NEAR = [
    ("es", "La empresa calificó a 40 trabajadores para el nuevo puesto en la fábrica de Teruel."),
    ("es", "El personal calificado de la planta recibió «un bono especial por su trabajo» el lunes."),
    ("de", "Die Bezeichnung „Stadion der Freundschaft“ stammt aus dem Jahr 1962 und gilt bis heute."),
    ("it", "L'accordo definitivo prevede «tre nuovi treni per la linea del nord» entro l'anno."),
]


def _facts(language: str, text: str) -> ArticleFacts:
    return article_facts(language, text, published="2026-03-14")


@pytest.mark.parametrize(("language", "text", "speaker"), NAMED)
def test_words_a_speaker_gives_a_thing_are_quoted(language: str, text: str, speaker: str) -> None:
    facts = _facts(language, text)
    assert [q.speaker_name for q in facts.quotes] == [speaker]


@pytest.mark.parametrize(("language", "text"), NEAR)
def test_near_misses_give_no_speaker(language: str, text: str) -> None:
    assert all(q.speaker_name is None for q in _facts(language, text).quotes)
