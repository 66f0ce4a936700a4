"""The words of English number phrases (``data/quantities.toml``): qualifiers, number words, scales, vague
counts and currencies. ``crosswire.facts.numbers`` reads phrases with them; the comparison reads the same
qualifiers and currencies."""

from __future__ import annotations

from crosswire.vocab.currency_names import currency_words
from crosswire.vocab.data import data_toml

_Q = data_toml("quantities.toml")

# Qualifiers in the order they are tried at the start of a phrase ("more than", "nearly", "an estimated").
QUALIFIERS: tuple[str, ...] = tuple(_Q["qualifiers"])
# Qualifiers that leave the number exact ("exactly", "a total of").
EXACT_QUALIFIERS: frozenset[str] = frozenset(_Q["exact_qualifiers"])
# Number words -> value: units ("one", "a", "single"), tens ("twenty") and scales ("million", "bn", "k").
UNITS: dict[str, int] = dict(_Q["units"])
TENS: dict[str, int] = dict(_Q["tens"])
SCALES: dict[str, int] = dict(_Q["scales"])
# Vague counts -> (low, high): "tens of thousands" is (10000, 100000).
VAGUE: dict[str, tuple[int, int]] = {k: (lo, hi) for k, (lo, hi) in _Q["vague"].items()}
# Vague counts the tagger leaves untagged, read before "of" and a noun ("scores of people").
UNTAGGED_VAGUE: tuple[str, ...] = tuple(_Q.get("untagged_vague", []))
# Multiplying vague words -> (low, high) factor, in the order tried: "several hundred" is 300-900.
SEVERAL: dict[str, tuple[int, int]] = {k: (lo, hi) for k, (lo, hi) in _Q["several"].items()}
# Currency sign before an amount ("$", "HK$", "€") -> ISO 4217 code.
CURRENCY_SYMBOLS: dict[str, str] = dict(_Q["currency_symbols"])
# Currency word after an amount ("euros", "hryvnias", "francs", "zlotys") -> ISO 4217 code: babel's English
# currency names' nouns (crosswire.vocab.currency_names), this file's words over them.
CURRENCY_WORDS: dict[str, str] = {**currency_words("en"), **_Q["currency_words"]}
# The currency words only babel's names give ("zlotys", "francs", "kronor"): never a unit of weight, so an amount
# the tagger calls a QUANTITY is a sum with one ("5,200 pounds" of water, so tagged, is a weight).
NAMED_ONLY_CURRENCY_WORDS: frozenset[str] = frozenset(CURRENCY_WORDS) - frozenset(_Q["currency_words"])
# ISO 4217 codes written beside an amount ("USD 5m", "12 million EUR").
ISO_CURRENCIES: frozenset[str] = frozenset(_Q["iso_currencies"])
# Fractions after a whole number: vulgar-fraction signs -> value ("½" 0.5), and the words adding a half.
FRACTION_SIGNS: dict[str, float] = dict(_Q["fraction_signs"])
AND_HALF: tuple[str, ...] = tuple(_Q["and_half"])


# Verbs of having, carrying or containing: they say where the counted are, not what befell them. "was
# carrying 240 passengers" and "had 310 passengers on board" count one thing (keyed "passenger carried" and
# "passenger", under two acts, the two were never compared). Not "hold", which is also "detain" ("police
# held 500 protesters"). Lemmas.
CARRYING_VERBS = frozenset({"have", "carry", "transport", "contain", "include", "accommodate"})
# Verbs too light to say anything about what is counted: "had 12 assists", "got 5,000 signatures" label the
# noun alone ("assists", "signatures"), not "assists had".
LIGHT_VERBS = frozenset({"get", "be", "do"}) | CARRYING_VERBS
