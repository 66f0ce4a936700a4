"""A third source's other value beside a value two sources agree on: "moved 48 million euros" [en] and "48
Millionen Euro" [de] agreed, "desvió 84 millones de euros" [es] of the same act in a third source (a new user's
fraud-verdict story showed W and DE as agreed on 48 million, and the Spanish sentence under "Not in any item": its
best pair score was 0.50, to a sentence with no figure, so the figures were never compared and the conflict was
silent). The class, as the issue names it: "$2 billion [A][B] vs $2.4 billion [C] is reported as agreed on $2
billion, and C's figure vanishes".

How: an agreement group (two or more sources' sentences the aligner agreed) whose sentences each give one figure of
one measure (a count of one concept of ``data/concepts.toml``, or a sum in one currency), all one value, vouches
that the figure is a claim of the story. A third source that gives no figure of that measure compatible with the
agreed value, and exactly one sentence with one figure of it naming a person, body or place the group's sentences
name (the subject: "Halloran", not the finance ministry's compensation fund in the same article; the name looked
for in the third sentence's words, tagged or not), of one day, not
negated, gives that claim its other value: each of the group's sentences is paired with it
(:func:`outvoted_pairs`), and :func:`.aligned.figure_conflicts` decides the conflict by its checks of one act, one
year and the figures' rounding, the majority on one side and the third source on the other, beside the agreement.

Why the guard: a source's other figure of one measure is often another part of the story (a fund, a second
haul); two such sentences, or a sentence sharing no name with the agreed ones, do not say which is the agreed
claim's, and the pair is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crosswire.compare.claims.aligned import figure_measure, story_figures
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.units import Unit, different_days
from crosswire.compare.claims.values import Reading, compatible, reading
from crosswire.facts.records import Value
from crosswire.vocab.names import fold

Measure = tuple[str, str]


def _agreed_figure(group: Group) -> tuple[Measure, list[tuple[Unit, Reading]]] | None:
    """(measure, the group's sentences with their reading of it) when each sentence of the group gives one figure
    of one measure that counts a named thing (a count's concept, a sum's currency), and all are one value; None
    otherwise (no figure shared, two figures in a sentence, values apart)."""
    measures: dict[Measure, list[tuple[Unit, Value]]] = {}
    for u in group.units:
        by_measure: dict[Measure, list[Value]] = {}
        for v in story_figures(u):
            if not _named(v):
                continue
            by_measure.setdefault(figure_measure(v), []).append(v)
        for m, vs in by_measure.items():
            if len(vs) == 1:
                measures.setdefault(m, []).append((u, vs[0]))
    for m, told in measures.items():
        if len(told) != len(group.units) or len({u.source for u, _ in told}) < 2:
            continue
        readings = [(u, r) for u, v in told if (r := reading(u, v)) is not None]
        if len(readings) != len(told):
            continue
        if all(compatible(x, y) for (_, x) in readings for (_, y) in readings):
            return m, readings
    return None


def _named(v: Value) -> bool:
    """Whether a figure's measure names what it is of: a count of a concept (not anyone: two sentences' "people"
    are seldom one measure) or a sum in a currency. Not a quantity in a unit: a distance or a length is measured
    from something ("about 15 miles north of Detroit" / "Flint, about 50 miles north of here"; a return of 32
    yards and a drive of 73 yards), and ECB+ showed five such wrong conflicts on the eighth pass's merged tree."""
    if v.kind == "count":
        return bool(v.concept) and v.concept not in {"person", "year", "day"}
    return v.kind == "money" and bool(v.unit)


# Two sums this close are one price written two ways ("$2,799" / "$2,800": ECB+'s MacBook), never a conflict.
NEAR_RATIO = 0.01


def outvoted_pairs(units: list[Unit], groups: Iterable[Group]) -> list[tuple[Unit, Unit]]:
    """(a, c) in unit order: ``a`` a sentence of an agreement group agreeing on one figure (:func:`_agreed_figure`),
    ``c`` a third source's only sentence giving one figure of that measure, naming a person, body or place the
    group names, of one day, not negated, its source giving no figure of the measure that fits the agreed value.
    Input: the story's units and its agreement groups; output: unit pairs, each once."""
    by_source: dict[int, list[Unit]] = {}
    for u in units:
        by_source.setdefault(u.source, []).append(u)
    out: dict[tuple[int, int], tuple[Unit, Unit]] = {}
    for group in groups:
        agreed = _agreed_figure(group)
        if agreed is None:
            continue
        measure, told = agreed
        names = frozenset().union(*(_name_words(u) for u, _ in told))
        sources = {u.source for u, _ in told}
        for source, members in by_source.items():
            if source in sources:
                continue
            found = [(c, v) for c in members for v in story_figures(c) if _named(v) and figure_measure(v) == measure]
            if any(_fits(c, v, told) for c, v in found):
                continue  # the source gives the agreed value too
            about = [
                (c, v)
                for c, v in found
                if not c.claim.negated
                and not c.claim.quoted  # someone's words ("In July alone, they lost $300,000," said ...)
                and _words(c) & names
                and not any(different_days(c, u) for u, _ in told)
            ]
            if len(about) != 1 or sum(1 for c, _ in found if c is about[0][0]) != 1:
                continue  # two figures of the measure in its sentence: a conversion or a comparison ("$US1
                # million ($1.52 million)"), which of them is the claim's is not said
            if _near(about[0][1], told):
                continue
            c = about[0][0]
            for u, _ in told:
                a, b = sorted((u, c), key=lambda x: x.index)
                out[(a.index, b.index)] = (a, b)
    return [out[k] for k in sorted(out)]


def _name_words(u: Unit) -> frozenset[str]:
    """The folded words of the names the sentence gives, whatever type the tagger gave each ("person:Corvan
    Meddle" in one sentence, "organisation:Corvan Meddle" in another; "Genossenschaft Ostmark" and "Ostmark"):
    capitalised words of three letters or more."""
    return frozenset(
        fold(w) for e in u.entities for w in e.partition(":")[2].split() if len(w) >= 3 and w[:1].isupper()
    )


def _words(u: Unit) -> frozenset[str]:
    """The sentence's folded words: an agreed sentence's name is looked for in the third sentence's words, which
    the tagger may have left untagged ("Meddle, der die Genossenschaft elf Jahre lang führte, soll ...": a name
    opening a German sentence)."""
    return frozenset(fold(w) for w in _WORD.findall(u.text))


_WORD = re.compile(r"[^\W\d_]{3,}")


def _fits(c: Unit, v: Value, told: list[tuple[Unit, Reading]]) -> bool:
    """Whether figure ``v`` of sentence ``c`` fits one of the agreed readings (:func:`.values.compatible`)."""
    r = reading(c, v)
    return r is not None and any(compatible(r, x) for _, x in told)


def _near(v: Value, told: list[tuple[Unit, Reading]]) -> bool:
    """Whether figure ``v`` is within :data:`NEAR_RATIO` of an agreed figure (one value rounded: "$2,800")."""
    for u, _ in told:
        for w in story_figures(u):
            if w.value and v.value and figure_measure(w) == figure_measure(v):
                if abs(w.value - v.value) <= NEAR_RATIO * max(abs(w.value), abs(v.value)):
                    return True
    return False
