"""The store: WAL mode, versioned schema, content-hash dedup, readers beside a writer, crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crosswire.model import Article, Block, content_hash
from crosswire.store import Store
from crosswire.store.db import StoreError
from crosswire.store.migrations import MIGRATIONS


def _article(text: str, article_id: str | None = None) -> Article:
    h = content_hash(text)
    return Article(
        id=article_id or h[:16],
        source="mem",
        content_hash=h,
        blocks=[Block("paragraph", text)],
        title=text[:20],
        outlet="Test Outlet",
    )


def test_new_store_is_wal_and_at_latest_schema(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    assert store.schema_version == len(MIGRATIONS)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    again = Store(tmp_path / "a.db")  # re-opening applies nothing twice
    assert again.schema_version == len(MIGRATIONS)


def test_db_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSWIRE_DB", str(tmp_path / "env.db"))
    with Store() as store:
        assert store.path == tmp_path / "env.db"
    assert (tmp_path / "env.db").exists()


def test_same_content_is_stored_once_and_round_trips(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        a = _article("The river rose by two metres overnight.")
        assert store.add_article(a) is True
        assert store.add_article(_article("The river rose by two metres overnight.")) is False
        store.conn.commit()
        assert store.count_articles() == 1
        back = store.get_article(a.id)
        assert back == a and back.body == a.body


def test_full_text_search(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        store.add_article(_article("Flood defences held along the Kessel river."))
        store.add_article(_article("The orchestra opened its season with Mahler."))
        store.conn.commit()
        hits = store.search("kessel flood")
        assert len(hits) == 1 and "Kessel" in hits[0]["snippet"]
        assert store.search('"') == []


def test_reader_sees_committed_rows_while_a_writer_holds_a_transaction(tmp_path: Path) -> None:
    writer = Store(tmp_path / "a.db")
    writer.add_article(_article("First committed article."))
    writer.conn.commit()
    writer.add_article(_article("Second, not yet committed."))  # transaction left open
    reader = Store(tmp_path / "a.db", readonly=True)
    assert reader.count_articles() == 1
    writer.conn.commit()
    assert reader.count_articles() == 2


def test_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="notes.db"):
        Store(bad)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_sigkill_during_ingest_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    n = 400
    for i in range(n):
        (corpus / f"page{i:04d}.txt").write_text(
            f"Report number {i}\n\nThe district council met on day {i} and approved item {i * 7}. "
            f"Residents asked questions about budget line {i * 13} and the road plan {i % 17}.\n"
        )
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "crosswire", "ingest", str(corpus), "--db", str(db), "--no-facts"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with Store(db, readonly=True) as s:
                    stored = s.count_articles()
            except (StoreError, sqlite3.OperationalError):
                stored = 0
            if stored > 0:
                break
        time.sleep(0.05)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(db) as s:
        before = s.count_articles()
    assert before <= n
    print(f"killed after {before} of {n} articles were committed")
    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert rerun.returncode == 0, rerun.stderr
    with Store(db) as s:
        assert s.count_articles() == n
        assert s.conn.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == n
    assert f"stored {n - before}," in rerun.stdout
