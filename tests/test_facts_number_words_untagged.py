"""English counts the entity model leaves untagged or that follow a dateline's spaced dash: "Eleven people were
killed" gave no figure, and "MIROVETS, Bulgaria (BWS) - Nine people were killed" lost its nine (a new user's
coach crash: the death toll conflict 9 vs 11 was shown as an agreement). A hyphen glued to a number still
marks the second number of a score or a range."""

from __future__ import annotations

import pytest

from invented import paragraph_facts


def _counts(text: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in paragraph_facts("en", text, "2026-11-28").figures if f.type == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven people were killed when the coach left the road.", ("Eleven", 11)),
        ("Eleven people died on Saturday, police said.", ("Eleven", 11)),
        ("Fourteen Polish citizens were on board, the embassy said.", ("Fourteen", 14)),
        ("TARNOVA, Karovia (KNA) - Nine people were killed and 23 injured on Saturday.", ("Nine", 9)),
        ("TARNOVA - Seven miners were trapped after the roof fell in.", ("Seven", 7)),
    ],
)
def test_a_count_in_words_is_read(text: str, expected: tuple[str, int]) -> None:
    assert expected in _counts(text), _counts(text)


def test_a_hyphen_glued_to_a_number_is_still_a_score() -> None:
    counts = _counts("The home side won 5-3 after extra time.")
    assert ("3", 3) not in counts, counts
