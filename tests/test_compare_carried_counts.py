"""A count keyed by what it counts, not by a verb of carrying or containing: "was carrying 240 passengers"
and "had 310 passengers on board" are one measure and conflict; "240 passengers" and "3 passengers killed"
stay two. Invented three-outlet story (a ferry fire on the invented Lake Morrow, written for a new-user trial).
"""

from __future__ import annotations

import pytest

from crosswire.compare.records import Comparison
from test_compare_core import compare_texts

A = (
    "Ferry fire on Lake Morrow: three dead, dozens rescued\n\nKELLBRIDGE, Dravenia — A fire broke out on "
    "the passenger ferry Saint Alma on Lake Morrow on Saturday evening, killing three people, officials "
    "said.\n\nThe ferry was carrying 240 passengers and 12 crew when smoke was seen coming from its engine "
    "room shortly after 7 p.m., the regional coast guard said.\n\nHarbour master Tomasz Wierzbicki said "
    'rescue boats reached the ferry within 20 minutes. "Every boat in the harbour went out. Fishermen, '
    'tourists, everybody," he said.\n\nMost passengers were taken to Kellbridge, where 18 people were '
    "treated in hospital for smoke inhalation.\n\nThe cause of the fire is not yet known. The ferry "
    "operator, Morrow Lines, said it would cooperate fully with investigators."
)
B = (
    "Three killed as fire engulfs Lake Morrow ferry\n\nKELLBRIDGE — Three people died when fire swept "
    "through the ferry Saint Alma on Lake Morrow on Saturday, authorities said.\n\nThe vessel had 310 "
    "passengers on board when the fire started in the engine room at around 7 p.m., according to the "
    "ferry operator Morrow Lines.\n\nHarbour master Tomas Vierzbitsky told reporters that rescue boats "
    "reached the ferry within 20 minutes.\n\nEighteen people were treated in hospital in Kellbridge for "
    "smoke inhalation, the town's hospital said.\n\nThe Saint Alma, built in 1987, failed a safety "
    "inspection last spring and had been allowed to keep sailing after repairs, according to documents "
    "seen by Dravenia Today."
)
C = (
    "Lake Morrow ferry fire leaves three dead\n\nKELLBRIDGE, Dravenia — Three people were killed on "
    "Saturday when a fire broke out aboard the Saint Alma ferry on Lake Morrow, the regional coast guard "
    "said.\n\nThe fire started in the engine room shortly after 7 p.m. Rescue boats from Kellbridge reached"
    " the burning ferry within 20 minutes, harbour master Tomasz Wierzbicki said.\n\nIn Kellbridge, 18 "
    "people were treated in hospital for smoke inhalation.\n\nMorrow Lines, which operates the ferry, said "
    "it was cooperating with investigators and had suspended its other lake services until Monday."
)


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("a", "Lakeside Post", "2026-05-16", A),
        ("b", "Dravenia Today", "2026-05-16", B),
        ("c", "Morrow Gazette", "2026-05-16", C),
    ]
    return compare_texts(tmp_path_factory.mktemp("ferry"), rows)


def test_passengers_carried_and_passengers_on_board_conflict(ferry: Comparison) -> None:
    hits = [c for c in ferry.conflicts if "240" in c.summary and "310" in c.summary]
    assert hits, [c.summary for c in ferry.conflicts]
    assert not any("240" in it.summary and "310" in it.summary for it in ferry.agreed)


def test_passengers_killed_stay_another_measure(ferry: Comparison) -> None:
    for c in ferry.conflicts:
        labels = " ".join(s.label.lower() for s in c.sides)
        assert not ("three" in labels and ("240" in labels or "310" in labels)), c.summary


def test_a_claim_conflict_is_explained_in_one_sentence_with_its_sides(ferry: Comparison) -> None:
    """As the figure aligner's conflicts are: the reason, the measure and each side with its citations (a new
    user read "the sources give different values" alone as a fragment)."""
    (hit,) = [c for c in ferry.conflicts if "240" in c.summary and "310" in c.summary]
    assert hit.explanation.startswith("The sources give different values (passengers): "), hit.explanation
    sides = [f"{side.label} [{side.sources[0]}]" for side in hit.sides]
    assert all(side in hit.explanation for side in sides) and hit.explanation.endswith("."), hit.explanation
