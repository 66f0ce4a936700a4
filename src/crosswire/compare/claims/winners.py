"""Conflicts over who won one contest: one source has "Elena Kors won the Dorvale mayoral election", another
"Ivo Brandt won the election" (issue 12's classes: the winner of a vote or a match).

A winner is read only where a named entity (a person, a party, a team) stands right before "won" and the
contest after it ends on a head noun of ``[contests]`` in ``data/facts_outcomes.toml``, within four words
("won the Dorvale mayoral election", "has won the cup final"). Two sources' contests are one when their head
nouns are the same and the other words of one (case-folded, names and articles included) are all among the
other's ("the election" and "the mayoral election"; not "the mayoral election" and "the council election",
nor "the primary" and "the election"). A source that names two winners of one contest (a tie, two rounds)
tells of both and is no side. English only: written by hand, over the facts stage's entity mentions.

Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit, english_mentions
from crosswire.compare.records import ClaimConflict
from crosswire.vocab.data import data_toml

_WON = re.compile(r"^\s+(?:has\s+|had\s+|narrowly\s+|comfortably\s+)?won\s+(?P<c>[\w'’-]+(?:[ \t]+[\w'’-]+){0,4})")
_ARTICLES = frozenset({"the", "a", "an", "this", "its", "their", "his", "her", "sunday's", "saturday's"})


@lru_cache(maxsize=1)
def _contests() -> frozenset[str]:
    """The head nouns of contests (English)."""
    return frozenset(data_toml("facts_outcomes.toml").get("contests", {}).get("en", []))


def _contest(phrase: str) -> tuple[str, frozenset[str]] | None:
    """(head noun, other words) of a contest phrase ("the Dorvale mayoral election" -> ("election", {"dorvale",
    "mayoral"})); None when no word of ``[contests]`` ends it."""
    words = [w.strip("'’").casefold() for w in phrase.split()]
    for i, w in enumerate(words):
        if w in _contests():
            return w, frozenset(words[:i]) - _ARTICLES
    return None


_WINNER_TYPES = frozenset({"person", "organisation", "place"})  # a team is often its town


def _winners(u: Unit, data: StoryData) -> list[tuple[str, str, frozenset[str], str]]:
    """(canonical id of the winner, contest head, contest words, winner's name as written) for each named
    winner of ``u``'s sentence."""
    body = data.bodies.get(u.article, "")
    out = []
    for cid, e, m in english_mentions(u, data, _WINNER_TYPES):
        won = _WON.match(body[m.end : u.claim.end])
        contest = _contest(won.group("c")) if won else None
        if contest is not None:
            out.append((cid, contest[0], contest[1], e.name))
    return out


def winner_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per contest two sources give two winners, no source naming both ("different outcome";
    sides are the winners' names, each citing the sentences naming them)."""
    found = [(u, w) for u in units for w in _winners(u, data)]
    out: list[ClaimConflict] = []
    seen: set[frozenset[str]] = set()
    for i, (_u, (_cid, head, words, _name)) in enumerate(found):
        same = [(v, w) for v, w in found[i:] if w[1] == head and (w[2] <= words or words <= w[2])]
        by_winner: dict[str, tuple[str, list[Unit]]] = {}
        for v, (wid, _h, _w, name) in same:
            held = by_winner.setdefault(wid, (name, []))[1]
            if v not in held:
                held.append(v)
        key = frozenset(by_winner)
        if len(by_winner) < 2 or key in seen or not sources_apart([us for _n, us in by_winner.values()]):
            continue
        seen.add(key)
        sides = [(name, us) for name, us in by_winner.values()]
        out.append(worded_conflict(data, f"winner of the {head}", "different outcome", sides))
    return out
