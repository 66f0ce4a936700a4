"""Two sentences each other's nearest in the other's source, with one clause alike, state one claim.

The class, found by bench/agreed_misses.py on the tune half of the alignment gold: a fact told as one clause of a
long sentence ("... made his comeback with ... Williams last season but left at the end of the campaign" /
"... made his return to Formula One with Williams last season following a long absence ...") is rated under the
agreement bar by the pair scorer, which reads whole sentences. Invented text of other events; the neighbours that
must stay apart: a pair that is not each other's best match, a pair rated under the floor, two sentences on one
topic whose clauses say different things.
"""

from __future__ import annotations

from crosswire.compare.claims.clauses import (
    CLAUSE_COSINE,
    CLAUSE_SCORE,
    clause_cosine,
    clauses,
    one_clause_alike,
)
from crosswire.compare.claims.pairs import FEATURES, Pair
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim

HIKER_A = "Divers found the missing hiker hidden in a cave below the waterfall, the rescue service said."
HIKER_B = (
    "Police said the volunteers had worked through freezing rain and fog with dogs and drones, while cavers "
    "from Ostrel found the lost hiker hidden in a cave beneath the falls."
)
RUST_A = (
    "For years, engineers have suspected that there is rust inside the bridge's cables, and several inspections "
    "appear to back it up."
)
RUST_B = "In fact, engineers believe the bridge's main cables hold a layer of rust beneath their paint."


def _unit(index: int, source: int, text: str, language: str = "en") -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=language, values=[])
    return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.0)


def _pair(a_text: str, b_text: str, score: float, mutual_best: bool = True) -> Pair:
    features = [0.0 for _ in FEATURES]
    features[FEATURES.index("mutual_best")] = float(mutual_best)
    return Pair(_unit(0, 1, a_text), _unit(1, 2, b_text), features, score)


def test_clauses_are_cut_at_joining_words_and_punctuation_per_language() -> None:
    parts = clauses(RUST_A, "en")
    assert "engineers have suspected that there is rust inside the bridge's cables" in parts
    assert "several inspections appear to back it up" in parts  # ", and" cut before the joining word
    assert not any(p.startswith("and ") for p in parts)
    es = clauses("El portero volvió con el Oporto la temporada pasada, pero se marchó al final de la campaña.", "es")
    assert "se marchó al final de la campaña" in es
    de = clauses("Die Feuerwehr rettete zwei Bergsteiger aus der Schlucht und brachte sie nach Halvik.", "de")
    assert "brachte sie nach Halvik" in de
    assert clauses("Divers found the hiker.", "en") == ("Divers found the hiker.",)  # one clause: the sentence


def test_one_clause_alike_lifts_each_others_nearest() -> None:
    assert clause_cosine(HIKER_A, "en", HIKER_B, "en") >= CLAUSE_COSINE
    assert one_clause_alike(_pair(HIKER_A, HIKER_B, 0.45))


def test_not_each_others_nearest_or_under_the_floor_stays_apart() -> None:
    assert not one_clause_alike(_pair(HIKER_A, HIKER_B, 0.45, mutual_best=False))
    assert not one_clause_alike(_pair(HIKER_A, HIKER_B, CLAUSE_SCORE - 0.05))


def test_one_topic_in_different_clauses_stays_apart() -> None:
    # suspected rust inside the cables / a layer of rust under the paint: one topic, two statements
    assert clause_cosine(RUST_A, "en", RUST_B, "en") < CLAUSE_COSINE
    assert not one_clause_alike(_pair(RUST_A, RUST_B, 0.45))
