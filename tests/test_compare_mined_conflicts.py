"""A class of conflicts the mined set's tune half showed missed (bench/mined_conflicts, 1 Dec 2026), by invented
stories of other events:

* a whole number with a fraction ("2 1/2 years", "a 2-1/2 year sentence", "2½", "two and a half") was read as
  no figure at all, so two sentences were compared as agreeing (ECB+ topic 32, a sentence's length).
"""

from __future__ import annotations

import pytest

from crosswire.facts.numbers import decimal_fractions, read_number
from invented import paragraph_facts
from test_compare_core import compare_texts, wire_and_one_other

DAY = "2026-03-04"


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("2 1/2", 2.5),
        ("2-1/2", 2.5),
        ("2½", 2.5),
        ("two and a half", 2.5),
        ("about three and a half", 3.5),
        ("1 3/4 million", 1_750_000),
        ("one and a half million", 1_500_000),
    ],
)
def test_a_whole_number_with_a_fraction_reads_as_one_value(written: str, value: float) -> None:
    reading = read_number(written)
    assert reading is not None and reading.value == pytest.approx(value), reading


@pytest.mark.parametrize("written", ["3/4/2020", "24/7", "7/10", "2 3/2"])
def test_dates_ratios_and_improper_fractions_are_left_as_written(written: str) -> None:
    assert decimal_fractions(written) == written


def _durations(text: str) -> list[tuple[str, float, str]]:
    facts = paragraph_facts("en", text, DAY)
    return [(f.text, f.value, f.unit) for f in facts.figures if f.type == "duration"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Mr Orsen served nine months of a 2-1/2 year sentence for the assault.", 2.5, "year"),
        ("The talks in Kestel lasted 3 1/2 hours on Monday, and the union then walked out.", 3.5, "hour"),
        ("She was jailed for 1½ years in 2019.", 1.5, "year"),
        ("The bridge was closed for two and a half weeks after the flood.", 2.5, "week"),
    ],
)
def test_a_length_of_time_with_a_fraction_is_a_duration(text: str, value: float, unit: str) -> None:
    found = _durations(text)
    assert any(v == pytest.approx(value) and u == unit for _, v, u in found), found


def test_two_sentence_lengths_differing_by_a_half_year_conflict(tmp_path) -> None:
    wire = (
        "A court in Dalby sentenced Arno Vell to 2 1/2 years in prison on Tuesday for setting fire to a warehouse. "
        "Vell, 34, had pleaded guilty."
    )
    other = (
        "Arno Vell was sentenced to two years in prison on Tuesday for setting fire to a warehouse in Dalby. "
        "The 34-year-old had pleaded guilty."
    )
    comparison = compare_texts(tmp_path, wire_and_one_other(("Wire", wire), ("Other", other), "en", DAY))
    conflicts = comparison.to_dict()["conflicts"]
    assert any("2 1/2" in str(c) and "two years" in str(c) for c in conflicts), conflicts


def test_one_length_written_two_ways_agrees(tmp_path) -> None:
    wire = "A court in Dalby sentenced Arno Vell to 2 1/2 years in prison on Tuesday for setting fire to a warehouse."
    other = "Arno Vell was given a 2-1/2 year prison sentence on Tuesday for setting fire to a warehouse in Dalby."
    comparison = compare_texts(tmp_path, wire_and_one_other(("Wire", wire), ("Other", other), "en", DAY))
    assert not comparison.to_dict()["conflicts"], comparison.to_dict()["conflicts"]
