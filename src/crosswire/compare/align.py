"""Shared ground for the compare stage: independent sources, evidence spans and one story's loaded facts.

Independence follows wire copy: an article that syndicates another (``copy_of`` from the stories stage) belongs
to the source of the text it copies, and every article credited to the same wire agency is one source, so
forty reprints of one AP story count once. Other articles are grouped by outlet (two reports from one newsroom
are not independent either). Sources are numbered 1..n by first publication; that number is the citation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from crosswire.facts import ArticleFacts


@dataclass(slots=True)
class Source:
    n: int
    key: str
    outlets: list[str]
    agency: str | None
    articles: list[str]

    @property
    def label(self) -> str:
        parts = list(self.outlets) or ["unknown outlet"]
        if self.agency and self.agency not in parts:
            parts.append(self.agency)
        return " / ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "label": self.label,
            "outlets": self.outlets,
            "agency": self.agency,
            "articles": self.articles,
        }


@dataclass(slots=True)
class StoryData:
    """What the aligners read: articles (bodies), their facts, the source number of each article."""

    articles: list[dict[str, Any]]  # story rows: id, url, outlet, agency, title, published, copy_of
    bodies: dict[str, str]  # article id -> cleaned body (Article.body joins blocks on every call: cache it)
    facts: dict[str, ArticleFacts]
    sources: list[Source]
    source_of: dict[str, int] = field(default_factory=dict)  # article id -> source n
    canonical: dict[tuple[str, str], str] = field(default_factory=dict)  # (article, entity id) -> global id
    outlets: dict[str, str | None] = field(default_factory=dict)

    def outlet(self, article_id: str) -> str | None:
        return next((a.get("outlet") for a in self.articles if a["id"] == article_id), None)

    def with_facts(self) -> Iterator[tuple[str, ArticleFacts, str]]:
        """(article id, facts, body) of each article, in story order, that has both facts and a body."""
        for a in self.articles:
            aid = a["id"]
            facts = self.facts.get(aid)
            body = self.bodies.get(aid)
            if facts is not None and body is not None:
                yield aid, facts, body


def _pub_key(published: str | None) -> str:
    # ISO strings sort by time; undated articles last.
    return published or "\uffff"


def _root(article_id: str, copy_of: dict[str, str | None]) -> str:
    seen = set()
    while copy_of.get(article_id) and article_id not in seen:
        seen.add(article_id)
        article_id = copy_of[article_id]  # type: ignore[assignment]
    return article_id


def build_sources(articles: Sequence[dict[str, Any]]) -> tuple[list[Source], dict[str, int]]:
    """Collapse syndicated copies and same-agency copies into independent sources, numbered by first publication."""
    copy_of = {a["id"]: a.get("copy_of") for a in articles}
    by_id = {a["id"]: a for a in articles}
    groups: dict[str, list[dict[str, Any]]] = {}
    for a in articles:
        root = by_id.get(_root(a["id"], copy_of), a)
        agency = root.get("agency") or a.get("agency")
        if agency:
            key = "agency:" + agency.strip().upper()
        elif root.get("outlet"):
            key = "outlet:" + root["outlet"].strip().lower()
        else:
            key = "article:" + root["id"]
        groups.setdefault(key, []).append(a)
    ordered = sorted(groups.items(), key=lambda kv: (min(_pub_key(a.get("published")) for a in kv[1]), kv[0]))
    sources: list[Source] = []
    source_of: dict[str, int] = {}
    for n, (key, members) in enumerate(ordered, start=1):
        members = sorted(members, key=lambda a: _pub_key(a.get("published")))
        outlets: list[str] = []
        for a in members:
            if a.get("outlet") and a["outlet"] not in outlets:
                outlets.append(a["outlet"])
        agency = next((a.get("agency") for a in members if a.get("agency")), None)
        sources.append(Source(n, key, outlets, agency, [a["id"] for a in members]))
        for a in members:
            source_of[a["id"]] = n
    return sources, source_of


def evidence(data: StoryData, article_id: str, start: int, end: int) -> dict[str, Any] | None:
    """An Ev for ``body[start:end]`` with surrounding whitespace trimmed (so the text stays verbatim)."""
    body = data.bodies.get(article_id)
    if body is None or start is None or end is None:
        return None
    start, end = max(0, start), min(len(body), end)
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return {
        "article": article_id,
        "outlet": data.outlets.get(article_id),
        "text": body[start:end],
        "start": start,
        "end": end,
    }


def sentence(data: StoryData, article_id: str, item: Any) -> str:
    return data.bodies[article_id][item.sentence_start : item.sentence_end].strip()


def uniq_evidence(evs: Iterable[dict[str, Any] | None]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for ev in evs:
        if ev is None:
            continue
        key = (ev["article"], ev["start"], ev["end"])
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def cite(sources: Iterable[int]) -> str:
    return "".join(f"[{n}]" for n in sorted(set(sources)))
