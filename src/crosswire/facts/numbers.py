"""Reading number phrases: "$1.5 billion", "nearly 7,000", "tens of thousands", "twenty-five", "10 to 20".

Written by hand because the candidates (quantulum3, number-parser) either need a classifier that fails to
load beside scikit-learn or do not handle the qualifiers and vague counts that news figures carry; the
grammar of English number phrases is small enough to state here in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
    "an": 1,
    "single": 1,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "dozen": 12,
}
# "tens of thousands" and friends: a range, never an exact number.
VAGUE = {
    "dozens": (24, 100),
    "scores": (40, 200),
    "hundreds": (100, 1_000),
    "thousands": (1_000, 10_000),
    "tens of thousands": (10_000, 100_000),
    "hundreds of thousands": (100_000, 1_000_000),
    "millions": (1_000_000, 10_000_000),
    "tens of millions": (10_000_000, 100_000_000),
    "hundreds of millions": (100_000_000, 1_000_000_000),
    "billions": (1_000_000_000, 10_000_000_000),
}
SEVERAL = {"several": (3, 9), "a few": (2, 5), "few": (2, 5), "a couple of": (2, 3), "many": (2, 10)}
# Qualifiers, longest first; the value means: "more than 500" is a lower bound, "nearly 7,000" an upper one.
QUALIFIERS = [
    "more than",
    "greater than",
    "upwards of",
    "in excess of",
    "over",
    "at least",
    "no fewer than",
    "no less than",
    "fewer than",
    "less than",
    "under",
    "below",
    "at most",
    "up to",
    "as many as",
    "as much as",
    "nearly",
    "almost",
    "close to",
    "just under",
    "just over",
    "just shy of",
    "around",
    "about",
    "approximately",
    "roughly",
    "some",
    "an estimated",
    "estimated",
    "about",
    "an approximate",
    "circa",
    "more or less",
    "barely",
    "only",
    "exactly",
    "precisely",
    "a total of",
    "a record",
]
EXACT_QUALIFIERS = {"exactly", "precisely", "only", "a total of", "a record"}
CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₹": "INR",
    "C$": "CAD",
    "A$": "AUD",
    "HK$": "HKD",
    "₴": "UAH",
    "CHF": "CHF",
}
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnias.": "UAH",
    "francs": "CHF",
    "franc": "CHF",
    "won": "KRW",
}
# ISO 4217 codes written before or after an amount ("USD 5m", "12 million EUR").
ISO_CURRENCIES = {
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "INR",
    "RUB",
    "UAH",
    "CHF",
    "CAD",
    "AUD",
    "HKD",
    "KRW",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "TRY",
    "BRL",
    "MXN",
    "ZAR",
    "NZD",
    "SGD",
    "CZK",
    "HUF",
    "ILS",
}
NUMBER_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|and)\s*")


@dataclass(slots=True)
class Reading:
    value: float | int | None
    low: float | int | None
    high: float | int | None
    qualifier: str | None
    exact: bool
    currency: str | None


def _clean(x: float) -> float | int:
    """Drop binary floating-point noise: 256.1 * 1e9 is 256100000000.00003, written "$256.1bn"."""
    x = float(f"{x:.15g}")
    return int(x) if x.is_integer() else round(x, 6)


def _words_value(words: list[str]) -> float | None:
    """Value of a run of number words/digits: ["1.5", "billion"], ["twenty", "five"], ["7,000"]."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        w = w.lower().strip(",")
        if not w or w == "and":
            continue
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:  # "twenty-five"
            current += TENS[parts[0]] + UNITS[parts[1]]
            seen = True
            continue
        m = re.match(r"^(\d+(?:[.,]\d+)*)([a-z]+)?$", w)
        if m and NUMBER_RE.match(m.group(1)):
            current += float(m.group(1).replace(",", ""))
            seen = True
            if m.group(2):
                if m.group(2) not in SCALES:
                    return None
                current *= SCALES[m.group(2)]
            continue
        if w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif (w in SCALES and seen) or w in ("hundred", "thousand", "million", "billion", "dozen"):
            current = (current or 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def read_number(text: str) -> Reading | None:
    """Parse a number phrase; None when it holds no number."""
    t = " ".join(text.replace("\u00a0", " ").split())
    low_t = t.lower()
    qualifier = None
    for q in QUALIFIERS:
        if low_t.startswith(q + " "):
            qualifier, t, low_t = q, t[len(q) + 1 :], low_t[len(q) + 1 :]
            break
    currency = None
    for sym in sorted(CURRENCY_SYMBOLS, key=len, reverse=True):
        if t.startswith(sym):
            currency, t, low_t = CURRENCY_SYMBOLS[sym], t[len(sym) :].lstrip(), low_t[len(sym) :].lstrip()
            break
    if currency is None:
        head = t.split(maxsplit=1)
        if len(head) == 2 and head[0] in ISO_CURRENCIES:  # "USD 5m"
            currency, t, low_t = head[0], head[1], low_t[len(head[0]) :].lstrip()
    words = low_t.replace("%", " %").split()
    if words and currency is None and words[-1].upper() in ISO_CURRENCIES and t.split()[-1].isupper():
        currency = words.pop().upper()  # "12 million EUR"
    while words and words[-1] in CURRENCY_WORDS:
        currency = currency or CURRENCY_WORDS[words[-1]]
        words.pop()
    while words and words[-1] in ("%", "percent", "per", "cent", "pc", "percentage", "points", "point"):
        words.pop()
    phrase = " ".join(words)
    for vague in sorted(VAGUE, key=len, reverse=True):
        if phrase == vague or (phrase.endswith(" " + vague) and phrase[: -len(vague)].strip() in ("", "many")):
            lo, hi = VAGUE[vague]
            return Reading(None, lo, hi, qualifier or vague, False, currency)
    for vague, (lo, hi) in SEVERAL.items():
        if phrase.startswith(vague + " "):
            rest = _words_value(phrase[len(vague) + 1 :].split())
            if rest:
                return Reading(None, _clean(lo * rest), _clean(hi * rest), vague, False, currency)
    if phrase.startswith("between "):
        phrase = phrase[len("between ") :]
    parts = RANGE_SEP.split(phrase)
    if len(parts) == 2 and all(parts):
        a, b = _words_value(parts[0].split()), _words_value(parts[1].split())
        if a is not None and b is not None:
            # "1.5 to 2 billion": the scale written once applies to both ends
            scale = next((SCALES[w] for w in reversed(parts[1].split()) if w in SCALES and SCALES[w] >= 1000), 1)
            if a < b / scale and scale > 1:
                a *= scale
            if a < b:
                return Reading(None, _clean(a), _clean(b), qualifier, False, currency)
    value = _words_value(words)
    if value is None:
        return None
    exact = qualifier is None or qualifier in EXACT_QUALIFIERS
    return Reading(_clean(value), None, None, qualifier, exact, currency)
