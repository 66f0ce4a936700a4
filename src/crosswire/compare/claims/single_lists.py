"""A sentence listing things another source's sentence lists too is no fact only one source reports: "Schulen, Kitas,
Bars, Kneipen, Clubs, Museen, Theater, Opernhäuser, Konzertsäle und Clubs stellen den Betrieb ein" [A] beside "Auch
große Kulturveranstaltungen in den staatlichen Berliner Opern, Theatern und Konzertsälen ... sind betroffen" [B].

Why: an enumeration is the part of a sentence an outlet reorders, shortens and inflects most freely, and the sentence
encoder reads the two sentences far apart (0.32 for that pair: one lists ten closures, the other three venues under a
ban), so neither the pair scorer nor the restatement checks of :mod:`crosswire.compare.restated` relate them, and each
outlet's sentence was "only" its own (the multilingual tune half of the alignment gold, a German Berlin news blog).
Two items of a list named in another source's list are one fact told twice: which venues or places the event touched.

The rule: a sentence of the item holds a list (three items or more, comma-separated, the last after a coordinating
conjunction of the sentence's language, ``data/list_conjunctions.toml``), another source's sentence of the same
language holds a list too, and :data:`MIN_SHARED` of the items' head words are one word in both: one lemma
(simplemma's dictionary, :func:`crosswire.facts.languages.common_words.lemma`: "Theatern" / "Theater", "Konzertsälen"
/ "Konzertsäle"; English by :func:`crosswire.vocab.terms.singular`, which that dictionary does not cover) or one stem
(:func:`same_item`). Hand-made because no library finds a coordination without a parser the languages here lack (the
facts stage parses English and French only); the list's shape is plain punctuation. Its limit: a stem joins two words
that differ only in their last letters ("Schule" / "Schuld"), so two shared items are asked, never one.

Pure: reads the items and the story's claim units.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from os.path import commonprefix

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import FigureItem, Item
from crosswire.facts.languages.common_words import lemma
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold
from crosswire.vocab.terms import singular

# How many of two lists' items must be one lemma for the two sentences to list the same things. Two: the Berlin
# pair above shares "Theater" and "Konzertsaal" (its "Opern" / "Opernhäuser" are two words). On the tune, tune2 and
# mtune halves no right single-source item's list shares two items with another source's list
# (bench/single_source_misses.py); one shared item is any story's topic word ("clubs", "schools").
MIN_SHARED = 2
MIN_ITEMS = 3  # a list: three things or more ("A and B" is any pair of words)
# Two item words whose lemmas differ are one word when they share a stem: a prefix of at least this many letters
# that leaves at most :data:`ENDING` letters of the shorter word ("teatry" / "teatrach", whose dictionary lemmas
# differ: simplemma reads "teatrach" as "teatrum"; "музеи" / "музеях" in Russian, which it is not asked for).
STEM = 4
ENDING = 3
_WORD = r"[^\W\d_][\w'’-]*"
_ITEM = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"


@lru_cache(maxsize=16)
def _list_pattern(language: str) -> re.Pattern[str] | None:
    """A run "item, item, ... CONJ item" in ``language`` (its conjunctions from ``data/list_conjunctions.toml``);
    None for a language the file lists none for."""
    words = data_toml("list_conjunctions.toml").get(language, [])
    if not words:
        return None
    conj = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])({_ITEM}(?:\s*,\s*{_ITEM})+,?\s+(?:{conj})\s+{_WORD})(?![\w'’-])")


def _conjunctions(language: str) -> re.Pattern[str]:
    words = data_toml("list_conjunctions.toml").get(language, [])
    return re.compile(rf"\s*,\s*|\s+(?:{'|'.join(re.escape(w) for w in words)})\s+")


def _key(word: str, language: str) -> str:
    """A word's lemma (the dictionary's, its lower-case form's, else the word), folded and lower case."""
    found = lemma(word, language) or lemma(word.lower(), language)
    if found is None:
        found = singular(word.casefold()) if language == "en" else word
    return fold(found).casefold()


def listed_items(text: str, language: str) -> frozenset[str]:
    """The head words (lemmas, :func:`_key`) of the items of the lists in ``text``: each comma-separated item's last
    word, the item after the conjunction's first word ("Opern, Theatern und Konzertsälen mit mehr als 500": "oper",
    "theater", "konzertsaal"). Only lists of :data:`MIN_ITEMS` items or more; empty for a language without
    conjunctions in the data file."""
    pattern = _list_pattern(language)
    if pattern is None:
        return frozenset()
    split = _conjunctions(language)
    out: set[str] = set()
    for m in pattern.finditer(text):
        parts = [p for p in split.split(m.group(1)) if p.strip()]
        if len(parts) < MIN_ITEMS:
            continue
        heads = [p.split()[-1] for p in parts[:-1]] + [parts[-1].split()[0]]
        out.update(_key(h, language) for h in heads)
    return frozenset(out)


def same_item(a: str, b: str) -> bool:
    """Whether two item keys (:func:`_key`) are one word: equal, or one stem (:data:`STEM`, :data:`ENDING`)."""
    if a == b:
        return True
    n = len(commonprefix([a, b]))  # noqa: RUF071 - the letters two words share, not paths
    return n >= STEM and n >= min(len(a), len(b)) - ENDING


def shared_items(mine: frozenset[str], theirs: frozenset[str]) -> int:
    """How many of ``mine`` are one word with some of ``theirs`` (:func:`same_item`)."""
    return sum(1 for a in mine if any(same_item(a, b) for b in theirs))


def listed_elsewhere(items: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` (would-be single-source items) of the events, quotes and claims a sentence of which
    holds a list that shares :data:`MIN_SHARED` items or more with a list of another independent source's sentence
    in the same language (:func:`listed_items`). Figures are left out: a figure is its own measure, whatever the
    sentence lists around it."""
    lists: dict[int, frozenset[str]] = {}

    def of(u: Unit) -> frozenset[str]:
        if u.index not in lists:
            lists[u.index] = listed_items(u.text, u.language or "en")
        return lists[u.index]

    out: set[int] = set()
    for i, item in enumerate(items):
        if isinstance(item, FigureItem):
            continue
        for u in claims.units_of(item):
            mine = of(u)
            if not mine:
                continue
            if any(
                v.source not in item.sources and v.language == u.language and shared_items(mine, of(v)) >= MIN_SHARED
                for v in claims.units
            ):
                out.add(i)
                break
    return out
