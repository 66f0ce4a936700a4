"""What a number counts, as one concept id in every language: "boats", "лодки", "Boote" -> ``boat``.

The lexicon is ``data/concepts.toml`` (one table per concept, one word list per language). Written by hand
because no offline multilingual lexicon maps counted nouns of news copy to shared ids; the list is small and
closed (people, the dead, the injured, the detained, boats, houses, ...), and a word it does not know gets no
concept rather than a wrong one.
"""

from __future__ import annotations

from functools import lru_cache

from lemminflect import getInflection

from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

MIN_STEM = 3  # a stem shorter than this would match too many words


@lru_cache(maxsize=16)
def _table(language: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """(exact word -> concept, [(stem, concept)] longest stem first) for one language."""
    exact: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    for concept, words in data_toml("concepts.toml").items():
        for w in words.get(language, []):
            key = w.casefold()
            exact.setdefault(key, concept)
            if len(key) >= MIN_STEM:
                stems.append((key, concept))
    stems.sort(key=lambda s: -len(s[0]))
    return exact, stems


@lru_cache(maxsize=1 << 14)
def concept_of(word: str | None, language: str | None) -> str | None:
    """The concept id of a counted word in ``language`` (ISO 639-1; None reads as English), or None.

    Input: a lemma or the word as written ("лодок", "Boote", "people arrested" - a phrase is read by its
    first word, the head the figure reader puts first). Matching: the whole word, then the longest listed stem
    the word starts with (for languages read without lemmas, "Booten" starts with "boot"), then the same
    with accents folded. Example: ``concept_of("лодка", "ru") == concept_of("Boote", "de") == "boat"``."""
    if not word:
        return None
    exact, stems = _table(language or "en")
    w = word.casefold().strip()
    if w in exact:
        return exact[w]
    head = w.split()[0] if w.split() else w
    if head in exact:
        return exact[head]
    for cand in (head, fold(head)):
        for stem, concept in stems:
            if cand.startswith((stem, fold(stem))):
                return concept
    return None


def plural_noun(phrase: str) -> str:
    """``phrase`` (a counted noun as a lemma, then its participle) with the noun in the plural, by
    lemminflect's tables: "home flooded" -> "homes flooded", "person killed" -> "people killed"."""
    head, _, rest = phrase.partition(" ")
    if not head:
        return phrase
    plural = "people" if head == "person" else (getInflection(head, "NNS") or (head,))[0]
    return f"{plural} {rest}".strip()
