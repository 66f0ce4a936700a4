"""A precise count another source gives vaguely is no "only X" (crosswire.compare.claims.single_vague).

A new user's fraud-trial story listed "Witnesses heard: 63" as only the wire's, though the Polish outlet gave the
witnesses as "kilkudziesięciu" (several dozen): related at 0.26, under the figure's bar, and no clash of values.
Texts invented; the values are what the facts stage reads (a vague number word: a count with a range, no value).
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.single_vague import vague_range, vaguely_elsewhere
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import FigureItem, FigureSlot, FigureValue, Item
from crosswire.facts.records import Claim, Value
from crosswire.model import Evidence


def _count(text: str, value: float | None = None, low: float | None = None, high: float | None = None) -> Value:
    exact = value is not None
    return Value(kind="count", text=text, start=0, end=len(text), value=value, low=low, high=high, exact=exact)


def _unit(index: int, source: int, text: str, lang: str, values: list[Value]) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=lang, values=values)
    return Unit(index=index, source=source, article=f"a{index}", claim=claim, text=text, position=0.5)


def _figure(u: Unit, label: str, shown: str, value: float) -> FigureItem:
    ev = Evidence(article=u.article, text=u.text, start=0, end=len(u.text))
    return FigureItem(
        summary=f"{label}: {shown} [1]",
        sources=[u.source],
        evidence=[ev],
        slot=FigureSlot(counted=label.lower()),
        values=[FigureValue(text=shown, value=value, sources=[u.source], evidence=[ev])],
    )


def _check(other_text: str, lang: str, vague: Value, score: float) -> set[int]:
    u = _unit(0, 1, "The hearing lasted nine days and the panel questioned 47 experts.", "en", [_count("47", 47.0)])
    v = _unit(1, 2, other_text, lang, [vague])
    found = ClaimAlignment(
        units=[u, v], pairs=[Pair(a=u, b=v, features=[], score=score)], groups=[], canonical={}, agree=0.5, related=0.25
    )
    items: list[Item] = [_figure(u, "Experts questioned", "47", 47.0)]
    return vaguely_elsewhere(items, found)


VAGUE = [
    ("Die Kommission befragte Dutzende Sachverständige.", "de", _count("Dutzende", low=24, high=100)),
    ("La comisión interrogó a decenas de expertos.", "es", _count("decenas", low=20, high=100)),
    ("Komisja przesłuchała kilkudziesięciu ekspertów.", "pl", _count("kilkudziesięciu", low=20, high=99)),
    ("The panel questioned dozens of experts over nine days.", "en", _count("dozens", low=24, high=100)),
]


@pytest.mark.parametrize(("text", "lang", "vague"), VAGUE)
def test_a_count_another_source_gives_vaguely_is_not_only_x(text, lang, vague):
    assert _check(text, lang, vague, score=0.27) == {0}  # before: "only X" (0.27 < the figure's bar, 0.5)


@pytest.mark.parametrize(("text", "lang", "vague"), VAGUE)
def test_an_unrelated_sentence_with_a_vague_count_says_nothing(text, lang, vague):
    assert _check(text, lang, vague, score=0.2) == set()


def test_a_vague_count_not_holding_the_figure_leaves_it_single():
    hundreds = _count("Hunderte", low=200, high=1000)
    assert _check("Hunderte Menschen verfolgten die Anhörung.", "de", hundreds, score=0.4) == set()


def test_an_open_bound_or_an_exact_count_is_no_vague_range():
    assert vague_range(_count("more than 20", low=20)) is None
    assert vague_range(_count("47", 47.0)) is None
    assert vague_range(_count("Dutzende", low=24, high=100)) == (24, 100)
