"""Which URLs are worth fetching as news pages, and in what form: courlan's filters and normaliser.

courlan (trafilatura's URL library) strips tracking parameters (``utm_*``, ``fbclid``), lower-cases the
host and drops default ports; its filters refuse file types that are not pages (images, PDFs, archives),
feeds and API endpoints found among links, and pages that are not crawlable (login, cart, admin). Its
``check_url`` also refuses hosts without a public suffix, which would refuse a server on this machine
(127.0.0.1, localhost); the filters below are courlan's own, applied one by one so that such a host is
accepted when it is given.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from courlan import is_not_crawlable, normalize_url
from courlan.filters import extension_filter, type_filter


def is_url(text: str) -> bool:
    """True for an ``http://`` or ``https://`` address (what the CLI treats as a URL rather than a path)."""
    return text.lower().startswith(("http://", "https://"))


def normalise(url: str) -> str | None:
    """``url`` in the form it is fetched and remembered by: scheme and host lower-cased, tracking parameters
    and the fragment dropped (courlan ``normalize_url``); None for a URL that is not http(s) or has no host.
    """
    url = url.strip()
    if not is_url(url):
        return None
    try:
        parts = urlsplit(normalize_url(url, strict=False))
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def page_candidate(url: str) -> str | None:
    """A link found in a feed or sitemap, normalised, when it may be a news page; None for an image, a
    document, a feed or API link, or a page no crawler should fetch (courlan's extension, type and
    crawlability filters)."""
    norm = normalise(url)
    if norm is None:
        return None
    path = urlsplit(norm).path
    if not extension_filter(path) or not type_filter(norm, strict=False) or is_not_crawlable(norm):
        return None
    return norm


def host_of(url: str) -> str:
    """``scheme://host:port`` of a URL: the unit of the rate limit and of robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
