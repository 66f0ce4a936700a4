"""URLs as ingest inputs: a page, a feed (its entries' pages fetched) or a sitemap (news sitemaps and
sitemap indexes included), read through the polite :class:`~crosswire.fetch.client.Fetcher` into the same
:class:`RawDocument` / :class:`IngestError` stream the file readers give.

What is remembered, and when: a page's validators are saved after the page's article has gone to the
store (same commit); a feed's or sitemap's only after every page it lists was handled, and not at all when
a page failed for a reason that may pass (a timeout, 429, 5xx) or pages were left for a later run. So a run
killed at any point, or a page that failed for now, is fetched again by the next run rather than answered
304 and lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from crosswire.fetch.client import Fetcher, FetchResult
from crosswire.fetch.discover import Link, feed_links, sitemap_links, what_is
from crosswire.fetch.urls import normalise
from crosswire.ingest import read_bytes
from crosswire.model import IngestError, RawDocument

MAX_PAGES = 500  # pages fetched from one feed or sitemap in one run; the rest wait for the next run
MAX_SITEMAP_DEPTH = 2  # a sitemap index of sitemaps; deeper nesting is not in the protocol
_TRANSIENT = ("HTTP 5", "HTTP 429", "timed out", "network error")


@dataclass(slots=True)
class _Listing:
    """How the pages of one feed or sitemap went: whether it may be remembered as read."""

    complete: bool = True


def read_urls(
    urls: Iterable[str], fetcher: Fetcher, *, max_pages: int = MAX_PAGES
) -> Iterator[RawDocument | IngestError]:
    """Every document the URLs lead to, in order; errors named by URL. Never raises for a bad URL, a server
    error or a page that is not an article."""
    for raw in urls:
        url = normalise(raw)
        if url is None:
            yield IngestError(raw, "not an http(s) URL with a host")
            continue
        yield from read_url(url, fetcher, max_pages=max_pages)


def read_url(
    url: str, fetcher: Fetcher, *, max_pages: int = MAX_PAGES, depth: int = 0
) -> Iterator[RawDocument | IngestError]:
    """The documents behind one URL: a page's, a feed's entries' pages, or a sitemap's pages."""
    result = fetcher.fetch(url)
    if (problem := _problem(url, result)) is not None:
        yield problem
        return
    found = what_is(result.body, result.content_type)
    if found == "page":
        yield from _documents(result, None)
        _remember(fetcher, result)
        return
    listing = _Listing()
    if found == "feed":
        yield from _pages(url, feed_links(result.body), fetcher, max_pages, listing)
    else:
        try:
            links, children = sitemap_links(result.body)
        except ValueError as exc:
            yield IngestError(url, str(exc))
            return
        yield from _pages(url, links, fetcher, max_pages, listing)
        for child in children:
            if depth >= MAX_SITEMAP_DEPTH:
                yield IngestError(child, "sitemap nested deeper than a sitemap index; not followed", kind="skipped")
                continue
            yield from read_url(child, fetcher, max_pages=max_pages, depth=depth + 1)
    if listing.complete:
        _remember(fetcher, result)


def _pages(
    listing_url: str, links: list[Link], fetcher: Fetcher, max_pages: int, listing: _Listing
) -> Iterator[RawDocument | IngestError]:
    """The pages a feed or sitemap lists, at most ``max_pages`` of them."""
    if not links:
        yield IngestError(listing_url, "lists no page to fetch", kind="skipped", count=0)
    for link in links[:max_pages]:
        result = fetcher.fetch(link.url)
        if (problem := _problem(link.url, result)) is not None:
            if any(problem.reason.startswith(f"cannot fetch ({t}") for t in _TRANSIENT):
                listing.complete = False
            yield problem
            continue
        yield from _documents(result, link.published)
        _remember(fetcher, result)
    if len(links) > max_pages:
        listing.complete = False
        left = len(links) - max_pages
        yield IngestError(
            listing_url, f"{left} more pages left for the next run (--max-pages)", kind="skipped", count=left
        )


def _problem(url: str, result: FetchResult) -> IngestError | None:
    """The line to report for a fetch that gave no body, or None."""
    if result.not_modified:
        return IngestError(url, "unchanged since the last fetch (304)", kind="unchanged")
    if result.error in ("HTTP 404", "HTTP 410"):
        return IngestError(url, f"not an article: the server says {result.error} (not found)", kind="not_article")
    if result.error is not None:
        return IngestError(url, f"cannot fetch ({result.error})")
    return None


def _documents(result: FetchResult, listed_date: str | None) -> Iterator[RawDocument | IngestError]:
    """The documents of a fetched page, with its final URL and, as the date to fall back on, the date its
    feed or sitemap gave."""
    for doc in read_bytes(result.url, result.body, url=result.final_url):
        if isinstance(doc, RawDocument) and doc.captured is None:
            doc.captured = listed_date
        yield doc


def _remember(fetcher: Fetcher, result: FetchResult) -> None:
    if result.state is not None:
        fetcher.store.save_fetch_state(result.state)
