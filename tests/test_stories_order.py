"""One set of articles, one set of stories: whichever command places them and in whatever order they come.

Invented corpus (``tests/fixtures/stories/rate-decision-angles.jsonl``, invented bank, country and outlets): one
central bank's rate cut reported the same day in English, French, Polish, Ukrainian and Italian, with a consumer
feature on borrowers and a currency-markets follow-up; the same bank's rate hold a month earlier; and a
commercial bank's own announcement (job cuts) the same day in English and Polish. A new user's eight reports of
one rate decision gave 3 stories through ``crosswire ingest`` and 2 through ``crosswire compare``: the stage
placed a batch in arrival order, ``compare`` in publication order (:mod:`crosswire.stories.order`).
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosswire.pipeline import ingest_paths, ingest_set
from crosswire.store import Store
from crosswire.stories.order import placement_order
from crosswire.stories.stage import partition, place_articles, recluster

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "rate-decision-angles.jsonl"
RECORDS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
BY_TITLE = {r["title"]: r["id"] for r in RECORDS}


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _groups(store: Store) -> set[frozenset[str]]:
    """The stored stories as sets of the fixture's record ids (matched on title)."""
    titles = {r["id"]: r["title"] for r in store.conn.execute("SELECT id, title FROM articles")}
    members, _ = partition(store)
    return {frozenset(BY_TITLE[titles[a]] for a in m) for m in members.values()}


def _stories(store: Store) -> dict[str, frozenset[str]]:
    """Story id -> its record ids: the partition and the ids the stories took."""
    titles = {r["id"]: r["title"] for r in store.conn.execute("SELECT id, title FROM articles")}
    members, _ = partition(store)
    return {sid: frozenset(BY_TITLE[titles[a]] for a in m) for sid, m in members.items()}


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """A store holding the corpus's articles and no stories (no facts: names from the text), and its ids."""
    folder = tmp_path_factory.mktemp("order")
    path = folder / "base.db"
    with Store(path) as store:
        ingest_paths(store, [_write(folder / "in.jsonl", RECORDS)], facts=False, stories=False)
        ids = store.article_ids()
    yield path, ids


def _placed(base: Path, order: list[str]) -> dict[str, frozenset[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "s.db"
        shutil.copyfile(base, copy)
        with Store(copy) as store:
            place_articles(store, order)
            return _stories(store)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_stories_do_not_depend_on_the_order_given(stored: tuple[Path, list[str]], data: st.DataObject) -> None:
    base, ids = stored
    reference = _placed(base, ids)
    order = data.draw(st.permutations(ids))
    assert _placed(base, list(order)) == reference  # the same groups under the same story ids


def test_placement_order_is_publication_time_then_id(stored: tuple[Path, list[str]]) -> None:
    base, ids = stored
    shuffled = list(ids)
    random.Random(3).shuffle(shuffled)
    with Store(base) as store:
        got = placement_order(store, [*shuffled, "no-such-article"])
        assert got[:-1] == placement_order(store, ids)
        published = store.published_dates(ids)
    assert got[-1] == "no-such-article"  # unknown ids kept, after the known ones
    days = [published[i] for i in got[:-1]]
    assert days[0] is not None and days[0].startswith("2026-10-08")  # the month-earlier rate hold first
    instants = [d for d in days if d and d.startswith("2026-11-05")]
    assert instants == sorted(instants)


def test_ingest_then_stories_equals_compare(tmp_path: Path) -> None:
    # `crosswire ingest` (arrival order, the stages on what is pending) and `crosswire compare` (ingest_set) on
    # the same inputs given in opposite orders: one partition.
    ordered = list(reversed(RECORDS))
    with Store(tmp_path / "ingest.db") as store:
        ingest_paths(store, [_write(tmp_path / "a.jsonl", ordered)], facts=True, stories=True)
        by_ingest = _groups(store)
    with Store(tmp_path / "compare.db") as store:
        ingest_set(store, [_write(tmp_path / "b.jsonl", RECORDS)])
        by_compare = _groups(store)
    assert by_ingest == by_compare
    assert sum(len(g) for g in by_ingest) == len(RECORDS)


def test_recluster_of_a_grown_store_equals_one_batch(stored: tuple[Path, list[str]], tmp_path: Path) -> None:
    # A store that grew over three ingests, the latest reports first: recluster reaches the one-batch grouping.
    base, ids = stored
    one_batch = _placed(base, ids)
    copy = tmp_path / "grown.db"
    shutil.copyfile(base, copy)
    with Store(copy) as store:
        latest_first = list(reversed(placement_order(store, ids)))
        for part in (latest_first[:3], latest_first[3:6], latest_first[6:]):
            place_articles(store, part)
        report = recluster(store)
        assert _stories(store) == one_batch
        assert report.articles == len(ids)
