"""A weekday's direction read from the word it attaches to, in every language the code reads (invented text).

Classes, each in five languages or more, each reading the day before publication on the tree before this change:

* a change from a day on ("dès lundi", "à partir de lundi", "ab Montag", "a partir del lunes", "a partire da
  lunedì", "apply from Monday", "effective next Monday"): the coming day;
* a weekday dating a planned act its clause calls off or moves ("cancelled Thursday's auction", "a annulé
  l'enchère de jeudi", "sagte die Auktion am Donnerstag ab", "odwołało czwartkową aukcję"): the act's day, still
  to come, not the day of calling it off; so is a weekday dating an act told in the future after it ("czwartkowa
  aukcja ... odbędzie się", "Thursday's auction will go ahead");
* a conditional verb before the weekday ("relèveraient leurs taux lundi", "subirían los tipos el lunes"): ahead;
* a day and month without a year ("effective Dec. 7", "le 15 janvier" in a December article): the year its
  clause's direction gives, else the nearest;
* a weekday written beside a calendar day ("Giovedì 3 dicembre"): that day;
* "next" after the weekday ("lundi prochain", "el lunes que viene"): the coming one ("lunedì scorso", "last
  Monday": the last one, pinned as a neighbour).

Neighbours that must keep their old reading are pinned beside each class (a past "since" reading, the day of
calling off, a past act of the noun). The property tests check the resolver for any publication day and weekday.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.facts import extract_facts
from crosswire.facts.dates import resolve
from crosswire.facts.languages.dates import _day_words
from crosswire.facts.languages.lexicon import words_for
from crosswire.model import Article, Block

TUESDAY = "2027-03-09"  # publication day of every sentence below
NEXT_MONDAY, LAST_MONDAY = "2027-03-15", "2027-03-08"
NEXT_THURSDAY, LAST_THURSDAY = "2027-03-11", "2027-03-04"


def _dates(language: str, sentence: str, published: str = TUESDAY) -> list[tuple[str, str | None]]:
    art = Article(
        id="d",
        source="d",
        content_hash="d",
        blocks=[Block("paragraph", sentence)],
        language=language,
        published=published,
    )
    return [(d.text, d.value) for d in extract_facts([art])[0].dates]


def _value(language: str, sentence: str, published: str = TUESDAY) -> str | None:
    found = _dates(language, sentence, published)
    assert len(found) == 1, found
    return found[0][1]


FROM_A_DAY = [
    ("en", "The new tram fares apply from Monday, the operator said."),
    ("en", "Two lenders said they would raise loan rates from Monday."),
    ("en", "The council raised the parking charge, effective Monday."),
    ("fr", "Deux banques ont annoncé qu'elles relèveraient leurs taux d'un point dès lundi."),
    ("fr", "Les nouveaux tarifs du tramway s'appliquent à partir de lundi."),
    ("de", "Die neuen Tarife der Straßenbahn gelten ab Montag."),
    ("de", "Die Banken kündigten an, die Zinsen ab Montag zu erhöhen."),
    ("es", "Los dos bancos anunciaron que subirían los tipos a partir del lunes."),
    ("es", "Las tarifas del tranvía subirán desde el lunes."),
    ("it", "Le nuove tariffe del tram si applicano a partire da lunedì."),
    ("it", "Le banche hanno annunciato che alzerebbero i tassi da lunedì."),
    ("pt", "As novas tarifas do elétrico aplicam-se a partir de segunda-feira."),
    ("pl", "Banki zapowiedziały, że od poniedziałku będą pobierać wyższe opłaty."),
]


@pytest.mark.parametrize(("language", "sentence"), FROM_A_DAY)
def test_a_change_from_a_weekday_on_is_the_coming_day(language: str, sentence: str) -> None:
    assert _value(language, sentence) == NEXT_MONDAY


SINCE_A_DAY = [
    ("en", "The council closed the old bridge from Monday."),  # a simple past: the tense decides
    ("es", "Desde el lunes la policía busca a dos hombres en Tarvel."),  # "desde" as since, no future
    ("pl", "Od poniedziałku policja szuka dwóch mężczyzn w Tarvelu."),
    ("de", "Ab Montag war die Straße nach Tarvel gesperrt."),  # a past state from a day
    ("fr", "La police recherche depuis lundi deux hommes à Tarvel."),
]


@pytest.mark.parametrize(("language", "sentence"), SINCE_A_DAY)
def test_a_day_since_which_a_state_holds_stays_the_last(language: str, sentence: str) -> None:
    assert _value(language, sentence) == LAST_MONDAY


CALLED_OFF = [
    ("en", "The ministry cancelled Thursday's auction of ten-year bonds, citing market turmoil."),
    ("en", "The league said Thursday's match against Orlen was postponed because of the storm."),
    ("en", "Organisers called off Thursday's rally in Tessel."),
    ("en", "Traders sold the currency ahead of Thursday's auction."),
    ("fr", "Le ministère a annulé l'enchère de jeudi en raison de la tempête sur les marchés."),
    ("es", "El ministerio canceló la subasta del jueves por la tormenta en los mercados."),
    ("it", "Il ministero ha annullato l'asta di giovedì per la tempesta sui mercati."),
    ("pt", "O ministério cancelou o leilão de quinta-feira por causa da tempestade nos mercados."),
    ("de", "Das Ministerium sagte die Auktion am Donnerstag wegen der Turbulenzen ab."),
    ("de", "Die Auktion vom Donnerstag wurde verschoben."),
    ("pl", "Ministerstwo odwołało czwartkową aukcję obligacji."),
]


@pytest.mark.parametrize(("language", "sentence"), CALLED_OFF)
def test_the_day_of_an_act_called_off_is_still_to_come(language: str, sentence: str) -> None:
    assert _value(language, sentence) == NEXT_THURSDAY


CALLED_OFF_ON_A_DAY = [
    ("en", "Thursday's auction of ten-year bonds raised 500 million crowns."),  # the act took place
    ("en", "The ministry cancelled the auction on Thursday."),  # the day of calling it off
    ("fr", "Le ministère a annulé jeudi l'enchère de dix ans."),
    ("es", "El ministerio canceló el jueves la subasta de bonos."),
    ("de", "Das Ministerium hat am Donnerstag die Auktion abgesagt."),
    ("it", "L'asta di giovedì ha raccolto 500 milioni."),  # no calling off
    ("en", "Thursday's earthquake will cost the port millions."),  # a past event told with a future verb
]


@pytest.mark.parametrize(("language", "sentence"), CALLED_OFF_ON_A_DAY)
def test_the_day_of_calling_off_or_of_a_held_act_stays_the_last(language: str, sentence: str) -> None:
    assert _value(language, sentence) == LAST_THURSDAY


CONDITIONAL = [
    ("fr", "Selon la direction, les banques relèveraient leurs taux lundi."),
    ("es", "Según la dirección, los bancos subirían los tipos el lunes."),
    ("it", "Secondo la direzione, le banche alzerebbero i tassi lunedì."),
    ("de", "Nach Angaben der Leitung würden die Banken am Montag die Zinsen erhöhen."),
    ("pt", "Segundo a direção, os bancos subiriam as taxas na segunda-feira."),
]


@pytest.mark.parametrize(("language", "sentence"), CONDITIONAL)
def test_a_weekday_after_a_conditional_verb_is_ahead(language: str, sentence: str) -> None:
    assert _value(language, sentence) == NEXT_MONDAY


DECEMBER = "2026-12-02"
YEARLESS = [
    ("en", "The bank raised the reserve requirement to 6 percent, effective Dec. 7.", "2026-12-07"),
    ("en", "The bank raised the reserve requirement to 6 percent, effective Dec. 1.", "2026-12-01"),
    ("fr", "La primaire de Tarvel aura lieu le 15 janvier.", "2027-01-15"),
    ("es", "Las primarias de Tarvel se celebrarán el 15 de enero.", "2027-01-15"),
    ("de", "Die Vorwahl in Tarvel findet am 15. Januar statt.", "2027-01-15"),
    ("it", "Le primarie di Tarvel si terranno il 15 gennaio.", "2027-01-15"),
    ("pl", "Prawybory w Tarvelu odbędą się 15 stycznia.", "2027-01-15"),
    ("pt", "As primárias de Tarvel vão realizar-se a 15 de janeiro.", "2027-01-15"),
    # the nearest occurrence stays for a past act
    ("fr", "Le conseil de Tarvel a voté le 20 novembre.", "2026-11-20"),
    ("es", "El consejo de Tarvel votó el 20 de noviembre.", "2026-11-20"),
]


@pytest.mark.parametrize(("language", "sentence", "value"), YEARLESS)
def test_a_day_without_a_year_takes_the_year_its_clause_points_to(language: str, sentence: str, value: str) -> None:
    assert _value(language, sentence, DECEMBER) == value


# Property tests: for any publication day and weekday, the day resolved lies within seven days of publication on
# the side the wording implies.
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))
FRENCH_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _one(language: str, text: str, base: date) -> date:
    found = _day_words(text, 0, (0, len(text)), words_for(language), base, [])
    assert len(found) == 1 and found[0].value is not None, found
    return date.fromisoformat(found[0].value)


@settings(max_examples=60, deadline=None)
@given(base=DAYS, weekday=st.integers(0, 6))
def test_a_day_from_which_a_change_starts_lies_within_the_coming_week(base: date, weekday: int) -> None:
    got = _one("fr", f"Les tarifs augmenteront dès {FRENCH_DAYS[weekday]}.", base)
    assert timedelta(days=1) <= got - base <= timedelta(days=7)
    assert got.weekday() == weekday


@settings(max_examples=60, deadline=None)
@given(base=DAYS, weekday=st.integers(0, 6))
def test_the_day_of_an_act_called_off_lies_within_the_week_from_today(base: date, weekday: int) -> None:
    got = _one("fr", f"Le ministère a annulé l'enchère de {FRENCH_DAYS[weekday]}.", base)
    assert timedelta(days=0) <= got - base <= timedelta(days=6)
    assert got.weekday() == weekday


@settings(max_examples=60, deadline=None)
@given(base=DAYS, weekday=st.integers(0, 6))
def test_a_past_weekday_lies_within_the_week_before(base: date, weekday: int) -> None:
    got = _one("fr", f"Le ministère a annulé {FRENCH_DAYS[weekday]} l'enchère.", base)
    assert timedelta(days=0) <= base - got <= timedelta(days=6)
    assert got.weekday() == weekday


ENGLISH_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@settings(max_examples=80, deadline=None)
@given(base=DAYS, weekday=st.integers(0, 6), direction=st.sampled_from(["will", "coming", "past", "nearest", None]))
def test_the_resolver_keeps_a_weekday_within_seven_days_on_its_side(base: date, weekday: int, direction) -> None:
    value, granularity, relative = resolve(ENGLISH_DAYS[weekday].title(), base, direction)
    assert granularity == "day" and relative and value is not None
    got = date.fromisoformat(value)
    assert got.weekday() == weekday
    lo, hi = {"will": (1, 7), "coming": (0, 6), "past": (-6, 0), None: (-6, 0), "nearest": (-2, 7)}[direction]
    assert timedelta(days=lo) <= got - base <= timedelta(days=hi)


BESIDE_A_CALENDAR_DAY = [
    ("it", "Giovedì 3 dicembre il parlamento di Tarvel terrà un'audizione sull'accordo."),
    ("fr", "Jeudi 3 décembre, le parlement de Tarvel tiendra une audition sur l'accord."),
    ("de", "Am Donnerstag, den 3. Dezember, hält das Parlament in Tarvel eine Anhörung ab."),
    ("es", "El jueves 3 de diciembre el parlamento de Tarvel celebrará una audiencia."),
    ("pl", "W czwartek 3 grudnia parlament w Tarvelu zorganizuje przesłuchanie."),
]


@pytest.mark.parametrize(("language", "sentence"), BESIDE_A_CALENDAR_DAY)
def test_a_weekday_beside_a_calendar_day_is_that_day(language: str, sentence: str) -> None:
    # published on Tuesday 1 December 2026: the weekday alone would read as the Thursday before
    assert {value for _text, value in _dates(language, sentence, "2026-12-01")} == {"2026-12-03"}


NEXT_AFTER = [
    ("fr", "Les banques ont relevé leurs taux et le feront encore lundi prochain."),
    ("it", "Le banche hanno alzato i tassi e lo faranno ancora lunedì prossimo."),
    ("es", "Los bancos subieron los tipos y lo harán de nuevo el lunes que viene."),
    ("pt", "Os bancos subiram as taxas e farão o mesmo segunda-feira que vem."),
    ("en", "The banks raised their rates and meet again next Monday."),
]


@pytest.mark.parametrize(("language", "sentence"), NEXT_AFTER)
def test_a_weekday_with_next_after_it_is_the_coming_one(language: str, sentence: str) -> None:
    assert _value(language, sentence) == NEXT_MONDAY


LAST_AFTER = [
    ("fr", "Les banques relèveront leurs taux, comme décidé lundi dernier."),
    ("it", "Le banche alzeranno i tassi, come deciso lunedì scorso."),
    ("es", "Los bancos subirán los tipos, como se decidió el lunes pasado."),
    ("pt", "Os bancos vão subir as taxas, como decidido na segunda-feira passada."),
    ("en", "The banks will raise their rates, as agreed last Monday."),
]


@pytest.mark.parametrize(("language", "sentence"), LAST_AFTER)
def test_a_weekday_with_last_after_it_is_the_last_one(language: str, sentence: str) -> None:
    assert _value(language, sentence) == LAST_MONDAY


ACT_AHEAD = [
    ("en", "The ministry said Thursday's auction of ten-year bonds will go ahead as planned."),
    ("fr", "Le ministère a indiqué que l'enchère de jeudi aura lieu comme prévu."),
    ("es", "El ministerio dijo que la subasta del jueves se celebrará según lo previsto."),
    ("it", "Il ministero ha detto che l'asta di giovedì si terrà come previsto."),
    ("pl", "Ministerstwo zapowiedziało jednak, że czwartkowa aukcja obligacji odbędzie się zgodnie z planem."),
]


@pytest.mark.parametrize(("language", "sentence"), ACT_AHEAD)
def test_the_day_of_an_act_told_in_the_future_is_still_to_come(language: str, sentence: str) -> None:
    # the weekday dates the auction, whose verb comes after it: a reported "said" does not date it
    assert _value(language, sentence) == NEXT_THURSDAY


def test_a_weekday_before_a_part_of_the_day_is_dated_by_its_verb() -> None:
    # "Tuesday afternoon" names a time, not an act: "expected" puts it ahead, after publication (not today)
    sentence = "The two men were expected to appear in court in Tarvel Tuesday afternoon."
    assert _value("en", sentence) == "2027-03-16"
