"""Two people's own words are two statements (a new user's bridge story agreed a teacher's «Adesso ho paura di
attraversare qualunque ponte» with a nurse's « Je traverse ce pont tous les jours pour aller au travail », two
residents quoted by two outlets).

A sentence is someone's **direct quotation** when it prints words in quotation marks of any language's style (an
opening mark is enough: a quotation that runs on into the next sentence). Its **voice** is the speaker the facts
stage read for it, or, for a quotation sentence with no speaker of its own, the speaker of the quotation just
before it in the same article (the convention of continuing one person's words over several sentences:
"«…», ha raccontato Giulia Venner. «Adesso ho paura …»"). Two direct quotations of two different voices state
one claim only when they give one figure (:func:`voices_differ`).
"""

from __future__ import annotations

import re

from crosswire.compare.claims.units import Unit

_MARKS = re.compile(r"[\"“”„«»‹›]")


def direct_quotation(u: Unit) -> bool:
    """Whether the sentence prints words in quotation marks (any style: "…", “…”, „…“, «…»)."""
    return _MARKS.search(u.text) is not None


def voices(units: list[Unit]) -> dict[int, str]:
    """Unit index -> the canonical id of whose own words the sentence quotes, for each direct quotation whose
    speaker is read (:attr:`Unit.speaker`) or carried from the direct quotation just before it in the same
    article. Input: the story's units in story order (articles' sentences in order)."""
    out: dict[int, str] = {}
    prev: Unit | None = None
    for u in units:
        if direct_quotation(u) and u.claim.quoted:
            if u.speaker:
                out[u.index] = u.speaker
            elif prev is not None and prev.article == u.article and prev.index in out:
                out[u.index] = out[prev.index]
        prev = u
    return out


def _figures(u: Unit) -> set[float]:
    return {v.value for v in u.values if v.value is not None and v.kind != "date"}


def voices_differ(a: Unit, b: Unit, voice: dict[int, str]) -> bool:
    """Whether two sources' sentences quote two different people's own words (``voice`` of :func:`voices`) and
    give no figure in common: two statements, never one agreed claim ("Now I'm afraid to cross any bridge" / "I
    cross this bridge every day"). Two voices giving one figure ("«Nine bodies were pulled out»" / "«On a sorti
    neuf corps»") may state one fact; a sentence whose voice is not known is not read."""
    va, vb = voice.get(a.index), voice.get(b.index)
    if va is None or vb is None or va == vb or a.source == b.source:
        return False
    return not (_figures(a) & _figures(b))
