"""A night told as a span of two days is one date span, and one event on the timeline is one line (a new user's
rescue-at-sea trial showed "a coulé dans la nuit de mardi à mercredi" on 13 and on 14 October, citations
shifting between the two lines; places35). Every text here is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from crosswire.compare.claims.when import night_into
from crosswire.facts import extract_facts
from crosswire.model import Article, Block
from test_compare_core import compare_texts

PUBLISHED = "2026-03-05T10:00:00+00:00"  # a Thursday: Tuesday is 3 March, Wednesday 4 March


def _night_ends(language: str, text: str) -> list[tuple[str, bool]]:
    """(day as written, whether it is the morning end of a night) for each day of ``text``."""
    art = Article(id="n", source="n", content_hash="n", blocks=[Block("paragraph", text)], language=language)
    art.published = PUBLISHED
    out = []
    for claim in extract_facts([art])[0].claims:
        unit = SimpleNamespace(claim=claim, language=language, text=text[claim.start : claim.end])
        out += [(v.text, night_into(unit, v)) for v in claim.values if v.kind == "date"]  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "en",
            "The ferry Lune ran aground in the night of Tuesday to Wednesday near Cape Dorrel.",
            "Tuesday",
            "Wednesday",
        ),
        (
            "en",
            "The ferry Lune ran aground overnight from Tuesday into Wednesday near Cape Dorrel.",
            "Tuesday",
            "Wednesday",
        ),
        ("fr", "Le ferry Lune s'est échoué dans la nuit de mardi à mercredi près du cap Dorrel.", "mardi", "mercredi"),
        (
            "de",
            "Die Fähre Lune ist in der Nacht von Dienstag auf Mittwoch vor Kap Dorrel auf Grund gelaufen.",
            "Dienstag",
            "Mittwoch",
        ),
        (
            "es",
            "El ferry Lune encalló en la noche del martes al miércoles cerca del cabo Dorrel.",
            "martes",
            "miércoles",
        ),
        ("pl", "Prom Lune osiadł na mieliźnie w nocy z wtorku na środę w pobliżu przylądka Dorrel.", "wtorku", "środę"),
    ],
)
def test_the_second_day_of_a_night_span_is_the_nights_morning_end(language, text, first, second):
    days = dict(_night_ends(language, text))
    assert days.get(first) is False, days
    assert days.get(second) is True, days


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ferry Lune ran aground on Tuesday and was towed off on Wednesday."),
        ("fr", "Le ferry Lune s'est échoué mardi et a été remorqué mercredi."),
        ("es", "El ferry Lune encalló el martes y fue remolcado el miércoles."),
    ],
)
def test_two_days_of_two_acts_are_no_night(language, text):
    assert not any(end for _day, end in _night_ends(language, text))


SHARED = " The harbour master of Lorvic said the port would reopen on Friday."


def test_one_night_in_four_wordings_is_one_timeline_line(tmp_path):
    rows = [
        (
            "w-en",
            "Harbour Wire",
            PUBLISHED,
            "The ferry Lune sank late on Tuesday off Cape Dorrel with 40 passengers on board." + SHARED,
        ),
        (
            "w-fr",
            "Le Veilleur",
            PUBLISHED,
            "Le ferry Lune a coulé dans la nuit de mardi à mercredi au large du cap Dorrel avec 40 passagers à bord.",
        ),
        (
            "w-de",
            "Küstenbote",
            PUBLISHED,
            "Die Fähre Lune ist in der Nacht zum Mittwoch vor Kap Dorrel mit 40 Passagieren an Bord gesunken.",
        ),
        (
            "w-pl",
            "Kurier Portowy",
            PUBLISHED,
            "Prom Lune zatonął w nocy z wtorku na środę u wybrzeży przylądka Dorrel z 40 pasażerami na pokładzie.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    sinking = [t for t in comparison.timeline if "Lune" in t.text]
    assert [t.date for t in sinking] == ["2026-03-03"], [(t.date, t.text, t.sources) for t in comparison.timeline]
    # every source's sentence states the night: the German "in der Nacht zum Mittwoch" was left off the line dated
    # Tuesday before (its one day was Wednesday)
    assert sinking[0].sources == [1, 2, 3, 4], sinking[0].sources
