"""Read side for the web: stories with their comparison figures, filters, articles, search.

Why a module of its own: the HTML pages and the JSON API show the same data, so both read it here. When the
compare stage fails on a story, the story is shown alone.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from typing import Any

from crosswire.compare.align import StoryInput
from crosswire.compare.records import ComparedArticle, Comparison, Source
from crosswire.compare.render import prepare
from crosswire.compare.stage import fingerprint, fresh_comparison, get_comparison, story_input
from crosswire.facts.name_index import expand_query
from crosswire.model import to_dict
from crosswire.store import Store
from crosswire.stories import Story, get_story, list_stories
from crosswire.stories.read import resolve_story_id

log = logging.getLogger(__name__)

# The facts and compare stages run spaCy and write to the store; one at a time in this process.
COMPUTE_LOCK = threading.RLock()


def stored_stats(store: Store, stories: list[Story]) -> dict[str, dict[str, Any]]:
    """Each story's stored comparison ``stats`` when that comparison is current (never computes one).

    The list page shows a conflicts count for every story on it; computing comparisons there would make one
    page load run spaCy over many articles, so the list shows what is stored and the story page computes.
    """
    stored = store.comparison_stats()
    out: dict[str, dict[str, Any]] = {}
    for s in stories:
        fp, stats = stored.get(s.id, (None, None))
        if stats is None or fp != fingerprint([a.id for a in s.articles]):
            continue
        out[s.id] = stats
    return out


@dataclass(slots=True)
class StorySummary:
    """One row of the stories page and of ``GET /api/stories`` (which sends :meth:`to_dict`): a story's id,
    title and days, how many articles, its outlets and agencies, and the conflicts its stored comparison
    counts (None when it has no current comparison)."""

    id: str
    title: str | None
    first_seen: str | None
    last_seen: str | None
    articles: int
    outlets: list[str]
    agencies: list[str]
    conflicts: int | None = None
    languages: list[str] = field(default_factory=list)  # of its articles (ISO 639-1), in article order

    @property
    def outlet_count(self) -> int:
        return len(self.outlets)

    @property
    def agency_count(self) -> int:
        return len(self.agencies)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "articles": self.articles,
            "outlets": list(self.outlets),
            "agencies": list(self.agencies),
            "outlet_count": self.outlet_count,
            "agency_count": self.agency_count,
            "conflicts": self.conflicts,
            "languages": list(self.languages),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StorySummary:
        return cls(
            id=d["id"],
            title=d.get("title"),
            first_seen=d.get("first_seen"),
            last_seen=d.get("last_seen"),
            articles=int(d.get("articles", 0)),
            outlets=list(d.get("outlets", [])),
            agencies=list(d.get("agencies", [])),
            conflicts=d.get("conflicts"),
            languages=list(d.get("languages", [])),
        )


class StoryListCache:
    """The unfiltered story summaries, rebuilt only when the store changed.

    Why: listing every story reads every story's articles (about 0.5 s at 10,000 articles), and the stories
    page and API ask for it on every request. SQLite's ``PRAGMA data_version`` on one long-lived connection
    changes exactly when another connection commits, so the cache is never stale and costs one query.
    """

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.db_path = db_path
        self._lock = threading.Lock()
        self._watch: Store | None = None  # a connection of its own: data_version moves on others' commits
        self._version: int | None = None
        self._summaries: list[StorySummary] | None = None

    def _data_version(self) -> int:
        if self._watch is None:
            self._watch = Store(self.db_path, readonly=True)
        return self._watch.data_version()

    def get(self, store: Store) -> list[StorySummary]:
        with self._lock:
            version = self._data_version()
            if self._summaries is None or version != self._version:
                self._summaries = _summaries(store, list_stories(store))
                self._version = version
            return self._summaries

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()


def _summaries(store: Store, stories: list[Story]) -> list[StorySummary]:
    stats = stored_stats(store, stories)
    return [
        StorySummary(
            id=s.id,
            title=s.title,
            first_seen=s.first_seen,
            last_seen=s.last_seen,
            articles=s.size,
            outlets=s.outlets,
            agencies=s.agencies,
            conflicts=stats.get(s.id, {}).get("conflicts"),
            languages=s.languages,
        )
        for s in stories
    ]


def story_summaries(
    store: Store,
    *,
    date: str | None = None,
    outlet: str | None = None,
    entity: str | None = None,
    language: str | None = None,
    cache: StoryListCache | None = None,
) -> list[StorySummary]:
    """Stories newest first with outlet, agency and conflict counts, filtered.

    ``date`` keeps stories whose span (first to last seen) contains that day; ``outlet`` keeps stories with an
    article from that outlet (case-insensitive); ``entity`` keeps stories with an article naming it;
    ``language`` (ISO 639-1) keeps stories with an article in that language.
    """
    stories = cache.get(store) if cache is not None else _summaries(store, list_stories(store))
    if date:
        stories = [s for s in stories if (s.first_seen or "") <= date <= (s.last_seen or "")]
    if outlet:
        needle = outlet.casefold()
        stories = [s for s in stories if any(needle == (o or "").casefold() for o in s.outlets)]
    if entity:
        keep = store.stories_with_entity(entity)
        stories = [s for s in stories if s.id in keep]
    if language:
        stories = [s for s in stories if language in s.languages]
    return list(stories)


def all_languages(summaries: list[StorySummary]) -> list[str]:
    """The languages of the stories' articles, sorted (the filters' choices)."""
    return sorted({lang for s in summaries for lang in s.languages})


def all_outlets(store: Store) -> list[str]:
    """The outlets of the stored articles, sorted case-insensitively (the stories page's filter)."""
    return store.outlets()


def comparison(store: Store, story_id: str) -> dict[str, Any] | None:
    """The comparison JSON of a story, the same as ``crosswire compare --json`` prints per story
    (``docs/compare-schema.md``); None when there is no such story."""
    found = comparison_record(store, story_id)
    return found.to_dict() if found is not None else None


def comparison_record(store: Store, story_id: str) -> Comparison | None:
    """The comparison of a story with its brief (as ``crosswire compare`` reports it), or the story alone when
    its comparison cannot be computed; None when there is no such story."""
    found = _comparison(store, story_id)
    if found is None:
        return None
    try:
        return prepare(found)
    except Exception as exc:  # noqa: BLE001 - a failure in the brief must not hide the comparison
        log.warning("web: preparing the comparison of %s failed: %s", found.id, exc)
        return found


def _comparison(store: Store, story_id: str) -> Comparison | None:
    """The comparison of a story, or the story alone when computing it fails.

    A stored, current comparison is read without the lock; computing one takes :data:`COMPUTE_LOCK`.
    The fallback carries the story's articles and one source per article, every other list empty, and
    ``compare="unavailable"``.
    """
    try:
        sid = resolve_story_id(store, story_id)
        if sid is None:
            return None
        stored = fresh_comparison(store, sid)
        if stored is not None:
            return stored
    except Exception:  # noqa: BLE001 - a failed fast path falls back to computing under the lock
        pass
    try:
        with COMPUTE_LOCK:
            return get_comparison(store, story_id)
    except Exception as exc:  # noqa: BLE001 - show the story even when its comparison fails
        log.warning("web: comparison of %s failed: %s", story_id, exc)
    story = get_story(store, story_id)
    if story is None:
        return None
    return _story_alone(story_input(story))


def _story_alone(story: StoryInput) -> Comparison:
    arts = story.articles
    alone = Comparison(
        id=story.id,
        title=story.title,
        first_seen=story.first_seen,
        last_seen=story.last_seen,
        articles=[ComparedArticle.of(a, i + 1) for i, a in enumerate(arts)],
        sources=[
            Source(
                n=i + 1,
                label=a.outlet or a.id,
                outlets=[a.outlet] if a.outlet else [],
                agency=a.agency,
                articles=[a.id],
            )
            for i, a in enumerate(arts)
        ],
        compare="unavailable",
    )
    alone.stats = alone.counted()
    return alone


def article_json(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article (cleaned body, blocks, captions, removed lines, metadata), its facts and its story."""
    article = store.get_article(article_id)
    if article is None:
        return None
    data = to_dict(article)
    data["facts"] = store.get_facts(article_id)
    placed = store.placement(article_id)
    data["story"] = placed.story_id if placed else None
    data["copy_of"] = placed.copy_of if placed else None
    return data


def search(
    store: Store, query: str, limit: int = 50, *, language: str | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """FTS5 hits (in ``language`` only, when given) for the query's words, a name in it widened to the other
    spellings the stored articles write it with (:func:`crosswire.facts.name_index.expand_query`: "Tikhanovskaya"
    also finds "Тихановской"). Returns the hits, each with ``parts`` (the snippet's ``[``/``]`` match markers made
    parts a page can mark safely), and the other spellings searched."""
    groups = expand_query(query.split(), store.name_spellings)
    spellings = [p for g in groups if len(g) > 1 for p in g[1:]]
    hits = store.search(groups, limit=limit, language=language)
    for h in hits:
        h["parts"] = _snippet_parts(h.get("snippet") or "")
    return hits, spellings


def _snippet_parts(snippet: str) -> list[dict[str, Any]]:
    parts: list[dict[str, Any]] = []
    rest = snippet
    while rest:
        i = rest.find("[")
        j = rest.find("]", i + 1) if i >= 0 else -1
        if i < 0 or j < 0:
            parts.append({"text": rest, "match": False})
            break
        if i:
            parts.append({"text": rest[:i], "match": False})
        parts.append({"text": rest[i + 1 : j], "match": True})
        rest = rest[j + 1 :]
    return parts
