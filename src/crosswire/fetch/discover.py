"""What a fetched URL holds: a feed (its entries' links), a sitemap (its pages' links, news sitemaps' titles
and dates), a sitemap index (more sitemaps), or a page.

Feeds are read with feedparser (through :mod:`crosswire.ingest.feeds`, which checks dates and encodings).
Sitemaps are small, fixed XML (sitemaps.org 0.9 and Google's news extension), read here with lxml; the
libraries that read sitemaps (trafilatura's ``sitemaps``, ultimate-sitemap-parser) fetch the sitemap
themselves and would bypass the polite fetcher.
"""

# lxml ships no type information (and lxml-stubs is not a dependency): its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import lxml.etree

from crosswire.fetch.urls import normalise, page_candidate
from crosswire.ingest.feed_dates import entry_date, feed_date
from crosswire.ingest.feeds import entry_title, parse_feed

Found = Literal["feed", "sitemap", "sitemap_index", "page"]

_SITEMAP = re.compile(rb"<(?:\w+:)?(urlset|sitemapindex)[\s>]", re.I)
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one file, uncompressed


@dataclass(slots=True)
class Link:
    """A page to fetch, found in a feed or sitemap, with what the listing says about it."""

    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601, checked against the raw string


def what_is(body: bytes, content_type: str = "") -> Found:
    """Whether a fetched body is a feed, a sitemap, a sitemap index or a page (by content; the
    ``Content-Type`` only breaks a tie)."""
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if m := _SITEMAP.search(head):
        return "sitemap_index" if m.group(1).lower() == b"sitemapindex" else "sitemap"
    if head.startswith(b"<") and _FEED.search(head) and not re.search(rb"<html[\s>]", head, re.I):
        return "feed"
    if any(t in content_type for t in ("rss", "atom")):
        return "feed"
    return "page"


def feed_links(body: bytes) -> list[Link]:
    """The entries of a feed that link to a page worth fetching, in feed order, each once."""
    parsed = parse_feed(body)
    links: list[Link] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        url = page_candidate(entry.get("link") or "")
        if url and url not in seen:
            seen.add(url)
            published = entry_date(entry, "published") or entry_date(entry, "updated")
            links.append(Link(url, entry_title(entry), published))
    return links


def sitemap_links(body: bytes) -> tuple[list[Link], list[str]]:
    """(pages, child sitemaps) of a sitemap or sitemap index; a news sitemap's ``news:title`` and
    ``news:publication_date`` come with each page. Raises ValueError for XML that cannot be read."""
    try:
        root = lxml.etree.fromstring(body, parser=lxml.etree.XMLParser(resolve_entities=False, no_network=True))
    except lxml.etree.XMLSyntaxError as exc:
        raise ValueError(f"not a readable sitemap ({exc})") from exc
    pages: list[Link] = []
    children: list[str] = []
    for el in root:
        tag = lxml.etree.QName(el).localname if isinstance(el.tag, str) else ""
        loc = _child_text(el, "loc")
        if not loc:
            continue
        if tag == "sitemap":
            if url := normalise(loc):
                children.append(url)
        elif tag == "url" and (url := page_candidate(loc)):
            date = _child_text(el, "publication_date") or _child_text(el, "lastmod")
            pages.append(Link(url, _child_text(el, "title"), feed_date(date) if date else None))
    return pages, children


def _child_text(el: lxml.etree._Element, name: str) -> str | None:
    """The text of the first descendant of ``el`` named ``name`` in any namespace."""
    for child in el.iter():
        if isinstance(child.tag, str) and lxml.etree.QName(child).localname == name and child is not el:
            text = (child.text or "").strip()
            return text or None
    return None
