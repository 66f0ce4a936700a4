"""Records of the stories stage: a story with its articles and wire-copy groups, and what a stage run did.

They are what :func:`crosswire.stories.list_stories` and :func:`~crosswire.stories.get_story` return and what
the CLI, the web and the compare stage read. Each serialises once, at the edge, with ``to_dict`` (the JSON of
``crosswire stories --json``, ``crosswire show --json`` and the API), and ``from_dict`` reads that JSON back.
Days (``first_seen``, ``last_seen``) are ISO dates; ``published`` is the ISO date or datetime the article gave.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crosswire.model import StageResult


def _uniq(values: list[str | None]) -> list[str]:
    """Distinct non-empty values in first-seen order."""
    return [v for v in dict.fromkeys(values) if v]


@dataclass(slots=True)
class StoryArticle:
    """One article of a story, with the metadata listings show."""

    id: str
    url: str | None = None
    outlet: str | None = None
    agency: str | None = None
    title: str | None = None
    published: str | None = None
    copy_of: str | None = None  # the wire article this one syndicates, when it is a copy
    language: str | None = None  # ISO 639-1, as the cleaner identified it

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "agency": self.agency,
            "title": self.title,
            "published": self.published,
            "copy_of": self.copy_of,
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StoryArticle:
        return cls(
            id=d["id"],
            url=d.get("url"),
            outlet=d.get("outlet"),
            agency=d.get("agency"),
            title=d.get("title"),
            published=d.get("published"),
            copy_of=d.get("copy_of"),
            language=d.get("language"),
        )


@dataclass(slots=True)
class CopyChange:
    """What one syndicated copy changed against its wire text: body blocks (paragraphs and subheadings) added
    and removed (an edited paragraph is one removed and one added), and its own headline when it differs."""

    article: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "added": list(self.added), "removed": list(self.removed), "title": self.title}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CopyChange:
        return cls(
            article=d["article"],
            added=list(d.get("added", [])),
            removed=list(d.get("removed", [])),
            title=d.get("title"),
        )


@dataclass(slots=True)
class CopyGroup:
    """A wire text and its syndicated copies within a story.

    ``articles`` lists the wire first (the group's earliest-published copy, :mod:`crosswire.stories.wire`), then
    its copies in ingest order; ``outlets`` the outlets that ran it, the wire's first. ``changes`` has one entry
    per copy when the group was read with :func:`crosswire.stories.get_story`, and is None in listings (it needs
    every copy's body); it is left out of :meth:`to_dict` then.
    """

    wire: str
    outlets: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    changes: list[CopyChange] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"wire": self.wire, "outlets": list(self.outlets), "articles": list(self.articles)}
        if self.changes is not None:
            d["changes"] = [c.to_dict() for c in self.changes]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CopyGroup:
        changes = d.get("changes")
        return cls(
            wire=d["wire"],
            outlets=list(d.get("outlets", [])),
            articles=list(d.get("articles", [])),
            changes=None if changes is None else [CopyChange.from_dict(c) for c in changes],
        )


@dataclass(slots=True)
class Story:
    """Same-event articles grouped: the story's id and central title, its first and last day, its articles in
    ingest order and its wire-copy groups. ``size``, ``outlets`` and ``agencies`` follow from the articles."""

    id: str
    title: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    articles: list[StoryArticle] = field(default_factory=list)
    copies: list[CopyGroup] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.articles)

    @property
    def outlets(self) -> list[str]:
        """Distinct outlets in article order."""
        return _uniq([a.outlet for a in self.articles])

    @property
    def agencies(self) -> list[str]:
        """Distinct wire agencies in article order."""
        return _uniq([a.agency for a in self.articles])

    @property
    def languages(self) -> list[str]:
        """Distinct article languages (ISO 639-1) in article order."""
        return _uniq([a.language for a in self.articles])

    @property
    def copy_count(self) -> int:
        """How many of the articles are syndicated copies of another."""
        return sum(len(c.articles) - 1 for c in self.copies)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "size": self.size,
            "outlets": self.outlets,
            "agencies": self.agencies,
            "languages": self.languages,
            "articles": [a.to_dict() for a in self.articles],
            "copies": [c.to_dict() for c in self.copies],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Story:
        """Rebuild from :meth:`to_dict` output; the derived keys (``size``, ``outlets``, ``agencies``,
        ``languages``) are recomputed from the articles."""
        return cls(
            id=d["id"],
            title=d.get("title"),
            first_seen=d.get("first_seen"),
            last_seen=d.get("last_seen"),
            articles=[StoryArticle.from_dict(a) for a in d.get("articles", [])],
            copies=[CopyGroup.from_dict(c) for c in d.get("copies", [])],
        )


@dataclass(slots=True)
class StoriesUpdate:
    """What one :func:`crosswire.stories.place_articles` call did, in articles (stories for ``new_stories``)."""

    new_stories: int = 0  # articles that started a story
    joined: int = 0  # articles that joined a story by clustering
    copies: int = 0  # articles placed as syndicated copies of a stored wire text
    merges: int = 0  # stories folded into another because an article bridged them
    skipped: int = 0  # already in a story
    missing: list[str] = field(default_factory=list)  # ids not in the store

    @property
    def placed(self) -> int:
        """Articles put into a story by this call."""
        return self.new_stories + self.joined + self.copies

    def stage_result(self) -> StageResult:
        """The stage-list form (:mod:`crosswire.stages`): ``written`` is :attr:`placed`, with every count."""
        counts = {
            "new_stories": self.new_stories,
            "joined": self.joined,
            "copies": self.copies,
            "merges": self.merges,
            "skipped": self.skipped,
            "missing": len(self.missing),
        }
        return StageResult(stage="stories", written=self.placed, counts=counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "new_stories": self.new_stories,
            "joined": self.joined,
            "copies": self.copies,
            "merges": self.merges,
            "skipped": self.skipped,
            "missing": list(self.missing),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StoriesUpdate:
        return cls(
            new_stories=int(d.get("new_stories", 0)),
            joined=int(d.get("joined", 0)),
            copies=int(d.get("copies", 0)),
            merges=int(d.get("merges", 0)),
            skipped=int(d.get("skipped", 0)),
            missing=list(d.get("missing", [])),
        )


@dataclass(slots=True)
class ReclusterReport:
    """A rebuild of every story from scratch compared with what was stored before it."""

    articles: int
    stories_before: int
    stories_after: int
    equal: bool  # same partition into stories and the same copy links
    moved: list[str]  # articles whose story (as a set of articles) or wire copy changed, at most 100
    moved_count: int
    update: StoriesUpdate
    comparisons_kept: int = 0  # stored comparisons whose story id survived the rebuild

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "stories_before": self.stories_before,
            "stories_after": self.stories_after,
            "equal": self.equal,
            "moved": list(self.moved),
            "moved_count": self.moved_count,
            "update": self.update.to_dict(),
            "comparisons_kept": self.comparisons_kept,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ReclusterReport:
        return cls(
            articles=int(d["articles"]),
            stories_before=int(d["stories_before"]),
            stories_after=int(d["stories_after"]),
            equal=bool(d["equal"]),
            moved=list(d["moved"]),
            moved_count=int(d["moved_count"]),
            update=StoriesUpdate.from_dict(d["update"]),
            comparisons_kept=int(d.get("comparisons_kept", 0)),
        )
