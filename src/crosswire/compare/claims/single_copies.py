"""One source's one fact is one single-source item, however many copies of its story the comparison read.

A wire story and a paper's syndicated copy of it are one source (:attr:`StoryData.source_of` gives both articles
one number), yet the single-source readers list each article's sentences: a copy that rewrote a figure's unit ("fell
7.2 percent" / "fell 7.2%", a new user's airline story) or cut a clause gave two items citing the same source for
one fact, and "Only Meridian Press Agency reports" twice. Items are folded when they are of one kind, cite the same
sources, and every sentence of the later one is, in another article of the same source, a sentence of the earlier
one with small edits (:data:`COPY_RATIO`, the rapidfuzz ratio the stage already reads a copied sentence at).

Pure: reads the items' evidence and the article -> source map. Offsets are the evidence's (character offsets into
the cleaned body of each article).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from crosswire.compare.records import FigureItem, Item
from crosswire.model import Evidence

# rapidfuzz ratio (0-100) at which two sentences of one source's articles are one sentence copied with small edits
# (crosswire.compare.stage.COPY_RATIO, the same reading of a wire copy): "fell 7.2 percent" / "fell 7.2%" in one
# sentence of 90 characters reads 93; two different sentences of one story read under 60.
COPY_RATIO = 85


def _copies(ev: Evidence, of: Sequence[Evidence], source_of: Mapping[str, int]) -> bool:
    """Whether ``ev`` is, in another article of the same source, one of ``of``'s sentences with small edits."""
    src = source_of.get(ev.article)
    return src is not None and any(
        e.article != ev.article and source_of.get(e.article) == src and fuzz.ratio(ev.text, e.text) >= COPY_RATIO
        for e in of
    )


def _folded(into: Item, other: Item) -> Item:
    """``into`` citing ``other``'s sentences too (a figure's values each keep the sentences that give them)."""
    evidence = [*into.evidence, *(e for e in other.evidence if e not in into.evidence)]
    if isinstance(into, FigureItem) and isinstance(other, FigureItem):
        values = [replace(v, evidence=list(v.evidence)) for v in into.values]
        for w in other.values:  # a value of one number keeps one wording, the first; another is added
            v = next((v for v in values if (v.value, v.low, v.high) == (w.value, w.low, w.high)), None)
            if v is None:
                values.append(w)
            else:
                v.evidence += [e for e in w.evidence if e not in v.evidence]
        return replace(into, evidence=evidence, values=values)
    return replace(into, evidence=evidence)


def fold_copies(items: Sequence[Item], source_of: Mapping[str, int]) -> list[Item]:
    """``items`` (single-source items, in order) with each item whose every sentence copies, in another article of
    the same source, a sentence of an earlier item of the same kind and sources folded into that item (its
    sentences added to the earlier item's evidence). Input: the items and article id -> source number; output:
    the items kept, in order."""
    out: list[Item] = []
    for item in items:
        into = next(
            (
                k
                for k, kept in enumerate(out)
                if kept.kind == item.kind
                and kept.sources == item.sources
                and item.evidence
                and all(_copies(ev, kept.evidence, source_of) for ev in item.evidence)
            ),
            None,
        )
        if into is None:
            out.append(item)
        else:
            out[into] = _folded(out[into], item)
    return out
