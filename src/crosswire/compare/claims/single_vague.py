"""A precise count another source gives vaguely is no fact only one source reports: "the court heard 63 witnesses"
beside "sąd przesłuchał kilkudziesięciu świadków" (several dozen witnesses).

A new user's fraud-trial story listed "Witnesses heard: 63" as "only" the wire's, and the brief showed its sentence
as "Only Norland Press reports", though the Polish outlet gave the witnesses as "kilkudziesięciu" (20-99, the facts
stage's vague number of ``data/languages.toml``). The pair scorer relates the two sentences (0.26, over the related
bar) but under the figure's own bar (0.5, :data:`crosswire.compare.claims.align.FIGURE_BAR`), and the two values do
not clash (63 lies in 20-99), so neither the bar nor :meth:`~crosswire.compare.claims.align.ClaimAlignment.
contradicted` said another source speaks of it. A related sentence of another source giving a vague count whose
range holds the figure states the same count less precisely: vague against precise, for the conflict readers to
show, never "only X".

Pure: reads the items, the units' values and the pair scores. Offsets are the units' (character offsets into the
cleaned body).
"""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.compare.claims.align import SENTENCE_BAR, ClaimAlignment
from crosswire.compare.records import FigureItem, Item
from crosswire.facts.records import Value


def vague_range(v: Value) -> tuple[float, float] | None:
    """The range a vague count allows ("kilkudziesięciu": 20-99, "Dutzende": 24-100, "dozens of"), or None for
    an exact count, a bound with one side open ("more than 50") or a value of another kind."""
    if v.kind != "count" or v.exact or v.value is not None or v.low is None or v.high is None:
        return None
    return (v.low, v.high)


def vaguely_elsewhere(items: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` (would-be single-source items) of figures giving an exact count that another
    source's sentence, scored at the related bar (:data:`~crosswire.compare.claims.align.SENTENCE_BAR`) or above
    against the figure's sentence, gives as a vague count holding it (:func:`vague_range`). Only figures:
    a sentence item's own bar is already the related bar."""
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, FigureItem):
            continue
        shown = {fv.text for fv in item.values}
        for u in claims.units_of(item):
            exact = [
                w.value for w in u.values if w.kind == "count" and w.exact and w.value is not None and w.text in shown
            ]
            if not exact:
                continue
            for score, v in claims.counterparts(u):
                if score < SENTENCE_BAR:
                    break
                if v.source in item.sources:
                    continue
                ranges = [r for w in v.values if (r := vague_range(w)) is not None]
                if any(lo <= x <= hi for lo, hi in ranges for x in exact):
                    out.add(i)
                    break
            if i in out:
                break
    return out
