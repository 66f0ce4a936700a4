"""Agreed items state one claim: sentences joined only by what is not a claim in common are never agreed.

Classes found on the second set of the alignment gold (tune2), each with invented text:

- an open bound and a figure more than ten times beyond it count different things ("more than $3" a gallon
  nationwide and "$212 billion" on petrol nationwide were agreed as one "Nationwide" figure);
- the number of a name ("Destiny 2", "Final Battle 2") is no value two sentences share;
- a sentence that only leads in to what follows ("Here's what the early reviews say:") states no claim.

The neighbours stay: a bound near a figure still agrees ("More than 200" / "Some 250" evacuated), a count
after a common noun is a value, and a sentence with a colon inside it is a claim.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.align import lead_in
from crosswire.compare.claims.pairs import name_number, shared_values
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
