"""Nouns of a length of time after a number in each language ("vierzehn Monate", "catorce meses", "quattordici
mesi"): the figure readers count them as nouns, where English "14 months" is a duration. The words are
``data/time_lengths.toml``'s (years and days are concepts of ``data/concepts.toml`` already).
"""

from __future__ import annotations

from functools import lru_cache

from crosswire.vocab.data import data_toml


@lru_cache(maxsize=16)
def _nouns(language: str) -> dict[str, str]:
    """Noun of a length of time (lower case) -> its unit, for ``language``."""
    table = data_toml("time_lengths.toml")
    return {w: unit for unit, langs in table.items() for w in langs.get(language, [])}


def time_unit(noun: str, language: str | None) -> str | None:
    """The unit of time a counted noun names in ``language`` ("meses" -> "month", by its first word); None for
    none. Input: a counted noun as the figure reader keeps it, an ISO 639-1 code (None: English)."""
    words = noun.split()
    return _nouns(language or "en").get(words[0].lower()) if words else None
