"""A sentence that shares the story's rare words with another outlet's sentence is no fact only its source reports.

The sentence-encoder cosine does not tell a restatement in other words from another fact of the same scene: among
the single-source items of the development halves of the alignment gold (tune, tune2, mtune, mtune2 at 4897c66;
``bench/single_source_misses.py``), the wrong items' nearest other-source sentences read 0.19-0.57 and the right
items' 0.04-0.62. The words tell more. Where two outlets state one fact in their own syntax, they still use the
fact's own words, and those words are rare in the story: "Azzolina ... dijo que se ampliaba a todo el país el
cierre de los colegios y universidades" and "El Gobierno italiano cierra todos los colegios ... en todo el país";
"Este martes ha logrado la investidura por solo 2 votos" and "Pedro Sánchez logra la investidura ... este martes
... 167 votos a favor"; "Taki scenariusz jest możliwy według źródeł, na które powołuje się Onet" and "Jak podał
Onet, partia rządząca taki scenariusz analizowała". None of these pairs is anchored on one speaker or subject
(:func:`crosswire.compare.restated.same_gist`), and none holds the other's main clause
(:func:`crosswire.compare.restated.main_clause_in`).

The rule (:func:`shared_rare_words`): a would-be single item's sentence and a sentence of another independent source
in the same language share at least :data:`MIN_WITH_NAME` content lemmas (:func:`crosswire.compare.restated.
content_words`: no speaker or subject name, no speech verb, no number; here no name word of any entity of either
sentence either, names are counted as entities) each used by at most :data:`RARE_UNITS` sentences of the story, and
one named entity; or :data:`MIN_WITHOUT_NAME` such lemmas with no entity. Where that holds the item is left out of
"only X reports" (an uncertain "only X" misleads a reader more than silence); its sentence still shows
among the unmatched sentences (:mod:`crosswire.compare.leftover`).

Hand-written: no library scores "two sentences share a fact" by rare shared vocabulary within one story; the terms
are the claim units' own lemmas (simplemma / spaCy in :mod:`crosswire.compare.claims.units`). Within one language
only: lemmas of two languages are not comparable (across languages the encoder's checks in
:mod:`crosswire.compare.restated` and :mod:`crosswire.compare.claims.single_neighbours` decide).

Pure: reads the items and the story's claim units. Offsets are the units' (character offsets into the cleaned
body).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import FigureItem, Item
from crosswire.compare.restated import content_words
from crosswire.facts.records import Value
from crosswire.vocab.names import fold

# A lemma used by this many of the story's sentences (claim units, every source) or fewer is the story's rare word.
# Measured on the development halves' single-source items at 4897c66 (tune, tune2, mtune, mtune2: 275 items, 58 of
# them wrong by the gold's sentence rule): at 3, the rule below leaves out 4 wrong items and no right one (three of
# mtune, one of mtune2; a fifth, a figure of tune2, is kept as every figure is, see shared_rare_words); at 4 it
# also leaves out a right one (a Polish poll's "oddać głos", to vote, read in two poll sentences of two outlets).
# On the held-out halves (totals only) it left out one item of mreport2 that was right (24/36 -> 23/35).
RARE_UNITS = 3
# Rare lemmas two sentences must share beside one shared named entity. At 1 the rule dropped 13 wrong and 26 right
# items of the four halves (name words counted as words; one shared word and a name is any two sentences of one
# scene); at 2, 5 wrong (figures included) and 0 right once name words are left out (counted, "los" and "angeles"
# of one place made two words).
MIN_WITH_NAME = 2
# Rare lemmas two sentences must share with no named entity in common. At 2: 9 wrong and 6 right items dropped
# ("big jump" of two game-streaming quotes, "całego świata" of two funeral reports); at 3, 3 wrong and 0 right.
MIN_WITHOUT_NAME = 3


def name_words(u: Unit) -> frozenset[str]:
    """The folded, lower-cased words of the names of ``u``'s entities, speaker and subject ("place:Los Angeles" gives
    "los", "angeles"): words counted as a name, not as a shared word of what is said."""
    ids = [*u.entities, u.speaker or "", u.subject or ""]
    return frozenset(w for cid in ids for w in fold(cid.partition(":")[2]).casefold().replace("-", " ").split())


def rare_shared(u: Unit, v: Unit, rare: frozenset[str]) -> frozenset[str]:
    """The content lemmas of ``u`` (:func:`crosswire.compare.restated.content_words`) among ``v``'s terms that are
    in ``rare`` and are no name word of either sentence (:func:`name_words`)."""
    names = name_words(u) | name_words(v)
    return frozenset(t for t in content_words(u) & v.terms if t in rare and t not in names)


def _measure(value: Value) -> tuple[str, str] | None:
    """(kind, unit or counted noun) of a figure with a number, or None: what the number measures."""
    what = value.unit or value.concept or value.noun
    return (value.kind, what) if value.value is not None and what else None


def other_measure(u: Unit, v: Unit) -> bool:
    """Whether ``u`` and ``v`` each give a number of one kind and unit (or counted noun) and none of ``u``'s
    numbers of it is among ``v``'s: two measures of one quantity ("struck at a depth of only 10 kilometres" /
    "its epicentre about 18 kilometres south of Zarovsk", the example corpus's earthquake), whose shared words
    are the quantity's, not a shared fact."""
    theirs: dict[tuple[str, str], set[float]] = {}
    for b in v.values:
        if (key := _measure(b)) is not None and b.value is not None:
            theirs.setdefault(key, set()).add(b.value)
    for a in u.values:
        key = _measure(a)
        if key is not None and key in theirs and a.value not in theirs[key]:
            return True
    return False


def states_same(u: Unit, v: Unit, rare: frozenset[str]) -> bool:
    """Whether ``v`` (another source, same language) may state ``u``'s fact by the story's rare words:
    :data:`MIN_WITH_NAME` rare lemmas and a shared named entity, or :data:`MIN_WITHOUT_NAME` rare lemmas; never two
    sentences giving other numbers of one measure (:func:`other_measure`)."""
    if u.language != v.language or u.source == v.source or other_measure(u, v):
        return False
    shared = rare_shared(u, v, rare)
    if len(shared) >= MIN_WITHOUT_NAME:
        return True
    return len(shared) >= MIN_WITH_NAME and bool(u.entities & v.entities)


def shared_rare_words(items: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` (would-be single-source items, figures excepted) whose sentence another independent
    source's sentence of the same language may state (:func:`states_same`). A figure item is its number: another
    sentence restates it only by giving that number (:func:`crosswire.compare.restated.same_figure`); "two contract
    extensions" beside "new contract extension" is the sentence's other fact, and the figure stays "only X" (the
    item-level count of ``bench/compare_alignment.py`` counts it right: tune2 58/63 with figures left out here,
    57/62 with them). Input: the items and the story's claim alignment;
    output: positions to leave out. Raises nothing."""
    df = Counter(t for u in claims.units for t in u.terms)
    rare = frozenset(t for t, n in df.items() if n <= RARE_UNITS)
    out: set[int] = set()
    for i, item in enumerate(items):
        if isinstance(item, FigureItem):  # a figure is its number: restated only with it (restated.same_figure)
            continue
        others = [v for v in claims.units if v.source not in item.sources]
        if any(states_same(u, v, rare) for u in claims.units_of(item) for v in others):
            out.add(i)
    return out
