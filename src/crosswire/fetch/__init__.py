"""Fetching the web politely: pages, feeds and sitemaps as ingest inputs.

:class:`Fetcher` (:mod:`.client`, httpx) honours robots.txt (:mod:`.robots`, protego), rate-limits per host,
sends conditional requests with the validators the store remembers, retries with backoff and
``Retry-After``, times out, caps sizes while streaming and records redirects. :mod:`.urls` filters and
normalises URLs (courlan); :mod:`.discover` tells feeds, sitemaps and pages apart and lists their links;
:func:`read_urls` (:mod:`.inputs`) turns URLs into the documents ingest reads; :func:`read_sources` reads the
list ``crosswire follow`` polls.
"""

from crosswire.fetch.client import USER_AGENT, Fetcher, FetchPolicy, FetchResult
from crosswire.fetch.inputs import read_url, read_urls
from crosswire.fetch.sources import read_sources
from crosswire.fetch.urls import is_url, normalise

__all__ = [
    "USER_AGENT",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "is_url",
    "normalise",
    "read_sources",
    "read_url",
    "read_urls",
]
