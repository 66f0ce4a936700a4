"""Readers: files, folders and globs of any mix of input kinds, to RawDocuments.

Every reader yields :class:`RawDocument` or :class:`IngestError` (never raises for bad input), so one bad
page, line or record is reported and the batch goes on.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from crosswire.ingest.decode import SNIFF_BYTES, InputError, gunzip_head, read_maybe_gzip, sniff_kind
from crosswire.ingest.feeds import read_feed
from crosswire.ingest.html import read_html
from crosswire.ingest.jsonl import read_jsonl
from crosswire.ingest.text import read_text
from crosswire.ingest.warc import read_warc
from crosswire.model import IngestError, RawDocument

# One page is one article; a page-sized input larger than this is not a news page.
MAX_PAGE_BYTES = 20 * 1024 * 1024

__all__ = ["MAX_PAGE_BYTES", "expand_paths", "read_path", "read_paths", "sniff_path"]


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """Files named, files under folders (recursively, sorted, hidden files skipped) and glob matches."""
    for p in paths:
        text = str(p)
        path = Path(text)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        elif path.is_file():
            yield path
        elif any(ch in text for ch in "*?["):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield IngestError(text, "no file matches this pattern")
            for m in matches:
                if Path(m).is_file():
                    yield Path(m)
        else:
            yield IngestError(text, "no such file or folder")


def sniff_path(path: Path) -> str:
    """The input kind of a file, judged by its content (gzip looked through)."""
    with open(path, "rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if head.startswith(b"\x1f\x8b"):
        head = gunzip_head(head)
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    return sniff_kind(head, suffixes[-1] if suffixes else "")


def read_path(path: Path) -> Iterator[RawDocument | IngestError]:
    """All documents in one file, whatever its kind."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield IngestError(source, "empty file")
            return
        kind = sniff_path(path)
        if kind == "warc":
            with _open_binary(path) as stream:
                yield from read_warc(source, stream)
            return
        if kind == "jsonl":
            with _open_binary(path) as stream:
                yield from read_jsonl(source, stream)
            return
        if size > MAX_PAGE_BYTES and not _is_gzip(path):
            yield IngestError(
                source, f"{size / 1e6:.0f} MB is too large for one page (limit {MAX_PAGE_BYTES // 10**6} MB)"
            )
            return
        data = read_maybe_gzip(path.read_bytes())
        if not data.strip():
            yield IngestError(source, "no content (only whitespace)")
            return
        if len(data) > MAX_PAGE_BYTES:
            yield IngestError(source, f"{len(data) / 1e6:.0f} MB decompressed is too large for one page")
            return
        if kind == "feed":
            yield from read_feed(source, data)
        elif kind == "html":
            yield read_html(source, data)
        else:
            yield read_text(source, data)
    except InputError as exc:
        yield IngestError(source, str(exc))
    except (OSError, EOFError) as exc:
        yield IngestError(source, f"cannot read ({getattr(exc, 'strerror', None) or exc})")


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[RawDocument | IngestError]:
    for item in expand_paths(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_path(item)


def _open_binary(path: Path) -> io.BufferedIOBase:
    """The file opened for reading bytes, decompressed as it is read when it is gzipped."""
    return gzip.open(path, "rb") if _is_gzip(path) else open(path, "rb")


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"
