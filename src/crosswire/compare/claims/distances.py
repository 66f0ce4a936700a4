"""Distances from a named place compared story-wide: "about 52 kilometres off Port Vessary" [en] / "rund 80
Kilometer vor der Küste von Port Vessary" [de] is one measure of one thing with two values, a conflict (vague
against vague by the protocol's ranges: :func:`.values.compatible`), however unlike the two sentences read (a new
user's rescue at sea: the German sentence stood in an agreement of the sinking the wire was no part of, the pair
scored under every bar, and the distance was shown nowhere).

A distance is a quantity in a unit of length (``data/unit_dimensions.toml``) whose words up to a place the
sentence names are a distance's words (``data/distances.toml``: "off", "vor der Küste von", "au large de", "de la
costa de", "od"). Two distances are one measure when they are from one place (its canonical id) in one unit
(kilometres are not converted to miles: two units stay two slots, as :func:`.slots._measure_slot` keeps them).
Output: value comparisons of slot ``("distance", unit, place name)`` added to the story's conflicts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import Reading, SlotComparison, _sides, compatible, reading
from crosswire.facts.records import Value
from crosswire.vocab.concepts import unit_of
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

LENGTH_UNITS = frozenset(w.casefold() for w in data_toml("unit_dimensions.toml")["length"])
PLACE_REACH = 60  # characters after a length its place may start within (the words between are few)
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=16)
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(marker words, words allowed beside them) of ``language`` from ``data/distances.toml``."""
    spec = data_toml("distances.toml").get(language, {})
    return frozenset(spec.get("from", [])), frozenset(spec.get("also", []))


def _unit_id(v: Value) -> str | None:
    """A length's unit as one id in every language ("kilometres", "Kilometer", "km" -> ``kilometre`` where the
    concepts know it, else the unit word's singular), or None for a value in no unit of length."""
    unit = (v.unit or "").casefold()
    if v.kind != "quantity" or v.value is None or unit not in LENGTH_UNITS:
        return None
    return unit_of(unit, None) or {"km": "kilometre", "kms": "kilometre", "m": "metre"}.get(unit, unit.rstrip("s"))


def distance_place(u: Unit, v: Value) -> str | None:
    """The canonical id of the place length ``v`` of ``u``'s sentence is a distance from, or None: the first
    place or other name the sentence names (:attr:`Unit.places`, :attr:`Unit.entities`) that starts within
    :data:`PLACE_REACH` characters after the value, every word between being a distance's word of the language
    and at least one a marker."""
    if _unit_id(v) is None:
        return None
    markers, also = _words(u.language or "en")
    if not markers:
        return None
    after = u.text[max(0, v.end - u.claim.start) :][:PLACE_REACH]
    low = fold(after.casefold())
    best: tuple[int, str] | None = None
    for place in u.places | u.entities:  # any name: a parse may type a port a person ("Kestrel Bay" in German)
        name = fold(place.partition(":")[2].casefold())
        at = low.find(name) if name else -1
        if at >= 0 and (best is None or at < best[0]):
            best = (at, place)
    if best is None:
        return None
    between = _WORD.findall(after[: best[0]].casefold())
    if not between or not any(w in markers for w in between) or not all(w in markers or w in also for w in between):
        return None
    return best[1]


def distance_conflicts(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Distances from one place in one unit, told by two or more sources, compared story-wide: a disagreement
    (no compatible value shared by every source) is added to ``found`` (:func:`.story_wide.add_conflict`)."""
    from crosswire.compare.claims.story_wide import add_conflict  # story_wide imports the value readers too

    by_slot: dict[tuple[str, str, str], list[Reading]] = {}
    names: dict[str, str] = {}  # a place's key -> its name as the first sentence's entity writes it
    for u in units:
        for v in u.values:
            place = distance_place(u, v)
            unit = _unit_id(v)
            if place is None or unit is None or (r := reading(u, v)) is None:
                continue
            name = place.partition(":")[2] or place
            key = fold(name.casefold())
            names.setdefault(key, name.title() if name.isupper() else name)  # a dateline's "PORT VESSARY"
            by_slot.setdefault(("distance", unit, key), []).append(r)
    for (kind, unit, key), readings in by_slot.items():
        if len({r.unit.source for r in readings}) < 2:
            continue
        own: dict[int, Reading] = {}
        if any(not compatible(own.setdefault(r.unit.source, r), r) for r in readings):
            continue  # a source giving two distances from the place tells two things apart (two ships, two legs)
        cmp = SlotComparison((kind, unit, names[key]), _sides(readings), aligned=True)
        if cmp.conflict:
            add_conflict(found, cmp)
