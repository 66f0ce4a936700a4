"""A left sentence scored at or above the agreement bar names what kept it apart (class 6 of the eleventh pass,
crosswire.compare.kept_apart): "kept apart by a check of what each states" was said of a sentence that only the
grouping had kept apart (the other source's sentence was taken into another agreed item), and of one a check had
kept apart without naming the check. Texts invented.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from crosswire.compare.claims.pairs import Pair
from crosswire.compare.leftover import _left
from crosswire.compare.records import ClaimItem
from crosswire.model import Evidence


def _unit(index: int, source: int, language: str, text: str) -> Any:
    claim = SimpleNamespace(start=0, end=len(text), kind="body")
    return SimpleNamespace(
        index=index,
        source=source,
        article=f"a{source}",
        claim=claim,
        text=text,
        language=language,
        terms=frozenset(),
        attribution=frozenset(),
        values=[],
    )


def _found(mine: Any, other: Any, pairs: list, agreed: list, members: dict, units: list) -> Any:
    return SimpleNamespace(
        counterparts=lambda u: [(0.78, other)],
        agree=0.6,
        near=None,
        units=units,
        pairs=pairs,
        agreed=agreed,
        units_of=lambda item: members[id(item)],
    )


DATA = SimpleNamespace(bodies={}, outlets={}, canonical={})


def test_a_sentence_the_grouping_kept_apart_names_the_grouping_and_the_other_item() -> None:
    mine = _unit(0, 1, "de", "Die Fähre nach Lindavik fährt seit Montag wieder nach dem Fahrplan.")
    other = _unit(1, 2, "en", "The ferry to Lindavik has run to its timetable again since Monday.")
    third = _unit(2, 3, "fr", "Le ferry pour Lindavik circule de nouveau selon l'horaire depuis lundi.")
    ev = [Evidence(article="a2", text=other.text, start=0, end=len(other.text))]
    item = ClaimItem(summary=other.text, sources=[2, 3], evidence=ev)
    found = _found(mine, other, [], [item], {id(item): [other, third]}, [mine, other, third])
    reason = _left(mine, found, DATA).reason  # type: ignore[arg-type]
    assert "kept apart by the grouping" in reason, reason
    assert "[2]'s sentence is in another agreed item, with [3]" in reason, reason
    assert "a check of what each states" not in reason, reason


def test_a_sentence_in_no_item_with_the_other_names_the_grouping() -> None:
    mine = _unit(0, 1, "es", "El transbordador a Lindavik vuelve a circular según el horario desde el lunes.")
    other = _unit(1, 2, "en", "The ferry to Lindavik has run to its timetable again since Monday.")
    found = _found(mine, other, [], [], {}, [mine, other])
    reason = _left(mine, found, DATA).reason  # type: ignore[arg-type]
    assert "kept apart by the grouping: no agreed item holds both" in reason, reason


def test_a_check_that_fired_is_named() -> None:
    mine = _unit(0, 1, "pl", "Rzecznik portu napisał w komunikacie:")
    other = _unit(1, 2, "en", "The port's spokesman wrote in a statement that the ferry runs again.")
    pair = Pair(a=mine, b=other, features=[], score=0.78)
    found = _found(mine, other, [pair], [], {}, [mine, other])
    reason = _left(mine, found, DATA).reason  # type: ignore[arg-type]
    assert "kept apart by a check of what each states: one of them only leads in" in reason, reason


def test_under_the_bar_the_reason_is_unchanged() -> None:
    mine = _unit(0, 1, "it", "Il traghetto per Lindavik è tornato all'orario da lunedì.")
    other = _unit(1, 2, "en", "The ferry to Lindavik has run to its timetable again since Monday.")
    found = _found(mine, other, [], [], {}, [mine, other])
    found.counterparts = lambda u: [(0.41, other)]
    reason = _left(mine, found, DATA).reason  # type: ignore[arg-type]
    assert "under the agreement bar 0.60" in reason and "kept apart" not in reason, reason
