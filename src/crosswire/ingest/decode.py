"""Bytes to text, and what kind of input a file is, judged by its content.

Why by content: users hand crosswire whatever they have (a feed saved as ``.txt``, HTML without an
extension, a gzipped WARC); the extension is only a tie-breaker.
"""

from __future__ import annotations

import codecs
import io
import json
import re
import zlib

from charset_normalizer import from_bytes

from crosswire.ingest.limits import ExpansionLimitError, gunzip_limited
from crosswire.model import InputKind

SNIFF_BYTES = 64 * 1024

_XML_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<(p|div|article|h1|head|title|meta)[\s>/]", re.I)


class InputError(Exception):
    """An input that cannot be read; the message says why, the caller adds where."""


class NotAnArticle(InputError):
    """An input that was read but holds no article (an image, an SVG drawing); the message says what it is."""


def looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters: not a text format any reader here understands."""
    if not head:
        return False
    if b"\x00" in head[:8192]:
        # UTF-16 text has NULs too; let a BOM through.
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    sample = head[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


_DECLARED = re.compile(rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9._-]+)""", re.I)

# Where detection cannot tell single-byte Latin code pages apart (short text, few accented letters), the
# web's own default wins: HTML5 decodes "latin-1" pages as windows-1252.
WEB_DEFAULT = "cp1252"
_SINGLE_BYTE_LATIN = re.compile(r"^(cp125\d|iso8859_\d+|latin_1|mac_.*)$")


def declared_charset(head: bytes) -> str | None:
    """The encoding an HTML or XML document declares for itself, if it names one Python knows."""
    match = _DECLARED.search(head[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detect(data: bytes) -> str:
    matches = list(from_bytes(data[: 4 * 1024 * 1024]))
    if not matches:
        return WEB_DEFAULT
    best = matches[0]
    for m in matches:
        if m.encoding == WEB_DEFAULT and m.chaos <= best.chaos + 0.05:
            return WEB_DEFAULT
    if not _SINGLE_BYTE_LATIN.match(best.encoding) and data.count(b"\n") and _mostly_ascii(data):
        # A multi-byte guess for text that is mostly ASCII is usually a Latin page with a few accents.
        try:
            data.decode(WEB_DEFAULT)
            return WEB_DEFAULT
        except UnicodeDecodeError:
            pass
    return best.encoding


def _mostly_ascii(data: bytes) -> bool:
    high = sum(1 for b in data[:65536] if b >= 128)
    return high / max(1, min(len(data), 65536)) < 0.05


def decode_bytes(data: bytes) -> str:
    """Decode text of unknown encoding: BOM, then strict UTF-8, then mixed, then a declared or detected one.

    Never raises UnicodeDecodeError. A file that is mostly UTF-8 with a few lines in a legacy code page
    (a common result of pasting between systems) is decoded line by line, so one stray line costs nothing
    but its own decoding.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared and declared != "utf-8":
        return data.decode(declared, errors="replace")
    lines = data.split(b"\n")
    utf8_lines = sum(1 for line in lines if _is_utf8_with_high_bytes(line))
    legacy_lines = sum(1 for line in lines if _is_not_utf8(line))
    if utf8_lines and utf8_lines >= legacy_lines:
        legacy = _detect(b"\n".join(line for line in lines if _is_not_utf8(line)))
        return "\n".join(_decode_line(line, legacy) for line in lines)
    return data.decode(_detect(data), errors="replace")


def _is_not_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
        return False
    except UnicodeDecodeError:
        return True


def _is_utf8_with_high_bytes(line: bytes) -> bool:
    return not line.isascii() and not _is_not_utf8(line)


def _decode_line(line: bytes, legacy: str) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode(legacy, errors="replace")


def gunzip_head(head: bytes) -> bytes:
    """The first bytes of a gzip stream, decompressed as far as ``head`` allows (for sniffing)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
    except zlib.error:
        return b""


def is_archive(head: bytes) -> bool:
    """A WARC (``WARC/1.0``) or ARC (``filedesc://``) file, judged by its signature (``head`` already
    gunzipped). Checked before any binary test: an archive holds images and gzipped bodies near its start."""
    return head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://"))


_IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WebP, WAV, AVI) file"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
)
_SVG = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]", re.S | re.I)


def not_text_reason(head: bytes) -> str | None:
    """Why a file is not an article by its signature ("an SVG image", "a PNG image"), or None."""
    for signature, what in _IMAGE_SIGNATURES:
        if head.startswith(signature):
            return what
    if _SVG.match(head[:4096]):
        return "an SVG image"
    return None


def sniff_kind(head: bytes, suffix: str = "") -> InputKind:
    """Which reader a file needs, from its first bytes (already gunzipped) and, to break ties, its suffix.

    Raises :class:`InputError` for a binary file and for an image (SVG included): not an article."""
    if is_archive(head):
        return "warc"
    what = not_text_reason(head)
    if what:
        raise NotAnArticle(what)
    if looks_binary(head):
        raise InputError("binary file, not text, HTML, WARC, a feed or JSON Lines")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml") or _XML_FEED.search(stripped[:2048]):
        if _XML_FEED.search(stripped[:4096]):
            return "feed"
    if stripped.startswith(b"[") and suffix in (".json", ".jsonl", ".ndjson"):
        return "jsonl"  # a JSON array of records; the JSON Lines reader takes whole documents too
    if stripped.startswith(b"{"):
        first_line = stripped.split(b"\n", 1)[0]
        try:
            json.loads(first_line)
            return "jsonl"
        except ValueError:
            if suffix in (".jsonl", ".ndjson", ".json"):
                return "jsonl"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".warc", ".arc"):
        return "warc"
    if suffix in (".rss", ".atom") or (suffix == ".xml" and _XML_FEED.search(stripped)):
        return "feed"
    if _HTML.search(stripped[:4096]) or suffix in (".html", ".htm", ".xhtml"):
        return "html"
    return "text"


def read_maybe_gzip(path_bytes: bytes, limit: int = 64 * 1024 * 1024) -> bytes:
    """Whole content of a possibly gzipped blob, decompressed with a limit checked as it goes; a truncated
    gzip keeps what could be decompressed. Raises :class:`InputError` past ``limit`` bytes or for corrupt
    data that yields nothing."""
    if not path_bytes.startswith(b"\x1f\x8b"):
        return path_bytes
    try:
        data, problem = gunzip_limited(io.BytesIO(path_bytes), limit)
    except ExpansionLimitError as exc:
        raise InputError(str(exc)) from exc
    if problem and not data:
        raise InputError(problem)
    return data
