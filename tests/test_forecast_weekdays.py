"""A weekday in a clause of forecasting is still ahead (invented text): "forecasters expect the first showers on
Thursday" in Tuesday's paper is the coming Thursday, in every language the project reads, as a scheduled act's
present tense is ("Die Frist endet am Freitag"); the same verbs in a past tense keep the last such day. A new user's
wildfire story put the English and Polish Thursday a week back and the Spanish and Italian one ahead, and showed a
conflict of days that no source made."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from crosswire.facts.languages.dates import _day_words
from crosswire.facts.languages.lexicon import words_for

sys.path.insert(0, str(Path(__file__).parent))
from invented import paragraph_facts

WEDNESDAY = date(2026, 11, 18)


def _days(language: str, text: str) -> list[str]:
    found = _day_words(text, 0, (0, len(text)), words_for(language), WEDNESDAY, [])
    return [d.value for d in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pl", "Synoptycy zapowiadają pierwsze opady śniegu dopiero w piątek.", "2026-11-20"),
        ("pl", "Meteorolodzy przewidują silny wiatr w piątek.", "2026-11-20"),
        ("de", "Meteorologen erwarten am Freitag die ersten Niederschläge.", "2026-11-20"),
        ("de", "Der Wetterdienst rechnet am Freitag mit Sturmböen.", "2026-11-20"),
        ("es", "Los meteorólogos pronostican tormentas el viernes en el norte.", "2026-11-20"),
        ("fr", "Les prévisionnistes attendent les premières pluies vendredi.", "2026-11-20"),
        ("it", "Le prime nevicate sono attese venerdì in quota.", "2026-11-20"),
        ("pt", "Os meteorologistas preveem chuva forte na sexta-feira.", "2026-11-20"),
        ("ru", "Синоптики обещают первый снег в пятницу.", "2026-11-20"),
        ("uk", "Синоптики прогнозують перший сніг у п'ятницю.", "2026-11-20"),
        # a past tense of the same verbs, or a since-day, keeps the last such day
        ("de", "Meteorologen hatten am Freitag Regen erwartet.", "2026-11-13"),
        ("es", "Los vecinos esperan noticias desde el viernes.", "2026-11-13"),
    ],
)
def test_a_forecast_weekday_is_ahead(language: str, text: str, expected: str) -> None:
    assert _days(language, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forecasters expect the first heavy snow on Friday.", "2026-11-20"),
        ("Meteorologists predict strong gusts on Friday along the coast.", "2026-11-20"),
        ("Forecasters expected the first heavy snow on Friday, but none fell.", "2026-11-13"),
        ("The valley has had no rain since August, and forecasters expect the first showers on Friday.", "2026-11-20"),
        ("The ridge caught fire on Friday.", "2026-11-13"),
    ],
)
def test_an_english_forecast_weekday_is_ahead(text: str, expected: str) -> None:
    facts = paragraph_facts("en", text, "2026-11-18T09:00:00+00:00")
    assert [d.value for d in facts.dates if d.text == "Friday"] == [expected]
