"""A part of a group, "N of M", as one value shape in every language: "Six of the seven members of the board
voted for" [en] / "Sechs der sieben Mitglieder stimmten für" [de] / "Za podwyżką głosowało pięciu z siedmiu
członków zarządu" [pl] / "cinq des sept membres ont voté pour" [fr]. A new user's central-bank story (trial 38)
kept the English and Polish sentences of one board vote apart (alignment score 0.76, "kept apart by a check of
what each states") and compared nothing: the facts stage reads such a phrase as two counts ("six" alone, or "7
members", or "pięciu" counting "siedmiu"), so no value slot of the two sentences met the other's.

Here the phrase is read off the sentence text: a number (digits or a number word of the sentence's language,
:func:`crosswire.facts.languages.numbers.word_number`), a joining word of ``[of]`` in ``data/fractions.toml``, a
second number (the whole), then the noun it counts. The part is at most the whole; the whole is 2 to
:data:`MAX_WHOLE`.

Which parts are one measure: those of two sentences of two sources with the same whole that the aligner paired at
``bar`` or more (the sentences state one claim by their words; a translation is lifted to the bar), or that it
paired at all (a candidate pair: close in the multilingual embedding or sharing names) when each is its source's
only sentence giving a part of that whole, the two count nouns of one concept (``data/concepts.toml``, else
``[groups]`` of ``data/fractions.toml``: "members" / "członków" / "Mitglieder") and the sentences give no two
different days. Two sentences giving different parts read less alike than two that agree (invented board votes in
four languages scored 0.30-0.37 against each other, under the conflict bar), so the words alone do not pair them.

Different parts of one whole are a conflict, reason "different value", each side labelled "N of M" and citing
every sentence giving it ("How many of the 7 members: 6 of 7 [1][3] vs 5 of 7 [5]"). A source giving two parts of
one whole (a vote for and against) tells of two measures, not a disagreement: no conflict
(:func:`.items.sources_apart`); nor are two parts that make up the whole together (the two sides of one vote), nor
two parts in one language whose sentences share no predicate (:func:`_one_predicate`). Why hand-written: no
library reads "N of M" as one value; the joining words are data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.units import Unit, different_days
from crosswire.compare.records import ClaimConflict, Conflict
from crosswire.facts.languages.numbers import word_number
from crosswire.vocab.concepts import concept_of
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

MAX_WHOLE = 999  # a group of up to three digits: a board, a jury, a crew, a chamber's seats
_NUMBER = r"(?<![\w.,])(\d{1,3}|[^\W\d_]+)(?![\w]|[.,]\d)"
_NOUN = re.compile(r"\s+([^\W\d_][\w'’-]*)")


@dataclass(frozen=True, slots=True)
class Fraction:
    """A part of a group as one sentence writes it: ``part`` of ``whole``, the noun after the whole as written
    ("members", "Mitglieder", "członków"; "" when none), and the phrase's text."""

    part: int
    whole: int
    noun: str
    text: str


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    """The "N of M" pattern of ``language`` (its joining words of ``data/fractions.toml``, longest first); None
    for a language with none."""
    words = data_toml("fractions.toml").get("of", {}).get(language, [])
    if not words:
        return None
    joins = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"{_NUMBER}\s+(?:{joins})\s+{_NUMBER}", re.IGNORECASE)


def _number(word: str, language: str) -> int | None:
    if word.isdigit():
        return int(word)
    n = word_number(word, language)
    return int(n) if n is not None and n == int(n) else None


def fractions_of(text: str, language: str) -> list[Fraction]:
    """Every "N of M" part of a group in ``text`` (a sentence in ``language``), in order. Input: the sentence;
    output: its fractions (none when the language has no joining words)."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        part, whole = _number(m.group(1), language), _number(m.group(2), language)
        if part is None or whole is None or not (1 <= part <= whole) or not (2 <= whole <= MAX_WHOLE):
            continue
        noun = _NOUN.match(text, m.end())
        out.append(Fraction(part, whole, noun.group(1) if noun else "", m.group(0)))
    return out


@cache
def _group_stems() -> tuple[tuple[str, str], ...]:
    """(stem, group id) of ``[groups]`` in ``data/fractions.toml``, longest stem first."""
    table: dict[str, list[str]] = data_toml("fractions.toml").get("groups", {})
    pairs = [(fold(w.lower()), name) for name, words in table.items() for w in words]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def group_of(noun: str, language: str) -> str | None:
    """The concept of the noun a whole counts: ``data/concepts.toml``'s, else a group of ``[groups]`` whose stem
    the folded noun starts with; None for none."""
    if not noun:
        return None
    found = concept_of(noun, language)
    if found:
        return found
    low = fold(noun.lower())
    return next((name for stem, name in _group_stems() if low.startswith(stem)), None)


def _english_first(units: list[Unit]) -> list[Unit]:
    return sorted(units, key=lambda u: (u.language != "en", u.index))


def fraction_conflicts(pairs: list[Pair], bar: float, data: StoryData) -> list[ClaimConflict]:
    """One conflict per whole that paired sentences of two sources give different parts of (see the module).
    Input: the story's scored pairs and the bar a pair must reach; output: claim conflicts, reason "different
    value". Raises nothing."""
    read: dict[int, list[Fraction]] = {}

    def of(u: Unit) -> list[Fraction]:
        if u.index not in read:
            read[u.index] = fractions_of(u.text, u.language)
        return read[u.index]

    # (source, whole) -> the sentences of the source giving a part of that whole
    told: dict[tuple[int, int], set[int]] = {}
    for p in pairs:
        for u in (p.a, p.b):
            for f in of(u):
                told.setdefault((u.source, f.whole), set()).add(u.index)
    # whole -> unit index -> the unit and its part (a sentence giving one part of that whole)
    linked: dict[int, dict[int, tuple[Unit, Fraction]]] = {}
    for p in pairs:
        if p.a.source == p.b.source:
            continue
        fa, fb = of(p.a), of(p.b)
        if not fa or not fb:
            continue
        for whole in {f.whole for f in fa} & {f.whole for f in fb}:
            ga = [f for f in fa if f.whole == whole]
            gb = [f for f in fb if f.whole == whole]
            if len(ga) != 1 or len(gb) != 1:
                continue  # a sentence giving two parts of one whole (for and against): two measures
            if p.score < bar and not _sole_of_one_group(p, ga[0], gb[0], told):
                continue
            if ga[0].part != gb[0].part and not _one_predicate(p, ga[0], gb[0]):
                continue
            linked.setdefault(whole, {})[p.a.index] = (p.a, ga[0])
            linked.setdefault(whole, {})[p.b.index] = (p.b, gb[0])
    out = []
    for whole, given in sorted(linked.items()):
        by_part: dict[int, list[Unit]] = {}
        for u, f in given.values():
            by_part.setdefault(f.part, []).append(u)
        if len(by_part) < 2 or not sources_apart(list(by_part.values())):
            continue
        first = _english_first([u for u, _f in given.values()])[0]
        noun = given[first.index][1].noun
        measure = f"how many of the {whole} {noun}".rstrip() if noun else f"how many of {whole}"
        sides = [(f"{part} of {whole}", units) for part, units in by_part.items()]
        out.append(worded_conflict(data, measure, "different value", sides))
    return out


def _sole_of_one_group(p: Pair, fa: Fraction, fb: Fraction, told: dict[tuple[int, int], set[int]]) -> bool:
    """Whether the pair's sentences are each their source's only one giving a part of the whole, of nouns of one
    concept (:func:`group_of`), on no two different days."""
    if len(told.get((p.a.source, fa.whole), ())) != 1 or len(told.get((p.b.source, fb.whole), ())) != 1:
        return False
    ga, gb = group_of(fa.noun, p.a.language), group_of(fb.noun, p.b.language)
    return ga is not None and ga == gb and not different_days(p.a, p.b)


def _one_predicate(p: Pair, fa: Fraction, fb: Fraction) -> bool:
    """Whether two different parts of one whole may count one predicate: not two parts that make up the whole
    together ("six of the seven voted for" / "one of the seven voted against": the two sides of one vote), and in
    one language sentences sharing a predicate lemma other than a light verb (:data:`LIGHT_VERBS`; "five of the
    nine were arrested" / "four of the nine remain at large" count two things)."""
    if fa.part + fb.part == fa.whole:
        return False
    if p.a.language == p.b.language:
        return bool((set(p.a.claim.predicates) & set(p.b.claim.predicates)) - LIGHT_VERBS)
    return True


# verbs that name no predicate of their own: "two of the five victims were children" / "three of the five victims
# were women" share "be" and count two things
LIGHT_VERBS = frozenset(
    {
        "be",
        "have",
        "do",
        "get",
        "sein",
        "haben",
        "être",
        "avoir",
        "ser",
        "estar",
        "tener",
        "essere",
        "avere",
        "ter",
        "być",
        "mieć",
        "быть",
    }
)


_SIDE = re.compile(r"\d+ of \d+")
_C = TypeVar("_C", bound=Conflict)


def is_fraction_conflict(c: ClaimConflict) -> bool:
    """Whether ``c`` is one of :func:`fraction_conflicts` (every side labelled "N of M")."""
    return bool(c.sides) and all(_SIDE.fullmatch(s.label) for s in c.sides)


def told_as_parts(conflicts: Sequence[_C], claims: Sequence[Conflict]) -> list[_C]:
    """``conflicts`` but those whose sentences a part-of-a-group conflict of ``claims`` already cites: the value
    readers take "Five of the nine members" / "czterech z dziewięciu członków" as counts of members ("Members: Five
    vs 4"), and the part-of-a-group conflict ("How many of the 9 members: 5 of 9 vs 4 of 9") would then be dropped
    as covered; the part of the whole is what the sentences give."""
    parts = [
        frozenset((e.article, e.start) for e in c.evidence)
        for c in claims
        if isinstance(c, ClaimConflict) and is_fraction_conflict(c)
    ]
    if not parts:
        return list(conflicts)
    return [c for c in conflicts if not any(frozenset((e.article, e.start) for e in c.evidence) <= p for p in parts)]
