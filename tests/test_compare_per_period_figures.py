"""A figure given for each of several periods is a rate, not one period's total: "Varga, 29, has scored at least
20 goals in each of the past five seasons" beside "Varga finished last season with 27 goals" agrees on no figure
(the alignment gold's tune2 half: "Homers hit: at least 30 [2], 33 [3]" was a false agreed item, a per-season floor
against one season's total). Invented text; the phrases of ``data/per_period.toml`` in six languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.scopes import per_period
from test_compare_core import compare_fixture

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "aligned" / "per-period-figures.jsonl"


@pytest.mark.parametrize(
    ("after", "language"),
    [
        ("20 goals in each of the past five seasons.", "en"),
        ("12,000 visitors every day.", "en"),
        ("3 million euros per year.", "en"),
        ("12.000 Besucher pro Tag.", "de"),
        ("3 millions d'euros par an.", "fr"),
        ("20 goles por temporada.", "es"),
        ("20 goli w każdym sezonie.", "pl"),
        ("20 голов в каждом сезоне.", "ru"),
    ],
)
def test_a_rate_is_per_period(after, language):
    assert per_period(after, language)


@pytest.mark.parametrize(
    ("after", "language"),
    [
        ("27 goals last season.", "en"),
        ("30 points, a season-high.", "en"),  # a hyphenated word is no phrase of a period
        ("3 million euros a year ago.", "en"),  # "a year" tells a time, and is no phrase of the table
        ("12.000 Besucher am Samstag.", "de"),
        ("27 goles la temporada pasada.", "es"),
    ],
)
def test_one_periods_figure_is_not(after, language):
    assert not per_period(after, language)


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("rate"), FIXTURE)


def test_a_rate_and_a_seasons_total_agree_on_no_figure(comparison):
    """Before: the agreed item "Goals scored: at least 20 [1], 27 [2]"."""
    texts = [ev.text for item in comparison.agreed for ev in item.evidence]
    assert not any("at least 20 goals" in t for t in texts)
    assert not any("27 goals" in t for t in texts)
    assert not any("at least 20 goals" in ev.text for c in comparison.conflicts for ev in c.evidence)


def test_the_sentences_that_agree_still_do(comparison):
    assert any(ev.text.startswith("The Hawks finished last") for item in comparison.agreed for ev in item.evidence)
