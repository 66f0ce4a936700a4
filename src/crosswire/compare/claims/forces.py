"""Who made an arrest, when sources name two police or security forces: "Officers from the Judicial Police
detained Falcão Mendes at his home" / "l'arresto è stato eseguito intorno alle 10 del mattino dai militari della
Guardia Nazionale Repubblicana (GNR)" (a new user's Porto bribery story showed only the first, as agreed).

A sentence names the force of an arrest when its words tell of an arrest (``[arrest]`` of ``data/forces.toml``:
word starts of the arrest's verbs and nouns) and name exactly one force (``[forces.<id>]``: whole words). A
generic "police" or "officers" names no force and is compatible with every force. Sources that name two forces
in their arrest sentences are left out (forces acting together, or two arrests), and so are sides dated to
different days (two arrests). Written by hand: the act of :mod:`.agents` needs the agent tied to its verb, which
a passive with the time between ("è stato eseguito intorno alle 10 ... dai militari della GNR") is not; a named
force in an arrest's sentence is the arrest's force. The forces are data.

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit, days_of
from crosswire.compare.records import ClaimConflict
from crosswire.vocab.data import data_toml


@lru_cache(maxsize=1)
def _arrest_words() -> dict[str, re.Pattern[str]]:
    """Language -> a pattern of the word starts that tell of an arrest (``[arrest]`` of ``data/forces.toml``)."""
    table: dict[str, list[str]] = data_toml("forces.toml").get("arrest", {})
    return {
        lang: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + ")")
        for lang, ws in table.items()
    }


@lru_cache(maxsize=1)
def _force_words() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Language -> (pattern of one name of a force as whole words, the force's id), longest name first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for force, langs in data_toml("forces.toml").get("forces", {}).items():
        for lang, words in langs.items():
            out.setdefault(lang, []).extend((w.lower(), force) for w in words)
    return {
        lang: [
            (re.compile(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])"), force)
            for w, force in sorted(pairs, key=lambda p: -len(p[0]))
        ]
        for lang, pairs in out.items()
    }


_WORDS = re.compile(r"\w+")
_CLAUSE_MARK = re.compile(r"[,;:()\[\]—–]")


@lru_cache(maxsize=1)
def _agent_words() -> dict[str, dict[str, frozenset[str]]]:
    """Word list ("by", "breaks", "places", "articles") -> language -> its lower-case words (``[agent]`` of
    ``data/forces.toml``)."""
    table = data_toml("forces.toml").get("agent", {})
    return {
        key: {lang: frozenset(w.lower() for w in ws) for lang, ws in table.get(key, {}).items()}
        for key in ("by", "breaks", "places", "articles")
    }


def _agent_of(low: str, force: tuple[int, int], arrests: list[tuple[int, int]], language: str) -> bool:
    """Whether the force written at ``force`` (offsets into ``low``, the lower-case sentence) is the agent of
    one of the arrest words at ``arrests``: in its clause, before it with no subordinator opening the force's
    clause, or after it with a word of "by" between (any order where :data:`[agent] free_order` lists the
    language), and not right after a preposition of place (rules of ``[agent]`` in ``data/forces.toml``)."""
    table = _agent_words()
    by, breaks = table["by"].get(language, frozenset()), table["breaks"].get(language, frozenset())
    places, articles = table["places"].get(language, frozenset()), table["articles"].get(language, frozenset())
    before = [w for w in _WORDS.findall(low[: force[0]]) if w not in articles]
    if before and before[-1] in places:
        return False  # "at the Guardia Civil barracks": a place, not who arrested
    free = language in data_toml("forces.toml").get("agent", {}).get("free_order", [])
    for start, end in arrests:
        lo, hi = (force[1], start) if force[0] < start else (end, force[0])
        between = low[lo:hi]
        words = _WORDS.findall(between)
        if _CLAUSE_MARK.search(between) or any(w in breaks for w in words):
            continue
        if force[0] < start:
            opened = max((m.end() for m in _CLAUSE_MARK.finditer(low, 0, force[0])), default=0)
            if not any(w in breaks for w in _WORDS.findall(low[opened : force[0]])):
                return True  # "The Guardia Civil detained ...": the subject
        elif free or any(w in by for w in words):
            return True  # "foi detido ... pela GNR", "Задержали его сотрудники ..."
    return False


def forces_named(text: str, language: str) -> dict[str, str]:
    """Force id -> the first name of it as written, for every force ``text`` names in ``language`` as the
    agent of its arrest (:func:`_agent_of`: "The Guardia Civil detained", "detido ... pela GNR"; not "police
    arrested him at the Guardia Civil barracks"); a longer name wins over one inside it. Empty when the text
    tells of no arrest (``[arrest]``)."""
    low = text.lower()
    arrest = _arrest_words().get(language)
    if arrest is None or arrest.search(low) is None:
        return {}
    arrests = [(m.start(), m.end()) for m in arrest.finditer(low)]
    taken: list[tuple[int, int]] = []
    found: dict[str, str] = {}
    for pat, force in _force_words().get(language, []):
        for m in pat.finditer(low):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if _agent_of(low, (m.start(), m.end()), arrests, language):
                found.setdefault(force, text[m.start() : m.end()])
    return found


def force_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict ("who made the arrest", reason "different agent") when two or more sources name two forces
    as the ones that made an arrest (see the module doc); each side cites its sentences and is labelled by the
    force's names as written. Input: the story's units; output: zero or one conflict."""
    sides: dict[str, list[Unit]] = {}
    written: dict[str, list[str]] = {}
    for u in units:
        if u.claim.negated:
            continue
        found = forces_named(u.text, u.language or "en")
        if len(found) != 1:
            continue
        force, name = next(iter(found.items()))
        sides.setdefault(force, []).append(u)
        if name.lower() not in {w.lower() for w in written.setdefault(force, [])}:
            written[force].append(name)
    if len(sides) < 2 or not sources_apart(list(sides.values())):
        return []
    days = [frozenset().union(*(days_of(u) for u in us)) for us in sides.values()]
    if all(days) and not frozenset.intersection(*days):
        return []  # two arrests on two days
    return [
        worded_conflict(
            data, "who made the arrest", "different agent", [(" / ".join(written[f]), us) for f, us in sides.items()]
        )
    ]
