"""A third source's sentence stating what two other sources agree on: no fact "only X reports".

The claim aligner pairs sentences two by two; a third outlet's sentence telling the same fact in its own words
and language may score under the pair bar against each of the two ("Most evacuees were taken to the municipal
sports hall in Dorvel, 15 km to the south, where volunteers set up 600 camp beds" beside the Spanish "Los
evacuados fueron alojados en el polideportivo municipal de Dorvel" and the Italian "Nella palestra comunale di
Dorvel ...", which the comparison agrees with each other: a new user's wildfire story showed the English wire's
sentence as "only" its own). Two independent sources agreeing is evidence of what the fact is; a sentence that
names the same place or party as every one of them (by its name words, whatever type the entity model gave it)
and reads near each of them on the multilingual sentence encoder (:data:`GROUP_COSINE`) states it too.

Input: the would-be single-source items of one story and its :class:`ClaimAlignment` (its agreed ``groups``).
Output: the positions to drop. Pure: no store, no model call (the aligner's encoder similarities).
"""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import Item, QuoteItem
from crosswire.compare.restated import same_party

# The sentence-encoder cosine a sentence must reach against each other source's member of an agreed group (each
# source's nearest member) to state the group's fact. Set on a new user's wildfire story (six outlets, five
# languages): the English sports-hall sentence read 0.39 and 0.40 against the Spanish and Italian members, each
# naming Dorvel; the right single-source sentences of that story came at most 0.36-0.42 near a group's members
# but none named a place or party every member names (an animal toll beside the burned area, 0.36 / 0.40).
GROUP_COSINE = 0.38
MIN_SOURCES = 2  # other sources in the group: one source's sentence is the pair scorer's to judge, not this rule
# Only across languages: two sentences of one language near each other on the encoder often tell two facts of one
# scene (a player's two seasons' figures, a crowd and its music), which the pair scorer, reading their words, keeps
# apart; across languages the encoder is what there is, and the pair scorer's bar is often missed by a restatement.


def _anchors(u: Unit) -> frozenset[str]:
    return u.entities | u.places


def _shared(u: Unit, m: Unit) -> bool:
    """Whether ``u`` and ``m`` name one party or place, whatever type the entity model gave each ("place:Dorvel" /
    "other:Dorvel": :func:`crosswire.compare.restated.same_party`)."""
    return any(same_party(a, b) for a in _anchors(u) for b in _anchors(m))


def restates_group(u: Unit, claims: ClaimAlignment) -> bool:
    """Whether ``u`` states the claim of an agreed group of :data:`MIN_SOURCES` or more other sources in other
    languages than ``u``'s: for each of them, a member sharing a canonical entity or place with ``u`` at a cosine
    of :data:`GROUP_COSINE` or more. Within one language the pair scorer reads words as well as the encoder, and
    its verdict stands: on the tune halves of the alignment gold (English) this rule, read in one language, dropped
    6 right single items for 1 wrong one (``bench/RESULTS-compare.md``, singles10)."""
    if claims.near is None or not _anchors(u):
        return False
    for g in claims.groups:
        best: dict[int, float] = {}
        for m in g.units:
            if m.source == u.source or m.language == u.language or not _shared(u, m):
                continue
            cos = float(claims.near.sims[u.index, m.index])
            best[m.source] = max(best.get(m.source, cos), cos)
        others = {m.source for m in g.units if m.source != u.source and m.language != u.language}
        if len(others) >= MIN_SOURCES and set(best) == others and min(best.values()) >= GROUP_COSINE:
            return True
    return False


def group_restated(items: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` (would-be single-source items) one of whose sentences restates an agreed group of
    other sources (:func:`restates_group`). Quotes are left alone: someone's words are theirs even where other
    outlets tell the fact."""
    out: set[int] = set()
    for i, item in enumerate(items):
        if isinstance(item, QuoteItem):
            continue
        if any(restates_group(u, claims) for u in claims.units_of(item)):
            out.add(i)
    return out
