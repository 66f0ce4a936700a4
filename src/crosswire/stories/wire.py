"""Which copy of a syndicated text is the wire: the one published first.

Dedup finds copies in arrival order, so the first copy *stored* is the one the others match against. That is
not the original when a feed arrives late: the wire (``copy_of`` target) of a group is chosen here from the
whole group instead, and re-chosen whenever a copy joins it, so the answer does not depend on arrival order.

The rule (:func:`pick_wire`):

1. the earliest publication. Times with a zone are compared in UTC; a time without a zone is read as UTC; a
   bare date only fixes the day (its UTC day is unknown, so it is compared by its calendar day). On the
   earliest day, the candidates are the copies with the earliest time and every bare-date copy of that day --
   any of them may have come first. Undated copies are candidates only when no copy has a date, or when the
   copy is an agency's own text (its outlet is the agency it credits) and the earliest dated copies credit that
   agency too: they are its re-runs, so it came first.
2. among the candidates, the copy whose outlet is the agency it credits (an agency's own wire text);
3. then the first stored (``articles.rowid``).

Written by hand because it is a small ordering rule over the store's own fields; ``datetime.fromisoformat``
does the parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from crosswire.vocab.calendar import iso_datetime, iso_day

_WORD = re.compile(r"[^\W_]+")
_STOP = {"the", "a", "an", "by", "of", "and", "news", "agency", "service", "press", "wire", "ltd", "inc", "co"}


@dataclass(slots=True)
class Member:
    """One copy of a group, with the fields the rule reads."""

    id: str
    rowid: int
    published: str | None = None
    outlet: str | None = None
    credits: list[str] = field(default_factory=list)  # agency, byline and credit lines


def when(published: str | None) -> tuple[int | None, datetime | None]:
    """(day ordinal, UTC instant or None for a bare date); (None, None) when absent or unreadable."""
    if not published or not isinstance(published, str):
        return None, None
    text = published.strip()
    if len(text) <= 10:
        day = iso_day(text)
        return (day.toordinal(), None) if day is not None else (None, None)
    moment = iso_datetime(text)
    if moment is None:
        return None, None
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.date().toordinal(), moment


def _words(name: str) -> list[str]:
    return [w for w in _WORD.findall(name.casefold()) if w not in {"the", "by"}]


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in {"of", "and", "a", "an"})


def outlet_is_agency(outlet: str | None, credits: list[str]) -> bool:
    """The outlet is the agency credited: equal names ("Wire Service"), an acronym of the other ("MPA" /
    "Meridian Press Agency"), or one name inside the other with a distinctive word ("Reuters" / "Thomson
    Reuters")."""
    if not outlet:
        return False
    ow = _words(outlet)
    if not ow:
        return False
    for credit in credits:
        cw = _words(credit or "")
        if not cw:
            continue
        if ow == cw:
            return True
        if (len(cw) == 1 and len(ow) > 1 and cw[0] == _acronym(ow)) or (
            len(ow) == 1 and len(cw) > 1 and ow[0] == _acronym(cw)
        ):
            return True
        shorter, longer = (ow, cw) if len(ow) <= len(cw) else (cw, ow)
        if set(shorter) - _STOP and _contains(longer, shorter):
            return True
    return False


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def pick_wire(members: list[Member]) -> str:
    """The id of the group's wire text (see the module docstring for the rule)."""
    if not members:
        raise ValueError("empty copy group")
    dated: list[tuple[Member, int, datetime | None]] = []
    for m in members:
        day, moment = when(m.published)
        if day is not None:
            dated.append((m, day, moment))
    if dated:
        first_day = min(day for _, day, _ in dated)
        timed = [moment for _, day, moment in dated if day == first_day and moment is not None]
        earliest = min(timed) if timed else None
        candidates = [m for m, day, moment in dated if day == first_day and (moment is None or moment == earliest)]
        # an undated agency's own text ("Meridian Wire" crediting Meridian Wire) whose dated copies credit that
        # agency is their original: they re-ran it (the wire label, rule 2, then decides)
        candidates += [
            m
            for m in members
            if when(m.published)[0] is None
            and outlet_is_agency(m.outlet, m.credits)
            and any(outlet_is_agency(m.outlet, c.credits) for c in candidates)
        ]
    else:
        candidates = list(members)
    best = min(candidates, key=lambda m: (not outlet_is_agency(m.outlet, m.credits), m.rowid))
    return best.id
