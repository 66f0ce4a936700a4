"""Speed cuts of the twelfth pass (issue 12): the behaviours they keep.

``items._one_item_per_sentence`` merges two agreed items that cite one sentence, one pair a round, the order read
again after each merge. It read every pair of items again each round (k items, m merges: up to m * k^2 reads of
``_claim_of``); a pair that failed and involves neither item a merge touched fails again, so it is remembered
now. Checked here: the same items as reading every pair again (``remember=False``) on invented units with random
pair relations, and a story shape where the old reading grew as m * k^2 reads now reads about k^2.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from crosswire.compare.claims import items
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim

Merged = dict[str, tuple[Unit, Group, int]]
Parts = dict[str, list[tuple[list[Unit], Unit]]]
Relation = Callable[[Unit, Unit], bool]


def _unit(index: int, source: int, language: str = "en") -> Unit:
    text = f"Invented sentence {index} of outlet {source}."
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=language)
    return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.1 * (index % 10))


def _item(merged: Merged, parts: Parts, key: str, units: list[Unit], order: int) -> None:
    merged[key] = (units[0], Group(units=list(units), score=0.7), order)
    parts[key] = [(list(units), units[0])]


def _random_story(seed: int, n_units: int, n_items: int) -> tuple[Merged, Parts, tuple[Relation, Relation, Relation]]:
    """Items of two to four units of distinct sources drawn from one pool (so items share sentences), in three
    languages, and random symmetric ``linked`` / ``near`` / ``mutual`` relations."""
    rnd = random.Random(seed)
    units = [_unit(i, rnd.randint(1, 6), rnd.choice(["en", "fr", "de"])) for i in range(n_units)]
    relations = {
        name: {frozenset((a.index, b.index)) for a in units for b in units if a is not b and rnd.random() < p}
        for name, p in (("linked", rnd.choice([0.5, 0.8, 0.95])), ("near", 0.5), ("mutual", 0.3))
    }
    merged: Merged = {}
    parts: Parts = {}
    for j in range(n_items):
        chosen: list[Unit] = []
        want = rnd.randint(2, 4)
        for u in rnd.sample(units, len(units)):
            if u.source not in {c.source for c in chosen}:
                chosen.append(u)
            if len(chosen) == want:
                break
        _item(merged, parts, f"item {j}", chosen, j)

    def rel(name: str) -> Relation:
        return lambda a, b: frozenset((a.index, b.index)) in relations[name]

    return merged, parts, (rel("linked"), rel("near"), rel("mutual"))


def _shape(merged: Merged, parts: Parts) -> tuple[object, object]:
    return (
        {k: (lead.index, [u.index for u in g.units], i) for k, (lead, g, i) in merged.items()},
        {k: [([u.index for u in us], lead.index) for us, lead in v] for k, v in parts.items()},
    )


@pytest.mark.parametrize(("n_units", "n_items", "seeds"), [(14, 9, 300), (30, 25, 60), (80, 60, 8)])
def test_remembered_pairs_give_the_items_of_reading_every_pair_again(n_units: int, n_items: int, seeds: int) -> None:
    merges = 0
    for seed in range(seeds):
        shapes = []
        for remember in (False, True):
            merged, parts, (linked, near, mutual) = _random_story(seed, n_units, n_items)
            items._one_item_per_sentence(merged, parts, linked, near, mutual, remember=remember)
            shapes.append(_shape(merged, parts))
        assert shapes[0] == shapes[1], seed
        merges += n_items - len(shapes[1][0])
    assert merges > seeds  # the cases merge items, several a story on average: the rounds are exercised


def _counted_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    reads = [0]
    claim_of = items._claim_of

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads[0] += 1
        return claim_of(*args, **kwargs)

    monkeypatch.setattr(items, "_claim_of", counting)
    return reads


def _chain_story(k: int, m: int) -> tuple[Merged, Parts]:
    """k items that share one sentence (outlet 1's) and never merge (nothing is linked), ordered before m pairs of
    items of which one cites all the other's sentences (so they merge, one a round)."""
    merged: Merged = {}
    parts: Parts = {}
    shared = _unit(0, 1)
    index = 1
    for i in range(k):
        _item(merged, parts, f"apart {i:02d}", [shared, _unit(index, 2 + i)], i)
        index += 1
    for j in range(m):
        p, q, r = _unit(index, 100 + j), _unit(index + 1, 200 + j), _unit(index + 2, 300 + j)
        index += 3
        _item(merged, parts, f"part {j:02d}", [p, q], k + 2 * j)
        _item(merged, parts, f"whole {j:02d}", [p, q, r], k + 2 * j + 1)
    return merged, parts


def test_a_merge_does_not_read_again_the_pairs_it_did_not_touch(monkeypatch: pytest.MonkeyPatch) -> None:
    k, m = 30, 10
    reads = _counted_reads(monkeypatch)
    never: Relation = lambda _a, _b: False  # noqa: E731
    counts, shapes = [], []
    for remember in (False, True):
        reads[0] = 0
        merged, parts = _chain_story(k, m)
        items._one_item_per_sentence(merged, parts, never, remember=remember)
        counts.append(reads[0])
        shapes.append(_shape(merged, parts))
    assert shapes[0] == shapes[1]
    assert len(shapes[1][0]) == k + m  # each part merged into its whole; the k items stay apart
    assert counts[0] > m * k * (k - 1)  # every round read the k items' pairs again
    assert counts[1] <= k * (k - 1) + 2 * m * (k + 2 * m)  # read once, then only the pairs a merge touched
