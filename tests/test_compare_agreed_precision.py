"""Agreed items state one claim: sentences joined only by what is not a claim in common are never agreed.

Classes found on the second set of the alignment gold (tune2), each with invented text:

- an open bound and a figure more than ten times beyond it count different things ("more than $3" a gallon
  nationwide and "$212 billion" on petrol nationwide were agreed as one "Nationwide" figure);
- the number of a name ("Destiny 2", "Final Battle 2") is no value two sentences share;
- a sentence that only leads in to what follows ("Here's what the early reviews say:") states no claim;
- two sentences sharing no word but a year ("... into 2020" / "... until 2020") state no claim in common.

And two of recall: a paraphrase the pair scorer rates a little under its bar (few shared words) whose sentence
embeddings read alike agrees, unless the two give different figures.

The neighbours stay: a bound near a figure still agrees ("More than 200" / "Some 250" evacuated), a count
after a common noun is a value, and a sentence with a colon inside it is a claim.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.align import lead_in, only_numbers_shared, reworded
from crosswire.compare.claims.pairs import FEATURES, Pair, name_number, shared_values
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import Comparison
from crosswire.facts.records import Claim, Value
from test_compare_core import compare_texts


def _unit(index: int, source: int, text: str, values: list[Value] = ()) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language="en", values=list(values))
    return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.0)


def _count(text: str, phrase: str, n: float, noun: str) -> Value:
    start = text.index(phrase)
    return Value(kind="count", text=phrase, start=start, end=start + len(phrase), value=n, noun=noun)


# -- a bound and a figure an order of magnitude beyond it ---------------------------------------------------

FUEL_A = (
    "Drivers in Veldmark will pay an average of $2.85 a gallon for petrol next year, the fuel app PumpWise "
    "forecast on Monday. On the whole, drivers in Veldmark have not paid more than $3 nationwide in years, the "
    "national energy office said."
)
FUEL_B = (
    "The fuel app PumpWise expects Veldmark's average petrol price to be $2.85 a gallon next year. The "
    "country's yearly petrol bill will rise to $212 billion nationwide, the app said."
)
FLOOD_A = "More than 200 people were evacuated from the Tarsk valley on Monday after the river burst its banks."
FLOOD_B = "Some 250 people were evacuated from the Tarsk valley on Monday when the river flooded."


@pytest.fixture(scope="module")
def fuel(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [("a", "Veldmark Post", "2025-12-01", FUEL_A), ("b", "Fuel Weekly", "2025-12-01", FUEL_B)]
    return compare_texts(tmp_path_factory.mktemp("fuel"), rows)


def test_a_bound_and_a_figure_far_beyond_it_are_not_agreed(fuel: Comparison) -> None:
    both = [
        it.summary
        for it in fuel.agreed
        if any("more than $3" in ev.text for ev in it.evidence) and any("$212 billion" in ev.text for ev in it.evidence)
    ]
    assert not both, both
    assert any("$2.85" in it.summary for it in fuel.agreed)  # the price both give stays agreed


def test_a_bound_near_a_figure_still_agrees(tmp_path: Path) -> None:
    rows = [("a", "Tarsk Post", "2025-12-01", FLOOD_A), ("b", "Valley News", "2025-12-01", FLOOD_B)]
    c = compare_texts(tmp_path, rows)
    assert any(len(it.sources) == 2 and "evacuated" in it.summary.lower() for it in c.agreed), [
        it.summary for it in c.agreed
    ]


# -- the number of a name -----------------------------------------------------------------------------------


def test_the_number_of_a_title_is_no_shared_value() -> None:
    a_text = "Not only is Destiny 2 not true 4K on the service, it runs at medium settings."
    b_text = "The subscription includes one game at launch, Destiny 2, free for a limited time."
    a = _unit(0, 1, a_text, [_count(a_text, "2", 2, "destiny")])
    b = _unit(1, 2, b_text, [_count(b_text, "2", 2, "destiny")])
    assert name_number(a, a.values[0]) and name_number(b, b.values[0])
    assert shared_values(a, b) == 0
    c_text = "Among the launch titles is Final Battle 2, a fighting game."
    c = _unit(2, 3, c_text, [_count(c_text, "2", 2, "battle")])
    assert name_number(c, c.values[0])


def test_a_count_of_a_common_noun_is_still_a_shared_value() -> None:
    a_text = "The service launches with 22 games in 14 countries."
    b_text = "Players can choose from 22 games on the first day."
    a = _unit(0, 1, a_text, [_count(a_text, "22", 22, "game")])
    b = _unit(1, 2, b_text, [_count(b_text, "22", 22, "game")])
    assert not name_number(a, a.values[0])
    assert shared_values(a, b) == 1
    # a capitalised word before the number that is not the counted noun: still a count ("In March 40 ships")
    c_text = "In March 40 ships left the port."
    c = _unit(2, 3, c_text, [_count(c_text, "40", 40, "ship")])
    assert not name_number(c, c.values[0])


# -- a lead-in ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Here's what the early reviews say:",
        "And the mayor hit back online, writing:",
        "The ministry listed the closed roads in a statement：",
        "Some highlights of the forecast include:  ",
    ],
)
def test_a_sentence_ending_in_a_colon_only_leads_in(text: str) -> None:
    assert lead_in(_unit(0, 1, text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor had one message for the council: resign.",
        'Stefan Dimov said: "We will rebuild the bridge."',
        "Read our review of the phone here.",
    ],
)
def test_a_sentence_with_a_colon_inside_is_a_claim(text: str) -> None:
    assert not lead_in(_unit(0, 1, text))


# -- sentences sharing only a number ---------------------------------------------------------------------------


def _terms(index: int, source: int, text: str, terms: set[str], entities: set[str] = frozenset()) -> Unit:
    u = _unit(index, source, text)
    u.terms, u.entities = frozenset(terms), frozenset(entities)
    return u


def test_sentences_sharing_only_a_year_state_no_claim_in_common() -> None:
    a = _terms(
        0,
        1,
        "More ferries are slated to join the fleet through the end of the year and into 2027.",
        {"ferry", "slate", "join", "fleet", "end", "year", "2027"},
    )
    b = _terms(
        1,
        2,
        "The new timetable will not reach the island routes until 2027.",
        {"new", "timetable", "reach", "island", "route", "2027"},
    )
    assert only_numbers_shared(a, b)
    # one more word in common: a claim they may share (the pair scorer decides)
    c = _terms(
        2,
        3,
        "The new ferries will join the island routes in 2027.",
        {"new", "ferry", "join", "island", "route", "2027"},
    )
    assert not only_numbers_shared(a, c) and not only_numbers_shared(b, c)
    # a name in common is not "only a number" either
    d = _terms(
        3,
        4,
        "Skerholm Lines expects delivery in 2027.",
        {"skerholm", "line", "expect", "delivery", "2027"},
        {"organisation:Skerholm Lines"},
    )
    e = _terms(
        4,
        5,
        "Skerholm Lines will close the depot by 2027.",
        {"skerholm", "line", "close", "depot", "2027"},
        {"organisation:Skerholm Lines"},
    )
    assert not only_numbers_shared(d, e)


def test_a_short_sentence_printed_word_for_word_still_agrees() -> None:
    a = _terms(0, 1, "It's been with us for well over 20 years.", {"20", "year"})
    b = _terms(1, 2, "\"It's been with us for well over 20 years.", {"20", "year"})
    assert not only_numbers_shared(a, b)


def test_sentences_sharing_only_a_year_are_not_agreed_in_a_story(tmp_path: Path) -> None:
    a = (
        "The Skerholm ferry company launched its new booking app on Tuesday. More routes are slated to join "
        "the app through the end of the year and into 2027."
    )
    b = (
        "Skerholm's ferry operator released a booking app for phones on Tuesday. Those discounts for "
        "islanders will not reach the mainland ports until 2027."
    )
    c = compare_texts(tmp_path, [("a", "Island Post", "2026-03-03", a), ("b", "Harbour News", "2026-03-03", b)])
    joined = [
        it.summary
        for it in c.agreed
        if any("into 2027" in ev.text for ev in it.evidence) and any("until 2027" in ev.text for ev in it.evidence)
    ]
    assert not joined, joined


# -- a paraphrase the pair scorer rates under the bar -----------------------------------------------------------


def _pair(a: Unit, b: Unit, score: float, cosine: float) -> Pair:
    feats = dict.fromkeys(FEATURES, 0.0)
    feats["embedding"] = cosine
    return Pair(a, b, [feats[k] for k in FEATURES], score)


def _money(text: str, phrase: str, amount: float) -> Value:
    start = text.index(phrase)
    return Value(kind="money", text=phrase, start=start, end=start + len(phrase), value=amount, unit="USD")


def test_a_paraphrase_that_reads_alike_agrees() -> None:
    a = _unit(0, 1, "Varga led the Harbor Hawks to the playoffs last year for the first time as coach.")
    b = _unit(1, 2, "Last season, Varga guided the Hawks to the playoffs for the first time since 2019.")
    assert reworded(_pair(a, b, 0.52, 0.73))
    assert not reworded(_pair(a, b, 0.52, 0.55))  # reads less alike: the scorer's rating stands
    assert not reworded(_pair(a, b, 0.3, 0.8))  # rated far under the bar


def test_a_figure_written_loosely_still_agrees_but_two_figures_do_not() -> None:
    a_text = "An entity Dolan controlled sold the company the right to use the name for $5.9 million."
    b_text = "Dolan had also planned to charge the company almost $6 million to use his trademark of the name."
    a = _unit(0, 1, a_text, [_money(a_text, "$5.9 million", 5.9e6)])
    b = _unit(1, 2, b_text, [_money(b_text, "almost $6 million", 6e6)])
    assert reworded(_pair(a, b, 0.59, 0.65))
    c_text = "$3 petrol is becoming a distant memory for drivers in Veldmark."
    d_text = "The nation's yearly petrol bill will rise to $212 billion, the forecast says."
    c = _unit(2, 3, c_text, [_money(c_text, "$3", 3.0)])
    d = _unit(3, 4, d_text, [_money(d_text, "$212 billion", 212e9)])
    assert not reworded(_pair(c, d, 0.54, 0.67))
