"""Two things one person said are not one claim: sentences of one language that share only their speaker's
name and role (and a verb of saying) are never agreed, nor joined into a group through another sentence.
Invented three-outlet story (a mine flood in the invented town of Brakvell); the negative case, one
statement reported by two outlets in other words, stays agreed.
"""

from __future__ import annotations

import pytest

from crosswire.compare.records import Comparison
from test_compare_core import compare_texts

A = (
    "Water flooded the lower galleries of the Brakvell tin mine on Thursday, trapping eleven miners. "
    "Mine safety director Oskar Helle said on Thursday that pumps from two neighbouring pits were already "
    "at the shaft. The miners' union called for the mine to stay shut until an inquiry reports."
)
B = (
    "Eleven miners were trapped when water flooded the lower galleries of the Brakvell tin mine on Thursday. "
    "Oskar Helle, the mine safety director, said on Thursday that the trapped men had air and drinking water "
    "in a sealed refuge chamber. Families waited through the night at the pit gate."
)
C = (
    "Rescuers fought on Thursday to reach eleven miners trapped by flooding in the Brakvell tin mine. Pumps "
    "brought in from two neighbouring pits were already at the shaft, the mine safety director said. "
    "The mine's owner, Brakvell Minerals, said it would pay for the rescue."
)


@pytest.fixture(scope="module")
def mine(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("a", "Brakvell Echo", "2025-03-07", A),
        ("b", "County Standard", "2025-03-07", B),
        ("c", "Western Wire", "2025-03-07", C),
    ]
    return compare_texts(tmp_path_factory.mktemp("mine"), rows)


def _agreed_with(c: Comparison, text: str) -> list:
    return [it for it in c.agreed if any(text in ev.text for ev in it.evidence)]


def test_two_things_one_person_said_are_not_agreed(mine: Comparison) -> None:
    refuge = _agreed_with(mine, "sealed refuge chamber")
    assert not any(any("pumps from two" in ev.text for ev in it.evidence) for it in refuge), [
        (it.summary, [ev.text for ev in it.evidence]) for it in refuge
    ]


def test_one_statement_in_other_words_stays_agreed(mine: Comparison) -> None:
    pumps = _agreed_with(mine, "pumps from two neighbouring pits")
    assert any(any("Pumps brought in" in ev.text for ev in it.evidence) for it in pumps), [
        (it.summary, [ev.text for ev in it.evidence]) for it in mine.agreed
    ]
