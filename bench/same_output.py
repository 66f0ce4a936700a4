"""Whether two stores hold the same output: facts per article, stories by their members, comparisons by their
story's members. For speed work, whose change must leave every stored result as it was.

    .venv/bin/python bench/same_output.py BEFORE.db AFTER.db

Story ids may be assigned in another order, so stories and comparisons are keyed by their member article ids
(sorted), not by id. Prints one line per kind (equal, or how many differ and the first few keys) and exits 1
when anything differs.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path


def dump(path: Path) -> dict[str, dict[str, str]]:
    """{kind: {key: canonical JSON}} for facts (key: article id), stories (key: members; value: each member's
    copy_of) and comparisons (key: members)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    facts = {
        aid: json.dumps(json.loads(data), sort_keys=True)
        for aid, data in con.execute("SELECT article_id, data FROM facts")
    }
    members: dict[str, list[tuple[str, str | None]]] = {}
    for aid, sid, copy_of in con.execute("SELECT article_id, story_id, copy_of FROM story_articles"):
        members.setdefault(sid, []).append((aid, copy_of))
    key_of = {sid: ",".join(sorted(a for a, _ in ms)) for sid, ms in members.items()}
    stories = {key_of[sid]: json.dumps(sorted(ms, key=lambda m: m[0])) for sid, ms in members.items()}
    comparisons = {}
    for sid, data in con.execute("SELECT story_id, data FROM comparisons"):
        comparisons[key_of.get(sid, "story:" + sid)] = canonical(data, sid)
    con.close()
    return {"facts": facts, "stories": stories, "comparisons": comparisons}


def canonical(data: str, story_id: str) -> str:
    """A comparison's JSON with keys sorted and its own story id blanked (ids are positional, not content)."""
    return json.dumps(json.loads(data), sort_keys=True).replace(story_id, "<story>")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    a, b = (dump(Path(p)) for p in argv)
    differ = False
    for kind in a:
        left, right = a[kind], b[kind]
        keys = sorted(set(left) | set(right))
        bad = [k for k in keys if left.get(k) != right.get(k)]
        differ |= bool(bad)
        status = "identical" if not bad else f"{len(bad)} differ, e.g. {[k[:60] for k in bad[:3]]}"
        print(f"{kind}: {len(left)} vs {len(right)}, {status}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
