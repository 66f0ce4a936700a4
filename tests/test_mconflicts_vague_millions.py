"""Millions (and, in Ukrainian, tens, hundreds and thousands) as vague number nouns in the languages whose tables had
none (``vague_numbers`` of data/languages.toml, read by crosswire.facts.languages.vague). English reads "millions of
viewers" as 1-10 million and sets it against another outlet's "thousands of viewers"; the Polish "miliony widzów" of
the alignment gold's mtune half was read as nothing, so its "tysiące widzów" / "miliony widzów" disagreement had no
second value. (German "Millionen Zuschauer" and French "des millions de" are read by the scale reader as one million
exactly, before any vague noun: left, see the eleventh pass's mconflicts section.) Near-misses: a number before the
noun makes it a scale ("3 miliony": three million, exact)."""

from __future__ import annotations

from pathlib import Path

import pytest

from invented import paragraph_facts
from test_compare_core import compare_texts

PUBLISHED = "2026-01-02"


def _counts(language: str, text: str) -> list[tuple[float | None, float | None, float | None]]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return [(f.value, f.low, f.high) for f in facts.figures if f.type == "count"]


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("pl", "Tę wpadkę zobaczyły miliony widzów.", 1e6, 1e7),
        ("ru", "Этот концерт смотрели миллионы зрителей.", 1e6, 1e7),
        ("uk", "Цей концерт дивилися мільйони глядачів.", 1e6, 1e7),
        ("uk", "Тисячі людей вийшли на вулиці.", 1000, 10000),
        ("uk", "Сотні людей вийшли на вулиці.", 200, 1000),
    ],
)
def test_millions_are_a_vague_count(language: str, text: str, low: float, high: float) -> None:
    assert _counts(language, text) == [(None, low, high)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("pl", "Koncert obejrzały 3 miliony widzów.", 3e6),
        ("ru", "Концерт посмотрели 3 миллиона зрителей.", 3e6),
        ("uk", "Концерт подивилися дві тисячі глядачів.", 2000),
        ("de", "Drei Millionen Zuschauer sahen das Konzert.", 3e6),
        ("fr", "Trois millions de téléspectateurs ont vu le concert.", 3e6),
    ],
)
def test_a_number_before_the_noun_makes_it_a_scale(language: str, text: str, value: float) -> None:
    assert [v for v, _low, _high in _counts(language, text)] == [value]


PL = (
    "Wpadka na scenie\n\nPiosenkarka Lena Kos potknęła się na scenie podczas koncertu sylwestrowego w Zakopanem, a {n} "
    "widzów oglądały to w telewizji. Nadawca przeprosił."
)


def test_thousands_against_millions_of_one_audience_conflict(tmp_path: Path) -> None:
    rows = [("a", "Outlet A", PUBLISHED, PL.format(n="miliony")), ("b", "Outlet B", PUBLISHED, PL.format(n="tysiące"))]
    found = [(c.summary, c.reason) for c in compare_texts(tmp_path, rows).conflicts]
    assert [r for s, r in found if "miliony" in s and "tysiące" in s] == ["different value"], found


def test_one_audience_given_alike_is_no_conflict(tmp_path: Path) -> None:
    rows = [("a", "Outlet A", PUBLISHED, PL.format(n="miliony")), ("b", "Outlet B", PUBLISHED, PL.format(n="miliony"))]
    assert not compare_texts(tmp_path, rows).conflicts
