"""Where one act happened, told as a named site of one kind (``data/site_kinds.toml``: a border crossing): "were
handed over to mediators at the Kolmar border crossing" [en] / "am Grenzübergang Kolmar" [de] against "fueron
liberados este martes en el paso fronterizo de Brannik" [es] (a new user's hostage story agreed the handover and
never showed the Spanish place).

A sentence names a site when a phrase of its language's list stands with a capitalised word in the name's place
("{} border crossing", "valico di {}"). A story's act happens at one site of a kind, so when each of two or more
sources names exactly one site of the kind in all its sentences, and two of them name two sites (names compared
folded, by their first :data:`SITE_KEY` letters: "Kolmar", "Kolmaru"), the sites are one conflict ("different
value", measured as the kind's label), each side citing its sentences. A source naming two sites of the kind (a
story of two crossings) is left out, and so is a pair of sentences of two different days. Two sentences naming two
sites of one kind are never one claim (:func:`sites_differ`). Written by hand: the facts stage types no invented
site, and no library reads a site's name across languages; names are compared by ``vocab.names.fold``, the
place-name folding the hospital towns use (:mod:`.hospitals`).

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit, different_days
from crosswire.compare.records import ClaimConflict
from crosswire.stories.text import ENGLISH_STOP_WORDS
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

MIN_NAME = 3  # a shorter capitalised word is no site's name
SITE_KEY = 5  # letters of a site's folded name compared: "kolma" for Kolmar, Kolmaru
_NAME = r"([^\W\d_][\w'’-]*)"


def _body(phrase: str) -> str:
    """One phrase of ``data/site_kinds.toml`` as a pattern: its words ("-" ending a stem), "{}" the name (a
    group), "d'{}" the name after an elided article ("poste-frontière d'Arvel")."""
    parts = []
    for t in phrase.split():
        if t == "{}":
            parts.append(_NAME)
        elif t in ("d'{}", "d’{}"):
            parts.append("d['’]" + _NAME)
        elif t.endswith("-"):
            parts.append(re.escape(t[:-1]) + r"\w*")
        else:
            parts.append(re.escape(t))
    return r"\s+".join(parts)


@lru_cache(maxsize=64)
def _patterns(language: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(kind, label, pattern) of every site kind with phrases in ``language``; the pattern's groups are names."""
    out = []
    for kind, table in data_toml("site_kinds.toml").items():
        phrases = table.get(language, [])
        if not phrases:
            continue
        bodies = [_body(p) for p in sorted(phrases, key=len, reverse=True)]
        pattern = re.compile(r"(?<![\w-])(?i:" + "|".join(f"(?:{b})" for b in bodies) + r")(?![\w-])")
        out.append((kind, str(table.get("label", kind)), pattern))
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def _sites_in(text: str, language: str) -> tuple[tuple[str, str, str], ...]:
    """(kind, name key, name as written) of each site the text names, in order."""
    out = []
    for kind, _label, pattern in _patterns(language):
        for m in pattern.finditer(text):
            name = next((g for g in m.groups() if g), None)
            if name and name[:1].isupper() and len(name) >= MIN_NAME and name.casefold() not in ENGLISH_STOP_WORDS:
                out.append((kind, fold(name)[:SITE_KEY], name))
    return tuple(out)


def sites_of(u: Unit) -> tuple[tuple[str, str, str], ...]:
    """(kind, name key, name as written) of the sites of ``data/site_kinds.toml`` the unit's sentence names."""
    return _sites_in(u.text, u.language or "en")


def site_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per site kind when two or more sources each name one site of it in the whole story and not
    all the same one (see the module); sentences of two different days are not set against each other. Input:
    the story's units; output: claim conflicts ("different value"), [] when none."""
    labels = {kind: label for lang in {u.language or "en" for u in units} for kind, label, _p in _patterns(lang)}
    by_kind: dict[str, dict[int, list[tuple[Unit, str, str]]]] = {}
    for u in units:
        for kind, key, written in sites_of(u):
            by_kind.setdefault(kind, {}).setdefault(u.source, []).append((u, key, written))
    out = []
    for kind, by_source in by_kind.items():
        sole = {s: told for s, told in by_source.items() if len({k for _u, k, _w in told}) == 1}
        if len({told[0][1] for told in sole.values()}) < 2:
            continue
        told_units = [u for told in sole.values() for u, _k, _w in told]
        if any(different_days(a, b) for i, a in enumerate(told_units) for b in told_units[i + 1 :]):
            continue
        sides: dict[str, tuple[str, list[Unit]]] = {}
        for source in sorted(sole):
            for u, key, written in sole[source]:
                sides.setdefault(key, (written, []))[1].append(u)
        if len(sides) < 2 or not sources_apart([us for _w, us in sides.values()]):
            continue
        out.append(worded_conflict(data, labels.get(kind, kind), "different value", list(sides.values())))
    return out


def sites_differ(a: Unit, b: Unit) -> bool:
    """Whether two sentences each name one site of a kind and the two are not one ("at the Kolmar border
    crossing" / "en el paso fronterizo de Brannik"): never one claim."""
    sa, sb = sites_of(a), sites_of(b)
    for kind in {k for k, _n, _w in sa} & {k for k, _n, _w in sb}:
        ka = {n for k, n, _w in sa if k == kind}
        kb = {n for k, n, _w in sb if k == kind}
        if len(ka) == 1 and len(kb) == 1 and ka != kb:
            return True
    return False
