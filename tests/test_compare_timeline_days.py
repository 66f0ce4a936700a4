"""The timeline dates an aligned group by the day its sentences share: one sentence naming a second day (when
something began, what came before) does not take the group's line away. Invented two-outlet story (a mill
fire in the invented town of Dorrow); the negative case, two outlets placing one act on two different days,
still makes no line.
"""

from __future__ import annotations

import pytest

from crosswire.compare.records import Comparison
from test_compare_core import compare_texts

MILL_A = (
    "Firefighters finally brought the blaze at the Selwyn flour mill in Dorrow under control on Tuesday 3 June, "
    "two days after the fire broke out on Sunday 1 June, the county fire service said. The mill's owner, "
    "Petra Hallam, said the building would have to be pulled down."
)
MILL_B = (
    "The county fire service said firefighters brought the Selwyn flour mill blaze in Dorrow under control on "
    "3 June. Crews from three towns had fought the flames. Investigators have not yet said what started it."
)


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("a", "Dorrow Gazette", "2025-06-04", MILL_A),
        ("b", "Valley Courier", "2025-06-04", MILL_B),
    ]
    return compare_texts(tmp_path_factory.mktemp("mill"), rows)


def test_an_aligned_event_is_dated_by_the_day_its_sentences_share(mill: Comparison) -> None:
    lines = [(t.date, t.sources, t.text) for t in mill.timeline if "under control" in t.text]
    assert lines, [(t.date, t.text) for t in mill.timeline]
    assert all(date == "2025-06-03" for date, _, _ in lines), lines
    assert any(sources == [1, 2] for _, sources, _ in lines), lines


def test_a_line_shows_a_sentence_that_names_only_its_day(mill: Comparison) -> None:
    """Of the two sentences of the 3 June line, the Gazette's also names 1 June (when the fire broke out): the
    Courier's, which says only what happened on 3 June, is the one shown (on the seeds the same sentence, on
    the election of 9 August and Sunday's protest, was shown on both days)."""
    line = next(t for t in mill.timeline if t.date == "2025-06-03" and t.sources == [1, 2])
    assert line.text.startswith("The county fire service said firefighters brought"), line.text


def test_two_days_for_one_act_make_no_line(tmp_path_factory: pytest.TempPathFactory) -> None:
    rows = [
        ("a", "Dorrow Gazette", "2025-06-04", MILL_A.replace("Tuesday 3 June", "Monday 2 June")),
        ("b", "Valley Courier", "2025-06-04", MILL_B),
    ]
    c = compare_texts(tmp_path_factory.mktemp("mill2"), rows)
    both = [t for t in c.timeline if "under control" in t.text and len(t.sources) > 1]
    assert not both, [(t.date, t.sources, t.text) for t in both]


REVOKE_A = (
    "DRAVNA — Selvania's National Bank revoked the licence of Tarsk Savings Bank on Thursday, citing months of "
    "losses on loans to property developers and freezing the accounts of 148,600 depositors."
)
REVOKE_B = (
    "DRAVNA — Selvania's National Bank withdrew the licence of Tarsk Savings Bank late on Wednesday, citing months "
    "of losses on loans to property developers and freezing the accounts of 148,600 depositors."
)


def test_one_act_in_two_verbs_on_two_days_is_a_conflict(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "revoked the licence on Thursday" / "withdrew the licence late on Wednesday": one act (data/claim_acts.toml
    ``day_acts``) placed on two days, a conflict; it was shown as agreed (a new user's planted conflict)."""
    rows = [("a", "Calder Post", "2026-05-14", REVOKE_A), ("b", "Brightwater Times", "2026-05-15", REVOKE_B)]
    comparison = compare_texts(tmp_path_factory.mktemp("revoke"), rows)
    days = [c for c in comparison.conflicts if getattr(c, "reason", None) == "different day"]
    assert days, [c.summary for c in comparison.conflicts]
    labels = {s.label: s.sources for s in days[0].sides}
    assert labels == {"Thursday": [1], "Wednesday": [2]}, labels


FERRY_A = (
    "The ferry Aurelia Bay, operated by Nordvik Lines, was carrying 1,212 passengers and a crew of 38 on the "
    "overnight crossing from Halvik to Skerholm. It ran aground on the Brannoch Shoal at 3.40am on Tuesday, "
    "the coastguard said."
)
FERRY_B = (
    "Rescuers took every one of the 1,212 passengers off the Nordvik Lines ferry Aurelia Bay after it struck "
    "the Brannoch Shoal near Skerholm at 4.40am on Tuesday. Nine passengers were treated for minor injuries."
)


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("a", "Harbour Ledger", "2026-11-24", FERRY_A),
        ("b", "Northsea Courier", "2026-11-24", FERRY_B),
    ]
    return compare_texts(tmp_path_factory.mktemp("ferry"), rows)


def test_a_line_cites_only_the_sentences_that_name_its_day(ferry: Comparison) -> None:
    """Two sentences agreeing on 1,212 passengers, one of them dated: the line "Rescuers took ... at 4.40am on
    Tuesday" cited the source whose sentence only says the ferry carried them, and which puts the grounding
    at 3.40am (a new user's ferry story)."""
    for line in ferry.timeline:
        for n in line.sources:
            own = [ev.text for ev in line.evidence if ev.outlet == ("Harbour Ledger", "Northsea Courier")[n - 1]]
            assert any("Tuesday" in t for t in own), (line.text, n, own)
    assert any("4.40am" in t.text and t.sources == [2] for t in ferry.timeline), ferry.timeline
