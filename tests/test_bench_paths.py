"""Bench scripts find the shared data from their own place, never from the working directory (``bench/shared_dir.py``),
and a missing shared folder stops them with one clear line. Before, ``bench/compare_ecb.py`` started from a temporary
worktree failed at once: every script built ``shared`` beside its own checkout, which a worktree in /tmp has not."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(REPO / "src"), **env}
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=full, capture_output=True, text=True, timeout=300, check=False
    )


def test_no_bench_script_builds_the_shared_path_itself() -> None:
    # one place finds the folder: a script building "<somewhere>/shared" again would break from a worktree in /tmp
    built = re.compile(r"""/\s*["']shared["']""")
    offenders = [p.name for p in BENCH.glob("*.py") if p.name != "shared_dir.py" and built.search(p.read_text("utf-8"))]
    assert offenders == []


def test_the_shared_folder_does_not_depend_on_the_working_directory(tmp_path: Path) -> None:
    code = f"import sys; sys.path.insert(0, {str(BENCH)!r}); import shared_dir; print(shared_dir.SHARED)"
    here = _run(["-c", code], REPO).stdout.strip()
    elsewhere = _run(["-c", code], tmp_path).stdout.strip()
    assert here == elsewhere
    assert Path(here).is_absolute()
    named = _run(["-c", code], tmp_path, CROSSWIRE_SHARED=str(tmp_path)).stdout.strip()
    assert named == str(tmp_path.resolve())


def test_compare_ecb_without_its_data_says_so_in_one_line(tmp_path: Path) -> None:
    proc = _run([str(BENCH / "compare_ecb.py")], tmp_path, CROSSWIRE_SHARED=str(tmp_path / "nowhere"))
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "ECB+" in lines[0]
    assert "not found" in lines[0]
    assert "CROSSWIRE_SHARED" in lines[0]
    (tmp_path / "empty" / "bench" / "ecbplus" / "ECB+").mkdir(parents=True)
    proc = _run([str(BENCH / "compare_ecb.py")], tmp_path, CROSSWIRE_SHARED=str(tmp_path / "empty"))
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "no article" in proc.stderr


def test_problem_names_what_is_wrong(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import shared_dir
    finally:
        sys.path.remove(str(BENCH))
    assert shared_dir.problem(tmp_path) is None
    assert shared_dir.problem(tmp_path / "missing") == "not found"
    (tmp_path / "f.txt").write_text("x", encoding="utf-8")
    assert shared_dir.problem(tmp_path / "f.txt") is None


def test_the_default_baseline_is_where_the_branch_left_main(tmp_path: Path) -> None:
    """``bench/revisions.work_start``: the merge-base of HEAD and main, not a hash kept in a script (story_splits.py
    kept 82af70f two passes after its work was merged)."""
    sys.path.insert(0, str(BENCH))
    try:
        import revisions
    finally:
        sys.path.remove(str(BENCH))

    def git(*args: str) -> str:
        env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t"}
        env["GIT_COMMITTER_EMAIL"] = "t@x"
        out = subprocess.run(["git", "-C", str(tmp_path), *args], capture_output=True, text=True, env=env, check=True)
        return out.stdout.strip()

    git("init", "-q", "-b", "main")
    (tmp_path / "a.txt").write_text("1", encoding="utf-8")
    git("add", "a.txt")
    git("commit", "-q", "-m", "start")
    start = git("rev-parse", "HEAD")[:7]
    git("checkout", "-q", "-b", "work")
    (tmp_path / "a.txt").write_text("2", encoding="utf-8")
    git("commit", "-q", "-am", "change")
    git("checkout", "-q", "main")
    (tmp_path / "a.txt").write_text("3", encoding="utf-8")
    git("commit", "-q", "-am", "main moves on")
    git("checkout", "-q", "work")
    assert revisions.work_start(tmp_path) == start
    assert revisions.work_start(tmp_path / "not-a-repo") == "main"
