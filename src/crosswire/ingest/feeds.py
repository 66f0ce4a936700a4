"""RSS and Atom feeds from files (feedparser): one entry is one article.

Feed entry bodies are already article text (no page furniture), often as an HTML fragment that is too short
for a page extractor's heuristics; so the fragment is turned into paragraphs here, block element by block
element, and handed on as text.
"""

# lxml ships no type information (and lxml-stubs is not a dependency): its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import feedparser
import lxml.html

from crosswire.model import IngestError, RawDocument

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption", "tr"}


def fragment_to_text(fragment: str) -> str:
    """HTML fragment to plain text with a blank line between block elements."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return fragment.strip()
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    parts: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            parts.append(text)
        current.clear()

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCKS:
            flush()
        if tag == "br":
            current.append(" ")
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if tag in _BLOCKS:
            flush()

    walk(root)
    flush()
    return "\n\n".join(parts)


def _iso(struct: time.struct_time | None) -> str | None:
    if not struct:
        return None
    return datetime(*struct[:6], tzinfo=UTC).isoformat()


def read_feed(source: str, data: bytes) -> Iterator[RawDocument | IngestError]:
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        reason = parsed.get("bozo_exception")
        yield IngestError(source, f"not a readable RSS/Atom feed ({reason})")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#entry-{number}"
        html = ""
        if entry.get("content"):
            html = max((c.get("value", "") for c in entry.content), key=len)
        if not html.strip():
            html = entry.get("summary", "") or entry.get("description", "")
        text = fragment_to_text(html)
        if not text.strip():
            yield IngestError(where, "feed entry has no content or summary")
            continue
        yield RawDocument(
            source=where,
            kind="feed",
            content=text,
            content_type="text",
            id=None,
            url=entry.get("link"),
            outlet=outlet,
            title=(entry.get("title") or "").strip() or None,
            published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        )
