"""speed13's exact cuts of the compare stage's CPU, each against the old reading kept behind its switch:

* :func:`crosswire.compare.claims.slots.slot_of` remembers its answer per sentence, value, ``across`` and story
  map (``REMEMBER_SLOTS``; the old path is :func:`~crosswire.compare.claims.slots.read_slot` on every call);
* :meth:`crosswire.compare.claims.align.ClaimAlignment.agreeing_counterparts` reads a unit's pairs from an index
  built once (``REMEMBER_PAIRS``; the old path reads every pair of the story per call);
* :func:`crosswire.compare.claims.dissent.nearest_members` reads a source's cosines for every row at once
  (``REMEMBER_ROWS``; the old path is one ``max`` over the members per row, one cell at a time);
* :func:`crosswire.compare.leftover.open_quote` reads the quotation marks alone (the old path read every
  character; the contract is written here as that loop).

The whole comparison of the project's own multilingual example corpus (invented stories) is byte-identical with
every switch on and off; each cut is checked alone on random inputs with ties, and the remembered slot is
checked to follow a new story map. The slot test fails on the code before speed13 (no ``read_slot``; every call
read again)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np
import pytest

from crosswire.compare import compare_articles
from crosswire.compare.claims import align as align_mod
from crosswire.compare.claims import dissent
from crosswire.compare.claims import slots as slots_mod
from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim, Value
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _switches(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(slots_mod, "REMEMBER_SLOTS", on)
    monkeypatch.setattr(align_mod, "REMEMBER_PAIRS", on)
    monkeypatch.setattr(dissent, "REMEMBER_ROWS", on)


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cuts13") / "cw.db"
    with Store(db) as store:
        ingest_paths(store, [CORPUS], stories=False)
    return db


def _compared(db: Path) -> str:
    with Store(db) as store:
        ids = [a.id for a in store.iter_articles()]
        return json.dumps(compare_articles(store, ids).to_dict(), sort_keys=True, default=str)


def test_the_corpus_compares_the_same_with_every_cut_on_and_off(
    corpus_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _switches(monkeypatch, False)
    old = _compared(corpus_store)
    _switches(monkeypatch, True)
    new = _compared(corpus_store)
    again = _compared(corpus_store)  # a second story map in one process: nothing of the first is reused
    assert new == old
    assert again == old
    found = json.loads(old)
    assert found["conflicts"] and found["agreed"]  # a story whose readers have something to decide


def test_each_slot_is_read_once_per_sentence_value_and_story(
    corpus_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[tuple[int, int, bool]] = []
    calls: list[int] = []
    read = slots_mod.read_slot
    remembered = slots_mod.slot_of

    def counted_read(unit, v, canonical, across=False):  # type: ignore[no-untyped-def]
        reads.append((id(unit), id(v), across))
        return read(unit, v, canonical, across)

    def counted_call(unit, v, canonical, across=False):  # type: ignore[no-untyped-def]
        calls.append(1)
        return remembered(unit, v, canonical, across)

    monkeypatch.setattr(slots_mod, "read_slot", counted_read)
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if name.startswith("crosswire.compare") and getattr(module, "slot_of", None) is remembered:
            monkeypatch.setattr(module, "slot_of", counted_call)
    _compared(corpus_store)
    assert len(reads) == len(set(reads))  # never read twice within the story
    assert len(calls) > len(reads)  # the aligner did ask again: the cut is exercised


def _unit(index: int, source: int, text: str, values: list[object]) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language="en", values=values)  # type: ignore[arg-type]
    return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.0)


def test_a_remembered_slot_follows_a_new_story_map() -> None:
    text = "Ivo Marsh, 19, was freed on Monday."
    v = Value(kind="age", text="19", value=19.0, start=11, end=13, holder="e1")
    u = _unit(0, 0, text, [v])
    first = {("a0", "e1"): "person:Ivo Marsh"}
    second = {("a0", "e1"): "person:Lena Horvat"}
    assert slots_mod.slot_of(u, v, first) == slots_mod.read_slot(u, v, first) == ("age", "ivo marsh")
    assert slots_mod.slot_of(u, v, second) == slots_mod.read_slot(u, v, second) == ("age", "lena horvat")
    assert slots_mod.slot_of(u, v, first) == ("age", "ivo marsh")


@pytest.mark.parametrize("seed", range(40))
def test_nearest_members_are_the_old_max(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 30))
    sims = np.round(rng.uniform(-1, 1, (n, n)), int(rng.integers(0, 3))).astype(np.float32)  # many ties
    sims[sims == 0] = -0.0 if seed % 2 else 0.0
    if seed % 7 == 0:
        sims[0, 1] = np.nan
    members = sorted(rng.choice(n, size=int(rng.integers(1, n + 1)), replace=False).tolist())
    if seed % 5 == 0:
        random.Random(seed).shuffle(members)
    best = dissent.nearest_members(sims, members)
    ascending = members == sorted(members)
    assert (best is None) == (not ascending or bool(np.isnan(sims[:, members]).any()))
    if best is not None:
        for i in range(n):
            assert int(best[i]) == max(members, key=lambda k: (float(sims[i, k]), k))
    monkeypatch.setattr(dissent, "REMEMBER_ROWS", False)
    assert dissent.nearest_members(sims, members) is None


def _alignment(seed: int, n_units: int, n_pairs: int) -> ClaimAlignment:
    rng = random.Random(seed)
    units = [_unit(i, i % 4, f"s{i}", []) for i in range(n_units)]
    pairs = []
    for _ in range(n_pairs):
        a, b = rng.sample(units, 2)
        pairs.append(Pair(a=a, b=b, features=[], score=rng.choice([0.2, 0.5, 0.5, 0.7, 0.9])))
    return ClaimAlignment(units=units, pairs=pairs, groups=[], canonical={}, agree=0.6, related=0.4)


def _shape(found: ClaimAlignment) -> list[list[tuple[float, int]]]:
    return [[(s, v.index) for s, v in found.agreeing_counterparts(u)] for u in found.units]


@pytest.mark.parametrize("seed", range(20))
def test_indexed_counterparts_are_the_pairs_read_each_time(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _alignment(seed, 12, 40)
    monkeypatch.setattr(align_mod, "REMEMBER_PAIRS", False)
    old = _shape(found)
    monkeypatch.setattr(align_mod, "REMEMBER_PAIRS", True)
    assert _shape(found) == old
    # the list grows, and a score changes after the index was built: both seen
    a, b = found.units[0], found.units[5]
    found.pairs.append(Pair(a=a, b=b, features=[], score=0.95))
    found.pairs[0].score = 0.99
    indexed = _shape(found)
    monkeypatch.setattr(align_mod, "REMEMBER_PAIRS", False)
    assert indexed == _shape(found)


def _open_by_every_character(text: str) -> bool:
    """The contract of :func:`crosswire.compare.leftover.open_quote`, read over every character of the text."""
    text = text.replace("``", "“").replace("''", "”")
    closing = ("”", "»", "“") if "„" in text else ("”", "»")
    is_open = False
    for ch in text:
        if ch in closing:
            is_open = False
        elif ch in ("“", "«", "„"):
            is_open = True
        elif ch == '"':
            is_open = not is_open
    return is_open


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“The pumps were off.", True),
        ("“The pumps were off,” she said.", False),
        ("„Wir haben nichts gesehen“, sagte sie.", False),
        ("«Nous n'avons rien vu.", True),
        ('He said "we saw nothing" and left.', False),
        ("He called it ``a disaster'' on Monday.", False),
        ('"Open and "shut" and open', True),
    ],
)
def test_open_quote_reads_the_marks_alone(text: str, expected: bool) -> None:
    from crosswire.compare.leftover import open_quote

    assert open_quote(text) is expected is _open_by_every_character(text)


def test_open_quote_on_random_text_is_the_contract() -> None:
    from crosswire.compare.leftover import open_quote

    rng = random.Random(13)
    alphabet = "ab .,'`“”«»„\"‚‘’"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert open_quote(text) == _open_by_every_character(text), text
