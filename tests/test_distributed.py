"""The distributed runner's parts that need no Ray: the engine protocol, store shards, inputs split into
shards (local and through pyarrow's file systems), the stories stage partitioned by time windows and stitched
(run on the in-process engine), the Parquet dataset, the check, and the one-line message without Ray.

The fixture articles are the stories tests' own invented events (``tests/test_stories_store.py``), dated here
so that a story and a copy group cross the boundary between two windows.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.distributed.check import diff_stores, rerun_locally
from crosswire.distributed.inputs import list_shards, read_shard
from crosswire.distributed.runner import fused_stages, plan_shards
from crosswire.distributed.work import StageTask, stage_task
from crosswire.model import Article, IngestError, RawDocument
from crosswire.parallel import SerialEngine, group_by_key
from crosswire.pipeline import ingest_paths
from crosswire.stages import STAGES, Stage
from crosswire.store import Store
from crosswire.store.dataset import open_dataset, write_dataset
from crosswire.stories import place_articles
from crosswire.stories.features import parse_day
from crosswire.stories.partitioned import update_store_partitioned
from crosswire.stories.windows import plan_windows
from test_stories_store import FLOOD_EDITED, FLOOD_OWN, FLOOD_WIRE, FOOTBALL, TECH, TECH_UNDATED, _article

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "corpus"


def _pairs(key: str, values: list[int]) -> list[tuple[str, list[int]]]:
    return [(key, values)]


def _echo(groups: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    return groups


def test_group_by_key_gives_each_key_once_with_its_values_in_row_order() -> None:
    rows = [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)]
    for buckets in (1, 2, 7):
        got = dict(group_by_key(SerialEngine(), rows, _echo, buckets=buckets))
        assert got == {"a": [2, 5], "b": [1, 3], "c": [4]}


@settings(max_examples=200, deadline=None)
@given(
    days=st.lists(st.one_of(st.none(), st.integers(0, 60)), max_size=60),
    span=st.integers(1, 10),
    overlap=st.integers(0, 4),
)
def test_windows_cover_every_article_once_as_core_and_every_near_article_as_overlap(
    days: list[int | None], span: int, overlap: int
) -> None:
    windows = plan_windows(days, span, overlap)
    core = sorted(i for members, flags in windows for i, c in zip(members, flags, strict=True) if c)
    assert core == list(range(len(days)))  # each article is core in exactly one window
    for members, flags in windows:
        assert members == sorted(members)
        core_days = [days[i] for i, c in zip(members, flags, strict=True) if c and days[i] is not None]
        if not core_days:
            continue
        lo, hi = min(core_days), max(core_days)
        near = {i for i, d in enumerate(days) if d is not None and lo - overlap <= d <= hi + overlap}
        assert near <= set(members)  # a core article meets every dated article within the overlap
    if (
        all(d is None for d in days)
        or max(d for d in days if d is not None) - min(d for d in days if d is not None) < span
    ):
        assert len(windows) == 1 and all(windows[0][1])  # one isolated window: the stage run whole


def test_undated_articles_go_to_the_window_of_the_dated_article_before_them() -> None:
    windows = plan_windows([None, 100, None, 120, None], span=7, overlap=3)
    assert [m for m, f in windows] == [[0, 1, 2], [3, 4]]


# -- the stories stage, partitioned ------------------------------------------------------------------------
FLOOD_LATE = [
    "Carrow began counting the cost of the River Aldmoor flood on Friday as the water fell back from Mill Street, "
    "leaving mud and ruined furniture on the pavements of the town centre.",
    "The regional council said more than 300 homes had been flooded and that the sports hall shelter, where "
    "evacuees slept on camp beds, would stay open until the weekend.",
    "Helen Brask, whose volunteer rescue team used boats to reach families on Mill Street, said the flood had "
    "been the fastest the town had seen.",
]


def _dated() -> list[Article]:
    """Invented coverage over three weeks, ingested out of date order: a flood story whose coverage runs across
    the boundary of the first two 7-day windows, with a wire text, an exact copy dated the evening before it,
    an edited copy eleven days later (its wire in another window), other outlets' own reports; a company story
    with an undated follow-up ingested just after it; unrelated sport."""
    return [
        _article("tech", TECH, "Business Wire Today", "Lumora Systems to cut 1,200 jobs", "2031-03-20"),
        _article("tech-undated", TECH_UNDATED, "Markets Weekly", "Lumora shuts Velden plant", None),
        _article("flood-wire", FLOOD_WIRE, "Wire Service", "Aldmoor bursts its banks", "2031-03-09", "Wire Service"),
        _article("football", FOOTBALL, "Sports Daily", "Verhoek header sends Harbour City into final", "2031-03-02"),
        _article("flood-own", FLOOD_OWN, "National Broadcaster", "Hundreds evacuated as Aldmoor floods", "2031-03-10"),
        _article("flood-edited", FLOOD_EDITED, "Carrow Evening Post", "Hundreds flee", "2031-03-20", "Wire Service"),
        _article("flood-exact", FLOOD_WIRE, "Northern Daily", "River Aldmoor bursts", "2031-03-08T23:00:00+00:00"),
        _article("flood-late", FLOOD_LATE, "Valley Radio", "Carrow counts the cost of the Aldmoor flood", "2031-03-11"),
    ]


def _store(path: Path, articles: list[Article]) -> Store:
    store = Store(path)
    with store.transaction():
        for a in articles:
            store.add_article(a)
    return store


def _placements(store: Store) -> tuple[set[frozenset[str]], dict[str, str | None], list[str]]:
    members: dict[str, set[str]] = {}
    for p in store.placements():
        members.setdefault(p.story_id, set()).add(p.article_id)
    return (
        {frozenset(m) for m in members.values()},
        {p.article_id: p.copy_of for p in store.placements()},
        sorted(members),
    )


@pytest.mark.parametrize("span", [7, 1])
def test_partitioned_stories_equal_the_stage_across_window_boundaries(tmp_path: Path, span: int) -> None:
    articles = _dated()
    local = _store(tmp_path / "local.db", articles)
    expected = place_articles(local, [a.id for a in articles]).stage_result()
    spread = _store(tmp_path / "spread.db", articles)
    result = update_store_partitioned(spread, None, SerialEngine(), span=span)
    assert _placements(spread) == _placements(local)
    assert result == expected and result.counts["copies"] == 2
    parts, copy_of, _ = _placements(spread)
    flood = next(p for p in parts if "flood-wire" in p)
    assert {"flood-wire", "flood-exact", "flood-edited", "flood-own", "flood-late"} <= flood  # across windows
    group = [copy_of[a] for a in ("flood-wire", "flood-exact", "flood-edited")]
    assert group.count(None) == 1 and len({w for w in group if w}) == 1  # one wire, the two others its copies
    assert len(plan_windows([parse_day(a.published) for a in articles], span)) >= 3
    assert dict(spread.document_frequencies()) == dict(local.document_frequencies())


def test_partitioned_stories_of_the_example_corpus_equal_the_stage(tmp_path: Path) -> None:
    local = Store(tmp_path / "local.db")
    ingest_paths(local, [EXAMPLES], facts=False)
    spread = Store(tmp_path / "spread.db")
    ingest_paths(spread, [EXAMPLES], facts=False, stories=False)
    for span in (1, 7):
        with spread.transaction():
            spread.clear_stories()
        update_store_partitioned(spread, None, SerialEngine(), span=span)
        assert diff_stores(local, spread).counts["stories"] == 0


def test_a_store_that_already_has_stories_is_placed_by_the_stage_itself(tmp_path: Path) -> None:
    articles = _dated()
    store = _store(tmp_path / "s.db", articles[:4])
    place_articles(store, [a.id for a in articles[:4]])
    with store.transaction():
        for a in articles[4:]:
            store.add_article(a)
    update_store_partitioned(store, None, SerialEngine())
    reference = _store(tmp_path / "r.db", articles)
    place_articles(reference, [a.id for a in articles[:4]])
    place_articles(reference, [a.id for a in articles[4:]])
    assert _placements(store) == _placements(reference)


# -- shards of a store, and a stage run on one -------------------------------------------------------------
@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("examples") / "ex.db")
    ingest_paths(store, [EXAMPLES], compare=True)
    return store


def test_a_story_shard_runs_the_compare_stage_as_the_store_does(example_store: Store) -> None:
    compare = next(s for s in STAGES if s.scope == "stories")
    sid = example_store.story_ids()[0]
    stored = example_store.stored_comparison(sid)
    parts = example_store.shard_rows("stories", [sid], ["articles", "facts", "stories", "story_articles"])
    outcome = stage_task(StageTask(compare.name, [sid], parts))
    assert outcome.error is None and outcome.result is not None and outcome.result.written == 1
    (rows,) = [p for p in outcome.rows if p.table == "comparisons" and p.rows]
    assert json.loads(rows.rows[0][rows.column("data")]) == stored
    # With its fresh comparison in the shard, the stage has nothing to do, and nothing comes back.
    parts = example_store.shard_rows(
        "stories", [sid], ["articles", "facts", "stories", "story_articles", "comparisons"]
    )
    again = stage_task(StageTask(compare.name, [sid], parts))
    assert again.result is not None and again.result.written == 0 and not any(p.rows for p in again.rows)


def test_shard_rows_keep_ingest_order_and_upsert_by_key(example_store: Store, tmp_path: Path) -> None:
    ids = example_store.article_ids()
    parts = example_store.shard_rows("articles", ids[::-1], ["articles", "facts"])
    with Store.scratch(parts) as shard:
        assert shard.article_ids() == ids  # rowids travel with the rows
        assert [shard.get_facts(i) for i in ids] == [example_store.get_facts(i) for i in ids]
    copy = Store(tmp_path / "copy.db")
    with copy.transaction():
        assert copy.put_rows(parts) == 2 * len(ids)
        assert copy.put_rows(parts) == 2 * len(ids)  # the same rows again replace, never duplicate
    assert copy.article_ids() == ids and copy.count_articles() == len(ids)


@pytest.mark.parametrize("shard_size", [1, 2, 4, 16])
def test_story_shards_start_with_the_largest_stories_and_none_outweighs_the_largest(
    example_store: Store, shard_size: int
) -> None:
    compare = replace(next(s for s in STAGES if s.scope == "stories"), shard_size=shard_size)
    ids = example_store.story_ids()
    size = {sid: len(example_store.story_article_ids(sid)) for sid in ids}
    assert len(set(size.values())) > 1  # the example corpus has stories of several sizes
    shards = plan_shards(example_store, compare, ids)
    assert sorted(sid for shard in shards for sid in shard) == sorted(ids)  # every story once
    assert all(1 <= len(shard) <= shard_size for shard in shards)
    order = [sid for shard in shards for sid in shard]
    assert [size[sid] for sid in order] == sorted(size.values(), reverse=True)
    assert all(sum(size[sid] for sid in shard) <= max(size.values()) for shard in shards)
    articles = next(s for s in STAGES if s.scope == "articles")
    aids = example_store.article_ids()
    assert [a for shard in plan_shards(example_store, articles, aids) for a in shard] == aids  # as given


def test_a_failing_shard_is_returned_as_its_error_not_raised() -> None:
    outcome = stage_task(StageTask("no-such-stage", ["a"], []))
    assert outcome.result is None and outcome.error is not None and "no-such-stage" in outcome.error


def test_the_stream_takes_the_leading_per_article_stages_from_the_declarations() -> None:
    assert [s.name for s in fused_stages(STAGES)] == ["facts"]
    facts = STAGES[0]
    extra = replace(facts, name="claims", needs=("articles", "facts"), writes=("facts",), warm=None)
    assert [s.name for s in fused_stages([facts, extra, *STAGES[1:]])] == ["facts", "claims"]
    needs_stories = replace(extra, needs=("stories",))
    assert [s.name for s in fused_stages([facts, needs_stories, *STAGES[1:]])] == ["facts"]
    for s in STAGES:  # a worker receives these by reference: they must be module-level functions
        for fn in (s.update_store, s.warm, s.shard_entry, s.partitioned):
            assert fn is None or ("<locals>" not in fn.__qualname__ and fn.__module__ == "crosswire.stages")
    assert isinstance(facts, Stage)


# -- inputs and shards ---------------------------------------------------------------------------------------
def test_folders_are_split_into_shards_in_ingest_order(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(10):
        (pages / f"p{i:02d}.txt").write_text(f"Page {i}\n\nSome words of page number {i} for a test.", "utf-8")
    (pages / "crawl.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\n\r\n"))
    (pages / ".hidden.txt").write_text("not listed", "utf-8")
    shards, errors = list_shards([str(pages), str(tmp_path / "missing")], workers=2)
    files = [f for s in shards for f in s.files]
    assert files == [str(p) for p in sorted(pages.glob("[!.]*"))]  # every file once, sorted, hidden left out
    assert ["crawl.warc.gz"] in [[Path(f).name for f in s.files] for s in shards]  # a container alone
    assert [s.index for s in shards] == list(range(len(shards))) and len(shards) >= 4
    assert [e.reason for e in errors] == ["no such file or folder"]


def test_urls_are_listed_and_read_through_pyarrow_file_systems(tmp_path: Path) -> None:
    folder = tmp_path / "bucket" / "news"
    folder.mkdir(parents=True)
    shutil.copy(EXAMPLES / "articles.jsonl", folder / "articles.jsonl")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    url = (tmp_path / "bucket").as_uri()  # file:// goes through the same code as s3:// and gs://
    shards, errors = list_shards([url, url + "/none"])
    assert not errors[0].reason.startswith("cannot") and len(errors) == 1
    docs = [d for s in shards for d in read_shard(s)]
    good = [d for d in docs if isinstance(d, RawDocument)]
    bad = [d for d in docs if isinstance(d, IngestError)]
    assert len(good) == sum(1 for line in (EXAMPLES / "articles.jsonl").read_text("utf-8").splitlines() if line.strip())
    assert all(d.source.startswith(url + "/news/articles.jsonl:") for d in good)  # named by the URL
    assert [b.source for b in bad] == [url + "/news/bad.txt"] and "binary" in bad[0].reason


def test_an_arc_file_is_read_as_web_archive_records(tmp_path: Path) -> None:
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><title>Quay</title></head><body>"
    body += b"<article><p>Gusts of 140 km/h brought down a crane at Kelmouth port on Friday night.</p></article>"
    body += b"</body></html>"
    head = b"1 0 crosswire\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = b"filedesc://t.arc 0.0.0.0 20240302000000 text/plain %d\n" % len(head) + head + b"\n"
    arc += b"https://example.org/quay 10.0.0.1 20240302080000 text/html %d\n" % len(body) + body + b"\n"
    (tmp_path / "old.arc.gz").write_bytes(gzip.compress(arc))
    (shard,), _ = list_shards([str(tmp_path / "old.arc.gz")])
    (doc,) = list(read_shard(shard))
    assert isinstance(doc, RawDocument) and doc.url == "https://example.org/quay" and doc.kind == "html"


def test_without_ray_batch_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    result = CliRunner().invoke(app, ["batch", str(EXAMPLES), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "pip install 'crosswire[ray]'" in lines[0]


# -- the Parquet dataset and the check -----------------------------------------------------------------------
def test_a_parquet_dataset_reads_back_as_the_same_store(example_store: Store, tmp_path: Path) -> None:
    counts = write_dataset(example_store, tmp_path / "ds", rows_per_file=4)
    assert (
        counts["articles"] == example_store.count_articles() and len(list((tmp_path / "ds" / "articles").iterdir())) > 1
    )
    with Store(open_dataset(tmp_path / "ds"), readonly=True) as back:
        assert diff_stores(example_store, back).equal
    runner = CliRunner()
    out = runner.invoke(app, ["export", "--db", str(tmp_path / "ds"), "-f", "jsonl"])
    assert out.exit_code == 0 and len(out.stdout.splitlines()) == example_store.count_articles()
    shown = runner.invoke(app, ["stories", "--json", "--db", str(tmp_path / "ds")])
    assert len(json.loads(shown.stdout)["stories"]) == example_store.count_stories()


def test_the_check_reports_every_difference(example_store: Store, tmp_path: Path) -> None:
    rerun = tmp_path / "rerun.db"
    rerun_locally(example_store, rerun)
    other = Store(rerun)
    assert diff_stores(example_store, other).equal  # the local stages again, on the same articles
    sid, into = other.story_ids()[:2]
    moved = other.story_article_ids(sid)[0]
    with other.transaction():
        other.conn.execute("UPDATE story_articles SET story_id = ? WHERE article_id = ?", (into, moved))
        other.conn.execute("DELETE FROM facts WHERE article_id = ?", (moved,))
    diff = diff_stores(example_store, other)
    assert not diff.equal and diff.counts["stories"] == 2 and diff.counts["facts"] == 1
    assert any(moved in line for line in diff.stories)
    result = CliRunner().invoke(app, ["check", "--db", str(rerun), "--against", str(example_store.path)])
    assert result.exit_code == 1 and "differences from the local path" in result.stdout and moved in result.stdout
