"""What a number counts, as one concept id in every language: "boats", "лодки", "Boote" -> ``boat``.

The lexicon is ``data/concepts.toml`` (one table per concept, one word list per language). Written by hand
because no offline multilingual lexicon maps counted nouns of news copy to shared ids; the list is small and
closed (people, the dead, the injured, the detained, boats, houses, ...), and a word it does not know gets no
concept rather than a wrong one.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from lemminflect import getInflection, getLemma

from crosswire.table_cache import use_for_lemminflect
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

use_for_lemminflect()  # lemminflect's tables read from the cache folder on first use (every stage imports this)

MIN_STEM = 3  # a stem shorter than this would match too many words
UNSPACED = frozenset({"zh"})  # languages written without spaces between words: entries are found inside runs


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
    starts, ends = _stem_index(language or "en")
    if (language or "en") == "de" and (found := _german_compound_concept(head, stems, ends)):
        return found
    for cand in (head, fold(head)):
        if (at := _first_prefix(cand, starts)) is not None:
            return stems[at][1]
    return None


@lru_cache(maxsize=16)
def _stem_index(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """Two indexes of ``_table(language)``'s stem list (positions in it, longest stem first), so that a word is
    looked up by its own prefixes and suffixes instead of tested against every stem: (a stem, or a stem with
    its accents folded -> the first position holding it either way; a stem of :data:`_HEAD_MIN` letters or
    more -> its first position). The first position is the one the scan in list order would stop at."""
    stems = _table(language)[1]
    starts: dict[str, int] = {}
    ends: dict[str, int] = {}
    for i, (stem, _concept) in enumerate(stems):
        starts.setdefault(stem, i)
        starts.setdefault(fold(stem), i)
        if len(stem) >= _HEAD_MIN:
            ends.setdefault(stem, i)
    return starts, ends


def _first_prefix(word: str, starts: dict[str, int]) -> int | None:
    """The first stem-list position (:func:`_stem_index`) whose stem, or folded stem, ``word`` starts with;
    None for none. The same position as testing ``word.startswith((stem, fold(stem)))`` in list order."""
    found = [at for k in range(len(word) + 1) if (at := starts.get(word[:k])) is not None]
    return min(found) if found else None


def _german_compound_concept(word: str, stems: list[tuple[str, str]], ends: dict[str, int]) -> str | None:
    """The concept of a German compound by its head, the last part, before any stem it starts with
    ("Elektro-Stadtbusse" counts buses, not towns; "Rettungsboote" boats): after a hyphen, the part after the
    last one read as a word; then an entry of :data:`_HEAD_MIN` letters or more that the word ends with,
    plural and case endings allowed (:data:`_DE_ENDINGS`), the first such entry of the stem list (``ends``, its
    index by entry, :func:`_stem_index`). None when neither applies. A new user's bus-recall story read "1240
    Elektro-Stadtbusse" as counting no known thing while the Polish, Spanish and English sentences counted
    vehicles."""
    if "-" in word.strip("-"):
        return concept_of(word.rsplit("-", 1)[1], "de")
    found = []
    for ending in _DE_ENDINGS:
        if not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)]
        for j in range(len(base) - _HEAD_MIN + 1):
            entry = base[j:]
            if entry != word and (at := ends.get(entry)) is not None:
                found.append(at)
    return stems[min(found)][1] if found else None


# English nouns whose plural is the singular, which lemminflect's tables inflect ("aircrafts"): "craft" nouns and
# the few news copy counts ("23 aircraft", "40 sheep").
SAME_PLURAL = frozenset({"aircraft", "spacecraft", "hovercraft", "watercraft", "sheep", "deer", "fish", "species"})


def plural_noun(phrase: str) -> str:
    """``phrase`` (a counted noun as a lemma, then its participle) with the noun in the plural, by
    lemminflect's tables: "home flooded" -> "homes flooded", "person killed" -> "people killed"."""
    head, _, rest = phrase.partition(" ")
    if not head:
        return phrase
    if head in SAME_PLURAL:
        return phrase
    plural = "people" if head == "person" else _plural(head)
    return f"{plural} {rest}".strip()


def _plural(noun: str) -> str:
    """``noun`` in the plural; a noun already plural stays as it is ("miles", "feet", "tonnes": lemminflect
    inflects the word as given, "mileses"), an abbreviation too ("km")."""
    if len(noun) <= 3 and noun.isalpha() and not any(c in "aeiou" for c in noun):
        return noun  # "km", "kg"
    lemma = (getLemma(noun, "NOUN") or (noun,))[0]
    if lemma != noun:
        return noun
    return (getInflection(noun, "NNS") or (noun,))[0]


# Endings a German compound's head takes in the plural or a case ("Kapitallücken", "Verlusten", "Schadens").
_DE_ENDINGS = ("", "e", "n", "en", "s", "es", "er", "ern")
_HEAD_MIN = 4  # a compound head shorter than this would match inside too many words
# A short Latin-script entry matches the whole word or the word with a plural ending only: as a stem "trou"
# would read "trouvé" (found) as a hole and "fine" "finest"; Slavic entries are stems (the cases inflect them).
_SHORT_ENDINGS = frozenset({"s", "x", "es", "e", "n", "en"})
_STEM_MIN = 5


@lru_cache(maxsize=16)
def _money_table(language: str) -> tuple[tuple[str, str], ...]:
    """(word or stem, concept) of ``data/money_concepts.toml`` for one language, longest first."""
    rows = [(w.casefold(), c) for c, words in data_toml("money_concepts.toml").items() for w in words.get(language, [])]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _compound_head(entry: str, word: str) -> bool:
    return len(entry) >= _HEAD_MIN and word != entry and any(word.endswith(entry + e) for e in _DE_ENDINGS)


def entry_matches(entry: str, word: str, language: str) -> bool:
    """Whether one word (lower case) is read as the money-lexicon ``entry`` of ``language``: the whole word,
    the entry as a stem the word starts with (five letters or more; three in Russian, Ukrainian and
    Belarusian), the entry with a plural ending ("trous", never "trouvé"), or (German) the entry as the
    compound's head ("Kapitallücke"). A two-word entry matches no single word."""
    if " " in entry:
        return False
    if not word.startswith(entry):
        return language == "de" and _compound_head(entry, word)
    stem = len(entry) >= _STEM_MIN or (language in ("ru", "uk", "be") and len(entry) >= MIN_STEM)
    return stem or word == entry or word[len(entry) :] in _SHORT_ENDINGS


def _money_word(word: str, table: tuple[tuple[str, str], ...], language: str) -> str | None:
    """The money concept of one word (lower case): a German compound by its head first ("Haushaltsloch" is a
    hole, not a budget), then the longest entry that matches (:func:`entry_matches`)."""
    if language == "de":
        for entry, concept in table:
            if _compound_head(entry, word):
                return concept
    return next((c for entry, c in table if entry_matches(entry, word, language)), None)


@lru_cache(maxsize=1 << 15)
def _money_word_of(word: str, language: str) -> str | None:
    """:func:`_money_word` of one word (lower case) in ``language``'s table (cached: each amount's clause is
    read word by word against the whole table, and stories repeat their words)."""
    return _money_word(word, _money_table(language), language)


def money_concepts(words: list[str], language: str | None) -> set[str]:
    """The money concepts (``data/money_concepts.toml``: ``shortfall``, ``loss``, ``fine``, ``bailout``,
    ``deposit``, ``damage``, ``cost``, ``budget``) that ``words`` (the words of an amount's clause, in order,
    any case) name in ``language`` (ISO 639-1; None reads as English). A two-word entry matches two words in
    a row ("rescue package", "пакет помощи"). Example: ``money_concepts(["eine", "Kapitallücke", "von"],
    "de") == {"shortfall"}``."""
    lang = language or "en"
    table = _money_table(lang)
    low = [w.casefold() for w in words]
    if lang in UNSPACED:  # "直接经济损失约": no spaces, so an entry is found inside a run of characters
        hits = [(entry, c) for entry, c in table for w in low if entry in w]
        return {c for entry, c in hits if not any(entry != e and entry in e for e, _c in hits)}
    found = {c for w in low if (c := _money_word_of(w, lang))}
    pairs = {f"{a} {b}" for a, b in pairwise(low)}
    found |= {c for entry, c in table if " " in entry and entry in pairs}
    return found


@lru_cache(maxsize=16)
def _second_senses(language: str) -> tuple[tuple[str, str], ...]:
    """(word, concept) of the ``also_<language>`` lists of ``data/money_concepts.toml``: a word's second sense."""
    key = f"also_{language}"
    return tuple((w.casefold(), c) for c, words in data_toml("money_concepts.toml").items() for w in words.get(key, []))


def money_senses(words: list[str], language: str | None) -> set[str]:
    """Every money concept ``words`` (an amount's clause) may name in ``language``: :func:`money_concepts` and the
    second senses of its words (``also_<language>`` in ``data/money_concepts.toml``: Spanish "rescate" is a
    bailout and may be a ransom). Example: ``money_senses(["exigía", "un", "rescate"], "es") == {"bailout",
    "ransom"}``."""
    lang = language or "en"
    found = money_concepts(words, lang)
    low = [w.casefold() for w in words]
    return found | {c for entry, c in _second_senses(lang) for w in low if entry_matches(entry, w, lang)}


@lru_cache(maxsize=1)
def _unit_concepts() -> frozenset[str]:
    """The concepts of ``data/concepts.toml`` that are units of measure: those whose id is a unit word of
    ``data/unit_dimensions.toml`` (``metre``, ``kilometre``, ``tonne``)."""
    units = {w.casefold() for words in data_toml("unit_dimensions.toml").values() for w in words}
    return frozenset(c for c in data_toml("concepts.toml") if c in units)


def unit_of(word: str | None, language: str | None) -> str | None:
    """The unit of measure a word names, as one id in every language, or None for a word that names none:
    ``unit_of("метров", "ru") == unit_of("mètre", "fr") == unit_of("metres", "en") == "metre"``. The id is
    the concept of :func:`concept_of` when that concept is a unit (:func:`_unit_concepts`), so a height "1,400
    metres" read as a quantity in English and "1400 метров" counted in Russian measure one typed quantity."""
    if word and word.casefold() in _unit_concepts():
        return word.casefold()  # already the id (a non-English quantity's unit is stored as the id)
    concept = concept_of(word, language)
    return concept if concept in _unit_concepts() else None


STATE_MIN = 4  # a state stem shorter than this would match too many words
# The concepts a head noun may have and still take a state written before it ("12 detained people", "30 jailed
# activists"): nouns for people in general or in a group, whose count the state narrows.
_PRENOMINAL_HEADS = frozenset({"person", "protester"})


@lru_cache(maxsize=16)
def _state_table(language: str) -> tuple[tuple[str, str], ...]:
    """(word or stem folded, concept) of ``data/held_states.toml`` for ``language``, longest first."""
    rows = [
        (fold(w.casefold()), concept)
        for concept, langs in data_toml("held_states.toml").items()
        for w in langs.get(language, [])
        if len(w) >= STATE_MIN or language == "en"
    ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def held_state(word: str | None, language: str | None) -> str | None:
    """The concept of the state a word holds a group in ("detained", "jailed" -> ``prisoner``; "inhaftierte",
    "detenidos", "détenus" too), or None. English words are matched whole, other languages' by the stems of
    ``data/held_states.toml`` (accents folded)."""
    if not word:
        return None
    lang = language or "en"
    w = fold(word.casefold().strip(".,;:"))
    for entry, concept in _state_table(lang):
        if w == entry or (lang != "en" and w.startswith(entry)):
            return concept
    return None


def state_concept(concept: str | None, before: str | None, after: str | None, language: str | None) -> str | None:
    """The concept of a count whose group noun (of concept ``concept``, None for a noun of no concept:
    "members") has a state word right ``before`` it or right ``after`` it ("12 detained members", "15
    miembros detenidos"): the state's concept (``prisoner``) when the word is a state of
    ``data/held_states.toml``, else ``concept`` unchanged. A state before the noun narrows a noun of no concept
    or a people noun ("detained people", "jailed activists"); one after the noun only a noun of no concept, since
    "15 personas detenidas" and "40 people detained" are counts of an arrest (the ``detained`` concept)."""
    if before and concept in (None, *_PRENOMINAL_HEADS) and (state := held_state(before, language)):
        return state
    if after and concept is None and (state := held_state(after, language)):
        return state
    return concept
