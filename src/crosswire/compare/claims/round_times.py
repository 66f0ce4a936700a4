"""When within a numbered round or period a contest was stopped, compared across a whole story: "the referee
stopped the fight at the 2:15 mark of the seventh" / "stopping Rahman after 44 seconds of the seventh round".

The facts stage reads "44 seconds" as a duration of no act and "2:15" as no figure at all, and the two sentences
share too few words to be paired, so the two times never met. A sentence gives such a time when its words (the
language's table in ``data/round_times.toml``) say the contest was stopped or ended, and it holds an elapsed time
(a clock figure followed by a mark word or by "of/into the <ordinal>", or a count of seconds or minutes) and an
ordinal: the round is the ordinal right after the time ("44 seconds of the seventh round"), else the ordinal
nearest to it ("in the seventh ... at the 2:15 mark"). A countdown ("with 2:15 left in the third") is not read.

Two sentences' times of one round conflict (``"different time"``) when they come from different sources, each
gives one such time, and every pair of them names a competitor in common (surnames of the names the facts stage
found, places left out). Times are compared in seconds: "2:15" and "2 minutes and 15 seconds" agree.

Why hand-written: no library reads a time within a round; the words are data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:])")
_DIGIT_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|\.|º|ª|e)(?=\s)", re.I)


@dataclass(frozen=True, slots=True)
class RoundTime:
    """One time within a round: ``seconds`` elapsed in round ``round``, ``text`` as written, at character
    offset ``start`` of the sentence."""

    seconds: int
    round: int
    text: str
    start: int


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _table(language: str) -> dict[str, Any] | None:
    """The language's compiled patterns; None for a language the data file does not list."""
    t = data_toml("round_times.toml").get(language)
    if t is None:
        return None
    secs, mins = _words(t["seconds"]), _words(t["minutes"])
    return {
        "ordinals": {k.lower(): int(v) for k, v in t["ordinals"].items()},
        "ordinal": re.compile(r"(?<!\w)(" + _words(list(t["ordinals"])) + r")(?!\w)"),
        "duration": re.compile(
            rf"(?<![\d:.])(?:(\d{{1,2}})\s+(?:{mins})(?:\s*(?:,|\w{{1,3}})\s*(\d{{1,2}})\s+(?:{secs}))?"
            rf"|(\d{{1,3}})\s+(?:{secs}))(?!\w)"
        ),
        "mark": re.compile(r"\s+(?:" + _words(t["mark"]) + r")(?!\w)") if t["mark"] else None,
        "within": re.compile(r"\s+(?:" + _words(t["within"]) + r")\s+(?:\w{1,3}\s+)?(?=\S)"),
        "stop": re.compile(r"(?<!\w)(?:" + _words(t["stop"]) + r")"),
        "remaining": re.compile(r"\s+(?:\w+\s+)?(?:" + _words(t["remaining"]) + r")(?!\w)"),
    }


def _ordinals(low: str, table: dict[str, Any], times: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, number) of each ordinal in the lower-cased sentence, leaving out words inside a time."""
    found = [(m.start(), m.end(), table["ordinals"][m.group(1)]) for m in table["ordinal"].finditer(low)]
    found += [(m.start(), m.end(), int(m.group(1))) for m in _DIGIT_ORDINAL.finditer(low)]
    return [o for o in found if not any(s <= o[0] < e for s, e in times)]


def round_times(text: str, language: str) -> list[RoundTime]:
    """The times within a round a sentence gives for the stopping or end of a contest (see the module
    docstring); [] for a language the data file does not list or a sentence that says no contest stopped."""
    table = _table(language)
    low = text.lower()
    if table is None or not table["stop"].search(low):
        return []
    spans: list[tuple[int, int, int]] = []  # start, end, seconds
    for m in _CLOCK.finditer(low):
        rest = low[m.end() :]
        marked = table["mark"] is not None and table["mark"].match(rest)
        if marked or table["within"].match(rest):
            spans.append((m.start(), m.end(), int(m.group(1)) * 60 + int(m.group(2))))
    for m in table["duration"].finditer(low):
        mins, secs, only_secs = m.groups()
        seconds = int(only_secs) if only_secs else int(mins) * 60 + int(secs or 0)
        if not any(s < m.end() and m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.end(), seconds))
    spans = [s for s in spans if not table["remaining"].match(low[s[1] :])]
    ordinals = _ordinals(low, table, [(s, e) for s, e, _ in spans])
    out = []
    for start, end, seconds in spans:
        after = table["within"].match(low, end)
        right = [o for o in ordinals if after and o[0] == after.end()]
        near = right or sorted(ordinals, key=lambda o: min(abs(o[0] - end), abs(start - o[1])))
        if near:
            out.append(RoundTime(seconds=seconds, round=near[0][2], text=text[start:end], start=start))
    return out


def _competitors(u: Unit, data: StoryData) -> frozenset[str]:
    """The surnames (last words, folded) of the names the facts stage found in the sentence, places left out."""
    facts = data.facts.get(u.article)
    if facts is None:
        return frozenset()
    return frozenset(
        fold(e.name).split()[-1]
        for e in facts.entities
        if e.type != "place" and fold(e.name).split()
        for m in e.mentions
        if u.claim.start <= m.start and m.end <= u.claim.end
    )


def round_time_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per round whose stopping time two sources give differently, each side labelled with the
    time as written and citing its sentences. Input: the story's units; output: claim conflicts ("different
    time"). Raises nothing."""
    by_round: dict[int, list[tuple[RoundTime, Unit]]] = {}
    for u in units:
        found = round_times(u.text, u.language)
        if len(found) == 1:
            by_round.setdefault(found[0].round, []).append((found[0], u))
    out = []
    for number, given in sorted(by_round.items()):
        named = [_competitors(u, data) for _, u in given]
        if not all(a & b for a in named for b in named):
            continue
        told: dict[int, list[Unit]] = {}
        labels: dict[int, str] = {}
        for t, u in given:
            told.setdefault(t.seconds, []).append(u)
            labels.setdefault(t.seconds, t.text)
        if len(told) < 2 or not sources_apart(list(told.values())):
            continue
        sides = [(labels[s], us) for s, us in told.items()]
        out.append(worded_conflict(data, f"when in round {number} the contest was stopped", "different time", sides))
    return out
