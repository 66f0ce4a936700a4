"""Two wordings of one statement that name different places in one slot (a new user's factory story: "Production
of the Corvo will move to the company's plant in Dorvan" / «La production de la Corvo sera transférée à l'usine de
Karsk», one chief executive's reported statement, was shown as one statement in two wordings).

A wording's *place names* are the names the facts stage read inside the quotation (any entity but a person: the
entity model types an unknown town as an organisation as often as a place; in German also a capitalised word no
dictionary lists as a noun, since German capitalises all nouns and its model misses many a town) that stand right
after a preposition
of place in the wording's language (``[place_prepositions]`` of ``data/quote_meanings.toml``: "in", "to", "à",
"de", "nach", "en", "w", "do", "в"): the slot of a place. Two wordings of one statement differ in place when each
names one no name of the other renders (:func:`same_name`, :func:`crosswire.vocab.names.same_place`: the same
first five letters once transliterated and folded, "Dorvan" / "Dorvanie", or a close spelling, "Warsaw" /
"Warszawa"). A gazetteer is not needed: a small
town's name is not translated, and where only one of the two names is a known place of the gazetteer
(:func:`crosswire.facts.lexicon.is_place`) the other may be its exonym ("Cologne" / "Köln"), so no difference is
read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.vocab.data import data_toml
from crosswire.vocab.names import same_place


@lru_cache(maxsize=16)
def _prepositions(language: str) -> re.Pattern[str] | None:
    """A pattern of a preposition of place of the language followed by a capitalised word (group 1)."""
    words = data_toml("quote_meanings.toml").get("place_prepositions", {}).get(language, [])
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alts})(?:\s+|(?<=['’]))([^\W\d_][\w'’-]*)", re.IGNORECASE)


def slot_names(text: str, language: str | None, names: tuple[str, ...], unlisted: bool = True) -> list[str]:
    """The names of ``names`` (as written: the entities the facts stage read in the wording) that stand right
    after a preposition of place in ``text``, in order: "… move to the company's plant in Dorvan" with ("Corvo",
    "Dorvan") -> ["Dorvan"]. Only a capitalised word that begins one of ``names`` counts, or in German
    (``unlisted``) one no dictionary lists (:func:`_unlisted_german`)."""
    pat = _prepositions(language or "en")
    if pat is None:
        return []
    firsts = {n.split()[0].strip("'’") for n in names if n.split()}
    out = []
    for m in pat.finditer(text):
        word = m.group(1).strip("'’")
        if not word[:1].isupper():
            continue
        named = any(f == word or word.startswith(f) or f.startswith(word) for f in firsts)
        if named or (unlisted and _unlisted_german(word, language)):
            out.append(word)
    return out


def _unlisted_german(word: str, language: str | None) -> bool:
    """Whether a capitalised German word is no dictionary noun (:func:`crosswire.facts.languages.common_words.
    german_noun`): German capitalises every noun ("in Betrieb", "nach Angaben"), and its entity model misses many
    a small town's name ("in die Werft in Tarnhaven"), so there a name is a capitalised word no dictionary lists."""
    if language != "de":
        return False
    from crosswire.facts.languages.common_words import german_noun

    return not german_noun(word)


def same_name(a: str, b: str) -> bool:
    """Whether two written names render one place's name: :func:`crosswire.vocab.names.same_place`, the one test
    of the comparison's place checks ("Dorvan" / "Dorvanie", "Орловке" / "Orlovka", "Warsaw" / "Warszawa")."""
    return same_place(a, b)


def _named_in(name: str, text: str) -> bool:
    """Whether ``text`` holds a capitalised word that renders ``name`` (:func:`same_name`)."""
    return any(same_name(name, w) for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w[:1].isupper())


def places_apart(
    a: str, a_language: str | None, a_names: tuple[str, ...], b: str, b_language: str | None, b_names: tuple[str, ...]
) -> tuple[str, str] | None:
    """(a place name of ``a``, a place name of ``b``) when each wording names in a place slot
    (:func:`slot_names`) a name the other wording nowhere renders, and the two are not a known place and a name
    the gazetteer lacks (an exonym may be that); None otherwise. Input: two wordings of one statement, their
    language codes and the entity names the facts stage read inside each."""
    from crosswire.facts.lexicon import is_place

    only_a = [n for n in slot_names(a, a_language, a_names, unlisted=False) if not _named_in(n, b)]
    only_b = [n for n in slot_names(b, b_language, b_names, unlisted=False) if not _named_in(n, a)]
    # the German dictionary (seconds to load) is read only when the other wording names a place of its own
    if only_b and not only_a and a_language == "de":
        only_a = [n for n in slot_names(a, a_language, a_names) if not _named_in(n, b)]
    if only_a and not only_b and b_language == "de":
        only_b = [n for n in slot_names(b, b_language, b_names) if not _named_in(n, a)]
    for na in only_a:
        for nb in only_b:
            if is_place(na) == is_place(nb):
                return na, nb
    return None
