"""Queries over ``fetch_state``: what the polite fetcher (:mod:`crosswire.fetch`) remembers per URL, so the
next request for it is conditional (``If-None-Match`` / ``If-Modified-Since``) and a robots.txt is not asked
for again within its cache lifetime."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field


@dataclass(slots=True)
class FetchState:
    """The last answer for one URL: HTTP status, its validators (``ETag``, ``Last-Modified``, as sent), the
    URL it ended at and the URLs it redirected through, the body (robots.txt only) and when (ISO 8601 UTC)."""

    url: str
    status: int
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None
    redirects: list[str] = field(default_factory=list)
    body: bytes | None = None
    fetched_at: str | None = None


class FetchQueries:
    """Fetch-state reads and writes; mixed into :class:`crosswire.store.Store`, which owns ``conn``."""

    conn: sqlite3.Connection

    def fetch_state(self, url: str) -> FetchState | None:
        """What was remembered about ``url``, or None when it was never fetched."""
        row = self.conn.execute(
            "SELECT url, status, etag, last_modified, final_url, redirects, body, fetched_at"
            " FROM fetch_state WHERE url = ?",
            (url,),
        ).fetchone()
        if row is None:
            return None
        return FetchState(
            url=str(row["url"]),
            status=int(row["status"]),
            etag=row["etag"],
            last_modified=row["last_modified"],
            final_url=row["final_url"],
            redirects=[str(u) for u in json.loads(row["redirects"] or "[]")],
            body=bytes(row["body"]) if row["body"] is not None else None,
            fetched_at=row["fetched_at"],
        )

    def save_fetch_state(self, state: FetchState) -> None:
        """Remember (or replace) the last answer for ``state.url``; ``fetched_at`` is set to now when None.

        The caller commits (see :meth:`transaction`): a page's validators must land in the same commit as the
        article read from it, and a feed's only after its entries, or a run killed in between would be
        answered 304 next time and never store what it lost."""
        self.conn.execute(
            """INSERT INTO fetch_state (url, status, etag, last_modified, final_url, redirects, body, fetched_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))
               ON CONFLICT(url) DO UPDATE SET status = excluded.status, etag = excluded.etag,
                 last_modified = excluded.last_modified, final_url = excluded.final_url,
                 redirects = excluded.redirects, body = excluded.body, fetched_at = excluded.fetched_at""",
            (
                state.url,
                state.status,
                state.etag,
                state.last_modified,
                state.final_url,
                json.dumps(state.redirects),
                state.body,
                state.fetched_at,
            ),
        )

    def count_fetch_states(self) -> int:
        """How many URLs the fetcher remembers."""
        return int(self.conn.execute("SELECT count(*) FROM fetch_state").fetchone()[0])
