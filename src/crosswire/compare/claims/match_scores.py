"""The final score of one match between two named sides, compared across a whole story: "The Harbor Hawks beat
the Delta Rays 4-2 on Friday" / "The Harbor Hawks edged the Delta Rays 4-1 on Friday night".

The facts stage reads "4-2" as no figure (or as a count of 4), so two outlets' scores of one match were shown as
an agreement. A sentence gives a final score when its words say a result (a verb or noun of the language's
``results`` in the ``[scores]`` table of ``data/sports_records.toml``), none says the score is not the final one
(half-time, a lead, a leg, a series: ``partial``) and no relative clause may make it a third side's
(``relative``: "..., which beat Delta United 3-1"), and it holds exactly one ``N-N`` that is neither inside
parentheses (a record: :mod:`.tallies`), nor part of a longer run ("12-5-3", "6-4, 6-3"), nor followed by a word
that is not among the language's ``after`` words ("2-3 hours" is a range). The score is read as the higher
number against the lower, so "4-2" and "2-4" (the loser's side) agree.

Two sentences' scores conflict (``"different value"``) when they come from different sources, give the score
between the same two sides (in each sentence the two names nearest to the score that the facts stage did not type a
person, keyed by last word: teams are tagged organisations, places or nothing; "Creighton ... will play Indiana
State, which defeated Evansville 51-50" is Indiana State's and Evansville's score) and give no two different days.
Partial scores and records are kept out by the ``partial`` words ("with the score tied 24-24", "closed to 47-44
with 10:03 to play", "improved to 25-7 on the season": ECB+ sentences a first version read as scores). One source
giving two scores of one pairing tells of two matches, not a disagreement.

Why hand-written: no library reads a match score; the words are data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations
from typing import Any

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit, different_days
from crosswire.compare.figures.pairing import DisjointSets
from crosswire.compare.records import ClaimConflict
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold, latin

_BRACKETED = re.compile(r"\([^)]*\)")


def _score_pattern(dash: str, short_colon: bool = False) -> re.Pattern[str]:
    """A score ``N<dash>N`` not inside a longer run of numbers ("12-5-3", "6-4, 6-3"); with ``short_colon`` also
    ``N:N`` whose second number has one digit ("3:1": a time of day always writes two digits of minutes, "20:45")."""
    dashes = rf"[{dash}]" if not short_colon else rf"(?:[{dash}]|:(?=\d(?!\d)))"
    return re.compile(
        rf"(?<![\w.,:/()–-])(\d{{1,3}})\s*{dashes}\s*(\d{{1,3}})(?![\w/–-]|[.:]\d|,\s*\d|\s*[{dash}:]\s*\d)"
    )


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _table(language: str) -> dict[str, Any] | None:
    """The language's compiled patterns; None for a language the data file does not list."""
    t = data_toml("sports_records.toml").get("scores", {}).get(language)
    if t is None:
        return None
    colon = t.get("colon", "short")  # true: "4:2" is always a score; "short": only "3:1" (see _score_pattern)
    dash = "-–:" if colon is True else "-–"
    short = colon == "short"
    return {
        "score": _score_pattern(dash, short_colon=short),
        "any": re.compile(rf"\d+\s*[{dash}]\s*\d+" + (r"|\d+:\d(?!\d)" if short else "")),
        "results": re.compile(r"(?<!\w)(?:" + _alternation(t["results"]) + r")\w{0,3}(?!\w)"),
        "partial": re.compile(r"(?<!\w)(?:" + _alternation([*t["partial"], *t.get("relative", [])]) + r")(?!\w)"),
        "after": re.compile(r"\s*(?:[,.;:!?]|$|(?:" + _alternation(t["after"]) + r")(?!\w))"),
    }


@lru_cache(maxsize=1 << 14)
def final_score(text: str, language: str) -> tuple[int, int, str, int] | None:
    """The final score a sentence gives, as (higher, lower, as written, its character offset in ``text``); None
    when it gives none or several (see the module docstring). Kept per (text, language): the comparison asks
    it of both sentences of every candidate pair (~39,000 searches on the 181 benchmark pages)."""
    table = _table(language)
    low = text.lower()
    if table is None or not table["results"].search(low) or table["partial"].search(low):
        return None
    found = []
    for m in table["score"].finditer(low):
        opened = low.rfind("(", 0, m.start()) > low.rfind(")", 0, m.start())
        if not opened and table["after"].match(low, m.end()):
            found.append(m)
    if len(found) != 1 or len(table["any"].findall(_BRACKETED.sub(" ", low))) != 1:
        return None
    a, b = int(found[0].group(1)), int(found[0].group(2))
    return max(a, b), min(a, b), text[found[0].start() : found[0].end()], found[0].start()


def _sides(u: Unit, data: StoryData, at: int) -> dict[str, tuple[str, bool]]:
    """The two sides of the score at sentence offset ``at``: the two names nearest to it that the facts stage
    did not type a person (teams are tagged organisations, places or nothing), then, when fewer than two, the
    nearest names typed a person (a club the tagger took for one), as last word (folded) -> (name, whether typed
    a place); {} when the sentence has fewer than two."""
    facts = data.facts.get(u.article)
    if facts is None:
        return {}
    base = u.claim.start
    near: dict[str, tuple[int, str, bool]] = {}
    persons: dict[str, tuple[int, str, bool]] = {}
    for e in facts.entities:
        words = fold(e.name).split()
        if not words:
            continue
        into = persons if e.type == "person" else near
        for m in e.mentions:
            if u.claim.start <= m.start and m.end <= u.claim.end:
                gap = min(abs(m.start - base - at), abs(m.end - base - at))
                if words[-1] not in into or gap < into[words[-1]][0]:
                    into[words[-1]] = (gap, e.name, e.type == "place")
    two = sorted(near.items(), key=lambda kv: kv[1][0])[:2]
    if len(two) < 2:
        # a club named like a person ("Olvena Brastov beat Dynamo Karst 2-1": the tagger types both persons)
        # fills the missing sides, nearest first
        two += sorted(((w, v) for w, v in persons.items() if w not in near), key=lambda kv: kv[1][0])[: 2 - len(two)]
    return {word: (name, place) for word, (_, name, place) in two} if len(two) == 2 else {}


def score_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per pairing of two named sides whose final score two sources give differently, each side
    labelled with the score as written and citing its sentences. Input: the story's units; output: claim
    conflicts ("different value"). Raises nothing."""
    read: list[tuple[Unit, tuple[int, int], str, dict[str, tuple[str, bool]]]] = []
    for u in units:
        found = final_score(u.text, u.language)
        if found is not None:
            read.append((u, (found[0], found[1]), found[2], _sides(u, data, found[3])))
    by_pairing: dict[tuple[str, str], list[tuple[Unit, tuple[int, int], str]]] = {}
    for u, score, label, names in read:
        for pairing in combinations(sorted(names), 2):
            by_pairing.setdefault(pairing, []).append((u, score, label))
    out: list[ClaimConflict] = []
    seen: set[frozenset[int]] = set()
    places = {word for _, _, _, names in read for word, (_, place) in names.items() if place}
    # pairings of two sides before those of a side and a venue, so the measure names the sides
    for pairing, given in sorted(by_pairing.items(), key=lambda kv: (len(places & set(kv[0])), kv[0])):
        told: dict[tuple[int, int], list[Unit]] = {}
        labels: dict[tuple[int, int], str] = {}
        for u, score, label in given:
            told.setdefault(score, []).append(u)
            labels.setdefault(score, label)
        members = [u for u, _, _ in given]
        if len(told) < 2 or not sources_apart(list(told.values())):
            continue
        if any(different_days(a, b) for a in members for b in members):
            continue
        key = frozenset(u.index for u in members)
        if key in seen:
            continue
        seen.add(key)
        names = next(names for u, _, _, names in read if u is members[0])
        measure = f"score of {names[pairing[0]][0]} and {names[pairing[1]][0]}"
        out.append(worded_conflict(data, measure, "different value", [(labels[s], us) for s, us in told.items()]))
    out.extend(_named_match_conflicts([(u, score, label) for u, score, label, _n in read], data, seen))
    return out


NAME_WORD = 4  # letters: shorter name words ("FC", "SV", "de") say nothing of which match a sentence tells of


def _name_words(u: Unit, data: StoryData) -> list[frozenset[str]]:
    """The words (in Latin letters, folded, at least :data:`NAME_WORD` letters) of each name the sentence holds,
    one set per name (a venue, "Telmar Stadium" / "stade Telmar de Brastov", tells of one match too)."""
    facts = data.facts.get(u.article)
    if facts is None:
        return []
    out = []
    for e in facts.entities:
        if not any(u.claim.start <= m.start and m.end <= u.claim.end for m in e.mentions):
            continue
        words = frozenset(w for w in re.findall(r"[a-z]+", fold(latin(e.name)).replace("'", "")) if len(w) >= NAME_WORD)
        if words:
            out.append(words)
    return out


def _one_match(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    """Whether two sentences name the same two sides: two names of each share a word with two of the other's
    ("Olvena Brastov ... Dynamo Karst" / "El Olvena Brastov ... al Dinamo Karst")."""
    shared = [(i, j) for i, x in enumerate(a) for j, y in enumerate(b) if x & y]
    return len({i for i, _ in shared}) >= 2 and len({j for _, j in shared}) >= 2


def _named_match_conflicts(
    read: list[tuple[Unit, tuple[int, int], str]], data: StoryData, seen: set[frozenset[int]]
) -> list[ClaimConflict]:
    """Conflicts over one match's final score between sentences that name its two sides in different forms or
    types (the tagger may type a club a person, a place or nothing, and write "Dynamo" in one sentence and
    "Dynamo Karst" in the next), matched by :func:`_one_match` rather than by the two nearest names; sentences a
    conflict of :func:`score_conflicts` already cites are left out (``seen``), and so are two days."""
    done = {i for key in seen for i in key}
    rest = [(u, score, label, _name_words(u, data)) for u, score, label in read if u.index not in done]
    sets: DisjointSets[int] = DisjointSets()
    linked: dict[int, tuple[Unit, tuple[int, int], str]] = {}
    for (ua, sa, la, na), (ub, sb, lb, nb) in combinations(rest, 2):
        if ua.source != ub.source and _one_match(na, nb) and not different_days(ua, ub):
            sets.union(ua.index, ub.index)
            linked[ua.index], linked[ub.index] = (ua, sa, la), (ub, sb, lb)
    groups: dict[int, list[tuple[Unit, tuple[int, int], str]]] = {}
    for i in sorted(linked):
        groups.setdefault(sets.find(i), []).append(linked[i])
    out = []
    for members in groups.values():
        told: dict[tuple[int, int], list[Unit]] = {}
        labels: dict[tuple[int, int], str] = {}
        for u, score, label in members:
            told.setdefault(score, []).append(u)
            labels.setdefault(score, label)
        if len(told) < 2 or not sources_apart(list(told.values())):
            continue
        seen.add(frozenset(u.index for u, _s, _l in members))
        out.append(worded_conflict(data, "final score", "different value", [(labels[s], us) for s, us in told.items()]))
    return out
