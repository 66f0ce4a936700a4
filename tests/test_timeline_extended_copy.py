"""A wire story's sentence and its copy with a clause added are one timeline line
(crosswire.compare.claims.timeline._copy_of, _extended_copy).

A new user's airline story listed "Saldera Airways cancelled 140 flights on Tuesday, affecting about 21,000
passengers." (the wire) and the same sentence with ", several hundred of them travelling to or from Varnholm" (its
syndicated copy) as two lines of one day, each citing the wire. Texts invented.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.timeline import _copy_of, _extended_copy
from crosswire.compare.records import TimelineLine
from crosswire.model import Evidence


def _line(text: str, article: str, sources: tuple[int, ...] = (1,), date: str = "2026-03-04") -> TimelineLine:
    ev = Evidence(article=article, outlet=article, text=text, start=0, end=len(text))
    return TimelineLine(date=date, text=text, sources=list(sources), evidence=[ev])


PAIRS = [
    (
        "Tolvane Rail cancelled 90 trains on Wednesday, affecting about 12,000 commuters.",
        "Tolvane Rail cancelled 90 trains on Wednesday, affecting about 12,000 commuters, many of them from Orrin.",
    ),
    (
        "Der Hafen von Selvane blieb am Mittwoch für alle Frachtschiffe geschlossen.",
        "Der Hafen von Selvane blieb am Mittwoch für alle Frachtschiffe geschlossen, wie die Behörde mitteilte.",
    ),
    (
        "El puerto de Selvane permaneció cerrado el miércoles a todos los buques de carga.",
        "El puerto de Selvane permaneció cerrado el miércoles a todos los buques de carga, según el puerto.",
    ),
]


@pytest.mark.parametrize(("wire", "copy"), PAIRS)
def test_a_copy_with_a_clause_added_is_the_wires_line(wire: str, copy: str) -> None:
    a, b = _line(wire, "wire"), _line(copy, "copy")
    assert _extended_copy(a, b) and _extended_copy(b, a)
    assert _copy_of(b, [a]) is a  # failed before: ratio under 85


@pytest.mark.parametrize(("wire", "copy"), PAIRS)
def test_one_articles_two_sentences_or_two_sources_stay_two_lines(wire: str, copy: str) -> None:
    assert not _extended_copy(_line(copy, "wire"), _line(wire, "wire"))  # one article: two events it tells
    assert not _extended_copy(_line(copy, "other", (2,)), _line(wire, "wire"))  # another source: the aligner's


def test_different_sentences_of_one_source_stay_two_lines() -> None:
    a = _line("Tolvane Rail cancelled 90 trains on Wednesday, affecting about 12,000 commuters.", "wire")
    b = _line("Tolvane Rail said on Wednesday that 90 drivers had called in sick.", "copy")
    c = _line("Tolvane Rail cancelled 90 trains", "copy")  # under half the length: no copy of the sentence
    assert _copy_of(b, [a]) is None
    assert not _extended_copy(a, c)
