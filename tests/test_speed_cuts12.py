"""Speed cuts of the twelfth pass (issue 12): the behaviours they keep.

``items._one_item_per_sentence`` merges two agreed items that cite one sentence, one pair a round, the order read
again after each merge. It read every pair of items again each round (k items, m merges: up to m * k^2 reads of
``_claim_of``); a pair that failed and involves neither item a merge touched fails again, so it is remembered
now. Checked here: the same items as reading every pair again (``remember=False``) on invented units with random
pair relations, and a story shape where the old reading grew as m * k^2 reads now reads about k^2.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import numpy as np
import pytest

from crosswire.compare.claims import fates, items, pairs
from crosswire.compare.claims import groups as groups_mod
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim
from crosswire.stories import embed
from crosswire.vocab.data import data_toml

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


# -- groups._merged: groups of disjoint sources whose members are all linked, joined one pair a round -------------


def _random_groups(seed: int, n_units: int, n_groups: int) -> tuple[list[Group], Relation]:
    """Groups of one to three units of distinct sources (sources 1-8) and a random symmetric link relation."""
    rnd = random.Random(seed)
    units = [_unit(i, rnd.randint(1, 8)) for i in range(n_units)]
    links = {frozenset((a.index, b.index)) for a in units for b in units if a is not b and rnd.random() < 0.7}
    groups = []
    for _ in range(n_groups):
        chosen: list[Unit] = []
        want = rnd.randint(1, 3)
        for u in rnd.sample(units, len(units)):
            if u.source not in {c.source for c in chosen}:
                chosen.append(u)
            if len(chosen) == want:
                break
        groups.append(Group(units=chosen, score=round(rnd.random(), 3)))
    return groups, lambda a, b: frozenset((a.index, b.index)) in links


def _group_shape(groups: list[Group]) -> list[tuple[list[int], float]]:
    return [([u.index for u in g.units], g.score) for g in groups]


@pytest.mark.parametrize(("n_units", "n_groups", "seeds"), [(12, 8, 300), (40, 30, 60), (120, 90, 6)])
def test_remembered_groups_join_as_reading_every_pair_again(n_units: int, n_groups: int, seeds: int) -> None:
    joins = 0
    for seed in range(seeds):
        shapes = []
        for remember in (False, True):
            groups, linked = _random_groups(seed, n_units, n_groups)
            shapes.append(_group_shape(groups_mod._merged(groups, linked, remember=remember)))
        assert shapes[0] == shapes[1], seed
        joins += n_groups - len(shapes[1])
    assert joins > seeds  # several joins a case on average: the rounds are exercised


def test_a_join_does_not_read_again_the_groups_it_did_not_touch() -> None:
    """k groups of one source each that never join (nothing links them), listed before m pairs of groups that join
    (all linked): the old reading read the k groups' pairs again in each of the m rounds."""
    k, m = 30, 10
    apart = [Group(units=[_unit(i, 1 + i % 2)], score=0.9) for i in range(k)]
    joining = [Group(units=[_unit(k + i, 10 + i)], score=0.8) for i in range(2 * m)]
    together = {frozenset((2 * j, 2 * j + 1)) for j in range(m)}
    reads = [0]

    def linked(a: Unit, b: Unit) -> bool:
        reads[0] += 1
        return frozenset((a.index - k, b.index - k)) in together

    counts, shapes = [], []
    for remember in (False, True):
        reads[0] = 0
        groups = [Group(units=list(g.units), score=g.score) for g in [*apart, *joining]]
        shapes.append(_group_shape(groups_mod._merged(groups, linked, remember=remember)))
        counts.append(reads[0])
    assert shapes[0] == shapes[1]
    assert len(shapes[1]) == k + m
    assert counts[0] > m * (k * k) / 4  # every round read the k groups' linkable pairs again
    assert counts[1] <= (k + 2 * m) ** 2  # each pair read once, then only the pairs a join touched


# -- pairs.Neighbours: every unit's nearest sentences per source ranked in one sort per source ---------------------


def _neighbours(monkeypatch: pytest.MonkeyPatch, seed: int, n: int) -> pairs.Neighbours:
    """Neighbours over ``n`` invented units of up to five sources whose vectors repeat (so cosines tie), float32
    unit vectors as the encoder gives."""
    rnd = np.random.default_rng(seed)
    base = rnd.normal(size=(max(2, n // 3), 16)).astype(np.float32)
    vectors = base[rnd.integers(0, len(base), size=n)]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    units = [_unit(i, int(rnd.integers(1, 6))) for i in range(n)]
    monkeypatch.setattr(embed, "embed_cached", lambda _texts: vectors)
    return pairs.Neighbours(units)


@pytest.mark.parametrize("seed", range(40))
def test_nearest_sentences_ranked_at_once_as_one_at_a_time(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    n = 3 + seed * 2
    at_once = _neighbours(monkeypatch, seed, n)
    one_by_one = _neighbours(monkeypatch, seed, n)
    at_once._near_all()
    for i in range(n):
        for source in [*one_by_one._members, 99]:
            assert at_once._near(i, source) == one_by_one._near(i, source)
    # the ranked block read with the top two (nearest_pairs' default) as a sort of its own gives
    narrow = _neighbours(monkeypatch, seed, n)
    narrow.K = 1  # top 2 > K: nearest_pairs sorts each source's block itself, as before
    assert at_once.nearest_pairs() == narrow.nearest_pairs()
    assert at_once.mutual_best_across(["en", "fr"] * n) == one_by_one.mutual_best_across(["en", "fr"] * n)


# -- fates: one search over every fate's words rules out a sentence that states none --------------------------------


def _fate_words() -> list[str]:
    table = data_toml("facts_outcomes.toml")
    return sorted({w for name in fates.FATE_TABLES for words in table.get(name, {}).values() for w in words})


def _contexts(word: str) -> list[str]:
    return [
        f"The ferry's engineer {word} on Monday, the harbour office said.",
        f"{word.capitalize()} after the storm, officials said.",
        f"Officials said the pilot was {word}.",
        f"The report was pre{word} by the inspectors.",  # glued to a word before it
        f"Inspectors {word}s the report.",  # glued to letters after it
        f"The {word}-era rules were dropped.",  # hyphenated
        f"The first half of the word: {word[: max(1, len(word) // 2)]}.",
        f"He is survived by his wife and was {word} at sea.",
        f"Twice: {word}, then {word} again.",
    ]


def test_fates_read_with_the_one_search_as_each_fates_own_search() -> None:
    words = _fate_words()
    assert len(words) > 100  # every table's words in several languages
    for word in words:
        for text in _contexts(word):
            fates._fates_in.cache_clear()
            low = fates._SURVIVED_BY.sub(" ", text.lower())
            expected = frozenset(f for f, pat in fates._patterns().items() if pat.search(low))
            assert fates._fates_in(text) == expected, text


def test_a_sentence_without_fate_words_reads_no_fates_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern.pattern
            self._p = pattern

        def search(self, text: str) -> re.Match[str] | None:
            searched.append(self.pattern)
            return self._p.search(text)

    patterns = {f: Counting(p) for f, p in fates._patterns().items()}
    monkeypatch.setattr(fates, "_patterns", lambda: patterns)
    fates._fates_in.cache_clear()
    fates._any_fate.cache_clear()
    try:
        assert fates._fates_in("The council approved the harbour budget on Tuesday.") == frozenset()
        assert searched == []
        assert fates._fates_in("Two crew members were killed, the coast guard said.")
        assert searched  # a sentence with fate words reads each fate's pattern
    finally:
        fates._fates_in.cache_clear()
        fates._any_fate.cache_clear()
