"""A planned event keeps its mark on the timeline (dates11, invented text): an article written ahead says the
ministers "will meet on Thursday" (scheduled), an article of that Thursday says they "meet on Thursday" (not after
its publication day, a present: nothing says the meeting took place). The joined line stays "(scheduled)" unless a
source's own sentence states the act as done: a past verb on the day ("met on Thursday" in Thursday's paper), or a
report written after the day. Before, the line was scheduled only when every cited day was after its article's
publication day, and a user read that the meeting happened."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

AHEAD = {
    "en": "Fisheries ministers to meet\n\nEuropean fisheries ministers will meet in Brussels on Thursday to settle "
    "next year's cod quotas for the Baltic fleet, the council presidency said on Tuesday. Fishing groups plan a "
    "protest outside.",
    "es": "Los ministros de pesca se reunirán\n\nLos ministros de pesca europeos se reunirán en Bruselas el jueves "
    "para fijar las cuotas de bacalao del próximo año para la flota del Báltico, según la presidencia del Consejo.",
}
ON_THE_DAY = {
    "present": "Fisheries ministers meet on quotas\n\nEuropean fisheries ministers meet in Brussels on Thursday to "
    "settle next year's cod quotas for the Baltic fleet. Fishing groups plan a protest outside the building.",
    "progressive": "Fisheries ministers meet on quotas\n\nEuropean fisheries ministers are meeting in Brussels on "
    "Thursday to settle next year's cod quotas for the Baltic fleet. Fishing groups plan a protest outside.",
}
DONE = {
    "past": "Fisheries ministers agree quotas\n\nEuropean fisheries ministers met in Brussels on Thursday and "
    "settled next year's cod quotas for the Baltic fleet. Fishing groups held a protest outside the building.",
    "fr-past": "Les ministres de la pêche fixent les quotas\n\nLes ministres européens de la pêche se sont réunis "
    "jeudi à Bruxelles pour fixer les quotas de cabillaud de l'an prochain pour la flotte de la Baltique.",
    "perfect": "Fisheries ministers agree quotas\n\nEuropean fisheries ministers have met in Brussels on Thursday "
    "and settled next year's cod quotas for the Baltic fleet. Fishing groups held a protest outside.",
}
TUESDAY, THURSDAY, FRIDAY = "2027-03-09", "2027-03-11", "2027-03-12"


def _thursday(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> list[tuple[list[int], bool]]:
    comparison = compare_texts(tmp_path, rows)
    return [(line.sources, line.scheduled) for line in comparison.timeline if line.date == "2027-03-11"]


@pytest.mark.parametrize("ahead", sorted(AHEAD))
@pytest.mark.parametrize("day", sorted(ON_THE_DAY))
def test_a_plan_told_on_its_day_without_a_past_stays_scheduled(tmp_path: Path, ahead: str, day: str) -> None:
    rows = [("a", "Outlet a", TUESDAY, AHEAD[ahead]), ("b", "Outlet b", THURSDAY, ON_THE_DAY[day])]
    lines = _thursday(tmp_path, rows)
    assert lines and all(scheduled for _sources, scheduled in lines), lines
    assert any(len(sources) == 2 for sources, _ in lines), lines


@pytest.mark.parametrize("done", sorted(DONE))
def test_a_past_act_told_on_its_day_is_done(tmp_path: Path, done: str) -> None:
    rows = [("a", "Outlet a", TUESDAY, AHEAD["en"]), ("b", "Outlet b", THURSDAY, DONE[done])]
    lines = _thursday(tmp_path, rows)
    _done_and_planned_apart(lines)


def _done_and_planned_apart(lines: list[tuple[list[int], bool]]) -> None:
    """The act done is a line not scheduled citing the report; the article written ahead, which says only that it
    was planned, is a scheduled line of its own, never a citation of the act done (faithful12, trial 40)."""
    assert ([2], False) in lines, lines
    assert all(sources == [1] for sources, scheduled in lines if scheduled), lines
    assert not any(1 in sources for sources, scheduled in lines if not scheduled), lines


def test_a_report_written_after_the_day_is_done(tmp_path: Path) -> None:
    rows = [("a", "Outlet a", TUESDAY, AHEAD["en"]), ("b", "Outlet b", FRIDAY, DONE["past"])]
    lines = _thursday(tmp_path, rows)
    _done_and_planned_apart(lines)


def test_two_plans_written_ahead_are_scheduled(tmp_path: Path) -> None:
    rows = [("a", "Outlet a", TUESDAY, AHEAD["en"]), ("b", "Outlet b", TUESDAY, AHEAD["es"])]
    lines = _thursday(tmp_path, rows)
    assert lines and all(scheduled for _sources, scheduled in lines), lines
