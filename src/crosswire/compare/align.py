"""Shared ground for the compare stage: the story it reads, independent sources, evidence spans, citations.

Independence follows wire copy: an article that syndicates another (``copy_of`` from the stories stage) belongs
to the source of the text it copies, and every article credited to the same wire agency is one source, so
forty reprints of one AP story count once. Other articles are grouped by outlet (two reports from one newsroom
are not independent either), and the two groupings join: an outlet's article that credits an agency and its own
article that does not are one source, not two (:func:`build_sources`). Sources are numbered 1..n by first
publication; that number is the citation ``[n]`` (:func:`cite`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from crosswire.compare.records import Source
from crosswire.compare.source_names import same_agency
from crosswire.facts import ArticleFacts
from crosswire.model import Evidence
from crosswire.stories.records import StoryArticle
from crosswire.vocab.calendar import published_order

ArticleRow = StoryArticle
"""One article of the story to compare: the stories stage's own record (id, url, outlet, agency, title,
published, copy_of)."""


@dataclass(slots=True, kw_only=True)
class StoryInput:
    """The story a comparison is of: its id and headline data (None for an ad hoc set) and its articles."""

    id: str | None = None
    title: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    articles: list[ArticleRow] = field(default_factory=list)


@dataclass(slots=True)
class StoryData:
    """What the aligners read: articles (bodies), their facts, the source number of each article."""

    articles: list[ArticleRow]  # in story order
    bodies: dict[str, str]  # article id -> cleaned body (Article.body joins blocks on every call: cache it)
    facts: dict[str, ArticleFacts]
    sources: list[Source]
    source_of: dict[str, int] = field(default_factory=dict)  # article id -> source n
    canonical: dict[tuple[str, str], str] = field(default_factory=dict)  # (article, entity id) -> global id
    outlets: dict[str, str | None] = field(default_factory=dict)

    def with_facts(self) -> Iterator[tuple[str, ArticleFacts, str]]:
        """(article id, facts, body) of each article, in story order, that has both facts and a body."""
        for a in self.articles:
            facts = self.facts.get(a.id)
            body = self.bodies.get(a.id)
            if facts is not None and body is not None:
                yield a.id, facts, body


class Sentenced(Protocol):
    """Any facts item: it knows the sentence it was found in (character offsets into the cleaned body)."""

    @property
    def sentence_start(self) -> int: ...

    @property
    def sentence_end(self) -> int: ...


def _pub_key(published: str | None) -> tuple[int, int, int, float]:
    # By day, then same-day articles by their time (an ISO string's order is not time order across zones,
    # nor between a day and its times); undated articles last.
    return published_order(published)


def _root(article_id: str, copy_of: dict[str, str | None]) -> str:
    seen = set()
    while (nxt := copy_of.get(article_id)) and article_id not in seen:
        seen.add(article_id)
        article_id = nxt
    return article_id


# The longest headline shown in place of an unknown outlet's name (characters).
TITLE_LABEL_CHARS = 60


def _label(outlets: list[str], agency: str | None, title: str | None = None, name: str | None = None) -> str:
    """The source's name: its outlets (and agency); with no outlet known, ``name``, the name its file or address
    gives (:func:`~crosswire.compare.source_names.readable_name`: "northwire-kessingen.txt", "kyivpost.com"; None
    when only the article's id would name it); with no such name, its article's headline in quotation marks, so
    that brief lines tell two sources apart (where every source of plain-text files without an outlet line had
    read "unknown outlet"). A headline is never preferred to a file's or an address's name: a new user read an
    Italian source named by its own headline, as though the headline were the outlet. An agency printed under
    two spellings is named once (:func:`~crosswire.compare.source_names.same_agency`: not "NorthWire News Agency /
    The Valdoria Courier / NorthWire")."""
    headline = " ".join((title or "").split())
    if len(headline) > TITLE_LABEL_CHARS:
        headline = headline[: TITLE_LABEL_CHARS - 1].rstrip() + "\u2026"
    named = list(outlets)
    parts = named or ([name] if name else [f"\u201c{headline}\u201d"] if headline else ["unknown outlet"])
    if (
        agency
        and agency not in parts
        and not any(_initials(o) == agency.upper() for o in named)
        and not any(same_agency(o, agency) for o in named)
    ):
        parts.append(agency)  # "BWS" is not named again beside its own "Balkan Wire Service"
    return " / ".join(parts)


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Balkan Wire Service" -> "BWS"), how an agency's
    abbreviation is made."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()).upper()


def source_keys(root: ArticleRow, copies: Sequence[ArticleRow]) -> list[str]:
    """The keys a wire text and its copies are one source under: the agency any of them credits
    (``agency:NAME``), the wire's outlet (``outlet:name``), and with neither the wire itself (``article:id``). A
    copy always shares its wire's keys, so a re-run that credits an agency the original page does not name (or the
    reverse) is one source with it, not two. A copy's own outlet is no key: the site that re-ran a wire's text
    did not report it (The Harbour Courier's copy of Continental Wire is the wire's)."""
    keys: list[str] = []
    agency = root.agency or next((a.agency for a in copies if a.agency), None)
    if agency:
        keys.append("agency:" + agency.strip().upper())
    if root.outlet:
        keys.append("outlet:" + root.outlet.strip().lower())
    return keys or ["article:" + root.id]


def _joined_groups(keyed: list[tuple[list[str], list[ArticleRow]]]) -> dict[str, list[ArticleRow]]:
    """The texts that share any key, as one group each, under its first text's first key: an outlet's own two
    articles are one source though only one credits an agency (Eurostream Radio's Spanish page crediting
    "(Eurostream)", its French page nothing), and an agency's copy run by two outlets is one source. The join is
    transitive (two outlets that both ran one agency's copy are one source with it, their own articles too: a
    partition into sources cannot keep an article in two), and keeps the texts in their input order."""
    parent = list(range(len(keyed)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, (keys, _rows) in enumerate(keyed):
        for key in keys:
            if key in owner:
                a, b = find(owner[key]), find(i)
                parent[max(a, b)] = min(a, b)
            else:
                owner[key] = i
    groups: dict[str, list[ArticleRow]] = {}
    for i, (_keys, rows) in enumerate(keyed):
        root = find(i)
        groups.setdefault(keyed[root][0][0], []).extend(rows)
    return groups


def build_sources(
    articles: Sequence[ArticleRow], names: Mapping[str, str | None] | None = None
) -> tuple[list[Source], dict[str, int]]:
    """Collapse syndicated copies and same-agency copies into independent sources, numbered by first
    publication; also returns article id -> source number. Texts that share an agency or a wire's outlet are one
    source (:func:`_joined_groups`). ``names`` (article id -> the name its outlet, file
    or address gives, as :func:`~crosswire.compare.source_names.readable_name` makes it) labels a source that
    names no outlet, before its headline (:func:`_label`)."""
    copy_of = {a.id: a.copy_of for a in articles}
    by_id = {a.id: a for a in articles}
    by_root: dict[str, list[ArticleRow]] = {}
    for a in articles:
        by_root.setdefault(_root(a.id, copy_of), []).append(a)
    keyed = [(source_keys(by_id.get(root_id, copies[0]), copies), copies) for root_id, copies in by_root.items()]
    groups = _joined_groups(keyed)
    ordered = sorted(groups.items(), key=lambda kv: (min(_pub_key(a.published) for a in kv[1]), kv[0]))
    sources: list[Source] = []
    source_of: dict[str, int] = {}
    for n, (_key, group) in enumerate(ordered, start=1):
        members = sorted(group, key=lambda a: _pub_key(a.published))
        outlets = list(dict.fromkeys(a.outlet for a in members if a.outlet))
        agency = next((a.agency for a in members if a.agency), None)
        ids = [a.id for a in members]
        title = next((a.title for a in members if a.title), None)
        name = next((names[a.id] for a in members if names and names.get(a.id) not in (None, "", a.id)), None)
        label = _label(outlets, agency, title, name)
        sources.append(Source(n=n, label=label, outlets=outlets, agency=agency, articles=ids))
        for a in members:
            source_of[a.id] = n
    return sources, source_of


def evidence(data: StoryData, article_id: str, start: int, end: int) -> Evidence | None:
    """The evidence for ``body[start:end]`` with surrounding whitespace trimmed (so the text stays verbatim);
    None when the article has no body or the span holds only whitespace."""
    body = data.bodies.get(article_id)
    if body is None:
        return None
    start, end = max(0, start), min(len(body), end)
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    start = past_dateline(body, start, end)
    return Evidence(article=article_id, outlet=data.outlets.get(article_id), text=body[start:end], start=start, end=end)


# The shortest text left after a dateline for the span to skip it: a sentence, not a stray word the dateline
# reading misplaced (characters).
AFTER_DATELINE_MIN_CHARS = 20


def past_dateline(body: str, start: int, end: int) -> int:
    """Where the evidence span ``body[start:end]`` starts once the wire dateline opening its paragraph is left
    out ("ANDENES, Norway, Nov 24 (NorthWire) - A rocket exploded ..." -> the offset of "A rocket ..."):
    ``start`` itself when the span does not open a paragraph (offset 0 or after a line break), opens with no
    dateline, or would keep fewer than :data:`AFTER_DATELINE_MIN_CHARS` characters.

    One rule for datelines: the cleaned body keeps the dateline (the cleaner reads the place and the agency
    from it, and every offset stays exact), and the evidence a user is shown starts after it: the dateline is
    the article's metadata, not what its sentence says. The dateline is read as the cleaner reads it
    (:func:`crosswire.clean.metadata.dateline_end`). Input: the cleaned body and a span in it (characters);
    output: the span's new start, ``start <= result < end``."""
    if start > 0 and body[start - 1] != "\n":
        return start
    skip = _dateline_end(body[start:end])
    if skip <= 0 or end - (start + skip) < AFTER_DATELINE_MIN_CHARS:
        return start
    return start + skip


@lru_cache(maxsize=1 << 14)
def _dateline_end(paragraph: str) -> int:
    """:func:`crosswire.clean.metadata.dateline_end`, cached by the span's text: a comparison builds the
    evidence of one sentence for every item, pair and check that cites it."""
    from crosswire.clean.metadata import dateline_end

    return dateline_end(paragraph)


def sentence(data: StoryData, article_id: str, item: Sentenced) -> str:
    """The sentence a facts item was found in, stripped."""
    return data.bodies[article_id][item.sentence_start : item.sentence_end].strip()


def uniq_evidence(evs: Iterable[Evidence | None]) -> list[Evidence]:
    """Evidence without Nones and without repeats of one span, in first-seen order."""
    out, seen = [], set()
    for ev in evs:
        if ev is None:
            continue
        key = (ev.article, ev.start, ev.end)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


# A wire dateline opening a sentence: "ZAROVSK, Karovia, June 10 (MPA) - ", "MOSCOW (AP) — ", "BRASTOV (Dorvania), 22
# nov. — ", "KATOWA, 19
# listopada 2026 r. — ", "MOSCOW -- ": a city in capitals, an optional place and date, an optional agency, a dash.
_DATELINE = re.compile(
    r"^[A-Z\u0400-\u042f][A-Z\u0400-\u042f .'-]{2,}(?:\s*\([^()\n]{1,30}\))?(?:,[^\n]{0,60}?)?(?:\s*\([^()\n]{1,20}\))?"
    r"\s+(?:--|-|\u2014|\u2013)\s+"
    r"(?=[^\W\d_\s]|[\"\u201c\u201e\u00ab])"
)


def without_dateline(text: str) -> str:
    """``text`` without the wire dateline it opens with (:data:`_DATELINE`): a dateline is no part of the
    sentence, and reads oddly heading an item or a brief line. Offsets are not kept: for display only."""
    match = _DATELINE.match(text)
    return text[match.end() :] if match else text


def cite(sources: Iterable[int]) -> str:
    """``[1][3]`` for sources 1 and 3 (sorted, each once): the citation form of summaries, the brief and reports."""
    return "".join(f"[{n}]" for n in sorted(set(sources)))
