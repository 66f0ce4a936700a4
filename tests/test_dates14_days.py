"""A day conflict only for one act, a start day stated two ways a conflict (dates14, invented text).

Trial 41 (a new user's airline strike) showed "Day: Dienstag / вторник [3][6] vs Wednesday [4] vs jeudi [5]": the
night passengers spent in the terminals, departure boards "still" red, queues shrinking on Thursday and the start
of the strike, four acts on four days set against each other, while the planted conflict (the strike began on
Monday / on Tuesday) was missed: the two start sentences share no name. Now
- a sentence of a state still holding on its day (``data/continuing.toml``) gives no day conflict;
- two sentences of known acts (a start, an end) give one only for one act, two of unknown acts only a day apart;
- a sentence joins a day conflict's side only for the side's act;
- a listed act's day is compared across languages when both sentences open with a noun of one kind of event
  (``data/event_nouns.toml``: "The strike began on Monday" / "Забастовка началась во вторник");
- "called off their strike on Thursday" is the day of calling it off, not a strike called for next Thursday.
The fixture ``fixtures/dates14/strike-days.jsonl`` is an invented ferry strike in en, ru, de, fr.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.act_times import event_keys
from crosswire.compare.claims.one_act_days import continuing, joins_day_side, one_act
from crosswire.compare.claims.units import Unit
from crosswire.facts import extract_facts
from crosswire.facts.records import Value
from crosswire.model import Article, Block
from invented import claim_unit
from test_compare_core import compare_fixture

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "dates14" / "strike-days.jsonl"


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):  # type: ignore[no-untyped-def]
    return compare_fixture(tmp_path_factory.mktemp("dates14"), FIXTURE)


def _day_conflicts(comparison):  # type: ignore[no-untyped-def]
    return [c for c in comparison.conflicts if c.reason == "different day"]


def test_the_start_day_stated_two_ways_is_one_conflict_of_the_two_starts(comparison) -> None:  # type: ignore[no-untyped-def]
    days = _day_conflicts(comparison)
    assert len(days) == 1, [c.summary for c in days]
    sides = [[ev.text for ev in side.evidence] for side in days[0].sides]
    assert sorted(len(s) for s in sides) == [1, 1], sides
    texts = sorted(t for s in sides for t in s)
    assert texts[0].startswith("The strike began on Monday") and texts[1].startswith("Забастовка началась во вторник")


def test_no_day_conflict_cites_a_state_or_another_acts_day(comparison) -> None:  # type: ignore[no-untyped-def]
    cited = [ev.text for c in _day_conflicts(comparison) for ev in c.evidence]
    assert not any("still a column of red" in t or "files d'attente" in t or "übernachten" in t for t in cited), cited


def _unit(index: int, source: int, language: str, text: str, word: str, day: str, verb: str | None = None) -> Unit:
    at = text.index(word)
    v = Value(kind="date", text=word, start=at, end=at + len(word), unit="day", text_value=day, verb=verb)
    return claim_unit(index, source, text, language, [v])


STILL = [
    ("en", "At the harbour on Wednesday, departure boards were still a column of red.", "Wednesday"),
    ("de", "Am Mittwoch war der Hafen immer noch geschlossen.", "Mittwoch"),
    ("es", "El miércoles el puerto todavía estaba cerrado.", "miércoles"),
    ("it", "Mercoledì il porto era ancora chiuso.", "Mercoledì"),
    ("pt", "Na quarta-feira o porto ainda estava fechado.", "quarta-feira"),
    ("pl", "W środę port wciąż był zamknięty.", "środę"),
    ("ru", "В среду порт всё ещё не работал.", "среду"),
    ("uk", "У середу порт досі не працював.", "середу"),
]


@pytest.mark.parametrize(("language", "text", "word"), STILL)
def test_a_state_still_holding_is_no_dated_event(language: str, text: str, word: str) -> None:
    still = _unit(0, 1, language, text, word, "2026-11-11")
    start = _unit(1, 2, "en", "The strike began on Tuesday at the harbour.", "Tuesday", "2026-11-10", "begin")
    assert continuing(still)
    assert not one_act(still, start) and not one_act(start, still)
    assert not joins_day_side(still, [start])


NOT_STILL = [
    ("en", "The ferry line signed a deal on Wednesday, which unions still have to approve.", "Wednesday"),
    ("fr", "Le syndicat et la direction ont conclu mercredi un accord, qui doit encore être ratifié.", "mercredi"),
    ("es", "La naviera firmó el miércoles un acuerdo que todavía deben aprobar los sindicatos.", "miércoles"),
]


@pytest.mark.parametrize(("language", "text", "word"), NOT_STILL)
def test_near_miss_still_in_a_relative_clause_dates_the_act(language: str, text: str, word: str) -> None:
    assert not continuing(_unit(0, 1, language, text, word, "2026-11-11"))


def test_two_unknown_acts_a_day_apart_may_be_one_event_further_apart_not() -> None:
    a = _unit(0, 1, "de", "Die Fähren sollen ab Freitag, dem 4. Dezember, wieder fahren.", "Freitag", "2026-12-04")
    b = _unit(
        1, 2, "ru", "По словам источников, паромы возобновят рейсы в субботу, 5 декабря.", "субботу", "2026-12-05"
    )
    c = _unit(2, 3, "fr", "Au port, les files d'attente se sont réduites jeudi après-midi.", "jeudi", "2026-12-10")
    assert one_act(a, b)
    assert not one_act(a, c) and not one_act(b, c)


def test_a_start_against_an_end_is_no_day_conflict_a_start_against_a_start_is() -> None:
    start_en = _unit(0, 1, "en", "The strike began on Monday at the harbour.", "Monday", "2026-11-09", "begin")
    start_ru = _unit(1, 2, "ru", "Забастовка началась во вторник в порту.", "вторник", "2026-11-10", "начаться")
    end_en = _unit(2, 3, "en", "The strike ended on Thursday at the harbour.", "Thursday", "2026-11-12", "end")
    assert one_act(start_en, start_ru)
    assert not one_act(start_ru, end_en)


EVENT_OPENINGS = [
    ("en", "The strike began on Monday and forced the ferry line to cancel 300 sailings."),
    ("ru", "Забастовка началась во вторник и парализовала работу порта."),
    ("uk", "Страйк розпочався у вівторок і паралізував роботу порту."),
    ("de", "Der unbefristete Warnstreik begann am Dienstag."),
    ("fr", "La grève a commencé lundi dans tous les ports."),
    ("es", "La huelga comenzó el lunes en todos los puertos."),
    ("it", "Lo sciopero è iniziato lunedì in tutti i porti."),
    ("pt", "A greve começou na segunda-feira em todos os portos."),
    ("pl", "Strajk rozpoczął się w poniedziałek we wszystkich portach."),
]


@pytest.mark.parametrize(("language", "text"), EVENT_OPENINGS)
def test_a_sentence_opening_with_the_strike_keys_the_strike(language: str, text: str) -> None:
    assert event_keys(claim_unit(0, 1, text, language, [])) == frozenset({"event:strike"})


EVENT_NEAR_MISSES = [
    ("en", "The talks between the ferry line and the crews began on Monday, a day before the strike."),
    ("en", "In March, the crews voted for industrial action."),
    ("de", "Die Demokratie im Hafen begann am Montag mit einer Wahl."),
    ("es", "El paro en la región subió en octubre."),
]


@pytest.mark.parametrize(("language", "text"), EVENT_NEAR_MISSES)
def test_near_miss_a_later_or_ambiguous_noun_keys_no_strike(language: str, text: str) -> None:
    assert "event:strike" not in event_keys(claim_unit(0, 1, text, language, []))


def _en_dates(sentence: str, published: str) -> list[tuple[str, str | None]]:
    art = Article(
        id="d", source="d", content_hash="d", blocks=[Block("paragraph", sentence)], language="en", published=published
    )
    return [(d.text, d.value) for d in extract_facts([art])[0].dates]


def test_called_off_a_strike_is_the_day_of_calling_it_off() -> None:
    found = _en_dates("Pilots at Vardel Air called off their strike on Thursday after a pay deal.", "2026-11-12")
    assert [v for _w, v in found] == ["2026-11-12"], found


def test_near_miss_a_strike_called_for_a_day_is_ahead() -> None:
    found = _en_dates("The union called a strike on Saturday over pay.", "2026-11-12")
    assert [v for _w, v in found] == ["2026-11-14"], found


SINCE = [
    ("en", "Several French travellers, stranded since Monday, boarded the first flights to Paris.", "Monday"),
    ("fr", "Plusieurs voyageurs français, bloqués depuis lundi, ont pu embarquer sur les premiers vols.", "lundi"),
    ("de", "Mehrere Reisende, die seit Montag festsaßen, konnten die ersten Flüge nehmen.", "Montag"),
    ("es", "Varios viajeros, atrapados desde el lunes, embarcaron en los primeros vuelos.", "lunes"),
    ("pl", "Kilku podróżnych, uwięzionych od poniedziałku, wsiadło do pierwszych samolotów.", "poniedziałku"),
    ("ru", "Несколько пассажиров, застрявших с понедельника, сели на первые рейсы.", "понедельника"),
    ("uk", "Кілька пасажирів, які застрягли з понеділка, сіли на перші рейси.", "понеділка"),
]


@pytest.mark.parametrize(("language", "text", "word"), SINCE)
def test_a_day_after_since_dates_no_timeline_line(language: str, text: str, word: str) -> None:
    from crosswire.compare.claims import timeline

    unit = _unit(0, 1, language, text, word, "2026-11-09")
    assert timeline.since_day(unit, unit.values[0])
    assert timeline._own_days(unit) == []


SINCE_NEAR_MISSES = [
    ("en", "The strike began on Monday and stranded thousands of travellers.", "Monday", False),
    ("fr", "La grève a commencé lundi dans tous les aéroports du pays.", "lundi", False),
    ("ru", "Авиакомпания обещает восстановить полное расписание с пятницы.", "пятницы", False),
    ("es", "Desde el lunes subirán las tarifas de todos los vuelos nacionales.", "lunes", True),
    ("pl", "Od poniedziałku obowiązują nowe ceny biletów na wszystkie loty.", "poniedziałku", True),
]


@pytest.mark.parametrize(("language", "text", "word", "ahead"), SINCE_NEAR_MISSES)
def test_near_miss_an_act_on_the_day_or_a_change_from_a_coming_day_keeps_its_line(
    language: str, text: str, word: str, ahead: bool
) -> None:
    from dataclasses import replace

    from crosswire.compare.claims import timeline

    unit = _unit(0, 1, language, text, word, "2026-11-16" if ahead else "2026-11-09")
    unit.claim.values[0] = replace(unit.values[0], scheduled=ahead)
    assert not timeline.since_day(unit, unit.values[0])
    assert [d.text_value for d in timeline._own_days(unit)] == [unit.values[0].text_value]
