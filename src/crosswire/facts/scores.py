"""A match's score as one typed value in every language read: "beim Stand von 1:1" / "abandoned at 1-1" / "que iba
1-1" / "2 à 1" / "со счётом 2:1" -> ``Value(kind="tally", noun="score", value=higher, low=lower, high=higher)``.

Before, the facts stage read "1-1" as a count of 1 (English) or two counts of 1 (Spanish) and "1:1" as nothing
(German), so three outlets' "abandoned at 1-1" and a fourth's "beim Stand von 1:1" shared no value and the German
sentence was shown as the one outlet's own (a new user's balloon-on-the-pitch story, newuser14). A score is
written "2:1" in German, Polish, Russian, Ukrainian and French, "2-1" in English and Spanish, "2 a 1" in Spanish,
Italian and Portuguese, "2 à 1" in French; read here as the higher side against the lower, so "2-1" and "1-2"
(the loser's side first) are one value.

Two numbers of at most three digits joined by "-", "–", ":" or a word of the language's ``joiners`` are a score
when the sentence holds a word of a match or its score (``context`` in ``data/match_scores.toml``), the pair is
not part of a longer run ("12-5-3", "6-4, 6-3", "1:1:2"), no word of ``not`` stands within :data:`REACH` characters
before it (a ratio "im Verhältnis 1:1", a vote "the 2-1 vote", a verse), the word right before it is not one of
``before`` (a range "from 10-12"), nor of ``clock`` when the numbers are joined by a colon (a time of day "um
14:30", "a las 16:15": "at 1-1" is a score) and the word right after it is not one of
``after`` ("14:30 Uhr", "2-3 hours"). A time of day the clock reader took is never a score (the callers drop a
score over one). Which score of a match it is (half-time, final) is not read: :mod:`crosswire.compare.claims.
match_scores` reads final scores against each other.

Why hand-written: no library reads a match score inside a sentence; the words are data. Offsets are character
offsets into the cleaned body.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from crosswire.facts.records import Value
from crosswire.vocab.data import data_toml

REACH = 25  # characters before a score a word of ``not`` stands in: "im Verhältnis von 1:1", "a ratio of 3:1"
CONTEXT_SUFFIX = 4  # letters a context word may take after its start ("spiel" reads "Spiels", "Spieler")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=16)
def _table(language: str) -> dict[str, Any] | None:
    """The language's compiled patterns; None for a language the data file does not list."""
    t = data_toml("match_scores.toml").get(language)
    if t is None:
        return None
    joiners = r"\s*[-–:]\s*" + "".join(rf"|\s+{re.escape(w)}\s+" for w in t.get("joiners", []))
    return {
        "score": re.compile(rf"(?<![\w.,:/()–-])(\d{{1,3}})(?:{joiners})(\d{{1,3}})(?![\w/–-]|[.:,]\d|\s*[-–:]\s*\d)"),
        "context": re.compile(rf"(?<!\w)(?:{_alternation(t['context'])})\w{{0,{CONTEXT_SUFFIX}}}(?!\w)"),
        "not": re.compile(rf"(?<!\w)(?:{_alternation(t['not'])})(?!\w)"),
        "before": re.compile(rf"(?<!\w)(?:{_alternation(t['before'])})\s*$"),
        "clock": re.compile(rf"(?<!\w)(?:{_alternation(t['clock'])})\s*$"),
        "after": re.compile(rf"\s*(?:{_alternation(t['after'])})(?!\w)"),
    }


def score_values(text: str, offset: int, language: str) -> list[Value]:
    """The match scores one sentence gives (``text``, starting at body offset ``offset``), each a
    ``Value(kind="tally", noun="score")`` spanning "1:1" / "2 a 1", ``value``/``high`` the higher side and ``low``
    the lower; [] for a language ``data/match_scores.toml`` does not list. Raises nothing."""
    table = _table(language)
    if table is None or not any(ch.isdigit() for ch in text):
        return []
    low = text.lower()
    if not table["context"].search(low):
        return []
    out = []
    for m in table["score"].finditer(low):
        before = low[max(0, m.start() - REACH) : m.start()]
        if table["not"].search(before) or table["before"].search(before) or table["after"].match(low, m.end()):
            continue
        if ":" in m.group() and table["clock"].search(before):
            continue  # "um 14:30", "at 1:15": a time of day
        a, b = int(m.group(1)), int(m.group(2))
        out.append(
            Value(
                kind="tally",
                text=text[m.start() : m.end()],
                start=offset + m.start(),
                end=offset + m.end(),
                value=float(max(a, b)),
                low=float(min(a, b)),
                high=float(max(a, b)),
                noun="score",
            )
        )
    return out
