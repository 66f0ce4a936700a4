"""The agreement bar of a pair of sentences of one inflected language (not English).

The pair scorer (:mod:`.model`) was fitted on English pairs, where a claim's words recur as written: two English
sentences stating one fact share "evacuated", "residents". Two Spanish, Polish, German or Russian sentences
stating one fact share fewer words as written ("zginęli" / "zginął", "Kobego Bryanta" / "Kobe Bryant", "школ" /
"школы"), since the light tier's terms are words as written (:data:`.pairs.LEMMA_KEYS` is off), so the scorer
rates them lower than the same pair in English. :func:`.across_bar.across_bar` gives pairs of two languages,
each the other's best match, a bar of their own (:data:`.across_bar.ACROSS_BAR`); :func:`inflected_bar` gives the
same bar, with the same guards (no other people, no two days, no two poles of one act, no quote against a
sentence reporting no speech), to pairs of one language other than English.

Measured on the four development halves at once (``bench/compare_alignment.py``, fifteenth pass, magree15's
section): see :data:`INFLECTED_BAR`. The English halves (tune, tune2) cannot move: their stories are English.
"""

from __future__ import annotations

from crosswire.compare.claims.across_bar import ACROSS_BAR, quote_unmatched
from crosswire.compare.claims.pairs import FEATURES, Pair
from crosswire.compare.claims.polar import polar_differ
from crosswire.compare.claims.story_wide import other_people
from crosswire.compare.claims.units import different_days

# The bar: the across bar (0.45). Chosen on mtune (de-de, es-es, fr-fr, pl-pl events), checked on mtune2: on mtune
# a bar of 0.40, 0.45 or 0.50 gives the same items (agreed 29/31 right, 38 of 65 found -> 31/33, 40 of 65); on
# mtune2 0.45 and 0.50 give 17/19, 26 of 44 -> 18/20, 27 of 44, and 0.40 adds two false items (20/23, 28 of 44).
INFLECTED_BAR = ACROSS_BAR
_MUTUAL_BEST = FEATURES.index("mutual_best")


def inflected_bar(p: Pair, score: float) -> bool:
    """Whether a pair of one language other than English agrees at :data:`INFLECTED_BAR`: each sentence is the
    other's most similar in the other's source, ``score`` (the pair scorer's, 0-1) is the bar or more, and the
    guards of :func:`.across_bar.across_bar` pass. Input: a scored candidate pair (features set). Raises
    nothing."""
    language = p.a.language or "en"
    if language == "en" or (p.b.language or "en") != language or score < INFLECTED_BAR:
        return False
    if p.features[_MUTUAL_BEST] != 1.0:
        return False
    if other_people(p.a, p.b) or different_days(p.a, p.b):
        return False
    return not (polar_differ(p.a, p.b) or quote_unmatched(p.a, p.b))
