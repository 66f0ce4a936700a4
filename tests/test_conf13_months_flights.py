"""conf13 (thirteenth pass): a month and its year in the Slavic locative ("w maju 2027 roku", "в мае 2027 года",
"у травні 2027 року") read as that month, not the year alone (crosswire.facts.languages.dates); the start of an
act dated by month in a sentence that also gives the day it was told ("ruszy w maju 2027 roku, poinformował w
poniedziałek"), compared across languages (crosswire.compare.claims.when.date_verb, ``[when.telling]`` and the
``start`` act of data/claim_acts.toml); flights counted as "авіарейси" / "авиарейсы" (data/concepts.toml), so
mtune2's "около 600 рейсов" / "300 авіарейсів" meet. Near-misses: a day inside the month, two telling days, two
acts, two airlines' flights in one source, a Polish airport ("lotnisko") that is no flight."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.vocab.concepts import concept_of
from invented import paragraph_facts
from test_compare_core import compare_texts

PUBLISHED = "2026-11-02"


def _dates(language: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.granularity) for d in paragraph_facts(language, text, PUBLISHED).dates]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pl", "Budowa ruszy w maju 2027 roku.", ("maju 2027 roku", "2027-05", "month")),
        ("pl", "Budowa ruszy w listopadzie 2027.", ("listopadzie 2027", "2027-11", "month")),
        ("ru", "Строительство начнется в мае 2027 года.", ("мае 2027 года", "2027-05", "month")),
        ("ru", "Строительство начнется в декабре 2027 г.", ("декабре 2027 г.", "2027-12", "month")),
        ("uk", "Будівництво почнеться у травні 2027 року.", ("травні 2027 року", "2027-05", "month")),
        ("uk", "Будівництво почнеться в березні 2028 року.", ("березні 2028 року", "2028-03", "month")),
    ],
)
def test_a_located_month_and_its_year_is_that_month(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert _dates(language, text) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pl", "Budowa ruszy 3 maja 2027 roku.", ("3 maja 2027 roku", "2027-05-03", "day")),
        ("ru", "Строительство начнется 3 мая 2027 года.", ("3 мая 2027 года", "2027-05-03", "day")),
        ("ru", "Строительство начнется в 2027 году.", ("2027", "2027", "year")),
        ("pl", "Budowa ruszy w 2027 roku.", ("2027", "2027", "year")),
    ],
)
def test_a_day_or_a_year_alone_is_read_as_before(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert _dates(language, text) == [expected]


EN = (
    "New bridge in Gdansk\n\nConstruction of the new bridge over the Motlawa in Gdansk will start in March 2027, "
    "the city's mayor said on Monday."
)
PL = "Nowy most w Gdańsku\n\nBudowa nowego mostu na Motławie w Gdańsku ruszy w {m} 2027 roku, {told} prezydent miasta."
STARTS = {
    "pl": PL.format(m="maju", told="poinformował w poniedziałek"),
    "ru": "Новый мост в Гданьске\n\nСтроительство нового моста через Мотлаву в Гданьске начнется в мае 2027 года, "
    "сообщил в понедельник мэр города.",
    "uk": "Новий міст у Гданську\n\nБудівництво нового мосту через Мотлаву в Гданську розпочнеться у травні 2027 "
    "року, повідомив у понеділок мер міста.",
    "de": "Neue Brücke in Danzig\n\nDer Bau der neuen Brücke über die Mottlau in Danzig beginnt im Mai 2027, teilte "
    "der Bürgermeister am Montag mit.",
    "es": "Nuevo puente en Gdansk\n\nLa construcción del nuevo puente sobre el Motlawa en Gdansk comenzará en mayo de "
    "2027, anunció el lunes el alcalde.",
    "fr": "Nouveau pont à Gdansk\n\nLa construction du nouveau pont sur la Motlawa à Gdansk commencera en mai 2027, a "
    "annoncé lundi le maire.",
    "it": "Nuovo ponte a Danzica\n\nLa costruzione del nuovo ponte sulla Motlawa a Danzica inizierà a maggio 2027, ha "
    "annunciato lunedì il sindaco.",
}


def _conflicts(tmp_path: Path, a: str, b: str) -> list[tuple[str, str]]:
    rows = [("a", "Outlet A", PUBLISHED, a), ("b", "Outlet B", PUBLISHED, b)]
    return [(c.reason, c.summary) for c in compare_texts(tmp_path, rows).conflicts]


@pytest.mark.parametrize("language", sorted(STARTS))
def test_two_months_of_one_start_conflict(tmp_path: Path, language: str) -> None:
    found = _conflicts(tmp_path, STARTS[language], EN)
    assert [r for r, s in found if "March 2027" in s] == ["different day"], found


def test_two_slavic_months_of_one_start_conflict(tmp_path: Path) -> None:
    ru = STARTS["ru"].replace("в мае", "в марте")
    found = _conflicts(tmp_path, STARTS["pl"], ru)
    assert [r for r, s in found if "maju 2027" in s and "марте 2027" in s] == ["different day"], found


def test_two_polish_outlets_months_conflict(tmp_path: Path) -> None:
    other = PL.format(m="marcu", told="przekazał w poniedziałek")
    found = _conflicts(tmp_path, STARTS["pl"], other)
    assert [r for r, s in found if "maju" in s and "marcu" in s] == ["different day"], found


def test_a_day_inside_the_month_is_no_conflict(tmp_path: Path) -> None:
    ru = STARTS["ru"].replace("в мае 2027 года", "3 мая 2027 года")
    assert _conflicts(tmp_path, STARTS["pl"], ru) == []


def test_two_days_of_telling_are_no_conflict_of_the_start(tmp_path: Path) -> None:
    other = PL.format(m="maju", told="przekazał we wtorek")
    assert _conflicts(tmp_path, STARTS["pl"], other) == []


def test_a_start_and_an_opening_are_two_acts(tmp_path: Path) -> None:
    ru = (
        "Новый мост в Гданьске\n\nНовый мост через Мотлаву в Гданьске откроется в марте 2029 года, сообщил в "
        "понедельник мэр города."
    )
    assert _conflicts(tmp_path, STARTS["pl"], ru) == []


@pytest.mark.parametrize(
    ("word", "language", "concept"),
    [
        ("авіарейсів", "uk", "flight"),
        ("авиарейсов", "ru", "flight"),
        ("рейсів", "uk", "flight"),
        ("lotów", "pl", "flight"),
        ("lotniska", "pl", "airport"),
        ("lotnisk", "pl", "airport"),
        ("Flughäfen", "de", "airport"),
        ("Flüge", "de", "flight"),
        ("аэропорта", "ru", "airport"),
    ],
)
def test_flights_and_airports(word: str, language: str, concept: str) -> None:
    assert concept_of(word, language) == concept


RU_FLIGHTS = (
    "Ryanair отменила рейсы\n\nАвиакомпании Ryanair пришлось отменить около {n} рейсов из-за забастовки "
    "бортпроводников в Испании, Португалии и Бельгии."
)
UK_FLIGHTS = (
    "Ryanair скасувала рейси\n\nАвіакомпанія Ryanair скасувала {n} авіарейсів через страйк бортпровідників в "
    "Іспанії, Португалії та Бельгії."
)
PL_FLIGHTS = (
    "Strajk w Ryanair\n\nRyanair odwołał w środę {n} lotów z powodu strajku personelu pokładowego w Hiszpanii i "
    "Portugalii."
)


def test_flights_across_russian_and_ukrainian_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, RU_FLIGHTS.format(n=600), UK_FLIGHTS.format(n=300))
    assert [r for r, s in found if "600" in s and "300" in s] == ["different value"], found


def test_flights_across_polish_and_ukrainian_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, PL_FLIGHTS.format(n=250), UK_FLIGHTS.format(n=400))
    assert [r for r, s in found if "250" in s and "400" in s] == ["different value"], found


def test_flights_given_alike_are_no_conflict(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, RU_FLIGHTS.format(n=600), UK_FLIGHTS.format(n=600)) == []


def test_two_airlines_flights_in_one_source_are_no_conflict(tmp_path: Path) -> None:
    uk = UK_FLIGHTS.format(n=600) + " Авіакомпанія easyJet скасувала 300 авіарейсів через погоду."
    assert _conflicts(tmp_path, RU_FLIGHTS.format(n=600), uk) == []


def _counted(language: str, text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.concept) for f in paragraph_facts(language, text, PUBLISHED).figures if f.type == "count"]


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("uk", "Ryanair скасувала 300 запланованих на сьогодні авіарейсів через страйки.", "flight"),
        ("ru", "Ryanair отменила 300 запланированных на сегодня рейсов.", "flight"),
        ("ru", "Ryanair отменила 300 запланированных рейсов.", "flight"),
        ("pl", "Ryanair odwołał 300 zaplanowanych na dziś lotów.", "flight"),
        ("uk", "Поліція відпустила 300 затриманих у неділю протестувальників.", "protester"),
    ],
)
def test_a_participle_and_its_phrase_before_the_noun_count_the_noun(language: str, text: str, concept: str) -> None:
    assert _counted(language, text) == [(300.0, concept)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Отпустили 300 задержанных на воскресном митинге."),
        ("pl", "Policja zwolniła 300 zatrzymanych na wczorajszym wiecu."),
    ],
)
def test_a_place_after_the_participle_is_not_what_it_counts(language: str, text: str) -> None:
    assert _counted(language, text) == [(300.0, "detained")]
