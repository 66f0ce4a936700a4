"""Runs the stages: read → clean → store (the ingest stage, here), then the derived stages of
:data:`crosswire.stages.STAGES` (facts, stories, compare) on what was stored.

The CLI (``crosswire ingest``, ``refresh``, ``demo``, ``compare``) and the web server's ingest call these
functions. Articles are committed in batches; because an article's key is the hash of its content, re-running
an interrupted ingest stores exactly what the interruption lost and nothing twice, and the later stages then
run on everything pending (articles without facts or a story, stories whose comparison is missing or stale),
so the same command completes what a killed run left.

Nothing is dropped silently: every input that yields no article is an :class:`IngestError` in the summary
(``failed``, ``not_article`` or ``skipped``), named with its file and line or record.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from crosswire.clean import clean_document
from crosswire.ingest import read_paths
from crosswire.ingest.verdict import not_an_article
from crosswire.model import Article, IngestError, RawDocument, StageResult
from crosswire.stages import STAGES, StageProgress, run_stages, runnable
from crosswire.store import Store

BATCH_SIZE = 50

__all__ = [
    "BATCH_SIZE",
    "IngestSummary",
    "StageProgress",
    "add_cleaned",
    "clean_one",
    "ingest_documents",
    "ingest_paths",
    "is_known",
    "refresh_store",
    "run_later_stages",
]


@dataclass(slots=True)
class IngestSummary:
    """What one ingest did: documents read, articles stored, duplicates skipped, inputs that failed, pages
    that are not articles, archive records that are not pages (each with its reason in ``errors``), the new
    article ids in order and, once the stories stage ran, the stories they are in.

    What the later stages did (:func:`run_later_stages`; None for a stage that did not run): articles given
    facts, stories started, stories that already existed and gained an article of this ingest, comparisons
    written."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    not_articles: int = 0
    skipped_records: int = 0
    errors: list[IngestError] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # newly stored, in order
    notes: list[str] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)  # stories the new articles are in, once placed
    facts_written: int | None = None
    stories_new: int | None = None
    stories_updated: int | None = None
    comparisons_written: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``crosswire ingest --json`` and ``POST /api/ingest``."""
        return {
            "read": self.read,
            "stored": self.stored,
            "skipped_duplicates": self.duplicates,
            "failed": self.failed,
            "not_articles": self.not_articles,
            "skipped_records": self.skipped_records,
            "errors": [e.to_dict() for e in self.errors],
            "article_ids": list(self.article_ids),
            "notes": list(self.notes),
            "stories": list(self.story_ids),
            "facts_extracted": self.facts_written,
            "stories_new": self.stories_new,
            "stories_updated": self.stories_updated,
            "comparisons_written": self.comparisons_written,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> IngestSummary:
        return cls(
            read=int(d.get("read", 0)),
            stored=int(d.get("stored", 0)),
            duplicates=int(d.get("skipped_duplicates", 0)),
            failed=int(d.get("failed", 0)),
            not_articles=int(d.get("not_articles", 0)),
            skipped_records=int(d.get("skipped_records", 0)),
            errors=[IngestError.from_dict(e) for e in d.get("errors", [])],
            article_ids=list(d.get("article_ids", [])),
            notes=list(d.get("notes", [])),
            story_ids=list(d.get("stories", [])),
            facts_written=d.get("facts_extracted"),
            stories_new=d.get("stories_new"),
            stories_updated=d.get("stories_updated"),
            comparisons_written=d.get("comparisons_written"),
        )


def clean_one(raw: RawDocument) -> Article | IngestError:
    """Clean one document; a cleaner failure becomes an error for that document only, and a page that is
    not an article (an error page, no body text) a ``not_article`` error saying why
    (:func:`~crosswire.ingest.verdict.not_an_article`).

    What the container knew and the page does not say is filled in last: the update time (``raw.modified``,
    a feed's ``<updated>``), and, as the publication date of a page that gives none, ``raw.captured`` (a WARC
    record's capture time, the date a feed or sitemap listed the page under)."""
    try:
        article = clean_document(raw)
    except Exception as exc:  # noqa: BLE001 - one bad page must never stop a batch
        return IngestError(raw.source, f"cannot clean ({type(exc).__name__}: {exc})")
    if (why := not_an_article(article, raw)) is not None:
        return IngestError(raw.source, f"not an article: {why}", kind="not_article")
    if article.published is None and raw.captured:
        article.published = raw.captured
    if article.modified is None and raw.modified and raw.modified != article.published:
        article.modified = raw.modified
    return article


def ingest_documents(
    store: Store,
    documents: Iterable[RawDocument | IngestError],
    *,
    on_item: Callable[[str], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
) -> IngestSummary:
    """Clean and store documents, committing every :data:`BATCH_SIZE` new articles. A document whose content
    hash (or given id) is already stored counts as a duplicate; ``on_item(source)`` follows every input and
    ``on_error(error)`` every failure."""
    summary = IngestSummary()
    pending = 0
    for doc in documents:
        if isinstance(doc, IngestError):
            _failed(summary, doc, on_error)
        else:
            summary.read += 1
            pending += _store_one(store, doc, summary, on_error)
            if pending >= BATCH_SIZE:
                store.commit()
                pending = 0
        if on_item:
            on_item(doc.source)
    store.commit()
    return summary


def _failed(summary: IngestSummary, err: IngestError, on_error: Callable[[IngestError], None] | None) -> None:
    """Count ``err`` by its kind and keep it for the report."""
    if err.kind == "not_article":
        summary.not_articles += 1
    elif err.kind == "skipped":
        summary.skipped_records += err.count
    elif err.kind == "unchanged":
        summary.duplicates += 1
    else:
        summary.failed += 1
    summary.errors.append(err)
    if on_error:
        on_error(err)


def _store_one(
    store: Store, doc: RawDocument, summary: IngestSummary, on_error: Callable[[IngestError], None] | None
) -> int:
    """Clean and store one document unless it is a duplicate, not an article, or an id already stored with
    other text (both reported); 1 when an article was added, else 0."""
    raw_text = doc.content if doc.content_type != "html" else None
    if is_known(
        store, doc.hash, doc.id, doc.source, summary, on_error, body=lambda: _body(clean_one(doc)), raw_text=raw_text
    ):
        return 0
    return add_cleaned(store, clean_one(doc), summary, on_error)


def _body(result: Article | IngestError) -> str | None:
    return result.body if isinstance(result, Article) else None


def is_known(
    store: Store,
    raw_hash: str,
    raw_id: str | None,
    source: str,
    summary: IngestSummary,
    on_error: Callable[[IngestError], None] | None = None,
    body: Callable[[], str | None] | None = None,
    raw_text: str | None = None,
) -> bool:
    """Whether a document (by the hash of its raw content, and the id its input gave) must not be stored: its
    content is stored already (counted as a duplicate), or its id is stored with other text (reported as a
    failure naming ``source``). An id stored with other raw text whose cleaned body (``body``, called only
    then) is the stored body, whitespace aside, is a duplicate too: `crosswire export` writes cleaned bodies,
    and importing an export into the store it came from had failed on every article. A cleaner elsewhere (a
    distributed worker) has its documents judged here too, so both paths keep the same rule. ``raw_text``, the
    input's own text (not HTML), is the stored body itself when the input is that store's export: a duplicate
    before any re-cleaning, which could take a line off an exported body (a short line read as a headline) and
    so fail an article on its own export."""
    if store.has_hash(raw_hash):
        summary.duplicates += 1
        return True
    if raw_id is not None and (stored := store.get_article(raw_id)) is not None:
        if (
            stored.content_hash == raw_hash
            or _same_text(raw_text, stored.body)
            or (body is not None and _same_text(body(), stored.body))
        ):
            summary.duplicates += 1
        else:
            reason = f"id {raw_id!r} is already stored with different text (from {stored.source}); not replaced"
            _failed(summary, IngestError(source, reason), on_error)
        return True
    return False


def _same_text(a: str | None, b: str) -> bool:
    return a is not None and a.split() == b.split()


def add_cleaned(
    store: Store,
    result: Article | IngestError,
    summary: IngestSummary,
    on_error: Callable[[IngestError], None] | None = None,
) -> int:
    """Store one cleaned document (or count its failure), as :func:`ingest_documents` does once it knows the
    document is new; 1 when an article was added, else 0. A cleaner elsewhere (a distributed worker) hands its
    results here, so both paths count and store alike."""
    if isinstance(result, IngestError):
        _failed(summary, result, on_error)
        return 0
    if not store.add_article(result):
        summary.duplicates += 1
        return 0
    summary.stored += 1
    summary.article_ids.append(result.id)
    return 1


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


def ingest_set(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_error: Callable[[IngestError], None] | None = None,
) -> IngestSummary:
    """Read every input under ``paths`` into an empty store as one set, extract facts, then place the new
    articles in stories in an order their own data gives: by publication time
    (:func:`crosswire.vocab.calendar.published_order`), then by article id. The first article of a story names
    it and a wire original met after its re-run would be taken for the copy, so placing them in the order the
    files were given made the story id, its title and which copy is the wire depend on that order (a new
    user's six-outlet story gave another id and title for the same files in reverse). For the one-shot
    ``compare``; a store that grows keeps arrival order (:func:`ingest_paths`), its story ids must not move.
    The inputs are read whole first and stored in the same kind of order (given publication time, given id,
    content hash), so of two inputs with one content the one kept does not depend on the order either."""
    from crosswire.stories.stage import place_articles
    from crosswire.vocab.calendar import published_order

    items = list(read_paths(paths))
    errors = [d for d in items if isinstance(d, IngestError)]
    # two inputs of one content are one article, the first stored: the earliest-published, whatever the order
    documents = sorted(
        (d for d in items if not isinstance(d, IngestError)),
        key=lambda d: (published_order(d.published), d.id or "", d.hash),
    )
    summary = ingest_documents(store, [*errors, *documents], on_error=on_error)
    run_later_stages(store, summary, stories=False)
    stored = {a.id: a for a in store.iter_articles(summary.article_ids)}
    order = sorted(stored.values(), key=lambda a: (published_order(a.published), a.id))
    placed = place_articles(store, [a.id for a in order])
    summary.story_ids = store.story_ids_of(summary.article_ids)
    summary.stories_new = _stories_made(store, summary) if placed.new_stories else 0
    return summary


def run_later_stages(
    store: Store,
    summary: IngestSummary,
    *,
    facts: bool = True,
    stories: bool = True,
    compare: bool = False,
    on_progress: StageProgress | None = None,
) -> dict[str, StageResult]:
    """The derived stages after an ingest, those switched on, in :data:`~crosswire.stages.STAGES` order.

    Article-scoped stages (facts, stories) run on everything pending -- every article lacking current facts,
    every article without a story -- so an ingest interrupted after the store step is completed by the next run.
    Once stories are placed, ``summary.story_ids`` lists the stories of the new articles, and story-scoped
    stages (compare) run on those. Results by stage name."""
    selected = runnable([name for name, on in (("facts", facts), ("stories", stories), ("compare", compare)) if on])
    results = run_stages(store, [s for s in selected if s.scope == "articles"], on_progress=on_progress)
    if "stories" not in results:
        _count_stages(store, summary, results, compare=False)
        return results
    summary.story_ids = store.story_ids_of(summary.article_ids)
    later = [s for s in selected if s.scope == "stories"]
    pending = _pending_stories(store, summary.story_ids) if later else []
    if later and pending:
        results |= run_stages(store, later, ids=pending, on_progress=on_progress)
    _count_stages(store, summary, results, compare=compare)
    return results


def _stories_made(store: Store, summary: IngestSummary) -> int:
    """How many of the run's stories (``summary.story_ids``) hold only articles of this run: the stories it made.
    The stories stage's ``new_stories`` counts the articles that started a story, and a story one of them started
    may have been merged into another by a later article of the same run (a new user's rate decision: four
    started, three stored). One query."""
    run = set(summary.article_ids)
    outside = {m.story_id for m in store.story_members(summary.story_ids) if m.id not in run}
    return sum(1 for sid in summary.story_ids if sid not in outside)


def _count_stages(store: Store, summary: IngestSummary, results: dict[str, StageResult], *, compare: bool) -> None:
    """Fill ``summary``'s stage counts from the stage results: the stories made (:func:`_stories_made`) and
    updated (the run's other stories)."""
    if "facts" in results:
        summary.facts_written = results["facts"].written
    if "stories" in results:
        made = results["stories"].counts.get("new_stories", 0)
        summary.stories_new = _stories_made(store, summary) if made else 0
        summary.stories_updated = max(0, len(summary.story_ids) - summary.stories_new)
    if compare:
        summary.comparisons_written = results["compare"].written if "compare" in results else 0


def _pending_stories(store: Store, story_ids: list[str]) -> list[str]:
    """``story_ids`` and then every other story whose comparison is missing or stale (its articles changed
    since it was computed), so an ingest killed between the stories and compare stages is completed by
    running it again. Two queries for the whole store, no NLP."""
    from crosswire.compare.stage import fingerprint

    stored = {sid: fp for sid, (fp, _) in store.comparison_stats().items()}
    members: dict[str, list[str]] = {}
    for m in store.story_members():
        members.setdefault(m.story_id, []).append(m.id)
    stale = [sid for sid, ids in members.items() if stored.get(sid) != fingerprint(ids) and sid not in story_ids]
    return list(story_ids) + sorted(stale)


def refresh_store(store: Store, *, compare: bool = True, on_progress: StageProgress | None = None) -> dict[str, int]:
    """Bring what the store derives from its articles up to date: facts from an older version of the facts
    stage (after an upgrade), articles without a story (an interrupted ingest), comparisons missing or stale.

    Counts of what was recomputed, keyed by each stage's main output (``facts``, ``stories``, ``comparisons``),
    0 for a stage switched off."""
    selected = runnable([s.name for s in STAGES if compare or s.name != "compare"])
    results = run_stages(store, selected, on_progress=on_progress)
    return {s.writes[0]: results[s.name].written if s.name in results else 0 for s in STAGES}
