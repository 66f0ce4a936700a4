"""Saved HTML pages: one file is one page; trafilatura does the extraction in :mod:`crosswire.clean`."""

from __future__ import annotations

from crosswire.ingest.decode import decode_bytes
from crosswire.model import RawDocument


def read_html(source: str, data: bytes, *, url: str | None = None) -> RawDocument:
    return RawDocument(source=source, kind="html", content=decode_bytes(data), content_type="html", url=url)
