"""Ingest from the browser and the API: uploaded files and pasted text, through the normal pipeline.

No name from the request ever becomes a path: an upload is written to a temporary file whose name this
module chooses (only a known extension is kept, as the readers' tie-breaker), read with the same readers as
``crosswire ingest``, and the temporary file is removed. The uploaded name only labels errors.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from crosswire.ingest import read_path
from crosswire.ingest.text import read_text
from crosswire.model import IngestError, RawDocument
from crosswire.pipeline import IngestSummary, ingest_documents, run_later_stages
from crosswire.store import Store
from crosswire.web.queries import COMPUTE_LOCK

_SUFFIXES = {
    ".txt",
    ".text",
    ".html",
    ".htm",
    ".xhtml",
    ".xml",
    ".rss",
    ".atom",
    ".jsonl",
    ".json",
    ".ndjson",
    ".warc",
    ".arc",
    ".gz",
}
_SAFE_LABEL = re.compile(r"[^\w.\- ]+")


@dataclass(slots=True)
class Upload:
    filename: str
    data: bytes


def label(filename: str | None) -> str:
    """A printable label for an uploaded file name (never used as a path)."""
    name = (filename or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    return "upload:" + (_SAFE_LABEL.sub("_", name)[:120] or "upload")


def _suffix(filename: str | None) -> str:
    suffixes = [s.lower() for s in Path((filename or "").replace("\\", "/").rsplit("/", 1)[-1]).suffixes]
    kept = [s for s in suffixes[-2:] if s in _SUFFIXES]
    return "".join(kept)


def upload_documents(uploads: list[Upload], workdir: Path) -> list[RawDocument | IngestError]:
    """Read each upload with the reader its content calls for (all documents of a JSONL, WARC or feed)."""
    docs: list[RawDocument | IngestError] = []
    for n, up in enumerate(uploads):
        name = label(up.filename)
        if not up.data:
            docs.append(IngestError(name, "empty file"))
            continue
        tmp = workdir / f"upload-{n}{_suffix(up.filename)}"
        tmp.write_bytes(up.data)
        try:
            for doc in read_path(tmp):
                doc.source = doc.source.replace(str(tmp), name)
                docs.append(doc)
        finally:
            tmp.unlink(missing_ok=True)
    return docs


def pasted_document(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> RawDocument:
    """Pasted page text as a text document; given metadata wins over what the cleaner infers."""
    doc = read_text("paste", text.encode("utf-8"))
    doc.title = (title or "").strip() or None
    doc.outlet = (outlet or "").strip() or None
    doc.url = (url or "").strip() or None
    doc.published = (published or "").strip() or None
    return doc


def run_ingest(
    db_path: Path, uploads: list[Upload], pasted: list[RawDocument], *, facts: bool = True, stories: bool = True
) -> IngestSummary:
    """Store the documents, then run the stage list (:data:`crosswire.stages.STAGES`: facts, stories, compare)
    on what is new, as ``crosswire ingest`` does; the summary, with the new articles' story ids.

    Runs under :data:`COMPUTE_LOCK` (one writer and one spaCy user at a time); readers go on (WAL).
    """
    with COMPUTE_LOCK, Store(db_path) as store, tempfile.TemporaryDirectory(prefix="crosswire-upload-") as tmp:
        docs = upload_documents(uploads, Path(tmp)) + list(pasted)
        summary = ingest_documents(store, docs)
        if summary.article_ids:
            run_later_stages(store, summary, facts=facts, stories=stories, compare=stories)
        return summary
