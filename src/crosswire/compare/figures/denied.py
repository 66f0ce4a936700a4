"""Figures their own sentence denies: "Destiny 2 is not true 4K on Stadia" gives no 4K.

A denied figure is no figure its source gives, so it joins no agreement and makes no "only X reports" item: a
launch story's review that Destiny 2 "is not true 4K" was agreed as "Output: 4K" with another review's "4K
output" of a different game and the maker's promise of "up to 4K" (tune2 of the alignment gold, agree15).

A figure is denied when a negator of ``[denied]`` in ``data/figure_clauses.toml`` ("not", "n't", "never", "no
longer") stands among the ``window`` words right before it, inside its own clause (a comma, semicolon, colon or
dash ends the look back), and no word between the negator and the figure is one of ``keeps``: "not more than 20",
"no fewer than 40", "not only 12", "not until 2021" bound, stress or date the figure, and keep it. English only:
figures of other languages are compared by the claim aligner (:func:`crosswire.compare.figures.slots.collect`).
"""

from __future__ import annotations

import re
from functools import cache

from crosswire.vocab.data import data_toml

_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]| - ")
_WORD = re.compile(r"[\w’']+")


@cache
def _table() -> tuple[tuple[tuple[str, ...], ...], int, frozenset[str]]:
    d = data_toml("figure_clauses.toml")["denied"]
    negators = tuple(tuple(n.lower().split()) for n in d["negators"])
    return negators, int(d["window"]), frozenset(w.lower() for w in d["keeps"])


def _words(text: str) -> list[str]:
    """Words of ``text`` in order, a contraction's "n't" split off its verb ("isn't" -> "is", "n't")."""
    out: list[str] = []
    for w in _WORD.findall(text.lower()):
        for neg in ("n't", "n’t"):
            if w.endswith(neg) and len(w) > len(neg):
                out.extend((w[: -len(neg)], neg))
                break
        else:
            out.append(w)
    return out


def denied(before: str, figure: str = "") -> bool:
    """Whether the text of a sentence up to a figure (``before``: the sentence's characters from its start to
    the figure's first character) denies the figure as written (``figure``: "more than $3", "4K"): a negator
    within the last ``window`` words of the figure's clause, no kept word between it and the figure nor in the
    figure's own words ("haven't paid more than $3" bounds the price). Input: any strings; raises nothing."""
    negators, window, keeps = _table()
    cuts = list(_CLAUSE_END.finditer(before))
    clause = before[cuts[-1].end() :] if cuts else before
    words = _words(clause)
    own = set(_words(figure))
    for n in negators:
        for i in range(max(0, len(words) - window - len(n)), len(words) - len(n) + 1):
            if tuple(words[i : i + len(n)]) == n and not keeps & (set(words[i + len(n) :]) | own):
                return True
    return False
