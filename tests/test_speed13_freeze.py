"""speed13: the compare stage freezes what a process has loaded (``gc.freeze``) once, before its second comparison,
and a comparison is the same before and after.

Run in a fresh process: the test session's own objects and freezes must not decide what is checked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import gc, json, sys
from pathlib import Path
from crosswire.compare.stage import compare_articles
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

tmp = Path(sys.argv[1])
rows = [
    ("a1", "Wire", "2026-03-02", "Six of the seven aid workers were freed on Tuesday, the group said. "
     "The seventh, the driver, is still held. 'We will not pay any ransom,' the minister said."),
    ("a2", "Daily", "2026-03-02", "Seven aid workers were freed on Tuesday. "
     "The minister said the government paid a ransom of $2 million."),
    ("a3", "Gazette", "2026-03-02", "Sechs der sieben Helfer wurden am Dienstag freigelassen. "
     "Der Minister sagte, es sei kein Lösegeld gezahlt worden."),
]
path = tmp / "articles.jsonl"
path.write_text("".join(json.dumps({"id": i, "outlet": o, "published": d, "text": t}) + "\n" for i, o, d, t in rows))
out = []
with Store(tmp / "cw.db") as store:
    ingest_paths(store, [path], stories=False)
    ids = [r[0] for r in rows]
    frozen = []
    for _ in range(3):
        out.append(json.dumps(compare_articles(store, ids).to_dict(), sort_keys=True, default=str))
        frozen.append(gc.get_freeze_count())
print(json.dumps({"frozen": frozen, "same": len(set(out)) == 1, "items": len(json.loads(out[0]))}))
"""


def test_loaded_objects_frozen_once_before_the_second_comparison_and_output_unchanged(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parents[1] / "src"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
        timeout=600,
    )
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["same"]
    first, second, third = got["frozen"]
    # the first comparison froze nothing of its own (the facts stage froze its model after loading it); the
    # second froze what the first loaded (the readers' tables, the encoder); the third froze nothing more
    assert second > first
    assert third == second
