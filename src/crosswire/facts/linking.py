"""Cross-article canonical entities: one id for "Tikhanovskaya" and "Tsikhanouskaya", two for two Bidens.

Names are compared on a transliteration skeleton (accents folded, the letters that Russian, Belarusian and
Ukrainian romanisations swap made equal) with Jaro-Winkler similarity (jellyfish) and a Metaphone check.
Guards keep different people apart: both surnames must match closely, and when both articles give a first
name those must be compatible too; a surname-only entity joins a full name only when exactly one full-name
group carries that surname. Organisations and places link on their folded name or acronym.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import jellyfish

from crosswire.facts.lexicon import countries
from crosswire.facts.records import ArticleFacts, Entity
from crosswire.vocab.names import HONORIFICS, fold, initials, is_name_suffix

SURNAME_THRESHOLD = 0.90
FIRST_NAME_THRESHOLD = 0.80
# Romanisation variants, applied in order: Tsikhanouskaya ~ Tikhanovskaya, Lukashenka ~ Lukashenko.
SKELETON_RULES = [
    (r"^ts", "t"),
    (r"kh", "h"),
    (r"zh", "j"),
    (r"sch|shch", "sh"),
    (r"ou(?=[sk])", "ov"),
    (r"ia|ya|ja", "a"),
    (r"iu|yu|ju", "u"),
    (r"ie|ye|je", "e"),
    (r"y", "i"),
    (r"w", "v"),
    (r"ff$", "v"),
    (r"(.)\1", r"\1"),
]


def skeleton(name: str) -> str:
    s = re.sub(r"[^a-z ]", "", fold(name))
    for pat, rep in SKELETON_RULES:
        s = re.sub(pat, rep, s)
    return s


def _name_parts(entity: Entity) -> tuple[str | None, str]:
    words = [w for w in re.split(r"\s+", entity.name.strip()) if w]
    words = [w for w in words if w.rstrip(".").lower() not in HONORIFICS and not is_name_suffix(w)]
    if not words:
        return None, ""
    if len(words) == 1:
        return None, words[0]
    return words[0], words[-1]


def _similar(a: str, b: str, threshold: float) -> bool:
    sa, sb = skeleton(a), skeleton(b)
    if not sa or not sb:
        return False
    if sa == sb:
        return True
    fa, fb = fold(a), fold(b)
    if min(len(fa), len(fb)) >= 4 and jellyfish.jaro_winkler_similarity(fa, fb) >= threshold:
        return True  # "Yulia" / "Yuliya": close as written even where the skeleton is too short to judge
    if len(sa) <= 3 or len(sb) <= 3:
        return False
    jw = jellyfish.jaro_winkler_similarity(sa, sb)
    if jw >= threshold:
        return True
    return jw >= threshold - 0.06 and jellyfish.metaphone(sa) == jellyfish.metaphone(sb)


def _first_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[0].lower() == b[0].lower()
    return _similar(a, b, FIRST_NAME_THRESHOLD)


def _key(entity: Entity) -> str:
    key = fold(entity.name)
    if key.startswith("the "):
        key = key[4:]
    if entity.type == "place":
        key = fold(countries().get(key, key))
    return key


@dataclass(slots=True)
class _Group:
    """People taken for one person across articles: the first and last name of its first member, the
    display name, and the (article id, entity) members."""

    first: str
    last: str
    name: str
    members: list[tuple[str, Entity]] = field(default_factory=list)


class _People:
    """Person entities grouped across articles, blocked on the first letter of the surname's skeleton
    (which keeps the grouping near linear on a whole store)."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.blocks: dict[str, list[_Group]] = {}
        self.surname_only: list[tuple[str, Entity, str]] = []

    def add(self, article: str, e: Entity) -> None:
        first, last = _name_parts(e)
        if first is None:
            self.surname_only.append((article, e, last))
            return
        block = self.blocks.setdefault(skeleton(last)[:1], [])
        for g in block:
            if _similar(last, g.last, SURNAME_THRESHOLD) and _first_compatible(first, g.first):
                g.members.append((article, e))
                return
        group = _Group(first, last, e.name, [(article, e)])
        self.groups.append(group)
        block.append(group)

    def canonical(self) -> dict[tuple[str, str], str]:
        """(article id, entity id) -> "person:<name>"; a surname alone joins the one group with that surname."""
        out = {}
        for g in self.groups:
            for article, e in g.members:
                out[(article, e.id)] = f"person:{g.name}"
        for article, e, last in self.surname_only:
            hits = [g for g in self.blocks.get(skeleton(last)[:1], []) if _similar(last, g.last, SURNAME_THRESHOLD)]
            name = hits[0].name if len(hits) == 1 else e.name
            out[(article, e.id)] = f"person:{name}"
        return out


def link_entities(facts: Sequence[ArticleFacts]) -> dict[tuple[str, str], str]:
    """Map (article id, entity id) to a global canonical id: ``"<type>:<canonical name>"``.

    Input: the facts of any number of articles. Output: one entry per entity of every article, in article
    order (non-person entities as met, then people by group); entities taken for the same real-world entity
    share the id ("person:Svetlana Tikhanovskaya", "organisation:European Union"). Raises nothing."""
    out: dict[tuple[str, str], str] = {}
    people = _People()
    others: dict[tuple[str, str], str] = {}
    for f in facts:
        for e in f.entities:
            if e.type == "person":
                people.add(f.article, e)
                continue
            name = others.setdefault((e.type, _key(e)), e.name)
            out[(f.article, e.id)] = f"{e.type}:{name}"
    out.update(people.canonical())
    _join_acronyms(out, others)
    return out


def _join_acronyms(out: dict[tuple[str, str], str], others: dict[tuple[str, str], str]) -> None:
    """Acronyms join the spelled-out name: "EU" in one article, "European Union" in another (in place)."""
    by_initials: dict[str, str] = {}
    for (etype, _k), name in others.items():
        if etype in ("organisation", "place") and not name.replace(".", "").isupper():
            letters = initials(name)
            if len(letters) >= 2:
                by_initials.setdefault(letters, f"{etype}:{name}")
    for (article, eid), cid in list(out.items()):
        etype, _, name = cid.partition(":")
        bare = name.replace(".", "")
        if etype != "person" and bare.isupper() and 2 <= len(bare) <= 6 and bare in by_initials:
            out[(article, eid)] = by_initials[bare]
