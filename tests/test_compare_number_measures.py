"""Across languages, two sentences are parted by their numbers only when the numbers apart measure one thing: "An
Bord des 42 Meter langen Schiffes waren 18 Mann Besatzung" and "El ferry ... con 18 tripulantes a bordo, de los
que tres siguen desaparecidos" share the crew of 18 and give a length and a count beside it, two facts, not two
values of one (a new user's trawler story left the German crew sentence out of the crew agreement, "kept apart by
a check of what each states"); "Vier Seeleute werden noch vermisst" and "... con 18 tripulantes a bordo, de los que
tres siguen desaparecidos" stay apart (two counts of the missing). Invented text, three languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.align import contradict
from test_compare_core import fixture_units, one_unit

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "aligned" / "crew-measures.jsonl"


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    return fixture_units(tmp_path_factory.mktemp("crew-units"), FIXTURE)


def test_a_length_beside_a_count_parts_nothing(units):
    data, all_units = units
    de = one_unit(all_units, "42 Meter langen")
    es = one_unit(all_units, "18 tripulantes")
    fr = one_unit(all_units, "Les 18 marins")
    assert not contradict(de, es, data)
    assert not contradict(de, fr, data)


def test_two_counts_of_one_thing_still_part(units):
    data, all_units = units
    de = one_unit(all_units, "Vier Seeleute")
    es = one_unit(all_units, "18 tripulantes")
    assert contradict(de, es, data)
