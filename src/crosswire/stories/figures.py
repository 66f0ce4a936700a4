"""Specific figures of an article, written the same way in every language: the cross-language evidence of shared
numbers for the stories stage (:mod:`crosswire.stories.cluster`).

A report of a rate decision gives "5.75%", "5,75 %", "5,75 proc." or "5,75%" for one value whatever its language
or angle: the consumer feature, the markets follow-up and the French wire report of one cut share the new rate,
the old one and the inflation figure, while their 40-word leads embed apart and their words (TF-IDF) are not
comparable across languages. A **specific figure** here is a number with a decimal part of one or two digits
(``\\d{1,3}[.,]\\d{1,2}``), normalised to a dot and without trailing zeros: "5,75" and "5.75" are ``"5.75"``. Plain
integers are left out (years, counts, ages and days are shared by unrelated reports), and so is a separator
followed by three digits ("1,200", "1.200": a thousands group in one language is a decimal in another) or a
run of dotted numbers (dates "05.11.2026", versions "1.5.2").

Input: text (title and paragraphs). Output: the distinct figures, sorted. Never raises.
"""

from __future__ import annotations

import re

_FIGURE = re.compile(r"(?<![\w.,])(\d{1,3})[.,](\d{1,2})(?![\d]|[.,]\d)")


def specific_figures(text: str) -> tuple[str, ...]:
    """The distinct specific figures of ``text`` (see the module docstring), sorted: ``"5,75 %"`` and
    ``"5.75%"`` give ``("5.75",)``; ``"2.50"`` gives ``"2.5"``; ``"6.0"`` is left out (no decimal part left)."""
    found = set()
    for whole, frac in _FIGURE.findall(text):
        frac = frac.rstrip("0")
        if frac:
            found.add(f"{int(whole)}.{frac}")
    return tuple(sorted(found))


def shared_figures(mine: tuple[str, ...] | list[str], theirs: dict[str, int] | tuple[str, ...]) -> int:
    """How many distinct figures two sides share (an article's tuple, a story's counts or another tuple)."""
    return len(set(mine) & set(theirs))
