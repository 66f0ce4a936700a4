"""Dates read the way their clause points, in every language (dates11, invented text): a future verb anywhere in the
weekday's clause dates it ahead, however far before it ("el ministro se reunirá con los representantes de los
pescadores el miércoles"), an ambiguous short auxiliary only before an infinitive ("va a reunirse", "ma się
spotkać"; not "va ganando", "ma nowy zarząd"); Polish and Ukrainian perfective presents are futures ("przedstawi",
"зустрінеться"); a month written alone after the language's "in" is a month date ("en marzo", "w marcu", "у
березні"); each date keeps its clause's tense ("future", "past", None)."""

from __future__ import annotations

from datetime import date

import pytest

from crosswire.facts.languages.dates import dates_in
from crosswire.facts.languages.lexicon import words_for

TUESDAY = date(2026, 12, 1)  # publication day: the coming Wednesday is 2 Dec, the last one 25 Nov


def _dates(language: str, text: str, base: date = TUESDAY) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.tense) for d in dates_in(text, 0, (0, len(text)), words_for(language), language, base)]


FAR_FUTURES = [
    ("es", "El ministro se reunirá con los representantes de los pescadores el miércoles."),
    ("es", "Los representantes de las cofradías y el ministro firmarán el nuevo acuerdo pesquero el miércoles."),
    ("es", "El ministro va a reunirse con los representantes de los pescadores el miércoles."),
    ("fr", "Le ministre rencontrera les représentants des pêcheurs et des syndicats mercredi."),
    ("it", "Il ministro incontrerà i rappresentanti dei pescatori e dei sindacati mercoledì."),
    ("pt", "O ministro vai se reunir com os representantes dos pescadores na quarta-feira."),
    ("pt", "O ministro assinará com os representantes dos pescadores e dos sindicatos o acordo na quarta-feira."),
    ("pl", "Minister ma się spotkać z przedstawicielami rybaków i związkowców w środę."),
    ("uk", "Міністр має зустрітися з представниками рибалок та профспілок у середу."),
    ("ru", "Министр встретится с представителями рыбаков и профсоюзов в среду."),
    ("de", "Der Minister wird sich mit den Vertretern der Fischer und der Gewerkschaften am Mittwoch treffen."),
]


@pytest.mark.parametrize(("language", "text"), FAR_FUTURES)
def test_a_future_verb_far_before_the_weekday_dates_it_ahead(language: str, text: str) -> None:
    found = _dates(language, text)
    assert [(v, t) for _w, v, t in found] == [("2026-12-02", "future")], found


PAST_OR_NOT_FUTURE = [
    ("es", "El ministro se reunió con los representantes de los pescadores el miércoles."),
    ("es", "La empresa va ganando terreno y el miércoles presentó sus cuentas."),
    ("es", "El ministro dijo el miércoles que se reunirá con los pescadores."),
    ("pl", "Firma ma nowy zarząd od środy."),
    ("pl", "Minister spotkał się z przedstawicielami rybaków w środę."),
    ("uk", "Міністр зустрівся з представниками рибалок у середу."),
    ("ru", "Министр встретился с представителями рыбаков в среду."),
    ("pt", "O ministro reuniu-se com os representantes dos pescadores na quarta-feira."),
]


@pytest.mark.parametrize(("language", "text"), PAST_OR_NOT_FUTURE)
def test_a_past_act_or_a_non_auxiliary_keeps_the_last_weekday(language: str, text: str) -> None:
    found = _dates(language, text)
    assert [v for _w, v, _t in found] == ["2026-11-25"], found
    assert all(t != "future" for _w, _v, t in found), found


PERFECTIVES = [
    ("pl", "Minister przedstawi w czwartek plan ratowania portu."),
    ("pl", "Zarząd podpisze umowę z rybakami w czwartek."),
    ("pl", "W czwartek rada przyjmie nowy budżet miasta."),
    ("uk", "Міністр зустрінеться у четвер з рибалками."),
    ("uk", "Уряд розгляне законопроєкт про квоти у четвер."),
    ("uk", "У четвер рада ухвалить новий бюджет міста."),
    ("ru", "Министр встретится в четверг с рыбаками."),
]


@pytest.mark.parametrize(("language", "text"), PERFECTIVES)
def test_a_slavic_perfective_present_is_a_future(language: str, text: str) -> None:
    found = _dates(language, text)
    assert [(v, t) for _w, v, t in found] == [("2026-12-03", "future")], found


IMPERFECTIVES_AND_PASTS = [
    ("pl", "Minister przedstawił w czwartek plan ratowania portu."),
    ("pl", "Sprawa dotyczy decyzji podjętej w czwartek przez zarząd."),
    ("pl", "W czwartek dochodzi do kolejnych protestów rybaków."),
    ("uk", "Міністр зустрівся у четвер з рибалками."),
    ("uk", "Ціна залежить від рішення, яке уряд прийняв у четвер."),
    ("uk", "Уряд розглядає законопроєкт про квоти з четверга."),
]


@pytest.mark.parametrize(("language", "text"), IMPERFECTIVES_AND_PASTS)
def test_an_imperfective_or_past_verb_keeps_the_last_weekday(language: str, text: str) -> None:
    found = _dates(language, text)
    assert [v for _w, v, _t in found] == ["2026-11-26"], found
    assert all(t != "future" for _w, _v, t in found), found


BARE_MONTHS = [
    ("es", "Los ministros se reunirán en marzo para revisar las cuotas.", "marzo", "2027-03"),
    ("es", "Los ministros se reunieron en marzo para revisar las cuotas.", "marzo", "2026-03"),
    ("es", "El acuerdo se firmó en marzo del año pasado.", "marzo", "2025-03"),
    ("fr", "Les ministres se réuniront en mars pour revoir les quotas.", "mars", "2027-03"),
    ("fr", "Les ministres s'étaient réunis en mars dernier.", "mars", "2026-03"),
    ("de", "Die Minister werden sich im März erneut treffen.", "März", "2027-03"),
    ("it", "I ministri si incontreranno a marzo per rivedere le quote.", "marzo", "2027-03"),
    ("pt", "Os ministros vão se reunir em março para rever as quotas.", "março", "2027-03"),
    ("pl", "Ministrowie spotkają się w marcu, by omówić kwoty.", "marcu", "2027-03"),
    ("pl", "Umowę podpisano w marcu ubiegłego roku.", "marcu", "2025-03"),
    ("ru", "Министры встретятся в марте, чтобы обсудить квоты.", "марте", "2027-03"),
    ("uk", "Міністри зустрінуться у березні, щоб обговорити квоти.", "березні", "2027-03"),
]


@pytest.mark.parametrize(("language", "text", "written", "value"), BARE_MONTHS)
def test_a_bare_month_after_in_is_a_month_date(language: str, text: str, written: str, value: str) -> None:
    found = _dates(language, text)
    assert [(w, v) for w, v, _t in found] == [(written, value)], found


NOT_MONTHS = [
    ("es", "Las elecciones de marzo cambiaron el parlamento."),
    ("es", "El barco quedó a la deriva en mar abierto."),
    ("es", "Trabaja como asesora en Mayo Consulting desde hace años."),
    ("de", "Jeden März beginnt die Fangsaison."),
    ("pl", "Marzec był najcieplejszym miesiącem."),
]


@pytest.mark.parametrize(("language", "text"), NOT_MONTHS)
def test_a_month_naming_a_period_or_a_name_is_no_date(language: str, text: str) -> None:
    assert _dates(language, text) == []


NAMES_LIKE_FUTURES = [
    ("fr", "VELMARA - Le tribunal régional de Velmara a rendu son verdict mardi 1er décembre dans le procès."),
    ("fr", "Les autorités de Ferrara ont annoncé mardi 1er décembre la fermeture du pont."),
    ("fr", "Le ministre a rencontré mardi 1er décembre la délégation de Samara et de Bora Bora."),
]


@pytest.mark.parametrize(("language", "text"), NAMES_LIKE_FUTURES)
def test_a_name_or_dateline_ending_like_a_future_is_no_future(language: str, text: str) -> None:
    found = _dates(language, text, date(2026, 12, 2))  # a Wednesday: the verdict was the day before
    assert [v for _w, v, _t in found] == ["2026-12-01", "2026-12-01"], found


THURSDAY = date(2026, 12, 3)
TENSES = [
    ("fr", "Les ministres se sont réunis jeudi à Bruxelles.", "past"),
    ("fr", "Les ministres se réunissent jeudi à Bruxelles.", None),
    ("it", "I ministri si sono incontrati giovedì a Bruxelles.", "past"),
    ("it", "I ministri si incontrano giovedì a Bruxelles.", None),
    ("es", "Los ministros se han reunido el jueves en Bruselas.", "past"),
    ("es", "Los ministros se reúnen el jueves en Bruselas.", None),
    ("de", "Der Minister ist am Donnerstag nach Brüssel gereist.", "past"),
    ("de", "Die Minister treffen sich am Donnerstag in Brüssel.", None),
    ("pt", "O acordo foi assinado na quinta-feira.", "past"),
    ("pl", "Ministrowie spotkali się w czwartek w Brukseli.", "past"),
    ("pl", "Ministrowie spotykają się w czwartek w Brukseli.", None),
    ("ru", "Министры встретились в четверг в Брюсселе.", "past"),
    ("uk", "Міністри зустрілися у четвер у Брюсселі.", "past"),
]


@pytest.mark.parametrize(("language", "text", "tense"), TENSES)
def test_a_day_of_the_publication_day_keeps_its_clauses_tense(language: str, text: str, tense: str | None) -> None:
    found = _dates(language, text, THURSDAY)
    assert [(v, t) for _w, v, t in found] == [("2026-12-03", tense)], found
