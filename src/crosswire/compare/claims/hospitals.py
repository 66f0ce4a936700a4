"""Where the injured were taken: one source names one town's hospital, another another town's ("Three
firefighters were injured ... and were taken to the hospital in Dorvel" / "Trzech rannych strażaków przewieziono
do szpitala w Marteno": a new user's wildfire story cited both under one agreed item, the town unmentioned).

A sentence names a hospital's town when a phrase of ``[hospital_towns]`` of ``data/facts_outcomes.toml`` for its
language ("hospital in", "szpitala w", "ospedale di") stands right before a capitalised word, and it names one
such town only; a kind of place's noun may stand between ("the hospital on the island of Drennmoor", "al hospital
de la isla de Drennmoor": ``data/place_nouns.toml``), and a town's name may take several words ("Port Vessary").
Towns are compared by :func:`crosswire.vocab.names.same_place` (the one test of the comparison's place checks), so
that a Slavic case ending ("w Dorvelu") is the same town. Two sentences of two sources are of one transfer when they
give one count of people (the three injured) or the aligner relates them (:data:`TIE_BAR`); a story's injured may be
taken to several hospitals, so a source naming two towns is left alone. Written by hand:
the facts stage's place reader types no invented town, and no library reads a hospital's town across languages.

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import place_key, same_place

TIE_BAR = 0.4  # pair score at which two sentences are one transfer: the aligner's weak bar (.align.WEAK_BAR)
NAME_WORDS = 3  # capitalised words a town's name may take ("Port Vessary", "San Pedro del Mar" is cut to three)


def _alternation(phrases: list[str]) -> str:
    """Phrases as one alternation, longest first, an entry's word ending in "-" a stem."""
    return "|".join(
        r"\s+".join(re.escape(t[:-1]) + r"\w*" if t.endswith("-") else re.escape(t) for t in p.split())
        for p in sorted(phrases, key=len, reverse=True)
    )


@lru_cache(maxsize=32)
def _pattern(language: str) -> re.Pattern[str] | None:
    """The hospital phrases of ``language``, then a kind of place's noun or none (``data/place_nouns.toml``: "the
    island of", "la isla de", "der Insel"), then up to :data:`NAME_WORDS` words (the town and what follows it:
    :func:`_name` keeps the capitalised ones), as one pattern."""
    phrases = data_toml("facts_outcomes.toml").get("hospital_towns", {}).get(language, [])
    if not phrases:
        return None
    nouns = data_toml("place_nouns.toml").get(language, [])
    sep = r"(?:(?<=['’])|\s+)"  # "d'Arles" or "in Dorvel"
    noun = rf"(?:(?i:{_alternation(nouns)}){sep})?" if nouns else ""
    word = r"[^\W\d_][\w-]*"
    return re.compile(
        r"(?<![\w-])(?i:" + _alternation(phrases) + r")" + sep + noun + rf"({word}(?:\s+{word}){{0,{NAME_WORDS - 1}}})"
    )


def _name(words: str) -> str | None:
    """The town's name at the start of ``words``: its leading capitalised words; None when the first is not."""
    out = []
    for w in words.split():
        if not w[:1].isupper():
            break
        out.append(w)
    return " ".join(out) or None


def hospital_town(u: Unit) -> tuple[str, str] | None:
    """(the town's key, the town as written) of the one hospital's town the sentence names; None for none, two,
    or a language with no phrases. The key is :func:`crosswire.vocab.names.place_key`; two towns are compared by
    :func:`crosswire.vocab.names.same_place`."""
    return _town_in(u.text, u.language or "en")


@lru_cache(maxsize=1 << 14)
def _town_in(text: str, language: str) -> tuple[str, str] | None:
    pat = _pattern(language)
    if pat is None:
        return None
    found = {(place_key(name), name) for m in pat.finditer(text) if (name := _name(m.group(1)))}
    keys = {k for k, _w in found}
    return min(found) if len(keys) == 1 else None


def _counts(u: Unit) -> frozenset[float]:
    return frozenset(v.value for v in u.values if v.kind == "count" and v.value is not None)


def hospital_conflicts(units: list[Unit], pairs: list[Pair], data: StoryData) -> list[ClaimConflict]:
    """One conflict ("different value", measured as "hospital town") when sentences of two sources name two
    hospital towns for one transfer (see the module), no source naming both. Input: the story's units and the
    aligner's scored pairs; output: claim conflicts, [] when none."""
    read = {u.index: t for u in units if (t := hospital_town(u)) is not None}
    if len({k for k, _w in read.values()}) < 2:
        return []
    related = {frozenset((p.a.index, p.b.index)) for p in pairs if p.score >= TIE_BAR}
    named = [u for u in units if u.index in read]
    linked: dict[int, Unit] = {}
    for i, a in enumerate(named):
        for b in named[i + 1 :]:
            if a.source == b.source or same_place(read[a.index][1], read[b.index][1]):
                continue
            if _counts(a) & _counts(b) or frozenset((a.index, b.index)) in related:
                linked[a.index], linked[b.index] = a, b
    sides: dict[str, tuple[str, list[Unit]]] = {}
    for u in sorted(linked.values(), key=lambda u: (u.source, u.index)):
        key, written = read[u.index]
        sides.setdefault(key, (written, []))[1].append(u)
    if len(sides) < 2 or not sources_apart([us for _w, us in sides.values()]):
        return []
    return [worded_conflict(data, "hospital town", "different value", list(sides.values()))]


def hospitals_differ(a: Unit, b: Unit) -> bool:
    """Whether two sentences give a count of people in common and two hospital towns ("taken to the hospital in
    Dorvel" / "przewieziono do szpitala w Marteno"): never one claim."""
    ta, tb = hospital_town(a), hospital_town(b)
    if ta is None or tb is None or same_place(ta[1], tb[1]):
        return False
    return bool(_counts(a) & _counts(b))
