"""A person's gender from their first name, where the text shows none (no he/she after the name, no "Ms"/"Mr"):
"Seville mayor Carmen Ruiz Ortega said ... '...,' she told reporters" resolves the "she" to the woman even when
a man was named last. English marks no gender on a name's verbs and nouns, so the name itself is the evidence.

The names are gender-guesser's (PyPI ``gender-guesser`` 0.4.0, the ``names`` extra: GPLv3, so not in the base
install; a dictionary of about 40,000 first names by country, shipped in the package; nothing downloads). Only its
sure answers are taken: "male" and "female"; "mostly_male", "mostly_female" ("Kim", "Sasha"), "andy" (androgynous)
and "unknown" leave the person undecided. When the package is not installed the reader gives no gender (the text's
own evidence stands).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_SURE = {"male": "male", "female": "female"}


@lru_cache(maxsize=1)
def _detector() -> Any | None:
    """gender-guesser's detector (case-insensitive), loaded once (its name table parsed, ~0.3 CPU s, or read back
    from :func:`crosswire.table_cache.gender_detector`'s cache, ~0.07 s); None when the package is not installed."""
    from crosswire.table_cache import gender_detector

    try:
        return gender_detector(case_sensitive=False)
    except ImportError:
        return None


@lru_cache(maxsize=1 << 12)
def first_name_gender(first: str) -> str | None:
    """ "male" / "female" for a first name the dictionary is sure of ("Carmen" -> "female", "Pedro" -> "male");
    None for a name it gives as mostly one gender, androgynous or unknown, for a word of fewer than two letters
    or not capitalised ("the", "a"), and when gender-guesser is not installed. Input: one word as written."""
    if len(first) < 2 or not first[:1].isupper() or not first.isalpha():
        return None
    detector = _detector()
    if detector is None:
        return None
    return _SURE.get(detector.get_gender(first))
