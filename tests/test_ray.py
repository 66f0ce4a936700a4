"""The stage list on a local Ray (2 CPUs) gives what the local path gives.

* the example corpus, the two seeds and a folder of bad files through ``crosswire batch``: the same articles,
  facts, stories and comparisons as ``crosswire ingest`` of the same inputs, each bad file failing its own
  record, and the Parquet dataset reading back as the same store;
* the 181 real pages, with one Ray worker process killed by its PID during the stream (facts) and another during
  the compare stage: the run completes with the same output as the local path;
* story clustering by time windows on Ray within 0.005 B-cubed F1 of the stage run whole, on ECB+ and
  GoogleNews-TS (with invented dates, ``bench/windows.py``).

Ray is the optional extra ``crosswire[ray]``; without it these tests are skipped, except in CI, which installs
it (``.ci/run``).
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "corpus"
PAGES = SHARED / "bench" / "article-extraction" / "html"

if os.environ.get("CI"):
    import ray  # noqa: F401 - in CI the extra is installed; its absence must fail, not skip
else:
    pytest.importorskip("ray", reason="the Ray tests need the extra: pip install 'crosswire[ray]'")

from crosswire.cli import app  # noqa: E402 - after the Ray check, so a missing extra skips cleanly
from crosswire.distributed import RayEngine, connect, disconnect, run_batch  # noqa: E402
from crosswire.distributed.check import diff_stores, local_store  # noqa: E402
from crosswire.stages import STAGES  # noqa: E402
from crosswire.store import Store  # noqa: E402
from crosswire.store.dataset import open_dataset  # noqa: E402

pytestmark = pytest.mark.skipif(not PAGES.is_dir() and not os.environ.get("CI"), reason="needs ../shared")


@pytest.fixture(scope="module")
def cpus() -> Iterator[int]:
    yield connect(num_cpus=2)
    disconnect()


def _bad_inputs(folder: Path) -> Path:
    """One file of each kind of bad input, written here: binary, empty, only whitespace, a gzip that is not
    one, and JSON Lines with a broken line between two good ones (invented records)."""
    folder.mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.html").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n  \n", encoding="utf-8")
    (folder / "broken.html.gz").write_bytes(b"\x1f\x8b" + b"not really gzip" * 10)
    good = {"outlet": "Bayside Courier", "published": "2024-03-02", "title": "Crane falls at Kelmouth port"}
    lines = [
        json.dumps({**good, "id": "quay-1", "text": "A crane collapsed at Kelmouth port on Friday night in gusts."}),
        '{"id": "quay-2", "text": "unterminated',
        json.dumps({**good, "id": "quay-3", "text": "Twelve ships were sent to other ports after the crane fell."}),
    ]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_example_corpus_seeds_and_bad_files_match_the_local_path(cpus: int, tmp_path: Path) -> None:
    inputs = [str(EXAMPLES), str(SHARED / "seeds"), str(_bad_inputs(tmp_path / "bad"))]
    local = local_store(tmp_path / "local.db", inputs)
    db, dataset = tmp_path / "ray.db", tmp_path / "dataset"
    result = CliRunner().invoke(app, ["batch", *inputs, "--db", str(db), "--json", "--parquet", str(dataset)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["workers"] == cpus == 2 and summary["shards"] >= 3
    assert (summary["read"], summary["stored"], summary["failed"]) == (local.read, local.stored, local.failed)
    assert sorted(e["source"] for e in summary["errors"]) == sorted(e.source for e in local.errors)
    assert {Path(e["source"].split(":")[0]).name for e in summary["errors"]} == {
        "binary.txt", "empty.html", "blank.txt", "broken.html.gz", "records.jsonl"
    }  # fmt: skip
    with Store(tmp_path / "local.db", readonly=True) as a, Store(db, readonly=True) as b:
        assert diff_stores(a, b).to_dict()["counts"] == {"articles": 0, "facts": 0, "stories": 0, "comparisons": 0}
        assert b.count_stories() >= 3 and b.has_article("quay-1") and b.has_article("quay-3")
        with Store(open_dataset(dataset), readonly=True) as back:
            assert diff_stores(b, back).equal
    check = CliRunner().invoke(app, ["check", "--db", str(db), "--against", str(tmp_path / "local.db")])
    assert check.exit_code == 0 and "identical" in check.stdout


def _parent(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat[stat.rindex(")") + 2 :].split()[1])


def _ray_workers(title: bytes) -> list[int]:
    """PIDs of the Ray worker processes of this test session's own Ray (children of the raylet this process
    started; other programs' Ray clusters on the machine are left alone) whose title contains ``title``."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if title in (proc / "cmdline").read_bytes() and _parent(_parent(int(proc.name))) == os.getpid():
                found.append(int(proc.name))
        except (OSError, ValueError):
            continue
    return found


def test_the_181_pages_match_the_local_path_with_workers_killed_mid_run(cpus: int, tmp_path: Path) -> None:
    local = local_store(tmp_path / "local.db", [str(PAGES)])
    killed: dict[str, int] = {}
    with RayEngine(cpus) as engine:

        def on_progress(stage: str, done: int, total: int) -> None:
            if stage == "ingest" and done >= 1 and "stream" not in killed:
                (pid, *_) = _ray_workers(b"ray::MapWorker")  # a stream worker, holding spaCy, mid-shard
                os.kill(pid, signal.SIGKILL)
                killed["stream"] = pid
            if stage == "stories" and "pool" not in killed:
                killed["pool"] = engine.pids()[0]  # the engine's pool, before it gets work
            if stage == "compare" and 0 < done < total and "compared" not in killed:
                os.kill(killed["pool"], signal.SIGKILL)  # with stories in flight on it
                killed["compared"] = done

        with Store(tmp_path / "ray.db") as store:
            batch = run_batch(store, [str(PAGES)], engine, list(STAGES), on_progress=on_progress)
        assert killed["pool"] not in engine.pids()  # Ray started a new worker in its place
    assert set(killed) == {"stream", "pool", "compared"}
    assert batch.ingest.stored == local.stored == 181 and batch.stages["compare"].counts["failed"] == 0
    with Store(tmp_path / "local.db", readonly=True) as a, Store(tmp_path / "ray.db", readonly=True) as b:
        diff = diff_stores(a, b)
        assert diff.equal, diff.to_dict()
        assert b.count_stories() == a.count_stories() and b.count_articles() == 181


@pytest.mark.parametrize("dataset", ["ecb", "gnews"])
def test_story_clustering_on_ray_stays_within_0_005_f1_of_the_stage(cpus: int, dataset: str) -> None:
    import clustering
    import windows

    docs = clustering.load_ecb() if dataset == "ecb" else clustering.load_gnews()
    feats = clustering.features(docs)
    gold = [d["gold"] for d in docs]
    windows.invent_dates(feats, gold)
    with RayEngine(cpus) as engine:
        whole, spread = windows.compare(feats, gold, engine, windows.WINDOW_DAYS).values()
    assert abs(spread["f1"] - whole["f1"]) <= 0.005, (whole, spread)
    assert spread["f1"] > 0.8


def _sleep_then_echo(item: tuple[int, float]) -> tuple[int, int]:
    """An item that takes ``item[1]`` seconds: its position and the worker's pid."""
    import time

    time.sleep(item[1])
    return item[0], os.getpid()


def test_the_engine_yields_in_order_while_idle_workers_take_the_next_items(cpus: int) -> None:
    """One slow item among quick ones: the results come back in input order, the quick items run on the other
    worker meanwhile (not queued behind the slow one), and no more than the bounded number of items is taken
    ahead of the one the caller waits for."""
    import sys

    from ray import cloudpickle

    from crosswire.distributed.engine import AHEAD_PER_WORKER

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module
    taken: list[int] = []

    def items() -> Iterator[tuple[int, float]]:
        for i in range(60):
            taken.append(i)
            yield i, (3.0 if i == 0 else 0.01)

    with RayEngine(2) as engine:
        results = engine.map(_sleep_then_echo, items())
        first = next(results)
        ahead = len(taken)
        rest = list(results)
    order = [first[0]] + [r[0] for r in rest]
    assert order == list(range(60))
    assert AHEAD_PER_WORKER <= ahead <= AHEAD_PER_WORKER * 2 + 1  # the other worker kept taking items
    slow_pid = first[1]
    quick_on_other = sum(1 for _, pid in rest[: ahead - 2] if pid != slow_pid)
    assert quick_on_other >= ahead - 4  # all but the one queued on the slow worker ran on the other one
