"""Plans shown as planned, a past act's weekday kept in the past (dates14, invented text).

Trial 42 (a new user's pipeline story) showed three classes:
- a past act with a weekday followed by a relative clause with a modal ("ont signé mercredi un accord qui doit
  permettre la reprise") went a week ahead as scheduled: the relative clause's verb is its own (the clause a
  weekday's verb is read in now ends at a relative pronoun, and the clause's words after a comma are no longer
  read as if they stood before the weekday);
- a weekday in a present clause of condition under a future ("are expected to sign an agreement ... if their
  ministers settle the last details on Tuesday evening") was the last such day, unmarked: it is the coming one,
  today included, and its tense is the future;
- a timeline line of an act done was headed by a preview's plan ("The prime ministers ... will meet on Wednesday
  ... to try to agree terms"): the line now shows a cited sentence that states the act, the plan a scheduled line
  of its own.
Near-misses: a future act followed by a past relative clause, a past clause of condition, a past head clause.
"""

from __future__ import annotations

import types
from datetime import date

import pytest

from crosswire.compare.claims import timeline
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import TimelineLine
from crosswire.facts import extract_facts
from crosswire.facts.languages.dates import dates_in
from crosswire.facts.languages.lexicon import words_for
from crosswire.facts.records import Value
from crosswire.model import Article, Block, Evidence
from invented import claim_unit

THURSDAY = date(2026, 12, 3)  # publication day: last Wednesday 2 Dec, last Tuesday 1 Dec, coming Tuesday 8 Dec


def _dates(language: str, text: str, base: date = THURSDAY) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.tense) for d in dates_in(text, 0, (0, len(text)), words_for(language), language, base)]


PAST_WITH_A_MODAL_RELATIVE = [
    (
        "fr",
        "Au terme de onze jours d'arrêt, les deux voisins ont signé mercredi un accord qui doit permettre la reprise.",
    ),
    ("fr", "Les deux gouvernements ont conclu mercredi un compromis qui va relancer les livraisons de gaz."),
    ("fr", "Après des semaines de crise, les ministres ont adopté mercredi un texte lequel devra encore être ratifié."),
    (
        "es",
        "Tras once días, los vecinos firmaron el miércoles un acuerdo, el cual deberá permitir la reanudación.",
    ),
    ("it", "Dopo undici giorni, i due vicini hanno firmato mercoledì l'accordo con cui dovrà riprendere la fornitura."),
    (
        "pt",
        "Após onze dias, os vizinhos assinaram na quarta-feira o acordo pelo qual deverá ser retomado o fornecimento.",
    ),
    ("pl", "Po jedenastu dniach oba kraje podpisały w środę porozumienie które ma umożliwić wznowienie dostaw."),
    ("ru", "После одиннадцати дней соседи подписали в среду соглашение которое должно позволить возобновить поставки."),
]


@pytest.mark.parametrize(("language", "text"), PAST_WITH_A_MODAL_RELATIVE)
def test_a_past_act_before_a_modal_relative_clause_is_last_wednesday(language: str, text: str) -> None:
    found = _dates(language, text)
    assert [(v, t) for _w, v, t in found] == [("2026-12-02", "past")], found


FUTURE_WITH_A_PAST_RELATIVE = [
    (
        "fr",
        "Au terme de la crise, les deux voisins signeront mercredi un accord qui a été négocié pendant des semaines.",
    ),
    ("es", "Según el ministerio, el ministro se reunirá con los representantes de los pescadores el miércoles."),
    ("fr", "Selon le ministère, le ministre rencontrera les pêcheurs mercredi."),
]


@pytest.mark.parametrize(("language", "text"), FUTURE_WITH_A_PAST_RELATIVE)
def test_near_miss_a_future_act_stays_ahead(language: str, text: str) -> None:
    found = _dates(language, text)
    assert [(v, t) for _w, v, t in found] == [("2026-12-09", "future")], found


def test_a_that_clause_after_a_comma_keeps_the_day_of_saying() -> None:
    """Near-miss of the clause fix: "dijo el miércoles que se reunirá": the future is the that-clause's."""
    found = _dates("es", "Según el ministerio, el ministro dijo el miércoles que se reunirá con los pescadores.")
    assert [v for _w, v, _t in found] == ["2026-12-02"], found


CONDITIONS_AHEAD = [
    ("fr", "Si les ministres règlent les derniers détails mardi soir, les deux chefs signeront l'accord.", "mardi"),
    ("de", "Wenn die Minister sich am Dienstag einigen, wird das Abkommen unterzeichnet.", "Dienstag"),
    ("es", "Si los ministros cierran los detalles el martes, los dos jefes firmarán el acuerdo.", "martes"),
    ("it", "Se i ministri chiudono i dettagli martedì, i due capi firmeranno l'accordo.", "martedì"),
    ("pt", "Se os ministros fecharem os detalhes na terça-feira, os dois chefes assinarão o acordo.", "terça-feira"),
    ("pl", "Jeśli ministrowie uzgadniają szczegóły we wtorek, obaj premierzy mają podpisać porozumienie.", "wtorek"),
    ("ru", "Если министры во вторник согласуют детали, соглашение будет подписано.", "вторник"),
    ("uk", "Якщо міністри у вівторок узгодять деталі, угоду буде підписано.", "вівторок"),
]


@pytest.mark.parametrize(("language", "text", "word"), CONDITIONS_AHEAD)
def test_a_condition_under_a_future_is_the_coming_day(language: str, text: str, word: str) -> None:
    found = _dates(language, text)
    assert [(w, v, t) for w, v, t in found] == [(word, "2026-12-08", "future")], found


CONDITIONS_PAST = [
    ("fr", "Si les ministres ont réglé les derniers détails mardi, personne ne l'a dit."),
    ("de", "Als die Minister sich am Dienstag einigten, wurde das Abkommen unterzeichnet."),
    ("es", "Si los ministros cerraron los detalles el martes, nadie lo ha dicho."),
    ("ru", "Если министры во вторник согласовали детали, соглашение уже подписано."),
]


@pytest.mark.parametrize(("language", "text"), CONDITIONS_PAST)
def test_near_miss_a_past_condition_keeps_the_last_day(language: str, text: str) -> None:
    found = _dates(language, text)
    assert [v for _w, v, _t in found] == ["2026-12-01"], found


def _en(sentence: str, published: str = "2026-12-01") -> list[tuple[str, str | None, str | None, bool]]:
    art = Article(
        id="d",
        source="d",
        content_hash="d",
        blocks=[Block("paragraph", sentence)],
        language="en",
        published=published,
    )
    return [(d.text, d.value, d.tense, d.scheduled) for d in extract_facts([art])[0].dates]


EN_CONDITIONS = [
    # published on the Tuesday itself: that very Tuesday, planned
    (
        "The two leaders are expected to sign an agreement on prices if their ministers settle the last details on "
        "Tuesday evening, officials said.",
        "2026-12-01",
    ),
    ("The two leaders will sign the deal if their ministers agree the details on Thursday.", "2026-12-03"),
    ("The strike will end once the unions approve the offer on Monday.", "2026-12-07"),
    ("The airline plans to resume flights when the regulator lifts the ban on Friday.", "2026-12-04"),
]


@pytest.mark.parametrize(("sentence", "day"), EN_CONDITIONS)
def test_english_condition_under_a_future_is_planned(sentence: str, day: str) -> None:
    found = _en(sentence)
    assert [(v, t) for _w, v, t, _s in found] == [(day, "future")], found


EN_NOT_CONDITIONS = [
    "The leaders signed the deal after their ministers agreed the details on Monday.",
    "If the ministers agreed the details on Monday, nobody has said so.",
    "The union said it would strike if the board rejected the offer on Monday.",
]


@pytest.mark.parametrize("sentence", EN_NOT_CONDITIONS)
def test_near_miss_english_past_condition_or_head(sentence: str) -> None:
    found = _en(sentence)
    assert [v for _w, v, _t, _s in found] == ["2026-11-30"], found


# The timeline: a line headed by a preview's plan, cited with reports of the act done.
DAY = "2026-12-02"
PLAN = ("en", "The prime ministers will meet on Wednesday in this border town to try to agree terms.", "Wednesday")
DONE = [
    ("en", "The two governments signed an agreement on Wednesday to restart the pipeline.", "Wednesday"),
    ("pl", "Oba rządy zawarły w środę porozumienie o ponownym uruchomieniu gazociągu.", "środę"),
    ("ru", "Дравония и Лестрия подписали в среду соглашение о возобновлении поставок.", "среду"),
]


def _unit(index: int, source: int, language: str, text: str, word: str, *, scheduled: bool, tense: str) -> Unit:
    at = text.index(word)
    v = Value(
        kind="date",
        text=word,
        start=at,
        end=at + len(word),
        unit="day",
        text_value=DAY,
        scheduled=scheduled,
        tense=tense,
    )
    return claim_unit(index, source, text, language, [v])


def _line(units: list[Unit]) -> TimelineLine:
    return TimelineLine(
        date=DAY,
        text=units[0].text,
        sources=sorted(u.source for u in units),
        evidence=[Evidence(article=u.article, outlet=None, text=u.text, start=0, end=len(u.text)) for u in units],
        scheduled=False,
    )


def _data(units: list[Unit]):  # type: ignore[no-untyped-def]
    return types.SimpleNamespace(source_of={u.article: u.source for u in units})


@pytest.mark.parametrize(("language", "text", "word"), DONE)
def test_a_line_headed_by_a_plan_shows_the_act_done(language: str, text: str, word: str) -> None:
    plan = _unit(0, 1, *PLAN, scheduled=True, tense="future")
    done = _unit(1, 2, language, text, word, scheduled=False, tense="past")
    line = _line([plan, done])
    published = {plan.article: date(2026, 12, 1), done.article: date(2026, 12, 3)}
    out = timeline.planned_apart(line, _data([plan, done]), [plan, done], published)
    assert line.text == text and line.sources == [2] and [e.text for e in line.evidence] == [text]
    assert [(x.sources, x.scheduled, x.text) for x in out] == [([1], True, PLAN[1])]


def test_near_miss_a_line_headed_by_a_report_keeps_its_head() -> None:
    done = _unit(0, 1, *DONE[0], scheduled=False, tense="past")
    other = _unit(1, 2, *DONE[1], scheduled=False, tense="past")
    line = _line([done, other])
    published = {done.article: date(2026, 12, 3), other.article: date(2026, 12, 3)}
    assert timeline.planned_apart(line, _data([done, other]), [done, other], published) == []
    assert line.text == DONE[0][1] and line.sources == [1, 2]


def test_near_miss_a_plan_with_no_other_dated_sentence_stays() -> None:
    """A plan cited with a sentence that reads no day of its own keeps the head (nothing else states the act)."""
    plan = _unit(0, 1, *PLAN, scheduled=True, tense="future")
    other = claim_unit(1, 2, "The pipeline carries 22 million cubic metres of gas a day.", "en", [])
    line = _line([plan, other])
    published = {plan.article: date(2026, 12, 1), other.article: date(2026, 12, 3)}
    assert timeline.planned_apart(line, _data([plan, other]), [plan, other], published) == []
    assert line.text == PLAN[1]
