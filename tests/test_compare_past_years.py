"""Counts stated about a past event are not this event's (`compare/claims/past.py`), in six languages.

A new user's case: "The plant, which employs 420 people, ... an explosion in 1998 killed two workers" set the
1998 deaths against the three workers killed in this week's blast, as a conflict. A figure whose own clause is
dated to a year before publication ("in 1998", "last year", "в 2015 году", "w ubiegłym roku", "En 2010, ...")
is a figure of that year: it is neither agreed with nor set against the event's figures, while the same
sentence without the year still conflicts. Invented plant, outlets and events.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from invented import KORVANE_LEAD
from test_compare_core import compare_texts

PUBLISHED = "2026-05-15"
LEAD = KORVANE_LEAD
OUTLETS = {"en": "Varena Post", "es": "El Heraldo", "fr": "Le Matin", "de": "Tagesblatt", "ru": "Вести", "pl": "Gazeta"}
TODAY = "Three workers were killed in the blast, the company said."

# (language, the past figure with its year, the same sentence with no year)
PAST = [
    ("en", "An explosion in 1998 killed two workers at the plant.", "An explosion killed two workers at the plant."),
    ("en", "Last year an explosion killed two workers at the plant.", "An explosion killed two workers at the plant."),
    ("en", "In April 2019 an explosion killed two workers.", "An explosion killed two workers."),
    ("en", "Last June an explosion killed two workers at the plant.", "An explosion killed two workers at the plant."),
    ("fr", "En 2010, une explosion avait tué deux ouvriers.", "Une explosion a tué deux ouvriers."),
    ("fr", "L'an dernier, une explosion avait tué deux ouvriers.", "Une explosion a tué deux ouvriers."),
    ("es", "En 2010 una explosión mató a dos trabajadores.", "Una explosión mató a dos trabajadores."),
    ("es", "El año pasado una explosión mató a dos trabajadores.", "Una explosión mató a dos trabajadores."),
    ("de", "Im Jahr 2010 tötete eine Explosion zwei Arbeiter.", "Eine Explosion tötete zwei Arbeiter."),
    ("de", "Im vergangenen Jahr tötete eine Explosion zwei Arbeiter.", "Eine Explosion tötete zwei Arbeiter."),
    ("ru", "В 2015 году взрыв на заводе унёс жизни двух рабочих.", "Взрыв на заводе унёс жизни двух рабочих."),
    ("ru", "В прошлом году взрыв на заводе унёс жизни двух рабочих.", "Взрыв на заводе унёс жизни двух рабочих."),
    ("pl", "W 2019 roku wybuch w zakładzie zabił dwóch pracowników.", "Wybuch w zakładzie zabił dwóch pracowników."),
    (
        "pl",
        "W ubiegłym roku wybuch w zakładzie zabił dwóch pracowników.",
        "Wybuch w zakładzie zabił dwóch pracowników.",
    ),
]


def _compare(tmp_path: Path, language: str, sentence: str):
    other = "en2" if language == "en" else language
    rows = [
        ("en", OUTLETS["en"], PUBLISHED, f"Korvane\n\n{LEAD['en']} {TODAY}"),
        (other, OUTLETS[language] + " 2", PUBLISHED, f"Korvane\n\n{LEAD[language]} {sentence}"),
    ]
    return compare_texts(tmp_path, rows)


@pytest.mark.parametrize(("language", "past", "undated"), PAST)
def test_a_count_of_a_past_year_is_not_compared_with_this_events(
    tmp_path: Path, language: str, past: str, undated: str
) -> None:
    (tmp_path / "past").mkdir()
    (tmp_path / "now").mkdir()
    dated = _compare(tmp_path / "past", language, past)
    assert not dated.conflicts, [c.summary for c in dated.conflicts]
    # the control: the same count with no year is this event's, and conflicts with "three"
    plain = _compare(tmp_path / "now", language, undated)
    assert [c.reason for c in plain.conflicts] == ["different value"], [c.summary for c in plain.conflicts]


def test_the_years_clause_alone_is_scoped(tmp_path: Path) -> None:
    """The user's sentence: the plant's 420 employees are no figure of 1998, the two workers killed are; the
    three workers killed this week are still set against another outlet's four."""
    rows = [
        (
            "a",
            "Varena Post",
            PUBLISHED,
            f"Korvane\n\n{LEAD['en']} The plant, which employs 420 people, was hit by an explosion in 1998 that "
            f"killed two workers. {TODAY}",
        ),
        ("b", "Tagesblatt", PUBLISHED, f"Korvane\n\n{LEAD['de']} Vier Arbeiter kamen bei der Explosion ums Leben."),
        ("c", "Le Matin", PUBLISHED, f"Korvane\n\n{LEAD['fr']} En 1998, une explosion avait tué deux ouvriers."),
    ]
    comparison = compare_texts(tmp_path, rows)
    sides = [sorted(ev.text for side in c.sides for ev in side.evidence) for c in comparison.conflicts]
    assert len(sides) == 1 and all("1998" not in text for text in sides[0]), sides
    assert any("Vier Arbeiter" in text for text in sides[0]) and any(text == TODAY for text in sides[0]), sides


def test_a_year_in_a_later_clause_does_not_date_the_count_before_it(tmp_path: Path) -> None:
    """ "Three workers were killed on Tuesday, the worst toll since an explosion in 1998": the three are this
    week's, and conflict with another outlet's four; a year dates only its own clause and those after it."""
    rows = [
        (
            "a",
            "Varena Post",
            PUBLISHED,
            f"Korvane\n\n{LEAD['en']} Three workers were killed in the blast, the worst toll at the plant since an "
            "explosion in 1998.",
        ),
        ("b", "Tagesblatt", PUBLISHED, f"Korvane\n\n{LEAD['de']} Vier Arbeiter kamen bei der Explosion ums Leben."),
    ]
    comparison = compare_texts(tmp_path, rows)
    assert [c.reason for c in comparison.conflicts] == ["different value"], [c.summary for c in comparison.conflicts]
