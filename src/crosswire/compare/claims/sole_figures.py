"""A story's only figure of one counted thing in each of two sources, in two languages: "About 200 soldiers
secured the crossing" [en] / "Al valico di Kolmar, 212 militari hanno garantito la sicurezza" [it] (a new user's
hostage story listed the English figure as "only X" and the Italian under "Not in any item": the scorer rated the
two sentences 0.43, under every bar). Each source gives one figure of that concept (``data/concepts.toml``:
"soldiers", "militari" and "Soldaten" count ``soldier``) in the whole story, so the two figures are the story's
one measure told twice: they are compared (:func:`sole_figure_pairs` feeds :func:`.aligned.figure_conflicts`,
whose checks of one act, one year and the figures' rounding decide a conflict), and neither is a fact only its
source reports (:meth:`.align.ClaimAlignment.sole_figure`).

Sums too: each of two sources' only sum in one currency whose clauses may name one money concept ("a ransom of
$4.5 million" / "un rescate de 5,4 millones de dólares": :func:`.money.one_money_kind`) are compared the same way.

Left out: concepts that count a unit of measure or anyone at all (``person``, ``year``, ``day``, units: two
sentences' "people" or "years" are seldom one measure), negated sentences, sentences of two different days, and
pairs in one language (the English figure aligner compares those by their slots).
"""

from __future__ import annotations

from crosswire.compare.claims.money import WORD, amount_clause, one_money_kind
from crosswire.compare.claims.units import Unit, different_days
from crosswire.facts.records import Value
from crosswire.vocab.concepts import money_senses, unit_of

# Concepts too wide to make two sources' only figures one measure: anyone, a span of time.
WIDE_CONCEPTS = frozenset({"person", "year", "day"})
MONEY = "money:"  # the key of a source's sums in one currency (then its ISO code): "money:USD"


def _concepts(u: Unit) -> dict[str, list[Value]]:
    """Concept id -> the sentence's counts of it (a number of 2 or more, no range, not a unit of measure); and
    ``money:<currency>`` -> its sums in that currency whose clause names a money concept (a ransom, a fine)."""
    out: dict[str, list[Value]] = {}
    if u.claim.negated:
        return out
    for v in u.values:
        if v.kind != "count" or v.value is None or v.value < 2 or not v.concept:
            continue
        if v.concept in WIDE_CONCEPTS or unit_of(v.concept, None):
            continue
        if v.low is not None and v.high is not None and v.low != v.high:
            continue
        out.setdefault(v.concept, []).append(v)
    for v in u.values:
        if v.kind == "money" and v.value is not None and v.unit and money_senses_of(u, v):
            out.setdefault(f"{MONEY}{v.unit}", []).append(v)
    return out


def money_senses_of(u: Unit, v: Value) -> set[str]:
    """The money concepts amount ``v``'s clause may name (``vocab.concepts.money_senses``; empty for none)."""
    return money_senses(WORD.findall(amount_clause(u, v)), u.language)


def _one_sum(a: Unit, b: Unit, key: str) -> bool:
    """Whether two sources' only sums of one currency (``key``) may be one sum by what they are
    (:func:`.money.one_money_kind`: "a ransom of $4.5 million" / "un rescate de 5,4 millones de dólares"); True
    for counts (their concept is the key already)."""
    if not key.startswith(MONEY):
        return True
    (va,), (vb,) = _concepts(a)[key], _concepts(b)[key]
    return one_money_kind(a, va, b, vb)


def _sole(units: list[Unit]) -> dict[str, dict[int, Unit]]:
    """Concept -> source -> the one unit of that source giving one count of the concept, for the concepts each
    such source gives in exactly one sentence, once."""
    found: dict[str, dict[int, list[tuple[Unit, int]]]] = {}
    for u in units:
        for concept, values in _concepts(u).items():
            found.setdefault(concept, {}).setdefault(u.source, []).append((u, len(values)))
    return {
        concept: {source: told[0][0] for source, told in by_source.items() if len(told) == 1 and told[0][1] == 1}
        for concept, by_source in found.items()
    }


def sole_figure_pairs(units: list[Unit]) -> list[tuple[Unit, Unit]]:
    """(a, b) in unit order: two sources' only sentences giving one count of one concept, or one sum of one
    currency that may be one sum by its money concept (:func:`_one_sum`), in two languages, of one day (or no
    day given), neither negated."""
    out: dict[tuple[int, int], tuple[Unit, Unit]] = {}
    for key, by_source in _sole(units).items():
        told = sorted(by_source.values(), key=lambda u: u.index)
        for i, a in enumerate(told):
            for b in told[i + 1 :]:
                if a.language != b.language and not different_days(a, b) and _one_sum(a, b, key):
                    out[(a.index, b.index)] = (a, b)
    return [out[k] for k in sorted(out)]
