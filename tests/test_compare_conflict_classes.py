"""Conflict classes probed with invented multi-outlet stories (issue 12: the held-out conflicts are of classes the
tune half does not show). Each class has a story where two outlets give one measure of one thing different
values (a conflict) and a near case that must stay quiet (the same value in other words, a value inside the
other's rounding, another thing measured).

- **One name typed two ways**: the entity model types a town a place in one article ("Dorvale is ...") and an
  organisation in the next ("Dorvale's new quay ..."); the two sentences shared no entity, so their values were
  never compared (durations, shares, years since, outcomes of one subject).
- **Vote tallies** after passed / approved / rejected ("passed the council 8-4", where the figure reader saw a
  count of 8).
- **Ages** written "Name, aged 43," against "a 42-year-old".
- **Measures no noun counts** ("stretch 300 metres" / "450 metres"), keyed by unit and verb.
- **Counted things under synonyms** ("about 40 cargo ships" / "some 48 cargo vessels").
- **Ranks with a superlative** ("Europe's second-largest port" / "the third largest port in Europe").
- **A time just off one side** ("shortly before noon" / "at 3 p.m."), read as the hour on that side.
- **Charged or released without charge**: one detained person's fate before a court, in words (en, es, de).
- **Dismissed or resigned** in words, in any language read ("fue despedido" / "dimitió"; "was fired" / "dimitió").
- **A person's nationality** ("a Dutch businessman" / "a Belgian businessman") and **the winner of one contest**
  ("Elena Kors won the mayoral election" / "Ivo Brandt won the election"), English.
- **One act placed in two towns** ("arrested Jonas Weel in Lyon" / "in Grenoble").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.facts import extract_facts
from crosswire.model import Article, Block
from test_compare_core import compare_texts

LEAD_A = "The Dorvale city council voted on Tuesday to approve a new harbour plan. Mayor Elena Kors backed the plan. "
LEAD_B = "Dorvale's city council approved a new harbour plan on Tuesday. Mayor Elena Kors supported the plan. "
TAIL_A = " The harbour handles grain and timber. Work on the quay starts next year. Critics say the port is too small."
TAIL_B = (
    " Fishermen have opposed the plan for months. The port dates from the 1800s. A public hearing drew a large crowd."
)


def _conflicts(tmp_path: Path, a: str, b: str) -> list[tuple[str, str]]:
    rows = [
        ("r-a", "Valley Tribune", "2024-03-13", LEAD_A + a + TAIL_A),
        ("r-b", "Coast Ledger", "2024-03-13", LEAD_B + b + TAIL_B),
    ]
    return [(c.reason, c.summary) for c in compare_texts(tmp_path, rows).conflicts]


CONFLICTS = [
    # a duration, one town typed a place and an organisation
    ("The Dorvale meeting lasted three hours.", "The Dorvale meeting lasted five hours.", "three hours"),
    # a share: a fraction in words against a percentage
    (
        "A fifth of Dorvale's budget goes to the harbour.",
        "Roughly 30 percent of Dorvale's budget goes to the harbour.",
        "30 percent",
    ),
    # the year a state began
    (
        "Piet Larsen has chaired the Dorvale harbour board since 2004.",
        "Piet Larsen has led the Dorvale harbour board since 2005.",
        "2005",
    ),
    # an outcome of one subject
    (
        "The opening of Dorvale's new quay was postponed.",
        "The opening of Dorvale's new quay was cancelled.",
        "postponed",
    ),
    # a vote tally
    (
        "Kors's measure passed the Dorvale council by a vote of 7-to-4.",
        "Kors's measure passed the Dorvale council 8-4.",
        "8-4",
    ),
    # an age, apposed with "aged"
    ("Piet Larsen, a 42-year-old engineer, drew up the plan.", "Piet Larsen, aged 43, drew up the plan.", "43"),
    # a measure no noun counts
    (
        "Dorvale's new quay will stretch 300 metres into the bay.",
        "Dorvale's new quay will stretch 450 metres into the bay.",
        "450 metres",
    ),
    # counted things under two words of one concept
    (
        "About 40 cargo ships use Dorvale harbour each week.",
        "Some 48 cargo vessels use Dorvale harbour each week.",
        "48",
    ),
    # a time of day, one just off one side of noon
    (
        "Kors signed the plan shortly before noon in Dorvale.",
        "Kors signed the plan at 3 p.m. in Dorvale on Tuesday.",
        "3 p.m.",
    ),
    # a rank in an order a superlative names
    (
        "Antwerp is Europe's second-largest port, Kors said.",
        "Antwerp is the third largest port in Europe, Kors said.",
        "third",
    ),
]


@pytest.mark.parametrize(("a", "b", "value"), CONFLICTS)
def test_one_measure_of_one_thing_with_two_values_conflicts(tmp_path: Path, a: str, b: str, value: str) -> None:
    found = _conflicts(tmp_path, a, b)
    assert len(found) == 1 and value in found[0][1], found


NEAR = [
    # the same duration, share, tally, age, count, rank in other words or inside the rounding
    ("The Dorvale meeting lasted three hours.", "The Dorvale meeting went on for three hours."),
    ("A fifth of Dorvale's budget goes to the harbour.", "Roughly 20 percent of Dorvale's budget goes to the harbour."),
    (
        "Kors's measure passed the Dorvale council by a vote of 7-to-4.",
        "Kors's measure passed the Dorvale council 7-4.",
    ),
    ("Piet Larsen, a 42-year-old engineer, drew up the plan.", "Piet Larsen, aged 42, drew up the plan."),
    ("About 40 cargo ships use Dorvale harbour each week.", "Some 42 cargo vessels use Dorvale harbour each week."),
    ("Antwerp is Europe's second-largest port, Kors said.", "Antwerp is the second largest port in Europe, Kors said."),
    # another thing measured: another bill's tally, another order, another act's length, another unit
    (
        "Kors's measure passed the Dorvale council by a vote of 7-to-4.",
        "Kors's budget passed the Dorvale council 8-3 in March.",
    ),
    ("Antwerp is Europe's second-largest port, Kors said.", "Antwerp is the third busiest port in Europe, Kors said."),
    (
        "Dorvale's new quay will stretch 300 metres into the bay.",
        "Dorvale's new quay will stand 450 metres from the beach.",
    ),
    (
        "Dorvale's new quay will stretch 300 metres into the bay.",
        "Dorvale's new quay will stretch 1,000 feet into the bay.",
    ),
    # a time inside the hour before noon
    (
        "Kors signed the plan shortly before noon in Dorvale.",
        "Kors signed the plan at 11:40 a.m. in Dorvale on Tuesday.",
    ),
    # a match's tallies: a tie during the game and the final score (left to the sports readers)
    (
        "Adam Vinatieri tied the Dorvale game at 24-24 with a field goal.",
        "The Dorvale Colts beat Coast City 31-24 on Thursday night.",
    ),
    # another person's age
    ("Piet Larsen, a 42-year-old engineer, drew up the plan.", "His deputy, Ivo Brandt, aged 43, checked the plan."),
]


@pytest.mark.parametrize(("a", "b"), NEAR)
def test_one_value_in_two_wordings_or_two_measures_do_not_conflict(tmp_path: Path, a: str, b: str) -> None:
    assert _conflicts(tmp_path, a, b) == []


def _values(text: str) -> list[tuple[str, str]]:
    art = Article(
        id="t", source="t", content_hash="t", blocks=[Block("paragraph", text)], language="en", published="2024-03-13"
    )
    return [(v.kind, v.text) for c in extract_facts([art])[0].claims for v in c.values]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The measure passed the Dorvale council 8-4.", ("tally", "8-4")),
        ("The board approved the merger 5-2 on Monday.", ("tally", "5-2")),
        ("The court rejected the appeal 6-3.", ("tally", "6-3")),
        ("Piet Larsen, aged 43, drew up the plan.", ("age", "43")),
        ("Antwerp is Europe's second-largest port.", ("rank", "Europe's second-largest port")),
    ],
)
def test_tallies_ages_and_possessive_ranks_are_read(text: str, value: tuple[str, str]) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The measure passed after 10-15 minutes of debate in the 2019-20 session.",  # no tally: no vote word
        "Shares were sold at $5-6 each after the board approved the sale.",  # an amount range
    ],
)
def test_ranges_are_no_tallies(text: str) -> None:
    assert not [v for v in _values(text) if v[0] == "tally"]


ARREST_A = "Police arrested the protester Jonas Weel at the Dorvale harbour vote on Tuesday. "
ARREST_B = "The protester Jonas Weel was detained at the Dorvale harbour vote on Tuesday. "


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jonas Weel was charged with assault.", "Jonas Weel was later released without charge."),
        ("Jonas Weel has been charged with criminal damage.", "Jonas Weel was freed without being charged."),
    ],
)
def test_charged_against_released_without_charge_conflicts(tmp_path: Path, a: str, b: str) -> None:
    rows = [("r-a", "Valley Tribune", "2024-03-13", ARREST_A + a), ("r-b", "Coast Ledger", "2024-03-13", ARREST_B + b)]
    found = [c for c in compare_texts(tmp_path, rows).conflicts if c.reason == "different outcome"]
    assert len(found) == 1 and "Jonas Weel" in found[0].summary, found
    assert {ev.text for ev in found[0].evidence} == {a, b}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one fate in two wordings
        ("Jonas Weel was charged with assault.", "Jonas Weel has been charged with assault, police said."),
        # another person's fate
        ("Jonas Weel was charged with assault.", "His brother Ivo Weel was released without charge."),
        # one source telling of both (charged after a release): no disagreement between sources
        (
            "Jonas Weel was released without charge on Tuesday but was charged with assault a week later.",
            "Jonas Weel was charged with assault.",
        ),
        # fates of two tables: charged, and died
        ("Jonas Weel was charged with assault.", "Jonas Weel died in custody on Friday."),
    ],
)
def test_one_charge_two_people_or_a_change_do_not_conflict(tmp_path: Path, a: str, b: str) -> None:
    rows = [("r-a", "Valley Tribune", "2024-03-13", ARREST_A + a), ("r-b", "Coast Ledger", "2024-03-13", ARREST_B + b)]
    assert [c.summary for c in compare_texts(tmp_path, rows).conflicts if c.reason == "different outcome"] == []


@pytest.mark.parametrize(
    ("lead_a", "a", "lead_b", "b"),
    [
        (
            "La policía detuvo al manifestante Jonas Weel en el puerto de Dorvale el martes. ",
            "Jonas Weel fue acusado de agresión.",
            "Die Polizei nahm den Demonstranten Jonas Weel am Dienstag im Hafen von Dorvale fest. ",
            "Jonas Weel wurde später ohne Anklage freigelassen.",
        ),
    ],
)
def test_charged_and_released_without_charge_in_two_languages_conflict(
    tmp_path: Path, lead_a: str, a: str, lead_b: str, b: str
) -> None:
    rows = [("r-a", "El Diario", "2024-03-13", lead_a + a), ("r-b", "Hafenblatt", "2024-03-13", lead_b + b)]
    found = [c for c in compare_texts(tmp_path, rows).conflicts if c.reason == "different outcome"]
    assert len(found) == 1, [c.summary for c in compare_texts(tmp_path / "again", rows).conflicts]


# -- a person's nationality, the winner of a contest -----------------------------------------------------------
FRAUD = " on Tuesday on suspicion of fraud. Weel ran a shipping firm in the port for twenty years."


def _two(tmp_path: Path, a: str, b: str) -> list[str]:
    rows = [("r-a", "Valley Tribune", "2024-03-13", a), ("r-b", "Coast Ledger", "2024-03-13", b)]
    return [c.summary for c in compare_texts(tmp_path, rows).conflicts]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Police arrested Jonas Weel, a Dutch businessman," + FRAUD,
            "Police arrested Jonas Weel, a Belgian businessman," + FRAUD,
        ),
        (
            "Police arrested Dutch businessman Jonas Weel" + FRAUD,
            "Police arrested Jonas Weel, a Belgian shipping magnate," + FRAUD,
        ),
    ],
)
def test_two_nationalities_of_one_person_conflict(tmp_path: Path, a: str, b: str) -> None:
    found = [s for s in _two(tmp_path, a, b) if s.startswith("Nationality")]
    assert len(found) == 1 and "Belgian" in found[0] and "Dutch" in found[0], found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one nationality in two wordings
        (
            "Police arrested Dutch businessman Jonas Weel" + FRAUD,
            "Police arrested Jonas Weel, a Dutch shipping magnate," + FRAUD,
        ),
        # the demonym is the firm's, not the person's
        (
            "Police arrested Jonas Weel, the boss of a Dutch shipping firm," + FRAUD,
            "Police arrested Jonas Weel, a Belgian businessman," + FRAUD,
        ),
        # one source gives both (born in one country, a citizen of another)
        (
            "Police arrested Jonas Weel, a Dutch-born Belgian businessman," + FRAUD,
            "Police arrested Jonas Weel, a Belgian businessman," + FRAUD,
        ),
        # a country's name is no demonym
        (
            "Police arrested Jonas Weel, a Belgium-based trader," + FRAUD,
            "Police arrested Jonas Weel, a Dutch businessman," + FRAUD,
        ),
    ],
)
def test_one_nationality_a_firms_or_a_dual_one_do_not_conflict(tmp_path: Path, a: str, b: str) -> None:
    assert not [s for s in _two(tmp_path, a, b) if s.startswith("Nationality")]


POLL_A = "Dorvale held its mayoral election on Sunday. Turnout was 61 percent. "
POLL_B = "Voters in Dorvale chose a new mayor on Sunday. Turnout was 61 percent. "


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Elena Kors won the Dorvale mayoral election with 52 percent.",
            "Ivo Brandt won the election with 52 percent.",
        ),
        ("Dorvale United won the cup final on penalties.", "Coast City won the cup final on penalties."),
    ],
)
def test_two_winners_of_one_contest_conflict(tmp_path: Path, a: str, b: str) -> None:
    found = [s for s in _two(tmp_path, POLL_A + a, POLL_B + b) if s.startswith("Winner")]
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one winner in two wordings of the contest
        (
            "Elena Kors won the Dorvale election with 52 percent.",
            "Elena Kors won the mayoral election with 52 percent.",
        ),
        # two contests: two elections, a primary and an election
        (
            "Elena Kors won the mayoral election with 52 percent.",
            "Ivo Brandt won the council election with 52 percent.",
        ),
        ("Elena Kors won the election with 52 percent.", "Ivo Brandt won the primary in March."),
        # one source names both (two rounds)
        ("Ivo Brandt won the first round, but Elena Kors won the runoff.", "Elena Kors won the runoff."),
    ],
)
def test_one_winner_two_contests_or_two_rounds_do_not_conflict(tmp_path: Path, a: str, b: str) -> None:
    assert not [s for s in _two(tmp_path, POLL_A + a, POLL_B + b) if s.startswith("Winner")]


# -- dismissed or resigned, in two languages ---------------------------------------------------------------------
PORT_ES = (
    "El consistorio de Dorvale aprobó el martes un plan nuevo para el puerto. La alcaldesa Elena Kors respaldó el "
    "plan. "
)
PORT_EN = "The Dorvale city council voted on Tuesday to approve a new harbour plan. Mayor Elena Kors backed the plan. "


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            PORT_ES + "Piet Larsen, jefe del puerto, fue despedido tras la votación.",
            PORT_ES + "Piet Larsen, jefe del puerto, dimitió tras la votación.",
        ),
        (
            PORT_EN + "Harbour chief Piet Larsen was fired after the vote.",
            PORT_ES + "Piet Larsen, jefe del puerto, dimitió tras la votación.",
        ),
        (
            PORT_EN + "Harbour chief Piet Larsen was fired after the vote.",
            PORT_EN + "Harbour chief Piet Larsen resigned after the vote.",
        ),
    ],
)
def test_dismissed_against_resigned_conflicts_in_any_language(tmp_path: Path, a: str, b: str) -> None:
    found = [s for s in _two(tmp_path, a, b) if "Piet Larsen" in s]
    assert len(found) == 1 and "dismissed" in found[0] and "resigned" in found[0], found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one fate in two wordings
        (
            PORT_ES + "Piet Larsen, jefe del puerto, fue despedido tras la votación.",
            PORT_ES + "Piet Larsen, jefe del puerto, fue destituido tras la votación.",
        ),
        # two people
        (
            PORT_ES + "Piet Larsen, jefe del puerto, fue despedido tras la votación.",
            PORT_ES + "Su adjunto Ivo Brandt dimitió tras la votación.",
        ),
    ],
)
def test_one_way_out_or_two_people_do_not_conflict(tmp_path: Path, a: str, b: str) -> None:
    assert not [s for s in _two(tmp_path, a, b) if "Piet Larsen" in s and "resigned" in s]


# -- one act in two towns ------------------------------------------------------------------------------------------
WEEL = " on Tuesday on suspicion of fraud. Weel ran a shipping firm for twenty years."


def test_one_act_in_two_towns_conflicts(tmp_path: Path) -> None:
    a, b = "Police arrested Jonas Weel in Lyon" + WEEL, "Police arrested Jonas Weel in Grenoble" + WEEL
    rows = [("r-a", "Valley Tribune", "2024-03-13", a), ("r-b", "Coast Ledger", "2024-03-13", b)]
    comparison = compare_texts(tmp_path, rows)
    found = [c for c in comparison.conflicts if c.summary.startswith("Place")]
    assert len(found) == 1 and "Lyon" in found[0].summary and "Grenoble" in found[0].summary, found
    # and the two sentences are not one agreed claim
    assert not [i for i in comparison.agreed if "arrested Jonas Weel" in i.summary]


@pytest.mark.parametrize(
    "b",
    [
        "Police arrested Jonas Weel in Lyon" + WEEL,  # one town
        "Police arrested Jonas Weel in France" + WEEL,  # a country, which may hold the town
        "Police arrested Jonas Weel in Texas" + WEEL,  # a state
        "Police arrested Ivo Brandt in Grenoble" + WEEL,  # another person
        "Police arrested Jonas Weel in Grenoble in 2019 on suspicion of fraud.",  # another day
        "Jonas Weel, who was born in Grenoble, was arrested on Tuesday. Weel ran a shipping firm for twenty years.",
    ],
)
def test_one_town_a_region_another_person_or_another_day_do_not_conflict(tmp_path: Path, b: str) -> None:
    a = "Police arrested Jonas Weel in Lyon" + WEEL
    assert not [s for s in _two(tmp_path, a, b) if s.startswith("Place")]
