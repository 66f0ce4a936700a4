"""Name words and whether two are one name: a first name or surname with its skeletons, case stems and
consonant key, compared with Jaro-Winkler similarity (jellyfish), a Metaphone check, equal case stems and,
across languages, equal vowel or consonant keys.

Part of the cross-article linker (:mod:`crosswire.facts.linking`); the thresholds were set on the ECB+ and
BSNLP 2021 tune halves (``bench/bsnlp.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jellyfish

from crosswire.facts.name_skeleton import skeleton, vowel_key
from crosswire.facts.name_stems import MIN_STEM, case_stem
from crosswire.facts.records import Entity
from crosswire.facts.sound import sound_key
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import HONORIFICS, fold, is_name_suffix, latin

SURNAME_THRESHOLD = 0.90
FIRST_NAME_THRESHOLD = 0.80
# The shortest consonant key (crosswire.facts.sound) that links two words of different languages alone.
SOUND_MIN = 2
# Suffixes that make a surname of a given name in Slavic languages (on skeletons: "Borisov", "Ivanova",
# "Petrenko", "Pavlovich", "Jankowski"), with the feminine and declined forms of each.
_SURNAME_SUFFIX = re.compile(r"[oe]v[aiu]?|[oe]vi|in[aiu]?|enko|uk|[oe]vi[ck]h?|ovs?k[aiy]|sk[aiy]")


def name_parts(entity: Entity, language: str | None = None) -> tuple[list[str], str]:
    """The given names (first, then any middle names written capitalised: "Alexander Boris de Pfeffel
    Johnson" -> Alexander, Boris, Pfeffel) and the surname of a person's name; no given name for one word.

    Beyond English (``language`` an ISO 639-1 code other than "en"; English input keeps the rules above
    only), a regnal name keeps its numeral as the word it is told apart by ("Alžběta II." -> Alžběta, II), a
    name written as one word is read as the words it joins (:func:`_joined`), and words in lower case before a
    capitalised one are titles or particles, not given names ("pan Nowak", "г-н Петров", "princ Karol Wendt",
    "von der Leyen" -> Leyen; a name written all in lower case keeps them), and an Arabic article joined to a
    capitalised name is dropped ("al-Asad", "аль-Асад" -> Asad, Асад; :data:`_ARTICLE`)."""
    text = entity.name.strip()
    words = [w for w in re.split(r"[\s.]+", text) if w]
    cross = language not in (None, "en")
    if cross and len(words) > 1:  # "Donald Trump mladší", "Дональд Трамп-младший": the son (see generation())
        words = [words[0], *(_GENERATION_TAIL.sub("", w) for w in words[1:] if not is_generational(w))]
    if cross and len(words) == 2 and _ROMAN.fullmatch(words[1]) and words[0][:1].isupper():
        return [words[0]], words[1]  # "Elżbieta II", "Елизавета II": not the generational suffix of a surname
    if cross and len(words) == 1:
        words = _joined(words[0])
    while cross and len(words) > 1 and not words[0][:1].isupper() and any(w[:1].isupper() for w in words[1:]):
        words = words[1:]  # a title or particle written in lower case: "pan Nowak", "г-н Петров", "von der Leyen"
    words = [w for w in words if w.rstrip(".").lower() not in HONORIFICS and not is_name_suffix(w)]
    if cross:
        words = [_without_article(w) for w in words]
    if not words:
        return [], ""
    middle = [w for w in words[1:-1] if w[:1].isupper() and len(w) > 1]
    return ([words[0], *middle] if len(words) > 1 else []), words[-1]


# The Arabic article written joined to a name, in Latin and Cyrillic letters and with the sun letters'
# assimilation ("al-Asad", "ar-Rahman", "аль-Асад", "ан-Нахайян"): dropped before a capital, as Russian and
# Ukrainian sources usually write the name without it ("Башар Асад").
_ARTICLE = re.compile(r"^(?:[ae]l|a[dnrstz]|ash|аль?|эль|ель?|а[днрстз]|аш)[-‐](?=[^\W\d_])")
_GENERATIONAL = frozenset(data_toml("vocab.toml")["names"]["generational"])
_ELDER = frozenset(data_toml("vocab.toml")["names"]["elder"])
# A word for the younger or the elder joined to a surname by a hyphen ("Трамп-младший").
_GENERATION_TAIL = re.compile(
    "-(?:" + "|".join(sorted((re.escape(w) for w in _GENERATIONAL), key=len, reverse=True)) + r")$", re.IGNORECASE
)
_JOINED_PREFIXES = ("fitz",)


def is_generational(word: str) -> bool:
    """Whether ``word`` says "the younger" or "the elder" after a name ("Junior", "mladší", "младший"; the
    ``generational`` list of ``data/vocab.toml``), rather than being a surname."""
    return word.strip(".,").lower() in _GENERATIONAL


def generation(name: str, language: str | None = None) -> str:
    """Which of a father and son of one name a person's name is, beyond English: "younger" when it ends in a
    word for the younger or a suffix ("Donald Trump Jr.", "Donald Trump mladší", "Дональд Трамп-младший"),
    "elder" ("Fred Trump Sr.", "starší", "старший"; the ``elder`` list of ``data/vocab.toml``), "" otherwise
    and for English input, which keeps its rules. Roman numerals are left to the regnal rule of
    :func:`name_parts`."""
    words = [w for w in re.split(r"[\s.,]+|-(?=[^\W\d_]+$)", name.strip()) if w]
    if language in (None, "en") or len(words) < 2:
        return ""
    last = words[-1].lower()
    if last in _ELDER:
        return "elder"
    return "younger" if is_generational(last) or last == "jr" else ""


def _without_article(word: str) -> str:
    """``word`` without a joined Arabic article when a capitalised name follows it ("al-Asad" -> "Asad")."""
    rest = _ARTICLE.sub("", word)
    return (
        rest if rest != word and rest[:1].isupper() else word
    )  # a surname prefix written joined and capitalised on both sides


_ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{1,3}|V)")


def _joined(word: str) -> list[str]:
    """A one-word name read as the name it joins (BSNLP 2021 annotates "MichelBarnier", "Jean-Claude-Juncker"):
    two capitalised parts of 4+ letters each written together ("MichelBarnier" -> Michel, Barnier; "McDonald",
    "MacDonald" and "FitzGerald" stay one word), or three or more capitalised parts joined by hyphens, whose
    last is the surname ("Jean-Claude-Juncker" -> Jean-Claude, Juncker; a double-barrelled surname has two
    parts: "Hamilton-Parker" stays one word). ``[word]`` otherwise."""
    parts = word.split("-")
    if len(parts) >= 3 and all(p[:1].isupper() for p in parts):
        return ["-".join(parts[:-1]), parts[-1]]
    for i in range(4, len(word) - 3):
        head, tail = word[:i], word[i:]
        if head.lower() in _JOINED_PREFIXES:
            break
        if head[:1].isupper() and head[1:].islower() and tail[:1].isupper() and tail[1:].islower() and head.isalpha():
            return [head, tail] if tail.isalpha() else [word]
    return [word]


# Cyrillic "Г": Russian and Bulgarian write a foreign name's H with it ("Мирослав Геденко" for "Miroslav
# Hedenko" in a new user's pipeline story, whose Ukrainian outlet's "Геденко" transliterates with "h" and was
# linked), so a name word opening with it is also looked up under "h"; whether the two are one name is still
# :func:`similar`'s (Jaro-Winkler of "gedenko" / "hedenko" 0.90).
_CYRILLIC_GHE = frozenset("Гг")


@dataclass(frozen=True, slots=True)
class NameWord:
    """One name word (a first name or a surname) with the forms it is compared in: its skeleton without and
    with its language's spelling rules (a Czech text writes "Johnson" as English does, and "Jelena" as Czech
    does, so both readings are kept) and its transliterated, folded form."""

    text: str
    language: str | None
    skels: tuple[str, ...]
    folded: str
    sound: str
    stems: tuple[str, ...]  # the skeletons, and each without a case ending of its language (name_stems)

    @classmethod
    def of(cls, text: str, language: str | None) -> NameWord:
        skels = tuple(dict.fromkeys(s for s in (skeleton(text), skeleton(text, language)) if s))
        stems = tuple(dict.fromkeys([*skels, *(case_stem(s, language) for s in skels)]))
        return cls(text, language, skels, fold(latin(text)), sound_key(text, language), stems)

    @property
    def letters(self) -> set[str]:
        """The first letters of its skeletons and of its sound key: the blocks it is looked up in."""
        letters = {s[0] for s in self.skels} | {vowel_key(s)[0] for s in self.skels} | set(self.sound[:1])
        if self.text[:1] in _CYRILLIC_GHE:
            letters.add("h")  # Russian writes a foreign H with "Г": "Геденко" / "Hedenko", "Гамбург" / "Hamburg"
        return letters


def _derived(sa: str, sb: str) -> bool:
    """Whether one skeleton is the other with a Slavic surname-forming suffix: "Borisov" is not "Boris",
    "Petrenko" not "Petro" (a family name made from a given name; close by Jaro-Winkler, never one name)."""
    short, long_ = sorted((sa, sb), key=len)
    return long_.startswith(short) and _SURNAME_SUFFIX.fullmatch(long_[len(short) :]) is not None


def _similar_skel(sa: str, sb: str, threshold: float, cross: bool) -> bool:
    if sa == sb:
        return True
    if cross and min(len(sa), len(sb)) >= 3 and vowel_key(sa) == vowel_key(sb):
        return True
    if len(sa) <= 3 or len(sb) <= 3:
        return False
    jw = jellyfish.jaro_winkler_similarity(sa, sb)
    if jw >= threshold:
        return True
    return jw >= threshold - 0.06 and jellyfish.metaphone(sa) == jellyfish.metaphone(sb)


def similar(a: NameWord, b: NameWord, threshold: float, sound: bool = True, folded_threshold: float = 0.0) -> bool:
    """Whether two name words are one name; ``sound``: also when, across languages, their consonant keys or
    vowel keys are equal (off for a single word with no first name beside it, where a key alone joins too
    much: "Bulhaři" / "Blair", "Патън" / "Putin", "Bóg" / "Begg" on the BSNLP 2021 tune half);
    ``folded_threshold``: the Jaro-Winkler similarity the transliterated, folded forms need when above
    ``threshold`` (:func:`first_compatible` across languages)."""
    if not a.skels or not b.skels or is_derived(a, b):
        return False  # "Boris" / "Borisov", on the skeletons with each language's rules (Czech "-ová" gone)
    if min(len(a.folded), len(b.folded)) >= 4 and jellyfish.jaro_winkler_similarity(a.folded, b.folded) >= max(
        threshold, folded_threshold
    ):
        return True  # "Yulia" / "Yuliya": close as written even where the skeleton is too short to judge
    cross = a.language != b.language
    if sound and cross and len(a.sound) >= SOUND_MIN and a.sound == b.sound:
        return True  # "Thatcher" / "Тачър", "Jean-Claude" / "Жан-Клод" (crosswire.facts.sound)
    if any(_same_stem(x, y) for x in a.stems for y in b.stems):
        return True  # "Putinem" / "Путин", "Trumpa" / "Трамп": one name in two grammatical cases
    return any(_similar_skel(x, y, threshold, cross and sound) for x in a.skels for y in b.skels)


def is_derived(a: NameWord, b: NameWord) -> bool:
    """Whether one word is the other with a Slavic surname-forming suffix (on the skeletons with each
    language's rules): "Borisov" is not "Boris", "Skripalovi" not "Skripal" (:func:`_derived`)."""
    return bool(a.skels) and bool(b.skels) and _derived(a.skels[-1], b.skels[-1])


def _same_stem(x: str, y: str) -> bool:
    """Two equal case stems (crosswire.facts.name_stems: 4+ letters). Equal only: stems equal but for their
    vowels joined "Rumunia" and "Рахман", "Češky" and "Tusk" on the BSNLP 2021 tune half."""
    return x == y and len(x) >= MIN_STEM


def _initial(w: NameWord) -> bool:
    """Whether a given name is an initial: one letter, or letters without a vowel ("Дж." for "J.")."""
    return len(w.text.rstrip(".")) == 1 or (bool(w.skels) and not re.search(r"[aeiouy]", w.skels[0]))


def first_compatible(a: NameWord | None, b: NameWord | None) -> bool:
    """Whether two given names may name one person: true when either is missing, initials that share a
    letter, across languages equal consonant keys, else :func:`similar` at :data:`FIRST_NAME_THRESHOLD`
    (across languages, the folded forms at :data:`SURNAME_THRESHOLD`: "Джон" is not "Джим")."""
    if a is None or b is None:
        return True
    x, y = a.text.rstrip("."), b.text.rstrip(".")
    if _initial(a) or _initial(b):
        return bool(a.letters & b.letters) or x[0].lower() == y[0].lower()
    if a.language != b.language and a.sound and a.sound == b.sound:
        return True  # a short first name's consonants, across languages: "Guy" / "Ги" (its surname matched)
    # Across languages the folded forms must be as close as surnames are: a transliterated digraph shared at the
    # start ("Dzh-") lifts Jaro-Winkler's prefix bonus, and "Джон" / "Джим" (John, Jim) scored 0.81.
    return similar(a, b, FIRST_NAME_THRESHOLD, folded_threshold=SURNAME_THRESHOLD if a.language != b.language else 0.0)


def same_word(a: NameWord, b: NameWord) -> bool:
    """Whether two name words are one word spelt two ways, with no closeness by Jaro-Winkler: equal
    skeletons or case stems, or across languages equal vowel keys (3+ letters) or consonant keys
    (:data:`SOUND_MIN`+ letters): "Noreen" / "Норин", "Sánchez" / "Санчес"; not "Petrov" / "Petrovich"."""
    if not set(a.stems).isdisjoint(b.stems):
        return True
    if a.language == b.language:
        return False
    if len(a.sound) >= SOUND_MIN and a.sound == b.sound:
        return True
    return any(min(len(x), len(y)) >= 3 and vowel_key(x) == vowel_key(y) for x in a.skels for y in b.skels)
