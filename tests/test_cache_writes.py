"""Cache files written by several processes at once (speed15): every write is atomic (a reader never sees a part
of a file), and the regular-expression cache's read-merge-write takes turns under a lock, so a process saving
while another holds the file keeps the other's entries (before speed15 the later save overwrote them)."""

from __future__ import annotations

import marshal
import multiprocessing
import time
from pathlib import Path
from typing import Any

import pytest

from crosswire import regex_cache
from crosswire.cache_folder import locked, write_atomic

fcntl = pytest.importorskip("fcntl")
CTX = multiprocessing.get_context("fork")


def _entries(prefix: str, n: int) -> dict:
    return {(f"{prefix}{i}", 0): regex_cache.compile_fresh(f"{prefix}{i}", 0)[1] for i in range(n)}


def _save_in_child(path: str, done: Any) -> None:
    own = _entries("child", regex_cache.MIN_NEW)
    regex_cache._state.clear()
    regex_cache._state.update(installed=True, path=Path(path), stored={}, used=dict(own), new=dict(own))
    regex_cache.save()
    done.set()


def test_a_save_waits_for_the_lock_and_keeps_what_the_holder_wrote(tmp_path: Path) -> None:
    path = tmp_path / "re-code-test.marshal"
    parent = _entries("parent", 5)
    done = CTX.Event()
    with locked(path):
        child = CTX.Process(target=_save_in_child, args=(str(path), done))
        child.start()
        # unlocked, the child would read the empty folder and write its file within this wait
        assert not done.wait(1.5), "the child saved while another process held the cache file"
        assert write_atomic(path, marshal.dumps((regex_cache._stamp(), parent)))
    child.join(60)
    assert child.exitcode == 0 and done.is_set()
    stored = regex_cache._read(path)
    assert set(parent) <= set(stored), "the holder's entries were overwritten"
    assert {("child0", 0), (f"child{regex_cache.MIN_NEW - 1}", 0)} <= set(stored)


def _save_many(path: str, prefix: str, rounds: int) -> None:
    for r in range(rounds):
        own = _entries(f"{prefix}{r}-", regex_cache.MIN_NEW)
        regex_cache._state.clear()
        regex_cache._state.update(installed=True, path=Path(path), stored={}, used=dict(own), new=dict(own))
        regex_cache.save()


def test_processes_saving_at_once_lose_no_entry(tmp_path: Path) -> None:
    path = tmp_path / "re-code-test.marshal"
    workers = [CTX.Process(target=_save_many, args=(str(path), p, 4)) for p in ("a", "b", "c")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    stored = regex_cache._read(path)
    for p in ("a", "b", "c"):
        for r in range(4):
            assert (f"{p}{r}-0", 0) in stored and (f"{p}{r}-{regex_cache.MIN_NEW - 1}", 0) in stored


def _rewrite(path: str, stop_after: float) -> None:
    end = time.monotonic() + stop_after
    i = 0
    while time.monotonic() < end:
        i += 1
        blob = bytes([i % 251]) * (2_000_000 + i % 7)
        write_atomic(Path(path), marshal.dumps((i, blob)))


def test_a_reader_never_sees_a_part_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "table-test.marshal"
    write_atomic(path, marshal.dumps((0, bytes(2_000_000))))
    writer = CTX.Process(target=_rewrite, args=(str(path), 3.0))
    writer.start()
    reads = 0
    while writer.is_alive() or reads == 0:
        _i, blob = marshal.loads(path.read_bytes())  # a torn file raises EOFError / ValueError here
        assert len(blob) in {2_000_000 + k for k in range(7)} and blob[:1] * len(blob) == blob
        reads += 1
    writer.join()
    assert writer.exitcode == 0
    assert not list(tmp_path.glob("*.tmp")), "a temporary file was left behind"


def test_locked_runs_where_the_lock_cannot_be_taken(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        ran = False
        with locked(ro / "x.marshal"):
            ran = True
        assert ran
    finally:
        ro.chmod(0o700)
