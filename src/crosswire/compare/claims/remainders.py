"""A part of a group freed and the rest still held, against the whole group freed: "Six des sept employés ... ont
été libérés mardi ; le septième, le chauffeur Petar Lund, est toujours retenu" / "The group released seven aid
workers on Tuesday" (a new user's hostage story cited the French sentence among five sources agreeing that all
seven were freed).

A sentence tells a **partial** outcome when its words say a group was freed (``freed`` of ``[remainders]`` in
``data/facts_outcomes.toml``: freed, rescued, evacuated, found alive, in en/de/fr/es/it/pt/pl) and either that some
are still held (``remaining``: "still held", "toujours retenu", "sigue secuestrado", "noch festgehalten", "ancora
nelle mani", "nadal przetrzymywani") or that a part of a number was freed ("six of the seven", "seis de los
siete"). A sentence tells the **whole** group freed when it says a group was freed, says nothing of a remainder
nor of a part, and either has a word of ``[group_states.all]`` ("all", "tous", "alle") or writes the partial
sentence's group total ("seven aid workers" beside "six of the seven"). The two are never one claim
(:func:`partial_apart`, read by :func:`.align.contradict`) and, told by different sources, one conflict
("different outcome": :func:`remainder_conflicts`).

Sentences are read whole: the sentence splitter may cut one ("Six des sept employés de l'ONG Brightwater" / "Aid
enlevés ... ont été libérés mardi ;"), so a unit is read with the body text around it up to the sentence's ends.
Offsets are character offsets into the cleaned body. Written by hand: no library reads a remainder of a group.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import outcome_conflict, sources_apart
from crosswire.compare.claims.units import Unit, different_days
from crosswire.compare.records import ClaimConflict
from crosswire.facts.languages.numbers import word_number
from crosswire.vocab.data import data_toml

# How far (characters) a unit's sentence is looked for on each side of it in the body: a news sentence is
# seldom longer than this.
SENTENCE_REACH = 400
PARTIAL_LABEL = "part freed, the rest still held"
WHOLE_LABEL = "all freed"

_END = re.compile(r"[.!?…](?=\s)|\n")


def _stem(word: str) -> str:
    return re.escape(word[:-1]) + r"\w*" if word.endswith("-") else re.escape(word)


@lru_cache(maxsize=4)
def _pattern(kind: str) -> re.Pattern[str]:
    """The words of ``kind`` (``freed`` or ``remaining``) of ``[remainders]``, as one pattern of whole words."""
    words: list[str] = data_toml("facts_outcomes.toml").get("remainders", {}).get(kind, [])
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(_stem(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])"
    )


@lru_cache(maxsize=1)
def _part_of() -> re.Pattern[str]:
    """A number, a word of ``part_of``, a number: "six of the seven", "6 des 7", "sechs der sieben"."""
    joins: list[str] = data_toml("facts_outcomes.toml").get("remainders", {}).get("part_of", [])
    join = "|".join(re.escape(w) for w in sorted(joins, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])([^\W_]+)\s+(?:{join})\s+(?:the\s+)?([^\W_]+)(?![\w-])")


@lru_cache(maxsize=1 << 12)
def _sentence(body: str, start: int, end: int) -> str:
    """The body text of the sentence around [start, end): from the last sentence end before ``start`` to the
    first at or after ``end``'s last character, each looked for within :data:`SENTENCE_REACH` characters."""
    lo = max(0, start - SENTENCE_REACH)
    ends = [m.end() for m in _END.finditer(body, lo, start)]
    first = ends[-1] if ends else lo
    m = _END.search(body, max(start, end - 1), min(len(body), end + SENTENCE_REACH))
    return body[first : m.end() if m else min(len(body), end + SENTENCE_REACH)].strip()


def sentence_of(u: Unit, data: StoryData) -> str:
    """The whole sentence a unit is (or is a cut piece of), lower case."""
    body = data.bodies.get(u.article)
    if body is None:
        return u.text.lower()
    return _sentence(body, u.claim.start, u.claim.end).lower()


def _number(word: str, language: str) -> float | None:
    if word.isdigit():
        return float(word)
    return word_number(word, language)


def part_and_total(text: str, language: str) -> tuple[float, float] | None:
    """(part, total) a sentence writes as "six of the seven" ("six des sept", "seis de los siete"), the part
    under the total; None when it writes none."""
    for m in _part_of().finditer(text.lower()):
        part, total = _number(m.group(1), language), _number(m.group(2), language)
        if part is not None and total is not None and 0 < part < total:
            return part, total
    return None


def partial(u: Unit, data: StoryData) -> bool:
    """Whether the unit's sentence says a group was freed and that some are still held, or that a part of a
    number was freed (module docstring)."""
    if u.claim.negated:
        return False
    body = data.bodies.get(u.article)
    if body is None:
        return _partial_text(u.text.lower(), u.language)
    return _partial_at(body, u.claim.start, u.claim.end, u.language)


@lru_cache(maxsize=1 << 14)
def _partial_at(body: str, start: int, end: int, language: str) -> bool:
    """:func:`_partial_text` of the sentence around [start, end) of ``body`` (character offsets), cached: the
    pair checks (:func:`partial_apart`, read by every :func:`.align.contradict`) ask it of each unit once per
    pair it is in (11,136 calls for ~1,000 distinct units on the 50-article story of bench/compare.py, ~4 % of its
    warm compare), and the answer depends only on the body, the span and the language."""
    return _partial_text(_sentence(body, start, end).lower(), language)


def _partial_text(text: str, language: str) -> bool:
    if not _pattern("freed").search(text):
        return False
    return bool(_pattern("remaining").search(text)) or part_and_total(text, language) is not None


def _whole_words(language: str) -> frozenset[str]:
    words: list[str] = data_toml("facts_outcomes.toml").get("group_states", {}).get("all", {}).get(language, [])
    return frozenset(words)


def whole(u: Unit, data: StoryData, total: float | None) -> bool:
    """Whether the unit says a group was freed, with no remainder nor part in its sentence, for the whole group:
    a word of ``[group_states.all]``, or the number ``total`` (the group a partial sentence names) written in the
    unit."""
    if u.claim.negated or not _pattern("freed").search(u.text.lower()):
        return False
    text = sentence_of(u, data)
    if _pattern("remaining").search(text) or part_and_total(text, u.language) is not None:
        return False
    words = re.findall(r"[^\W_]+", u.text.lower())
    if _whole_words(u.language) & set(words):
        return True
    return total is not None and any(_number(w, u.language) == total for w in words)


def _total(u: Unit, data: StoryData) -> float | None:
    found = part_and_total(sentence_of(u, data), u.language)
    return found[1] if found else None


def partial_apart(a: Unit, b: Unit, data: StoryData) -> bool:
    """Whether one sentence tells a partial outcome and the other the whole group freed: never one claim."""
    for p, w in ((a, b), (b, a)):
        if partial(p, data) and whole(w, data, _total(p, data)):
            return True
    return False


def remainder_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict when one source tells a part of a group freed and the rest still held, and other sources the
    whole group freed ("different outcome", each side citing its sentences); not when a source tells both, nor
    when the sides give different days (the rest freed a day later). Input: the story's units; output: claim
    conflicts (none or one)."""
    parts = [u for u in units if partial(u, data)]
    if not parts:
        return []
    totals: set[float | None] = {t for u in parts if (t := _total(u, data)) is not None} or {None}
    wholes = [u for u in units if u not in parts and any(whole(u, data, t) for t in totals)]
    if not wholes or not sources_apart([parts, wholes]):
        return []
    if any(different_days(x, y) for x in parts for y in wholes):
        return []
    sides = sorted([(PARTIAL_LABEL, parts), (WHOLE_LABEL, wholes)], key=lambda kv: min(u.source for u in kv[1]))
    return [outcome_conflict(data, "group", sides, measure="outcome of the release")]
