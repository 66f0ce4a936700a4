"""RSS and Atom feeds from files (feedparser): one entry is one article.

Feed entry bodies are already article text (no page furniture), often as an HTML fragment that is too short
for a page extractor's heuristics; so the fragment is turned into paragraphs here, block element by block
element, and handed on as text. Titles of type html are read the same way (no literal ``&amp;`` or tags).

Two things feedparser gets wrong are checked here: a feed declared UTF-8 with one stray byte is decoded by
feedparser in another code page whole (every accent wrong); it is decoded here as UTF-8 with only the bad
byte replaced. And a date in a form that is not RFC 822 or ISO 8601 ("2024/3/14 08:05:12") is misread by
feedparser's fallback parsers by months; dates are read here from the raw string
(:mod:`crosswire.ingest.feed_dates`), never taken from feedparser's parsed value unchecked.
"""

# lxml ships no type information (and lxml-stubs is not a dependency): its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import lxml.html

from crosswire.ingest.decode import declared_charset
from crosswire.ingest.feed_dates import entry_date
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


def utf8_repaired(data: bytes) -> bytes:
    """``data`` with its few invalid UTF-8 bytes replaced by U+FFFD, when it is declared UTF-8 (or declares
    nothing, XML's default) and is UTF-8 but for those bytes; otherwise unchanged (a feed really in another
    code page is decoded by feedparser from its declaration)."""
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    if declared_charset(data) not in (None, "utf-8"):
        return data
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    high = sum(1 for b in data if b >= 0x80)
    # UTF-8 with a stray byte: nearly every high byte belongs to a valid sequence.
    return text.encode("utf-8") if bad * 10 <= max(high, 1) else data


def parse_feed(data: bytes) -> Any:
    """feedparser's result for a feed's bytes, decoded as :func:`utf8_repaired` says."""
    import feedparser  # here, not with the module: every ingest imports this module, few read feeds (~0.08 CPU s)

    return feedparser.parse(utf8_repaired(data))


def entry_title(entry: Any) -> str | None:
    """An entry's title as plain text: a title of type html has its entities and tags resolved."""
    title = entry.get("title") or ""
    detail = entry.get("title_detail") or {}
    if "html" in (detail.get("type") or "") or "&" in title or "<" in title:
        title = " ".join(fragment_to_text(title).split())
    return title.strip() or None


_BRACKETED_NAME = re.compile(r"\(([^()@]+)\)")


def entry_byline(entry: Any) -> str | None:
    """An entry's authors as the feed names them: ``dc:creator`` or ``author`` (feedparser's ``authors``, an RSS
    ``<author>`` "desk@x.example (Lucía Berrondo)" read as the name in brackets), joined with ", "; else a byline
    line ("Por Lucía Berrondo", "di Marco Bellandi", "Von Katrin Holler") that opens the entry's description
    when the entry's content is apart from it (the cleaner reads such a line inside the content itself)."""
    raw = " ".join(str(entry.get("author") or "").split())
    bracketed = _BRACKETED_NAME.search(raw) if "@" in raw else None
    if bracketed:  # feedparser splits "desk@x.example (Name)" at the wrong place: the name is read here
        return bracketed.group(1).strip()
    names: list[str] = []
    for author in entry.get("authors") or []:
        name = " ".join(str(author.get("name") or "").split())
        if name and "@" not in name and "(" not in name and name not in names:
            names.append(name)
    if not names and raw and "@" not in raw:
        names.append(raw)
    if names:
        return ", ".join(names)
    if not entry.get("content"):
        return None
    from crosswire.clean.credits import parse_byline  # here: the cleaner's byline rules, read only for a feed

    summary = fragment_to_text(entry.get("summary", "") or "").split("\n\n", 1)[0]
    found = parse_byline(summary.split(". ", 1)[0]) if summary else None
    return ", ".join(found) if found else None


def channel_outlet(title: str | None) -> str | None:
    """The outlet a feed's channel title names, without the section the feed carries ("El Faro del Sur -
    Internacional" -> "El Faro del Sur", "L'Écho maritime – Actualités" -> "L'Écho maritime"): the cleaner's
    :func:`crosswire.clean.metadata.outlet_without_section`, which every ingest path's outlet goes through."""
    from crosswire.clean.metadata import outlet_without_section  # here: every ingest imports this module

    return outlet_without_section(title)


def read_feed(source: str, data: bytes) -> Iterator[RawDocument | IngestError]:
    """One document per entry of an RSS or Atom feed (its content or summary as text), with the entry's
    link, title and date; one error naming the entry for an entry without text, and one for a feed that
    cannot be read at all."""
    parsed = parse_feed(data)
    if parsed.bozo and not parsed.entries:
        reason = parsed.get("bozo_exception")
        yield IngestError(source, f"not a readable RSS/Atom feed ({reason})")
        return
    outlet = channel_outlet(parsed.feed.get("title"))
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
            title=entry_title(entry),
            published=entry_date(entry, "published") or entry_date(entry, "updated"),
            modified=entry_date(entry, "updated") if dict.get(entry, "published") else None,
            byline=entry_byline(entry),
        )
