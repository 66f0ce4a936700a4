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
    with pytest.raises(StoreError, match=r"notes\.db"):
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


# -- what is and is not a crosswire store -----------------------------------------------------------------
def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _foreign_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('keep me');"
        "PRAGMA user_version = 7;"
    )
    conn.close()
    return path


@pytest.mark.parametrize("readonly", [False, True])
def test_a_file_that_is_not_sqlite_is_refused_and_left_unchanged(tmp_path: Path, readonly: bool) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite " * 100)
    before = _fingerprint(bad)
    time.sleep(0.01)
    with pytest.raises(StoreError) as err:
        Store(bad, readonly=readonly)
    message = str(err.value)
    assert "\n" not in message and str(bad) in message and "not an SQLite database" in message
    assert _fingerprint(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no journal or WAL file either


@pytest.mark.parametrize("readonly", [False, True])
def test_another_programs_sqlite_file_is_refused_and_left_unchanged(tmp_path: Path, readonly: bool) -> None:
    other = _foreign_sqlite(tmp_path / "app.sqlite")
    before = _fingerprint(other)
    time.sleep(0.01)
    with pytest.raises(StoreError) as err:
        Store(other, readonly=readonly)
    message = str(err.value)
    assert "\n" not in message and str(other) in message and "another program" in message and "notes" in message
    assert _fingerprint(other) == before
    conn = sqlite3.connect(other)
    assert conn.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    conn.close()


def test_another_programs_application_id_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id = 1234")
    conn.close()
    before = _fingerprint(other)
    with pytest.raises(StoreError, match="application id 0x4d2"):
        Store(other)
    assert _fingerprint(other) == before


def test_new_stores_carry_crosswire_application_id(tmp_path: Path) -> None:
    from crosswire.store.identity import APPLICATION_ID

    with Store(tmp_path / "new.db") as store:
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    empty = tmp_path / "empty.db"
    empty.touch()  # an empty file (as mkstemp leaves) becomes a store
    with Store(empty) as store:
        assert store.schema_version == len(MIGRATIONS)


def test_a_store_made_before_the_marker_still_opens_and_migrates(tmp_path: Path) -> None:
    from crosswire.store.identity import APPLICATION_ID

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    conn.close()
    with Store(path, readonly=True) as ro:  # read-only: opened as it is
        assert ro.schema_version == 2 and ro.count_articles() == 0
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
