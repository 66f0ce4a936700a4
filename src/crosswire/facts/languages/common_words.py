"""Common words and organisation words of the languages read without a model (the light tier, and Russian's
names): whether a capitalised word is a dictionary word rather than a name, and whether a word heads an
organisation's name.

Dictionary look-ups use simplemma (MIT; zero dependencies; its word-form -> lemma tables for 54 languages
come from Wiktionary-derived lists, licences in its ``licenses`` folder): a table is loaded on a language's
first use (decoded whole, as before: resident memory German 113 MB, Spanish 105, Ukrainian 70, Polish 414;
0.5-3 s; read in place now, see :func:`_table`) and kept for the process. simplemma's tables are
case-sensitive ("Kronen" -> "Krone", a German noun;
"kleinere" -> "klein") and also list frequent proper names ("Angela", "Merkel", "Berlin"), so a listed word
*can* be a common word, never surely is: the rules in :mod:`crosswire.facts.languages.light` use a look-up
only together with a word's place and form. wordfreq was measured too and not taken: its wheel is 57 MB with
four dependencies (regex, msgpack, ftfy, langcodes), and its frequencies are case-folded, so "Merkel" and
"Polizist" look alike to it. Belarusian has no simplemma table: there every look-up answers "not listed".

Organisation words are ``data/organisation_words.toml`` (how each language's entries match is said there).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from crosswire.vocab.data import data_toml

COMPOUND_HEAD = 4  # letters of the shortest German compound head that a run's word may end in ("…bank")
COMPOUND_PART = 5  # letters of the shortest listed noun that makes an unlisted German word a compound
COMPOUND_LEFT = 3  # letters the compound's first part keeps at least ("Bank|lizenz")
STEM_ENDING = 3  # letters of case ending an organisation stem may take ("ministerstw|ami")
# letters of the shortest German organisation word that heads a compound the dictionary does not list
# ("Verkehrssicherheitsbehörde", "Landesgesundheitsministerium"): no surname ends in "behörde" or "ministerium",
# while short heads do ("Fegebank"), so those still need the compound listed (:func:`_german_compound`)
LONG_COMPOUND_HEAD = 7
_LANGUAGES = frozenset({"de", "uk", "pl", "es", "it", "pt"})  # the light tier's languages simplemma has a table for
INSTALL = "pip install 'simplemma==2.0.0'"  # a dependency of crosswire (pyproject.toml)


@lru_cache(maxsize=8)
def _table(language: str) -> Mapping[str, str] | None:
    """simplemma's form -> lemma table of ``language``, or None where there is none (Belarusian).

    The table is simplemma's front-coded stream read in place (``StreamDictionaryFactory``: one pass builds
    a sparse index, each look-up decodes a block of 32 records), not decoded into a dict: the same answers
    (20,000 listed and 15,000 altered forms each of the Portuguese and German tables checked), about 40 % less CPU
    to load (pt 0.74 -> 0.41 s, de 0.98 -> 0.60 s on this machine) and a fraction of the memory; a look-up
    costs ~20 us, and the light tier makes a few hundred per article at most.

    Raises ImportError when simplemma (a base dependency) is missing: a broken install, not bad input
    (:class:`~crosswire.facts.languages.light.LightFrontEnd` checks it first and says how to install it)."""
    if language not in _LANGUAGES:
        return None
    from crosswire.facts.languages.table_index import shared_stream_map

    return shared_stream_map(language)  # simplemma's StreamMap, its index kept on disk between runs (see there)


def lemma(word: str, language: str) -> str | None:
    """The dictionary lemma of ``word`` as written (case-sensitive), or None when the form is not listed."""
    table = _table(language)
    return None if table is None else table.get(word)


@lru_cache(maxsize=1 << 15)
def lower_word(word: str, language: str) -> bool:
    """Whether a capitalised ``word`` is a word the language writes in lower case, capitalised because it opens
    a sentence ("Kleinere", "Wczoraj", "Ayer"): its lower-case form is listed with a lower-case lemma and,
    in a language that capitalises only names (all but German), its capitalised form is not listed itself
    ("Marek" is listed as a name beside "marek"), or is listed only as an inflected form of a lower-case lemma
    (Italian "Abbiamo" -> "avere": a verb form is no name)."""
    low = word.lower()
    if low == word:
        return False
    found = lemma(low, language)
    if found is None or not found[:1].islower():
        return False
    own = lemma(word, language)
    # a capitalised form listed as an inflection of a lower-case word ("Abbiamo" -> "avere") is that word
    return language == "de" or own is None or (own[:1].islower() and own != low)


@lru_cache(maxsize=1 << 15)
def german_noun(word: str) -> bool:
    """Whether a capitalised German word is a dictionary noun form ("Polizist", "Kronen") or a compound of a
    listed word and a listed noun of :data:`COMPOUND_PART` letters or more ("Banklizenz" = Bank + Lizenz,
    "Einkaufszentrumsprojekten" = Einkaufszentrum + s + Projekten), its lemma capitalised. A word with a
    capital after its first letter ("EZB", "AfD", "DRAVNA") is not."""
    if not word[:1].isupper() or any(part[1:] != part[1:].lower() for part in word.split("-")):
        return False  # capitals inside a word: an acronym or a brand ("EZB", "AfD", "BepiColombo")
    found = lemma(word, "de")
    if found is not None:
        return found[:1].isupper()  # "Nach" is listed too, as a form of "nach"
    for i in range(COMPOUND_LEFT, len(word) - COMPOUND_PART + 1):
        part = lemma(word[i:].capitalize(), "de")
        if part is not None and part[:1].isupper() and _listed_left(word[:i]):
            return True
    return False


def _listed_left(left: str) -> bool:
    """Whether the first part of a German compound is a listed word, with or without a linking "s"
    ("Einkaufszentrum|s|projekten"); "Kes|singer" is no compound."""
    forms = [left, left[:-1]] if left.endswith("s") and len(left) > COMPOUND_LEFT else [left]
    return any(lemma(f, "de") is not None or lemma(f.lower(), "de") is not None for f in forms)


_UMLAUT = str.maketrans("aou", "äöü")
PLURALS = ("e", "en", "n", "er", "nen")  # German plural endings (Duden's noun classes), umlaut aside


@lru_cache(maxsize=1 << 15)
def german_plural_noun(word: str) -> bool:
    """Whether a capitalised German word is a listed noun whose plural is listed too (the lemma with a plural
    ending of :data:`PLURALS`, or its last a/o/u umlauted with "e" or "er": "Richtung" -> "Richtungen",
    "Bezirk" -> "Bezirke", "Turm" -> "Türme"): a count noun, which a person's given name seldom is (the
    dictionary lists "Karl", "Angela", "Martin" with no plural; "Peter" and "Hans" with one)."""
    found = lemma(word, "de")
    if found is None or not found[:1].isupper():
        return False
    forms = [found + e for e in PLURALS]
    i = max(found.rfind("a"), found.rfind("o"), found.rfind("u"))
    if i > 0:
        umlaut = found[:i] + found[i].translate(_UMLAUT) + found[i + 1 :]
        forms += [umlaut + "e", umlaut + "er"]
    return any(lemma(f, "de") == found for f in forms)


def inflected(word: str, language: str) -> bool:
    """Whether ``word`` is a listed form whose lemma is another word, not the word with a genitive "s"
    ("Kronen" -> "Krone", "Regionalbanken" -> "Regionalbank"; not "Merkels" -> "Merkel"): names are printed
    in their base form, common nouns in any."""
    found = lemma(word, language)
    return found is not None and found != word and found + "s" != word


def _german_compound(word: str) -> bool:
    """Whether a German word ending in an organisation word is a compound the dictionary lists
    ("Nationalbank", "Landgericht", "Finanzministerium"), not a surname that happens to end so ("Fegebank":
    its parts "Fege" and "Bank" are both listed, so the parts cannot tell)."""
    return lemma(word, "de") is not None


@lru_cache(maxsize=1 << 15)
def place_head(word: str, language: str) -> bool:
    """Whether ``word`` heads the name of a place or a facility in ``language`` (``data/place_heads.toml``:
    "Rondo", "Szpitala", "Areny", "Hospital", "Stade"), matched as :func:`organisation_word` matches (German: the
    whole word or a compound's end of :data:`COMPOUND_HEAD` letters or more; Slavic languages: a stem with at
    most :data:`STEM_ENDING` letters after it; elsewhere the whole word)."""
    heads = _place_heads(language)
    w = word.lower()
    if language == "de":
        return any(w == x or (len(x) >= COMPOUND_HEAD and w.endswith(x)) for x in heads)
    if language in ("pl", "uk", "be", "ru"):
        return any(w.startswith(x) and len(w) - len(x) <= STEM_ENDING for x in heads)
    return w in heads


@lru_cache(maxsize=16)
def _place_heads(language: str) -> frozenset[str]:
    return frozenset(data_toml("place_heads.toml").get(language, ()))


@lru_cache(maxsize=16)
def _organisation_words(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    data = data_toml("organisation_words.toml")
    return frozenset(data["any"]), tuple(data.get(language, ()))


@lru_cache(maxsize=1 << 15)
def organisation_word(word: str, language: str) -> bool:
    """Whether ``word`` heads an organisation's name in ``language`` (``data/organisation_words.toml``):
    a company-form or business word of any language ("AG", "Holding"); in German a listed word or a compound
    ending in a listed word of :data:`COMPOUND_HEAD` letters or more ("Nationalbank"; an unlisted compound
    when the word is :data:`LONG_COMPOUND_HEAD` letters or more: "Verkehrssicherheitsbehörde"); elsewhere a listed stem
    followed by at most :data:`STEM_ENDING` letters ("Ministerstwa", "банка")."""
    everywhere, own = _organisation_words(language)
    w = word.lower().rstrip(".") if word.endswith(".") and len(word) > 2 else word.lower()
    if w in everywhere:
        return True
    if language == "de":
        return any(
            w == x
            or (len(x) >= COMPOUND_HEAD and w.endswith(x) and (len(x) >= LONG_COMPOUND_HEAD or _german_compound(word)))
            for x in own
        )
    return any(w.startswith(x) and len(w) - len(x) <= STEM_ENDING for x in own)
