"""The values of aligned claims compared across languages: a toll stated differently by a source that also
gives another day is a conflict, never an agreement; times of day are compared in every language, an
approximate one within its rounding; a vague figure agrees with a precise one it covers and conflicts with one
it does not; a height in metres is one typed quantity in every language, so no source "only" reports it.
Invented text: a sightseeing train derailing in an invented gorge, five invented outlets in en, ru, es, fr, pl
(``fixtures/values/train-derailment.jsonl``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.qualifiers import approximate_time, bound_of
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import compare_values, interval
from crosswire.facts.records import Claim, Value
from crosswire.vocab.concepts import unit_of
from test_compare_core import compare_fixture

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "values" / "train-derailment.jsonl"


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("values"), FIXTURE)


def _outlets(comparison, sources) -> frozenset[str]:
    outlet = {s.n: s.outlets[0] for s in comparison.sources}
    return frozenset(outlet[n] for n in sources)


def _conflict(comparison, measure: str):
    (found,) = [c for c in comparison.conflicts if c.measure == measure]
    return found, {_outlets(comparison, side.sources) for side in found.sides}


RU, ES, FR, PL, EN = (
    "Горный вестник",
    "La Voz del Valle",
    "L'Écho des Vallées",
    "Kurier Górski",
    "Northern Rail Gazette",
)


def test_a_toll_given_with_another_day_is_a_conflict_beside_the_day(comparison):
    toll, sides = _conflict(comparison, "people killed")
    assert toll.reason == "different value"
    assert sides == {frozenset({RU}), frozenset({EN, ES, FR, PL})}  # "al menos siete" sits with the sevens
    day, day_sides = _conflict(comparison, "day")
    assert day.reason == "different day" and frozenset({RU}) in day_sides


def test_no_agreement_holds_the_toll_its_sources_dispute(comparison):
    for item in comparison.agreed:
        assert not any("Пять человек" in ev.text for ev in item.evidence), item.summary


def test_times_of_day_in_four_languages_compared_as_one_event(comparison):
    clock, sides = _conflict(comparison, "time of day")
    assert clock.reason == "different time"
    assert sides == {frozenset({EN, RU, PL}), frozenset({FR})}


def test_vague_figures_agree_where_they_cover_and_conflict_where_not(comparison):
    evacuated, sides = _conflict(comparison, "people evacuated")
    assert evacuated.reason == "vague vs precise"
    assert sides == {frozenset({EN}), frozenset({ES})}
    measures = {c.measure for c in comparison.conflicts}
    # "más de 12" injured covers 15, "unos 55" passengers covers 60 (55 ± 15 %)
    assert not measures & {"people injured", "passengers"}


def test_a_height_in_metres_is_not_single_source(comparison):
    assert not [it for it in comparison.single_source if "1,850" in it.summary or "1850" in it.summary]


@pytest.mark.parametrize(
    ("qualifier", "language", "bound"),
    [
        ("más de", "es", "lower"),
        ("al menos", "es", "lower"),
        ("unos", "es", "approx"),  # listed as "more" and "about": an approximation
        ("menos de", "es", "upper"),
        ("более", "ru", "lower"),
        ("около", "ru", "approx"),
        ("ponad", "pl", "lower"),
        ("około", "pl", "approx"),
        ("plus de", "fr", "lower"),
        ("environ", "fr", "approx"),
        ("mehr als", "de", "lower"),
        ("rund", "de", "approx"),
        ("more than", "en", "lower"),
        ("about", "en", "approx"),
        ("up to", "en", "upper"),
        (None, "es", ""),
    ],
)
def test_qualifier_bounds_in_every_language(qualifier, language, bound):
    assert bound_of(qualifier, language) == bound


@pytest.mark.parametrize(
    ("qualifier", "language", "value", "inside", "outside"),
    [
        ("más de", "es", 20, 23, 19),
        ("unos", "es", 50, 46, 40),
        ("около", "ru", 50, 56, 60),
        ("ponad", "pl", 20, 23, 18),
        ("environ", "fr", 50, 44, 42),
    ],
)
def test_a_vague_value_covers_the_rounding_of_its_qualifier(qualifier, language, value, inside, outside):
    low, high, vague = interval(
        Value(kind="count", text="x", start=0, end=1, value=value, qualifier=qualifier, exact=False), language
    )
    assert vague and low <= inside <= high and not low <= outside <= high


@pytest.mark.parametrize(
    ("qualifier", "language", "approx"),
    [
        ("vers", "fr", True),
        ("около", "ru", True),
        ("gegen", "de", True),
        ("hacia las", "es", True),
        ("about", "en", True),
        ("shortly after", "en", False),
        ("before", "en", False),
        ("после", "ru", False),
    ],
)
def test_which_time_qualifiers_make_a_time_approximate(qualifier, language, approx):
    assert approximate_time(qualifier, language) is approx


def _time_unit(index: int, source: int, language: str, minutes: float, qualifier: str | None) -> Unit:
    value = Value(kind="time", text="t", start=0, end=1, value=minutes, qualifier=qualifier, exact=qualifier is None)
    claim = Claim(id=f"c{index}", start=0, end=10, language=language, values=[value])
    return Unit(index=index, source=source, article=f"a{index}", claim=claim, text="0123456789", position=0.0)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ((400, "about", "en"), (460, "vers", "fr"), True),  # about 6:40 / vers 7h40: an hour apart
        ((400, "около", "ru"), (410, "vers", "fr"), False),  # within the quarter hour news copy rounds to
        ((400, None, "en"), (410, None, "pl"), True),  # both given to the minute: two times
        ((400, "gegen", "de"), (420, None, "es"), False),  # 7:00 is a round hour (± 30 min)
        # "shortly after 6:40" is the hour after it (conflicts branch): 7:40 within it, 8:10 not
        ((400, "shortly after", "en"), (460, None, "fr"), False),
        ((400, "shortly after", "en"), (490, None, "fr"), True),
        ((400, "after", "en"), (460, None, "fr"), None),  # a bare "after" bounds one side only: nothing to compare
    ],
)
def test_times_compare_within_their_rounding(a, b, conflict):
    ua, ub = _time_unit(0, 1, a[2], a[0], a[1]), _time_unit(1, 2, b[2], b[0], b[1])
    found = compare_values([ua, ub], {}, aligned=True)
    if conflict is None:
        assert found == []
        return
    (cmp,) = found
    assert cmp.slot == ("time",)
    assert (len(cmp.sides) > 1) is conflict


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("metres", "en"),
        ("meters", "en"),
        ("метров", "ru"),
        ("mètres", "fr"),
        ("metrów", "pl"),
        ("Meter", "de"),
        ("metros", "es"),
        ("metri", "it"),
        ("metre", "ru"),
    ],
)
def test_metres_are_one_unit_in_every_language(word, language):
    assert unit_of(word, language) == "metre"


@pytest.mark.parametrize(("word", "language"), [("passengers", "en"), ("mes", "es"), ("personas", "es"), (None, "fr")])
def test_words_that_name_no_unit(word, language):
    assert unit_of(word, language) is None
