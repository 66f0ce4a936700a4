"""text14: who published a plain text — a masthead line with a slogan or a date names the outlet ("The Westmoor Post
— Your region, every day" was dropped as a short line, so a new user's article had no outlet), Italian mastheads
("IL NOTIZIARIO EUROPEO") are read, a masthead over the headline is never the title, and a headline and deck that
the main text swallowed (long lines with no stop above the byline) are the title and standfirst again, not body
sentences (a new user's Spanish file had no title and no date, and its masthead was read as its writer).

Every case is invented; near misses: a headline with a dash, a first sentence that opens with the outlet's name, a
name of another shape before a slogan.
"""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.metadata import masthead_name
from crosswire.clean.outlet_lines import slogan_masthead_outlet
from crosswire.model import RawDocument


def _clean(text: str, name: str = "a.txt"):  # type: ignore[no-untyped-def]
    return clean_document(RawDocument(source=name, content=text, kind="text", content_type="text"))


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The Westmoor Post — Your region, every day", "The Westmoor Post"),
        ("The Harbour Chronicle | Independent since 1871", "The Harbour Chronicle"),
        ("Tarsker Rundschau – Samstag, 19. Juli 2026", "Tarsker Rundschau"),
        ("Le Journal des Jardins — L'actualité des jardins depuis 1998", "Le Journal des Jardins"),
        ("La Voz Peninsular | El diario de la península", "La Voz Peninsular"),
        ("Il Notiziario Europeo | Dal 1952", "Il Notiziario Europeo"),
        ("O Correio do Vale — Notícias da região", "O Correio do Vale"),
        ("Gazeta Nadwiślańska — codziennie od 1990", "Gazeta Nadwiślańska"),
        ("Восточный вестник — новости региона", "Восточный вестник"),
        ("Вісник Полісся — щодня з вами", "Вісник Полісся"),
        # near misses: a headline with a dash, a name of another shape, a sentence after the dash, a wire
        ("Storm hits coast — thousands without power", None),
        ("Westmoor Council — Your region, every day", None),
        ("The Post — It said no.", None),
        ("Continental Wire Service — Since 1921", None),
        ("Westmoor Post closes after 90 years — staff told on Friday", None),
    ],
)
def test_slogan_masthead(line: str, outlet: str | None) -> None:
    assert slogan_masthead_outlet(line) == outlet


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("IL NOTIZIARIO EUROPEO", "IL NOTIZIARIO EUROPEO"),
        ("Il Mattino di Varna", "Il Mattino di Varna"),
        ("L'Eco del Porto", "L'Eco del Porto"),
        ("Notiziario", None),
    ],
)
def test_italian_masthead_nouns(line: str, name: str | None) -> None:
    assert masthead_name(line) == name


BODY_EN = (
    "HARTWELL — Visitors have been holding their noses at the botanic garden, where a titan arum is in flower.\n\n"
    "The plant was grown from a seed donated by the botanical garden of the University of Bonn in 2012.\n\n"
    "The garden counted 4,800 visitors on Saturday, its busiest day on record.\n"
)


def test_slogan_masthead_names_a_text() -> None:
    text = (
        "The Westmoor Post — Your region, every day\nSubscribe | Log in\n\n"
        "Crowds flock to smell rare titan arum at Lindenbrook\n\n"
        "By Aisha Rahman, Environment Reporter\n19 July 2026\n\n" + BODY_EN
    )
    article = _clean(text)
    assert article.outlet == "The Westmoor Post"
    assert article.title == "Crowds flock to smell rare titan arum at Lindenbrook"
    assert article.byline == "Aisha Rahman"


def test_headline_with_a_dash_is_no_masthead() -> None:
    # the first line is the headline itself: its part before the dash is never the outlet
    text = "Westmoor Post closes — staff told on Friday\n\nBy Aisha Rahman\n19 July 2026\n\n" + BODY_EN
    article = _clean(text)
    assert article.outlet != "Westmoor Post"


def test_first_sentence_opening_with_the_outlet_is_body() -> None:
    text = (
        "Crowds flock to smell rare titan arum\n\nBy Aisha Rahman\n19 July 2026\n\n"
        "The Westmoor Post — which first reported the bloom — counted 4,800 visitors at the garden on Saturday.\n\n"
        + BODY_EN
    )
    article = _clean(text)
    assert article.body.startswith("The Westmoor Post — which first reported the bloom")
    assert article.title == "Crowds flock to smell rare titan arum"


def test_italian_masthead_in_capitals_names_the_outlet() -> None:
    text = (
        "IL NOTIZIARIO EUROPEO\nHome > Esteri > Trasporti\n\n"
        "Porto di Varna chiuso per il secondo giorno: giovedì la riapertura\n\ndi Francesca Lodovici\n"
        "10 novembre 2026, ore 18:10\n\n"
        "VARNA - Il porto di Varna è rimasto chiuso martedì dopo che una tempesta ha danneggiato due moli.\n\n"
        "Il sindaco ha detto che il porto riaprirà giovedì, dopo i controlli degli ingegneri.\n"
    )
    assert _clean(text).outlet == "Il Notiziario Europeo"


@pytest.mark.parametrize(
    ("text", "title", "byline", "day"),
    [
        (
            "La Voz Peninsular\nInternacional | Economía | Viajes\n\n"
            "Los pilotos de Vestmark Air vuelven a volar tras arrancar una subida del 9 %\n\n"
            "La aerolínea nacional del Vestmark y el sindicato de pilotos cierran tres días de huelga con un acuerdo "
            "salarial mediado por el Gobierno\n\nPor Marta Echeverri\nHalvik, 12 nov 2026 - 13:05 CET\n\n"
            "HALVIK, 12 de noviembre. - Los pilotos de Vestmark Air volvieron este jueves "
            "a los mandos de sus aviones.\n\n"
            "La compañía ha asegurado que los afectados podrán cambiar la fecha de su billete sin coste.\n",
            "Los pilotos de Vestmark Air vuelven a volar tras arrancar una subida del 9 %",
            "Marta Echeverri",
            "2026-11-12",
        ),
        (
            "Der Hafenbote\nPolitik | Wirtschaft | Region\n\n"
            "Nach drei Tagen Streik fliegen die Piloten von Vestmark Air wieder mit neun Prozent mehr Gehalt\n\n"
            "Die Fluggesellschaft und die Gewerkschaft einigen sich nach langen Verhandlungen im Ministerium auf einen "
            "neuen Tarifvertrag\n\nVon Jana Wöhrle\n12. November 2026, 10:20 Uhr\n\n"
            "HALVIK - Die Piloten von Vestmark Air haben ihren Streik am Donnerstag nach drei Tagen beendet.\n\n"
            "Die Gewerkschaft hatte zuvor vierzehn Prozent mehr Gehalt gefordert, sagte ein Sprecher.\n",
            "Nach drei Tagen Streik fliegen die Piloten von Vestmark Air wieder mit neun Prozent mehr Gehalt",
            "Jana Wöhrle",
            "2026-11-12",
        ),
        (
            "Il Corriere del Porto\nEsteri | Economia\n\n"
            "I piloti di Vestmark Air tornano a volare dopo tre giorni di sciopero e un aumento del 9 per cento\n\n"
            "di Francesca Lodovici\n12 novembre 2026, ore 18:10\n\n"
            "HALVIK - I piloti di Vestmark Air hanno ripreso a volare giovedì dopo tre giorni di sciopero.\n\n"
            "Il sindacato aveva chiesto un aumento del 14 per cento, ha detto un portavoce.\n",
            "I piloti di Vestmark Air tornano a volare dopo tre giorni di sciopero e un aumento del 9 per cento",
            "Francesca Lodovici",
            "2026-11-12",
        ),
    ],
)
def test_long_headline_and_deck_above_the_byline_are_header(text: str, title: str, byline: str, day: str) -> None:
    article = _clean(text)
    assert article.title == title
    assert article.byline == byline
    assert str(article.published).startswith(day)
    assert title not in article.body


def test_long_lines_without_byline_stay_body() -> None:
    # near miss: no byline or date line under the long lines, so nothing marks them as a header
    text = (
        "Los pilotos de Vestmark Air vuelven a volar tras arrancar una subida salarial del 9 % en dos años\n\n"
        "HALVIK - Los pilotos de Vestmark Air volvieron este jueves a los mandos de sus aviones tras la huelga.\n\n"
        "La compañía ha asegurado que los afectados podrán cambiar la fecha de su billete sin coste.\n"
    )
    article = _clean(text)
    assert article.body.startswith("HALVIK - Los pilotos")
