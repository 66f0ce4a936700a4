"""Speed work that changes no output (issue 12, branch speed4): a story of one independent source, and candidate
pairs too weak to join or reword anything.

The claim aligner reads nothing but the single-source checks' units for a story with one source: every agreed
item and every conflict cites two or more sources. Fixtures are invented (an outlet's morning and evening
reports of a ferry fire in the invented port of Halvik, giving other tolls, ages, days and roles, as a running
story does; and the evening report alone), so the one-source path sees values that would
conflict between two sources.
"""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import dataclass

import pytest

from crosswire.compare.claims import align as align_mod
from crosswire.compare.claims.align import REWORDED_SCORE
from crosswire.compare.claims.groups import CLIQUE_SHARE, group_pairs
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.records import Source
from crosswire.compare.stage import _stored_rows, load_story_data
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from test_compare_core import compare_texts

MORNING = (
    "A fire broke out on the ferry Nordvik in the port of Halvik on Monday night, killing five people. Captain "
    "Rune Aas, 54, said the crew had tried to reach the engine room. Harbour master Lena Brekke told reporters "
    "that 120 passengers were taken off the ship by lifeboat. Police spokesman Ole Dahl said the cause was not "
    'known. "We have never seen a fire spread this fast," Brekke said.'
)
EVENING = (
    "The fire that broke out on the ferry Nordvik in Halvik on Tuesday has killed seven people, police said. "
    "Captain Rune Aas, 55, was among those treated for smoke. Deputy harbour master Lena Brekke said 140 "
    "passengers had been taken off by lifeboat. The ferry operator Fjordline said it would pay for the "
    "families' hotel rooms. An inquiry opens on Friday, the transport ministry said."
)


@pytest.fixture(scope="module")
def one_outlet(tmp_path_factory):
    rows = [
        ("m", "Halvik Tidende", "2026-05-05T08:00:00", MORNING),
        ("e", "Halvik Tidende", "2026-05-05T19:00:00", EVENING),
    ]
    return compare_texts(tmp_path_factory.mktemp("one"), rows)


def test_one_source_has_no_agreed_item_and_no_conflict(one_outlet):
    """Five dead and seven, 54 and 55, Monday and Tuesday, harbour master and deputy: one outlet's updates,
    never a conflict nor an agreement between sources."""
    assert len(one_outlet.sources) == 1
    assert one_outlet.agreed == [] and one_outlet.conflicts == []


def test_one_source_still_lists_its_single_source_items_and_timeline(one_outlet):
    """What a one-source story stores beside its articles: its notable facts, quotes and dated events."""
    assert one_outlet.single_source
    assert all(it.sources == [1] for it in one_outlet.single_source)
    assert one_outlet.who_said_what
    assert one_outlet.timeline


def _aligned(tmp_path, rows, extra_source=False):
    """The claim alignment of the stored ``rows`` as one story; ``extra_source`` adds a source with no article."""
    tmp_path.mkdir()
    path = tmp_path / "articles.jsonl"
    path.write_text(
        "".join(json.dumps(dict(zip(("id", "outlet", "published", "text"), r, strict=True))) + "\n" for r in rows)
    )
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [path], stories=False)
        data = load_story_data(store, _stored_rows(store, [r[0] for r in rows]))
    if extra_source:  # a second source with no article: the full aligner runs on the same units
        data.sources = [*data.sources, Source(n=len(data.sources) + 1, label="nobody")]
    return align_mod.align_claims(data)


@pytest.mark.parametrize(
    "rows",
    [
        [
            ("m", "Halvik Tidende", "2026-05-05T08:00:00", MORNING),
            ("e", "Halvik Tidende", "2026-05-05T19:00:00", EVENING),
        ],
        [("e", "Halvik Tidende", "2026-05-05T19:00:00", EVENING)],
    ],
)
def test_the_one_source_path_equals_the_full_aligner(tmp_path, rows):
    """The skip is exact: the full aligner, run on the same units with a second source that has no article,
    finds no pair, agreed item, conflict, aside nor copied unit either, and the same units."""
    short = _aligned(tmp_path / "short", rows)
    full = _aligned(tmp_path / "full", rows, extra_source=True)
    assert full.pairs == [] and full.agreed == [] and full.conflicts == [] and full.asides == []
    assert full.copied == set() and full.groups == []
    assert (short.pairs, short.agreed, short.conflicts, short.asides, short.copied, short.groups) == (
        [],
        [],
        [],
        [],
        set(),
        [],
    )
    assert [(u.article, u.claim.start, u.text) for u in short.units] == [
        (u.article, u.claim.start, u.text) for u in full.units
    ]
    assert short.near is None


# -- pairs under the grouping floor ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Unit:
    """What :func:`group_pairs` reads of a unit: its index and source."""

    index: int
    source: int


def _groups(pairs: list[Pair], agree: float) -> list[list[tuple[int, int]]]:
    return [[(u.index, u.source) for u in g.units] for g in group_pairs(pairs, agree)]


@pytest.mark.parametrize("seed", range(300))
def test_pairs_under_the_floor_change_no_group(seed):
    """The aligner leaves out, before its agreement checks, the pairs scored under
    min(CLIQUE_SHARE * agree, REWORDED_SCORE): the groups of random stories (up to 6 sources of up to 4 units,
    scores on a 0.05 grid so ties and the exact floor occur) are the same with those pairs and without them."""
    rng = random.Random(seed)
    agree = rng.choice([0.6, 0.5, 0.7])
    units = [_Unit(i, rng.randrange(1, rng.randint(2, 6) + 1)) for i in range(rng.randint(2, 14))]
    pairs = [
        Pair(a, b, [], round(rng.randint(0, 20) * 0.05, 2))  # type: ignore[arg-type]  # a stub unit
        for a, b in itertools.combinations(units, 2)
        if a.source != b.source and rng.random() < 0.6
    ]
    floor = min(CLIQUE_SHARE * agree, REWORDED_SCORE)
    kept = [p for p in pairs if p.score >= floor]
    assert _groups(kept, agree) == _groups(pairs, agree)
