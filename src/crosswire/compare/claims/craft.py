"""Names of craft read as people: "The fishing trawler Marisol Grey sank" is no person's act.

A language's model may tag a boat's, ship's or aircraft's name as a person ("Marisol Grey", "Halden Star"); a
sentence with that name as its subject then reads as a named person's act, which
:func:`crosswire.compare.claims.align.contradict` parts from another language's sentence that calls the craft
"Statek" or "El barco" and names no one (a new user's trawler story left the wire's "The Marisol Grey, built in
1998, belongs to Brask Fisheries" out of the agreement every other outlet was in, at a score of 0.88). A name the
story writes right after a craft noun of ``data/craft_nouns.toml`` ("the fishing trawler Marisol Grey", "das
Rettungsboot Halden Star") names a craft wherever it stands, and is read as no person.

Input: the story's bodies and canonical entity ids. Output: the person ids (``person:<name>``) that name craft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from crosswire.vocab.data import data_toml

# languages whose entries are stems (at most three letters follow) and whose adjectives follow the noun
_STEMS = frozenset({"pl", "ru", "uk"})
_POSTPOSED = frozenset({"fr", "es", "it", "pt", "pl", "ru", "uk"})
_QUOTE = "\"'«»„“”‚‘’"


@lru_cache(maxsize=16)
def _pattern_head(language: str | None) -> str:
    """The craft-noun part of the pattern for an article of ``language``: its own nouns, each as its language
    matches it, then, in a language whose adjectives follow the noun, optionally one lower-case adjective of five
    letters or more; the nouns of every language, no adjective, for a language with no list."""
    words: dict[str, list[str]] = data_toml("craft_nouns.toml")
    langs = [language] if language in words else list(words)
    parts: list[str] = []
    for lang in langs:
        for noun in sorted(words[lang], key=len, reverse=True):
            w = re.escape(noun)
            if lang == "de":
                parts.append(rf"\w*{w}")  # the end of a compound: "Fischtrawler", "Rettungsboot"
            elif lang in _STEMS:
                parts.append(rf"{w}\w{{0,3}}")
            else:
                parts.append(w)
    head = rf"(?i:\b(?:{'|'.join(dict.fromkeys(parts))}))"
    if language in _POSTPOSED and language in words:
        head += r"(?:\s+[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\W\d_]{4,})?"  # "pesquero", "rybacki": lower case
    return head


def craft_names(bodies: Iterable[tuple[str, str | None]], ids: Iterable[str]) -> frozenset[str]:
    """The person ids among ``ids`` whose name some body (with its language) writes right after a craft noun of
    its language (case ignored; a quotation mark may open the name: "траулер «Марисоль Грей»"), or after a craft
    noun and one lower-case adjective of five letters or more in a language whose adjectives follow the noun ("el
    buque pesquero Marisol Grey", "statek rybacki Marisol Grey"; "le bateau de Jean Dupont", Jean Dupont's boat,
    is none)."""
    names = {cid: cid.partition(":")[2].strip() for cid in ids if cid.startswith("person:")}
    names = {cid: n for cid, n in names.items() if n}
    if not names:
        return frozenset()
    alternation = "|".join(re.escape(n) for n in sorted(set(names.values()), key=len, reverse=True))
    found: set[str] = set()
    for body, language in bodies:
        pattern = re.compile(rf"{_pattern_head(language)}\s+[{_QUOTE}]?({alternation})\b")
        found.update(m.group(1) for m in pattern.finditer(body))
    return frozenset(cid for cid, n in names.items() if n in found)
