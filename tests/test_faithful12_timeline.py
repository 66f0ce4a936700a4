"""A preview's planned day is no citation of the act done (faithful12).

Trial 40's timeline showed "2026-12-01 A court in Velmara on Tuesday sentenced Taras Hordiyenko ..." citing the
Ukrainian preview "У вівторок, 1 грудня, ... суд має оголосити вирок" (the court is to announce its verdict),
written the evening before: one act, past since the wire wrote it as past, so the preview's sentence read as a
report of the verdict. Now such a sentence is its own scheduled line (:func:`.timeline.planned_apart`).
Invented sentences in Ukrainian, German and Spanish beside an English report; near-misses: a report of the day
after it, and a line of previews only.
"""

from __future__ import annotations

import types
from datetime import date

import pytest

from crosswire.compare.claims import timeline
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import TimelineLine
from crosswire.facts.records import Value
from crosswire.model import Evidence
from invented import claim_unit

REPORT = ("en", "A court in Maren on Tuesday sentenced former mayor Ivan Dorosh to five years.", "Tuesday")
PREVIEWS = [
    ("uk", "У вівторок суд у Марені має оголосити вирок колишньому меру Івану Дорошу.", "вівторок"),
    ("de", "Am Dienstag soll das Gericht in Maren das Urteil gegen den früheren Bürgermeister verkünden.", "Dienstag"),
    ("es", "El tribunal de Maren dictará el martes la sentencia contra el exalcalde Iván Dorosh.", "martes"),
]
DAY = "2026-12-01"


def _unit(index: int, source: int, language: str, text: str, word: str, *, scheduled: bool, tense: str) -> Unit:
    at = text.index(word)
    v = Value(
        kind="date",
        text=word,
        start=at,
        end=at + len(word),
        unit="day",
        text_value=DAY,
        scheduled=scheduled,
        tense=tense,
    )
    return claim_unit(index, source, text, language, [v])


def _evidence(u: Unit) -> Evidence:
    return Evidence(article=u.article, outlet=None, text=u.text, start=0, end=len(u.text))


def _line(units: list[Unit], *, scheduled: bool = False) -> TimelineLine:
    return TimelineLine(
        date=DAY,
        text=units[0].text,
        sources=sorted(u.source for u in units),
        evidence=[_evidence(u) for u in units],
        scheduled=scheduled,
    )


def _data(units: list[Unit]):  # type: ignore[no-untyped-def]
    return types.SimpleNamespace(source_of={u.article: u.source for u in units})


@pytest.mark.parametrize(("language", "text", "word"), PREVIEWS)
def test_a_preview_beside_a_report_is_its_own_scheduled_line(language: str, text: str, word: str) -> None:
    report = _unit(0, 1, REPORT[0], REPORT[1], REPORT[2], scheduled=False, tense="past")
    preview = _unit(1, 2, language, text, word, scheduled=True, tense="future")
    line = _line([report, preview])
    published = {report.article: date(2026, 12, 1), preview.article: date(2026, 11, 30)}
    out = timeline.planned_apart(line, _data([report, preview]), [report, preview], published)
    assert [(x.sources, x.scheduled, x.text) for x in out] == [([2], True, text)]
    assert line.sources == [1] and [e.text for e in line.evidence] == [REPORT[1]]


@pytest.mark.parametrize(("language", "text", "word"), PREVIEWS)
def test_a_report_written_after_the_day_stays(language: str, text: str, word: str) -> None:
    """Near-miss: the second sentence reports the act as done (past, published after it): one line."""
    report = _unit(0, 1, REPORT[0], REPORT[1], REPORT[2], scheduled=False, tense="past")
    other = _unit(1, 2, language, text, word, scheduled=False, tense="past")
    line = _line([report, other])
    published = {report.article: date(2026, 12, 1), other.article: date(2026, 12, 2)}
    assert timeline.planned_apart(line, _data([report, other]), [report, other], published) == []
    assert line.sources == [1, 2]


def test_a_line_of_previews_only_keeps_its_sentences() -> None:
    """Near-miss: a scheduled line (every sentence a preview) is left as it is."""
    units = [
        _unit(i, i + 1, lang, text, word, scheduled=True, tense="future")
        for i, (lang, text, word) in enumerate(PREVIEWS)
    ]
    line = _line(units, scheduled=True)
    published = {u.article: date(2026, 11, 30) for u in units}
    assert timeline.planned_apart(line, _data(units), units, published) == []
    assert line.sources == [1, 2, 3]
