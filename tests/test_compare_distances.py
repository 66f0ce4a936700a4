"""A length measured from a landmark is one figure in every wording: "came to rest 150 metres beyond the runway" and
"stopped 200 metres past the end of the runway" give two values of one distance. Before, the word after the
number ("beyond", "past") was taken for what it counts, so the two were never paired: a new user's runway story
listed "Only B reports: about 200 metres" and kept A's figure apart. Invented text; different landmarks or
relations are different distances."""

from __future__ import annotations

from test_compare_core import compare_texts

LEAD_A = "A cargo plane overran the runway at Kelm airport on Saturday, the airport said."
LEAD_B = "A cargo jet skidded off the runway at Kelm airport on Saturday, officials said."


def _compare(tmp_path, a: str, b: str):
    return compare_texts(
        tmp_path,
        [
            ("a", "Kelm Courier", "2026-11-29", f"{LEAD_A} {a}"),
            ("b", "Dravna Daily", "2026-11-29", f"{LEAD_B} {b}"),
        ],
    )


def _figures(items) -> list:
    return [i for i in items if getattr(i, "measure", None) or getattr(i, "values", None)]


def test_one_distance_in_two_wordings_conflicts(tmp_path):
    comparison = _compare(
        tmp_path,
        "The plane came to rest in a field 150 metres beyond the runway, the operator said.",
        "It stopped 200 metres past the end of the runway, according to the operator.",
    )
    conflict = next((c for c in comparison.conflicts if "runway" in (getattr(c, "measure", "") or c.summary)), None)
    assert conflict is not None, comparison.conflicts
    assert {ev.article for side in conflict.sides for ev in side.evidence} == {"a", "b"}
    assert not any("200 metres" in getattr(i, "summary", "") for i in comparison.single_source)


def test_one_distance_in_two_wordings_agrees(tmp_path):
    comparison = _compare(
        tmp_path,
        "The plane came to rest in a field 150 metres beyond the runway, the operator said.",
        "It stopped 150 metres past the end of the runway, according to the operator.",
    )
    assert not comparison.conflicts
    assert not comparison.single_source or all("150" not in getattr(i, "summary", "") for i in comparison.single_source)


def test_distances_from_different_landmarks_are_not_compared(tmp_path):
    comparison = _compare(
        tmp_path,
        "The plane came to rest 150 metres beyond the runway, the operator said.",
        "It stopped 200 metres from the terminal building, according to the operator.",
    )
    assert not any("runway" in getattr(c, "measure", "") for c in comparison.conflicts)


def test_a_bound_or_a_bracketed_conversion_sets_no_distance_against_another(tmp_path):
    """ECB+ gave "less than 25 km (15 miles) from the border" (a camp) against "only 10 miles from the border"
    and "nine kilometres from the border" (a village): a bound and its conversion are no value to set against
    another place's distance."""
    comparison = _compare(
        tmp_path,
        "The camp is less than 40 kilometres (25 miles) from the border, aid workers said.",
        "Others fled to Varn village, only 10 miles from the border, aid workers said.",
    )
    assert not any("border" in (getattr(c, "measure", "") or c.summary) for c in comparison.conflicts)
