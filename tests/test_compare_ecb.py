"""Conflict precision on real coverage from ECB+ (read from ../shared, never copied): events where earlier
versions claimed conflicts that a reader would reject (a fall of 200ft set against "about 60m", a 27-24
score against 13-10, "arrested four times", "two more victims", "14 children" against "hundreds of people",
a list of shelters by place against the total, arrests "over Saturday's protests" against the week's in a
story without dates), and real disagreements that must stay (police said 18 injured, another report 12; the
U.S. Geological Survey's magnitude 7.6 against a local official's 7.7). See bench/compare_ecb.py and
bench/RESULTS-compare.md."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from clustering import load_ecb
from compare_ecb import ecb_text
from crosswire.compare import compare_articles
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

ECB = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "ecbplus"

pytestmark = pytest.mark.skipif(not ECB.is_dir(), reason="../shared/bench/ecbplus is not present")

QUIET = [
    "20ecbplus",
    "22ecbplus",
    "23ecbplus",
    "25ecb",
    "25ecbplus",
    "26ecb",
    "26ecbplus",
    "29ecb",
    "32ecb",
    "33ecbplus",
    "37ecbplus",
    "38ecbplus",
    "3ecb",
    "7ecbplus",
]
REAL = {"8ecbplus": {"18", "12"}, "37ecb": {"7.6", "7.7"}}


@pytest.fixture(scope="module")
def ecb(tmp_path_factory):
    events: dict[str, list[str]] = defaultdict(list)
    tmp = tmp_path_factory.mktemp("ecb")
    path = tmp / "ecb.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for d in load_ecb():
            if d["gold"] in QUIET or d["gold"] in REAL:
                events[d["gold"]].append(d["id"])
                fh.write(
                    json.dumps({"id": d["id"], "outlet": d["id"].split(".")[0], "text": ecb_text(d["paras"])}) + "\n"
                )
    store = Store(tmp / "cw.db")
    ingest_paths(store, [path], stories=False)
    yield store, events
    store.close()


def test_no_false_conflicts_where_readers_find_none(ecb):
    store, events = ecb
    claimed = {g: [c.summary for c in compare_articles(store, events[g]).conflicts] for g in QUIET}
    assert {g: c for g, c in claimed.items() if c} == {}


@pytest.mark.parametrize("event", sorted(REAL))
def test_a_real_disagreement_stays(ecb, event):
    store, events = ecb
    (conflict,) = compare_articles(store, events[event]).conflicts
    assert conflict.reason == "different value"
    values = {s.label for s in conflict.sides}
    assert values == REAL[event], conflict.sides
