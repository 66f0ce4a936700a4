"""Debts paid without changing any output: the Polish past-plural endings of the perfective-future rule read from
``data/languages.toml`` (no longer written in ``dates.perfective_future``), the claim aligner's helpers that
``compare/kept_apart.py`` re-runs public in ``compare/claims/align.py``, and one generator of compared gold events
for the two single-source bench scripts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crosswire.compare import kept_apart
from crosswire.compare.claims import align
from crosswire.facts.languages.dates import perfective_future
from crosswire.facts.languages.lexicon import words_for

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_the_polish_past_plural_endings_are_data() -> None:
    pl = words_for("pl")
    assert pl.past_plural_endings == ("ły", "ęli")
    assert pl.past_stem_endings == ("li",)
    assert words_for("uk").past_plural_endings == () and words_for("de").past_stem_endings == ()


@pytest.mark.parametrize(
    ("word", "future"),
    [
        ("przedstawi", True),  # perfective non-past: the future
        ("pozwoli", True),  # "-li" not on the infinitive's own stem ("pozwolić")
        ("zbierze", True),
        ("zakończyły", False),  # past plurals
        ("przyjęli", False),
        ("podpisali", False),  # "-li" on the stem of "podpisać"
        ("zakończyli", False),
        ("przedstawia", False),  # imperfective present
        ("uszkodzony", False),  # participle
    ],
)
def test_polish_perfective_futures_read_as_before(word: str, future: bool) -> None:
    assert perfective_future(word, words_for("pl")) is future


def test_kept_apart_imports_no_private_helper_of_the_claim_aligner() -> None:
    source = Path(kept_apart.__file__).read_text(encoding="utf-8")
    block = source.split("from crosswire.compare.claims.align import (", 1)[1].split(")", 1)[0]
    names = [n.strip() for n in block.split(",") if n.strip()]
    assert names and not [n for n in names if n.startswith("_")]
    for name in ("acts_alone", "value_measure", "same_number", "unit_numbers", "values_disagree"):
        assert callable(getattr(align, name))


def test_the_single_source_bench_scripts_share_one_generator_of_compared_events() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import compared_events
        import single_source_misses
        import single_source_rules
    finally:
        sys.path.remove(str(BENCH))
    assert single_source_rules.compared_events is compared_events.compared_events
    assert single_source_misses.compared_events is compared_events.compared_events
    for script in ("single_source_rules.py", "single_source_misses.py"):
        text = (BENCH / script).read_text(encoding="utf-8")
        assert "load_story_data" not in text and "Store(" not in text
