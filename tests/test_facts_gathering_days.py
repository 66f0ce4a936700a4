"""A weekday set for a gathering that was called or announced is the coming one, in every language
(crosswire.facts.gatherings, data/gatherings.toml). Invented sentences; a new user's factory story put the French
"appelle à un rassemblement samedi" and the Spanish "convocó una concentración el sábado" on the Saturday before the
Tuesday report."""

from __future__ import annotations

from datetime import date

import pytest

from crosswire.facts import extract_facts
from crosswire.facts.gatherings import called_for
from crosswire.facts.languages.dates import dates_in
from crosswire.facts.languages.lexicon import words_for
from crosswire.model import Article, Block

WEDNESDAY = date(2027, 5, 12)  # the day of publication
COMING_SUNDAY = "2027-05-16"
LAST_SUNDAY = "2027-05-09"

CALLED = [
    ("fr", "Les syndicats appellent à une manifestation dimanche devant la mairie de Brévigny.", "dimanche"),
    ("fr", "Le collectif a convoqué un rassemblement dimanche place du Marché.", "dimanche"),
    ("es", "Los vecinos convocaron una manifestación el domingo frente al ayuntamiento.", "domingo"),
    ("es", "La plataforma llamó a una concentración el domingo en la plaza mayor.", "domingo"),
    ("it", "I sindacati hanno indetto un presidio domenica davanti ai cancelli.", "domenica"),
    ("pt", "Os moradores convocaram uma manifestação no domingo em frente à câmara.", "domingo"),
    ("de", "Die Initiative rief zu einer Mahnwache am Sonntag vor dem Rathaus auf.", "Sonntag"),
    ("pl", "Mieszkańcy zwołali zebranie w niedzielę przed ratuszem.", "niedzielę"),
]


@pytest.mark.parametrize(("language", "sentence", "day"), CALLED, ids=[f"{c[0]}-{i}" for i, c in enumerate(CALLED)])
def test_a_weekday_of_a_called_gathering_is_the_coming_one(language: str, sentence: str, day: str) -> None:
    got = {
        d.text: (d.value, d.scheduled)
        for d in dates_in(sentence, 0, (0, len(sentence)), words_for(language), language, WEDNESDAY)
    }
    assert got.get(day) == (COMING_SUNDAY, True), got


PAST = [
    # the gathering took place: no verb of calling before it
    ("fr", "Une manifestation a réuni 3 000 personnes dimanche à Brévigny.", "dimanche"),
    ("es", "Miles de vecinos participaron en una manifestación el domingo.", "domingo"),
    # the day of calling, the weekday before the gathering noun
    ("es", "Los vecinos convocaron el domingo una manifestación para el mes próximo.", "domingo"),
    ("de", "Die Polizei löste die Kundgebung am Sonntag auf.", "Sonntag"),
]


@pytest.mark.parametrize(("language", "sentence", "day"), PAST, ids=[f"{c[0]}-{i}" for i, c in enumerate(PAST)])
def test_a_gathering_that_took_place_or_the_day_of_calling_stays_past(language: str, sentence: str, day: str) -> None:
    got = {d.text: d.value for d in dates_in(sentence, 0, (0, len(sentence)), words_for(language), language, WEDNESDAY)}
    assert got.get(day) == LAST_SUNDAY, got


def _english(text: str) -> dict[str, str | None]:
    art = Article(
        id="g",
        source="g",
        content_hash=text,
        language="en",
        published="2027-05-12T09:00:00+00:00",
        blocks=[Block("paragraph", text)],
    )
    return {d.text: d.value for d in extract_facts([art])[0].dates}


@pytest.mark.parametrize(
    "sentence",
    [
        "The tenants' association called a protest outside the town hall on Sunday.",
        "Organisers announced a vigil in Market Square on Sunday.",
    ],
)
def test_english_called_gathering_is_ahead(sentence: str) -> None:
    assert _english(sentence).get("Sunday") == COMING_SUNDAY


def test_english_gathering_held_stays_past() -> None:
    assert _english("About 3,000 people joined a protest outside the town hall on Sunday.").get("Sunday") == LAST_SUNDAY


def test_called_for_reads_the_clause_before_the_weekday_only() -> None:
    assert called_for("Le syndicat appelle à un rassemblement ", "fr")
    assert not called_for("Le syndicat appelle à la grève, et la police a dispersé un rassemblement ", "fr")
    assert not called_for("Il a appelé le maire ", "fr")
    assert not called_for("anything ", "xx")
