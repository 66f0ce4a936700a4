"""Conflict classes probed in the registers real coverage uses (issue 12: held-out conflicts are in classes and
phrasings the tune half does not show): court and police reports, parliament, business, disasters, health,
sports, with the value put differently by each outlet (a relative clause against a lead, passive against
active, a number in words, a bound over a vague number, "last week" against a weekday, an apposed age against
"the 45-year-old", a title in capitals against one in words, "acquitted" against "convicted"). Each class has
near cases that must stay quiet: another thing measured, another time, a vague value inside the other's range,
another charge or person. All stories are invented; two outlets, one lead each, one sentence that differs."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from crosswire.compare.claims.values import interval
from crosswire.facts import extract_facts
from crosswire.facts.records import Value
from crosswire.model import Article, Block
from test_compare_core import compare_texts

COURT_A = "A court in Kelmar heard the case of businessman Mark Hollis on Tuesday. Hollis ran a property firm. "
COURT_B = "Kelmar businessman Mark Hollis appeared in court on Tuesday. He had run a property firm for a decade. "
BIZ_A = "Talvo Motors reported its quarterly results on Tuesday. The carmaker is based in Ostrand. "
BIZ_B = "Ostrand-based carmaker Talvo Motors published quarterly figures on Tuesday. Talvo makes electric vans. "
FERRY_A = "A ferry ran aground off the island of Kelmar on Sunday. Rescue boats reached the ship within an hour. "
FERRY_B = "Rescuers rushed to a stranded ferry off Kelmar island on Sunday. The coast guard led the operation. "
QUAKE_A = "An earthquake struck the Ostrand region on Monday morning. Buildings swayed in the capital. "
QUAKE_B = "A strong earthquake shook Ostrand on Monday morning. Residents ran into the streets. "
GLACIER_A = "Scientists at Ostrand University published a study of the Varn glacier on Thursday. "
GLACIER_B = "A study of the Varn glacier by Ostrand University researchers came out on Thursday. "
MATCH_A = "Kelmar Rovers played Dunmore City in the league on Saturday. The stadium was sold out. "
MATCH_B = "Dunmore City travelled to Kelmar Rovers on Saturday. A full crowd watched the match. "
TAIL_A = " Officials promised a full report. More details are expected next week."
TAIL_B = " A spokesman declined to comment further. The investigation continues."


def _conflicts(tmp_path: Path, a: str, b: str) -> list[str]:
    rows = [("r-a", "Valley Tribune", "2024-03-13", a + TAIL_A), ("r-b", "Coast Ledger", "2024-03-13", b + TAIL_B)]
    return [c.summary for c in compare_texts(tmp_path, rows).conflicts]


CONFLICTS = [
    # a verdict: acquitted by a jury (active) / convicted (passive)
    (COURT_A + "A jury acquitted Mark Hollis of fraud.", COURT_B + "Mark Hollis was convicted of fraud.", "acquitted"),
    # a week against a weekday after it (published Wednesday 13 March: last week is 4-10 March)
    (
        BIZ_A + "Talvo Motors announced 800 job cuts last week.",
        BIZ_B + "Talvo Motors announced 800 job cuts on Monday.",
        "last week",
    ),
    # a firm's profit in a relative clause against a lead
    (
        BIZ_A + "Talvo, whose profit rose to 310 million euros, plans a new plant.",
        BIZ_B + "Talvo's profit rose to 350 million euros.",
        "310 million euros",
    ),
    # an apposed age against "the 21-year-old", the name typed two ways by the parse
    (MATCH_A + "Ivo Marsh, 19, scored twice.", MATCH_B + "The 21-year-old Ivo Marsh scored twice.", "19"),
    # a bound over a vague number against a count below it; a number in words against digits
    (FERRY_A + "More than a dozen passengers were injured.", FERRY_B + "Eight passengers were injured.", "Eight"),
    (
        COURT_A + "Police arrested 14 people at the protest outside the Kelmar court.",
        COURT_B + "Nineteen people were arrested by police at the protest outside the Kelmar court.",
        "Nineteen",
    ),
    # a length lost under two verbs of one act, since one year (labelled "since", not "in", that year)
    (
        GLACIER_A + "The Varn glacier has retreated 300 metres since 2000.",
        GLACIER_B + "The Varn glacier has shrunk by 450 metres since 2000.",
        "since 2000: 450 metres",
    ),
    # a toll for a wider area smaller than a town's
    (
        QUAKE_A + "The earthquake killed 23 people in Ostrand.",
        QUAKE_B + "The earthquake killed 20 people across the province.",
        "20",
    ),
]


@pytest.mark.parametrize(("a", "b", "value"), CONFLICTS)
def test_one_measure_in_two_registers_and_shapes_conflicts(tmp_path: Path, a: str, b: str, value: str) -> None:
    found = _conflicts(tmp_path, a, b)
    assert len(found) == 1 and value in found[0], found


NEAR = [
    # a verdict on another charge (one trial's two verdicts)
    (COURT_A + "A jury acquitted Mark Hollis of fraud.", COURT_B + "Mark Hollis was convicted of tax evasion."),
    # a day inside last week
    (
        BIZ_A + "Talvo Motors announced 800 job cuts last week.",
        BIZ_B + "Talvo Motors announced 800 job cuts on March 6.",
    ),
    # a vague number under a bound, and a value above it
    (FERRY_A + "More than a dozen passengers were injured.", FERRY_B + "Fifteen passengers were injured."),
    # another thing measured: shares and profit; passengers and crew; two players' ages
    (
        BIZ_A + "Talvo shares fell 12 percent in Ostrand trading.",
        BIZ_B + "Talvo's profit dropped 8% in the quarter.",
    ),
    (
        FERRY_A + "The ferry, which was carrying 212 passengers, hit rocks near the harbour.",
        FERRY_B + "The ferry's 40 crew members were rescued.",
    ),
    (MATCH_A + "Ivo Marsh, 19, scored twice.", MATCH_B + "His teammate Pavel Dorn, 21, scored once."),
    # one age, one title in two wordings
    (COURT_A + "Mark Hollis, 42, denied the charges.", COURT_B + "The 42-year-old Mark Hollis denied the charges."),
    (
        BIZ_A + "Chief Executive Dana Weller presented the figures.",
        BIZ_B + "Dana Weller, the company's chief executive, presented the figures.",
    ),
    # a toll for a town and a larger one for the province around it (scope differs)
    (
        QUAKE_A + "The earthquake killed 23 people in Ostrand.",
        QUAKE_B + "The earthquake killed 31 people across the province.",
    ),
    # one glacier's retreat over two periods
    (
        GLACIER_A + "The Varn glacier has retreated 300 metres since 2000.",
        GLACIER_B + "The Varn glacier has shrunk by 450 metres since 1990.",
    ),
    # two days, two moves
    (BIZ_A + "Talvo shares fell 12 percent on Monday.", BIZ_B + "Talvo shares rose 3 percent on Tuesday."),
]


@pytest.mark.parametrize(("a", "b"), NEAR)
def test_another_measure_time_charge_or_a_value_in_range_do_not_conflict(tmp_path: Path, a: str, b: str) -> None:
    assert _conflicts(tmp_path, a, b) == []


def test_a_verdict_in_two_languages_conflicts(tmp_path: Path) -> None:
    a = COURT_A + "Mark Hollis was convicted of fraud."
    b = (
        "Un tribunal de Kelmar juzgó el martes al empresario Mark Hollis. Hollis dirigía una inmobiliaria. "
        "Mark Hollis fue absuelto del delito de fraude."
    )
    rows = [("r-a", "Valley Tribune", "2024-03-13", a), ("r-b", "El Diario", "2024-03-13", b)]
    found = [c.summary for c in compare_texts(tmp_path, rows).conflicts if "Mark Hollis" in c.summary]
    assert len(found) == 1 and "convicted" in found[0] and "acquitted" in found[0], found


def _values(text: str) -> list[tuple[str, str]]:
    art = Article(
        id="t", source="t", content_hash="t", blocks=[Block("paragraph", text)], language="en", published="2024-03-13"
    )
    return [(v.kind, v.text) for c in extract_facts([art])[0].claims for v in c.values]


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("The bill passed by 87 votes to 64.", "87 votes to 64"),
        ("MPs backed the motion by 301 votes to 244 on Tuesday.", "301 votes to 244"),
    ],
)
def test_votes_to_is_a_tally(text: str, tally: str) -> None:
    assert ("tally", tally) in _values(text)


def test_a_bound_over_a_vague_number_is_open_on_that_side() -> None:
    dozen = Value(kind="count", text="More than a dozen", start=0, end=17, low=11.0, high=13.0, qualifier="more than")
    assert interval(dozen) == (11.0, math.inf, True)
    fewer = Value(kind="count", text="fewer than a dozen", start=0, end=18, low=11.0, high=13.0, qualifier="fewer than")
    assert interval(fewer) == (0.0, 13.0, True)
    about = Value(kind="count", text="about a dozen", start=0, end=13, low=11.0, high=13.0, qualifier="about")
    assert interval(about) == (11.0, 13.0, True)
