"""A part of the day against a precise time for one act: one source has "The fire broke out in the afternoon",
another "The fire broke out at 11 a.m." (issue 12's list: "11 a.m." / "in the afternoon"). Both sentences state
one act that happens once in a story (a fire breaking out, a collapse, a crash, an arrest: ``day_acts`` of
``data/claim_acts.toml``), so the precise time must fall in the part's hours (``data/day_parts.toml``); when it
falls outside them the sources disagree, and the conflict's reason is "vague vs precise".

Read in every language whose verbs ``day_acts`` lists (the act is keyed by its group), for sentences that name
the act by its verb and give no other time; each source must
give that act one part or one time story-wide (a source giving two tells of two events), no two sides may be
dated to different days, and a qualified time ("about 11 a.m.") is given half an hour either side
(:data:`ABOUT_MINUTES`). Written by hand: the part's hours are data, the rule is the comparison itself.

Offsets are character offsets into the cleaned body (through :class:`~crosswire.model.Evidence`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit, days_of
from crosswire.compare.claims.unnamed import QUOTE_MARKS, timed_act
from crosswire.compare.records import ClaimConflict
from crosswire.facts.languages.lexicon import words_for
from crosswire.vocab.data import data_toml

# The acts that happen once in a story, by verb, each as its group's first word (``day_acts`` of
# ``data/claim_acts.toml``, as :func:`.unnamed.timed_act` keys a precise time).
_ACTS = {w: group[0] for group in data_toml("claim_acts.toml").get("day_acts", []) for w in group}
ABOUT_MINUTES = 30  # "about 11 a.m." may be 11:30; hand-set, the width newsrooms round a time to


@dataclass(slots=True)
class _Told:
    label: str  # the part's phrase or the time as written
    units: list[Unit] = field(default_factory=list)


@lru_cache(maxsize=1)
def _parts() -> dict[str, tuple[int, int, dict[str, list[re.Pattern[str]]]]]:
    """Part -> (from hour, to hour, language -> phrase patterns, longest first; a weekday joined to the part,
    ``joined``, first)."""
    out = {}
    for part, spec in data_toml("day_parts.toml").items():
        langs = {
            lang: [re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])") for w in sorted(words, key=len, reverse=True)]
            for lang, words in spec.items()
            if isinstance(words, list)
        }
        for lang, endings in spec.get("joined", {}).items():
            names = "|".join(re.escape(w) for w in words_for(lang).weekdays)
            ends = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
            # "Dienstagabend": a weekday and the part in one word, read before the part's phrases
            langs.setdefault(lang, []).insert(0, re.compile(rf"(?<![\w-])(?:{names})(?:{ends})(?![\w-])"))
        out[part] = (int(spec["from"]), int(spec["to"]), langs)
    return out


def part_of_day(text: str, language: str) -> tuple[str, str] | None:
    """(part, phrase as written) for the one part of the day ``text`` (one sentence) names in ``language``;
    None for none or two ("from the morning into the night")."""
    low = text.lower()
    found = {}
    for part, (_f, _t, langs) in _parts().items():
        for pat in langs.get(language, []):
            m = pat.search(low)
            if m:
                found[part] = text[m.start() : m.end()]
                break
    return next(iter(found.items())) if len(found) == 1 else None


def _within(minutes: float, part: str, slack: float) -> bool:
    """Whether a time (minutes after midnight, give or take ``slack``) may fall in ``part``'s hours."""
    start, end, _langs = _parts()[part]
    lo, hi = start * 60 - slack, end * 60 + slack
    if start < end:
        return lo <= minutes < hi
    return minutes >= lo or minutes < hi  # the night runs past midnight


def _vague_act(u: Unit) -> str | None:
    """The once-in-a-story act of a sentence that gives no time of day: one act among its predicates."""
    if any(v.kind == "time" and v.value is not None for v in u.values):
        return None
    acts = {a for p in u.claim.predicates if (a := _ACTS.get(p))}
    return acts.pop() if len(acts) == 1 else None


def day_part_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """Conflicts of a part of the day against a precise time for one act (module docstring). Input: the story's
    units; output: one conflict per act, its sides the part and each time outside it."""
    out = []
    by_key: dict[str, tuple[dict[int, set[str]], dict[str, _Told], dict[str, _Told]]] = {}
    for u in units:
        if u.claim.negated or QUOTE_MARKS & set(u.text):
            continue  # a quotation's "tonight" or "this morning" is the speaker's, not the outlet's account
        act = timed_act(u)
        t = next((v for v in u.values if v.kind == "time"), None)
        if act is not None and t is not None and t.value is not None:
            if t.scheduled:
                continue
            slack = ABOUT_MINUTES if (t.qualifier or not t.exact) else 0
            told, parts, times = by_key.setdefault(act, ({}, {}, {}))
            key = f"{t.value}:{slack}"
            told.setdefault(u.source, set()).add("time " + str(t.value))
            times.setdefault(key, _Told(t.text)).units.append(u)
            continue
        act = act or _vague_act(u)  # a part of the day is a time with no clock value ("in the afternoon")
        found = part_of_day(u.text, u.language) if act else None
        if act is None or found is None:
            continue
        part, written = found
        told, parts, times = by_key.setdefault(act, ({}, {}, {}))
        told.setdefault(u.source, set()).add("part " + part)
        parts.setdefault(part, _Told(written)).units.append(u)
    for told, parts, times in by_key.values():
        if len(parts) != 1 or not times or any(len(v) > 1 for v in told.values()):
            continue
        part, vague = next(iter(parts.items()))
        outside = [
            side for key, side in times.items() if not _within(float(key.split(":")[0]), part, float(key.split(":")[1]))
        ]
        if not outside or len(outside) != len(times):
            continue  # a time inside the part agrees with it: a third source's time outside is another quarrel
        sides = [vague, *outside]
        if not sources_apart([s.units for s in sides]):
            continue
        days = [frozenset().union(*(days_of(u) for u in s.units)) for s in sides]
        if all(days) and not frozenset.intersection(*days):
            continue
        out.append(worded_conflict(data, "time of day", "vague vs precise", [(s.label, s.units) for s in sides]))
    return out
