"""Agreements on the role or title of a named person: two sources that call one person by one role ("U.S.
President Donald Trump said ..." / "... as President Trump slammed the hearings"; "Attorney General Wally
Oppal said ..." / "B.C. Attorney General Wally Oppal confirmed ...") state that fact, whatever else their
sentences say. The pair scorer rates such sentences low (they share the name and the title and little else),
so the fact was missed; an editor lists it ("a named person's role or title", bench/alignment/PROTOCOL.md).

The roles are the facts stage's (``Entity.roles``: the title words it read before a person's name or in an
apposition after it); a role counts for a sentence only where the sentence writes it beside a mention of the
person (:data:`REACH` characters either side). Two sources agree when they give one person the same role:
the same words (case aside), or two phrases of one concept of ``data/roles.toml`` ("CEO" / "chief executive");
a former holder's role only with a former holder's. Other titles are not compared ("eastern commander" /
"eastern strongman": no lexicon says when two titles are one); two roles that differ are :mod:`.roles`'s
conflicts.

Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re

from crosswire.compare.align import StoryData
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.items import agreed_item
from crosswire.compare.claims.roles import _lexicon
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimItem
from crosswire.facts.records import Mention

# Characters either side of a person's mention read for the role's words: the reach of :mod:`.roles`'s titles.
REACH = 60
# A role shorter than this is no title (an initial or a stray letter the facts stage took for one).
MIN_ROLE_CHARS = 3


def role_items(units: list[Unit], data: StoryData) -> list[ClaimItem]:
    """Agreed items, one per named person and role that two or more sources give alike.

    Input: the story's units and its loaded data (the facts' entities with their roles and mentions, their
    canonical ids). Output: one :class:`ClaimItem` per (person, role) that two or more sources state, citing
    each source's first sentence (in story order) that writes the role beside a mention of the person; its
    ``shared`` is the person's name and the role as the first source writes them (what the item agrees on: the
    sentences may say different things besides), its score 1.0 (read, not scored). Built apart from the pair
    groups, so no other item's claim is joined to a sentence that only gives the role. English only: the
    facts stage reads roles from English word order."""
    by_article: dict[str, list[Unit]] = {}
    for u in units:
        if u.language == "en":
            by_article.setdefault(u.article, []).append(u)
    found: dict[tuple[str, str, bool], dict[int, tuple[Unit, str, str]]] = {}
    for aid, own in by_article.items():
        facts = data.facts.get(aid)
        body = data.bodies.get(aid, "")
        if facts is None:
            continue
        for ent in facts.entities:
            cid = data.canonical.get((aid, ent.id))
            if ent.type != "person" or not cid or not ent.roles:
                continue
            for role in dict.fromkeys(_key(r) for r in ent.roles):
                if len(role) < MIN_ROLE_CHARS:
                    continue
                stating = _first_stating(own, ent.mentions, role, body)
                if stating is not None:
                    unit, written = stating
                    # a former holder and a holder are two facts ("former mayor" / "mayor"): keyed apart
                    key = (cid, _concept(role), written.lower().startswith("former"))
                    found.setdefault(key, {}).setdefault(unit.source, (unit, ent.name, written))
    out = []
    for by_source in found.values():
        if len(by_source) < 2:
            continue
        stated = sorted(by_source.values(), key=lambda s: (s[0].source, s[0].index))
        lead, name, role = stated[0]
        item = agreed_item(data, Group(units=[u for u, _n, _r in stated], score=1.0), lead)
        item.shared = [name, role]
        out.append(item)
    return out


def _key(role: str) -> str:
    """A role as the facts stage reads it, to look for in the sentences: lower case, single-spaced, without a
    leading "former" (the sentence's own "former" is read by :func:`_first_stating`)."""
    words = role.lower().split()
    while words and words[0] == "former":
        words = words[1:]
    return " ".join(words)


def _concept(role: str) -> str:
    """The concept of ``data/roles.toml`` an English role phrase names ("ceo" and "chief executive" are one),
    else the phrase itself."""
    phrases, _deputy, _former = _lexicon("en")
    return next((f"role:{concept}" for phrase, concept in phrases if phrase == role), role)


def _first_stating(units: list[Unit], mentions: list[Mention], role: str, body: str) -> tuple[Unit, str] | None:
    """The first of ``units`` (one article's, in story order) that writes ``role`` (whole words, any case)
    within :data:`REACH` characters of a mention of the person, and the role as that sentence writes it, with
    a "former" right before it kept ("Former mayor", "a former mayor"); None when no sentence does."""
    pattern = re.compile(rf"(?<![\w-])(?:(former)\s+)?{re.escape(role)}(?![\w-])", re.I)
    for u in sorted(units, key=lambda u: u.claim.start):
        for m in mentions:
            if not (u.claim.start <= m.start and m.end <= u.claim.end):
                continue
            lo, hi = max(u.claim.start, m.start - REACH), min(u.claim.end, m.end + REACH)
            found = [*pattern.finditer(body, lo, m.start), *pattern.finditer(body, m.end, hi)]
            if found:
                return u, found[0].group()
    return None
