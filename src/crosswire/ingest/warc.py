"""Web archives: WARC and the older ARC format, each whole-file gzipped, gzipped per record or not, read with
warcio (which reads ARC too, converting its headers to WARC's) record by record in bounded memory.

What comes out: one :class:`RawDocument` per HTML page (a ``response`` or ``resource`` record with a 2xx
status and an HTML type), its target URI as ``url`` and its capture time (``WARC-Date``, or the ARC
archive date) as ``captured``; one ``skipped`` :class:`IngestError` per archive counting the records that
are not pages (requests, revisits, metadata, images, scripts, error responses), by kind; and, when the
archive is cut or corrupt, one ``failed`` error naming the record where it breaks. Every complete record
before the break is kept.
"""

from __future__ import annotations

import io
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from crosswire.ingest.html import read_html
from crosswire.ingest.limits import ExpansionLimitError
from crosswire.model import IngestError, RawDocument

MAX_RECORD_BYTES = 20 * 1024 * 1024
_HTML_HEAD = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_PAGE_RECORDS = ("response", "resource")
_NOT_PAGES = ("warcinfo",)  # the archive's own description: not a record to account for


def read_warc(
    source: str, stream: io.BufferedIOBase, cut: Callable[[], str | None] | None = None
) -> Iterator[RawDocument | IngestError]:
    """Yield the pages of a WARC or ARC archive read from ``stream`` (binary, compressed or not), then one
    error if the archive breaks off, then one line counting the records skipped. ``cut()``, when given, says
    whether the stream ended early (a truncated gzip that the decompressor ended quietly). Never raises for
    bad input."""
    # warcio imported here, not with the module: every ingest imports this module, few read archives, and
    # warcio's import (with fsspec's) is ~0.13 CPU s of each process's start
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    skipped: Counter[str] = Counter()
    number = 0
    records = ArchiveIterator(stream, arc2warc=True)
    try:
        for record in records:
            number += 1
            where = f"{source}#record-{number}"
            doc = _page(record, where, skipped)
            if _cut_short(record):
                # a record read short is not the record: reported once, never stored as half a page
                yield IngestError(where, "the archive ends inside this record (truncated); it is left out")
                yield from _skipped_line(source, skipped)
                return
            if doc is not None:
                yield doc
        if cut is not None and (problem := cut()):
            yield IngestError(f"{source}#record-{number + 1}", f"the archive ends here ({problem})")
    # warcio raises AttributeError on a record header cut short (it reads a missing line as None)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error, AttributeError) as exc:
        yield IngestError(f"{source}#record-{number + 1}", f"truncated or corrupt archive ({_short(exc)})")
    except ExpansionLimitError as exc:
        yield IngestError(f"{source}#record-{number + 1}", str(exc))
    yield from _skipped_line(source, skipped)


def _skipped_line(source: str, skipped: Counter[str]) -> Iterator[IngestError]:
    """One ``skipped`` line for the archive: how many records were not pages, by kind."""
    if skipped:
        kinds = ", ".join(f"{n} {k}" for k, n in skipped.most_common())
        total = sum(skipped.values())
        yield IngestError(source, f"{total} records are not HTML pages ({kinds})", kind="skipped", count=total)


def _page(record: Any, where: str, skipped: Counter[str]) -> RawDocument | IngestError | None:
    """The page a record holds, an error for a page too large, or None (counted in ``skipped``)."""
    rec_type = record.rec_type or "unknown"
    if rec_type in _NOT_PAGES:
        return None
    if rec_type not in _PAGE_RECORDS:
        skipped[f"{rec_type}"] += 1
        return None
    http = record.http_headers
    ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
    if http is not None:
        status = http.get_statuscode() or ""
        if status and not status.startswith("2"):
            skipped[f"HTTP {status}"] += 1
            return None
        ctype = (http.get_header("Content-Type") or "").lower()
    body = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(body) > MAX_RECORD_BYTES:
        return IngestError(where, f"HTML response larger than {MAX_RECORD_BYTES // (1024 * 1024)} MB")
    if not _is_html(ctype, body):
        skipped[ctype.split(";")[0].strip() or "untyped"] += 1
        return None
    doc = read_html(where, body, url=record.rec_headers.get_header("WARC-Target-URI"))
    doc.captured = _iso(record.rec_headers.get_header("WARC-Date"))
    return doc


def _is_html(ctype: str, body: bytes) -> bool:
    """An HTML type, or no usable type and a body that opens like HTML (old ARC records often say
    ``unknown``, ``text/plain``, or nothing)."""
    if "html" in ctype:
        return True
    main = ctype.split(";")[0].strip()
    return main in ("", "unknown", "text/plain", "application/octet-stream") and bool(_HTML_HEAD.search(body[:2048]))


def _cut_short(record: Any) -> bool:
    """True when the archive ended before this record's declared length was read (the cut)."""
    raw = record.raw_stream
    try:
        while raw.read(64 * 1024):
            pass
    except (EOFError, OSError, zlib.error):
        return True
    return getattr(raw, "limit", 0) > 0


def _iso(value: str | None) -> str | None:
    """A WARC-Date ("2024-02-20T09:00:01Z") as ISO 8601 with an explicit offset."""
    if not value:
        return None
    value = value.strip()
    return value[:-1] + "+00:00" if value.endswith("Z") else value


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]
