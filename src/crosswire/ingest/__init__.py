"""Readers: files, folders and globs of any mix of input kinds, to RawDocuments.

Every reader yields :class:`RawDocument` or :class:`IngestError` (never raises for bad input), so one bad
page, line or record is reported and the batch goes on.
"""

from __future__ import annotations

import glob
import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from crosswire.ingest.decode import SNIFF_BYTES, InputError, NotAnArticle, gunzip_head, sniff_kind
from crosswire.ingest.feeds import read_feed
from crosswire.ingest.html import read_html
from crosswire.ingest.jsonl import MAX_LINE_BYTES, read_jsonl
from crosswire.ingest.limits import ExpansionLimitError, LimitedGunzipReader, bounded_lines, gunzip_limited
from crosswire.ingest.text import read_text
from crosswire.ingest.warc import read_warc
from crosswire.model import IngestError, RawDocument

# One page is one article; a page-sized input larger than this is not a news page.
MAX_PAGE_BYTES = 20 * 1024 * 1024
# A gzipped stream of records (JSON Lines) may be large, but not a bomb: past this size, output more than
# MAX_RATIO times the compressed bytes read is refused. Text compresses 3-10x and markup up to ~30x; deflate
# cannot exceed ~1032x, which is what bombs use.
STREAM_RATIO_FLOOR = 64 * 1024 * 1024
MAX_RATIO = 200
MAX_STREAM_BYTES = 64 * 1024**3  # 64 GiB: far beyond any export; the ratio is what refuses a bomb

__all__ = ["MAX_PAGE_BYTES", "display_name", "expand_paths", "read_bytes", "read_path", "read_paths", "sniff_path"]


def display_name(path: str | os.PathLike[str]) -> str:
    """A path as printable UTF-8: a file name that is not valid UTF-8 (Python keeps its bytes as surrogates)
    gets U+FFFD for each bad byte, so it can be printed and stored; the file itself is still opened by its
    real name."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """Files named, files under folders (recursively, sorted, hidden files skipped) and glob matches; a
    folder that cannot be listed is reported as an error and the walk goes on."""
    for p in paths:
        text = os.fspath(p)
        path = Path(text)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        elif any(ch in text for ch in "*?["):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield IngestError(display_name(text), "no file matches this pattern")
            for m in matches:
                if Path(m).is_file():
                    yield Path(m)
        else:
            yield IngestError(display_name(text), "no such file or folder")


def _walk(top: Path) -> Iterator[Path | IngestError]:
    """Files under ``top`` in sorted order, hidden ones skipped; unreadable folders reported."""
    failures: list[OSError] = []
    for folder, dirs, files in os.walk(top, onerror=failures.append):
        while failures:
            exc = failures.pop(0)
            where = display_name(exc.filename or folder)
            yield IngestError(where, f"cannot read this folder ({exc.strerror or exc})")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name
    for exc in failures:
        yield IngestError(display_name(exc.filename or top), f"cannot read this folder ({exc.strerror or exc})")


def sniff_path(path: Path) -> str:
    """The input kind of a file, judged by its content (gzip looked through)."""
    with open(path, "rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if head.startswith(b"\x1f\x8b"):
        head = gunzip_head(head)
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    return sniff_kind(head, suffixes[-1] if suffixes else "")


def read_path(path: Path, source: str | None = None) -> Iterator[RawDocument | IngestError]:
    """All documents in one file, whatever its kind; every problem is an :class:`IngestError` naming
    ``source`` (default: the path, printable). Memory: at most one page (:data:`MAX_PAGE_BYTES`) or one
    archive record or JSON line at a time, whatever the file expands to."""
    source = source or display_name(path)
    try:
        if not path.is_file():
            yield IngestError(source, "not a regular file")
            return
        size = path.stat().st_size
        if size == 0:
            yield IngestError(source, "empty file")
            return
        kind = sniff_path(path)
        if kind in ("warc", "jsonl"):
            yield from _read_stream(path, source, kind)
            return
        yield from _read_page(path, source, kind, size)
    except NotAnArticle as exc:
        yield IngestError(source, f"not an article: {exc}", kind="not_article")
    except InputError as exc:
        yield IngestError(source, str(exc))
    except ExpansionLimitError as exc:
        yield IngestError(source, f"gzip data {exc}")
    except (OSError, EOFError) as exc:
        yield IngestError(source, f"cannot read ({getattr(exc, 'strerror', None) or exc})")


def _read_stream(path: Path, source: str, kind: str) -> Iterator[RawDocument | IngestError]:
    """A file of many records (an archive, JSON Lines), read as a stream."""
    with open(path, "rb") as raw:
        stream: io.BufferedIOBase = raw
        gunzip = None
        if _is_gzip(path):
            # Decompressed here, not by warcio: warcio refuses a WARC gzipped whole rather than per record, and
            # this reader keeps what comes before a cut and refuses a bomb by its ratio.
            gunzip = LimitedGunzipReader(raw, MAX_STREAM_BYTES, max_ratio=MAX_RATIO, ratio_floor=STREAM_RATIO_FLOOR)
            stream = io.BufferedReader(gunzip)
        if kind == "warc":
            yield from read_warc(source, stream, cut=(lambda: gunzip.problem) if gunzip is not None else None)
            return
        yield from read_jsonl(source, bounded_lines(stream, MAX_LINE_BYTES))
        if gunzip is not None and gunzip.problem:
            yield IngestError(source, f"{gunzip.problem}; every line before the cut was read")


def _read_page(path: Path, source: str, kind: str, size: int) -> Iterator[RawDocument | IngestError]:
    """A file that is one page (text, HTML) or one feed, read whole within :data:`MAX_PAGE_BYTES`."""
    if _is_gzip(path):
        with open(path, "rb") as fh:
            try:
                data, problem = gunzip_limited(fh, MAX_PAGE_BYTES)
            except ExpansionLimitError as exc:
                yield IngestError(source, f"gzip data {exc} (limit for one page)")
                return
        if problem and not data:
            yield IngestError(source, problem)
            return
    elif size > MAX_PAGE_BYTES:
        yield IngestError(source, f"{size / 1e6:.0f} MB is too large for one page (limit {MAX_PAGE_BYTES // 10**6} MB)")
        return
    else:
        data = path.read_bytes()
    if not data.strip():
        yield IngestError(source, "no content (only whitespace)")
        return
    if kind == "feed":
        yield from read_feed(source, data)
    elif kind == "html":
        yield read_html(source, data)
    else:
        yield read_text(source, data)


def read_bytes(source: str, data: bytes, *, url: str | None = None) -> Iterator[RawDocument | IngestError]:
    """The documents in one blob already in memory (a fetched body, decoded from its transfer encoding), read
    as its content calls for, as :func:`read_path` reads a file; ``url`` is given to pages read from it."""
    try:
        if not data.strip():
            yield IngestError(source, "not an article: no content", kind="not_article")
            return
        kind = sniff_kind(data[:SNIFF_BYTES])
        if kind == "warc":
            yield from read_warc(source, io.BytesIO(data))
        elif kind == "jsonl":
            yield from read_jsonl(source, bounded_lines(io.BytesIO(data), MAX_LINE_BYTES))
        elif kind == "feed":
            yield from read_feed(source, data)
        else:
            doc = read_html(source, data, url=url) if kind == "html" else read_text(source, data)
            doc.url = url
            yield doc
    except NotAnArticle as exc:
        yield IngestError(source, f"not an article: {exc}", kind="not_article")
    except InputError as exc:
        yield IngestError(source, str(exc))


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[RawDocument | IngestError]:
    """Every document under ``paths`` (see :func:`expand_paths`), in order; errors in place."""
    for item in expand_paths(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_path(item)


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"
