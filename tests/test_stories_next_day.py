"""Reports of one event a day apart that open on different angles are one story (issue 12, item 5: the splits
``bench/story_splits.py --days 2`` finds once an event's reports spread over two days, as a story's do).

The fixture is ``tests/fixtures/stories/same-day-angles.jsonl`` (invented outlets): a ruling reported on the
verdict, on the families outside the court and on the operator's share price, and a bridge closure in the same
city. Here the reports are re-dated: the verdict on one day, the families the day after, the share price the day
before (or each two days away), and the bridge closure on one of those days.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from crosswire.stories.config import DEFAULT_CONFIG
from crosswire.stories.features import DocFeatures
from test_stories_same_day import EVENT, OTHER, _partition, features  # noqa: F401  (features: a fixture)

VERDICT = "harbour-ledger-ferry-verdict"
DAY = 739_000  # any day: only the gaps matter


def _dated(features: list[DocFeatures], gap: int, other_day: int) -> list[DocFeatures]:  # noqa: F811
    """The verdict on :data:`DAY`, the families ``gap`` days later and the share price ``gap`` days before (no
    two angles on one day: every two are ``gap`` or ``2 * gap`` days apart), the bridge closure on ``other_day``."""
    days = {VERDICT: DAY, "corrin-voice-families": DAY + gap, "bay-business-halvic-shares": DAY - gap}
    return [replace(f, day=days.get(f.id, other_day)) for f in features]


@pytest.mark.parametrize("other_day", [DAY, DAY + 1, DAY - 1])
def test_angles_a_day_apart_are_one_story_in_every_order(features: list[DocFeatures], other_day: int) -> None:  # noqa: F811
    docs = _dated(features, 1, other_day)
    for order in itertools.permutations(docs):
        assert _partition(order, DEFAULT_CONFIG) == {EVENT, OTHER}, [f.id for f in order]


def test_only_same_day_the_event_splits(features: list[DocFeatures]) -> None:  # noqa: F811
    """The rule as it was (the same day only): the angles a day away split from the verdict in some orders."""
    docs = _dated(features, 1, DAY)
    same_day_only = replace(DEFAULT_CONFIG, same_day_gap=0)
    partitions = [_partition(order, same_day_only) for order in itertools.permutations(docs)]
    assert any(EVENT not in p for p in partitions)
    assert all(OTHER in p for p in partitions)


def test_two_days_apart_the_rule_does_not_hold(features: list[DocFeatures]) -> None:  # noqa: F811
    """Reports two days apart are scored by the lead-weighted rule only: the result equals the rule switched off."""
    docs = _dated(features, 2, DAY)
    off = replace(DEFAULT_CONFIG, same_day=None)
    for order in itertools.permutations(docs):
        assert _partition(order, DEFAULT_CONFIG) == _partition(order, off)
