"""A weekday set for a gathering that was called: "appelle à un rassemblement samedi", "convocó una concentración
el sábado", "called a rally on Saturday". The calling is past or present, the gathering still to come, so the
weekday is the coming one in any language (:func:`called_for`; the words are ``data/gatherings.toml``).

Read on the words alone, before the weekday: no parser tells a gathering's day from the day of calling it, and
the order of the words does. "convocó el sábado una concentración" (the weekday before the noun) is the day of
convening and is not read here; "la manifestación convocada el sábado" (the noun before its verb) neither, since
a report after the day writes it so.
"""

from __future__ import annotations

import re
from functools import cache

from crosswire.vocab.data import data_toml

NOUN_REACH = 7  # words between a gathering noun and its weekday at most: "a rally outside the plant gates on Saturday"
CALL_REACH = 6  # words between the verb of calling and the gathering noun at most: "appelle à un rassemblement"
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_CLAUSE_END = re.compile(r"[,;:.!?«»\"“”„()]")


@cache
def _words(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(gathering-noun beginnings, calling-verb beginnings) of ``language``; empty where the table has none."""
    table = data_toml("gatherings.toml")
    return tuple(table["nouns"].get(language, ())), tuple(table["calls"].get(language, ()))


@cache
def _calls_off(language: str) -> frozenset[str]:
    """The words right after a verb of calling that make it a calling off (``[calls_off]``: "called off")."""
    return frozenset(data_toml("gatherings.toml").get("calls_off", {}).get(language, ()))


def _noun(word: str, nouns: tuple[str, ...], language: str) -> bool:
    return word.startswith(nouns) or (language == "de" and len(word) > 6 and any(word.endswith(n) for n in nouns))


def called_for(before: str, language: str) -> bool:
    """Whether the weekday right after ``before`` (its sentence's text up to the weekday) is the day a gathering
    is called for: a gathering noun among the :data:`NOUN_REACH` words before it in its clause, and a verb of
    calling among the :data:`CALL_REACH` words before that noun. Input: text, ISO 639-1 code; False for a
    language the table lacks."""
    nouns, calls = _words(language)
    if not nouns:
        return False
    clause = _CLAUSE_END.split(before)[-1]
    words = _WORD.findall(clause.lower())
    for i in range(len(words) - 1, max(-1, len(words) - 1 - NOUN_REACH), -1):
        if _noun(words[i], nouns, language):
            off = _calls_off(language)
            return any(
                w.startswith(calls) and not (j + 1 < i and words[j + 1] in off)
                for j, w in enumerate(words[:i], start=0)
                if j >= i - CALL_REACH
            )
    return False
