"""Why a sentence that gives a figure is in no item: the reason a left sentence (:mod:`crosswire.compare.leftover`)
gives when no other source's sentence relates to it, but it gives a figure.

The last reason of a left sentence said it "names no one and gives no figure that marks it as a fact only [k]
reports": a new user's German "Die Kosten werden auf 48 Millionen Pfund geschätzt." got it, though it gives a figure
(48 million, which an English source gives too). A sentence with a figure never gets that reason; it gets the
check that kept its figure from making it single-source, as the single-source readers apply them
(:mod:`.single_values`: a figure another source gives anywhere in the story, a small count of nothing the story
compares; :mod:`.sole_figures`: the story's only count of one thing in two languages; the sentence's kind, length
and quotation marks). Written by hand: it names crosswire's own checks.
"""

from __future__ import annotations

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.single_values import MIN_WORDS, QUOTE_MARKS, ValueKey, _key, _same, _weak
from crosswire.compare.claims.units import Unit

# The kinds of value a reader calls a figure: a number of something, a sum, a share, a quantity, a length of time
FIGURE_KINDS = frozenset({"count", "money", "percent", "quantity", "duration", "proportion"})


def figures_of(u: Unit) -> list[str]:
    """The figures ``u``'s sentence gives, as written ("48 Millionen Pfund"), in order, each once."""
    out: list[str] = []
    for v in u.values:
        if v.kind in FIGURE_KINDS and v.text not in out:
            out.append(v.text)
    return out


def figure_reason(u: Unit, found: ClaimAlignment) -> tuple[str, Unit | None] | None:
    """(reason, the other source's unit it names or None) for left sentence ``u`` when it gives a figure
    (:func:`figures_of`) and no other source's sentence relates to it; None when it gives none. The reason ends
    before "not shown as only [k]'s", which the caller adds."""
    figures = figures_of(u)
    if not figures:
        return None
    written = ", ".join(f"“{f}”" for f in figures[:3])
    keys = [(v, k) for v in u.values if v.kind in FIGURE_KINDS and (k := _key(v, u.language)) is not None]
    shared = _giving_the_same(u, [k for _v, k in keys], found)
    if shared is not None:
        reason = f"gives {written}, a figure [{shared.source}]'s sentence gives too, in words too unlike it to agree"
        return reason, shared
    if found.sole_figure(u):
        return f"gives {written}, compared with another source's only figure of what it counts", None
    if keys and all(_weak(k) for _v, k in keys):
        return f"gives only {written}, a small count of nothing the story compares", None
    if not keys and any(v.value is None for v in u.values if v.kind in FIGURE_KINDS):
        return f"gives only {written}, a rough figure (a range, no number) the single-source readers do not list", None
    if not keys:
        return f"gives only {written}, a figure of a kind the single-source readers do not list", None
    if any(mark in u.text for mark in QUOTE_MARKS):
        return f"gives {written} inside someone's quoted words, which the quotation comparison reads", None
    if len(u.text.split()) < MIN_WORDS:
        return f"gives {written} in a sentence of fewer than {MIN_WORDS} words", None
    return f"gives {written}, but no other source relates to it and no single-source reader took it as a fact", None


def _giving_the_same(u: Unit, keys: list[ValueKey], found: ClaimAlignment) -> Unit | None:
    """The first other source's unit that gives a value one of ``keys`` is (:func:`.single_values._same`)."""
    for v in found.units:
        if v.source == u.source:
            continue
        for other in v.values:
            k = _key(other, v.language)
            if k is not None and not _weak(k) and any(_same(mine, k) for mine in keys if not _weak(mine)):
                return v
    return None
