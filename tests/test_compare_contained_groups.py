"""One claim is agreed once: a group of sentences that a larger group already holds (its sources all in the larger
group, a sentence shared, its other sentences copies in their source: a wire story and its re-run) is dropped. A
new user's court story listed the law's registration duty agreed by [1][2][3][4][5] and again by [1][3][4], the
second citing the wire where the first cited its re-run. Tested on stand-in sentences (source, article, index)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from crosswire.compare.claims.groups import Group, drop_contained


def _u(index: int, source: int, article: str) -> Any:
    return SimpleNamespace(index=index, source=source, article=article)


WIRE, RERUN = _u(1, 1, "wire"), _u(2, 1, "rerun")
RU, PL, ES, DE = _u(3, 2, "ru"), _u(4, 3, "pl"), _u(5, 4, "es"), _u(6, 5, "de")


def test_a_group_a_larger_one_holds_through_a_copy_is_dropped() -> None:
    big = Group(units=[RERUN, RU, PL, ES, DE], score=0.9)
    small = Group(units=[WIRE, PL, ES], score=0.8)
    assert drop_contained([big, small]) == [big]
    assert drop_contained([small, big]) == [big]


def test_groups_of_the_same_sources_are_both_kept() -> None:
    one = Group(units=[WIRE, PL, ES], score=0.9)
    copy = Group(units=[RERUN, PL, ES], score=0.8)  # one item citing both copies, made downstream
    assert drop_contained([one, copy]) == [one, copy]


def test_a_group_with_another_sentence_of_the_same_article_is_kept() -> None:
    big = Group(units=[WIRE, RU, PL], score=0.9)
    other_ru = _u(7, 2, "ru")  # the Russian article's next sentence: another claim the Polish one also states
    small = Group(units=[other_ru, PL], score=0.7)
    assert drop_contained([big, small]) == [big, small]


def test_a_group_with_a_source_the_larger_lacks_is_kept() -> None:
    big = Group(units=[RU, PL, DE], score=0.9)
    small = Group(units=[WIRE, PL], score=0.7)  # the wire's time of day differs from the German one
    assert drop_contained([big, small]) == [big, small]


def test_groups_sharing_no_sentence_are_kept() -> None:
    big = Group(units=[WIRE, RU, PL, ES, DE], score=0.9)
    small = Group(units=[_u(8, 2, "ru"), _u(9, 5, "de")], score=0.7)
    assert drop_contained([big, small]) == [big, small]
