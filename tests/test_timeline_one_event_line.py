"""A timeline line is one aligned event citing every source whose own sentence states it (issue 12): a wire's own
line of a council vote beside the line of that vote in four other sources is joined into it, and a source naming
the event's day but another hour is cited (the hours are a time conflict, not another event). A sentence paired at
the bar with one that only shares its topic does not join. Tested on stand-in sentences and lines; the event is
invented (a harbour crane collapse)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from crosswire.compare.claims import timeline as timeline_mod
from crosswire.compare.claims.timeline import _aligned_lines, states_figures
from crosswire.compare.records import TimelineLine
from crosswire.model import Evidence


def _u(index: int, source: int, article: str, start: int) -> Any:
    return SimpleNamespace(
        index=index, source=source, article=article, claim=SimpleNamespace(start=start, end=start + 50)
    )


def _ev(article: str, start: int, text: str = "x") -> Evidence:
    return Evidence(article=article, outlet=None, text=text, start=start, end=start + 50)


class _Found:
    def __init__(self, units: list[Any], pairs: list[tuple[Any, Any, float]], agree: float = 0.6) -> None:
        self.units, self.agree = units, agree
        self._by = {u.index: [] for u in units}
        for a, b, s in pairs:
            self._by[a.index].append((s, b))
            self._by[b.index].append((s, a))
        for v in self._by.values():
            v.sort(key=lambda x: -x[0])

    def counterparts(self, u: Any) -> list[tuple[float, Any]]:
        return self._by[u.index]

    agreeing_counterparts = counterparts  # the pair score itself: one score per pair here


@pytest.fixture(autouse=True)
def _no_other_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand-in sentences give no score, doer or state: none gives the other line's otherwise."""
    monkeypatch.setattr(timeline_mod, "gives_otherwise", lambda a, b: False)


def test_a_sentence_giving_the_line_otherwise_does_not_join(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline_mod, "gives_otherwise", lambda a, b: True)  # another final score, say
    vote = _line("2025-03-05", [RU, ES, DE], "vote")
    wire = _line("2025-03-05", [WIRE], "w")
    assert len(_aligned_lines([wire, vote], _Found([RU, WIRE, ES, DE], [(WIRE, ES, 0.87)]))) == 2


RU, WIRE, ES, DE = _u(0, 1, "ru", 0), _u(1, 2, "wire", 100), _u(2, 3, "es", 0), _u(3, 4, "de", 0)
QUOTE, LEAD = _u(4, 4, "de", 200), _u(5, 2, "wire", 0)


def _line(date: str, units: list[Any], text: str) -> TimelineLine:
    return TimelineLine(
        date=date,
        text=text,
        sources=sorted({u.source for u in units}),
        evidence=[_ev(u.article, u.claim.start) for u in units],
    )


def test_a_wires_own_line_of_one_vote_joins_the_line_of_the_others() -> None:
    vote = _line("2025-03-05", [RU, ES, DE], "Городской совет проголосовал ...")
    wire = _line("2025-03-05", [WIRE], "The harbour board voted on Wednesday ...")
    found = _Found([RU, WIRE, ES, DE], [(WIRE, ES, 0.87), (RU, ES, 0.9)])
    (line,) = _aligned_lines([wire, vote], found)
    assert line.sources == [1, 2, 3, 4] and line.text.startswith("Городской")
    assert {e.article for e in line.evidence} == {"ru", "wire", "es", "de"}


def test_lines_of_other_days_or_unpaired_stay_apart() -> None:
    vote = _line("2025-03-05", [RU, ES], "vote")
    other_day = _line("2025-03-06", [WIRE], "the crane fell")
    found = _Found([RU, WIRE, ES], [(WIRE, ES, 0.87)])
    assert len(_aligned_lines([vote, other_day], found)) == 2
    below = _Found([RU, WIRE, ES], [(WIRE, ES, 0.4)])
    assert len(_aligned_lines([vote, _line("2025-03-05", [WIRE], "w")], below)) == 2


def test_a_pair_at_the_bar_that_is_not_the_best_does_not_join() -> None:
    # the wire's lead pairs at 0.62 with a German quote on the same day, but its own rendering elsewhere scores 0.95
    quote = _line("2025-03-06", [QUOTE, RU], "«Вода безопасна» ...")
    lead = _line("2025-03-06", [LEAD], "A harbour crane collapsed ...")
    other = _u(6, 3, "es", 300)
    found = _Found([QUOTE, RU, LEAD, other], [(LEAD, QUOTE, 0.62), (LEAD, other, 0.95)])
    assert len(_aligned_lines([quote, lead], found)) == 2


def _value(kind: str, value: float) -> Any:
    return SimpleNamespace(kind=kind, value=value, low=None, high=None, text=str(value), unit=None, text_value=None)


def test_a_clock_time_is_no_figure_a_source_must_repeat() -> None:
    first = SimpleNamespace(values=[_value("date", 1), _value("time", 3.4)])
    other_hour = SimpleNamespace(values=[_value("date", 1), _value("time", 5.4)])
    assert states_figures(other_hour, first)
    counted = SimpleNamespace(values=[_value("count", 23)])
    other_count = SimpleNamespace(values=[_value("count", 32)])
    assert not states_figures(other_count, counted)
