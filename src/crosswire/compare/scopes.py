"""Figures given for a wider area than a named place ("The earthquake killed 31 people across the province" beside
"The earthquake killed 23 people in Ostrand"): two scopes, the wider holding the narrower, not a disagreement
between sources. The phrases are data (``data/wide_scopes.toml``, per language); used by the claim comparison
(:mod:`crosswire.compare.claims.values`) and the figure aligner (:mod:`crosswire.compare.figures.pairing`)."""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.vocab.data import data_toml


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """Language -> a pattern of its phrases of a wider scope, matched at a word start."""
    return {
        lang: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + r")")
        for lang, ws in data_toml("wide_scopes.toml").items()
    }


@lru_cache(maxsize=1 << 14)
def wide_scope(text: str, language: str | None) -> bool:
    """Whether ``text`` (a sentence, in ``language``, ISO 639-1; None reads English) gives its figure for a
    wider area than a place: "across the province", "nationwide", "по всей стране"."""
    pat = _patterns().get(language or "en")
    return pat is not None and pat.search(text.lower()) is not None


@lru_cache(maxsize=1)
def _part_patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Language -> (its words of a part, its words of the whole), each one pattern matched at a word start."""
    table = data_toml("part_scopes.toml")

    def pattern(words: list[str]) -> re.Pattern[str]:
        if not words:
            return re.compile(r"(?!)")
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")")

    return {lang: (pattern(words), pattern(table["whole"].get(lang, []))) for lang, words in table["part"].items()}


@lru_cache(maxsize=1 << 14)
def part_scope(text: str, language: str | None) -> bool:
    """Whether ``text`` (a sentence, in ``language``, ISO 639-1; None reads English) gives its figure for one part
    of an organisation or a study ("At the Basel centre, 62 patients were enrolled", "в одном из центров") and
    does not say it is the whole ("in total", "insgesamt"): ``data/part_scopes.toml``."""
    pats = _part_patterns().get(language or "en")
    if pats is None:
        return False
    low = text.lower()
    return pats[0].search(low) is not None and pats[1].search(low) is None


def wider_holds(wide_low: float, narrow_high: float) -> bool:
    """Whether a wider area's figure (its lowest value) holds a narrower one's (its highest): a province's 31
    dead hold a town's 23; a province's 20 against a town's 23 still disagree."""
    return wide_low >= narrow_high


@lru_cache(maxsize=1)
def _period_patterns() -> dict[str, re.Pattern[str]]:
    """Language -> a pattern of its phrases of a figure given per period (``data/per_period.toml``), matched at
    a word start and a word end."""
    return {
        lang: re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + r")(?![\w-])"
        )
        for lang, ws in data_toml("per_period.toml").items()
    }


@lru_cache(maxsize=1 << 14)
def per_period(after: str, language: str | None) -> bool:
    """Whether ``after`` (the figure's sentence from the figure on, in ``language``, ISO 639-1; None reads
    English) gives the figure for each of several periods, a rate: "... at least 30 homers ... in each of the past
    five seasons", "12 000 Besucher pro Tag", "3 millions d'euros par an". Such a figure and one period's figure
    are two measures (:func:`crosswire.compare.figures.pairing._link`)."""
    pat = _period_patterns().get(language or "en")
    return pat is not None and pat.search(after.lower()) is not None
