"""Days of background acts: a day a sentence gives for an act it tells in the pluperfect, beside the act it
reports ("The coach ... had left Sofia late on Friday night and was heading to the ski resort ... when it left the
road at about 6:40 a.m."). The day is the departure's, not the crash's, so the sentence must not date a timeline
line by it: a new user's trial put the crash on Friday, beside the one outlet that gave Friday as the crash day,
as if the wire confirmed it.

Written by hand from a word list (``data/pluperfect.toml``, auxiliaries per language): the stored facts keep
verb lemmas, not tenses, and re-parsing at compare time would load a parser per language. Offsets are character
offsets into the cleaned body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.claims.units import SPEECH_TERMS, Unit
from crosswire.facts.records import Value
from crosswire.vocab.data import data_toml

# words before a day's phrase searched for the auxiliary ("had left the valley station late on Friday": seven)
WINDOW = 8
_WORD = re.compile(r"\w+|,|;|:|—|–")


@lru_cache(maxsize=1)
def _auxiliaries() -> dict[str, frozenset[str]]:
    """{language code: pluperfect auxiliaries} from ``data/pluperfect.toml``."""
    return {lang: frozenset(w.casefold() for w in words) for lang, words in data_toml("pluperfect.toml").items()}


def in_pluperfect(unit: Unit, day: Value) -> bool:
    """Whether ``day`` (a value of ``unit``'s sentence) stands in a clause whose verb is in the pluperfect: an
    auxiliary of the sentence's language among the :data:`WINDOW` words before the day's phrase, with no comma,
    semicolon, colon or dash between ("who had fled, was arrested on Friday" dates the arrest)."""
    aux = _auxiliaries().get(unit.language or "en")
    if not aux:
        return False
    before = unit.text[: max(0, day.start - unit.claim.start)]
    tokens = _WORD.findall(before.casefold())[-WINDOW:]
    for tok in reversed(tokens):
        if not tok[0].isalnum():
            return False
        if tok in aux:
            return True
    return False


def background_day(unit: Unit, day: Value) -> bool:
    """Whether ``day`` is the day of a background act of ``unit``'s sentence: it stands in a pluperfect clause
    (:func:`in_pluperfect`) and the sentence states another act beside it (two or more verbs that are not
    speech verbs). "He had arrived on Friday, police said" states only the arrival, dated by its day."""
    acts = [p for p in unit.claim.predicates if p not in SPEECH_TERMS]
    return len(acts) >= 2 and in_pluperfect(unit, day)
