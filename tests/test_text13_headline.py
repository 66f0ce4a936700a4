"""text13: a plain-text file whose first line is a headline gets it as its title (not a body sentence), in any
language and case; a dateline's day-month then dates it ("HARWICK, 2 de diciembre").

A new user's Spanish file kept "Cierra de urgencia el servicio de emergencias del hospital St. Brennan por la
rotura de una tubería" as the body's first sentence, was listed by its id, and its dateline went undated.
"""

from __future__ import annotations

import datetime as dt

import pytest

from crosswire.clean import clean_document
from crosswire.clean.published import infer_published
from crosswire.model import RawDocument

BODY = {
    "es": (
        "HARWICK, 2 de diciembre — El servicio de urgencias del hospital cerró durante la noche del martes tras la "
        "rotura de una tubería.\n\nLa rotura se produjo a las 23.40, según la dirección del hospital, y el agua "
        "inundó las salas."
    ),
    "en": (
        "HARWICK, Dec. 2 — The emergency department at the hospital closed overnight on Tuesday after a water main "
        "burst beneath the east wing.\n\nThe main ruptured at 11:40 p.m., hospital officials said, and water "
        "flooded the rooms."
    ),
    "de": (
        "BERLIN, 2. Dezember — Die Notaufnahme des Klinikums blieb am Dienstag nach einem Rohrbruch unter dem "
        "Ostflügel geschlossen.\n\nDas Wasser stand nach Angaben der Klinik am Abend mehrere Zentimeter hoch in den "
        "Räumen."
    ),
    "it": (
        "ROMA, 2 dicembre — Il pronto soccorso dell'ospedale è rimasto chiuso martedì dopo la rottura di una "
        "tubatura sotto l'ala est.\n\nSecondo la direzione l'acqua ha invaso le sale di trattamento in pochi minuti."
    ),
}
HEADLINES = {
    "es": "Cierra de urgencia el servicio de emergencias del hospital por la rotura de una tubería",
    "en": "Flooded ER forces St. Brennan to divert ambulances",
    "de": "Notaufnahme nach Rohrbruch geschlossen",
    "it": "Chiude il pronto soccorso dopo la rottura di una tubatura",
}


def _clean(text: str):  # type: ignore[no-untyped-def]
    return clean_document(RawDocument(source="head.txt", content=text, kind="text", content_type="text"))


@pytest.mark.parametrize("language", sorted(BODY))
@pytest.mark.parametrize("byline", [True, False])
def test_first_line_headline_is_the_title(language: str, byline: bool) -> None:
    credit = "Por Lucía Ferrer, El Heraldo del Valle\n\n" if byline else ""
    article = _clean(f"{HEADLINES[language]}\n\n{credit}{BODY[language]}\n")
    assert article.title == HEADLINES[language]
    assert HEADLINES[language] not in article.body
    assert article.outlet != HEADLINES[language]


@pytest.mark.parametrize(
    "first",
    [
        "The emergency room of the hospital closed overnight after a pipe burst.",  # a sentence: body
        "the emergency room of the hospital closed overnight after a pipe burst",  # a fragment in lower case
        "Valley Courier",  # a masthead, not a headline
    ],
)
def test_first_line_that_is_no_headline_is_not_the_title(first: str) -> None:
    article = _clean(f"{first}\n\n{BODY['en']}\n")
    assert article.title != first


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("es", "HARWICK, 2 de diciembre — El hospital cerró el martes tras la rotura."),
        ("es", "PARÍS, 2 de diciembre (EFE) — El hospital cerró el martes tras la rotura."),
        ("de", "BERLIN, 2. Dezember — Die Notaufnahme schloss am Dienstag nach einem Rohrbruch."),
        ("it", "ROMA, 2 dicembre — Il pronto soccorso ha chiuso martedì dopo la rottura."),
        ("fr", "PARIS, 2 décembre — Les urgences ont fermé mardi après la rupture."),
        ("pt", "LISBOA, 2 de dezembro — As urgências fecharam na terça-feira após a rutura."),
        ("pl", "WARSZAWA, 2 grudnia — Oddział ratunkowy zamknięto we wtorek po awarii."),
        ("ru", "МОСКВА, 2 декабря — Приёмное отделение закрылось во вторник после аварии."),
    ],
)
def test_dateline_day_month_is_dated_in_the_year_its_weekday_names(language: str, opening: str) -> None:
    """2 December fell on a Tuesday in 2025; the run is on 3 December 2026 (a Thursday 2 December is 2026's)."""
    got = infer_published([opening], [], today=dt.date(2026, 12, 3), language=language)
    assert got == "2025-12-02"


def test_the_users_spanish_file_has_title_and_date() -> None:
    text = f"{HEADLINES['es']}\n\nPor Lucía Ferrer, El Heraldo del Valle\n\n{BODY['es']}\n"
    article = _clean(text)
    assert article.title == HEADLINES["es"]
    assert article.outlet == "El Heraldo del Valle"
    assert article.published is not None and article.published.endswith("-12-02")
