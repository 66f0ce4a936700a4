"""Figures as language-neutral keys that propose candidate pairs of claims.

The candidate index of :func:`.pairs.candidate_pairs` proposes two sentences of different sources when they share
terms (words as written, lemmas) or canonical entities. A figure is written differently by two outlets even in one
language ("más de 19.000 residentes" / "más de 19 mil personas", "26,6 proc." / "26.6 percent", "19,000" /
"19 thousand"), and across languages and scripts its words never meet ("167 respaldos" / "167 голосов"), so two
sentences giving one specific figure were never scored at all: on the multilingual gold's development halves
(``bench/agreed_misses.py --split mtune`` / ``mtune2``, fifteenth pass) "more than 19,000 people left their homes"
(es-es) and "Trzaskowski has 26.6%" (pl-pl) were missed as "not a candidate".

:func:`figure_keys` gives each number a sentence states (a count, sum, share or quantity read by the facts stage,
offsets into the cleaned body) one key, ``"percent 26.6"`` or ``"number 19000"``: a share is its own measure, every
other number one (the readers of two languages type one figure as a count, a quantity or a sum, as
:func:`.align.value_measure` reads them). Only a figure specific enough to name one fact proposes a pair
(:func:`specific`): a number with a fraction, or a whole number of :data:`MIN_WHOLE` or more. Small whole numbers
("two", "5") and years are everywhere in a story. The pair scorer still decides: a proposed pair is scored like any
other (its ``shared_values`` feature set), and a key in more than half the story's units proposes nothing
(:data:`.pairs.MAX_DF_SHARE`).
"""

from __future__ import annotations

from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Value

# The smallest whole number that proposes a pair: 11 and up ("11 Tote", "165 escaños", "19.000"). Numbers up to ten
# are written as words and given by many sentences of one story ("two people", "drei Tage", "пять стран") for
# different things. Hand-set (no measurement picks 11 over 12 or 20): the gold's misses of this class are 18, 165,
# 167, 19000 and 26.6 (mtune, mtune2).
MIN_WHOLE = 11
KINDS = frozenset({"count", "money", "percent", "quantity"})


def significant_digits(value: float) -> int:
    """How many significant digits a number is written with, trailing zeros of a whole number left out: 1000 -> 1,
    19000 -> 2, 165 -> 3, 26.6 -> 3, 0.5 -> 1. Input: a real number (at most six decimals read)."""
    digits = f"{abs(value):.6f}".rstrip("0").replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(digits))


def specific(value: float) -> bool:
    """Whether a figure names one fact: it has a fraction (26.6, 43.76) or is a whole number of
    :data:`MIN_WHOLE` or more, and it is written with two significant digits or more (19,000, 165, 26.6; not
    1,000, 500, 40 or 20,000: a round figure is what sources write for many things, "a population of
    approximately 1,000" / "about 1,000 officers"; tune half of the alignment gold, fifteenth pass: the one
    false agreement the rule made there). Input: the value's number (any real). Raises nothing."""
    if value != int(value):
        return significant_digits(value) >= 2
    return abs(value) >= MIN_WHOLE and significant_digits(value) >= 2


def figure_key(v: Value) -> str | None:
    """The language-neutral key of one value: ``"percent 26.6"`` for a share, ``"number 19000"`` for a count,
    sum or quantity; None for another kind (dates, ages, times), a value without a number, or a number that is
    not :func:`specific`."""
    if v.kind not in KINDS or v.value is None:
        return None
    number = v.value * 100 if v.kind == "percent" else v.value  # a share is read as a fraction (0.266)
    if not specific(round(number, 6)):
        return None
    measure = "percent" if v.kind == "percent" else "number"
    return f"{measure} {round(number, 6):g}"


def figure_keys(u: Unit) -> frozenset[str]:
    """The keys (:func:`figure_key`) of the figures a unit states, leaving out the numbers of names
    (:func:`.pairs.name_number`: "Destiny 2"). Input: a claim unit. Output: a set of strings, empty for none."""
    from crosswire.compare.claims.pairs import name_number

    out = set()
    for v in u.values:
        key = figure_key(v)
        if key is not None and not name_number(u, v):
            out.add(key)
    return frozenset(out)


def figure_owners(units: list[Unit]) -> dict[str, list[Unit]]:
    """Key (:func:`figure_key`) -> the units giving it, in the units' order. Input: a story's claim units."""
    out: dict[str, list[Unit]] = {}
    for u in units:
        for k in figure_keys(u):
            out.setdefault(k, []).append(u)
    return out


def one_figure(a: Unit, b: Unit, owners: dict[str, list[Unit]]) -> str | None:
    """The key of a specific figure (:func:`figure_key`) that two sentences of two sources give and that no other
    sentence of the story gives (:func:`figure_owners`): the one sentence of each source stating it, so the two
    state one fact however they word it ("más de 19.000 residentes de la capital han sido evacuados" / "provocaron
    que más de 19 mil personas huyeran de sus hogares"; "oddałoby głos 26,60 proc. badanych" / "popiera go już
    26,6 proc."). None when there is none. Input: two units and the story's owners. Raises nothing."""
    if a.source == b.source:
        return None
    for k in sorted(figure_keys(a) & figure_keys(b)):
        held = owners.get(k, [])
        if len(held) == 2 and {u.index for u in held} == {a.index, b.index}:
            return k
    return None
