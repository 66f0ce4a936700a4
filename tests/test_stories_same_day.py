"""Same-day reports of one event that open on different angles are one story (issue 12, item 5).

The fixture (``tests/fixtures/stories/same-day-angles.jsonl``, invented outlets) holds three reports of one
court ruling published the same day -- one opens on the verdict, one on the families outside the court, one on
the operator's share price -- and a same-day report from the same city about another event (a bridge closure).
"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from pathlib import Path

import pytest

from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from crosswire.stories import list_stories
from crosswire.stories.cluster import Clusterer
from crosswire.stories.config import DEFAULT_CONFIG, Config
from crosswire.stories.features import DocFeatures
from crosswire.stories.stage import features_of

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "same-day-angles.jsonl"
EVENT = frozenset({"harbour-ledger-ferry-verdict", "corrin-voice-families", "bay-business-halvic-shares"})
OTHER = frozenset({"harbour-ledger-bridge-closure"})


def _names(store: Store) -> dict[str, str]:
    """Stored article id -> the fixture record's id (matched on title)."""
    by_title = {json.loads(line)["title"]: json.loads(line)["id"] for line in FIXTURE.read_text().splitlines()}
    return {r["id"]: by_title[r["title"]] for r in store.conn.execute("SELECT id, title FROM articles")}


@pytest.fixture(scope="module")
def features(tmp_path_factory: pytest.TempPathFactory) -> list[DocFeatures]:
    """The fixture's clustering features (names from the text, no facts), ids renamed to the records' ids."""
    with Store(tmp_path_factory.mktemp("sameday") / "s.db") as store:
        ingest_paths(store, [FIXTURE], facts=False, stories=False, compare=False)
        names = _names(store)
        feats = features_of(store, [store.get_article(i) for i in store.article_ids()])
    return [replace(f, id=names[f.id]) for f in feats]


def _partition(feats: tuple[DocFeatures, ...], config: Config) -> set[frozenset[str]]:
    cl = Clusterer(config)
    label: dict[str, str] = {}
    for f in feats:
        got = cl.assign(f)
        for gone, into, _ in got.merged:
            label = {k: into if v == gone else v for k, v in label.items()}
        label[f.id] = got.story_id
    return {frozenset(a for a in label if label[a] == s) for s in set(label.values())}


def test_same_day_angles_are_one_story_in_every_order(features: list[DocFeatures]) -> None:
    for order in itertools.permutations(features):
        assert _partition(order, DEFAULT_CONFIG) == {EVENT, OTHER}, [f.id for f in order]


def test_without_the_same_day_rule_the_event_splits(features: list[DocFeatures]) -> None:
    """The fixture exercises the rule: the lead-weighted rule alone splits the event in some orders (and never
    merges the bridge closure into it)."""
    off = replace(DEFAULT_CONFIG, same_day=None)
    partitions = [_partition(order, off) for order in itertools.permutations(features)]
    assert any(EVENT not in p for p in partitions)
    assert all(OTHER in p for p in partitions)


def test_the_rule_needs_the_same_day(features: list[DocFeatures]) -> None:
    """Undated, the same reports score by the lead-weighted rule only: the result equals the rule switched off."""
    undated = tuple(replace(f, day=None) for f in features)
    off = replace(DEFAULT_CONFIG, same_day=None)
    for order in itertools.permutations(undated):
        assert _partition(order, DEFAULT_CONFIG) == _partition(order, off)


def test_pipeline_puts_the_event_in_one_story(tmp_path: Path) -> None:
    with Store(tmp_path / "p.db") as store:
        ingest_paths(store, [FIXTURE], facts=True, compare=False)
        names = _names(store)
        got = {frozenset(names[a.id] for a in s.articles) for s in list_stories(store)}
    assert got == {EVENT, OTHER}
