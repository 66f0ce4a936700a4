"""JSON Lines: one article per line; also crosswire's export format, so an export re-ingests as itself.

Fields: ``id``, ``url``, ``outlet``, ``title``, ``published`` (ISO 8601), and ``text`` or ``html``. Only one of
``text``/``html`` is required. A given ``id`` stays the article's id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime

from crosswire.ingest.decode import decode_bytes
from crosswire.model import IngestError, RawDocument

MAX_LINE_BYTES = 50 * 1024 * 1024


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str | int | float):
        value = str(value).strip()
        return value or None
    raise ValueError(f"field '{key}' must be a string")


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
    meta = {k: _optional_str(record, k) for k in ("id", "url", "outlet", "title", "published", "language")}
    if meta["published"]:
        try:
            datetime.fromisoformat(meta["published"].replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError(f"'published' is not an ISO 8601 date: {meta['published']!r}") from exc
    return content, content_type, meta


def read_jsonl(source: str, lines: Iterable[bytes]) -> Iterator[RawDocument | IngestError]:
    """Each line independently: a bad line is reported with its number and the rest go on."""
    for number, raw_line in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if not raw_line.strip():
            continue
        if len(raw_line) > MAX_LINE_BYTES:
            yield IngestError(where, f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MB")
            continue
        try:
            record = json.loads(decode_bytes(raw_line))
        except ValueError as exc:
            yield IngestError(where, f"not valid JSON ({exc.args[0] if exc.args else exc})")
            continue
        try:
            content, content_type, meta = parse_record(record)
        except ValueError as exc:
            yield IngestError(where, str(exc))
            continue
        yield RawDocument(
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
        )
