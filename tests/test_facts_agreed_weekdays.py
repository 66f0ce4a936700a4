"""A weekday of something agreed, promised, decided or planned is the coming one, in every language read (a new
user's airline-strike trial: "both sides agreed to meet on Saturday", in an article of Thursday 26 November, went
to Saturday 21 in English and Russian and to Saturday 28 in French and Ukrainian). Texts of other events; 2026-11-26
is a Thursday. The weekday of the agreement itself ("agreed on Saturday to ...", "acordaron el sábado") stays the
one before."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.compare.claims.values import _spelt
from crosswire.facts import extract_facts
from crosswire.facts.languages.dates import dates_in
from crosswire.facts.languages.lexicon import words_for
from crosswire.model import Article, Block

THURSDAY = date(2026, 11, 26)
COMING_SATURDAY = "2026-11-28"
LAST_SATURDAY = "2026-11-21"


def _english_days(sentence: str) -> dict[str, str | None]:
    art = Article(
        id="t",
        source="t",
        content_hash="t",
        blocks=[Block("paragraph", sentence)],
        language="en",
        published="2026-11-26",
    )
    return {d.text: d.value for d in extract_facts([art])[0].dates}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The two rail unions agreed to meet on Saturday with a state mediator, the ministry said.", COMING_SATURDAY),
        ("The dockers promised to return to work on Saturday if the offer is improved.", COMING_SATURDAY),
        ("The council decided to reopen the harbour bridge on Saturday.", COMING_SATURDAY),
        ("The ferry operator plans to restart the crossings on Saturday.", COMING_SATURDAY),
        # the day of the act itself, or a past event, stays the one before
        ("The two rail unions agreed on Saturday to resume talks.", LAST_SATURDAY),
        ("The harbour bridge was closed on Saturday after the storm.", LAST_SATURDAY),
    ],
)
def test_english_weekday_of_an_agreed_or_planned_act(sentence: str, value: str) -> None:
    assert _english_days(sentence).get("Saturday") == value


@pytest.mark.parametrize(
    ("language", "sentence", "weekday", "value"),
    [
        (
            "ru",
            "Министр предложил посредничество, и профсоюзы договорились встретиться в субботу с посредником.",
            "субботу",
            COMING_SATURDAY,
        ),
        ("ru", "Профсоюзы договорились в субботу о прекращении забастовки.", "субботу", LAST_SATURDAY),
        ("uk", "Профспілки домовилися зустрітися в суботу з посередником.", "суботу", COMING_SATURDAY),
        (
            "es",
            "El ministro propuso una mediación y los sindicatos aceptaron reunirse el sábado con un mediador.",
            "sábado",
            COMING_SATURDAY,
        ),
        ("es", "Los sindicatos acordaron el sábado poner fin a la huelga portuaria.", "sábado", LAST_SATURDAY),
        ("fr", "Les syndicats ont décidé de se retrouver samedi avec un médiateur.", "samedi", COMING_SATURDAY),
        ("pl", "Związkowcy zgodzili się spotkać w sobotę z mediatorem.", "sobotę", COMING_SATURDAY),
        ("it", "I sindacati hanno concordato di incontrarsi sabato con un mediatore.", "sabato", COMING_SATURDAY),
        ("pt", "Os sindicatos concordaram em se reunir no sábado com um mediador.", "sábado", COMING_SATURDAY),
        ("be", "Прафсаюзы дамовіліся сустрэцца ў суботу з пасярэднікам.", "суботу", COMING_SATURDAY),
    ],
)
def test_light_tier_weekday_of_an_agreed_act(language: str, sentence: str, weekday: str, value: str) -> None:
    got = {d.text: d.value for d in dates_in(sentence, 0, (0, len(sentence)), words_for(language), language, THURSDAY)}
    assert got.get(weekday) == value, got


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]),
    st.integers(0, 6),
)
def test_an_agreed_meeting_is_never_before_publication(weekday: str, shift: int) -> None:
    base = date(2026, 11, 23 + shift)
    sentence = f"Стороны договорились встретиться в {weekday} с посредником."
    got = dates_in(sentence, 0, (0, len(sentence)), words_for("ru"), "ru", base)
    assert got and all(date.fromisoformat(d.value) >= base for d in got if d.value)


@pytest.mark.parametrize(
    ("one", "other"),
    [("place:Корват", "place:Corvath"), ("place:Кельмск", "place:Kelmsk"), ("place:Коста-Верде", "place:Costa Verde")],
)
def test_one_place_in_two_scripts_is_one_scope(one: str, other: str) -> None:
    assert _spelt(frozenset({one})) & _spelt(frozenset({other}))


def test_two_places_stay_two_scopes() -> None:
    assert not _spelt(frozenset({"place:Корват"})) & _spelt(frozenset({"place:Brenholm"}))
