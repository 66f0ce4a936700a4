"""Agreed claims beside the story's conflicts (:func:`crosswire.compare.agreed.checked_against_conflicts`), on
invented sentences of a ferry grounding: sentences all on one side of a figure's conflict add nothing to it,
but sentences on one side of a conflict over the time, the day or a role still state the event itself."""

from __future__ import annotations

from crosswire.compare.agreed import checked_against_conflicts
from crosswire.compare.records import ClaimConflict, ClaimItem, ConflictSide
from crosswire.model import Evidence

GROUNDED = [
    Evidence(article="a1", text="The ferry ran aground on the Brannoch Shoal at 3.40am on Tuesday.", start=0, end=66),
    Evidence(article="a2", text="Le ferry s'est échoué mardi à 3 h 40 sur le haut-fond de Brannoch.", start=0, end=67),
]
LATER = Evidence(article="a3", text="The ferry struck the Brannoch Shoal at 4.40am on Tuesday.", start=0, end=58)
SOURCE_OF = {"a1": 1, "a2": 2, "a3": 3}


def _conflict(measure: str, reason: str) -> ClaimConflict:
    return ClaimConflict(
        summary=f"{measure}: 3.40 [1][2] vs 4.40 [3]",
        sources=[1, 2, 3],
        evidence=[*GROUNDED, LATER],
        measure=measure,
        reason=reason,  # type: ignore[arg-type]
        explanation="",
        sides=[
            ConflictSide(label="3.40", sources=[1, 2], evidence=GROUNDED),
            ConflictSide(label="4.40", sources=[3], evidence=[LATER]),
        ],
    )


AGREED = ClaimItem(summary=GROUNDED[0].text, sources=[1, 2], evidence=GROUNDED, score=0.98)


def test_an_event_on_one_side_of_a_time_conflict_stays_agreed() -> None:
    kept = checked_against_conflicts([AGREED], [_conflict("time of day", "different time")], SOURCE_OF)
    assert [k.sources for k in kept] == [[1, 2]]


def test_sentences_on_one_side_of_a_figure_conflict_are_that_side() -> None:
    kept = checked_against_conflicts([AGREED], [_conflict("people injured", "different value")], SOURCE_OF)
    assert kept == []
