"""Counts of a qualified group: "about 600 temporary workers", "612 are on temporary contracts", "600 befristet
Beschäftigte", "612 intérimaires". Such a count is a part of the whole its noun names (all workers), a different
scope, so it is never set against the whole ("2,400 jobs"); it is compared with another source's count of the
same qualified group, in any language (:func:`qualifier`, read by :func:`.slots.slot_of`).

The qualifier is read in the count's own stretch of its sentence: from the number to the next number or the end
of its clause ("Of the 2,400 workers, | 612 are on temporary contracts": the 2,400 is the whole, the 612 the
temporary part). The words are ``data/group_qualifiers.toml``; no library reads employment status.
"""

from __future__ import annotations

import re
from functools import cache

from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Value
from crosswire.vocab.data import data_toml

STRETCH_WORDS = 8  # words after a number its qualifier may stand in: "612 are on temporary contracts"
PREFIX_MIN = 6  # an entry this long or longer matches the words it begins ("tymczasow" -> "tymczasowych")
_CLAUSE = re.compile(r"[,;:()]|\s[–—-]\s")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NUMBERED = ("count", "quantity", "money", "percent")


@cache
def _table(language: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(qualifier id, single words, phrases) of ``language``."""
    out = []
    for qualifier, by_language in data_toml("group_qualifiers.toml").items():
        entries = [e.lower() for e in by_language.get(language, [])]
        out.append((qualifier, tuple(e for e in entries if " " not in e), tuple(e for e in entries if " " in e)))
    return tuple(out)


@cache
def qualifier_ids() -> frozenset[str]:
    """The qualifier ids of ``data/group_qualifiers.toml`` ("temporary", "permanent", "part-time", "seasonal")."""
    return frozenset(data_toml("group_qualifiers.toml"))


def qualifier_in(text: str, language: str) -> str | None:
    """The qualifier id the words of ``text`` name in ``language`` ("temporary", "permanent", "part-time",
    "seasonal"), None when none does or two do."""
    words = _WORD.findall(text.lower())
    joined = " " + " ".join(words) + " "
    found = set()
    for qualifier, singles, phrases in _table(language):
        if any(w == e or (len(e) >= PREFIX_MIN and w.startswith(e)) for w in words for e in singles) or any(
            f" {p} " in joined for p in phrases
        ):
            found.add(qualifier)
    return found.pop() if len(found) == 1 else None


def qualifier(unit: Unit, v: Value) -> str | None:
    """The qualifier of count ``v`` in ``unit``'s sentence: read from the number's own stretch (up to the next
    number or the end of its clause, at most :data:`STRETCH_WORDS` words after it), None for a count of the
    whole. Input: a claim unit and one of its values (offsets into the body)."""
    if v.kind != "count":
        return None
    base = unit.claim.start
    nxt = min((w.start - base for w in unit.values if w.kind in _NUMBERED and w.start >= v.end), default=None)
    at = max(0, v.start - base)
    stretch = unit.text[at : nxt if nxt is not None else len(unit.text)]
    stretch = _CLAUSE.split(stretch)[0]
    return qualifier_in(" ".join(stretch.split()[: STRETCH_WORDS + 1]), unit.language or "en")


def whole_concept(unit: Unit, v: Value) -> str | None:
    """The concept of the whole a qualified count with no noun of its own is a part of: the concept of the last
    count before it in its sentence ("Of the 2,400 workers, 612 are on temporary contracts": worker)."""
    before = [w for w in unit.values if w.kind == "count" and w.end <= v.start and w.concept]
    return max(before, key=lambda w: w.start).concept if before else None
