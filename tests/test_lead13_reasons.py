"""A left sentence's reason prints its pair's score beside the agreement bar: a score under the bar never prints as
the bar itself (a reader saw "alignment score 0.60, under the agreement bar 0.60" for a score of 0.598)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosswire.compare.leftover import _two_figures


def test_a_score_just_under_the_bar_prints_under_it() -> None:
    assert _two_figures(0.598, 0.6) == ("0.59", "0.60")
    assert _two_figures(0.5999999, 0.6) == ("0.59", "0.60")


def test_two_decimal_scores_print_as_they_are() -> None:
    assert _two_figures(0.58, 0.6) == ("0.58", "0.60")
    assert _two_figures(0.29, 0.6) == ("0.29", "0.60")
    assert _two_figures(0.6, 0.6) == ("0.60", "0.60")
    assert _two_figures(0.764, 0.6) == ("0.76", "0.60")


@given(st.floats(min_value=0.0, max_value=1.0), st.floats(min_value=0.05, max_value=0.95))
def test_printed_score_is_on_the_same_side_of_the_printed_bar(score: float, bar: float) -> None:
    shown, shown_bar = _two_figures(score, round(bar, 2))
    if score < round(bar, 2):
        assert float(shown) < float(shown_bar)
    else:
        assert float(shown) >= float(shown_bar)
