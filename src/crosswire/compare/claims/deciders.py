"""Who decided an act, when the doer is a named party: "The vote was decided by the Agrarian Party, whose 14
deputies voted with the opposition" / "The decisive votes came from the Green Alliance" / "O wyniku głosowania
przesądzili posłowie Sojuszu Zielonych". Two such sentences share the subject (the vote) and often the story's
names, so the pair scorer took them for one claim; they name two parties for one act.

A sentence states the act when its words hold one of the act's phrases (``data/deciders.toml``, per language). Its
doer is read off the names it writes (:func:`crosswire.compare.quotes.anchors`: capitalised words, transliterated,
first five letters, so "Agrarian Party", "Аграрная партия", "Partido Agrario" and "Agrarpartei" share "agrar"),
less the names many of the story's sentences hold (:data:`RARE_NAME`: the country, the prime minister). Sentences
of the act sharing a name (or, across languages, related by the claim aligner) are one doer's; two doers of different sources, none sharing a name, are a conflict
("different agent"). Two sentences of one language stating the act with no name in common are never one claim. Written by hand: the
facts stage keeps no parse for the comparison across languages, and no library reads who decided a vote.

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.polar import TIE_BAR
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.vocab.data import data_toml

RARE_NAME = 0.25  # share of the story's sentences a doer's name stands in at most: the polar reader's own bar
# (:data:`.polar.RARE_NAME`): a party in a few sentences, the country or the prime minister in most
_RUN = re.compile(r"(?<![\w-])[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)*", re.UNICODE)


def _token(tok: str) -> str:
    return re.escape(tok[:-1]) + r"\w*" if tok.endswith("-") and len(tok) > 1 else re.escape(tok)


def _pattern(words: list[str]) -> re.Pattern[str]:
    bodies = [r"\s+".join(_token(t) for t in w.split()) for w in sorted(words, key=len, reverse=True)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(bodies) + r")(?![\w-])")


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


def _label(u: Unit, names: set[str]) -> str:
    """The run of capitalised words of ``u`` that holds one of ``names`` ("Agrarian Party", "Sojuszu Zielonych")."""
    from crosswire.compare.quotes import anchors

    for m in _RUN.finditer(u.text):
        words = m.group().split()
        caps = []
        for w in words:
            if w[:1].isupper() and anchors("x " + w) & names:
                caps.append(w)
            elif caps and w[:1].isupper():
                caps.append(w)
            elif caps:
                break
        if caps:
            return " ".join(caps)
    return sorted(names)[0]


def decider_conflicts(units: list[Unit], pairs: list[Pair], data: StoryData) -> list[ClaimConflict]:
    """One conflict per act whose sentences name two doers from different sources ("different agent"; each side
    the sentences of one doer). Two sentences name one doer when they share a rare name, or, across languages
    (where a party's name may be translated: "Farmers' League" / "Bauernbund"), when the claim aligner relates
    them (:data:`.polar.TIE_BAR`: "Den Ausschlag gaben die neun Abgeordneten des Bauernbundes" / "The vote was
    decided by the Farmers' League"; a translation of the other doer's sentence scores 0.27-0.32 in a new user's
    story). Input: the story's units and the aligner's scored candidate pairs; output: claim conflicts, [] when
    none."""
    score: dict[frozenset[int], float] = {}
    for p in pairs:
        key = frozenset((p.a.index, p.b.index))
        score[key] = max(score.get(key, 0.0), p.score)

    def one_doer(u: Unit, v: Unit, names: set[str]) -> bool:
        if names & rare[u.index]:
            return True
        return u.language != v.language and score.get(frozenset((u.index, v.index)), 0.0) >= TIE_BAR

    seen: dict[str, int] = {}
    names = {u.index: _names(u.text) for u in units}
    for ns in names.values():
        for n in ns:
            seen[n] = seen.get(n, 0) + 1
    bar = max(2.0, RARE_NAME * len(units))
    rare = {i: {n for n in ns if seen[n] <= bar} for i, ns in names.items()}
    out = []
    for aid, (label, _pats, _objects) in _acts().items():
        stating = [u for u in units if aid in acts_in(u.text, u.language) and rare[u.index]]
        groups: list[tuple[set[str], list[Unit]]] = []
        for u in sorted(stating, key=lambda u: (u.source, u.index)):
            joined = [g for g in groups if any(one_doer(u, v, g[0]) for v in g[1])]
            merged: tuple[set[str], list[Unit]] = (set(rare[u.index]), [u])
            for g in joined:
                merged[0].update(g[0])
                merged[1].extend(g[1])
                groups.remove(g)
            groups.append(merged)
        if len(groups) < 2 or not sources_apart([g[1] for g in groups]):
            continue
        sides = [(_label(min(us, key=lambda u: u.source), ns), us) for ns, us in groups]
        out.append(worded_conflict(data, label, "different agent", sides))
    return out
