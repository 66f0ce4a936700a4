"""A sentence ending what its own neighbour began, in an agreed item, is no fact only its source reports
(crosswire.compare.claims.single_neighbours).

A new user's hostage story told in Spanish over two sentences what the French outlet told in one (the group's aim,
then its earlier kidnappings, its subject elided); the first was agreed with the French sentence, the second listed
"only" the Spanish outlet's at a cosine of 0.39 to it. Texts invented; cosines set by hand (the rule reads the
encoder's similarity matrix only).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.single_neighbours import NEIGHBOUR_COSINE, continues_agreed
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import EventItem, Item
from crosswire.facts.records import Claim
from crosswire.model import Evidence


class _Near:
    def __init__(self, sims: np.ndarray) -> None:
        self.sims = sims


def _units(first: tuple[str, str], second: str, other: tuple[str, str]) -> list[Unit]:
    """Two sentences of source 1 in one article (``first`` then ``second``, same language) and one of source 2."""
    (a, lang), (o, olang) = first, other
    units = []
    for i, (text, src, art, start, ln) in enumerate(
        [(a, 1, "s1", 0, lang), (second, 1, "s1", len(a) + 1, lang), (o, 2, "s2", 0, olang)]
    ):
        claim = Claim(id=f"c{i}", start=start, end=start + len(text), language=ln)
        units.append(Unit(index=i, source=src, article=art, claim=claim, text=text, position=i / 3))
    return units


def _item(units: list[Unit], *members: int) -> EventItem:
    evs = [
        Evidence(article=units[m].article, text=units[m].text, start=units[m].claim.start, end=units[m].claim.end)
        for m in members
    ]
    return EventItem(summary=units[members[0]].text, sources=sorted({units[m].source for m in members}), evidence=evs)


def _check(units: list[Unit], cosine: float, agreed_members: tuple[int, ...] = (0, 2)) -> set[int]:
    sims = np.full((3, 3), 0.2, dtype=np.float32)
    np.fill_diagonal(sims, 1.0)
    sims[1, 2] = sims[2, 1] = cosine
    found = ClaimAlignment(
        units=units,
        pairs=[],
        groups=[],
        canonical={},
        agree=0.5,
        related=0.25,
        near=_Near(sims),  # type: ignore[arg-type]
    )
    single: list[Item] = [_item(units, 1)]
    return continues_agreed(single, [_item(units, *agreed_members)], found)


CASES = [
    (
        ("El grupo, que reclama la autonomía de las tierras altas, no ha comentado la liberación.", "es"),
        "En el pasado ya había secuestrado a trabajadores extranjeros.",
        ("Le mouvement, qui revendique l'autonomie des hauts plateaux, avait déjà enlevé des étrangers.", "fr"),
    ),
    (
        ("Die Stadt hofft, schnell einen neuen Investor für das Gelände zu finden.", "de"),
        "Die Regierung hat zugesagt, bei der Suche zu helfen.",
        ("Le gouvernement cherchera un nouvel investisseur pour le site, a promis la ministre.", "fr"),
    ),
    (
        ("Il ponte era stato chiuso al traffico pesante già in primavera.", "it"),
        "Da allora lo attraversavano solo le auto.",
        ("The bridge had been closed to lorries since the spring, leaving it to cars alone.", "en"),
    ),
]


@pytest.mark.parametrize(("first", "second", "other"), CASES)
def test_a_sentence_ending_its_agreed_neighbours_claim_is_not_only_x(first, second, other):
    assert _check(_units(first, second, other), cosine=0.39) == {0}  # before: listed "only X"


@pytest.mark.parametrize(("first", "second", "other"), CASES)
def test_a_fact_of_its_own_beside_an_agreed_neighbour_stays_single(first, second, other):
    # new users' trials 33-36: sentences beside an agreed neighbour that only their source gives read 0.06-0.23
    assert _check(_units(first, second, other), cosine=0.23) == set()
    assert _check(_units(first, second, other), cosine=NEIGHBOUR_COSINE - 0.01) == set()


def test_the_neighbour_in_no_agreed_item_says_nothing():
    first, second, other = CASES[0]
    assert _check(_units(first, second, other), cosine=0.6, agreed_members=(2,)) == set()


def test_within_one_language_the_encoder_reads_the_scene_not_the_claim():
    first, second, _other = CASES[0]
    other = ("El movimiento ya había secuestrado antes a extranjeros, según el ejército.", "es")
    assert _check(_units(first, second, other), cosine=0.45) == set()


def test_a_sentence_naming_who_acts_is_a_claim_of_its_own():
    # the union leader's own charge, near the agreed rally's member through his name only
    first = ("Die Gewerkschaft rief für Samstag zu einer Kundgebung vor dem Werk auf.", "de")
    second = "Ihr Chef Tomas Berg warf der Firmenleitung vor, die Beschäftigten zu spät informiert zu haben."
    other = ("Tomas Berg, head of the union, said it would hold a rally outside the plant on Saturday.", "en")
    units = _units(first, second, other)
    units[1] = replace(units[1], entities=frozenset({"person:Tomas Berg"}))
    units[2] = replace(units[2], entities=frozenset({"person:Tomas Berg"}))
    assert _check(units, cosine=0.45) == set()
