"""Conflicts over a named person's nationality: one source calls Jonas Weel "a Dutch businessman", another "a
Belgian businessman" (English copy; issue 12's classes).

A nationality is read only where the sentence ties a demonym to the name: in an apposition right after it
("Jonas Weel, a Dutch businessman", "Weel, the Belgian-born owner") or right before it with at most two
lower-case words between ("Dutch businessman Jonas Weel"). The demonym must be a demonym (a capitalised word
that :func:`crosswire.facts.lexicon.nationality` maps to a country and that is not the country's own name:
"Dutch", "Belgian", not "Belgium"). A source that gives one person two nationalities (dual citizens, "the
Dutch-born Belgian") tells of both and is no side against another source. Written by hand: the demonym
table is the facts stage's (``data/facts_demonyms.tsv`` and its suffix rule); other languages write
demonyms in lower case and are left out.

Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re

from lemminflect import getInflection, getLemma

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit, english_mentions
from crosswire.compare.records import ClaimConflict
from crosswire.facts.lexicon import nationality
from crosswire.vocab.names import fold

# "Jonas Weel, a Dutch businessman", "Weel, the 52-year-old Belgian-born owner" (a demonym within three words
# after the article of an apposition)
_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+(?P<p>(?:[\w-]+\s+){0,3}[\w-]+)")
_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_PREPOSITION = re.compile(r"\b(?:of|at|for|with|from|in|on|to|by|and|who|which|that)\b")
# "Dutch businessman Jonas Weel", "Belgian shipping magnate Jonas Weel" (no possessive between: "the Dutch
# firm's boss Jonas Weel" is the firm's nationality)
_BEFORE = re.compile(r"\b(?P<d>[A-Z][a-z]+)(?:-born)?\s+(?:[a-z-]+\s+){1,2}$")
REACH = 60  # characters read on each side of a name


def _verb_between(phrase: str) -> bool:
    """Whether a lower-case word between the demonym and the name is a verb form ("The Ukrainian champion
    dropped Thompson", "stopping ...", "faces ..."): the demonym is then another person's, not the name's.
    By lemminflect's tables (a participle, or a form whose verb lemma differs); "-ing" words too."""
    for w in phrase.split()[1:]:
        w = w.lower()
        lemmas = getLemma(w, upos="VERB")
        participle = any(w in getInflection(lem, tag="VBN") for lem in lemmas)
        if w.endswith("ing") or participle or any(lem != w for lem in lemmas):
            return True
    return False


def _demonym(word: str) -> str | None:
    """The country a demonym names ("Dutch" -> "Netherlands"); None for a word that is no demonym, or is
    the country's name itself."""
    country = nationality(word)
    return country if country and fold(country).casefold() != fold(word).casefold() else None


_PERSON = frozenset({"person"})


def _nationalities(u: Unit, data: StoryData) -> list[tuple[str, str, str]]:
    """(canonical person id, country, demonym as written) for each person of ``u``'s sentence tied to a
    demonym (English sentences only)."""
    body = data.bodies.get(u.article, "")
    out = []
    for cid, _e, m in english_mentions(u, data, _PERSON):
        after = _AFTER.match(body[m.end : min(u.claim.end, m.end + REACH)])
        before = _BEFORE.search(body[max(u.claim.start, m.start - REACH) : m.start])
        if before is not None and ("'s " in before.group() + " " or _verb_between(before.group())):
            before = None
        # every demonym of the apposition ("a Dutch-born Belgian businessman": both, so no side)
        # the apposition's own noun phrase: cut at a preposition ("the boss of a Dutch firm" is the firm's)
        head = _PREPOSITION.split(after.group("p"))[0] if after is not None else ""
        words = [w.group() for w in _WORD.finditer(head)]
        if before is not None:
            words.append(before.group("d"))
        for word in words:
            if country := _demonym(word):
                out.append((cid, country, word))
    return out


def nationality_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per named person whom two sources give two nationalities, no source giving both
    ("different value"; sides worded as the sentences write the demonym, each citing its sentences)."""
    told: dict[str, dict[str, tuple[list[str], list[Unit]]]] = {}
    for u in units:
        for cid, country, written in _nationalities(u, data):
            words, held = told.setdefault(cid, {}).setdefault(country, ([], []))
            if written not in words:
                words.append(written)
            if u not in held:
                held.append(u)
    out = []
    for cid, countries in told.items():
        sides = list(countries.values())
        if len(sides) < 2 or not sources_apart([units for _w, units in sides]):
            continue
        name = cid.partition(":")[2] or cid
        out.append(
            worded_conflict(data, f"nationality of {name}", "different value", [(" / ".join(w), us) for w, us in sides])
        )
    return out
