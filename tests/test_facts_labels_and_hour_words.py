"""Numbers that count nothing, and what a number counts, in several languages (a new user's wildfire trial read
"Route 9", "Трасса №9", "Droga nr 9" and "la carretera 9" as counts, "one of its driest autumns" as a count of
one, "hacia las dos de la tarde" as two "tarde" instead of 2 p.m., and "62 polskich strażaków" as a count of
"polskich"). Invented sentences about another event (a flood in the Velmor valley)."""

from __future__ import annotations

import pytest

from invented import paragraph_facts

PUBLISHED = "2026-06-10"


def _counts(language: str, text: str) -> list[tuple[float | None, str | None]]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return [(f.value, f.counted) for f in facts.figures if f.type == "count"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Трасса №4 между Велмором и побережьем закрыта в обоих направлениях."),
        ("ru", "Движение по трассе № 4 перекрыто."),
        ("pl", "Droga nr 4 między Velmorem a wybrzeżem jest zamknięta."),
        ("es", "La carretera 4 entre Velmor y la costa está cortada en ambos sentidos."),
        ("de", "Die Fernstraße Route 4 zwischen Velmor und der Küste ist gesperrt."),
        ("de", "Die Buslinie 12 fährt nicht."),
        ("fr", "La route 4 entre Velmor et la côte est fermée."),
        ("it", "La strada statale 4 tra Velmor e la costa è chiusa."),
        ("uk", "Трасу №4 між Велмором і узбережжям перекрито."),
    ],
)
def test_a_road_or_line_number_counts_nothing(language: str, text: str) -> None:
    assert _counts(language, text) == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("pl", "Przy drodze pracuje 40 strażaków.", 40),
        ("es", "En la carretera trabajan 40 bomberos.", 40),
        ("de", "An der Straße arbeiten 40 Feuerwehrleute.", 40),
    ],
)
def test_a_count_beside_a_road_word_stays_a_count(language: str, text: str, value: int) -> None:
    assert [v for v, _ in _counts(language, text)] == [value]


def test_one_of_many_is_no_count() -> None:
    text = "Velmor has had one of its wettest springs on record, and one of the bridges was closed."
    assert _counts("en", text) == []
    assert [v for v, _ in _counts("en", "One man died and 12 miners were injured.")] == [1, 12]


def _times(language: str, text: str) -> list[tuple[float | None, str | None]]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return [(v.value, v.qualifier) for c in facts.claims for v in c.values if v.kind == "time"]


@pytest.mark.parametrize(
    ("language", "text", "minutes", "qualifier"),
    [
        ("es", "La crecida empezó hacia las dos de la tarde del sábado.", 14 * 60, "hacia las"),
        ("es", "El río se desbordó a las nueve de la noche.", 21 * 60, None),
        ("es", "El agua llegó a las 6 de la mañana.", 6 * 60, None),
        ("it", "La piena è arrivata verso le tre del pomeriggio.", 15 * 60, "verso le"),
        ("pt", "A cheia começou por volta das duas da tarde.", None, None),
    ],
)
def test_an_hour_in_words_with_a_part_of_the_day_is_a_time_not_a_count(
    language: str, text: str, minutes: float | None, qualifier: str | None
) -> None:
    assert _counts(language, text) == []
    if minutes is not None:
        assert _times(language, text) == [(minutes, qualifier)]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("W niedzielę do Velmoru przyleciał zespół 62 polskich strażaków.", "strażaków"),
        ("Ewakuowano 300 okolicznych mieszkańców.", "mieszkańców"),
        ("Zginęło dwóch strażaków.", "strażaków"),
    ],
)
def test_a_polish_adjective_before_the_counted_noun_is_skipped(text: str, counted: str) -> None:
    assert [c for _, c in _counts("pl", text)] == [counted]
