"""Declarations made once for one event (a day of mourning, a state of emergency) agreed across a story, in any
language: "В Болгарии объявлен день траура" and "Bulgaria ha decretado una jornada de luto nacional por las
víctimas" state one fact, yet read too unlike for the sentence encoder to pair them (cosine 0.17, no shared
term; a new user's coach crash left both out of the agreements).

A sentence states a declaration when its words hold one of its phrases (``data/declarations.toml``, per
language); a negated sentence states none. The sentences of two or more sources stating one declaration are
one agreeing group, one sentence per source (its first), less a sentence naming a place no other source names
(another country's mourning) or giving a day the group's other sentences do not. Written by hand: no library maps these
phrases across languages.

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.units import Unit, days_of
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold, latin


@lru_cache(maxsize=1)
def _phrases() -> dict[str, dict[str, re.Pattern[str]]]:
    """Declaration id -> language -> one pattern of its phrases (whole words, lower case)."""
    out: dict[str, dict[str, re.Pattern[str]]] = {}
    for did, spec in data_toml("declarations.toml").items():
        for lang, words in spec.items():
            if lang == "label" or not words:
                continue
            body = "|".join(re.escape(w.lower()) for w in sorted(set(words), key=len, reverse=True))
            out.setdefault(did, {})[lang] = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
    return out


def declarations(u: Unit) -> frozenset[str]:
    """The ids of the declarations the sentence states; none for a negated sentence or one holding a negation
    word of its language (:func:`_negated`)."""
    return frozenset() if u.claim.negated or _negated(u) else _stated(u)


STEM = 4  # letters of a place name's start compared: its inflected forms share them ("Dalnia" / "Dal'nii")


def _places(u: Unit, data: StoryData) -> frozenset[str]:
    """The places the sentence names, as the first :data:`STEM` letters of their language-neutral key
    (``Entity.key``: "Болгарии" is Bulgaria, "Дальнии" Dal'nii) folded, letters only: a Slavic place name is
    inflected at its end, and its transliteration may not be its English name."""
    facts = data.facts.get(u.article)
    if facts is None:
        return frozenset()
    return frozenset(
        re.sub(r"[^a-z]", "", fold(latin(e.key or e.name)))[:STEM]
        for e in facts.entities
        if e.type == "place" and any(u.claim.start <= m.start and m.end <= u.claim.end for m in e.mentions)
    ) - {""}


def _negated(u: Unit) -> bool:
    """Whether the sentence holds a negation word of its language (``[negation]`` of the data: "Le
    gouvernement n'a pas décrété de deuil national" declares none)."""
    return _negated_text(u.text, u.language)


@lru_cache(maxsize=1 << 14)
def _negated_text(text: str, language: str) -> bool:
    """:func:`_negated` of a sentence's text, read once per text: :func:`denied` asks it of both sentences of
    every candidate pair (~38,000 calls on the 181 benchmark pages for ~6,000 sentences)."""
    words = data_toml("declarations.toml").get("negation", {}).get(language, [])
    return any(w in words for w in re.findall(r"\w+", text.lower()))


def declared_groups(units: list[Unit], data: StoryData) -> list[Group]:
    """One agreeing group per declaration that sentences of two or more sources state (see the module
    docstring), its units in source order, score 1.0 (the phrase lists are the evidence). A sentence naming
    places joins only when another source writes one of them somewhere in the story (a word starting as the
    place's key does, whether its own reader tagged it a place or not) (the story's own country, not
    another that mourns its citizens: "W Polsce ogłoszono żałobę narodową"); one giving days, only when the
    group's other dated sentences give one of them. Input: the story's units. Output: the groups; [] when no
    declaration is stated by two sources. Raises nothing."""
    written: dict[int, set[str]] = {}  # source -> the starts of the words its sentences write, transliterated
    for u in units:
        written.setdefault(u.source, set()).update(w[:STEM] for w in re.findall(r"[a-z]+", fold(latin(u.text))))
    by_declaration: dict[str, dict[int, Unit]] = {}
    for u in units:
        stated = declarations(u)
        if not stated:
            continue
        places = _places(u, data)
        if places and not any(p in words for p in places for src, words in written.items() if src != u.source):
            continue
        for d in sorted(stated):
            by_source = by_declaration.setdefault(d, {})
            days = days_of(u)
            if u.source in by_source or any(days and days_of(v) and not days & days_of(v) for v in by_source.values()):
                continue
            by_source[u.source] = u
    return [
        Group(units=sorted(members.values(), key=lambda u: u.source), score=1.0)
        for members in by_declaration.values()
        if len(members) > 1
    ]


def denied(a: Unit, b: Unit) -> bool:
    """Whether one sentence states a declaration the other denies ("Dalnia ha decretado una jornada de luto
    nacional" / "Le gouvernement n'a pas décrété de deuil national"): never one claim."""
    if _negated(a) == _negated(b):
        return False
    return bool(_stated(a) & _stated(b))


def _stated(u: Unit) -> frozenset[str]:
    """The declarations a sentence's words name, denied or not."""
    return _stated_text(u.text, u.language)


@lru_cache(maxsize=1 << 14)
def _stated_text(text: str, language: str) -> frozenset[str]:
    """:func:`_stated` of a sentence's text in ``language``, read once per text (asked per candidate pair)."""
    low = text.lower()
    return frozenset(d for d, langs in _phrases().items() if (p := langs.get(language)) and p.search(low))
