"""Earlier estimates and magnitudes: a figure its own clause marks as preliminary or first given ("a preliminary
magnitude of 4.4", "the survey originally rated the quake as 4.4", "nach vorläufigen Angaben 120 Tote", "по
предварительным данным"), and a number that is an earthquake's magnitude ("a 4.2 magnitude earthquake", "der
Stärke 4,4", "магнитудой 4,4").

Why: on ECB+ one outlet gave a quake's "preliminary magnitude of 4.4", two others the revised 4.2, one of them
adding that the survey "originally had rated the quake as 4.4": the magnitudes had no slot (a number beside a
noun that is no count of it) and the second outlet stood on two values, so the three sentences were one agreed
claim. A source that gives a figure and its own earlier estimate states one current figure (the revised one);
a side whose figures are all marked as earlier estimates against one whose figures are not is a conflict whose
reason is "preliminary vs revised" (:func:`.values.reason`).

The words are data (``data/estimates.toml``, per language), matched at word starts in the value's own clause:
hand-made from agencies' wording, as no library marks a figure's status.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Value
from crosswire.vocab.data import data_toml

# A clause ends at a comma, a semicolon, a colon, a bracket or a dash between spaces (and their full-width forms)
_CLAUSE = re.compile(r"[,;:()，；：（）]|\s[–—-]\s")
MAGNITUDE_REACH = 24  # characters of the clause either side of a number searched for a magnitude word
MAX_MAGNITUDE = 10.0  # no earthquake's magnitude is above this: a larger number beside the word is no magnitude


@lru_cache(maxsize=64)
def _words(kind: str, language: str) -> tuple[str, ...]:
    """The ``kind`` words (``"preliminary"``, ``"magnitude"``) of ``language``, English for one the data lacks."""
    table = data_toml("estimates.toml")[kind]
    return tuple(table.get(language) or table["en"])


def _clause(unit: Unit, v: Value) -> tuple[str, str]:
    """(the value's clause before it, after it), lower case: the sentence cut at the clause marks nearest the
    value's span (character offsets into the cleaned body)."""
    at, end = v.start - unit.claim.start, v.end - unit.claim.start
    before = _CLAUSE.split(unit.text[: max(0, at)])[-1]
    after = _CLAUSE.split(unit.text[max(0, end) :])[0]
    return before.lower(), after.lower()


def _has(text: str, words: tuple[str, ...], language: str) -> bool:
    """Whether one of ``words`` starts a word of ``text`` (anywhere in Chinese, written without spaces)."""
    if language == "zh":
        return any(w in text for w in words)
    return _starts(words).search(text) is not None


@lru_cache(maxsize=64)
def _starts(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern of ``words`` at a word's start, compiled once per word list (read for every value compared)."""
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in words) + ")")


def preliminary(unit: Unit, v: Value) -> bool:
    """Whether ``v``'s own clause, or its sentence's opening phrase, marks it as an earlier or provisional
    estimate ("preliminary", "originally", "vorläufig", "предварительн", "初步"; ``data/estimates.toml``)."""
    before, after = _clause(unit, v)
    lang = unit.language or "en"
    words = _words("preliminary", lang)
    # the sentence's opening phrase governs its clauses: "Initially, officials said ...", "По предварительным
    # данным, ...", "Según datos preliminares, ..."
    opening = _CLAUSE.split(unit.text[: max(0, v.start - unit.claim.start)])[0].lower()
    return any(_has(part, words, lang) for part in (before, after[:MAGNITUDE_REACH], opening))


def magnitude(unit: Unit, v: Value) -> bool:
    """Whether ``v`` is an earthquake's magnitude: a number from 0 to :data:`MAX_MAGNITUDE` with a magnitude word
    (``data/estimates.toml``) within :data:`MAGNITUDE_REACH` characters of it in its clause ("a magnitude 4.4
    quake", "a 4.2-magnitude earthquake", "4.4 in magnitude", "der Stärke 4,4", "里氏4.4级地震"), and no
    other shock named in the clause ("a magnitude 2.0 aftershock" is the aftershock's)."""
    if v.kind not in ("count", "quantity") or v.value is None or not 0 < v.value <= MAX_MAGNITUDE:
        return False
    lang = unit.language or "en"
    words = _words("magnitude", lang)
    if v.unit and not _has(v.unit.lower(), words, lang):
        return False  # "4.2 magnitude" is read as a quantity whose unit is the word; "two miles" is no magnitude
    before, after = _clause(unit, v)
    near = (before[-MAGNITUDE_REACH:], v.text.lower(), after[:MAGNITUDE_REACH])  # "4.2 magnitude" is one value
    if not any(_has(part, words, lang) for part in near):
        return False
    return not _has(before + " " + after, _words("other_shocks", lang), lang)  # an aftershock's is its own


# Magnitudes further apart than this are two shocks, not one shock's first and revised figures: an agency revises a
# magnitude by tenths (ECB+: 4.4 to 4.2; the USGS's 8.9 to 9.0 for Tohoku), while one story's other shocks (an
# earlier 2.0, an aftershock 5.1 beside a 7.6) lie a unit or more away.
MAX_REVISION = 0.6


def one_shock(magnitudes: list[float]) -> bool:
    """Whether magnitudes (numbers on the moment or Richter scale) can be one shock's figures: within
    :data:`MAX_REVISION` of each other."""
    return not magnitudes or max(magnitudes) - min(magnitudes) <= MAX_REVISION


@lru_cache(maxsize=1)
def _every_preliminary_word() -> tuple[str, ...]:
    """Every language's ``preliminary`` words: the figure aligner reads a sentence without its language."""
    return tuple(dict.fromkeys(w for ws in data_toml("estimates.toml")["preliminary"].values() for w in ws))


def preliminary_before(before: str) -> bool:
    """Whether the sentence up to a figure (``before``: its text from the sentence start) marks the figure as an
    earlier or provisional estimate, in the figure's own clause or the sentence's opening phrase ("a preliminary
    magnitude of", "Initially, officials said", "По предварительным данным,"), in any language's words."""
    parts = _CLAUSE.split(before.lower())
    words = _every_preliminary_word()
    return any(_has(part, words, "") for part in {parts[-1], parts[0]})
