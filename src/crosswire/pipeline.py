"""Runs the stages over batches: read → clean → store, then facts, stories and compare on what was stored.

The CLI, the web server and a distributed runner call these same functions. Articles are committed in
batches; because an article's key is the hash of its content, re-running an interrupted ingest stores exactly
what the interruption lost and nothing twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from crosswire.clean import clean_document
from crosswire.ingest import read_paths
from crosswire.model import Article, IngestError, RawDocument
from crosswire.store import Store

BATCH_SIZE = 50


@dataclass(slots=True)
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    errors: list[IngestError] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # newly stored, in order
    notes: list[str] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)  # stories the new articles are in, once placed

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "stored": self.stored,
            "skipped_duplicates": self.duplicates,
            "failed": self.failed,
            "errors": [{"source": e.source, "reason": e.reason} for e in self.errors],
            "article_ids": self.article_ids,
            "notes": self.notes,
            "stories": self.story_ids,
        }


def clean_one(raw: RawDocument) -> Article | IngestError:
    """Clean one document; a cleaner failure becomes an error for that document only."""
    try:
        return clean_document(raw)
    except Exception as exc:  # noqa: BLE001 - one bad page must never stop a batch
        return IngestError(raw.source, f"cannot clean ({type(exc).__name__}: {exc})")


def ingest_documents(
    store: Store,
    documents: Iterable[RawDocument | IngestError],
    *,
    on_item: Callable[[str], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
) -> IngestSummary:
    """Clean and store documents, committing every :data:`BATCH_SIZE` new articles."""
    summary = IngestSummary()
    pending = 0

    def fail(err: IngestError) -> None:
        summary.failed += 1
        summary.errors.append(err)
        if on_error:
            on_error(err)

    for doc in documents:
        if isinstance(doc, IngestError):
            fail(doc)
            if on_item:
                on_item(doc.source)
            continue
        summary.read += 1
        if store.has_hash(doc.hash) or (doc.id is not None and store.has_article(doc.id)):
            summary.duplicates += 1
        else:
            result = clean_one(doc)
            if isinstance(result, IngestError):
                fail(result)
            elif store.add_article(result):
                summary.stored += 1
                summary.article_ids.append(result.id)
                pending += 1
            else:
                summary.duplicates += 1
        if pending >= BATCH_SIZE:
            store.conn.commit()
            pending = 0
        if on_item:
            on_item(doc.source)
    store.conn.commit()
    return summary


def ingest_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    facts: bool = True,
    stories: bool = True,
    compare: bool = False,
    on_item: Callable[[str], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
) -> IngestSummary:
    """Read every input under ``paths`` into the store, then run the later stages on the new articles."""
    summary = ingest_documents(store, read_paths(paths), on_item=on_item, on_error=on_error)
    run_later_stages(store, summary, facts=facts, stories=stories, compare=compare)
    return summary


StageProgress = Callable[[str, int, int], None]
"""``(stage, done, total)``: how far a later stage ("facts", "stories", "compare") has got."""


def run_later_stages(
    store: Store,
    summary: IngestSummary,
    *,
    facts: bool = True,
    stories: bool = True,
    compare: bool = False,
    on_progress: StageProgress | None = None,
) -> None:
    """Facts, then stories, then (when asked) the comparisons of the stories that gained articles, each
    when its stage is installed. Facts run on every article lacking current facts and stories on every
    article without a story, so an ingest interrupted after the store step is completed by the next run."""
    if facts:
        _facts_stage(store, _progress(on_progress, "facts"))
    if not stories or _stories_stage(store, _progress(on_progress, "stories")) is None:
        return
    summary.story_ids = stories_of(store, summary.article_ids)
    if compare and summary.story_ids:
        _compare_stage(store, summary.story_ids, _progress(on_progress, "compare"))


def refresh_store(store: Store, *, compare: bool = True, on_progress: StageProgress | None = None) -> dict[str, int]:
    """Bring what the store derives from its articles up to date: facts from an older version of the facts
    stage (after an upgrade), articles without a story (an interrupted ingest), comparisons missing or stale.
    Counts of what was recomputed, per stage."""
    done = {"facts": _facts_stage(store, _progress(on_progress, "facts")) or 0, "stories": 0, "comparisons": 0}
    placed = _stories_stage(store, _progress(on_progress, "stories"))
    if placed is None:
        return done
    done["stories"] = placed
    if compare:
        done["comparisons"] = _compare_stage(store, None, _progress(on_progress, "compare")) or 0
    return done


def _progress(on_progress: StageProgress | None, stage: str) -> Callable[[int, int], None] | None:
    if on_progress is None:
        return None
    return lambda done, total: on_progress(stage, done, total)


def _facts_stage(store: Store, progress: Callable[[int, int], None] | None) -> int | None:
    """Facts for every article lacking current ones; how many, or None when the stage is not installed."""
    try:
        from crosswire.facts import update_store as update_facts
    except ImportError:
        return None
    return update_facts(store, None, on_progress=progress)


def _stories_stage(store: Store, progress: Callable[[int, int], None] | None) -> int | None:
    """Every article without a story placed in one; how many, or None when the stage is not installed."""
    try:
        from crosswire.stories import update_store as update_stories
    except ImportError:
        return None
    result = update_stories(store, store.articles_without_story(), on_progress=progress)
    return result.new_stories + result.joined + result.copies


def _compare_stage(
    store: Store, story_ids: list[str] | None, progress: Callable[[int, int], None] | None
) -> int | None:
    """Comparisons of these stories (all when None) recomputed where missing or stale; how many."""
    try:
        from crosswire.compare import update_store as update_comparisons
    except ImportError:
        return None
    return update_comparisons(store, story_ids, on_progress=progress)


def stories_of(store: Store, article_ids: list[str]) -> list[str]:
    """The ids of the stories these articles are in, sorted."""
    out: set[str] = set()
    for i in range(0, len(article_ids), 500):  # SQLite's bound-parameter limit
        chunk = article_ids[i : i + 500]
        rows = store.conn.execute(
            f"SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        out.update(r["story_id"] for r in rows)
    return sorted(out)
