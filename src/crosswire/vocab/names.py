"""Name helpers shared by the facts stage, the stories stage and the comparison: the folded form names are
compared in, a person's surname, generational suffixes, honorifics and initials."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from crosswire.vocab.data import data_toml

_NAMES = data_toml("vocab.toml")["names"]

# Generational suffixes, which end a name without being its surname ("Patrick W. Carlineo Jr."), folded.
NAME_SUFFIXES: frozenset[str] = frozenset(_NAMES["suffixes"])
# Honorifics written before a person's name ("Mr", "Dr"), lower case, without a full stop.
HONORIFICS: tuple[str, ...] = tuple(_NAMES["honorifics"])
_WORD_BREAK = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents or punctuation noise: the form names are compared in ("Łukasz  O’Neil" ->
    "łukasz o'neil"; whitespace collapsed). Cached: an article's entity names are folded again at every
    comparison with the others. ASCII text has no accents to strip (NFKD leaves it as it is), so it skips the
    per-character pass; the comparison folds thousands of distinct sentences per story."""
    if text.isascii():
        out = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    out = out.replace("\u2019", "'").replace("`", "'")
    return " ".join(out.lower().split())


@lru_cache(maxsize=1 << 16)
def latin(text: str) -> str:
    """``text`` in Latin letters: every script transliterated by anyascii ("Ціханоўская" -> "Tsikhanouskaya",
    "Тръмп" -> "Tr'mp"), Latin text unchanged but for its accents and special letters ("Łukaszenka" ->
    "Lukaszenka"). The language-neutral key of a name (:attr:`crosswire.facts.records.Entity.key`)."""
    return anyascii(text)


def is_name_suffix(word: str) -> bool:
    """Whether ``word`` ("Jr.", "III,") is a generational suffix rather than part of the name proper."""
    return word.strip(".,").lower() in NAME_SUFFIXES


def surname(name: str) -> str:
    """The last word of a person's name that is not a generational suffix, folded ("" for an empty name)."""
    words = fold(name).split()
    return next((w for w in reversed(words) if not is_name_suffix(w)), words[-1] if words else "")


def initials(name: str) -> str:
    """The capitals that open the words of a name, words split at spaces and hyphens: "European Union" ->
    "EU", "Organization for Security and Co-operation in Europe" -> "OSCE"."""
    return "".join(w[0] for w in _WORD_BREAK.split(name) if w and w[0].isupper())
