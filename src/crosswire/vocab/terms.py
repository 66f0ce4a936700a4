"""Term keys: the form in which a sentence's content words are compared across articles of one language.

A term key is the word lower-cased, accents kept, an English plural noun made singular ("ships" -> "ship",
"companies" -> "company", "people" -> "person") and a verb given as its lemma by the caller. Why not a
stemmer: a stemmer (Porter, Snowball) merges words news copy keeps apart ("general"/"generous" -> "gener"),
and the comparison only needs the plural folded, since verbs come lemmatised from the parse.
"""

from __future__ import annotations

from crosswire.vocab.data import data_toml

_TERMS = data_toml("vocab.toml")["terms"]
IRREGULAR_PLURALS: dict[str, str] = dict(_TERMS["irregular_plurals"])
NOT_PLURAL: frozenset[str] = frozenset(_TERMS["not_plural"])


def singular(word: str) -> str:
    """The singular of an English noun written in lower case; other words come back unchanged."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if len(word) < 4 or word in NOT_PLURAL or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def number_key(text: str) -> str:
    """A number as written, as a key: thousands separators dropped ("1,500" -> "1500")."""
    return text.replace(",", "").replace("\u202f", "").replace("\u00a0", "")
