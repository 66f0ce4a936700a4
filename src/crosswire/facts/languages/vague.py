"""Vague number nouns in any language: "una veintena de heridos", "une dizaine de maisons", "Dutzende
Menschen", "около двух десятков человек", "kilkanaście osób".

Each reads as a figure with a range and no value ("una veintena": 18 to 22), so that the comparison sets it
against precise figures of the same measure as a vague one (:func:`crosswire.compare.claims.values.interval`
takes a figure's ``low``/``high`` when it has no ``value``). A number before a noun that has a base multiplies
it ("двух десятков": 2 x 10, "zwei Dutzend": 2 x 12) within :data:`MULTIPLIED_SPREAD`; the qualifier before
the phrase is kept ("около", "environ"). A plural magnitude read alone ("Millionen Zuschauer", "des millions de
personnes", "miles de manifestantes") is such a noun too, its order of magnitude its range (1-10 million); before
a currency it is a rough sum ("Millionen Euro", "milliards d'euros": money with ``low``/``high``, no value), and
one after another across the partitive multiplies ("miles de millones": 1-10 billion; eleventh pass, vague11).

Written by hand because no installed library reads these nouns: babel formats numbers and parses digits
only, text2num and number-parser read cardinals ("veinte", "двадцать") but give nothing for "veintena",
"десяток" or "kilkanaście". The words and their ranges are data: ``vague_numbers`` in
``data/languages.toml``.
"""

from __future__ import annotations

from crosswire.facts.languages.base import Token
from crosswire.facts.languages.lexicon import Words
from crosswire.facts.languages.numbers import SCALE_STEM, _prefix, noun_after
from crosswire.facts.records import Figure
from crosswire.vocab.concepts import concept_of, unit_of
from crosswire.vocab.currency_names import currency_words

MULTIPLIED_SPREAD = 0.1  # "двух десятков" covers 18-22: the +-10 % of a round noun (data/languages.toml)


def vague_figures(
    text: str, tokens: list[Token], offset: int, sent: tuple[int, int], words: Words, found: list[Figure]
) -> list[Figure]:
    """The vague number nouns of one sentence as figures, and ``found`` without the numbers they take in.

    ``text`` is the sentence, ``offset`` its body offset, ``tokens`` its tokens (body offsets), ``sent`` its
    body span, ``found`` the figures already read in it (a count right before a noun with a base is its
    multiplier and is taken into the new figure). Output: all figures, sorted by start (body offsets); a
    noun inside a figure already read ("3 тысячи": a scale) or, in a language with a partitive, not followed
    by one ("la quarantaine" is no number) gives none. Raises nothing."""
    if not words.vague_numbers:
        return found
    out = list(found)
    for i, t in enumerate(tokens):
        entry = words.vague_numbers.get(t.text.lower())
        if entry is None or any(f.start <= t.start < f.end for f in out):
            continue
        rest = tokens[i + 1 :]
        if words.partitive and not (rest and _partitive(rest[0], words)):
            continue
        low, high, base = entry
        start, qualifier = t.start, None
        before = [f for f in out if f.end <= t.start and not text[f.end - offset : t.start - offset].strip()]
        if before:
            mult = before[-1]
            if base is None or mult.type != "count" or mult.value is None or mult.value < 2:
                continue  # "две тысячи" is a number, no vague one: the noun has no base to multiply
            low = mult.value * base * (1 - MULTIPLIED_SPREAD)
            high = mult.value * base * (1 + MULTIPLIED_SPREAD)
            start, qualifier = mult.start, mult.qualifier
            out.remove(mult)
        elif (found_q := _qualifier_before(text[: t.start - offset], words)) is not None:
            qualifier, at = found_q
            start = offset + at
            low, high = _bounded(qualifier, low, high, words)
        end = t.end
        if (magnitude := _of_magnitude(rest, words)) is not None:
            # "miles de millones", "hunderte Millionen": thousands of millions (1-10 billion), hundreds of millions
            times, taken = magnitude
            low, high, end, rest = low * times, high * times, rest[taken - 1].end, rest[taken:]
        counted = _counted_after(rest, words)
        currency = _currency_after(rest, words)  # "Millionen Euro", "millones de euros": a sum, roughly
        unit = None if currency else unit_of(counted, words.language)  # "une quarantaine de mètres": ~40 metres
        out.append(
            Figure(
                text=text[start - offset : end - offset],
                start=start,
                end=end,
                sentence_start=sent[0],
                sentence_end=sent[1],
                type="money" if currency else "quantity" if unit else "count",
                unit=unit,
                currency=currency,
                value=None,
                low=_whole(low),
                high=_whole(high),
                counted=None if unit or currency else counted,
                qualifier=qualifier or text[t.start - offset : end - offset].lower(),  # "miles de millones" whole
                exact=False,
                concept=concept_of(counted, words.language) if counted and not unit and not currency else None,
            )
        )
    return sorted(out, key=lambda f: f.start)


def _whole(x: float) -> float:
    """A bound rounded to a whole count where the range is one of people or things (17.999... -> 18)."""
    return float(round(x)) if abs(x - round(x)) < 1e-6 else round(x, 6)


def _partitive(t: Token, words: Words) -> bool:
    """Whether the token is the language's partitive ("de", "d'"), or a word elided onto it ("d'enfants")."""
    low = t.text.lower()
    return low in words.partitive or any(p[-1:] in "'’" and low.startswith(p) for p in words.partitive)


def _qualifier_before(before: str, words: Words) -> tuple[str, int] | None:
    """The qualifier as written ending right before the noun, or before its article ("más de una", "около"):
    any of the language's ``more``/``less``/``about`` words, and where it starts in ``before``; None when
    there is none. The article is a short function word of the language (``stop``)."""
    text = before.rstrip()
    last = text.rsplit(maxsplit=1)
    if len(last) == 2 and len(last[1]) <= ARTICLE_LETTERS and last[1].lower() in words.stop:
        text = last[0].rstrip()  # "una" in "más de una veintena"
    low = text.lower()
    for q in sorted((*words.more, *words.less, *words.about), key=len, reverse=True):
        if low.endswith(q) and (len(low) == len(q) or not low[-len(q) - 1].isalnum()):
            return text[-len(q) :], len(text) - len(q)
    return None


ARTICLE_LETTERS = 4  # "una", "une", "eine": an article between a qualifier and its noun


def _bounded(qualifier: str, low: float, high: float, words: Words) -> tuple[float, float]:
    """The range a qualifier leaves: an approximation ("environ", "около") the noun's own; a lower bound ("más
    de", "plus de") from its low end up (its high end unbounded: :data:`OPEN_HIGH` times the low); an upper
    bound ("moins de", "fast") from zero. "около" and "почти" are listed as both: an approximation first."""
    q = qualifier.lower()
    if q in words.about:
        return low, high
    if q in words.more:
        return low, low * OPEN_HIGH
    if q in words.less:
        return 0.0, high
    return low, high


OPEN_HIGH = 10.0  # "más de una veintena": 18 up to ten times that (the compare stage's BOUND_SPAN)


CASE_ENDING = 3  # letters a case ending adds to a scale word: "миллионов", "tysięcy", "Millionen" (not "тысячелетий")


def _of_magnitude(rest: list[Token], words: Words) -> tuple[float, int] | None:
    """(multiplier, tokens it takes) of a magnitude word right after a vague noun, past the partitive where the
    language has one: a scale word of ``scales`` of 1,000 or more ("hunderte Millionen", "десятки миллионов",
    "decenas de millones": 1,000,000) or a listed plural magnitude's low end ("miles de millones", "des
    dizaines de milliers": 1,000), by which the vague noun's range is multiplied; None when no such word follows.
    A magnitude below a thousand ("decenas de cientos") is no such scale, nor a longer word a scale begins
    ("десятки тысячелетий", tens of millennia): left as written."""
    at = 1 if words.partitive and rest and _partitive(rest[0], words) else 0
    if (words.partitive and at == 0) or len(rest) <= at:
        return None
    word = rest[at].text.lower().rstrip(".,")
    scale = next((float(v) for k, v in words.scales if word == k or _inflected(word, k)), None)
    if scale is None:
        entry = words.vague_numbers.get(word.lower())
        scale = entry[0] if entry is not None else None
    return (scale, at + 1) if scale is not None and scale >= 1000 else None


def _inflected(word: str, key: str) -> bool:
    """Whether ``word`` is the scale word ``key`` with a case ending: a key of :data:`.numbers.SCALE_STEM` letters
    or more ("тысяч", "million") then at most :data:`CASE_ENDING` letters. A shorter key is an abbreviation or a
    word that begins others ("mill" begins "millas", miles), matched whole only."""
    return len(key) >= SCALE_STEM and word.startswith(key) and len(word) - len(key) <= CASE_ENDING


def _currency_after(rest: list[Token], words: Words) -> str | None:
    """The ISO currency (or currency word of ``currencies`` in ``data/languages.toml``) of the word right after
    a vague noun, past its partitive ("Millionen Euro", "millones de euros", "milliards d'euros" -> "EUR"); None
    when that word is no currency."""
    if not rest:
        return None
    first = rest[0].text
    if _partitive(rest[0], words):
        low = first.lower()
        elided = next((p for p in words.partitive if p[-1:] in "'’" and low.startswith(p) and len(low) > len(p)), None)
        if elided is not None:
            first = first[len(elided) :]
        elif len(rest) > 1:
            first = rest[1].text
        else:
            return None
    cur = _prefix(first.rstrip(".,"), words.currencies)
    if cur is None:  # "Millionen Pfund", "millions de livres": a currency of babel's names (figs12)
        cur = currency_words(words.language).get(first.rstrip(".,").lower())
    return str(cur) if cur is not None else None


def _counted_after(rest: list[Token], words: Words) -> str | None:
    """What the noun counts: as a number's (:func:`.numbers.noun_after`), past the partitive ("de heridos"); a
    noun elided onto it ("d'enfants" as one token) is the rest of that token."""
    if rest and _partitive(rest[0], words):
        low = rest[0].text.lower()
        elided = next((p for p in words.partitive if p[-1:] in "'’" and low.startswith(p) and len(low) > len(p)), None)
        if elided is not None:
            return low[len(elided) :]
        rest = rest[1:]
    return noun_after(rest, rest[0].start) if rest else None
