"""Currency words written after an amount, per language, from babel's CLDR currency names.

"48 Millionen Pfund", "48 millions de livres sterling", "48 миллионов фунтов стерлингов", "3 miliony złotych": a
currency written as a word after an amount is money, not a count of "pfund". babel gives every listed currency's
display name in each locale in every plural form ("Britisches Pfund" / "Britische Pfund", "funt szterling" /
"funtów szterlingów", "британский фунт стерлингов" / "британских фунтов стерлингов"); the noun of each name (its
``head`` in ``data/currency_names.toml``: German's and English's last word, the Romance languages' and Polish's first,
Russian's and Ukrainian's first word that has no adjective ending) is the word news copy writes alone. No library
picks the noun out of a currency name, hence this module; the words babel lacks, those that are everyday words
after a number ("won", "вона"), and those that also count things ("Pfund", "livres") are in that data file.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from crosswire.vocab.data import data_toml

PLURAL_COUNTS = (None, 1, 2, 5, 1.5)  # CLDR plural categories: one, few (2), many (5), other (1.5)


def _data() -> dict[str, Any]:
    return data_toml("currency_names.toml")


def _listed_codes() -> list[str]:
    """ISO 4217 codes of ``data/quantities.toml``'s ``iso_currencies``, in its order (the most written first)."""
    return list(data_toml("quantities.toml")["iso_currencies"])


def _head(name: str, language: str) -> str | None:
    """The noun of a currency's display name ``name`` in ``language`` (lower case), or None for a language of
    no ``head`` rule."""
    words = name.lower().split()
    rule = _data()["head"].get(language)
    if not words or rule is None:
        return None
    if rule == "last":
        return words[-1]
    if rule == "first":
        return words[0]
    endings = tuple(_data()["adjective_endings"].get(language, ()))
    return next((w for w in words if not w.endswith(endings)), words[-1])


@lru_cache(maxsize=16)
def currency_words(language: str) -> dict[str, str]:
    """Lower-case word -> ISO 4217 code (or "crown") of the currency words written after an amount in
    ``language`` (ISO 639-1): babel's names' nouns in every plural form, plus ``extra``, less ``excluded``.
    Empty for a language babel has no names for or ``data/currency_names.toml`` gives no ``head`` rule."""
    from babel.core import UnknownLocaleError
    from babel.numbers import get_currency_name

    found: dict[str, set[str]] = {}
    order: dict[str, int] = {}
    for rank, code in enumerate(_listed_codes()):
        order[code] = rank
        for count in PLURAL_COUNTS:
            try:
                name = get_currency_name(code, count=count, locale=language)
            except (UnknownLocaleError, ValueError):
                return {}
            if name == code:
                continue  # no name in that locale
            head = _head(name, language)
            if head is not None:
                found.setdefault(head, set()).add(code)
    shared = {name: frozenset(codes) for name, codes in _data().get("shared", {}).items()}
    out: dict[str, str] = {}
    for word, codes in found.items():
        generic = next((name for name, group in shared.items() if len(codes) > 1 and codes <= group), None)
        out[word] = generic or min(codes, key=lambda c: order[c])
    out.update({w.lower(): c for w, c in _data()["extra"].get(language, {}).items()})
    for w in _data()["excluded"].get(language, ()):
        out.pop(w, None)
    return out


@lru_cache(maxsize=16)
def currency_names(language: str) -> dict[str, str]:
    """Lower-case full display name of a listed currency in ``language`` in every plural form ("swiss francs",
    "british pound") -> ISO 4217 code, for names whose noun comes last (an adjective before it: English,
    German). Empty for other languages."""
    from babel.numbers import get_currency_name

    if _data()["head"].get(language) != "last":
        return {}
    out: dict[str, str] = {}
    for code in reversed(_listed_codes()):  # the most written wins a name two share
        for count in PLURAL_COUNTS:
            name = get_currency_name(code, count=count, locale=language).lower()
            if " " in name:
                out[name] = code
    return out


def scaled_only(language: str) -> frozenset[str]:
    """Currency words of ``language`` that also count things ("Pfund", "livres"): money only after a scale word
    or before a ``sterling`` word."""
    return frozenset(_data()["scaled_only"].get(language, ()))


def sterling_words() -> frozenset[str]:
    """Words that make the word before them a currency ("livres sterling", "funtów szterlingów")."""
    return frozenset(_data()["sterling"])


@lru_cache(maxsize=16)
def currency_adjectives(language: str) -> dict[str, frozenset[str]]:
    """ISO 4217 code -> the lower-case words of its babel names in ``language`` other than their noun, in every
    plural form ("swiss", "schweizer", "швейцарских", "szwajcarskich"): an adjective written between an amount
    and its currency word ("3 Millionen Schweizer Franken", "3 млн швейцарских франков")."""
    from babel.core import UnknownLocaleError
    from babel.numbers import get_currency_name

    out: dict[str, set[str]] = {}
    for code in _listed_codes():
        for count in PLURAL_COUNTS:
            try:
                name = get_currency_name(code, count=count, locale=language)
            except (UnknownLocaleError, ValueError):
                return {}
            head = _head(name, language)
            out.setdefault(code, set()).update(w for w in name.lower().split() if w != head and len(w) > 2)
    return {code: frozenset(ws) for code, ws in out.items()}
