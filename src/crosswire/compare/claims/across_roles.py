"""Agreements on a named person's role across languages: "Yevgeny Sorokov, president of the Vestmark Pilots'
Association" / "Yevgeny Sorokov, président de l'Association des pilotes"; "Miroslav Hedenko, chief executive of
Borava Gas Transit" / "Prezes spółki Borava Gas Transit Mirosław Hedenko". Two new users' stories planted such a
role as an agreement; :func:`.held_roles.role_items` reads English only (the facts stage reads roles from English
word order), and the pair scorer rates the two sentences low (they share the name and the body's name, the rest
of each sentence says something else), so the role was in no item.

The roles are those :mod:`.roles` reads for its role conflicts, in every language of ``data/roles.toml``: a title
tied to a mention of the person (right before the name, with only the body between, or in an apposition after
it), as a concept id ("chief_executive" for "chief executive", "Prezes", "directeur général"). A person's role is
agreed across languages when two or more sources tie one concept to the same canonical person, one of them not
in English, and

* the roles the story ties to that person do not disagree (:func:`.roles._sides`: one side; a person with a role
  conflict gets no role item, as :func:`.held_roles.role_items` does);
* the role is no generic title ("директор", "глава": :data:`.roles.GENERIC`, no lexicon says which post) and
  no title whose portfolio the lexicon does not read (:data:`PORTFOLIO_BLIND`: "minister", of any portfolio;
  both trials planted a portfolio conflict, "Transport Minister" / "la ministra de Trabajo", "Economy Minister" /
  "Außenminister", that an agreed "minister" item would hide);
* the person holds it now (no "former", "then" or "incoming" holder: :data:`.roles.FORMER`, :data:`.roles.THEN`,
  :data:`.roles.NEXT`).

Each item cites, per source, the words of its first sentence (story order) from the role to the name or the name
to the role, as :func:`.held_roles.role_items` does; a source whose words do not write the person's name in
Latin letters after folding (:func:`written_name`: "Мирослав Геденко" is not "Miroslav Hedenko" letter for letter)
is left out, so every cited span names the person as the item does. An English item of the same person and role
is replaced by the item across languages when that cites more sources. Hand-written: no library reads titles;
the reading is :mod:`.roles`'s. Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from anyascii import anyascii

from crosswire.compare.align import StoryData
from crosswire.compare.claims.held_roles import _concept, _key
from crosswire.compare.claims.roles import FORMER, GENERIC, NEXT, THEN, _Held, _held_cached, _sides, role_label
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import RoleItem
from crosswire.model import Evidence

# Role concepts whose holder's portfolio the lexicon does not read ("minister" of transport, of labour, of the
# economy): an agreement on the bare title could hide a conflict over the portfolio. Both development trials
# (holdout-41 C5, holdout-42 C5) planted one.
PORTFOLIO_BLIND = frozenset({"minister", "deputy minister"})
# Characters either side of the person's mention read for the role's words (:data:`.roles.REACH_BEFORE` before
# it, :data:`.roles.REACH` after it, as the role was read).
BEFORE, AFTER = 90, 60
_WORD = re.compile(r"\w[\w'’.-]*\w|\w")


def _folded_words(text: str) -> set[str]:
    return {anyascii(w).lower() for w in _WORD.findall(text) if len(w.strip(".")) > 1}


def written_name(text: str, name: str) -> bool:
    """Whether ``text`` writes a word of ``name`` once both are folded to Latin letters, lower case
    ("Mirosław Hedenko" for "Miroslav Hedenko": "hedenko"; not "Мирослав Геденко": "gedenko")."""
    return bool(_folded_words(text) & _folded_words(name))


def _span(data: StoryData, unit: Unit, cid: str, written: str) -> tuple[int, int] | None:
    """(start, end) in the body of the words from ``written`` (the role as the sentence writes it) to the nearest
    mention of the person ``cid`` inside ``unit``'s sentence, or from the mention to the role; None when the
    sentence writes no such pair."""
    facts = data.facts.get(unit.article)
    body = data.bodies.get(unit.article, "")
    if facts is None or not written:
        return None
    start, end = unit.claim.start, unit.claim.end
    role = re.compile(rf"(?<![\w-]){re.escape(written)}(?![\w-])", re.I)
    best: tuple[int, int, int] | None = None
    for ent in facts.entities:
        if data.canonical.get((unit.article, ent.id)) != cid:
            continue
        for m in ent.mentions:
            if not (start <= m.start and m.end <= end) or m.kind not in ("name", "surname"):
                continue
            lo, hi = max(start, m.start - BEFORE), min(end, m.end + AFTER)
            for r in role.finditer(body, lo, hi):
                gap = m.start - r.end() if r.end() <= m.start else r.start() - m.end
                if gap < 0:
                    continue
                if best is None or gap < best[0]:
                    best = (gap, min(r.start(), m.start), max(r.end(), m.end))
    return None if best is None else (best[1], best[2])


def across_role_items(units: Sequence[Unit], data: StoryData, english: Sequence[RoleItem] = ()) -> list[RoleItem]:
    """The role items of a story: ``english`` (:func:`.held_roles.role_items`) and one item per person and role
    two or more sources tie alike where one of them is not in English (see the module's docstring); an English
    item of the same person and role concept is dropped when the item across languages cites more sources.
    Input: the story's claim units (story order) and loaded data. Raises nothing."""
    held: dict[str, dict[str, _Held]] = {}
    for u in units:
        for cid, role, written in _held_cached(data, u):
            entry = held.setdefault(cid, {}).setdefault(role, _Held(role))
            entry.units.append(u)
            entry.written.append(written)
            entry.languages.append(u.language)
    found: list[tuple[str, str, RoleItem]] = []
    for cid, roles in held.items():
        if cid.endswith((THEN, FORMER, NEXT)) or len(_sides(roles)) > 1:
            continue
        name = cid.partition(":")[2] or cid
        for role, h in roles.items():
            if role.startswith(GENERIC) or role in PORTFOLIO_BLIND:
                continue
            if all((lang or "en") == "en" for lang in h.languages):
                continue  # English alone: the English role items read it
            by_source: dict[int, Evidence] = {}
            for u, written in zip(h.units, h.written, strict=True):
                source = data.source_of.get(u.article, u.source)
                if source in by_source:
                    continue
                span = _span(data, u, cid, written)
                if span is None:
                    continue
                body = data.bodies[u.article]
                text = body[span[0] : span[1]]
                if not written_name(text, name):
                    continue
                by_source[source] = Evidence(
                    article=u.article, outlet=data.outlets.get(u.article), text=text, start=span[0], end=span[1]
                )
            if len(by_source) < 2:
                continue
            # one wording: the English sources' first when one states it, else the first source's
            label = role_label(_Held(role, h.written, h.units, h.languages)).split(" / ")[0]
            item = RoleItem(
                summary=f"{name}: {label}",
                sources=sorted(by_source),
                evidence=[by_source[s] for s in sorted(by_source)],
                person=name,
                role=label,
            )
            found.append((name, f"role:{role}", item))
    out = []
    for item in english:
        concept = _concept(_key(item.role))
        wider = any(n == item.person and c == concept and set(item.sources) < set(x.sources) for n, c, x in found)
        if not wider:
            out.append(item)
    return [*out, *(x for _, _, x in found)]
