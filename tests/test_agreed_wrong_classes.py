"""bench/agreed_misses.py: each false agreed item of a development half gets the class of what made it (--wrong),
and a miss whose fact is one clause of a longer sentence is marked "one clause alike".

Invented text of a harbour-crane story (no benchmark event): a figure item, a pair at the agreement bar whose
sentences share topic words at a low embedding cosine, one at a high cosine, a pair lifted under the bar by a
shared phrase, and an item no aligner pair joins.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from crosswire.compare.claims.pairs import FEATURES, Pair
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from agreed_misses import CLAUSE_COSINE, WRONG_COSINE, classify_wrong, clause_cosine, clauses

COSINE = FEATURES.index("embedding")
A = "The crane operator said the port would reopen its northern quay next week after the repairs."
B = "Repairs at the port's northern quay left the crane operator idle for a month, a union official said."
C = "The harbour board approved a new budget."


def _unit(index: int, doc: str, text: str) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language="en", values=[])
    return Unit(index=index, source=index, article=f"ev:{doc}", claim=claim, text=text, position=0.0)


def _found(score: float, cosine: float) -> tuple[Any, list[Unit]]:
    units = [_unit(0, "A", A), _unit(1, "B", B), _unit(2, "C", C)]
    features = [0.0 for _ in FEATURES]
    features[COSINE] = cosine
    pair = Pair(units[0], units[1], features, score)
    return SimpleNamespace(units=units, pairs=[pair], agree=0.6), units


def _item(*texts_docs: tuple[str, str]) -> dict[str, Any]:
    return {"evidence": [{"article": f"ev:{d}", "start": 0, "end": len(t), "text": t} for t, d in texts_docs]}


def test_a_figure_item_is_its_own_class() -> None:
    found, _ = _found(0.7, 0.8)
    item = {**_item((A, "A"), (B, "B")), "values": [{"text": "at least 30"}, {"text": "33"}]}
    assert classify_wrong(item, found) == ("figure item", "at least 30, 33")


def test_pairs_at_the_bar_are_split_by_their_cosine() -> None:
    low, _ = _found(0.65, WRONG_COSINE - 0.1)
    high, _ = _found(0.65, WRONG_COSINE + 0.1)
    item = _item((A, "A"), (B, "B"))
    assert classify_wrong(item, low)[0] == f"pair at the bar, cosine < {WRONG_COSINE}"
    assert classify_wrong(item, high)[0] == f"pair at the bar, cosine >= {WRONG_COSINE}"


def test_a_pair_under_the_bar_was_lifted() -> None:
    found, _ = _found(0.45, 0.4)
    cls, detail = classify_wrong(_item((A, "A"), (B, "B")), found)
    assert cls.startswith("lifted under the bar (")
    assert "best 0.45" in detail


def test_an_item_no_pair_joins_was_built_after_alignment() -> None:
    found, _ = _found(0.7, 0.7)
    assert classify_wrong(_item((A, "A"), (C, "C")), found)[0] == "no aligner pair (built after alignment)"


RUST_A = (
    "For years, engineers have suspected that there is rust inside the bridge's cables, and several inspections "
    "appear to back it up."
)
RUST_B = "In fact, engineers believe the bridge's main cables hold a layer of rust beneath their paint."
HIKER_A = "Divers found the missing hiker hidden in a cave below the waterfall, the rescue service said."
HIKER_B = (
    "Police said the volunteers had worked through freezing rain and fog with dogs and drones, while cavers "
    "from Ostrel found the lost hiker hidden in a cave beneath the falls."
)


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


def test_one_clause_alike_and_one_topic_apart() -> None:
    assert clause_cosine(HIKER_A, "en", HIKER_B, "en") >= CLAUSE_COSINE
    assert clause_cosine(RUST_A, "en", RUST_B, "en") < CLAUSE_COSINE  # one topic, two statements
