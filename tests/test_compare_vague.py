"""Figures of related sentences that an editor flags although their intervals overlap or one side writes no
number: an open bound far from the other's figure ("up to 60 percent" / "nearly one-third"; "at least two" /
"seven"), two round figures each outside the other's rounding ("approximately 1,000" / "about 800"), and a count
of no one ("no one was killed" / "twelve people were killed"). Each class has a near case that must stay quiet.
The stories are invented."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import Reading, _compatible
from crosswire.facts.records import Claim, Value
from crosswire.facts.values import read_values
from test_compare_core import compare_texts

# A sentence both outlets print, so each story has an agreement whatever its figures do.
SHARED = " The regional council will meet in Dorvale on Friday, a council clerk said."


def _compare(tmp_path, a: str, b: str):
    rows = [("v-a", "Harbour Daily", "2024-03-12", a + SHARED), ("v-b", "Norland Post", "2024-03-12", b + SHARED)]
    return compare_texts(tmp_path, rows)


SHARE = "The Harlow plague of 1349 killed up to 60 percent of Vessia's population, historians say."
TOLL = "The fire at the Dorvale grain depot killed at least two people, police said on Tuesday."
TOWN = "About 800 people live in Pinecrest, the sect's compound near Dorvale in northern Vessia."
LOAN = "The Norland central bank agreed on Sunday to lend the Vessian government $143 billion, its governor said."
BLAST = "No one was killed in the blast at the Dorvale grain depot on Tuesday, police said."


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            SHARE,
            "The Harlow plague of 1349 wiped out nearly one-third of Vessia's population, historians say.",
            ("up to 60 percent", "nearly one-third"),
        ),
        (TOLL, "The fire at the Dorvale grain depot killed seven people, police said on Tuesday.", ("two", "seven")),
        (
            TOWN,
            "Pinecrest, the sect's compound near Dorvale in northern Vessia, has a population of approximately 1,000.",
            ("About 800", "approximately 1,000"),
        ),
        (
            BLAST,
            "Twelve people were killed in the blast at the Dorvale grain depot on Tuesday, police said.",
            ("No one was killed", "Twelve"),
        ),
    ],
)
def test_figures_an_editor_flags_conflict(tmp_path, a, b, values):
    (conflict,) = _compare(tmp_path, a, b).conflicts
    assert all(v in conflict.summary for v in values), conflict.summary


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a bound near the other's figure agrees: up to 60 percent and nearly half
        (SHARE, "The Harlow plague of 1349 wiped out nearly half of Vessia's population, historians say."),
        # at least two and three
        (TOLL, "The fire at the Dorvale grain depot killed three people, police said on Tuesday."),
        # about 900 falls within approximately 1,000's rounding
        (
            TOWN,
            "Pinecrest, the sect's compound near Dorvale in northern Vessia, has about 850 residents.",
        ),
        # amounts that say not what they pay for are not compared: on ECB+, related sentences' bare amounts
        # were mostly two things (a contract's total and its yearly value, two models' prices)
        (
            LOAN,
            "The Norland central bank agreed on Sunday to lend the Vessian government $141 billion, its governor said.",
        ),
        # no one injured is not no one killed
        (BLAST, "Twelve people were injured in the blast at the Dorvale grain depot on Tuesday, police said."),
    ],
)
def test_near_figures_do_not_conflict(tmp_path, a, b):
    assert _compare(tmp_path, a, b).conflicts == []


def _reading(qualifier: str | None, x: float, low: float, high: float) -> Reading:
    value = Value(kind="count", text=str(x), start=0, end=1, value=x, qualifier=qualifier, exact=qualifier is None)
    claim = Claim(id="c", start=0, end=1, language="en", values=[value])  # the qualifier is read as English
    unit = Unit(index=0, source=1, article="a", claim=claim, text=str(x), position=0.0)
    return Reading(unit, value, low, high, qualifier is not None)


def test_bounds_far_apart_are_two_counts_not_a_conflict():
    """Two lower bounds far apart ("at least 40" killed in one strike, "more than 600" in the offensive)
    neither agree nor conflict: the rule for a bound sets it only against a figure that is no bound, and only
    within ten times the bound."""
    import math

    assert _compatible(_reading("at least", 40, 40, math.inf), _reading("more than", 600, 600, math.inf))
    assert not _compatible(_reading("at least", 40, 40, math.inf), _reading(None, 200, 200, 200))
    assert _compatible(_reading("more than", 20, 20, math.inf), _reading(None, 23, 23, 23))
    # a figure more than ten times a bound counts something else: no claim either way
    assert _compatible(_reading("at least", 1, 1, math.inf), _reading(None, 230_000, 230_000, 230_000))
    assert not _compatible(_reading("up to", 60, 0, 60), _reading("about", 30, 25.5, 34.5))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("No one was killed in the blast.", "person killed"),
        ("Nobody was seriously injured, officials said.", "person injured"),
        ("There were no reported deaths.", "death"),
        ("No one died.", "person died"),
        ("No one knows who was killed.", None),
        ("No one else had been hurt by then.", "person hurt"),
    ],
)
def test_counts_of_no_one_are_zero(text, noun):
    found = [v for v in read_values(text, 0, lambda _s, _e: None) if v.kind == "count"]
    assert [v.noun for v in found] == ([noun] if noun else [])
    assert all(v.value == 0 for v in found)
