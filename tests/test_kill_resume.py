"""A ``kill -9`` at any point of an ingest, followed by the same command, leaves the store equal to a clean
run's: articles, facts, stories and comparisons. A real ``crosswire ingest`` process is killed (its whole
process group, facts workers included) while reading, during the facts stage, the stories stage and the
compare stage, watched through the store it writes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [
    str(ROOT / "examples" / "corpus"),
    *sorted(str(p) for p in (ROOT / "tests" / "fixtures" / "web").glob("*.html")),
]
TABLES = {
    "articles": "SELECT id, content_hash, data FROM articles",
    "facts": "SELECT article_id, version, data FROM facts",
    "stories": "SELECT id, title, first_seen, last_seen, data FROM stories",
    "story_articles": "SELECT article_id, story_id, copy_of FROM story_articles",
    "comparisons": "SELECT story_id, data FROM comparisons",
}
# When to kill: a condition on the counts of rows the running ingest has committed.
PHASES = {
    "reading": lambda c: c["articles"] == 0,
    "facts": lambda c: 0 < c["facts"] < c["articles"] or (c["facts"] and not c["stories"]),
    "stories": lambda c: c["stories"] > 0 and c["comparisons"] == 0,
    "compare": lambda c: 0 < c["comparisons"] < c["stories"],
}


def _command(db: Path) -> list[str]:
    return [sys.executable, "-m", "crosswire.cli", "ingest", *INPUTS, "--db", str(db)]


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {name: sorted(conn.execute(sql).fetchall()) for name, sql in TABLES.items()}


def _counts(db: Path) -> dict[str, int] | None:
    if not db.exists():
        return None
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=0.05)
        try:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # being created or migrated


def _kill_during(db: Path, phase: str) -> bool:
    """Start the ingest, kill -9 its process group when ``phase`` is seen; True when it was killed mid-run."""
    proc = subprocess.Popen(_command(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    started = time.monotonic()
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            counts = _counts(db)
            early = phase == "reading" and time.monotonic() - started > 1.0
            if (counts is not None and PHASES[phase](counts) and phase != "reading") or early:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.005)
        return False
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    subprocess.run(_command(db), check=True, capture_output=True, timeout=300)
    snap = _snapshot(db)
    assert len(snap["articles"]) >= 15 and snap["comparisons"] and len(snap["comparisons"]) == len(snap["stories"])
    return snap


@pytest.mark.parametrize("phase", list(PHASES))
def test_kill_then_same_command_equals_clean_run(tmp_path: Path, clean_run, phase: str) -> None:
    db = tmp_path / "killed.db"
    killed = _kill_during(db, phase)
    if not killed:
        pytest.skip(f"the ingest finished before the {phase} phase could be seen")
    partial = _snapshot(db) if _counts(db) is not None else None
    rerun = subprocess.run(_command(db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert _snapshot(db) == clean_run, (
        f"killed during {phase} (left {partial and {k: len(v) for k, v in partial.items()}})"
    )
