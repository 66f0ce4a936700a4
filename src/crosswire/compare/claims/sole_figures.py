"""A story's only figure of one counted thing in each of two sources, in two languages: "About 200 soldiers
secured the crossing" [en] / "Al valico di Kolmar, 212 militari hanno garantito la sicurezza" [it] (a new user's
hostage story listed the English figure as "only X" and the Italian under "Not in any item": the scorer rated the
two sentences 0.43, under every bar). Each source gives one figure of that concept (``data/concepts.toml``:
"soldiers", "militari" and "Soldaten" count ``soldier``) in the whole story, so the two figures are the story's
one measure told twice: they are compared (:func:`sole_figure_pairs` feeds :func:`.aligned.figure_conflicts`,
whose checks of one act, one year and the figures' rounding decide a conflict), and neither is a fact only its
source reports (:meth:`.align.ClaimAlignment.sole_figure`).

Left out: concepts that count a unit of measure or anyone at all (``person``, ``year``, ``day``, units: two
sentences' "people" or "years" are seldom one measure), negated sentences, sentences of two different days, and
pairs in one language (the English figure aligner compares those by their slots).
"""

from __future__ import annotations

from crosswire.compare.claims.units import Unit, different_days
from crosswire.facts.records import Value
from crosswire.vocab.concepts import unit_of

# Concepts too wide to make two sources' only figures one measure: anyone, a span of time.
WIDE_CONCEPTS = frozenset({"person", "year", "day"})


def _concepts(u: Unit) -> dict[str, list[Value]]:
    """Concept id -> the sentence's counts of it (a number of 2 or more, no range, not a unit of measure)."""
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
    return out


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
    """(a, b) in unit order: two sources' only sentences giving one count of one concept, in two languages, of
    one day (or no day given), neither negated."""
    out: dict[tuple[int, int], tuple[Unit, Unit]] = {}
    for by_source in _sole(units).values():
        told = sorted(by_source.values(), key=lambda u: u.index)
        for i, a in enumerate(told):
            for b in told[i + 1 :]:
                if a.language != b.language and not different_days(a, b):
                    out[(a.index, b.index)] = (a, b)
    return [out[k] for k in sorted(out)]
