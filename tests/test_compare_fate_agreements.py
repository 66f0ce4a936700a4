"""One fact, one agreed item, claiming no more than each cited sentence says. A pair of plain sentences holding
another item's lead joins that item. Beside a conflict over a named person's fate ("survived" / "zginął na
miejscu"), a sentence naming that person with no fate ("Пилот Марек Хольм, 41 год, доставлен в больницу")
agrees with no sentence giving one, however much else they share (the name, the age). Found by a new user's
coach crash, where "Водитель ... доставлен в больницу" was agreed with "survived with minor injuries and was
detained". Invented text, five languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.fates import _fates_in
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.items import agreed_items
from test_compare_core import compare_fixture, fixture_units, one_unit

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "aligned" / "seaplane-fate.jsonl"


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("fate"), FIXTURE)


def test_the_fate_is_disputed(comparison):
    fates = [c for c in comparison.conflicts if c.measure == "fate of Marek Holm"]
    assert len(fates) == 1


def test_no_item_agrees_a_fate_with_a_sentence_that_gives_none(comparison):
    for item in comparison.agreed:
        if item.kind != "claim":
            continue  # a figure item states its figure alone (the pilot's age), no claim of a fate
        about = [ev.text for ev in item.evidence if "Holm" in ev.text or "Хольм" in ev.text]
        told = {bool(_fates_in(t)) for t in about}
        assert len(told) <= 1, about


def test_the_sentences_without_a_fate_still_agree_with_each_other(comparison):
    """The Spanish and Russian sentences both say only that the pilot was taken to hospital."""
    # claims only: the pilot's age, 41 in all four sources, is an agreed figure item of its own (states36)
    items = [i for i in comparison.agreed if i.kind == "claim" and any("Хольм" in ev.text for ev in i.evidence)]
    assert len(items) == 1
    assert {ev.outlet for ev in items[0].evidence} == {"Озёрные вести", "Diario de los Lagos"}


# -- one fact agreed twice: merged into one item ----------------------------------------------------------


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    return fixture_units(tmp_path_factory.mktemp("fate-units"), FIXTURE)


_one = one_unit


@pytest.mark.parametrize("other", ["Rannych przewieziono do szpitali", "Los heridos fueron trasladados"])
def test_a_pair_holding_an_items_lead_joins_that_item(units, other):
    """A sentence agreed only with another item's lead ("Rannych przewieziono do szpitali w Ostrawie" with "Les
    blessés ont été transportés vers les hôpitaux d'Ostrava", which leads the item citing the English and Russian
    sentences: the English one gives a figure the others do not) is one more source of that item, not an item
    of its own, when neither gives a value."""
    data, all_units = units
    lead = _one(all_units, "Les blessés ont été transportés")
    big = [_one(all_units, "Four of the injured"), lead, _one(all_units, "Раненых доставили в больницы")]
    pair = [_one(all_units, other), lead]
    items = agreed_items(data, [Group(units=big, score=0.7), Group(units=pair, score=0.6)])
    assert len(items) == 1
    assert sorted(items[0].sources) == sorted({u.source for u in [*big, pair[0]]})
