"""A competitor's place in a ranking, compared across a whole story: "World No. 3 Ivo Marek beat ..." /
"Fourth-ranked Ivo Marek won ...".

The facts stage reads "No. 3" as no figure and "fourth-ranked" as no number at all, so two outlets' ranks of one
player were shown as an agreement. A rank is read where one of the language's ``patterns`` (``[ranks]`` in
``data/sports_records.toml``) matches, its number written in digits, as an ordinal (the ordinals of
``data/round_times.toml``) or as a number word; it belongs to the name the facts stage found nearest to it (at
most :data:`NEAR` characters away, no other name between). A sentence with a word of ``not`` (a seed, a post) is
not read: a seeding and a post ("the ministry's No. 2") are other numbers.

Ranks of one competitor (keyed by surname, names that fit each other: see :mod:`.tallies`) conflict (``"different
value"``) when two sources give different ranks and no source gives two (a source that does tells of a change:
"rose from No. 5 to No. 3").

Why hand-written: no library reads a ranking place beside a name; the patterns and words are data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

NEAR = 40  # characters between a rank and its name: "Ivo Marek, ranked third in the world," is 2 apart


@lru_cache(maxsize=8)
def _table(language: str) -> dict[str, Any] | None:
    """The language's compiled patterns and number words; None for a language the data file does not list."""
    t = data_toml("sports_records.toml").get("ranks", {}).get(language)
    if t is None:
        return None
    ordinals = data_toml("round_times.toml").get(language, {}).get("ordinals", {})
    words = {k.lower(): int(v) for k, v in {**ordinals, **t.get("numbers", {})}.items()}
    return {
        "patterns": [re.compile(p) for p in t["patterns"]],
        "words": words,
        "not": re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in t["not"]) + r")") if t["not"] else None,
    }


def _number(word: str, words: dict[str, int]) -> int | None:
    if word.isdigit():
        return int(word)
    return words.get(word)


def ranks_in(text: str, language: str) -> list[tuple[int, int, int]]:
    """(start, end, rank) of every ranking place the sentence gives, as character offsets into ``text``; [] for
    a language the data file does not list or a sentence with a word of its ``not`` list."""
    table = _table(language)
    low = text.lower()
    if table is None or (table["not"] is not None and table["not"].search(low)):
        return []
    out: list[tuple[int, int, int]] = []
    for pattern in table["patterns"]:
        for m in pattern.finditer(low):
            n = _number(m.group(1), table["words"])
            if n is not None and not any(s < m.end() and m.start() < e for s, e, _ in out):
                out.append((m.start(), m.end(), n))
    return sorted(out)


def _owner(u: Unit, data: StoryData, start: int, end: int) -> str | None:
    """The name (as the article gives it in full) nearest to a rank at sentence offsets ``start``-``end``."""
    facts = data.facts.get(u.article)
    if facts is None:
        return None
    base = u.claim.start
    spans = sorted(
        (m.start - base, m.end - base, e.name)
        for e in facts.entities
        for m in e.mentions
        if u.claim.start <= m.start and m.end <= u.claim.end and e.type != "place"
    )
    best: tuple[int, str] | None = None
    for s, e, name in spans:
        # a name the model read with the rank in it ("Weltranglisten-Dritte Lena Varga") is the rank's own
        gap = s - end if s >= end else start - e if e <= start else 0
        if gap > NEAR:
            continue
        between = [x for x in spans if (end <= x[0] < s) or (e <= x[0] and x[1] <= start)]
        if not between and (best is None or gap < best[0]):
            best = (gap, name)
    return best[1] if best else None


def _fits(a: str, b: str) -> bool:
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return wa <= wb or wb <= wa


def rank_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per competitor whose ranking place two sources give differently, each side labelled with the
    rank and citing its sentences. Input: the story's units; output: claim conflicts ("different value").
    Raises nothing."""
    by_surname: dict[str, list[tuple[str, int, Unit]]] = {}
    for u in units:
        for start, end, rank in ranks_in(u.text, u.language):
            name = _owner(u, data, start, end)
            if name and fold(name).split():
                by_surname.setdefault(fold(name).split()[-1], []).append((name, rank, u))
    out = []
    for given in by_surname.values():
        names = [n for n, _, _ in given]
        if not all(_fits(a, b) for a in names for b in names):
            continue
        told: dict[int, list[Unit]] = {}
        for _, rank, u in given:
            told.setdefault(rank, []).append(u)
        if len(told) < 2 or not sources_apart(list(told.values())):
            continue
        full = max(names, key=len)
        sides = [(f"No. {rank}", us) for rank, us in sorted(told.items())]
        out.append(worded_conflict(data, f"ranking of {full}", "different value", sides))
    return out
