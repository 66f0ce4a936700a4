"""robots.txt, read with protego (a maintained parser of the current standard, RFC 9309, with wildcards,
``Allow`` precedence and ``Crawl-delay``), kept in the store for a day as RFC 9309 allows.

What a robots.txt answer means (RFC 9309, section 2.3.1): 2xx, the rules; 4xx (no robots.txt), everything
allowed; 5xx or no answer at all, nothing allowed (the site may be down or overloaded).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from protego import Protego

from crosswire.ingest.decode import decode_bytes
from crosswire.store import FetchState

if TYPE_CHECKING:
    from crosswire.fetch.client import Fetcher

CACHE_SECONDS = 24 * 3600  # RFC 9309 2.4: a crawler should not use a cached robots.txt for more than 24 hours


@dataclass(slots=True)
class RobotsRules:
    """One host's robots.txt: ``rules`` parsed, or everything allowed (``allow_all``) or nothing."""

    rules: Protego | None
    allow_all: bool
    crawl_delay: float | None = None

    def allowed(self, url: str, user_agent: str) -> bool:
        """Whether ``user_agent`` may fetch ``url``."""
        if self.rules is None:
            return self.allow_all
        return bool(self.rules.can_fetch(url, user_agent))

    @classmethod
    def from_answer(cls, status: int, body: bytes, user_agent: str) -> RobotsRules:
        """The rules an answer to ``GET /robots.txt`` means (status 0: no answer)."""
        if 200 <= status < 300:
            rules = Protego.parse(decode_bytes(body))
            delay = rules.crawl_delay(user_agent)
            return cls(rules, True, float(delay) if delay else None)
        return cls(None, 400 <= status < 500)

    @classmethod
    def load(cls, fetcher: Fetcher, host: str) -> RobotsRules:
        """``host``'s rules: from the store when fetched within a day, else asked for (conditionally, with
        retries, never itself subject to robots.txt) and remembered."""
        url = f"{host}/robots.txt"
        agent = fetcher.policy.user_agent
        kept = fetcher.store.fetch_state(url)
        if kept is not None and _age_seconds(kept.fetched_at) < CACHE_SECONDS:
            return cls.from_answer(kept.status, kept.body or b"", agent)
        answer = fetcher.fetch_robots(url, kept)
        return cls.from_answer(answer.status, answer.body or b"", agent)


def _age_seconds(fetched_at: str | None) -> float:
    """Seconds since an ISO 8601 UTC time as the store writes it; infinite when unknown."""
    if not fetched_at:
        return float("inf")
    try:
        when = dt.datetime.fromisoformat(fetched_at.replace("Z", "+00:00"))
    except ValueError:
        return float("inf")
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return (dt.datetime.now(dt.UTC) - when).total_seconds()


def remembered(
    url: str, status: int, body: bytes, previous: FetchState | None, etag: str | None, modified: str | None
) -> FetchState:
    """The state to keep for a robots.txt answer; a 304 keeps the previous body and validators."""
    if status == 304 and previous is not None:
        return FetchState(url, previous.status, previous.etag, previous.last_modified, body=previous.body)
    return FetchState(url, status, etag, modified, body=body if 200 <= status < 300 else None)
