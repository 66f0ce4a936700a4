"""Lengths of time glued to their number in one adjective, and "nearly" in every language (mined set, 2 Dec 2026:
German "in einem knapp achtminütigen Video" / "the 8.25 minutes long video" was never compared: the German reader
read no length, and "knapp" was an approximation that 8.25 fits). Invented sentences of other events:

* compounds read in German, Russian, Ukrainian and Polish, with their noun and a qualifier before them; words that
  only look like one are not read;
* "knapp", "почти", "casi" put a figure just under the number, as English "nearly" does;
* a length written before a thing is the length of that thing: "a 90-minute speech" / "a two-hour speech"
  conflict, "for 90 minutes" or "a five-year plan" have no such slot.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.qualifiers import bound_of, nearly
from crosswire.compare.claims.slots import length_of
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import interval
from crosswire.facts.languages.compounds import compound_durations
from crosswire.facts.records import Claim, Value
from invented import paragraph_facts
from test_compare_core import compare_texts

DAY = "2026-03-04"


@pytest.mark.parametrize(
    ("language", "text", "written", "value", "unit", "noun", "qualifier"),
    [
        ("de", "Er zeigte ein knapp achtminütiges Video.", "knapp achtminütiges", 8, "minute", "video", "knapp"),
        ("de", "Nach einer zweistündigen Sitzung trat er zurück.", "zweistündigen", 2, "hour", "sitzung", None),
        ("de", "Der dreitägige Besuch endet am Freitag.", "dreitägige", 3, "day", "besuch", None),
        ("de", "Sie hielt eine 90-minütige Rede.", "90-minütige", 90, "minute", "rede", None),
        ("de", "Es folgte eine vierundzwanzigstündige Sperre.", "vierundzwanzigstündige", 24, "hour", "sperre", None),
        ("ru", "После двухчасового заседания он ушёл.", "двухчасового", 2, "hour", "заседания", None),
        ("ru", "Начался трёхдневный визит премьера.", "трёхдневный", 3, "day", "визит", None),
        ("uk", "Дводенний візит завершився в п'ятницю.", "Дводенний", 2, "day", "візит", None),
        ("pl", "Po dwugodzinnym spotkaniu minister wyszedł.", "dwugodzinnym", 2, "hour", "spotkaniu", None),
        ("pl", "Trzydniowa wizyta zakończy się w piątek.", "Trzydniowa", 3, "day", "wizyta", None),
    ],
)
def test_a_compound_length_is_read(
    language: str, text: str, written: str, value: float, unit: str, noun: str, qualifier: str | None
) -> None:
    (v,) = compound_durations(text, 100, language)
    assert (v.kind, v.text, v.value, v.unit, v.noun, v.qualifier) == ("duration", written, value, unit, noun, qualifier)
    assert v.start == 100 + text.index(written) and v.end == v.start + len(written)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die mehrtägige Messe beginnt am Montag."),  # "mehr": no number
        ("de", "Der Stundenplan der Schule ist neu."),  # no number before the stem
        ("ru", "Часовой стоял у ворот."),  # a sentry, no number
        ("pl", "Godzinny film obejrzeli wszyscy."),  # no number part
        ("en", "They held a two-hour meeting."),  # English: the English reader's own
    ],
)
def test_no_compound_where_no_number_is_glued(language: str, text: str) -> None:
    assert compound_durations(text, 0, language) == []


def test_the_german_reader_gives_the_compound_as_a_claim_value() -> None:
    facts = paragraph_facts("de", "Johnson zeigte am Sonntag ein knapp achtminütiges Video aus seinem Garten.", DAY)
    found = [(v.kind, v.value, v.unit, v.qualifier) for c in facts.claims for v in c.values]
    assert ("duration", 8.0, "minute", "knapp") in found, found


@pytest.mark.parametrize(
    ("qualifier", "language"),
    [("knapp", "de"), ("fast", "de"), ("почти", "ru"), ("casi", "es"), ("prawie", "pl"), ("nearly", "en")],
)
def test_nearly_in_every_language(qualifier: str, language: str) -> None:
    assert nearly(qualifier, language)
    assert bound_of(qualifier, language) == "upper"


@pytest.mark.parametrize(("qualifier", "language"), [("rund", "de"), ("около", "ru"), ("unos", "es")])
def test_about_is_no_nearly(qualifier: str, language: str) -> None:
    assert not nearly(qualifier, language)
    assert bound_of(qualifier, language) == "approx"


def test_knapp_eight_holds_no_eight_and_a_quarter() -> None:
    v = Value(kind="duration", text="knapp achtminütigen", start=0, end=1, value=8.0, unit="minute", qualifier="knapp")
    got = interval(v, "de")
    assert got is not None
    low, high, _vague = got
    assert low == pytest.approx(6.8) and high == 8.0  # 8.25 lies outside; "rund acht" held it


def _unit(text: str, written: str, value: float, unit: str) -> tuple[Unit, Value]:
    at = text.index(written)
    v = Value(kind="duration", text=written, start=at, end=at + len(written), value=value, unit=unit)
    claim = Claim(id="c1", start=0, end=len(text), language="en", values=[v])
    return Unit(index=0, source=0, article="a", claim=claim, text=text, position=0.0), v


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "thing"),
    [
        ("She gave a 90-minute speech in Dorvale.", "90-minute", 90, "minute", "speech"),
        ("He posted the 8.25 minutes long video on Sunday.", "8.25 minutes", 8.25, "minute", "video"),
        ("The two-day visit ends on Friday.", "two-day", 2, "day", "visit"),
        ("The council met for 90 minutes on Monday.", "90 minutes", 90, "minute", None),  # no thing after it
        ("They adopted a five-year plan.", "five-year", 5, "year", None),  # a kind of plan
        ("A two-hour-old foal was found.", "two-hour", 2, "hour", None),  # "-old": an age
    ],
)
def test_the_length_of_a_thing(text: str, written: str, value: float, unit: str, thing: str | None) -> None:
    u, v = _unit(text, written, value, unit)
    assert length_of(u, v) == thing


def test_two_lengths_of_one_speech_conflict(tmp_path) -> None:
    wire = "Mayor Ilse Varga gave a 90-minute speech to the Dorvale council on Monday, defending the budget."
    other = "Mayor Ilse Varga defended the budget in a two-hour speech to the Dorvale council on Monday."
    rows = [("a", "Valley Wire", DAY, wire), ("b", "Dorvale Post", DAY, other)]
    summaries = [c["summary"] for c in compare_texts(tmp_path, rows).to_dict()["conflicts"]]
    assert any("90-minute" in s and "two-hour" in s for s in summaries), summaries


def test_two_german_lengths_of_one_meeting_conflict(tmp_path) -> None:
    wire = "Nach einer zweistündigen Sitzung hat der Stadtrat von Dorvale am Montag den Haushalt beschlossen."
    other = "Nach einer dreistündigen Sitzung hat der Stadtrat von Dorvale am Montag den Haushalt beschlossen."
    rows = [("a", "Valley Wire", DAY, wire), ("b", "Dorvale Post", DAY, other)]
    summaries = [c["summary"] for c in compare_texts(tmp_path, rows).to_dict()["conflicts"]]
    assert any("2 hours" in s and "3 hours" in s for s in summaries), summaries
