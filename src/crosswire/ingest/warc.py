"""WARC and WARC.gz (CC-NEWS), and the older ARC format (warcio reads its records as WARC ones): HTML responses
only, streamed record by record in bounded memory."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crosswire.ingest.html import read_html
from crosswire.model import IngestError, RawDocument

MAX_RECORD_BYTES = 20 * 1024 * 1024


def read_warc(source: str, stream: io.BufferedIOBase) -> Iterator[RawDocument | IngestError]:
    """Yield one RawDocument per HTML response of a WARC (or ARC) read from ``stream`` (a binary file, gzipped or
    not); a truncated archive ends with one error, keeping the rest. Never raises for bad input."""
    number = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type != "response":
                continue
            number += 1
            where = f"{source}#record-{number}"
            http = record.http_headers
            if http is None:
                continue
            status = http.get_statuscode()
            ctype = (http.get_header("Content-Type") or "").lower()
            if status and not status.startswith("2"):
                continue
            if "html" not in ctype:
                continue
            body = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(body) > MAX_RECORD_BYTES:
                yield IngestError(where, f"HTML response larger than {MAX_RECORD_BYTES // (1024 * 1024)} MB")
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            yield read_html(where, body, url=uri)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield IngestError(f"{source}#record-{number + 1}", f"truncated or corrupt WARC ({exc})")
