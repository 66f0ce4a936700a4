"""Who decided an act, when the doer is a named party: "The vote was decided by the Agrarian Party, whose 14
deputies voted with the opposition" / "The decisive votes came from the Green Alliance" / "O wyniku głosowania
przesądzili posłowie Sojuszu Zielonych". Two such sentences share the subject (the vote) and often the story's
names, so the pair scorer took them for one claim; they name two parties for one act.

A sentence states the act when its words hold one of the act's phrases (``data/deciders.toml``, per language). Its
doer is read off the names it writes (:func:`crosswire.compare.quotes.anchors`: capitalised words, transliterated,
first five letters, so "Agrarian Party", "Аграрная партия", "Partido Agrario" and "Agrarpartei" share "agrar"),
less the names many of the story's sentences hold (:data:`RARE_NAME`: the country, the prime minister). Sentences
of the act sharing a name (or, across languages, names the sentence encoder reads alike) are one doer's; two doers of
different sources are a conflict ("different agent"). Two sentences of one language stating the act with no name
in common are never one claim. Written by hand: the facts stage keeps no parse for the comparison across
languages, and no library reads who decided a vote.

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.vocab import phrases
from crosswire.vocab.data import data_toml

# Two names of two languages at least this alike to the sentence encoder (multilingual USE) are one party's name
# translated: "Farmers' League" / "Bauernbundes" 0.58, "Agrarian Party" / "Аграрная партия" 0.77, "Civic Union" /
# "Bürgerunion" 0.64; two parties' names of two languages score 0.16-0.36 ("Agrarian Party" / "Sojuszu
# Zielonych" 0.33, "Farmers' League" / "Koalicji Błękitnej" 0.16), measured on the invented names of
# tests/test_compare_cabinet_fall.py and a new user's no-confidence story.
NAME_COSINE = 0.5
RARE_NAME = 0.25  # share of the story's sentences a doer's name stands in at most: the polar reader's own bar
# (:data:`.polar.RARE_NAME`): a party in a few sentences, the country or the prime minister in most


def _pattern(words: list[str]) -> re.Pattern[str]:
    return phrases.alternation(words)


@lru_cache(maxsize=1)
def _acts() -> dict[str, tuple[str, dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]]:
    """Act id -> (label, language -> phrase pattern, language -> object pattern) from ``data/deciders.toml``."""
    out = {}
    for aid, spec in data_toml("deciders.toml").items():
        objects = {lang: _pattern(ws) for lang, ws in spec.get("objects", {}).items() if ws}
        pats = {lang: _pattern(ws) for lang, ws in spec.items() if lang not in ("label", "objects") and ws}
        out[aid] = (spec.get("label", aid), pats, objects)
    return out


def acts_in(text: str, language: str) -> set[str]:
    """The ids of the acts of ``data/deciders.toml`` a sentence of ``language`` states ("decided by"), with a
    word of what was decided ("the vote")."""
    low = text.lower()
    return {
        aid
        for aid, (_label, pats, objects) in _acts().items()
        if (p := pats.get(language)) and p.search(low) and (o := objects.get(language)) and o.search(low)
    }


def _names(text: str) -> set[str]:
    from crosswire.compare.quotes import anchors

    return {a for a in anchors(text) if not a.startswith("#")}


def doers_differ(a: Unit, b: Unit) -> bool:
    """Whether two sentences of one language state one act of ``data/deciders.toml`` naming no name in common
    ("decided by the Agrarian Party" / "The decisive votes came from the Green Alliance"): never one claim. Across
    languages a party's name may be translated ("Farmers' League" / "Bauernbund"): no test there."""
    if a.language != b.language or not acts_in(a.text, a.language) & acts_in(b.text, b.language):
        return False
    na, nb = _names(a.text), _names(b.text)
    return bool(na) and bool(nb) and not na & nb


def _doers(u: Unit, data: StoryData) -> list[str]:
    """The names of people and bodies the facts stage found in ``u``'s sentence, as written, in text order (a
    German sentence capitalises every noun: its names are the tagger's, not its capitals)."""
    facts = data.facts.get(u.article)
    if facts is None:
        return []
    found = sorted(
        (m.start, m.text)
        for e in facts.entities
        if e.type != "place"
        for m in e.mentions
        if u.claim.start <= m.start and m.end <= u.claim.end
    )
    return list(dict.fromkeys(text for _start, text in found))


def _cosine(a: list[str], b: list[str]) -> float:
    """The highest cosine of the sentence encoder between a name of ``a`` and one of ``b``."""
    from crosswire.stories.embed import embed_cached

    if not a or not b:
        return 0.0
    vecs = embed_cached([*a, *b])
    return float((vecs[: len(a)] @ vecs[len(a) :].T).max())


def _one_doer(u: Unit, v: Unit, doers: dict[int, list[str]], keys: dict[int, set[str]]) -> bool:
    """Whether two sentences' doers are one: a shared name, or across languages names read alike."""
    if keys[u.index] & keys[v.index]:
        return True
    return u.language != v.language and _cosine(doers[u.index], doers[v.index]) >= NAME_COSINE


def decider_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per act whose sentences name two doers from different sources ("different agent"; each side
    the sentences of one doer, labelled by its name as the first of them writes it). A sentence's doers are the
    names the facts stage found in it that few of the story's sentences hold (:data:`RARE_NAME`). Two sentences
    name one doer when their doers share a name (:func:`crosswire.compare.quotes.anchors`), or, across languages
    (where a party's name is translated: "Farmers' League" / "Bauernbund"), when the sentence encoder reads two
    of their names alike (:data:`NAME_COSINE`). Input: the story's units; output: claim conflicts, [] when
    none."""
    from crosswire.compare.quotes import anchors

    seen: dict[str, int] = {}
    for u in units:
        for n in _names(u.text):
            seen[n] = seen.get(n, 0) + 1
    bar = max(2.0, RARE_NAME * len(units))
    out = []
    for aid, (label, _pats, _objects) in _acts().items():
        doers: dict[int, list[str]] = {}
        keys: dict[int, set[str]] = {}
        for u in units:
            if aid not in acts_in(u.text, u.language):
                continue
            names = [n for n in _doers(u, data) if any(seen.get(a, 0) <= bar for a in anchors("x " + n))]
            if names:
                doers[u.index] = names
                keys[u.index] = {a for n in names for a in anchors("x " + n) if not a.startswith("#")}
        stating = sorted((u for u in units if u.index in doers), key=lambda u: (u.source, u.index))

        groups: list[list[Unit]] = []
        for u in stating:
            joined = [g for g in groups if any(_one_doer(u, v, doers, keys) for v in g)]
            merged = [u]
            for g in joined:
                merged.extend(g)
                groups.remove(g)
            groups.append(merged)
        if len(groups) < 2 or not sources_apart(groups):
            continue
        sides = [(doers[min(g, key=lambda u: (u.source, u.index)).index][0], g) for g in groups]
        out.append(worded_conflict(data, label, "different agent", sides))
    return out
