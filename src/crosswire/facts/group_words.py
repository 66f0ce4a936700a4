"""Words for a country's people or a party's members that a Slavic text's NER or annotation calls a person.

"британец", "Brytyjczycy", "Angličané" and "toryové" reach the linker as person entities in Slavic news (the
BSNLP 2021 annotation tags them PER with the id of the country or party). :func:`group_of` names the country or
party such a word stands for, from the per-language table ``data/group_words.toml`` (stems in Latin
transliteration and the languages' demonym, plural, case and adjective endings); the linker then gives the
mention that country's or party's id, so it links across languages and never joins a person.

Written by hand: no installed library ships demonyms (CLDR, through babel, has country names per language but
not the words for their people), and none ships party-member words. English input never reaches it (the
table lists the languages it applies to; English NER tags demonyms NORP, handled in
:mod:`crosswire.facts.lexicon`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold, latin

# The entity types the table's sections give (the section name is the entity type).
TYPES = ("place", "organisation")


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], tuple[tuple[str, str, re.Pattern[str]], ...]]:
    """The languages the table applies to, and (type, name, pattern on the first words) per entry."""
    spec = data_toml("group_words.toml")
    endings = "".join(spec["endings"].split())  # the file spreads the regex over lines
    entries = []
    for etype in TYPES:
        for name, stems in spec.get(etype, {}).items():
            pattern = re.compile(f"(?:{'|'.join(stems)}){endings}")
            entries.append((etype, name, pattern))
    return frozenset(spec["languages"]), tuple(entries)


@lru_cache(maxsize=1 << 14)
def group_of(name: str, language: str | None) -> tuple[str, str] | None:
    """The (entity type, English name) of the country or party ``name`` stands for when written in
    ``language`` (ISO 639-1): ``group_of("британцы", "ru") == ("place", "United Kingdom")``,
    ``group_of("toryové", "cs") == ("organisation", "Conservative Party")``; None for any other name, for a
    language the table does not list, and for a name whose later words are capitalised (a person's full name:
    "Ivan Polak") or an adjective before a noun other than one for the group's people ("Britští lordi" is the
    House of Lords, "британский народ" the British). The name, one word (or two making one of the table's
    two-word stems: "liberální demokraté"), lower-cased and transliterated (a-z only), must be one stem and
    one ending of the table entirely; a second word must be one of the table's ``heads`` for the entry's type,
    written in lower case. Raises nothing."""
    if language not in _table()[0]:
        return None
    words = name.split()
    if not words or len(words) > 2:
        return None
    keys = [_key(w) for w in words]
    if len(keys) > 1 and (hit := _match(f"{keys[0]} {keys[1]}")) is not None:
        return hit  # a stem of two words: "liberální demokraté", "Velká Británie"
    hit = _match(keys[0])
    if hit is None or len(keys) == 1:
        return hit
    # an adjective before a noun for the group's people ("британский народ"), not before any other noun: "Britští
    # lordi", "британские министры" name a body of the country (annotated apart from the British in BSNLP 2021)
    return hit if keys[1].startswith(_heads().get(hit[0], ())) and words[1][:1].islower() else None


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, ...]]:
    """Entity type -> the nouns (transliterated starts) for its people that may follow a group word."""
    return {etype: tuple(nouns) for etype, nouns in data_toml("group_words.toml").get("heads", {}).items()}


def _key(word: str) -> str:
    """One word lower-cased, transliterated and folded, a-z only: "Brytyjczycy" -> "brytyjczycy"."""
    return re.sub(r"[^a-z]", "", fold(latin(word.lower())))


def _match(key: str) -> tuple[str, str] | None:
    """The (type, name) of the first table entry whose stems and endings make up ``key`` entirely."""
    for etype, label, pattern in _table()[1]:
        if key and pattern.fullmatch(key):
            return etype, label
    return None
