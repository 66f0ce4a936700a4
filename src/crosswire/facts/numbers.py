"""Reading number phrases: "$1.5 billion", "nearly 7,000", "tens of thousands", "twenty-five", "10 to 20".

Written by hand because the candidates (quantulum3, number-parser) either need a classifier that fails to
load beside scikit-learn or do not handle the qualifiers and vague counts that news figures carry; the
grammar of English number phrases is small enough to state here in full. Its words (qualifiers, number
words, scales, vague counts, currencies) are data: ``crosswire/data/quantities.toml``, read through
:mod:`crosswire.vocab.quantities`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswire.vocab.currency_names import currency_adjectives
from crosswire.vocab.quantities import (
    AND_HALF,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    EXACT_QUALIFIERS,
    FRACTION_SIGNS,
    ISO_CURRENCIES,
    QUALIFIERS,
    SCALES,
    SEVERAL,
    TENS,
    UNITS,
    VAGUE,
)

NUMBER_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
# Thousands grouped with a space, a no-break space or a thin space ("816 000", "2 300"): SI and ISO 80000
# style, used by Australian, South African, Canadian and European outlets. Read as one number.
SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?![\d])")


def join_spaced_thousands(text: str) -> str:
    """``text`` with space-grouped thousands written as one number ("816 000 tonnes" -> "816000 tonnes");
    other text unchanged."""
    return SPACED_THOUSANDS.sub(lambda m: m.group(1) + re.sub(r"\D", "", m.group(2)), text)


RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|and)\s*")
# A number hyphenated to its scale word, and the scale to a currency word, as one figure: "$143-billion",
# "110 - billion", "a 110-billion-euro bailout" (Canadian and British press style; tokenised corpora space the
# hyphen). Not a range: a scale word is no number of its own.
_HYPHENED_SCALE = re.compile(r"(?<=\w)\s*-\s*(hundred|thousand|million|billion|trillion|mn|bn|tn)\b", re.I)
_CURRENCY_ALT = "|".join(re.escape(w) for w in CURRENCY_WORDS)
_SCALE_HYPHEN_CURRENCY = re.compile(
    rf"\b(hundred|thousand|million|billion|trillion|mn|bn|tn)\s*-\s*(?=(?:{_CURRENCY_ALT})\b)", re.I
)


def _unhyphen_scale(text: str) -> str:
    """``text`` with a number's hyphen to its scale word, and the scale's to a currency word, made a space
    ("$143-billion" -> "$143 billion", "110-billion-euro" -> "110 billion euro"); other text unchanged."""
    return _SCALE_HYPHEN_CURRENCY.sub(r"\1 ", _HYPHENED_SCALE.sub(r" \1", text))


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


# A whole number and a proper fraction, apart or hyphened (AP style): "2 1/2", "2-1/2"; not a date ("3/4/2020"),
# not a score or ratio written "7/10" alone.
_MIXED_FRACTION = re.compile(r"(?<![\d/.,])(\d+)(?:\s+|-)(\d)/(\d{1,2})(?![\d/])")
_FRACTION_SIGN = re.compile(r"(\d*)\s?([" + "".join(FRACTION_SIGNS) + r"])")
_HALF_WORDS = [tuple(h.split()) for h in AND_HALF]


def decimal_fractions(text: str) -> str:
    """``text`` with each whole number and fraction written as one decimal: "2 1/2" and "2-1/2" -> "2.5",
    "2½" -> "2.5", "½" -> "0.5" (signs: ``data/quantities.toml`` ``[fraction_signs]``). A fraction of one or
    more ("2 3/2") is left as written. Input and output are number phrases; other words are kept."""

    def mixed(m: re.Match[str]) -> str:
        whole, num, den = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return f"{_clean(whole + num / den)}" if 0 < num < den else m.group()

    def sign(m: re.Match[str]) -> str:
        return f"{_clean(int(m.group(1) or 0) + FRACTION_SIGNS[m.group(2)])}"

    return _FRACTION_SIGN.sub(sign, _MIXED_FRACTION.sub(mixed, text))


def _and_half(words: list[str]) -> list[str]:
    """Number words with "and a half" after a number folded into it: ["two", "and", "a", "half", "million"]
    -> ["2.5", "million"] (the words: ``data/quantities.toml`` ``and_half``)."""
    for i in range(1, len(words)):
        for half in _HALF_WORDS:
            if tuple(words[i : i + len(half)]) == half:
                head = _words_value(words[:i])
                if head is None:
                    return words
                return [f"{_clean(head + 0.5)}", *words[i + len(half) :]]
    return words


_PERCENT_WORDS = ("%", "percent", "per", "cent", "pc", "percentage", "points", "point")
_SYMBOLS_LONGEST_FIRST = sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
_VAGUE_LONGEST_FIRST = sorted(VAGUE, key=len, reverse=True)


def read_number(text: str) -> Reading | None:
    """Read a number phrase ("nearly 7,000", "$1.5 billion", "tens of thousands", "10 to 20 percent").

    Output: a :class:`Reading` with the value (or ``low``/``high`` for a vague count or a range), the
    qualifier, whether the number is exact, and the ISO 4217 currency; None when the phrase holds no
    number. Never raises."""
    t = " ".join(_unhyphen_scale(decimal_fractions(join_spaced_thousands(text).replace("\u00a0", " "))).split())
    t = _GLUED_EURO.sub("€", t)
    qualifier, t, low_t = _strip_qualifier(t, t.lower())
    currency, t, low_t = _strip_leading_currency(t, low_t)
    words, currency = _number_words(t, low_t, currency)
    words = _and_half(words)
    phrase = " ".join(words)
    reading = _vague_reading(phrase, qualifier, currency) or _range_reading(phrase, qualifier, currency)
    if reading is not None:
        return reading
    value = _words_value(words)
    if value is None:
        return None
    exact = qualifier is None or qualifier in EXACT_QUALIFIERS
    return Reading(_clean(value), None, None, qualifier, exact, currency)


# AP style glues the word to the number ("a euro110 billion ($141 billion) loan"); the parser's span takes in
# the article before it, which no other money phrase opens with.
_GLUED_EURO = re.compile(r"^(?:an?\s+)?euros?(?=\d)", re.I)


def _strip_qualifier(t: str, low_t: str) -> tuple[str | None, str, str]:
    """(qualifier, rest as written, rest lower-cased) for a phrase that opens with a qualifier."""
    for q in QUALIFIERS:
        if low_t.startswith(q + " "):
            return q, t[len(q) + 1 :], low_t[len(q) + 1 :]
    return None, t, low_t


def _strip_leading_currency(t: str, low_t: str) -> tuple[str | None, str, str]:
    """(currency, rest, rest lower-cased) for a phrase that opens with a currency sign or code."""
    for sym in _SYMBOLS_LONGEST_FIRST:
        if t.startswith(sym):
            return CURRENCY_SYMBOLS[sym], t[len(sym) :].lstrip(), low_t[len(sym) :].lstrip()
    head = t.split(maxsplit=1)
    if len(head) == 2 and head[0] in ISO_CURRENCIES:  # "USD 5m"
        return head[0], head[1], low_t[len(head[0]) :].lstrip()
    return None, t, low_t


def _number_words(t: str, low_t: str, currency: str | None) -> tuple[list[str], str | None]:
    """The phrase's words without a trailing currency code or word and percent words, and the currency."""
    words = low_t.replace("%", " %").split()
    if words and currency is None and words[-1].upper() in ISO_CURRENCIES and t.split()[-1].isupper():
        currency = words.pop().upper()  # "12 million EUR"
    while words and words[-1] in CURRENCY_WORDS:
        currency = currency or CURRENCY_WORDS[words[-1]]
        words.pop()
        if words and currency is not None and words[-1] in currency_adjectives("en").get(currency, ()):
            words.pop()  # "3 million Swiss francs": the adjective of babel's name, no number word
    while words and words[-1] in _PERCENT_WORDS:
        words.pop()
    return words, currency


def _vague_reading(phrase: str, qualifier: str | None, currency: str | None) -> Reading | None:
    """ "tens of thousands", "many thousands", "several hundred": a range, never an exact number."""
    for vague in _VAGUE_LONGEST_FIRST:
        if phrase == vague or (phrase.endswith(" " + vague) and phrase[: -len(vague)].strip() in ("", "many")):
            lo, hi = VAGUE[vague]
            return Reading(None, lo, hi, qualifier or vague, False, currency)
    for vague, (lo, hi) in SEVERAL.items():
        if phrase.startswith(vague + " "):
            rest = _words_value(phrase[len(vague) + 1 :].split())
            if rest:
                return Reading(None, _clean(lo * rest), _clean(hi * rest), vague, False, currency)
    return None


def _range_reading(phrase: str, qualifier: str | None, currency: str | None) -> Reading | None:
    """ "10 to 20", "between 800 and 1,000", "1.5 to 2 billion" (the scale written once applies to both)."""
    if phrase.startswith("between "):
        phrase = phrase[len("between ") :]
    parts = RANGE_SEP.split(phrase)
    if len(parts) != 2 or not all(parts):
        return None
    a, b = _words_value(parts[0].split()), _words_value(parts[1].split())
    if a is None or b is None:
        return None
    scale = next((SCALES[w] for w in reversed(parts[1].split()) if w in SCALES and SCALES[w] >= 1000), 1)
    if a < b / scale and scale > 1:
        a *= scale
    if a < b:
        return Reading(None, _clean(a), _clean(b), qualifier, False, currency)
    return None
