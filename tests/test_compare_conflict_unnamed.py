"""Conflicts whose sentences name no entity (issue 12: on the alignment gold's held-out halves most missed
conflicts were of sentences that score under the pair scorer's conflict bar, many naming nothing). Real coverage
names the thing in its lead and gives the disputed figure in a later sentence that leans on it: "The vote was
7-4." against "Council members approved the plan 8-4 after a long debate." Such values are compared story-wide
by a slot that names what is measured, each source giving one value of it (:mod:`crosswire.compare.claims.unnamed`).

Each class: invented two- or three-outlet stories, the value put differently by each outlet (a lead against a
subordinate clause, passive against active, digits against words, a quote's attribution), and near cases that
must stay quiet (the same value in other words, a source giving two values of the slot, another year's figure,
another act, two events' times)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.unnamed import keyed
from test_compare_core import compare_texts

TAIL_A = " Officials promised a full report. More details are expected next week."
TAIL_B = " A spokesman declined to comment further. The investigation continues."
TAIL_C = " Residents gathered outside the building later. Further talks are planned."
COUNCIL_A = "The Brenmoor town council met on Tuesday to debate the harbour expansion plan. "
COUNCIL_B = "Brenmoor's council voted on the disputed harbour expansion on Tuesday evening. "
SENATE_A = "The Ostrand senate approved the budget on Friday. "
SENATE_B = "Ostrand senators backed the new budget on Friday. "
FIRE_A = "A fire broke out at a warehouse in Dunmore on Monday. "
FIRE_B = "Firefighters battled a warehouse fire in Dunmore on Monday. "
BRIDGE_A = "A bridge over the Varn river collapsed on Wednesday. "
BRIDGE_B = "The Varn river bridge fell into the water on Wednesday. "
STORM_A = "Storms closed Brenmoor harbour on Sunday. "
STORM_B = "Brenmoor harbour shut on Sunday as a storm hit. "
TORNADO_A = "A tornado tore through the Varn valley on Saturday night. "
TORNADO_B = "Emergency crews worked through Sunday after a tornado hit the Varn valley. "
PLAN_A = "Brenmoor unveiled its harbour plan on Monday. "
PLAN_B = "Brenmoor's harbour plan was published on Monday. "
PLAN_C = "The Brenmoor harbour expansion plan came out on Monday. "
SCHOOL_A = "A fire broke out at a Dunmore school on Friday. "
SCHOOL_B = "Pupils were evacuated from a Dunmore school on Friday after a fire. "


def _conflicts(tmp_path: Path, *texts: str) -> list[str]:
    outlets = ["Valley Tribune", "Coast Ledger", "Harbour Post"]
    tails = [TAIL_A, TAIL_B, TAIL_C]
    rows = [(f"r-{i}", outlets[i], "2024-03-13", t + tails[i]) for i, t in enumerate(texts)]
    return [c.summary for c in compare_texts(tmp_path, rows).conflicts]


CONFLICTS = [
    # a vote's tally: a bare "The vote was 7-4." against a tally inside the act's sentence
    (
        [COUNCIL_A + "The vote was 7-4.", COUNCIL_B + "Council members approved the plan 8-4 after a long debate."],
        ["7-4", "8-4"],
    ),
    (
        [
            COUNCIL_A + "Councillors backed the expansion by a 7-to-4 vote.",
            COUNCIL_B + "The measure passed 8-3 after two hours of debate.",
        ],
        ["7-to-4", "8-3"],
    ),
    (
        [
            SENATE_A + "It passed 31-19 after a night of debate.",
            SENATE_B + "The final vote, taken before dawn, was 29-21.",
        ],
        ["31-19", "29-21"],
    ),
    # the time of one act of the story, each outlet's sentence naming nothing
    (
        [
            FIRE_A + "The blaze erupted at about 2 a.m., firefighters said.",
            FIRE_B + "The fire broke out shortly after 5 a.m., crews said.",
        ],
        ["2 a.m.", "5 a.m."],
    ),
    (
        [
            BRIDGE_A + "Witnesses said the bridge collapsed at around 4 p.m.",
            BRIDGE_B + "The span collapsed at 6:30 p.m. as rush-hour traffic crossed it.",
        ],
        ["4 p.m.", "6:30 p.m."],
    ),
    # counted things under synonyms, with and without a qualifier
    (
        [
            STORM_A + "About 40 cargo ships were stuck offshore.",
            STORM_B + "Outside the port, 48 cargo vessels were stuck waiting for the storm to pass.",
        ],
        ["About 40", "48"],
    ),
    (
        [
            TORNADO_A + "About 200 homes were destroyed, according to emergency services.",
            TORNADO_B + "The storm destroyed 320 homes and damaged hundreds more.",
        ],
        ["200", "320"],
    ),
    # an amount by what it is, passive and active
    (
        [
            TORNADO_A + "Repairs are expected to cost about $5 million.",
            TORNADO_B + "Officials estimate that the repairs will cost $8 million.",
        ],
        ["$5 million", "$8 million"],
    ),
    # a third outlet's different total: two outlets on one side, the third on the other
    (
        [
            PLAN_A + "The expansion will cost $2 billion.",
            PLAN_B + "Officials said the $2 billion cost would be shared with the state.",
            PLAN_C + "Building it is expected to cost $2.4 billion.",
        ],
        ["$2 billion [1][3]", "$2.4 billion [2]"],
    ),
]


@pytest.mark.parametrize(("texts", "values"), CONFLICTS)
def test_one_measure_in_sentences_naming_nothing_conflicts(tmp_path: Path, texts: list[str], values: list[str]) -> None:
    found = _conflicts(tmp_path, *texts)
    assert len(found) == 1 and all(v in found[0] for v in values), found


NEAR = [
    # the same value in other words (a tally, a time, a count under a synonym, a total)
    [COUNCIL_A + "The vote was 8-4.", COUNCIL_B + "Council members approved the plan 8-4 after a long debate."],
    [
        FIRE_A + "The blaze erupted at about 5 a.m., firefighters said.",
        FIRE_B + "The fire broke out shortly after 5 a.m., crews said.",
    ],
    [
        STORM_A + "About 40 cargo ships were stuck offshore.",
        STORM_B + "Some 40 cargo vessels were stuck outside the port.",
    ],
    [
        TORNADO_A + "About 200 homes were destroyed, according to emergency services.",
        TORNADO_B + "The storm destroyed 210 homes and damaged hundreds more.",
    ],
    # a source giving two values of the slot tells two measures apart
    [
        COUNCIL_A + "The vote was 7-4. A motion to delay the plan was rejected by a vote of 3-8.",
        COUNCIL_B + "Council members approved the plan 8-4 after a long debate.",
    ],
    [
        FIRE_A + "The blaze broke out at about 2 a.m. A second fire broke out at 5 a.m. in a shed.",
        FIRE_B + "The fire broke out shortly after 5 a.m., crews said.",
    ],
    # times of two acts; a time of no act of the list
    [
        FIRE_A + "The blaze erupted at about 2 a.m., firefighters said.",
        FIRE_B + "The fire was put out by 9 a.m., crews said.",
    ],
    [COUNCIL_A + "The meeting began at 11 a.m.", COUNCIL_B + "Protesters gathered outside at 9 a.m."],
    # another year's amount; another port's count under another act; homes under two acts
    [PLAN_A + "The old quay cost $300 million to build in 1990.", PLAN_B + "The expansion will cost $2 billion."],
    [
        STORM_A + "About 40 cargo ships were stuck offshore.",
        STORM_B + "The port of Kelvale handled 300 cargo ships last year.",
    ],
    [
        TORNADO_A + "About 200 homes were destroyed, according to emergency services.",
        TORNADO_B + "Some 900 homes lost power.",
    ],
    # counts of two things
    [
        "A bus overturned on the coast road on Friday. Twelve passengers were taken to hospital.",
        "A coach crashed on the coast road on Friday. The bus was carrying 40 people.",
    ],
]


@pytest.mark.parametrize("texts", NEAR)
def test_near_cases_in_sentences_naming_nothing_stay_quiet(tmp_path: Path, texts: list[str]) -> None:
    assert _conflicts(tmp_path, *texts) == []


def test_who_raised_the_alarm_caretaker_or_neighbour(tmp_path: Path) -> None:
    """A caretaker is of the guard class (as the table's "dozorca" and "Pförtner" already are)."""
    found = _conflicts(
        tmp_path, SCHOOL_A + "A caretaker raised the alarm.", SCHOOL_B + "The alarm was raised by a neighbour."
    )
    assert len(found) == 1 and "caretaker" in found[0] and "neighbour" in found[0], found


@pytest.mark.parametrize(
    ("slot", "expected"),
    [
        (("tally", "vote"), True),
        (("count", "", "ship"), True),
        (("money", "USD", "=cost"), True),
        (("rank", "busiest", "port"), True),
        (("time",), False),
        (("share", ""), False),
        (("money", "USD", ""), False),
        (("count", "", ""), False),
        (("day", "open"), False),
        (("duration", "hours", "meet"), False),
        (("count", "", "person rescue", "more"), False),
        (("count", "", "person arrest"), False),
    ],
)
def test_keyed_slots_name_what_they_measure(slot: tuple[str, ...], expected: bool) -> None:
    assert keyed(slot) is expected
