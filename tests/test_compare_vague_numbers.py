"""Vague number nouns read as figures with their range, and compared with precise ones
(`facts/languages/vague.py`, `vague_numbers` in `data/languages.toml`, `[vague]` in `data/quantities.toml`).

A new user's planted cases: "una veintena de heridos", "une dizaine de", "ein Dutzend", "около двух десятков",
"kilkanaście osób", "a dozen", "scores of" gave no figure (or "a dozen" an exact 12), so a vague toll was never
set against another outlet's precise one. Each now reads as a range ("una veintena": 18-22, "kilkanaście":
11-19); a precise figure outside it conflicts as *vague vs precise*, one inside it agrees (the protocol in
bench/alignment/PROTOCOL.md). Invented plant, outlets and event.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from invented import KORVANE_LEAD, paragraph_facts
from test_compare_core import compare_texts

PUBLISHED = "2026-05-15"
LEAD = KORVANE_LEAD


def _figures(language: str, text: str) -> list[tuple[float | None, float | None, float | None, str | None]]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return [(f.value, f.low, f.high, f.concept) for f in facts.figures if f.type == "count"]


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "concept"),
    [
        ("es", "Una veintena de heridos fueron trasladados al hospital.", 18, 22, "injured"),
        ("es", "Decenas de vecinos fueron evacuados.", 20, 100, "person"),
        ("fr", "Une dizaine de maisons ont été détruites.", 9, 11, "house"),
        ("fr", "Une centaine de pompiers sont intervenus.", 90, 110, "firefighter"),
        ("de", "Ein Dutzend Menschen wurden verletzt.", 11, 13, "person"),
        ("de", "Dutzende Menschen wurden verletzt.", 24, 100, "person"),
        ("ru", "Около двух десятков человек пострадали.", 18, 22, "person"),  # 2 x 10, not a count of two
        ("ru", "Десятки человек пострадали.", 20, 100, "person"),
        ("pl", "Kilkanaście osób zostało rannych.", 11, 19, "person"),
        ("pl", "Kilkadziesiąt osób zostało rannych.", 20, 99, "person"),
        ("pl", "Dziesiątki osób zostały ranne.", 20, 100, "person"),
        ("en", "A dozen people were injured.", 11, 13, "person"),
        ("en", "A score of people were injured.", 18, 22, "person"),
        ("en", "Scores of people were injured.", 40, 200, "person"),
        # a qualifier before the noun or its article bounds the range
        ("es", "Más de una veintena de personas resultaron heridas.", 18, 180, "person"),
        ("fr", "Environ une vingtaine de personnes ont été blessées.", 18, 22, "person"),
        ("ru", "Более десятка человек пострадали.", 9, 90, "person"),
        ("pl", "Ponad kilkanaście osób zostało rannych.", 11, 110, "person"),
    ],
)
def test_a_vague_number_noun_is_one_figure_with_its_range(
    language: str, text: str, low: float, high: float, concept: str
) -> None:
    assert _figures(language, text) == [(None, low, high, concept)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les passagers ont été placés en quarantaine."),  # quarantine, no number: no partitive after it
        ("ru", "Две тысячи человек вышли на улицы."),  # a number and its scale, not "thousands"
        ("en", "The scores of the match were never published."),  # the results, no count
        ("en", "Two dozen people were injured."),  # a number times a scale: 24, exact
    ],
)
def test_words_that_are_no_vague_count_are_not_read_as_one(language: str, text: str) -> None:
    assert not any(value is None for value, *_ in _figures(language, text)), _figures(language, text)


def _compare(tmp_path: Path, sentences: dict[str, str]):
    rows = [(key, f"Outlet {key}", PUBLISHED, f"Korvane\n\n{LEAD[key[:2]]} {text}") for key, text in sentences.items()]
    return compare_texts(tmp_path, rows)


def _sides(comparison) -> list[list[str]]:
    return [sorted(ev.article for ev in side.evidence) for c in comparison.conflicts for side in c.sides]


PRECISE_23 = "Twenty-three people were injured in the blast, the fire service said."
VAGUE = {
    "en2": "A dozen people were injured in the blast, officials said.",
    "es": "Una veintena de personas resultaron heridas en la explosión, según los bomberos.",
    "fr": "Une dizaine de personnes ont été blessées dans l'explosion, selon les pompiers.",
    "de": "Ein Dutzend Menschen wurden bei der Explosion verletzt, teilte die Feuerwehr mit.",
    "ru": "Около двух десятков человек пострадали при взрыве, сообщили пожарные.",
    "pl": "Kilkanaście osób zostało rannych w wybuchu, podała straż pożarna.",
}


@pytest.mark.parametrize("key", sorted(VAGUE))
def test_a_precise_toll_outside_a_vague_ones_range_conflicts(tmp_path: Path, key: str) -> None:
    comparison = _compare(tmp_path, {"en": PRECISE_23, key: VAGUE[key]})
    assert [c.reason for c in comparison.conflicts] == ["vague vs precise"], [c.summary for c in comparison.conflicts]
    assert _sides(comparison) == [["en"], [key]]


@pytest.mark.parametrize(
    ("key", "vague", "inside", "outside"),
    [
        ("es", VAGUE["es"], "Twenty-one people were injured in the blast.", "Thirty"),
        ("ru", VAGUE["ru"], "Twenty-one people were injured in the blast.", "Thirty"),
        ("pl", VAGUE["pl"], "Fifteen people were injured in the blast.", "Twenty-two"),
        ("de", VAGUE["de"], "Twelve people were injured in the blast.", "Seventeen"),
        ("fr", "Une vingtaine de personnes ont été blessées dans l'explosion.", "Nineteen people were injured.", "26"),
    ],
)
def test_a_precise_toll_inside_a_vague_ones_range_agrees(
    tmp_path: Path, key: str, vague: str, inside: str, outside: str
) -> None:
    """The precise toll inside the range stands on the vague one's side; a third outlet's toll outside it is
    the other side."""
    far = f"{outside} people were injured in the blast, a hospital spokesman said."
    comparison = _compare(tmp_path, {"en": inside, key: vague, "en3": far})
    assert sorted(_sides(comparison)) == sorted([["en"], sorted(["en", key]), ["en3"], ["en3"]]), [
        c.summary for c in comparison.conflicts
    ]
