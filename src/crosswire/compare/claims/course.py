"""Whether a condition got better, stated one way by one source and the other way by another: "his symptoms
did improve soon after" against "things didn't get better afterwards", in sentences the pair scorer takes for
one claim.

A sentence states a course when it holds exactly one phrase of the data file's ``course.better`` list
("improve", "get better", "recover"); that course is negative when a negator ("not", "n't", "never", "failed
to") stands within the three words before it in its clause. Two sentences of a pair scored at or above the
strong bar (the pair is one claim: here the doctor's first diagnosis and what followed it), one stating the
condition improved and the other that it did not, are a conflict of *different outcome*. A sentence stating
two courses ("improved a bit ..., they worsened later") states none for this purpose; "did not improve" and
"worsened" can both hold and are not set against each other (no phrase of worsening is read at all).

Why hand-written: no installed library reads the polarity of a clause's course across two sources; the words
are data (``data/claim_acts.toml``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.claims.units import Unit
from crosswire.vocab.data import data_toml

IMPROVED, NOT_IMPROVED = "improved", "did not improve"
NEGATOR_REACH = 3  # words before the phrase
# Words that open an object or a complement after the verb: the verb is then transitive ("improved his record",
# "improved the odds", "improves to 58 - 3"), a thing made better, no condition's course.
_OBJECT_WORDS = frozenset(
    {"his", "her", "its", "their", "our", "my", "your", "the", "this", "that", "to", "on", "upon", "by"}
)
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s*$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:but|and|while|although|though)\b", re.I)


def _alternation(words: list[str], prefix: str = r"\b") -> re.Pattern[str]:
    return re.compile(
        prefix + "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = data_toml("claim_acts.toml")["course"]
    return _alternation(d["better"]), _alternation(d["worse"]), _alternation(d["negators"], r"(?:\b|(?<=\w))")


def course(text: str) -> str | None:
    """The course one sentence states: :data:`IMPROVED` ("his symptoms did improve soon after"),
    :data:`NOT_IMPROVED` ("things didn't get better afterwards"), or None when it states none or two."""
    phrase, worse, neg = _patterns()
    found = list(phrase.finditer(text))
    if len(found) != 1 or worse.search(text):
        return None
    after = text[found[0].end() :].split(maxsplit=1)
    if after and (after[0].lower() in _OBJECT_WORDS or after[0][:1].isdigit()):
        return None  # "improved his record", "improves to 58 - 3": something improved, not a condition's course
    if _PASSIVE.search(text[: found[0].start()]):
        return None  # "The gun has not been recovered": found again, not healed
    clause = _CLAUSE_BREAK.split(text[: found[0].start()])[-1]
    before = " ".join(clause.split()[-NEGATOR_REACH:])
    return NOT_IMPROVED if neg.search(before) else IMPROVED


def course_sides(a: Unit, b: Unit) -> list[tuple[str, list[Unit]]] | None:
    """The two sides of a course conflict between two sentences of one claim (the improved side first), each
    side labelled with its course; None when they do not state opposite courses."""
    ca, cb = course(a.text), course(b.text)
    if ca is None or cb is None or ca == cb or a.source == b.source:
        return None
    return [(ca, [a]), (cb, [b])] if ca == IMPROVED else [(cb, [b]), (ca, [a])]
