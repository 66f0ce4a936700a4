"""Timeline drafts of one day that state one event in different languages, joined into one line.

The pair scorer aligns sentences of one language well and sentences of two languages less well: across
languages two sentences share few terms, and their canonical entities are often keyed by each language's own
spelling ("place:Lutava" beside "place:Лутавская область"), so "Schools across the Lutava region will stay
closed until Friday" and "Занятия в школах Лутавской области отменены до пятницы" score 0.43 and stay two
timeline lines of one day (the example corpus). A timeline line already has a day, which narrows what it can be
joined to: only drafts of the same day (scheduled in one article and past in another, written after it, alike: one
act), from other sources, are candidates,
and two of them are one event when a sentence of one and a sentence of the other, in two languages:

* read alike in the multilingual sentence encoder (cosine at least :data:`COSINE_BAR`) and share a name
  (:func:`name_keys`), or
* share at least :data:`SHARED_NAMES` names, for the languages the encoder reads poorly (Belarusian and
  Ukrainian score 0.23-0.30 against English, issue 13): "Ва ўторак ... на рацэ Неруса прарвала дамбу
  Стаўненскага вадасховішча ... Лутаўскай вобласці" shares Nerusa, Stavna and Lutava with the Russian report of
  the dam burst (cosine 0.42).

Each draft joins at most its best such partner at a time, and only when it is that partner's best too (two
events of one day, each stated in its own language, pair off as they should rather than chain). Sentences of
one language are left to the pair scorer: this only adds what it cannot see across languages.

Written by hand: no library aligns dated sentences across languages. Bars measured on invented sentences
(``tests/test_compare_timeline_languages.py``): the same school closure in English, French and Russian reads
0.71-0.90 alike; a school closure and a bridge closure on the same day in the same region 0.54-0.65 across
languages; a president's visit and a dam burst there on the same day 0.30-0.45.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crosswire.compare.claims.pairs import Neighbours
from crosswire.compare.claims.units import Unit
from crosswire.facts.name_skeleton import skeleton
from crosswire.facts.records import Value

COSINE_BAR = 0.7  # see the module docstring for the measured values on both sides of it
SHARED_NAMES = 3  # names two sentences of one day share to state one event whatever the encoder says
NAME_PREFIX = 5  # letters of a name word's skeleton compared: case endings differ after them ("Лутаўскай")


@dataclass(slots=True, eq=False)
class Draft:
    """A would-be timeline line: its day and the units (of distinct sources) that state it."""

    day: Value
    units: list[Unit] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The draft's day (ISO): drafts of one day may join, whether an article wrote it ahead or past."""
        return str(self.day.text_value)

    @property
    def sources(self) -> set[int]:
        return {u.source for u in self.units}


def name_keys(unit: Unit) -> frozenset[str]:
    """The first :data:`NAME_PREFIX` letters of the transliteration skeleton of every word of the names the
    unit's sentence names (its canonical entities), words of fewer letters left out: "Лутавская область" gives
    ``{"lutav", "oblas"}``, "Лутаўскай" ``{"lutav"}``, "Lutava" ``{"lutav"}``."""
    keys: set[str] = set()
    for entity in unit.entities:
        name = entity.split(":", 1)[-1]
        keys.update(w[:NAME_PREFIX] for w in skeleton(name, unit.language).split() if len(w) >= NAME_PREFIX)
    return frozenset(keys)


def _evidence(a: Draft, b: Draft, near: Neighbours, keys: dict[int, frozenset[str]]) -> float:
    """How strongly two drafts state one event across languages: the best cosine of a pair of their units in
    two languages that passes a bar of the module docstring (plus a little per shared name), 0 when none does.
    ``keys``: each unit's :func:`name_keys` by unit index."""
    best = 0.0
    for u in a.units:
        for v in b.units:
            if u.language == v.language:
                continue
            shared = len(keys[u.index] & keys[v.index])
            cos = float(near.sims[u.index, v.index])
            if (shared and cos >= COSINE_BAR) or shared >= SHARED_NAMES:
                best = max(best, cos + 0.01 * shared)
    return best


def join_across_languages(drafts: list[Draft], near: Neighbours | None) -> list[Draft]:
    """``drafts`` with those of one day that state one event in two languages joined (module docstring), in
    their first draft's place. Pure; raises nothing."""
    if near is None:
        return drafts
    out = list(drafts)
    keys = {u.index: name_keys(u) for d in drafts for u in d.units}
    while True:
        best: dict[int, tuple[float, int]] = {}
        for i, a in enumerate(out):
            for j, b in enumerate(out):
                if j == i or a.key != b.key or a.sources & b.sources:
                    continue
                strength = _evidence(a, b, near, keys)
                if strength > best.get(i, (0.0, -1))[0]:
                    best[i] = (strength, j)
        mutual = [(i, j) for i, (_s, j) in best.items() if i < j and best.get(j, (0.0, -1))[1] == i]
        if not mutual:
            return out
        gone = set()
        for i, j in mutual:
            out[i].units = sorted([*out[i].units, *out[j].units], key=lambda u: (u.source, u.index))
            if out[i].day.scheduled and not out[j].day.scheduled:
                out[i].day = out[j].day  # a day one article wrote as past has happened: the line is no plan
            gone.add(j)
        out = [d for k, d in enumerate(out) if k not in gone]
