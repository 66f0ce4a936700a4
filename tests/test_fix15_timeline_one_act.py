"""One act on one day told by two outlets in different words is one timeline line citing both (invented text;
fix15 guard): new users reported a duplicate line for such a pair; these wordings give one line on main already,
and stay so.
"""

from __future__ import annotations

import pytest

from test_compare_core import compare_files

PAIRS = [
    (
        "TALHEIM (Nordwire) - Police arrested Talheim mayor Anna Berg on Monday, November 30, on suspicion of "
        "bribery, prosecutors said.",
        "Anna Berg, the mayor of Talheim, was taken into custody by police on Monday, November 30, over bribery "
        "allegations.",
    ),
    (
        "TALHEIM (Nordwire) - Officers detained the town's mayor, Anna Berg, at her home on Monday as part of a "
        "bribery inquiry.",
        "Prosecutors said Talheim's mayor was arrested on Monday. Anna Berg is suspected of taking bribes from a "
        "building firm.",
    ),
]


def _page(title: str, lead: str) -> str:
    return (
        f"{title}\n\nPublished: 2 December 2026\n\n{lead}\n\n"
        "Her lawyer said she denied the accusations and would fight them in court.\n"
    )


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=["dated", "weekday"])
def test_one_act_on_one_day_is_one_line(tmp_path, first: str, second: str) -> None:
    comparison = compare_files(
        tmp_path, {"a.txt": _page("Talheim mayor arrested", first), "b.txt": _page("Mayor of Talheim held", second)}
    )
    days = [line for line in comparison.timeline if line.date == "2026-11-30"]
    assert len(days) == 1, [(t.date, t.sources, t.text) for t in comparison.timeline]
    assert days[0].sources == [1, 2]
