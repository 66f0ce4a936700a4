"""Where the shared data lives (the folder ``shared`` beside the checkout: benchmarks, seeds, gold), found from
this file's own place and never from the working directory, so every bench script runs from any directory and
from any git worktree of the repository, a temporary one included.

Looked for, in order: the folder ``$CROSSWIRE_SHARED`` names; ``shared`` beside this checkout; ``shared`` beside
the repository's main checkout (a worktree made elsewhere, such as ``/tmp/x/tree``, shares the main checkout's git
directory, and git names it). The first that is a folder wins; with none, ``shared`` beside this checkout, which
:func:`require` then reports in one line.

    from shared_dir import SHARED, require
    require(SHARED / "bench" / "ecbplus", "ECB+")     # exits with one line when missing or unreadable
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _main_checkout() -> Path | None:
    """The main checkout of the repository ``REPO`` belongs to (its git common directory's parent), or None."""
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--path-format=absolute", "--git-common-dir"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return Path(out).parent if out else None


def find_shared() -> Path:
    """The shared data folder (see the module's docstring for the order)."""
    named = os.environ.get("CROSSWIRE_SHARED")
    if named:
        return Path(named).expanduser().resolve()
    beside = REPO.parent / "shared"
    if beside.is_dir():
        return beside
    main = _main_checkout()
    if main is not None and (main.parent / "shared").is_dir():
        return main.parent / "shared"
    return beside


SHARED = find_shared()


def problem(path: Path) -> str | None:
    """Why ``path`` (a file or folder of the shared data) cannot be read, in a few words; None when it can."""
    if not path.exists():
        return "not found"
    try:
        if path.is_dir():
            os.listdir(path)
        else:
            with path.open("rb"):
                pass
    except OSError as exc:
        return f"not readable ({exc.strerror or exc})"
    return None


def require(path: Path, what: str) -> None:
    """Exit (status 1) with one line on standard error when ``path`` cannot be read: what it is, where it was
    looked for and how to point elsewhere."""
    why = problem(path)
    if why is not None:
        sys.exit(f"{what}: {path} {why} (shared data is read from {SHARED}; set CROSSWIRE_SHARED to another folder)")
