"""The default baseline of the bench scripts that each pass runs to measure its own change
(``bench/story_splits.py``, ``bench/mined_conflicts.py``): the commit the work started from, that is the merge-base
of ``HEAD`` and ``main`` (on a helper's branch, the main commit it was made from; on ``main`` itself, ``HEAD``, so
the working tree's uncommitted change is what is measured). A fixed hash kept in a script goes stale as main moves
(``story_splits.py`` kept ``82af70f`` two passes after its work was merged); a named ``--baseline REV`` still wins,
and ``bench/RESULTS*.md`` name the revision each recorded figure was measured against.

Scripts measuring one feature against the code before it keep that commit, named in a comment beside it
(``compare_alignment.py`` and ``end_to_end.py``: ``a5e17c2``, main before issue 12's claim layer, whose figures
the issue quotes; ``who_said_what.py``, ``single_source_coverage.py``, ``bsnlp.py``, ``clean_languages.py``,
``light_names.py``, ``published_times.py``: the commit before each one's feature)."""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MAIN = "main"
HELP = f"git commit of the baseline version (default: the merge-base of HEAD and {MAIN}, where this work started)"


def work_start(repo: Path = REPO, main: str = MAIN) -> str:
    """The merge-base of ``HEAD`` and ``main`` in ``repo``, as a short hash; ``main`` itself when git cannot tell
    (no such branch, not a checkout)."""
    try:
        proc = subprocess.run(
            ["git", "-C", str(repo), "merge-base", "HEAD", main],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return main
    full = proc.stdout.strip()
    return full[:7] if proc.returncode == 0 and full else main
