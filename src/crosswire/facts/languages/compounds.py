"""Lengths of time written as one compound adjective with a number in it: German "in einem knapp achtminütigen
Video", "die zweistündige Sitzung", "90-minütige Rede"; Russian "двухчасовое заседание"; Ukrainian "дводенний
візит"; Polish "dwugodzinne spotkanie" -> ``Value(kind="duration", value=8, unit="minute", noun="video")``,
the value the English reader gives "an eight-minute video" or "8.25 minutes long".

Why: the light readers read numbers as words of their own, and these compounds are one word whose number is
glued to the unit (mined set: "knapp achtminütigen Video" / "the 8.25 minutes long video" was never compared).
A qualifier word just before the compound ("knapp", "rund", "почти") is kept as the value's qualifier. The
stems and number parts are data (``data/compound_lengths.toml``); German number parts are read by
:func:`.numbers.word_number`. Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.facts.languages.lexicon import words_for
from crosswire.facts.languages.numbers import parse_number, word_number
from crosswire.facts.records import Value
from crosswire.vocab.data import data_toml

_NOUN_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")  # the noun the adjective stands before ("Video", "визит")
MAX_PART = 40  # letters of a number part read as a number word: "vierundzwanzig", "zweiundzwanzig"


@lru_cache(maxsize=16)
def _pattern(language: str) -> re.Pattern[str] | None:
    """The language's compound pattern: a number part (digits and a hyphen, or letters), a unit stem, an
    inflexion ending; None for a language with no stems in the data."""
    table = data_toml("compound_lengths.toml").get(language)
    if not table:
        return None
    stems = "|".join(sorted(map(re.escape, table["units"]), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(\d+(?:[.,]\d+)?-|[^\W\d_'’]['’\w]{{1,{MAX_PART}}}?)({stems})[^\W\d_]{{0,4}}(?![\w-])",
        re.IGNORECASE,
    )


def _number(part: str, language: str) -> float | None:
    """The value of a compound's number part: digits ("90-"), the language's table ("двух"), else a number
    word ("acht"); None when it is none of these ("mehr", "много")."""
    if part.endswith("-"):
        return parse_number(part[:-1], language)
    listed = data_toml("compound_lengths.toml")[language].get("numbers")
    if listed is not None:
        got = listed.get(part.lower())
        return float(got) if got is not None else None
    return word_number(part, language)


def _qualifier(text: str, at: int, language: str) -> str | None:
    """The qualifier word just before ``at`` ("knapp", "rund", "почти"), from the language's ``about``,
    ``more`` and ``less`` lists (``data/languages.toml``)."""
    words = words_for(language)
    before = text[:at].rstrip().lower()
    for w in sorted((*words.about, *words.more, *words.less), key=len, reverse=True):
        if before.endswith(w.lower()) and (len(before) == len(w) or not before[-len(w) - 1].isalnum()):
            return text[at - (len(text[:at]) - len(text[:at].rstrip())) - len(w) : at].strip()
    return None


def compound_durations(text: str, offset: int, language: str) -> list[Value]:
    """Every compound length of time in ``text`` (a sentence starting at body offset ``offset``) in
    ``language``: ``Value(kind="duration")`` with the value in its own unit, the noun it stands before (lower
    case) and a qualifier just before it; empty for a language with no compounds in the data."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    units = data_toml("compound_lengths.toml")[language]["units"]
    out = []
    for m in pattern.finditer(text):
        value = _number(m.group(1), language)
        if value is None or value <= 0:
            continue
        q = _qualifier(text, m.start(), language)
        start = m.start() - (len(text[: m.start()]) - len(text[: m.start()].rstrip()) + len(q)) if q else m.start()
        noun = _NOUN_AFTER.match(text, m.end())
        out.append(
            Value(
                kind="duration",
                text=text[start : m.end()],
                start=offset + start,
                end=offset + m.end(),
                value=value,
                unit=units[m.group(2).lower()],
                noun=noun.group(1).lower() if noun else None,
                qualifier=q,
                exact=q is None,
            )
        )
    return out
