"""A toll told twice in sentences that read less alike than sentences that agree (conflicts13): two sentences of
two sources giving one count of people under one act ("injuring five people" / "injured two people"), naming a
place they share and no different people, scored from ``TOLL_BAR`` up to the conflict bar, are compared on that
count. The class the mined set's tune half showed missed (a quake's injured, five against two, scored 0.56-0.57
in sentences that share only the town and the act). The stories are invented; the pair score is set by hand,
since the scorer's value for an invented pair depends on the whole story's words. Near cases stay quiet: a count
of things, an increment, different people, a score under the bar, counts within rounding, another year."""

from __future__ import annotations

import json

import pytest

from crosswire.compare.claims.align import TOLL_BAR, WEAK_BAR, _weak_pair_conflicts, toll_slot
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.units import build_units
from crosswire.compare.stage import _stored_rows, load_story_data
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

DAY = "2024-03-12"
QUAKE = (
    "The tremor struck an area around the town of Pellamir on Varsa island, at the entrance to the strait, "
    "injuring {a} and damaging buildings."
)
AGENCY = (
    "According to the student NNA news agency, the quake on the outskirts of Pellamir, a small town on the island, "
    "injured {b}."
)


def _units(tmp_path, a: str, b: str):
    """The claim units of a two-outlet story (``a`` by one outlet, ``b`` by another): (unit of a, unit of b, data)."""
    path = tmp_path / "a.jsonl"
    rows = [("w-a", "Harbour Daily", a), ("w-b", "Norland Post", b)]
    path.write_text(
        "".join(json.dumps({"id": i, "outlet": o, "published": DAY, "text": t}) + "\n" for i, o, t in rows),
        encoding="utf-8",
    )
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [path], stories=False)
        data = load_story_data(store, _stored_rows(store, ["w-a", "w-b"]))
    units = build_units(data)
    ua = next(u for u in units if u.article == "w-a")
    ub = next(u for u in units if u.article == "w-b")
    return ua, ub, data


def _conflicts(tmp_path, a: str, b: str, score: float) -> list[tuple[str, ...]]:
    ua, ub, data = _units(tmp_path, a, b)
    found: list = []
    _weak_pair_conflicts(Pair(ua, ub, [], score), data, found)
    return [c.slot for c in found if c.conflict]


@pytest.mark.parametrize(
    ("slot", "expected"),
    [
        (("count", "", "person injured"), True),
        (("count", "", "child remove"), True),
        (("count", "", "resident evacuate"), True),
        (("count", "", "person injured", "more"), False),  # an increment: "a further 300 residents"
        (("count", "", "rifle"), False),  # things, not people under an act
        (("count", "", "person"), False),  # people, no act
        (("money", "USD", "rescue"), False),
        (("day", "struck"), False),
    ],
)
def test_a_toll_slot_counts_people_under_one_act(slot, expected):
    assert toll_slot(slot) is expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("five people", "two people"),
        ("nine residents", "three residents"),
        ("12 civilians", "20 civilians"),
    ],
)
def test_a_toll_under_the_conflict_bar_conflicts(tmp_path, a, b):
    slots = _conflicts(tmp_path, QUAKE.format(a=a), AGENCY.format(b=b), score=TOLL_BAR + 0.05)
    assert any(toll_slot(s) for s in slots), slots


def test_under_the_toll_bar_nothing(tmp_path):
    score = (WEAK_BAR + TOLL_BAR) / 2
    assert _conflicts(tmp_path, QUAKE.format(a="five people"), AGENCY.format(b="two people"), score) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # within rounding: "about 40" takes in 38
        ("about 40 people", "38 people"),
        # the same toll
        ("five people", "five people"),
    ],
)
def test_compatible_tolls_stay_quiet(tmp_path, a, b):
    assert _conflicts(tmp_path, QUAKE.format(a=a), AGENCY.format(b=b), score=TOLL_BAR + 0.05) == []


def test_no_shared_place_no_conflict(tmp_path):
    # nothing both sentences name: two quakes' tolls as far as the pair can tell
    other = "According to the student NNA news agency, the quake on the outskirts of Dornava injured two people."
    assert _conflicts(tmp_path, QUAKE.format(a="five people"), other, score=TOLL_BAR + 0.05) == []


def test_different_people_no_conflict(tmp_path):
    a = "Governor Anton Mirelli said the quake near Pellamir on Varsa island injured five people."
    b = "Mayor Ilse Varga said the quake on the outskirts of Pellamir injured two people."
    assert _conflicts(tmp_path, a, b, score=TOLL_BAR + 0.05) == []


def test_two_years_no_conflict(tmp_path):
    a = "The quake that struck Pellamir on Varsa island in 2019 injured five people."
    b = "A quake on the outskirts of Pellamir in 2021 injured two people."
    assert _conflicts(tmp_path, a, b, score=TOLL_BAR + 0.05) == []
