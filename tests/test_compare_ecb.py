"""Conflict precision on real coverage from ECB+ (read from ../shared, never copied): events where earlier
versions claimed conflicts that a reader would reject (a fall of 200ft set against "about 60m", a 27-24
score against 13-10, "arrested four times", "two more victims", "14 children" against "hundreds of people",
a list of shelters by place against the total, arrests "over Saturday's protests" against the week's in a
story without dates), and real disagreements that must stay (police said 18 injured, another report 12; the
U.S. Geological Survey's magnitude 7.6 against a local official's 7.7). See bench/compare_ecb.py and
bench/RESULTS-compare.md."""

from __future__ import annotations

import json
import re
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


# Claim conflicts (values of aligned sentences) in these events, each read in the articles and judged: the
# test fails when the set changes, so a new claim is read before it is accepted.
CLAIM_CONFLICTS = {
    "20ecbplus": {
        (
            "Population: more than 100,000 / 120,000 vs about 200,000",
            "right: Qeshm island's population (a population and residents are one count)",
        ),
        (
            "People killed: Ten / 10 / a total of 10 vs at least three",
            "right: the Qeshm quake's toll, at least three in an early report and ten in later ones (the gold's "
            "different time; given as vague vs precise); 'a total of 10' joins the side of the sentence it states "
            "one claim with",
        ),
    },
    "23ecbplus": {
        (
            "Fall: about 60 metres vs approximately 200 metres vs 150 meters",
            "right: how far Duncan Raite fell from the ridge, three outlets three heights (conflicts branch: a "
            "measure no noun counts, keyed by unit and the act 'fall')",
        ),
    },
    # 25ecb's "Games: two vs four" (wrong: the two games Bush will miss and the four he missed earlier) is gone:
    # one outlet stands on both sides, so the slot holds two measures (compare.claims.values.SlotComparison)
    "25ecbplus": {("Games: nine vs 10", "right: one outlet says Thomas missed nine games, another ten")},
    "29ecb": {("Chances: two vs one", "wrong: two chances to tie the score and one final chance to win")},
    "37ecbplus": {
        ("People killed in 2004: 230,000 / some 230,000 vs 170,000", "right: the 2004 tsunami's toll, given two ways"),
        # the same toll in an article with no publication date and in "The 2004 tsunami that killed ...", whose
        # year the facts read as no date: not keyed to 2004 (compare/claims/past.py)
        ("People killed: 230,000 vs 170,000", "right: the 2004 tsunami's toll, given two ways"),
        # "Houses: 10 vs more than 300 vs about 1,500" (wrong: Takengon's damage against Aceh's and Central Aceh's)
        # is no longer raised (falseconf branch: stricter count rules); losing it was checked by hand
        ("Countries in 2004: 13 vs 14", "right: the countries the 2004 tsunami killed people in, 13 or 14"),
    },
    "38ecbplus": {("Depth: 1.2 miles vs 12 miles", "right: the same quake's depth, 1.2 or 12 miles")},
    "32ecb": {
        (
            "Duration: 2 years vs 2 1/2 years",
            "right: Gary Gomes's 2005 sentence, '2 years, with 9 months to serve' in one article and '2 1/2 years, "
            "with 9 months to serve' in another (a conflict of bench/mined_conflicts, ecb-32-new-bedford)",
        ),
        (
            "Street named: Independent Street vs Independence Street",
            "right: the street of the flat where the bodies were found, written two ways (bench/mined_conflicts)",
        ),
        (
            "Street named: Philip Street vs Phillips Road",
            "right: where Gomes was arrested, Philip Street in two articles and Phillips Road in one",
        ),
        (
            "Who noticed the smell of gas: neighbors vs building's landlord",
            "right: 'neighbors reported a strong smell of natural gas' / 'the building's landlord detected the odor'",
        ),
    },
}


def _plain(summary: str) -> str:
    return re.sub(r"\s*(?:\[\d+\])+", "", summary)


def test_no_false_conflicts_where_readers_find_none(ecb):
    store, events = ecb
    figures = {
        g: [c.summary for c in compare_articles(store, events[g]).conflicts if c.kind == "figure"] for g in QUIET
    }
    assert {g: c for g, c in figures.items() if c} == {}
    claims = {
        g: {_plain(c.summary) for c in compare_articles(store, events[g]).conflicts if c.kind == "claim"} for g in QUIET
    }
    assert {g: c for g, c in claims.items() if c} == {g: {s for s, _why in v} for g, v in CLAIM_CONFLICTS.items()}


@pytest.mark.parametrize("event", sorted(REAL))
def test_a_real_disagreement_stays(ecb, event):
    store, events = ecb
    (conflict,) = [c for c in compare_articles(store, events[event]).conflicts if c.kind == "figure"]
    assert conflict.reason == "different value"
    values = {s.label for s in conflict.sides}
    assert values == REAL[event], conflict.sides
