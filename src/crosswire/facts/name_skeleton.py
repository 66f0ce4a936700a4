"""The transliteration skeleton a name is compared in across spellings and scripts, and its vowel key.

Part of the cross-article linker (:mod:`crosswire.facts.linking`): names are transliterated to Latin letters
(anyascii), the spelling rules of their language applied (``data/name_rules.toml``), then the shared
romanisation rules that bring the Russian, Belarusian and Ukrainian romanisations together. Written by hand:
no installed library folds romanisation variants ("Tsikhanouskaya" ~ "Tikhanovskaya").
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold, latin

# Romanisation variants, applied in order: Tsikhanouskaya ~ Tikhanovskaya, Lukashenka ~ Lukashenko. A vowel
# after "i", "y" or "j" is one sound however it is written, with or without the "i": Latin "Maria" and "Julija",
# "Мария" transliterated "Mariya" and "Юлия" "Yuliya" all lose the "i" ("mara", "ula"), as Polish "Ania" and
# Russian "Аня" ("Anya") do. Latin "s" between vowels is /z/ in most European languages and Cyrillic writes it
# "з" ("Rosa" / "Роза", "Isabel" / "Изабель"): a "z" between vowels is made "s".
SKELETON_RULES = [
    (r"^ts", "t"),
    (r"kh", "h"),
    (r"zh", "j"),
    (r"sch|shch", "sh"),
    (r"ou(?=[sk])", "ov"),
    (r"i[yj]?a|[yj]a", "a"),
    (r"i[yj]?u|[yj]u", "u"),
    (r"i[yj]?e|[yj]e", "e"),
    (r"y", "i"),
    (r"(?<=[aeiou])z(?=[aeiou])", "s"),
    (r"w", "v"),
    (r"ff$", "v"),
    (r"(.)\1", r"\1"),
]


_LANGUAGE_RULES = data_toml("name_rules.toml")
# The languages with spelling rules of their own (ISO 639-1), in a fixed order.
SKELETON_LANGUAGES: tuple[str, ...] = tuple(sorted(_LANGUAGE_RULES))


@lru_cache(maxsize=64)
def _rules(language: str | None, when: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    spec = _LANGUAGE_RULES.get(language or "", {}).get(when, [])
    return tuple((re.compile(pat), rep) for pat, rep in spec)


def _by_word(text: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    words = text.split()
    for pat, rep in rules:
        words = [pat.sub(rep, w) for w in words]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def skeleton(name: str, language: str | None = None) -> str:
    """The form a name is compared in across spellings and scripts: transliterated to Latin letters
    (anyascii), the spelling rules of the name's ``language`` applied (``data/name_rules.toml``: German
    "Sch-", French "J-"/"ou", Polish "sz"/"cz", Czech feminine "-ová", Bulgarian "ъ"), then the shared
    romanisation rules (:data:`SKELETON_RULES`). Lower-case a-z and spaces; "" when nothing is left.

    Input: a name as written, the ISO 639-1 code of the language it is written in (None: no language rules).
    Example: ``skeleton("Ціханоўская", "be") == skeleton("Tikhanovskaya") == "tihanovska"``."""
    raw = _by_word(name.lower(), _rules(language, "before"))
    s = re.sub(r"[^a-z ]", "", fold(latin(raw)))
    s = _by_word(s, _rules(language, "after"))
    for pat, rep in SKELETON_RULES:
        s = re.sub(pat, rep, s)
    return s


@lru_cache(maxsize=1 << 16)
def vowel_key(skel: str) -> str:
    """A skeleton with every run of vowels made one "a" and "h" after a consonant dropped: the form two
    transcriptions of one foreign name share when they spell its vowels differently ("Trump" / "Трамп" /
    "Тръмп", "May" / "Мэй", "Johnson" / "Джонсон"). Used only for equality, across languages, of words of 3+
    letters."""
    s = re.sub(r"dzh|dj|dz(?=h)", "j", skel)
    s = re.sub(r"(?<=[bdfgjklmnprtvwz])h|(?<=[aeiouy])h(?![aeiouy])", "", s)
    return re.sub(r"[aeiouy]+", "a", s)
