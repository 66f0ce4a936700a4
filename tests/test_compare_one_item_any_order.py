"""One fact in one agreed item, whatever the order of the articles (notes10).

``agreed_items`` merged a group into an item by comparing it with the group that made the item first, and groups
of one size came in the order of the units (the articles' order): a French sentence agreeing with an English one
and with a German one stood in one item or in two depending on which pair came first, and a Polish half-quote
of a new user's trial was cited in two items. Now groups are taken in an order of what they cite, a group is
compared with every group merged into an item, and two items citing one sentence are merged when either's
group states the other's claim or holds its lead as a plain translation (both ways).

Pure tests over invented claim units (the pair relations given), and an invented silo collapse told in German,
French, Italian and Spanish run through the whole comparison with its articles in several orders.
"""

from __future__ import annotations

import itertools
import json
import random
import types
from pathlib import Path

import pytest

from crosswire.compare.claims import items
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim
from test_compare_core import compare_fixture

FIXTURE = Path(__file__).parent / "fixtures" / "notes10" / "silo.jsonl"

# the divers' sentence of an invented harbour story, one per source and language
DIVERS = {
    1: ("en", "Divers checked the quay in the evening."),
    2: ("fr", "Des plongeurs ont inspecté le quai dans la soirée."),
    3: ("de", "Taucher prüften am Abend den Kai."),
    4: ("es", "Los buzos inspeccionaron el muelle por la noche."),
    5: ("pl", "Nurkowie sprawdzili wieczorem nabrzeże."),
    6: ("uk", "Водолази ввечері оглянули причал."),
}
NO_DATA = types.SimpleNamespace(canonical={}, source_of={})


@pytest.fixture()
def as_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    """``agreed_items`` returns each item as the set of its sentences (no story data needed)."""
    monkeypatch.setattr(
        items, "agreed_item", lambda _data, g, _lead=None, _known=None: frozenset(u.text for u in g.units)
    )


def _units(sentences: list[tuple[int, str, str]], order: list[int]) -> dict[str, Unit]:
    """Units of ``sentences`` ((source, language, text)), numbered in ``order`` (the articles' order)."""
    out: dict[str, Unit] = {}
    for index, k in enumerate(order):
        source, language, text = sentences[k]
        claim = Claim(id=f"c{k}", start=0, end=len(text), language=language)
        out[text] = Unit(index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.2)
    return out


def _items(
    sentences: list[tuple[int, str, str]],
    groups: list[list[int]],
    relations: dict[str, set[frozenset[str]]],
    order: list[int],
    group_order: list[int],
) -> frozenset[frozenset[str]]:
    units = _units(sentences, order)
    texts = [t for _s, _l, t in sentences]

    def rel(name: str):  # type: ignore[no-untyped-def]
        return lambda a, b: frozenset((a.text, b.text)) in relations[name]

    built = [Group(units=[units[texts[k]] for k in groups[g]], score=0.7) for g in group_order]
    return frozenset(items.agreed_items(NO_DATA, built, None, rel("linked"), rel("near"), rel("mutual")))  # type: ignore[arg-type]


def test_a_sentence_agreeing_with_two_others_is_in_one_item_in_either_order(as_sets: None) -> None:
    """French agrees with English and with German (no figures, no other link): one item, whichever pair comes
    first; main listed the French sentence in two items when the English pair came first."""
    sentences = [(s, *DIVERS[s]) for s in (1, 2, 3)]
    groups = [[0, 1], [1, 2]]
    none: dict[str, set[frozenset[str]]] = {"linked": set(), "near": set(), "mutual": set()}
    results = {
        _items(sentences, groups, none, list(order), list(group_order))
        for order in itertools.permutations(range(3))
        for group_order in itertools.permutations(range(2))
    }
    assert results == {frozenset({frozenset(t for _s, _l, t in sentences)})}, results


def test_random_groups_give_the_same_items_in_any_order(as_sets: None) -> None:
    """Invented stories of three to six sources (a second sentence for some), two to four groups and random pair
    relations: shuffling the units' numbering and the groups' order never changes the items (main: about one
    story in twelve did)."""
    rng = random.Random(12)
    differing = []
    for story in range(150):
        n = rng.randint(3, 6)
        sentences = [(s, *DIVERS[s]) for s in range(1, n + 1)]
        sentences += [
            (s, DIVERS[s][0], DIVERS[s][1].replace(".", " again.")) for s in range(1, n + 1) if rng.random() < 0.4
        ]
        groups = []
        for _ in range(rng.randint(2, 4)):
            chosen = rng.sample(range(1, n + 1), rng.randint(2, min(4, n)))
            groups.append([rng.choice([k for k, (s, _l, _t) in enumerate(sentences) if s == c]) for c in chosen])
        pairs = [frozenset(p) for p in itertools.combinations([t for _s, _l, t in sentences], 2)]
        relations = {name: {p for p in pairs if rng.random() < 0.4} for name in ("linked", "near", "mutual")}
        seen = set()
        for _ in range(4):
            order = list(range(len(sentences)))
            group_order = list(range(len(groups)))
            rng.shuffle(order)
            rng.shuffle(group_order)
            seen.add(_items(sentences, groups, relations, order, group_order))
        if len(seen) > 1:
            differing.append(story)
    assert not differing, differing


def test_a_group_whose_sentences_an_item_cites_is_no_item_of_its_own(as_sets: None) -> None:
    """A two-source group inside a four-source item (its pair scored apart from the rest) adds no second item
    citing the same two sentences."""
    sentences = [(s, *DIVERS[s]) for s in (1, 2, 3, 4)]
    groups = [[0, 1, 2, 3], [1, 3]]
    none: dict[str, set[frozenset[str]]] = {"linked": set(), "near": set(), "mutual": set()}
    for group_order in itertools.permutations(range(2)):
        result = _items(sentences, groups, none, [0, 1, 2, 3], list(group_order))
        assert len(result) == 1, result


# -- the whole comparison, the articles in several orders --------------------------------------------------------
def _silo_items(tmp_path: Path, order: list[int]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    rows = FIXTURE.read_text(encoding="utf-8").splitlines()
    path = tmp_path / f"silo-{''.join(map(str, order))}.jsonl"
    path.write_text("\n".join(rows[k] for k in order) + "\n", encoding="utf-8")
    comparison = _compare(tmp_path, path)
    outlets = {s.n: s.label for s in comparison.sources}
    return {
        (tuple(sorted(outlets[n] for n in item.sources)), tuple(sorted(e.text for e in item.evidence)))
        for item in comparison.agreed
    }


def _compare(tmp_path: Path, path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / path.stem
    folder.mkdir()
    return compare_fixture(folder, path)


def test_the_divers_sentence_is_cited_in_one_item_in_any_article_order(tmp_path: Path) -> None:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4
    found = [_silo_items(tmp_path, order) for order in ([0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1])]
    assert found[0] == found[1] == found[2], found
    divers = [item for item in found[0] if any("plongeurs" in t for t in item[1])]
    assert len(divers) == 1, divers
    assert {"El Puerto", "La Vigie", "Nordblatt"} <= set(divers[0][0]), divers
