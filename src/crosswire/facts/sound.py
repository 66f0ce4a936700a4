"""A consonant key for one name word that survives transcription between scripts and languages.

Two transcriptions of one foreign name often differ in both vowels and consonant spelling ("Thatcher" /
"Тачър", "Gove" / "Гав", "Jean-Claude" / "Жан-Клод", "Verhofstadt" / "Верховстадт"), beyond what the
romanisation skeleton of :mod:`crosswire.facts.linking` brings together. The key keeps only the consonants,
after folding the spellings of one sound to one letter (``dzh``/``dž``/``zh``/``j``/``g`` before a front vowel
-> ``j``; ``th`` -> ``t``; ``ph``/``v``/``w`` -> ``f``; ``ck``/``c`` before a back vowel/``q`` -> ``k``; ``z`` ->
``s``; a final voiced stop devoiced), then drops vowels, ``h`` after a consonant and doubled letters.
Written by hand: jellyfish's Metaphone, Soundex and NYSIIS are English-only and keep the vowel-initial letter
and the spelling of ``j``/``zh`` apart; the rules are the standard Latin transcriptions of Cyrillic (ISO 9 /
BGN) read backwards. Used by the linker only between names of different languages, and only for equality.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.vocab.names import fold, latin

# Cyrillic letters whose sound anyascii's Russian-centred transliteration misses for a language (Ukrainian and
# Belarusian "г" is /h/: "Гант" is Hunt).
_BEFORE = {"uk": (("г", "х"),), "be": (("г", "х"),)}
# A word-initial Cyrillic "у" before a vowel transcribes an English "w" ("Уильямсон" = "Williamson", "Уайли" =
# "Wylie", "Уолтер" = "Walter"); Slavic names do not open so.
_CYRILLIC_W = re.compile(r"^у(?=[аеёиоэыяюі])")
# Applied in order to the transliterated, folded word (a-z only).
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"^(?:i|y)(?=[aeou])", "j"),  # "Iulia", "Yulia" -> "Julia"
        (r"kh", "h"),
        (r"^ch(?=r)|ch(?=ae)", "k"),  # Greek "ch": "Christopher", "Michael" ("Кристофер", "Майкл")
        (r"ng$", "n"),  # Chinese and Korean "-ng" is Cyrillic "-н": "Wang" / "Ван", "Jong" / "Чен"
        (r"tsz", "j"),  # Palladius "цз" is Pinyin "j": "Цзиньпин" / "Jinping"
        (r"^x(?=i)", "s"),  # Pinyin "xi" is Palladius "си": "Xi" / "Си"
        # "s" before a consonant or at a word's end is /sh/ in European Portuguese, and Cyrillic writes it so
        # ("Castro" / "Каштру", "Mendes" / "Мендеш", "Soares" / "Соареш"): there "sh" and "sch" are one "s"
        (r"s?sch(?=[^aeiouy])|sch$|sh(?=[^aeiouy])|sh$", "s"),
        (r"dzh|dz(?=[aeiou])|dj|zh|tsch|tch|sch|sh|ch", "j"),
        (r"g(?=e)", "j"),
        (r"th", "t"),
        (r"ph|v|w", "f"),
        (r"x", "ks"),
        (r"ck|q|c(?=[aoukrl])", "k"),
        (r"tes$", "ts"),  # English "-tes" is /ts/: "Coates" = "Коутс", "Yates" = "Йейтс"
        (r"ts|tz|c", "s"),
        (r"z", "s"),
        (r"(?<=[^aeiouy])h|^h(?=[^aeiouy])", ""),
        (r"[aeiouy]+", ""),
        (r"(.)\1+", r"\1"),
        (r"dt$|d$", "t"),
        (r"b$", "p"),
        (r"(.)\1+", r"\1"),
    )
)


@lru_cache(maxsize=1 << 16)
def sound_key(word: str, language: str | None = None) -> str:
    """The consonant key of one name word (a-z, possibly ""): ``sound_key("Thatcher") == sound_key("Тачър",
    "bg") == "tjr"``; ``sound_key("Jean-Claude") == sound_key("Жан-Клод", "ru")``.

    Input: one word as written, and the ISO 639-1 code of the language it is written in (used for the
    letters :data:`_BEFORE` lists). The parts of a hyphenated word are keyed one by one and joined ("Jong-un"
    and "Чен-ун" both give "jnn"). Raises nothing."""
    text = word.lower()
    for a, b in _BEFORE.get(language or "", ()):
        text = text.replace(a, b)
    text = _CYRILLIC_W.sub("в", text)
    return "".join(_part_key(part) for part in text.split("-"))


def _part_key(part: str) -> str:
    """The key of one hyphen-separated part: the rules read each syllable of "Jong-un" / "Чен-ун" on its own."""
    s = re.sub(r"[^a-z]", "", fold(latin(part)))
    for pat, rep in _RULES:
        s = pat.sub(rep, s)
    return s
