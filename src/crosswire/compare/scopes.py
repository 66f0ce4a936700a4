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


def wider_holds(wide_low: float, narrow_high: float) -> bool:
    """Whether a wider area's figure (its lowest value) holds a narrower one's (its highest): a province's 31
    dead hold a town's 23; a province's 20 against a town's 23 still disagree."""
    return wide_low >= narrow_high
