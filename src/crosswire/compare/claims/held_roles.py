"""Agreements on the role or title of a named person: two sources that call one person by one role ("U.S.
President Donald Trump said ..." / "... as President Trump slammed the hearings"; "Mine safety director Oskar
Helle said ..." / "Oskar Helle, the mine safety director, said ...") state that fact, whatever else their
sentences say. The pair scorer rates such sentences low (they share the name and the title and little else),
so the fact was missed; an editor lists it ("a named person's role or title", bench/alignment/PROTOCOL.md).

Each such fact is its own item kind (:class:`~crosswire.compare.records.RoleItem`), headed by what the sources
share ("Oskar Helle: mine safety director"), never by one source's sentence, and citing of each source only the
words that give the role ("Oskar Helle, the mine safety director"): the rest of the sentences (his pumps in
one, his refuge chamber in the other) is no agreed fact.

The roles are the facts stage's (``Entity.roles``: the title words it read before a person's name or in an
apposition after it); a role counts for a sentence only where the sentence writes it beside a mention of the
person that writes a word of the person's name (:data:`REACH` characters either side). Two sources agree when
they give one person the same role: the same words (case aside), or two phrases of one concept of
``data/roles.toml`` ("CEO" / "chief executive"); a former holder's role only with a former holder's. Other
titles are not compared ("rebel commander" / "regional strongman": no lexicon says when two titles are one); two
roles that differ are :mod:`.roles`'s conflicts, and a person with such a conflict gets no role item. A role
a person plays (``[modifiers] played`` of ``data/roles.toml`` before it: "the actor to play the eleventh Doctor
was Matt Smith") is no title held.

Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.roles import _lexicon
from crosswire.compare.claims.units import MIN_WORDS
from crosswire.compare.records import Conflict, RoleItem
from crosswire.facts.records import Entity, Mention
from crosswire.model import Evidence
from crosswire.vocab.data import data_toml

# Characters either side of a person's mention read for the role's words: the reach of :mod:`.roles`'s titles.
REACH = 60
_LINK = re.compile(r"https?:|www\.")
# A role shorter than this is no title (an initial or a stray letter the facts stage took for one).
MIN_ROLE_CHARS = 3
# The mentions that write the person's name (not "the Russian leader": a title mention gives no name).
NAMED = frozenset({"name", "surname", "alias"})
_WORD = re.compile(r"\w[\w'’.-]*\w|\w")


def role_items(data: StoryData, conflicts: Sequence[Conflict] = ()) -> list[RoleItem]:
    """Agreed role items, one per named person and role that two or more sources give alike.

    Input: the story's loaded data (the facts' entities with their roles and mentions, their canonical ids,
    the bodies) and its conflicts. Output: one :class:`RoleItem` per (person, role, former or not) that two or
    more sources state, citing of each source the words of its first sentence (in story order) that write the
    role beside a mention of the person: from the role to the name, or the name to the role (a quoted sentence
    too: "'It's something they can consider,' Angels general manager Tony Reagins told MLB.com"). Its summary
    is the person's name and the role as the first source writes them ("Tony Reagins: general manager"). None
    for a person a "different role" conflict cites. English only: the facts stage reads roles from English word
    order."""
    found: dict[tuple[str, str, bool], dict[int, tuple[Evidence, str, str]]] = {}
    for aid, facts, body in data.with_facts():
        if (facts.language or "en") != "en":
            continue
        source = data.source_of[aid]
        for ent in facts.entities:
            cid = data.canonical.get((aid, ent.id))
            if ent.type != "person" or not cid or not ent.roles:
                continue
            for role in dict.fromkeys(_key(r) for r in ent.roles):
                if len(role) < MIN_ROLE_CHARS:
                    continue
                stating = _first_stating(ent, role, body)
                if stating is None:
                    continue
                start, end, written = stating
                # a former holder and a holder are two facts ("former mayor" / "mayor"): keyed apart
                key = (cid, _concept(role), written.lower().startswith("former"))
                ev = Evidence(article=aid, outlet=data.outlets.get(aid), text=body[start:end], start=start, end=end)
                found.setdefault(key, {}).setdefault(source, (ev, ent.name, written))
    roles_disputed = [c for c in conflicts if getattr(c, "reason", "") == "different role"]
    disputed = [ev for c in roles_disputed for side in c.sides for ev in side.evidence]
    out = []
    for by_source in found.values():
        first = by_source[min(by_source)]
        name, written = first[1], first[2]
        # every source's words name the person as the item does ("President Trump" for "Donald Trump")
        kept = {s: ev for s, (ev, _, _) in by_source.items() if names_person(ev.text, name)}
        if len(kept) < 2 or any(_within(ev, d) for ev in kept.values() for d in disputed):
            continue
        out.append(
            RoleItem(
                summary=f"{name}: {written}",
                sources=sorted(kept),
                evidence=[kept[s] for s in sorted(kept)],
                person=name,
                role=written,
            )
        )
    return out


def names_person(text: str, name: str) -> bool:
    """Whether ``text`` writes a word of the person's ``name`` (a whole word, as capitalised: "Trump" in
    "President Trump said" for "Donald Trump"; an initial is no word of it)."""
    words = {w for w in _WORD.findall(name) if len(w.strip(".")) > 1}
    return any(w in words for w in _WORD.findall(text))


def states_role(item: RoleItem) -> bool:
    """The structural check of a role item (``tests/test_compare_faithful.py``): every evidence span names the
    person (:func:`names_person`) and writes, as whole words, the item's role or a phrase of the same concept of
    ``data/roles.toml`` (:func:`same_role`), with "former" before it exactly when the item's role has it."""
    key = _key(item.role)
    phrases, _deputy, _former = _lexicon("en")
    alike = {key, *(p for p, _ in phrases if same_role(p, key))}
    former = r"former\s+" if item.role.lower().startswith("former") else r"(?<!former )"
    written = re.compile(rf"(?<![\w-]){former}(?:{'|'.join(map(re.escape, alike))})(?![\w-])", re.I)
    return all(names_person(ev.text, item.person) and written.search(ev.text) for ev in item.evidence)


def same_role(a: str, b: str) -> bool:
    """Whether two role phrases (lower case, without "former": :func:`_key`) are one role: the same words, or
    two phrases of one concept of ``data/roles.toml`` ("ceo" / "chief executive")."""
    return a == b or _concept(a) == _concept(b)


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


@lru_cache(maxsize=1)
def _played() -> re.Pattern[str]:
    """The words before a role that make it a character played, not a title held (``[modifiers] played`` of
    ``data/roles.toml``: "play", "portrayed", "cast as")."""
    words = data_toml("roles.toml").get("modifiers", {}).get("played", [])
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)


def _first_stating(ent: Entity, role: str, body: str) -> tuple[int, int, str] | None:
    """(start, end, role as written) of the words giving ``role`` to the person in the first sentence, by the
    person's named mentions in body order, that writes the role (whole words, any case) within :data:`REACH`
    characters of a mention, inside that sentence: the span from the role to the mention, or the mention to the
    role. A "former" right before the role is kept ("Former mayor", "a former mayor"). A fragment (a sentence
    under :data:`.units.MIN_WORDS` words), a link and a role played (:func:`_played` before it in the sentence)
    are passed over. None when no sentence gives the role."""
    pattern = re.compile(rf"(?<![\w-])(?:(former)\s+)?{re.escape(role)}(?![\w-])", re.I)
    mentions: list[Mention] = sorted((m for m in ent.mentions if m.kind in NAMED), key=lambda m: m.start)
    for m in mentions:
        if not names_person(m.text, ent.name):
            continue
        start, end = m.sentence_start, m.sentence_end
        if len(body[start:end].split()) < MIN_WORDS or _LINK.search(body, start, end):
            continue
        lo, hi = max(start, m.start - REACH), min(end, m.end + REACH)
        found = [*pattern.finditer(body, lo, m.start), *pattern.finditer(body, m.end, hi)]
        found = [r for r in found if not _played().search(body, start, r.start())]
        if found:
            r = found[0]
            return min(r.start(), m.start), max(r.end(), m.end), r.group()
    return None


def _within(ev: Evidence, other: Evidence) -> bool:
    return ev.article == other.article and ev.start < other.end and other.start < ev.end
