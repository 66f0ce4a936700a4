"""JSON Lines: one article per line; also crosswire's export format, so an export re-ingests as itself.

Fields: ``id``, ``url``, ``outlet`` (or, when it is absent, ``source``, ``publisher`` or ``site_name``, in that
order: a string, or an object with a ``name``, as news APIs write ``"source": {"name": ...}``), ``title``,
``published`` (ISO 8601), ``language``, ``byline`` (or ``author``: a string, or a list of strings), and ``text`` or
``html``. Only one of ``text``/``html`` is required. A given ``id`` stays the article's id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from crosswire.ingest.decode import decode_bytes
from crosswire.model import IngestError, RawDocument
from crosswire.vocab.calendar import iso_datetime

MAX_LINE_BYTES = 50 * 1024 * 1024


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str | int | float):
        value = str(value).strip()
        return value or None
    raise ValueError(f"field '{key}' must be a string")


def _byline(record: dict) -> str | None:
    """The record's authors: ``byline``, else ``author`` or ``authors`` (a string or a list of strings, joined
    by ", "). Raises ValueError for another type."""
    for key in ("byline", "author", "authors"):
        value = record.get(key)
        if isinstance(value, list):
            if not all(isinstance(v, str) for v in value):
                raise ValueError(f"field '{key}' must be a string or a list of strings")
            value = ", ".join(v.strip() for v in value if v.strip())
        found = _optional_str(record, key) if not isinstance(value, str) else value.strip()
        if found:
            return found
    return None


OUTLET_KEYS = ("outlet", "source", "publisher", "site_name")
"""The fields an outlet's name is read from, first present first (a new user's JSON Lines record gave
``"source": "Talwacht Zeitung"`` and was shown by its headline and domain)."""


def _outlet(record: dict) -> str | None:
    """The record's outlet: the first of :data:`OUTLET_KEYS` that holds a name (a string, or an object's
    ``name``). ``outlet`` of another type raises ValueError; the other keys of another type are passed over
    (a ``source`` may be a feed's id or a number)."""
    for key in OUTLET_KEYS:
        value = record.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if key == "outlet":
            found = _optional_str(record, key) if not isinstance(value, str) else value.strip()
        else:
            found = value.strip() if isinstance(value, str) else None
        if found:
            return found
    return None


def parse_record(record: object) -> tuple[str, str, dict[str, str | None]]:
    """Validate one JSONL record; return (content, content_type, metadata) or raise ValueError."""
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        content, content_type = text, "text"
    elif isinstance(html, str) and html.strip():
        content, content_type = html, "html"
    else:
        raise ValueError("needs a non-empty 'text' or 'html' field")
    meta = {k: _optional_str(record, k) for k in ("id", "url", "title", "published", "language")}
    meta["outlet"] = _outlet(record)
    meta["byline"] = _byline(record)
    if meta["published"] and iso_datetime(meta["published"]) is None:
        raise ValueError(f"'published' is not an ISO 8601 date: {meta['published']!r}")
    return content, content_type, meta


MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


def _document(source: str, where: str, record: object) -> RawDocument | IngestError:
    try:
        content, content_type, meta = parse_record(record)
    except ValueError as exc:
        return IngestError(where, str(exc))
    return RawDocument(
        source=where,
        kind="jsonl",
        content=content,
        content_type=content_type,  # type: ignore[arg-type]
        id=meta["id"],
        url=meta["url"],
        outlet=meta["outlet"],
        title=meta["title"],
        published=meta["published"],
        language=meta["language"],
        byline=meta["byline"],
    )


def _read_json_document(
    source: str, first_line: int, first: bytes, rest: Iterator[bytes]
) -> Iterator[RawDocument | IngestError]:
    """A pretty-printed JSON array or object where JSON Lines was expected.

    Users export JSON as often as JSONL; rather than one "not valid JSON" per line, read the whole document
    (bounded) and take an array of records, or one record. When the whole is no JSON document either but a
    later line is a JSON value by itself, the file is JSON Lines with a broken first record: that line
    (``first_line``) is reported and the rest are read line by line, each under its own number.
    """
    chunks, size = [first], len(first)
    for line in rest:
        size += len(line)
        if size > MAX_DOCUMENT_BYTES:
            yield IngestError(
                f"{source}:{first_line}",
                f"a JSON document larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB; use JSON Lines",
            )
            return
        chunks.append(line)
    try:
        doc = json.loads(decode_bytes(b"".join(chunks)))
    except ValueError as exc:
        if any(_json_value(line) for line in chunks[1:]):
            yield IngestError(f"{source}:{first_line}", f"not valid JSON ({_line_error(first)})")
            yield from _read_lines(source, enumerate(chunks[1:], start=first_line + 1), seen_record=True)
            return
        # json counts a line past the last one when the document ends unclosed ("[" alone): name the last read
        bad_line = min(first_line + getattr(exc, "lineno", 1) - 1, first_line + len(chunks) - 1)
        yield IngestError(
            f"{source}:{bad_line}", f"neither JSON Lines nor a JSON document ({exc.args[0] if exc.args else exc})"
        )
        return
    where = f"{source}:{first_line}"
    if isinstance(doc, list):
        for index, record in enumerate(doc):
            yield _document(source, f"{where}[{index}]", record)
    else:
        yield _document(source, where, doc)


def _json_value(line: bytes) -> bool:
    """Whether one line is a JSON object by itself (a JSON Lines record)."""
    if not line.strip() or len(line) > MAX_LINE_BYTES:
        return False
    try:
        return isinstance(json.loads(decode_bytes(line)), dict)
    except ValueError:
        return False


def _line_error(line: bytes) -> str:
    """json's message for one line that is no JSON value, its place as a column of that line (json, given
    the line with its newline, would place an unclosed record at "line 2 column 1")."""
    try:
        json.loads(decode_bytes(line).rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        return f"{exc.msg}: column {exc.colno}"
    except ValueError as exc:
        return str(exc.args[0] if exc.args else exc)
    return "not a record"


def read_jsonl(source: str, lines: Iterable[bytes]) -> Iterator[RawDocument | IngestError]:
    """Each line independently: a bad line is reported as ``source:N``, N its 1-based line number in the
    file (blank lines counted), and the rest go on.

    A file whose first line is not JSON by itself but opens an array or object is read as one JSON document.
    """
    iterator = iter(lines)
    return _read_lines(source, enumerate(iterator, start=1), seen_record=False, rest=iterator)


def _read_lines(
    source: str,
    numbered: Iterator[tuple[int, bytes]],
    *,
    seen_record: bool,
    rest: Iterator[bytes] | None = None,
) -> Iterator[RawDocument | IngestError]:
    """The records of (line number, line) pairs; ``rest`` is the raw line iterator behind ``numbered`` (read
    on as one JSON document when the first record line opens one), None when no document is possible."""
    for number, raw_line in numbered:
        where = f"{source}:{number}"
        if not raw_line.strip():
            continue
        if len(raw_line) > MAX_LINE_BYTES:
            yield IngestError(where, f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MB")
            continue
        try:
            record = json.loads(decode_bytes(raw_line))
        except ValueError:
            if not seen_record and rest is not None and raw_line.lstrip()[:1] in (b"[", b"{"):
                yield from _read_json_document(source, number, raw_line, rest)
                return
            yield IngestError(where, f"not valid JSON ({_line_error(raw_line)})")
            continue
        seen_record = True
        yield _document(source, where, record)
