"""Typed records that flow between crosswire's stages.

Every stage is a function over these records; the store persists them. They are plain dataclasses so that
they pickle across processes (the facts stage ships articles to worker processes and its records back) and
serialise to JSON with :func:`to_dict` without a schema library. :class:`StageResult` is what every derived
stage of :mod:`crosswire.stages` returns.

Offsets: every character span (``start``, ``end``) is into :attr:`Article.body`, the cleaned article text,
which is the paragraphs and subheadings joined by a blank line. Evidence shown to a user is always
``article.body[start:end]``, so a test can check that it exists verbatim.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

InputKind = Literal["text", "html", "warc", "feed", "jsonl"]
ContentType = Literal["text", "html"]
BlockKind = Literal["paragraph", "subheading"]

PARAGRAPH_SEPARATOR = "\n\n"


def content_hash(text: str) -> str:
    """A stable hash of a document's content, the key that makes re-ingesting the same input a no-op."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(slots=True)
class RawDocument:
    """One document as a reader found it, before cleaning.

    ``content`` is either pre-scraped page text or HTML (``content_type`` says which). The optional fields
    carry what the container already knew (a JSONL record's ``outlet``, a feed entry's link and date, a WARC
    record's target URI); the cleaner trusts them over what it infers from the text.
    """

    source: str  # where it came from, for error messages: a path, "path:line", "path#record-3"
    kind: InputKind
    content: str
    content_type: ContentType
    id: str | None = None  # an id given by the input (JSONL); kept as the article's id
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as given by the input
    language: str | None = None
    captured: str | None = None  # ISO 8601 time the page was fetched or archived (a WARC-Date); used as the
    # publication date only when the page itself gives none
    modified: str | None = None  # ISO 8601 time the input says the page was last updated (a feed's <updated>)
    byline: str | None = None  # the authors as the input names them (a JSONL record's "byline" or "author")

    @property
    def hash(self) -> str:
        return content_hash(self.content)


@dataclass(slots=True)
class Block:
    """A unit of the article body in reading order: a paragraph or an in-article subheading."""

    kind: BlockKind
    text: str


@dataclass(slots=True)
class Caption:
    """A photo or video caption, kept once (near-duplicate copies merged) and apart from the body."""

    text: str
    credit: str | None = None  # "(AP Photo)", "© Andrei Stasevich Belta, AFP"


@dataclass(slots=True)
class RemovedLine:
    """A line the cleaner dropped, with the reason, so a user can audit the cleaning."""

    text: str
    reason: str
    line: int | None = None  # 1-based line number in the input text, when the input was text


@dataclass(slots=True)
class Article:
    """A cleaned article: body apart from page furniture, with its metadata."""

    id: str
    source: str
    content_hash: str
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    agency: str | None = None  # wire agency: "AFP", "AP", "Reuters", ...
    dateline: str | None = None  # "MOSCOW"
    byline: str | None = None
    contributors: list[str] = field(default_factory=list)
    # ISO 8601 date or datetime (a time where the input gives one, an offset only where it states a zone):
    # the first publication, never a later update
    published: str | None = None
    modified: str | None = None  # ISO 8601 date (or datetime) of the latest update the page states, if later
    language: str | None = None  # ISO 639-1
    captions: list[Caption] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    kind: InputKind = "text"

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "paragraph"]

    @property
    def subheadings(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "subheading"]

    @property
    def body(self) -> str:
        """The cleaned text all spans point into: blocks in order, separated by a blank line."""
        return PARAGRAPH_SEPARATOR.join(b.text for b in self.blocks)

    def block_offsets(self) -> list[tuple[int, int]]:
        """(start, end) of each block in :attr:`body`."""
        spans, pos = [], 0
        for b in self.blocks:
            spans.append((pos, pos + len(b.text)))
            pos += len(b.text) + len(PARAGRAPH_SEPARATOR)
        return spans

    @property
    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        d = dict(d)
        d.pop("body", None)
        d["blocks"] = [Block(**b) for b in d.get("blocks", [])]
        d["captions"] = [Caption(**c) for c in d.get("captions", [])]
        d["removed"] = [RemovedLine(**r) for r in d.get("removed", [])]
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


# Keyword-only, with the fields declared in the order of the JSON form that ``to_dict`` writes and the
# comparison contract (docs/compare-schema.md) documents.
@dataclass(slots=True, kw_only=True)
class Evidence:
    """An exact span of an article's cleaned body that supports a claim: ``text == body[start:end]``."""

    article: str
    """The id of the article whose cleaned body holds the span."""
    outlet: str | None = None
    """That article's outlet, as the reader is shown it: with no outlet known, its address's domain or the file it
    was read from (:mod:`crosswire.compare.source_names`); null only outside a comparison."""
    text: str
    """The span verbatim: ``body[start:end]``, with no surrounding whitespace."""
    start: int
    """Character offset of the span's first character in the cleaned body."""
    end: int
    """Character offset just past the span's last character in the cleaned body."""

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "outlet": self.outlet, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        """Rebuild from :meth:`to_dict` output; ``outlet`` may be absent."""
        return cls(article=d["article"], outlet=d.get("outlet"), text=d["text"], start=d["start"], end=d["end"])


@dataclass(slots=True)
class StageResult:
    """What one run of a derived stage (:data:`crosswire.stages.STAGES`) did.

    ``written`` counts the items the stage (re)computed and stored: articles given facts, articles placed in
    stories, comparisons refreshed. ``counts`` breaks it down where the stage says more (the stories stage:
    ``new_stories``, ``joined``, ``copies``, ``merges``, ``skipped``, ``missing``).
    """

    stage: str
    written: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "written": self.written, "counts": dict(self.counts)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StageResult:
        return cls(stage=d["stage"], written=int(d.get("written", 0)), counts=dict(d.get("counts", {})))


IngestOutcome = Literal["failed", "not_article", "skipped", "unchanged"]


@dataclass(slots=True)
class IngestError:
    """One input that yielded no article, named with the place and the reason; the batch goes on.

    ``kind`` says why: ``failed`` (unreadable, corrupt, too large, an id stored with other text),
    ``not_article`` (read, but an error page, an empty body, an image: reported, never stored) or ``skipped``
    (``count`` records of an archive that are not pages, such as images and request records, one line per
    archive) or ``unchanged`` (a URL the server answered 304: what it holds is already read)."""

    source: str
    reason: str
    kind: IngestOutcome = "failed"
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        """``{"source", "reason", "kind", "count"}``: the form ``crosswire ingest --json`` prints."""
        return {"source": self.source, "reason": self.reason, "kind": self.kind, "count": self.count}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> IngestError:
        """Rebuild from :meth:`to_dict` output; ``kind`` and ``count`` may be absent (older output)."""
        return cls(d["source"], d["reason"], d.get("kind", "failed"), int(d.get("count", 1)))


def to_dict(record: Any) -> Any:
    """JSON-ready form of any record (dataclasses, lists, dicts), with derived ``body`` added to articles."""
    if isinstance(record, Article):
        d = dataclasses.asdict(record)
        d["body"] = record.body
        return d
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return dataclasses.asdict(record)
    if isinstance(record, list | tuple):
        return [to_dict(r) for r in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record
