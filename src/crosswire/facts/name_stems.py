"""The stem of a name word declined in a Slavic language: "Putinem" (cs, pl) ~ "Putin", "Theresy" (pl) ~
"Theresa", "Бориса" (ru) ~ "Борис".

Polish, Czech, Slovak, Slovene, Croatian, Ukrainian and Belarusian news decline foreign and native names alike,
and crosswire's language-light tier (:mod:`crosswire.facts.languages.light`) takes a name as written, so one
person reaches the linker as "Donald Trump", "Donalda Trumpa" and "Donaldem Trumpem". The stem is the name's
skeleton (:func:`crosswire.facts.linking.skeleton`) without the longest case ending of its language's
declension (``endings`` in ``data/name_rules.toml``, from the standard grammars' noun tables for masculine and
feminine names), kept only when :data:`MIN_STEM` letters or more remain. Written by hand: simplemma and pymorphy2 are
lexicon-based and leave foreign names unknown to them unchanged (pymorphy2 covers Russian only; Russian is
put in the nominative upstream by :mod:`crosswire.facts.languages.russian`).

What the product means by it: a stem is a *family name*, not a person. "Ivanov" and "Ivanova", "Tichanowski"
and "Tichanowska" share one stem; the linker keeps two such people apart by their first names when given, and
places a lone surname on the person whose surname it equals as written before one it shares only a stem with
(:mod:`crosswire.facts.linking`).
"""

from __future__ import annotations

from functools import lru_cache

from crosswire.vocab.data import data_toml

MIN_STEM = 4  # 3 let "Diana" (pl) and "Dann" share the stem "dan" (BSNLP 2021 tune half)
_ENDINGS: dict[str, tuple[str, ...]] = {
    lang: tuple(sorted(spec.get("endings", []), key=len, reverse=True))
    for lang, spec in data_toml("name_rules.toml").items()
}


_POSSESSIVES: dict[str, tuple[str, ...]] = {
    lang: tuple(sorted(spec.get("possessives", []), key=len, reverse=True))
    for lang, spec in data_toml("name_rules.toml").items()
}
# The fewest letters a name keeps once a possessive ending is taken off ("Mayin" -> "May").
MIN_OWNER = 3


@lru_cache(maxsize=1 << 16)
def possessive_owner(word: str, language: str | None) -> str | None:
    """The name a possessive adjective of ``language`` is made of: ``word`` (as written) without the longest
    possessive ending (``possessives`` in ``data/name_rules.toml``) that leaves a capitalised word of
    :data:`MIN_OWNER` letters or more: ``possessive_owner("Trumpov", "sl") == "Trump"``,
    ``possessive_owner("Junckerjev", "sl") == "Juncker"``, ``possessive_owner("Trumpův", "cs") == "Trump"``;
    None when none does. It is only a reading: "Borisov" is also a surname (the linker tries it last, against
    surnames only). Raises nothing."""
    lower = word.lower()
    for ending in _POSSESSIVES.get(language or "", ()):
        owner = word[: -len(ending)]
        if lower.endswith(ending) and len(owner) >= MIN_OWNER and owner[:1].isupper():
            return owner
    return None


@lru_cache(maxsize=1 << 16)
def case_stem(skel: str, language: str | None) -> str:
    """``skel`` (one word's skeleton, a-z) without the longest case ending of ``language`` (ISO 639-1) that
    leaves :data:`MIN_STEM` letters or more; ``skel`` itself when none does or the language declines no names
    here. Example: ``case_stem("putinem", "cs") == "putin"``. Raises nothing."""
    for ending in _ENDINGS.get(language or "", ()):
        if skel.endswith(ending) and len(skel) - len(ending) >= MIN_STEM:
            return skel[: -len(ending)]
    return skel


_PLACE_NOMINATIVE: dict[str, tuple[tuple[str, str], ...]] = {
    lang: tuple(sorted(((a, b) for a, b in spec.get("place_nominative", [])), key=lambda p: -len(p[0])))
    for lang, spec in data_toml("name_rules.toml").items()
}


def place_nominative(word: str, language: str | None) -> str:
    """A place's name word as written in an oblique case of ``language`` put back in the nominative
    (``place_nominative`` in ``data/name_rules.toml``): ``place_nominative("Korwanii", "pl") == "Korwania"``,
    ``place_nominative("Корвании", "ru") == "Корвания"``; ``word`` itself when no ending of the table ends it
    with :data:`MIN_STEM` letters before it, or the language has no table. Input: one word as written."""
    low = word.lower()
    for ending, nominative in _PLACE_NOMINATIVE.get(language or "", ()):
        if low.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)] + nominative
    return word
