"""Who did it: two sources giving one act two agents conflict ("different agent"), and are not one agreed
claim. Found by a new user's planted conflict (a neighbour vs a night-shift security guard raised the alarm),
shown as agreed. Invented three-outlet stories; the near cases name one agent twice and must stay agreed or
apart: a head inside the other's words, two words of one concept, a generic agent, a pronoun, a speech verb.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.records import Comparison
from test_compare_core import compare_texts

DAY = "2026-05-15"


def _story(tmp_path: Path, a: str, b: str) -> Comparison:
    lead_a = (
        "Fire at the Almira plant\n\nPORT ALMIRA — A fire destroyed a storage hall of the Almira plant late on "
        "Thursday. "
    )
    lead_b = (
        "Almira plant hall burns\n\nPORT ALMIRA — Fire gutted a storage hall at the Almira plant on Thursday night. "
    )
    rows = [("a", "Northbay Courier", DAY, lead_a + a), ("b", "Coastal Post", DAY, lead_b + b)]
    return compare_texts(tmp_path, rows)


def _agent_conflicts(c: Comparison) -> list[str]:
    return [x.summary for x in c.conflicts if getattr(x, "reason", None) == "different agent"]


def test_two_agents_of_one_act_conflict_and_do_not_agree(tmp_path: Path) -> None:
    c = _story(
        tmp_path,
        "A night-shift security guard raised the alarm shortly before 11 p.m. after seeing flames behind the "
        "loading doors of the storage hall, the company said.",
        "A neighbour raised the alarm shortly before 11 p.m. after seeing flames behind the loading doors of the "
        "storage hall, police said.",
    )
    conflicts = [x for x in c.conflicts if getattr(x, "reason", None) == "different agent"]
    assert len(conflicts) == 1, [x.summary for x in c.conflicts]
    sides = {s.label: (s.sources, [e.text for e in s.evidence]) for s in conflicts[0].sides}
    assert set(sides) == {"A night-shift security guard", "A neighbour"}
    for label, (sources, texts) in sides.items():
        assert len(sources) == 1 and all(t.startswith(label) for t in texts), sides
    alarm = [i for i in c.agreed if any("raised the alarm" in e.text for e in i.evidence)]
    assert all(len(i.sources) == 1 or len({e.article for e in i.evidence}) == 1 for i in alarm), [
        i.summary for i in alarm
    ]


SCENE = " shortly before 11 p.m. after seeing flames behind the loading doors of the storage hall"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A security guard raised the alarm", "A guard raised the alarm"),  # a head inside the other's words
        ("Police closed the coastal road", "Officers closed the coastal road"),  # two words of one concept
        ("Authorities closed the coastal road", "Soldiers closed the coastal road"),  # a generic agent
        ("He raised the alarm", "A neighbour raised the alarm"),  # a pronoun names no agent of its own
    ],
)
def test_one_agent_named_twice_is_no_conflict(tmp_path: Path, a: str, b: str) -> None:
    """The two sentences are related (one agreed item cites both), and still no conflict of agents."""
    c = _story(tmp_path, a + SCENE + ", the company said.", b + SCENE + ", police said.")
    assert _agent_conflicts(c) == []
    assert any({e.text.split()[0] for e in i.evidence} >= {a.split()[0], b.split()[0]} for i in c.agreed), [
        (i.summary, [e.text[:40] for e in i.evidence]) for i in c.agreed
    ]


def test_different_acts_are_no_conflict_of_agents(tmp_path: Path) -> None:
    c = _story(tmp_path, "A security guard raised the alarm" + SCENE + ".", "A neighbour raised money" + SCENE + ".")
    assert _agent_conflicts(c) == []
