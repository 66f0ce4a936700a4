"""Conflicts in sentences that read less alike than sentences that agree: one act placed on two days, one act
given two lengths of time, and a toll that one source bounds ("at least 2") and another states ("seven") in
sentences the pair scorer does not relate. Each class has a near case that must stay quiet. The stories are
invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.facts import extract_facts
from crosswire.model import Article, Block
from test_compare_core import compare_texts

# A sentence both outlets print, so each story has an agreement whatever its values do.
SHARED = " The regional council will meet in Dorvale on Friday, a council clerk said."


def _compare(tmp_path, a: str, b: str, days: tuple[str, str] = ("2024-03-12", "2024-03-12")):
    tmp_path.mkdir(parents=True, exist_ok=True)
    rows = [("w-a", "Harbour Daily", days[0], a + SHARED), ("w-b", "Norland Post", days[1], b + SHARED)]
    return compare_texts(tmp_path, rows)


def _summaries(comparison, label: str) -> list[str]:
    return [c.summary for c in comparison.conflicts if c.summary.startswith(label)]


def _durations(text: str) -> list[tuple[str, float | int | None, str | None, str | None]]:
    art = Article(id="t", source="t", content_hash="t", blocks=[Block("paragraph", text)], language="en")
    facts = extract_facts([art])[0]
    return [(f.text, f.value, f.unit, f.qualifier) for f in facts.figures if f.type == "duration"]


# -- lengths of time ----------------------------------------------------------------------------------------
JURY = (
    "Following a two-day trial in Dorvale, a federal jury deliberated for less than 10 minutes before "
    "convicting Harlan Voss of kidnapping the girl."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "before" after the span reads as a point in time ("two weeks before the vote"), but "for" opens a length
        (JURY, [("two-day", 2, "day", None), ("less than 10 minutes", 10, "minute", "less than")]),
        # "just" is emphasis, no bound
        (
            "Voss confessed and the jury took just 15 minutes to find him guilty.",
            [("just 15 minutes", 15, "minute", None)],
        ),
        ("The crew worked for under two hours to free the trapped driver.", [("under two hours", 2, "hour", "under")]),
    ],
)
def test_a_length_of_time_is_read_as_a_duration(text, expected):
    assert _durations(text) == expected


SERVED = "Harlan Voss served less than four months in the Dorvale state prison for obstructing the inquiry."


def test_two_lengths_of_one_act_conflict(tmp_path):
    other = "Harlan Voss, who obstructed the inquiry, served five months in the Dorvale state prison."
    found = _summaries(_compare(tmp_path, SERVED, other), "Duration")
    assert len(found) == 1 and "four months" in found[0] and "five months" in found[0], found


@pytest.mark.parametrize(
    "other",
    [
        # within the bound: both can hold
        "Harlan Voss, who obstructed the inquiry, served three months in the Dorvale state prison.",
        # two acts: the sentence handed down and the time served (on ECB+, lengths under two verbs were two
        # measures: "offered seven years" / "are at eight years", "in hospital for four weeks" / "in a coma for a
        # week")
        "Harlan Voss, who obstructed the inquiry, was sentenced to five months in the Dorvale state prison.",
        # a modifier ("a two-day trial") is no slot
        "Harlan Voss, who obstructed the inquiry, was jailed after a five-month trial in the Dorvale court.",
    ],
)
def test_lengths_that_can_both_hold_or_measure_two_things_do_not_conflict(tmp_path, other):
    assert _summaries(_compare(tmp_path, SERVED, other), "Duration") == []


# -- one act on two days --------------------------------------------------------------------------------------
CASE = "The Varn health office reported its third case of cholera on Sunday after two cases were found last week."


def test_one_act_placed_on_two_days_conflicts(tmp_path):
    # published Tuesday 12 March 2024: "Sunday" is 10 March; the other outlet says March 9
    other = "On March 9, a third case of cholera was reported in a 40-year-old fisherman, also from Varn."
    found = [c for c in _compare(tmp_path, CASE, other).conflicts if c.summary.startswith("Day")]
    assert len(found) == 1 and "Sunday" in found[0].summary and "March 9" in found[0].summary, found
    assert found[0].reason == "different day"


def test_one_act_on_the_same_day_in_other_words_does_not_conflict(tmp_path):
    other = "On March 10, a third case of cholera was reported in a 40-year-old fisherman, also from Varn."
    assert _summaries(_compare(tmp_path, CASE, other), "Day") == []


def test_the_same_act_of_two_people_on_two_days_does_not_conflict(tmp_path):
    a = "The Dorvale Hawks placed linebacker Tomas Rell on injured reserve on Monday with a torn knee ligament."
    b = "On Sunday the Dorvale Hawks placed safety Ben Okafor on injured reserve with a broken wrist."
    assert _summaries(_compare(tmp_path, a, b), "Day") == []


# -- a bound and a figure in sentences the scorer does not relate ---------------------------------------------
FIRES = "Bushfires in the Varn hills have scorched 5M acres and killed at least 2 people."


def test_a_toll_bounded_far_below_another_sources_figure_conflicts(tmp_path):
    other = "Since Monday, seven people have died as wildfires tore through farming towns in the Varn hills and Dellow."
    comparison = _compare(tmp_path, FIRES, other)
    found = [c for c in comparison.conflicts if "2" in c.summary and "seven" in c.summary]
    assert len(found) == 1 and found[0].reason == "vague vs precise", [c.summary for c in comparison.conflicts]
    assert not [a for a in comparison.agreed if "seven" in a.summary]


def test_a_toll_within_reach_of_its_bound_agrees(tmp_path):
    other = "Since Monday, three people have died as wildfires tore through farming towns in the Varn hills and Dellow."
    comparison = _compare(tmp_path, FIRES, other)
    assert not [c for c in comparison.conflicts if "three" in c.summary]


def test_pairs_under_the_conflict_bar_compare_only_the_day_or_length_of_one_act(tmp_path, monkeypatch):
    """With the conflict bar above every pair's score, sentences related at :data:`WEAK_BAR` or more still
    set one act's two days against each other (the invented sentences share more words than real outlets'
    do, so the bar is raised rather than the sentences made unlike), and two counts of one thing do not."""
    from dataclasses import replace

    from crosswire.compare.claims import align
    from crosswire.compare.claims.model import load_model

    monkeypatch.setattr(align, "load_model", lambda: replace(load_model(), conflict=0.99))
    other = "On March 9, a third case of cholera was reported in a 40-year-old fisherman, also from Varn."
    found = _summaries(_compare(tmp_path / "day", CASE, other), "Day")
    assert len(found) == 1 and "March 9" in found[0], found
    a = "The Varn health office counted 14 cases of cholera in the harbour district on Sunday."
    b = "The Varn health office counted 19 cases of cholera in the harbour district on Sunday."
    assert _summaries(_compare(tmp_path / "count", a, b), "Case") == []
    monkeypatch.setattr(align, "load_model", load_model)
    assert _summaries(_compare(tmp_path / "count-bar", a, b), "Case") != []


# -- one amount converted into one currency -------------------------------------------------------------------
LOAN = "The Norland central bank agreed a euro110 billion ($143 billion) rescue loan for Vessia on Sunday."


@given(
    n=st.integers(min_value=1, max_value=999_999),
    scale=st.sampled_from(["", " million", " billion"]),
    article=st.sampled_from(["", "a ", "an "]),
)
def test_a_glued_euro_amount_reads_as_the_euro_sign_would(n, scale, article):
    """AP's "euro110 billion" is "€110 billion", with or without the article the parser's span takes in."""
    from crosswire.facts.numbers import read_number

    assert read_number(f"{article}euro{n:,}{scale}") == read_number(f"€{n:,}{scale}")


def test_a_glued_euro_amount_is_read_in_euros():
    from crosswire.facts.numbers import read_number

    r = read_number("a euro110 billion")
    assert r is not None and (r.value, r.currency) == (110_000_000_000, "EUR")
    assert read_number("Europe 110") is None


def test_two_conversions_of_one_amount_conflict(tmp_path):
    other = "Vessia will receive a euro110 billion ($141 billion) loan package from the Norland central bank."
    comparison = _compare(tmp_path, LOAN, other)
    found = _summaries(comparison, "110 billion in USD")
    assert len(found) == 1 and "$143 billion" in found[0] and "$141 billion" in found[0], found
    # the rate is a detail beside the loan both state: the two sentences still agree on it
    loan = [it for it in comparison.agreed if any("euro110" in ev.text for ev in it.evidence)]
    assert loan and {ev.article for ev in loan[0].evidence} == {"w-a", "w-b"}, [a.summary for a in comparison.agreed]


@pytest.mark.parametrize(
    "other",
    [
        # within rounding of the day's rate
        "Vessia will receive a euro110 billion ($143.4 billion) loan package from the Norland central bank.",
        # an amount and its conversion are two units, not two values
        "Vessia will receive a $143 billion loan package from the Norland central bank.",
        # the conversion of another amount
        "Vessia will receive a euro100 billion ($130 billion) loan package from the Norland central bank.",
    ],
)
def test_conversions_that_agree_or_convert_another_amount_do_not_conflict(tmp_path, other):
    comparison = _compare(tmp_path, LOAN, other)
    assert [c.summary for c in comparison.conflicts if "billion" in c.summary] == []


def test_a_source_on_two_sides_makes_no_conflict():
    """The values "eight hours" [1] against "up to 8 hours ... (7 hours on the 9600 GT)" [2]: source 2's own
    values are compatible with each other, yet fall on two sides, so the slot holds two measures (two modes of
    one machine on ECB+), not one measure given two values."""
    from types import SimpleNamespace

    from crosswire.compare.claims.units import Unit
    from crosswire.compare.claims.values import Reading, SlotComparison
    from crosswire.facts.records import Value

    def reading(source: int, text: str, value: float, qualifier: str | None = None) -> Reading:
        unit = Unit.__new__(Unit)
        unit.source, unit.entities, unit.claim = source, frozenset({"product:Orvik"}), SimpleNamespace(values=[])
        unit.unanchored = False  # no date an absent publication date leaves unplaced
        v = Value(kind="duration", text=text, start=0, end=1, value=value, unit="hour", qualifier=qualifier)
        return Reading(unit, v, 0.0 if qualifier else value, value, qualifier is not None)

    eight, up_to, seven = (
        reading(1, "eight hours", 8),
        reading(2, "up to 8 hours", 8, "up to"),
        reading(2, "7 hours", 7),
    )
    assert SlotComparison(("duration", "hour", "offer"), [[eight, up_to], [reading(3, "7 hours", 7)]]).conflict
    assert not SlotComparison(("duration", "hour", "offer"), [[eight, up_to], [seven]]).conflict


def test_a_bound_from_a_source_giving_several_tolls_makes_no_conflict(tmp_path):
    """A source that gives several tolls tells several counts apart (two strikes, two towns): its bound set
    against another source's figure is no evidence of one count (on ECB+, "at least five dead" in one camp's
    shelling against the UN's "30 dead" elsewhere)."""
    a = FIRES + " In Dellow, fires killed 12 people on Monday, the state premier said."
    other = "Since Monday, seven people have died as wildfires tore through farming towns in the Varn hills and Dellow."
    comparison = _compare(tmp_path, a, other)
    assert not [c for c in comparison.conflicts if "at least 2" in c.summary and "seven" in c.summary]
