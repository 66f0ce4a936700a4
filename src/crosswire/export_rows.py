"""What ``crosswire export`` writes for stories, comparisons and facts: one JSON record per story, comparison or
article's facts (JSON Lines), and flat rows of fixed columns (CSV, Parquet).

Every function here streams: it reads the store through its iterating methods
(:meth:`~crosswire.store.Store.iter_stories`, :meth:`~crosswire.store.Store.iter_comparisons`,
:meth:`~crosswire.store.Store.iter_facts`) and yields one record or row at a time, so an export of a large store
holds one story's comparison in memory, never the store's.

Shapes:

* a story record: ``{id, title, first_seen, last_seen, articles: [{id, url, outlet, agency, title, published,
  copy_of, language}], stats}`` (``stats`` is the stored comparison's counts, null when none is stored); as a
  row (:data:`STORY_COLUMNS`), the counts and the outlets in place of the article list;
* a comparison record: the stored comparison as ``crosswire compare --json`` prints it (``docs/compare-schema.md``);
  as rows (:data:`COMPARISON_COLUMNS`), one per item a reader checks -- ``section`` is ``agreed``,
  ``conflicts``, ``single_source``, ``quotes`` (who said what) or ``timeline`` -- with its summary, cited
  sources and evidence (the sentences as text, and as JSON with each one's article and character span);
* a facts record: the stored facts of one article (``crosswire facts --json``) plus its ``version``; as rows
  (:data:`FACT_COLUMNS`), one per entity, quote, figure, date and event, with its span (character offsets
  into the article's cleaned body) and the rest of its fields as JSON in ``detail``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from crosswire.compare.records import Comparison, Source
from crosswire.model import Evidence
from crosswire.store import Store
from crosswire.store.stories import StoryMember, StoryRow

Column = tuple[str, type]  # a flat column: its name and its Python type (str, int or bool)

STORY_COLUMNS: list[Column] = [
    ("id", str), ("title", str), ("first_seen", str), ("last_seen", str), ("articles", int), ("outlets", str),
    ("sources", int), ("agreed", int), ("conflicts", int), ("single_source", int), ("compared", bool),
]  # fmt: skip
COMPARISON_COLUMNS: list[Column] = [
    ("story_id", str), ("story_title", str), ("section", str), ("kind", str), ("summary", str), ("reason", str),
    ("sources", str), ("source_names", str), ("evidence_text", str), ("evidence", str),
]  # fmt: skip
FACT_COLUMNS: list[Column] = [
    ("article_id", str), ("kind", str), ("text", str), ("start", int), ("end", int),
    ("sentence_start", int), ("sentence_end", int), ("detail", str),
]  # fmt: skip
FACT_LISTS = {"entities": "entity", "quotes": "quote", "figures": "figure", "dates": "date", "events": "event"}
_SPAN_KEYS = {"text", "start", "end", "sentence_start", "sentence_end"}


# -- stories ------------------------------------------------------------------------------------------------
def _member(m: StoryMember) -> dict[str, Any]:
    return {
        "id": m.id,
        "url": m.url,
        "outlet": m.outlet,
        "agency": m.agency,
        "title": m.title,
        "published": m.published,
        "copy_of": m.copy_of,
        "language": m.language,
    }


def story_records(store: Store) -> Iterator[dict[str, Any]]:
    """One record per story, in creation order (shape in the module docstring)."""
    stats = store.comparison_stats()
    for story, members in store.iter_stories():
        yield {
            "id": story.id,
            "title": story.title,
            "first_seen": story.first_seen,
            "last_seen": story.last_seen,
            "articles": [_member(m) for m in members],
            "stats": stats.get(story.id, (None, None))[1],
        }


def story_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One flat row per story (:data:`STORY_COLUMNS`); counts are 0 and ``compared`` false when the story has
    no stored comparison."""
    stats = store.comparison_stats()
    for story, members in store.iter_stories():
        counts = stats.get(story.id, (None, None))[1]
        yield _story_row(story, members, counts)


def _story_row(story: StoryRow, members: Sequence[StoryMember], counts: dict[str, Any] | None) -> dict[str, Any]:
    outlets = list(dict.fromkeys(m.outlet for m in members if m.outlet))
    counts = counts or {}
    return {
        "id": story.id,
        "title": story.title,
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "articles": len(members),
        "outlets": "; ".join(outlets),
        "sources": int(counts.get("sources", 0)),
        "agreed": int(counts.get("agreed", 0)),
        "conflicts": int(counts.get("conflicts", 0)),
        "single_source": int(counts.get("single_source", 0)),
        "compared": bool(counts),
    }


# -- comparisons --------------------------------------------------------------------------------------------
def comparison_records(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored comparison as stored (``Comparison.to_dict``), in story creation order."""
    for _story_id, data in store.iter_comparisons():
        yield data


def comparison_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One flat row per item of every stored comparison (:data:`COMPARISON_COLUMNS`), in story order and, in
    a story, agreed, conflicts, single-source, quotes, timeline."""
    for story_id, data in store.iter_comparisons():
        yield from item_rows(story_id, Comparison.from_dict(data))


def item_rows(story_id: str, c: Comparison) -> Iterator[dict[str, Any]]:
    """The flat rows of one comparison."""
    names = {s.n: s for s in c.sources}
    for section, items in (("agreed", c.agreed), ("conflicts", c.conflicts), ("single_source", c.single_source)):
        for item in items:
            reason = getattr(item, "reason", None)
            yield _row(story_id, c, section, item.kind, item.summary, reason, item.sources, item.evidence, names)
    for speaker in c.who_said_what:
        for q in speaker.quotes:
            summary = f"{speaker.speaker}: {q.text}"
            yield _row(story_id, c, "quotes", q.kind, summary, None, q.sources, q.evidence, names)
    for line in c.timeline:
        kind = "scheduled" if line.scheduled else "dated"
        yield _row(story_id, c, "timeline", kind, f"{line.date}: {line.text}", None, line.sources, line.evidence, names)


def _row(
    story_id: str,
    c: Comparison,
    section: str,
    kind: str,
    summary: str,
    reason: str | None,
    sources: Sequence[int],
    evidence: Sequence[Evidence],
    names: dict[int, Source],
) -> dict[str, Any]:
    return {
        "story_id": story_id,
        "story_title": c.title,
        "section": section,
        "kind": kind,
        "summary": summary,
        "reason": reason,
        "sources": ";".join(str(n) for n in sources),
        "source_names": "; ".join(f"[{n}] {names[n].label}" if n in names else f"[{n}]" for n in sources),
        "evidence_text": "\n".join(f"{e.outlet or e.article}: {e.text}" for e in evidence),
        "evidence": json.dumps([e.to_dict() for e in evidence], ensure_ascii=False),
    }


# -- facts --------------------------------------------------------------------------------------------------
def fact_records(store: Store) -> Iterator[dict[str, Any]]:
    """The stored facts of every article that has them, with their ``version``, in ingest order."""
    for _article_id, version, data in store.iter_facts():
        yield {**data, "version": version}


def fact_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One flat row per entity, quote, figure, date and event of every article (:data:`FACT_COLUMNS`)."""
    for article_id, _version, data in store.iter_facts():
        for key, kind in FACT_LISTS.items():
            for fact in data.get(key) or []:
                yield _fact_row(article_id, kind, fact)


def _fact_row(article_id: str, kind: str, fact: dict[str, Any]) -> dict[str, Any]:
    text = fact.get("name") if kind == "entity" else fact.get("text") or fact.get("verb")
    detail = {k: v for k, v in fact.items() if k not in _SPAN_KEYS and not (kind == "entity" and k == "name")}
    return {
        "article_id": article_id,
        "kind": kind,
        "text": text,
        "start": fact.get("start"),
        "end": fact.get("end"),
        "sentence_start": fact.get("sentence_start"),
        "sentence_end": fact.get("sentence_end"),
        "detail": json.dumps(detail, ensure_ascii=False),
    }
