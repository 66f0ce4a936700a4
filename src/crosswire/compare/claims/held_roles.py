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
from crosswire.facts.records import ArticleFacts, Entity, Mention
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
    is the person's name and the role as the first source writes them ("Tony Reagins: general manager"). For a
    person the facts stage reads no role for in any source, the titles written beside the name are compared
    instead (:func:`_written_titles`: "Rahman, a former heavyweight champion" / "former 2-Time Heavyweight
    Champion, Hasim Rahman"). None for a person a "different role" conflict cites, nor for a role whose words
    open the name of a work or body the story names (the part "Doctor" of the show "Doctor Who" is no title).
    English only: the facts stage reads roles from English word order."""
    english = [(aid, facts, body) for aid, facts, body in data.with_facts() if (facts.language or "en") == "en"]
    # a role whose words open the name of a show or a film the story names is a character's part ("Doctor" of
    # the show "Doctor Who": "Out-going Doctor Matt Smith"), not a title held
    parts = _parts_played(english)
    roles_of: dict[str, list[str]] = {}
    found: dict[tuple[str, str, bool], dict[int, tuple[Evidence, str, str]]] = {}
    for aid, facts, body in english:
        source = data.source_of[aid]
        people = [e for e in facts.entities if e.type == "person"]
        for ent in people:
            cid = data.canonical.get((aid, ent.id))
            if not cid:
                continue
            roles_of.setdefault(cid, []).extend(ent.roles)
            others = [(m.start, m.end) for e in people if e is not ent for m in e.mentions]
            for role in dict.fromkeys(_key(r) for r in ent.roles):
                if len(role) < MIN_ROLE_CHARS or role in parts:
                    continue
                stating = _first_stating(ent, role, body, others)
                if stating is None:
                    continue
                start, end, written = stating
                # a former holder and a holder are two facts ("former mayor" / "mayor"): keyed apart
                key = (cid, _concept(role), written.lower().startswith("former"))
                ev = Evidence(article=aid, outlet=data.outlets.get(aid), text=body[start:end], start=start, end=end)
                found.setdefault(key, {}).setdefault(source, (ev, ent.name, written))
    groups = [(by_source, by_source[min(by_source)][2]) for by_source in found.values()]
    # a person the facts stage gives no role in any source: the titles the sentences write beside the name
    groups += _written_titles(data, english, {cid for cid, roles in roles_of.items() if not roles})
    roles_disputed = [c for c in conflicts if getattr(c, "reason", "") == "different role"]
    disputed = [ev for c in roles_disputed for side in c.sides for ev in side.evidence]
    out = []
    for by_source, written in groups:
        name = by_source[min(by_source)][1]
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


# A title the sentence writes beside a name, for a person the facts stage reads no role for: an apposition after
# the name, opened by an article or "former" ("Rahman, a former heavyweight champion who ..."), up to a comma, a
# full stop or a relative or preposition word, or the run of capitalised words right before it ("former 2-Time
# Heavyweight Champion, Hasim Rahman"), with a "former" before either kept.
_AFTER = re.compile(
    r",\s+(?:(?:a|an|the)\s+|(?=former\s))((?:former\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)"
    r"(?=\s*[,.;:]|\s+(?:who|whose|that|which|and|of|for|with|from|at|in|on|to|since|after|before)\b)"
)
_BEFORE = re.compile(r"((?:former\s+)?(?:[A-Z0-9][\w'’.-]*\s+)*[A-Z][\w'’-]*),?\s+$")
# Words that lead a capitalised run without being part of the title ("In New York Governor ...").
_LEADING = frozenset({"in", "on", "at", "by", "the", "a", "an", "and", "with", "for", "from", "as", "to", "of"})
# A written title of fewer words than this (besides "former") is no title read here: one word alone ("American",
# "father") is the facts stage's to read as a role, or no role.
MIN_TITLE_WORDS = 2


def _title_words(phrase: str) -> list[str]:
    """The words of a written title, lower case, without "former" and numbers ("2-Time" is how often, not what)."""
    return [w for w in re.findall(r"[\w'’-]+", phrase.lower()) if w != "former" and not any(c.isdigit() for c in w)]


def _written_titles(
    data: StoryData, english: list[tuple[str, ArticleFacts, str]], people: set[str]
) -> list[tuple[dict[int, tuple[Evidence, str, str]], str]]:
    """Agreements on a title the sentences write beside the name of a person of ``people`` (canonical ids the
    facts stage gives no role): per person, the title whose words every other source's title holds (same last
    word, the same "former"), when two or more sources write such a title ("a former heavyweight champion" /
    "former 2-Time Heavyweight Champion": the first's words are all in the second). Output: ({source: (span
    from the title to the name or the name to the title, the person's name, the title as written)}, the title
    the item states: the one of fewest words)."""
    read: dict[str, dict[int, list[tuple[Evidence, str, str]]]] = {}
    for aid, facts, body in english:
        source = data.source_of[aid]
        for ent in facts.entities:
            cid = data.canonical.get((aid, ent.id))
            if ent.type != "person" or cid not in people:
                continue
            for m in sorted((m for m in ent.mentions if m.kind in NAMED), key=lambda m: m.start):
                if not names_person(m.text, ent.name) or _LINK.search(body, m.sentence_start, m.sentence_end):
                    continue
                for start, end, title in _titles_beside(body, m):
                    ev = Evidence(article=aid, outlet=data.outlets.get(aid), text=body[start:end], start=start, end=end)
                    read.setdefault(cid, {}).setdefault(source, []).append((ev, ent.name, title))
    out = []
    for by_source in read.values():
        if len(by_source) < 2:
            continue
        for core in sorted({t for found in by_source.values() for _, _, t in found}, key=lambda t: len(t.split())):
            words = set(_title_words(core))
            former = core.lower().startswith("former")
            holding = {
                s: next(x for x in found if _holds(x[2], words, core, former))
                for s, found in by_source.items()
                if any(_holds(x[2], words, core, former) for x in found)
            }
            if len(holding) >= 2:
                out.append((holding, core))
                break
    return out


def _holds(title: str, words: set[str], core: str, former: bool) -> bool:
    """Whether a written ``title`` states the ``core`` title: all its words, the same last word, the same former."""
    own = _title_words(title)
    return (
        bool(own)
        and own[-1] == _title_words(core)[-1]
        and words <= set(own)
        and title.lower().startswith("former") == former
    )


def _titles_beside(body: str, m: Mention) -> list[tuple[int, int, str]]:
    """(start, end, title) of the titles written right after the mention ``m`` (an apposition) and right before
    it (a capitalised run; set off by a comma only when "former" opens it), inside its sentence: the span runs
    from the title to the name or the name to the title. A title of under :data:`MIN_TITLE_WORDS` words or a
    role played (:func:`_played`) is none."""
    out = []
    after = _AFTER.match(body, m.end, m.sentence_end)
    if after:
        out.append((m.start, after.end(1), after.group(1)))
    before = _BEFORE.search(body, max(m.sentence_start, m.start - REACH), m.start)
    if before:
        words = before.group(1).split()
        while words and words[0].lower() in _LEADING:
            words = words[1:]
        # set off by a comma, a capitalised run is as often another name ("MV Gibe, INS Mysore") unless
        # "former" opens it ("former 2-Time Heavyweight Champion, Hasim Rahman")
        parted = body[before.end(1) : m.start].strip() == ","
        if words and not (parted and words[0].lower() != "former"):
            title = " ".join(words)
            out.append((before.start(1) + before.group(1).index(title), m.end, title))
    return [
        (start, end, title)
        for start, end, title in out
        if len(_title_words(title)) >= MIN_TITLE_WORDS and not _played().search(body, m.sentence_start, start)
    ]


def names_person(text: str, name: str) -> bool:
    """Whether ``text`` writes a word of the person's ``name`` (a whole word, as capitalised: "Trump" in
    "President Trump said" for "Donald Trump"; an initial is no word of it)."""
    words = {w for w in _WORD.findall(name) if len(w.strip(".")) > 1}
    return any(w in words for w in _WORD.findall(text))


def states_role(item: RoleItem) -> bool:
    """The structural check of a role item (``tests/test_compare_faithful.py``): every evidence span names the
    person (:func:`names_person`) and writes, as whole words, the item's role or a phrase of the same concept of
    ``data/roles.toml`` (:func:`same_role`), with "former" before it exactly when the item's role has it, or
    (a title written beside the name, :func:`_written_titles`) every word of the title (:func:`_title_in`)."""
    key = _key(item.role)
    phrases, _deputy, _former = _lexicon("en")
    alike = {key, *(p for p, _ in phrases if same_role(p, key))}
    # an item across languages (:mod:`.across_roles`): the concept's phrases of every language, the name folded
    # to Latin letters ("premier Ilony Brasko", "Илоны Браско" for "Ilona Brasko")
    concept = _concept(key)
    if not concept.startswith("role:"):  # a role written in another language ("président")
        concept = next((f"role:{c}" for ph, c in _lexicon("*")[0] if ph == key), concept)
    if concept.startswith("role:"):
        alike |= {p for p, c in _lexicon("*")[0] if f"role:{c}" == concept}
    former = r"former\s+" if item.role.lower().startswith("former") else r"(?<!former )"
    written = re.compile(rf"(?<![\w-]){former}(?:{'|'.join(map(re.escape, alike))})(?![\w-])", re.I)
    return all(
        (names_person(ev.text, item.person) or _folded_name(ev.text, item.person))
        and (written.search(ev.text) or _title_in(ev.text, item.role))
        for ev in item.evidence
    )


def _folded_name(text: str, name: str) -> bool:
    """Whether ``text`` writes a word of ``name`` once both are folded to Latin letters (anyascii), lower case."""
    from anyascii import anyascii

    def fold(t: str) -> set[str]:
        return {anyascii(w).lower() for w in _WORD.findall(t) if len(w.strip(".")) > 1}

    return bool(fold(text) & fold(name))


def _title_in(text: str, title: str) -> bool:
    """Whether ``text`` writes every word of a written ``title`` (:func:`_written_titles`: "former 2-Time
    Heavyweight Champion" holds "former heavyweight champion"), "former" exactly when the title has it."""
    words = set(re.findall(r"[\w'’-]+", text.lower()))
    return set(_title_words(title)) <= words and ("former" in words) == title.lower().startswith("former")


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


def _first_stating(
    ent: Entity, role: str, body: str, others: Sequence[tuple[int, int]] = ()
) -> tuple[int, int, str] | None:
    """(start, end, role as written) of the words giving ``role`` to the person in the first sentence, by the
    person's named mentions in body order, that writes the role (whole words, any case) within :data:`REACH`
    characters of a mention, inside that sentence: the span from the role to the mention, or the mention to the
    role. A "former" right before the role is kept ("Former mayor", "a former mayor"). A fragment (a sentence
    under :data:`.units.MIN_WORDS` words), a link and a role played (:func:`_played` before it in the sentence)
    are passed over, and so is a role with another person's mention between it and the name ("General manager
    Ed Stefanski announced Tony DiLeo": the title is Stefanski's) or a deputy word before it ("assistant general
    manager Tony DiLeo" is no general manager). ``others``: (start, end) of the other people's mentions in the
    body. None when no sentence gives the role."""
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
        found = [
            r
            for r in found
            if not _played().search(body, start, r.start())
            and not _deputy_before(body, r.start(), start)
            and not any(min(r.end(), m.end) <= lo2 and hi2 <= max(r.start(), m.start) for lo2, hi2 in others)
        ]
        if found:
            r = found[0]
            return min(r.start(), m.start), max(r.end(), m.end), r.group()
    return None


def _parts_played(english: Sequence[tuple[str, ArticleFacts, str]]) -> set[str]:
    """The capitalised words (lower case) that some article of the story writes right before another capitalised
    word that starts no mention of a person: the opening of a name ("Doctor Who", "Captain Tomorrow"), so a role
    written so is a part of a show or film, not a title ("President Obama": a person's name follows)."""
    out: set[str] = set()
    for _aid, facts, body in english:
        people = {m.start for e in facts.entities if e.type == "person" for m in e.mentions}
        for m in _NAME_OPENING.finditer(body):
            if m.start(2) not in people:
                out.add(m.group(1).lower())
    return out


_NAME_OPENING = re.compile(r"(?<![\w.-])([A-Z][a-z]+) ([A-Z][a-z]+)(?![\w'’-])")


def _deputy_before(body: str, at: int, sentence_start: int) -> bool:
    """Whether the word right before ``at`` is a deputy word of ``data/roles.toml`` ("assistant", "vice",
    "deputy"), or "vice-" is written onto the role: another post than the role's."""
    _phrases, deputy, _former = _lexicon("en")
    before = body[sentence_start:at]
    words = before.split()
    return bool(words) and (words[-1].lower() in deputy or before.lower().endswith(("vice-", "vice ")))


def _within(ev: Evidence, other: Evidence) -> bool:
    return ev.article == other.article and ev.start < other.end and other.start < ev.end
