"""Single-source facts in the languages the figure and event readers leave out: a sentence that gives a sum, a
count, a share or a month that no other source gives anywhere in the story, and that no other source's
sentence states in other words.

The figure aligner reads English only (its labels are English word lists) and the event reader needs the
English parser's subject-verb-object events, so a French "fonds d'indemnisation de 250 000 euros" no other
outlet mentions was never listed as "only X reports": a five-language story said every fact was reported by
more than one source (a new user's trial). Written by hand: the rule is crosswire's own single-source rule
(:meth:`crosswire.compare.claims.align.ClaimAlignment.stated_elsewhere`) anchored on a value instead of on a
named actor.

Offsets are character offsets into the cleaned body (through :class:`~crosswire.model.Evidence`).
"""

from __future__ import annotations

from crosswire.compare.align import StoryData
from crosswire.compare.claims.align import FIGURE_BAR, ClaimAlignment
from crosswire.compare.claims.items import evidence
from crosswire.compare.claims.qualifiers import bound_of
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import EventItem
from crosswire.compare.rounding import approx_tolerance
from crosswire.facts.records import Value

MIN_WORDS = 6  # a sentence shorter than this says too little to stand alone ("Leurs jours ne sont pas en danger.")
# Two values are one when this close (rounding: "1,4 млн" and "1.4 million"; "2 350" and "2,350").
SAME_VALUE = 0.01

# A count under this that names nothing the story can compare across languages (no concept id: "trois mois",
# "Trzech z nich", "four of them") says nothing either way: such numbers are in every story whatever they count,
# so it neither makes its sentence single-source nor keeps it from being so (a new user's trial: "la licence ...
# suspendue pendant trois mois en 2024" was kept out by the Polish "Trzech z nich jest w szpitalu").
SMALL_COUNT = 10
# A sentence quoting someone's words is the quote aligner's; reported speech ("Firma Stalmet poinformowała, że
# przychody od Harlunda stanowią 22 proc. jej sprzedaży") is a fact told by its source, listed here (a new user's
# factory story left the Polish supplier's share under "Not in any item": neither this reader, which read no
# reported speech, nor the statement reader, which leaves sentences with a figure to this one, listed it).
QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")

# (kind, value, concept id, whether the figure is given as approximate: "około 200", "about 200")
ValueKey = tuple[str, float | str, str | None, bool]
# The relative bar of an approximate figure's rounding (:func:`crosswire.compare.rounding.approx_tolerance`): the
# claim aligner's 15 %.
APPROX_RELATIVE = 0.15


def _key(v: Value, language: str | None = None) -> ValueKey | None:
    """A value as the story compares it for "does any other source give it", as (kind, value, concept id of what a
    count counts or None): sums, counts and quantities by their number (2 or more: "one" and "two" are everywhere),
    shares by theirs (a fraction of one: any above 0), a month or year by its date, a day set ahead by its date when
    it is named by its date, not by a weekday or a relative word ("convocaron una huelga para el 1 de diciembre": a
    strike no other outlet reports); a past day, a time of day, an age or a rank gives none (the timeline and the
    conflicts show those). A figure given as approximate ("około 200 pasażerów") is marked so: another source's
    figure within its written rounding is the same figure ("212 passengers on board": a new user's train-derailment
    story listed the Polish sentence as only its outlet's)."""
    if v.kind == "percent" and v.value is not None and v.value > 0:  # a share is a fraction of one: "22 proc." 0.22
        return ("percent", float(v.value), v.concept, bound_of(v.qualifier, language) == "approx")
    if v.kind in ("money", "count", "quantity") and v.value is not None and v.value >= 2:
        approx = bound_of(v.qualifier, language) == "approx"
        return (v.kind if v.kind != "quantity" else "count", float(v.value), v.concept, approx)
    if v.kind == "date" and v.unit in ("month", "year") and v.text_value:
        return ("date", v.text_value[:7], None, False)
    if v.kind == "date" and v.unit == "day" and v.scheduled and v.text_value and any(c.isdigit() for c in v.text):
        return ("date", v.text_value, None, False)
    return None


def _weak(k: ValueKey) -> bool:
    """A small count counting no concept (:data:`SMALL_COUNT`)."""
    return k[0] == "count" and isinstance(k[1], float) and k[1] < SMALL_COUNT and not k[2]


def weak_value(v: Value) -> bool:
    """Whether value ``v`` gives no key this reader lists a sentence by: a count under 2 or one of
    :func:`_weak` (a small count counting no concept: "два часа", "trois mois")."""
    k = _key(v)
    return v.kind == "count" and (k is None or _weak(k))


def _same(a: ValueKey, b: ValueKey) -> bool:
    if a[0] != b[0] and not {a[0], b[0]} <= {"count", "money"}:
        return False  # a bare number and a sum may be one figure written two ways ("1,4 млн" / "€1.4 million")
    va, vb = a[1], b[1]
    if isinstance(va, float) and isinstance(vb, float):
        if a[0] == b[0] == "count" and a[2] and b[2] and a[2] != b[2]:
            return False  # "dos días" / "deux véhicules": one number counting two things
        slack = SAME_VALUE * max(abs(va), abs(vb))
        if a[3]:  # "około 200" and "212": one figure within its written rounding
            slack = max(slack, approx_tolerance(va, APPROX_RELATIVE))
        if b[3]:
            slack = max(slack, approx_tolerance(vb, APPROX_RELATIVE))
        return abs(va - vb) <= slack
    return a[1] == b[1]


def single_values(found: ClaimAlignment, data: StoryData, covered: set[tuple[str, int]]) -> list[EventItem]:
    """Sentences of sources in languages other than English, each stated by its source only: it gives a value
    (:func:`_key`; small counts of no concept, :func:`_weak`, left out) and every such value is one no other
    source gives in any sentence (two counts of one number and two different concepts are two values: "dos
    días" / "deux véhicules"); it is no copy of
    another source's words; no other source's sentence is scored at :data:`FIGURE_BAR` or above against it
    (the bar a single figure needs: a loosely related sentence elsewhere seldom gives the same value); it has
    :data:`MIN_WORDS` words or more, is body text, quotes no one's words (:data:`QUOTE_MARKS`; reported speech
    counts), and no other item cites it (``covered``:
    (article, sentence start)). One item per sentence, the sentence verbatim as evidence."""
    by_source: dict[int, list[ValueKey]] = {}
    for u in found.units:
        by_source.setdefault(u.source, []).extend(k for v in u.values if (k := _key(v, u.language)))
    out = []
    for u in found.units:
        if not _candidate(u, found, covered):
            continue
        keys = [k for v in u.values if (k := _key(v, u.language)) and not _weak(k)]
        others = [k for src, ks in by_source.items() if src != u.source for k in ks]
        if not keys or any(_same(k, o) for k in keys for o in others):
            continue
        scored = found.counterparts(u)
        if scored and scored[0][0] >= FIGURE_BAR:
            continue
        if found.sole_figure(u):
            continue  # another source's only count of the same thing: compared, not "only X" (:mod:`.sole_figures`)
        if found.contradicted(u, scored):
            continue  # another source speaks of it, giving another value
        out.append(EventItem(summary=u.text, sources=[u.source], evidence=[evidence(data, u)]))
    return out


def _candidate(u: Unit, found: ClaimAlignment, covered: set[tuple[str, int]]) -> bool:
    return (
        (u.language or "en") != "en"
        and u.claim.kind == "body"
        and not any(mark in u.text for mark in QUOTE_MARKS)
        and u.index not in found.copied
        and (u.article, u.claim.start) not in covered
        and len(u.text.split()) >= MIN_WORDS
    )
