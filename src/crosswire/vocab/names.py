"""Name helpers shared by the facts stage, the stories stage and the comparison: the folded form names are
compared in, a person's surname, generational suffixes, honorifics and initials."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.fuzz import ratio

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


# -- one place's names -----------------------------------------------------------------------------------------
PLACE_HEAD = 5  # letters of a folded place name compared first (case endings aside: "Dorvanie", "Dorvelu", "Dorvan")
PLACE_SPELLING_BAR = 60  # rapidfuzz ratio (0-100) of two folded names above which one is the other's spelling:
# "warsaw" / "warszawa" 71, "moscow" / "moskwa" 67, "munich" / "munchen" 77; two towns' names of the invented
# tests score 18-45 ("dorvan" / "karsk" 36)


@lru_cache(maxsize=1 << 14)
def place_fold(name: str) -> str:
    """A place's name as its renderings are compared: transliterated (anyascii), folded and without spaces or
    hyphens ("Port Vessary" -> "portvessary", "Орловке" -> "orlovke", "Dorvelu" -> "dorvelu")."""
    return re.sub(r"[\s'’-]+", "", fold(anyascii(name)))


def place_key(name: str) -> str:
    """The key one place's renderings share: the first :data:`PLACE_HEAD` letters of :func:`place_fold` (a Slavic
    case ending, "w Dorvelu", is the same town as "in Dorvel"). What sides of a place conflict are grouped by."""
    return place_fold(name)[:PLACE_HEAD]


@lru_cache(maxsize=1 << 14)
def same_place(a: str, b: str) -> bool:
    """Whether two written place names render one place: the same :func:`place_key` ("Dorvan" / "Dorvanie",
    "Орловке" / "Orlovka"), the same stem once case endings are off (:func:`name_stem`: "Kyiv" / "Kyivu"), or
    folded spellings at least :data:`PLACE_SPELLING_BAR` alike ("Warsaw" / "Warszawa"). The one test of the
    comparison's place checks (hospital towns, places of an act, places in quotations). Input: names as
    written, in any script."""
    fa, fb = place_fold(a), place_fold(b)
    if not fa or not fb:
        return False
    if fa[:PLACE_HEAD] == fb[:PLACE_HEAD] or ratio(fa, fb) >= PLACE_SPELLING_BAR:
        return True
    return name_stem(fa) == name_stem(fb)


def _stem_endings() -> tuple[str, ...]:
    """Every case ending :func:`name_stem` takes off, the longest first: the noun declensions of
    ``data/name_rules.toml`` and the adjectival ones of ``data/story_names.toml``."""
    found = {e for spec in data_toml("name_rules.toml").values() for e in spec.get("endings", [])}
    found |= set(data_toml("story_names.toml").get("endings", []))
    return tuple(sorted(found, key=lambda e: (-len(e), e)))


_STEM_ENDINGS = _stem_endings()
_VOWELS = "aeiou"


@lru_cache(maxsize=65536)
def name_stem(key: str) -> str:
    """An entity key (:func:`crosswire.stories.text.entity_key`) with every word cut to a stem all its case forms
    share: the longest case ending of any declining language taken off, then any vowels left at its end, as long
    as :data:`crosswire.facts.name_stems.MIN_STEM` letters remain. "estvara" (Estvaria, Естварія), "estvari"
    (Естварії, Estwarii), "estvaru" (Естварію), "estvarei" (Эстварией) are all "estvar"; "revalovi"
    (Revalowi), "revalom" (Ревалом) are "reval"; "zelenskogo" (Зеленського) and "zelenski" are "zelensk".

    Why language-free: a story's keys come from articles in several languages, and a key carries no language;
    the endings of every language apply to every key, on both sides of a comparison, so a name meets its forms
    in any case and script. It is coarser than a key ("Marina" and "Marino" share "marin"), so only the rules of
    stories in other languages than English compare names by it (:attr:`GroupRule.name_stems`); English is
    compared by keys, as tuned on ECB+."""
    from crosswire.facts.name_stems import MIN_STEM  # here: the facts stage imports this module

    out = []
    for word in key.split():
        for ending in _STEM_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)]
                break
        while len(word) > MIN_STEM and word[-1] in _VOWELS:
            word = word[:-1]
        out.append(word)
    return " ".join(out)


ACADEMIC_TITLES: tuple[str, ...] = tuple(_NAMES["academic_titles"])
_TITLES_BEFORE = re.compile(
    r"(?:(?<![\w.-])(?:"
    + "|".join(re.escape(t) for t in sorted(ACADEMIC_TITLES, key=len, reverse=True))
    + r")\.?\s+)+$",
    re.IGNORECASE,
)
_TITLE_REACH = 40  # characters before a name searched for its titles ("Prof. Dr. med. habil. " is 22)


def title_before(text: str, start: int) -> str | None:
    """The academic or professional titles (``academic_titles`` of ``data/vocab.toml``) written right before
    character offset ``start`` of ``text``, as written and without the space after them ("Prof.", "Dr. med.",
    "проф."): ``title_before("Energieminister Prof. Kasimir Oradek", 21) == "Prof."``; None when none stands
    there. A title is no part of a name; this only reads how a source writes it. Raises nothing."""
    m = _TITLES_BEFORE.search(text[max(0, start - _TITLE_REACH) : start])
    return " ".join(m.group().split()) if m else None
