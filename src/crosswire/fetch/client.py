"""The polite fetcher: one GET at a time over httpx, as a well-behaved crawler does it.

- robots.txt honoured (:mod:`crosswire.fetch.robots`, protego), its ``Crawl-delay`` too;
- a per-host rate limit (:attr:`FetchPolicy.delay` seconds between two requests to one host);
- conditional requests: the ``ETag`` and ``Last-Modified`` of the last answer for a URL are remembered in
  the store (``fetch_state``) and sent back as ``If-None-Match`` / ``If-Modified-Since``; a 304 costs nothing;
- retries with exponential backoff on timeouts, connection errors, 429 and 5xx, honouring ``Retry-After``
  (seconds or an HTTP date) up to :attr:`FetchPolicy.max_wait`;
- timeouts on connect and on every read (a server that trickles its answer is cut off);
- a size limit read from ``Content-Length`` before the body and enforced while streaming it (decompressed:
  a gzip bomb is cut off at the limit too);
- redirects followed one hop at a time (robots.txt checked at each), recorded, and capped;
- a user agent that says who is asking.

Why httpx: a maintained client with streaming, per-phase timeouts and transparent gzip/deflate/brotli
decoding; the retry and rate-limit loop around it is small and is what this module adds.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpx

from crosswire import __version__
from crosswire.fetch.robots import RobotsRules, remembered
from crosswire.fetch.urls import host_of
from crosswire.store import FetchState, Store

USER_AGENT = f"crosswire/{__version__} (news coverage comparison; honours robots.txt and Retry-After)"
_RETRY_STATUSES = {429, 500, 502, 503, 504}
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(slots=True)
class FetchPolicy:
    """How politely to fetch. Defaults follow common crawler practice: one request per second per host
    (Scrapy's AutoThrottle start delay), three retries, a robots ``Crawl-delay`` honoured up to a minute."""

    user_agent: str = USER_AGENT
    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds to connect, and to wait for each piece of the answer
    retries: int = 3  # further attempts after a timeout, a connection error, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry; doubled for each next one
    max_wait: float = 120.0  # longest Retry-After (seconds) honoured; a longer one gives up
    max_bytes: int = 20 * 1024 * 1024  # largest body, decompressed
    max_redirects: int = 10
    robots: bool = True
    max_crawl_delay: float = 60.0


@dataclass(slots=True)
class FetchResult:
    """One URL's answer: ``status`` 200-299 with ``body``; 304 (``not_modified``) when the remembered copy is
    current; otherwise ``error`` says why there is no body (HTTP status, robots, timeout, size)."""

    url: str
    status: int = 0
    body: bytes = b""
    content_type: str = ""
    final_url: str = ""
    redirects: list[str] = field(default_factory=list)
    error: str | None = None
    state: FetchState | None = None  # what to remember once the caller has used the body (it saves it)

    @property
    def ok(self) -> bool:
        return self.error is None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """Fetch URLs politely, remembering validators in ``store``. ``sleep`` and ``clock`` (seconds) are
    injectable for tests. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        store: Store,
        policy: FetchPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.policy = policy or FetchPolicy()
        self.sleep, self.clock = sleep, clock
        timeout = httpx.Timeout(self.policy.timeout)
        self.client = httpx.Client(headers={"User-Agent": self.policy.user_agent}, timeout=timeout)
        self._next_at: dict[str, float] = {}
        self._robots: dict[str, RobotsRules] = {}
        self.requests = 0  # requests sent, robots.txt included

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # -- the public entry ---------------------------------------------------------------------------------
    def fetch(self, url: str, *, conditional: bool = True) -> FetchResult:
        """GET ``url`` (normalised by the caller), following redirects; never raises for network trouble.

        With ``conditional``, the remembered validators are sent and a 304 comes back as ``not_modified``.
        The result's ``state`` is what to remember; the caller saves it (``store.save_fetch_state``) once it
        has stored what it read, in the same commit."""
        result = FetchResult(url=url, final_url=url)
        headers = self._validators(url) if conditional else {}
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if self.policy.robots and not self.robots_for(current).allowed(current, self.policy.user_agent):
                result.error = "disallowed by robots.txt"
                return result
            response_or_error = self._get_with_retries(current, headers)
            if isinstance(response_or_error, str):
                result.error = response_or_error
                return result
            status, resp_headers, body = response_or_error
            location = resp_headers.get("location")
            if status in _REDIRECTS and location:
                result.redirects.append(current)
                current = urljoin(current, location)
                headers = {}  # validators belong to the URL asked for, not to where it moved
                continue
            return self._finish(result, current, status, resp_headers, body)
        result.error = f"more than {self.policy.max_redirects} redirects"
        return result

    def robots_for(self, url: str) -> RobotsRules:
        """The robots.txt rules of ``url``'s host, fetched once per run and kept in the store for a day."""
        host = host_of(url)
        if host not in self._robots:
            self._robots[host] = RobotsRules.load(self, host)
        return self._robots[host]

    def fetch_robots(self, url: str, kept: FetchState | None) -> FetchState:
        """GET a robots.txt (conditionally when ``kept`` has validators; up to 5 redirects, as RFC 9309 asks),
        remembered in the store; status 0 when there was no answer."""
        headers: dict[str, str] = {}
        if kept is not None and 200 <= kept.status < 300:
            headers = self._validators(url)
        current, got = url, self._get_with_retries(url, headers)
        for _ in range(5):
            if isinstance(got, str) or got[0] not in _REDIRECTS or not got[1].get("location"):
                break
            current = urljoin(current, got[1]["location"])
            got = self._get_with_retries(current, {})
        if isinstance(got, str):
            state = FetchState(url, 0)
        else:
            status, resp_headers, body = got
            state = remembered(url, status, body, kept, resp_headers.get("etag"), resp_headers.get("last-modified"))
        self.store.save_fetch_state(state)
        return state

    # -- one request, with the rate limit and the retries -----------------------------------------------------
    def _get_with_retries(self, url: str, headers: dict[str, str]) -> tuple[int, httpx.Headers, bytes] | str:
        """(status, headers, body) of one GET, retried on timeouts, connection errors, 429 and 5xx; an error
        message when every try failed or the body is over the size limit."""
        problem = ""
        problem_headers: httpx.Headers | None = None
        for attempt in range(self.policy.retries + 1):
            if attempt:
                wait = self.policy.backoff * 2 ** (attempt - 1)
                asked = _retry_after(problem_headers) if problem_headers is not None else 0.0
                if asked > self.policy.max_wait:
                    return f"{problem}; asked to retry after {asked:.0f} s, more than {self.policy.max_wait:.0f} s"
                self.sleep(max(wait, asked))
            problem_headers = None
            try:
                status, resp_headers, body = self._get_once(url, headers)
            except httpx.TimeoutException:
                problem = f"timed out (no answer within {self.policy.timeout:g} s)"
                continue
            except httpx.TransportError as exc:
                problem = f"network error ({type(exc).__name__}: {exc})"
                continue
            except _TooLarge as exc:
                return str(exc)
            if status in _RETRY_STATUSES:
                problem, problem_headers = f"HTTP {status}", resp_headers
                continue
            return status, resp_headers, body
        return f"{problem} after {self.policy.retries + 1} tries"

    def _get_once(self, url: str, headers: dict[str, str]) -> tuple[int, httpx.Headers, bytes]:
        """One GET after waiting for the host's turn; the body streamed within the size limit."""
        self._wait_turn(url)
        self.requests += 1
        with self.client.stream("GET", url, headers=headers) as response:
            if not 200 <= response.status_code < 300:
                return response.status_code, response.headers, b""
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                raise _TooLarge(f"{int(declared) / 1e6:.1f} MB declared, over the limit of {self._limit_mb()} MB")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.policy.max_bytes:
                    raise _TooLarge(f"body over the limit of {self._limit_mb()} MB (cut off while reading)")
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        """Sleep until ``url``'s host may be asked again (the policy's delay, or robots' Crawl-delay)."""
        host = host_of(url)
        now = self.clock()
        ready = self._next_at.get(host, now)
        if ready > now:
            self.sleep(ready - now)
        delay = self.policy.delay
        rules = self._robots.get(host)
        if rules is not None and rules.crawl_delay:
            delay = max(delay, min(rules.crawl_delay, self.policy.max_crawl_delay))
        self._next_at[host] = max(now, ready) + delay

    # -- remembering ------------------------------------------------------------------------------------------
    def _validators(self, url: str) -> dict[str, str]:
        state = self.store.fetch_state(url)
        headers: dict[str, str] = {}
        if state is not None and 200 <= state.status < 300:
            if state.etag:
                headers["If-None-Match"] = state.etag
            if state.last_modified:
                headers["If-Modified-Since"] = state.last_modified
        return headers

    def _finish(self, result: FetchResult, final: str, status: int, headers: httpx.Headers, body: bytes) -> FetchResult:
        result.status, result.final_url, result.body = status, final, body
        result.content_type = headers.get("content-type", "")
        if status == 304:
            return result
        if not 200 <= status < 300:
            result.error = f"HTTP {status}"
            return result
        result.state = FetchState(
            url=result.url,
            status=status,
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
            final_url=final,
            redirects=list(result.redirects),
        )
        return result

    def _limit_mb(self) -> str:
        return f"{self.policy.max_bytes / (1024 * 1024):g}"


class _TooLarge(Exception):
    """A body over the size limit (not retried)."""


def _retry_after(headers: httpx.Headers) -> float:
    """Seconds a ``Retry-After`` header asks to wait (a number of seconds or an HTTP date); 0 without one."""
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return 0.0
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return max(0.0, when.timestamp() - time.time())
