"""Pre-scraped page text: one file is one page. Cleaning happens in :mod:`crosswire.clean`."""

from __future__ import annotations

from crosswire.ingest.decode import decode_bytes
from crosswire.model import RawDocument


def read_text(source: str, data: bytes) -> RawDocument:
    return RawDocument(source=source, kind="text", content=decode_bytes(data), content_type="text")
