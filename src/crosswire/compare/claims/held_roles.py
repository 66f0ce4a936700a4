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

from crosswire.compare.align import StoryData, without_dateline
from crosswire.compare.claims.roles import _lexicon
from crosswire.compare.claims.units import MIN_WORDS
from crosswire.compare.records import ClaimItem
from crosswire.facts.records import Mention
from crosswire.model import Evidence

# Characters either side of a person's mention read for the role's words: the reach of :mod:`.roles`'s titles.
REACH = 60
_LINK = re.compile(r"https?:|www\.")
# A role shorter than this is no title (an initial or a stray letter the facts stage took for one).
MIN_ROLE_CHARS = 3


def role_items(data: StoryData, headed: set[str]) -> list[ClaimItem]:
    """Agreed items, one per named person and role that two or more sources give alike.

    Input: the story's loaded data (the facts' entities with their roles and mentions, their canonical ids,
    the bodies). Output: one :class:`ClaimItem` per (person, role) that two or more sources state, citing each
    source's first sentence (in story order) that writes the role beside a mention of the person (a quoted
    sentence too: "'It's something they can consider,' Angels general manager Tony Reagins told MLB.com").
    The item is headed, like every agreed claim, by one of its own sentences: the first (by source) that heads
    no other item (``headed``: the other agreed claims' summaries, white space collapsed), so that it is not
    merged into an item on another fact of that sentence (:func:`crosswire.compare.agreed._one_per_headline`
    would have cited a quote that only gives the role for "... confirmed an eight-year offer"); no item when
    every sentence heads one. ``shared`` is [name, role as the first source writes it]: what the item agrees
    on, the sentences may say different things besides. Score 1.0 (read, not scored). Built apart from the
    pair groups, so no other item's claim is joined to a sentence that only gives the role. English only: the
    facts stage reads roles from English word order."""
    found: dict[tuple[str, str, bool], dict[int, Evidence]] = {}
    written_as: dict[tuple[str, str, bool], tuple[str, str]] = {}
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
                stating = _first_stating(ent.mentions, role, body)
                if stating is None:
                    continue
                start, end, written = stating
                # a former holder and a holder are two facts ("former mayor" / "mayor"): keyed apart
                key = (cid, _concept(role), written.lower().startswith("former"))
                ev = Evidence(article=aid, outlet=data.outlets.get(aid), text=body[start:end], start=start, end=end)
                if source not in found.setdefault(key, {}):
                    found[key][source] = ev
                    written_as.setdefault(key, (ent.name, written))
    out = []
    for key, by_source in found.items():
        if len(by_source) < 2:
            continue
        evidence = [by_source[s] for s in sorted(by_source)]
        lead = next((ev for ev in evidence if " ".join(without_dateline(ev.text).split()) not in headed), None)
        if lead is None:
            continue
        name, written = written_as[key]
        headed.add(" ".join(without_dateline(lead.text).split()))
        out.append(
            ClaimItem(
                summary=without_dateline(lead.text),
                sources=sorted(by_source),
                evidence=evidence,
                score=1.0,
                shared=[name, written],
            )
        )
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


def _first_stating(mentions: list[Mention], role: str, body: str) -> tuple[int, int, str] | None:
    """(start, end, role as written) of the first sentence, by its mentions of the person in body order, that
    writes ``role`` (whole words, any case) within :data:`REACH` characters of a mention, inside that sentence;
    a "former" right before the role is kept ("Former mayor", "a former mayor"). The sentence's span is trimmed
    of white space; a fragment (under :data:`.units.MIN_WORDS` words) or a link is passed over. A site's name
    is not (:func:`.units.is_prose` drops "... Tony Reagins told MLB.com on Friday." as a link). None when no
    sentence does."""
    pattern = re.compile(rf"(?<![\w-])(?:(former)\s+)?{re.escape(role)}(?![\w-])", re.I)
    for m in sorted(mentions, key=lambda m: m.start):
        start, end = m.sentence_start, m.sentence_end
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if len(body[start:end].split()) < MIN_WORDS or _LINK.search(body, start, end):
            continue
        lo, hi = max(start, m.start - REACH), min(end, m.end + REACH)
        found = [*pattern.finditer(body, lo, m.start), *pattern.finditer(body, m.end, hi)]
        if found:
            return start, end, found[0].group()
    return None
