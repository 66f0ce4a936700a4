"""Terms two sentences of two languages share across scripts: each term's lemma spelled in Latin letters.

A Russian, a Ukrainian and a Polish sentence stating one fact share few words as written, but many of their
words are one word in three spellings once lemmatised and put in one script: "пилоты" / "pilotów" (pilot),
"рейсов" / "рейсів" (рейс), "Бельгии" / "Belgii" / "Бельгії" (Belgia), "пассажиров" / "пасажирів" (пасажир),
"страйки" / "strajkiem" (strajk), "Нидерландах" / "Нідерландах". The pair scorer's word features
(:data:`.pairs.FEATURES` ``term_overlap``, ``weighted_overlap``, ``weighted_shared``, ``content_shared``) read
none of these across languages, so the scorer rated translations by their embedding alone.

:func:`skeleton` is the key: the term's lemma (:func:`.pairs.term_key`: simplemma's tables for Polish, Ukrainian
and the light tier; Russian and English terms are their models' lemmas already), transliterated by ``anyascii``
(a library; one Latin spelling per Cyrillic letter, language-blind), lower case, letters and digits only, then
the few spellings that differ between the Latin of Polish and the transliteration of Cyrillic put on one form
(:data:`SPELLINGS`: "zh" -> "z", "y"/"j" -> "i", "kh" -> "h", doubled letters once). Hand-written: no library
matches cognates across Slavic scripts; the spellings are anyascii's own output for the Cyrillic letters whose
sound Polish writes otherwise (ж zh / ż z, й y / j, х kh / ch h, я ya / ja ia).

:class:`AcrossTerms` gives a pair of two languages its word features from these keys (idf over the story's
units' keys, as :func:`.pairs.idf_weights` does for terms); pairs of one language keep theirs.
Terms shorter than :data:`MIN_LETTERS` are left out (prepositions and conjunctions that meet by chance across
languages: "na", "i", "do", "to"). The keys also propose candidate pairs of two languages
(:func:`.pairs.candidate_pairs`, switched with the features by :data:`.pairs.ACROSS_TERMS`).

Measured (``bench/compare_alignment.py``, the thirteenth pass's section slavic13): alone, on the development
halves mtune and mtune2, no agreed item moves, but right pairs of two languages rise ("Пересматривать свои планы
придется 50 тысячам пассажиров" / "... торкнеться 50 тисяч пасажирів", 0.36 -> 0.49; "W związku ze strajkiem
pilotów z pięciu krajów ..." / "Пилоты ... проводят забастовку в пяти странах", 0.31 -> 0.37) and two gold
agreements of mtune2 left without a candidate pair get one ("the cancelled flights are to and from Spain,
Portugal and Belgium", ru-uk; "the strike is at the end of July", pl-uk). With the bar of
:mod:`.across_bar`: mtune2 22 of 44 agreements at precision 14/16 (baseline 4897c66: 20 of 44, 12/14), mtune
unchanged, the English halves unchanged (one language per story). On the held-out halves (totals, read once)
the two together found mreport 32 of 58 (29) at 25/29 (24/27) and mreport2 11 of 41 (8) at 9/12 (7/10); the bar
without these keys found 29 and 9 of them. No cost on the 181 benchmark pages: none of their stories mixes
languages, and a story of one language builds no keys.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache

from anyascii import anyascii

from crosswire.compare.claims.units import Unit

MIN_LETTERS = 4
# (written, as read): anyascii's Latin for Cyrillic put on Polish spelling; "kh" before "h" is read as written
SPELLINGS = (("shch", "szcz"), ("zh", "z"), ("kh", "h"), ("ch", "h"), ("sh", "sz"), ("ya", "ia"), ("yu", "iu"))
_NOT_KEY = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def skeleton(term: str, language: str) -> str:
    """The cross-script key of one claim term of ``language``: its lemma in Latin letters, lower case, put on one
    spelling ("Бельгия" -> "belgia", "Belgii" (pl) -> "belgia", "пассажир" -> "pasazir", "страйк" -> "straik",
    "strajk" -> "straik"); "" for a term shorter than :data:`MIN_LETTERS` letters (numbers are kept as they are)."""
    from crosswire.compare.claims.pairs import term_key

    if term.isdigit():
        return term
    lower = term.lower()
    key = term_key(lower, language)
    if key == lower and language != "de":  # a name's form the tables list capitalised: "Belgii" -> "Belgia"
        key = term_key(lower.capitalize(), language).lower()
    word = _NOT_KEY.sub("", anyascii(key).lower())
    if len(word) < MIN_LETTERS or word.isdigit():
        return ""
    for written, read in SPELLINGS:
        word = word.replace(written, read)
    word = word.replace("y", "i").replace("j", "i")
    return _DOUBLED.sub(r"\1", word)


def skeletons(terms: frozenset[str], language: str) -> frozenset[str]:
    """The :func:`skeleton` of each term, without the empty key."""
    return frozenset(k for k in (skeleton(t, language) for t in terms) if k)


class AcrossTerms:
    """The story's units' cross-script keys (:func:`skeletons` of their terms and attribution terms) and their
    idf over the units (``log((N + 1) / (df + 0.5))``, as :func:`.pairs.idf_weights`)."""

    def __init__(self, units: list[Unit]) -> None:
        self.keys = {u.index: skeletons(u.terms, u.language or "en") for u in units}
        self.said = {u.index: skeletons(u.attribution, u.language or "en") for u in units}
        df: dict[str, int] = defaultdict(int)
        for ks in self.keys.values():
            for k in ks:
                df[k] += 1
        n = len(units)
        self.idf = {k: math.log((n + 1) / (c + 0.5)) for k, c in df.items()}

    def word_features(self, a: Unit, b: Unit) -> tuple[float, float, float, float]:
        """(term_overlap, weighted_overlap, weighted_shared, content_shared) of a pair on the cross-script keys:
        the four word features of :data:`.pairs.FEATURES`, computed as :func:`.pairs.features` computes them on
        terms."""
        ka, kb = self.keys[a.index], self.keys[b.index]
        shared = ka & kb
        mass_a = sum(self.idf[k] for k in ka) or 1.0
        mass_b = sum(self.idf[k] for k in kb) or 1.0
        mass = sum(self.idf[k] for k in shared)
        content = sum(self.idf[k] for k in shared - self.said[a.index] - self.said[b.index])
        return len(shared) / max(1, min(len(ka), len(kb))), mass / min(mass_a, mass_b), mass, content
