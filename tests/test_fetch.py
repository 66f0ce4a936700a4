"""The polite fetcher against a server the test starts on 127.0.0.1 (bench/loopback.py): robots.txt, rate
limit, conditional requests, retries, Retry-After, timeouts, size limits, redirects, gzip, wrong charset
headers, feeds and (news) sitemaps as ingest inputs, and ``crosswire follow``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.fetch import USER_AGENT, Fetcher, FetchPolicy, read_urls
from crosswire.model import IngestError, RawDocument
from crosswire.pipeline import ingest_documents
from crosswire.store import Store
from loopback import LoopbackServer

FAST = FetchPolicy(delay=0.0, timeout=1.0, backoff=0.05, retries=2)


@pytest.fixture()
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer(slow_seconds=2.0).start()
    yield srv
    srv.stop()


def _read(store: Store, urls: list[str], policy: FetchPolicy = FAST) -> list[RawDocument | IngestError]:
    with Fetcher(store, policy) as fetcher:
        return list(read_urls(urls, fetcher))


def test_feed_entries_pages_are_fetched_with_every_server_answer(tmp_path: Path, server: LoopbackServer) -> None:
    with Store(tmp_path / "s.db") as store:
        items = _read(store, [f"{server.base}/feed.xml"])
    docs = {d.url: d for d in items if isinstance(d, RawDocument)}
    errors = {e.source: e for e in items if isinstance(e, IngestError)}
    base = server.base
    # tracking parameters dropped; the 301 -> 302 chain followed to the page; 500 and 429 retried
    assert set(docs) == {
        f"{base}/news/bridge.html",
        f"{base}/news/ferry.html",
        f"{base}/news/moved-here.html",
        f"{base}/news/flaky.html",
        f"{base}/news/busy.html",
    }
    assert errors[f"{base}/private/secret.html"].reason == "cannot fetch (disallowed by robots.txt)"
    assert errors[f"{base}/news/missing.html"].kind == "not_article"
    assert all("/img/" not in s for s in errors), "an image link is filtered out, not fetched"
    assert server.hits["/private/secret.html"] == 0
    assert server.hits["/news/flaky.html"] == 2 and server.hits["/news/busy.html"] == 2
    # the feed's own date is the fallback date, read from its raw (non-RFC 822) string
    assert docs[f"{base}/news/ferry.html"].captured == "2024-05-04T09:00:00"
    assert all(r.user_agent == USER_AGENT for r in server.requests)


def test_retry_after_is_honoured(tmp_path: Path, server: LoopbackServer) -> None:
    slept: list[float] = []
    with Store(tmp_path / "s.db") as store, Fetcher(store, FAST, sleep=slept.append) as fetcher:
        result = fetcher.fetch(f"{server.base}/news/busy.html")
    assert result.ok and slept == [1.0]


def test_redirects_are_recorded(tmp_path: Path, server: LoopbackServer) -> None:
    with Store(tmp_path / "s.db") as store, Fetcher(store, FAST) as fetcher:
        result = fetcher.fetch(f"{server.base}/news/moved")
    assert result.final_url == f"{server.base}/news/moved-here.html"
    assert result.redirects == [f"{server.base}/news/moved", f"{server.base}/news/moved-temp"]
    assert result.state is not None and result.state.redirects == result.redirects


def test_slow_answer_times_out_and_is_reported(tmp_path: Path, server: LoopbackServer) -> None:
    policy = FetchPolicy(delay=0.0, timeout=0.3, retries=1, backoff=0.01)
    with Store(tmp_path / "s.db") as store:
        (error,) = _read(store, [f"{server.base}/news/slow.html"], policy)
    assert isinstance(error, IngestError) and "timed out" in error.reason and "2 tries" in error.reason


def test_size_limit_from_header_and_while_streaming(tmp_path: Path, server: LoopbackServer) -> None:
    server.add_pages({"/bench/big.html": b"<html><body><p>" + b"word " * 60_000 + b"</p></body></html>"})
    policy = FetchPolicy(delay=0.0, max_bytes=100_000)
    with Store(tmp_path / "s.db") as store, Fetcher(store, policy) as fetcher:
        declared = fetcher.fetch(f"{server.base}/bench/big.html")
        streamed = fetcher.fetch(f"{server.base}/news/gzipped.html")  # no usable length: gzip, counted decoded
    assert declared.error is not None and "declared" in declared.error
    assert streamed.ok  # 1.4 kB decoded, under the limit
    policy.max_bytes = 500
    with Store(tmp_path / "s.db") as store, Fetcher(store, policy) as fetcher:
        cut = fetcher.fetch(f"{server.base}/news/gzipped.html")
    assert cut.error is not None and "over the limit" in cut.error


def test_gzip_and_wrong_charset_header_are_read_right(tmp_path: Path, server: LoopbackServer) -> None:
    with Store(tmp_path / "s.db") as store:
        items = _read(store, [f"{server.base}/sitemap_index.xml"])
        docs = {d.url.rsplit("/", 1)[-1]: d for d in items if isinstance(d, RawDocument)}
        ingest_documents(store, iter(items))
        by_url = {a.url: a for a in store.iter_articles()}
    assert set(docs) == {"harbour.html", "charset.html", "gzipped.html"}
    assert "Gzipped Kessel harbour" in docs["gzipped.html"].content
    # the header says latin-1; the bytes are UTF-8, and are read as such
    assert "Zoë Müller-Łukasik" in docs["charset.html"].content and "Ştefan Rădulescu" in docs["charset.html"].content
    # a news sitemap's publication date is only the fallback; the page's own date wins
    assert by_url[f"{server.base}/news/harbour.html"].published == "2024-05-08T11:00:00+02:00"


def test_second_pass_is_conditional_requests_answered_304(tmp_path: Path, server: LoopbackServer) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        first = ingest_documents(store, iter(_read(store, [f"{server.base}/feed.xml", f"{server.base}/sitemap.xml"])))
    assert first.stored == 8
    before = len(server.requests)
    with Store(db) as store:
        items = _read(store, [f"{server.base}/feed.xml", f"{server.base}/sitemap.xml"])
    second = server.requests[before:]
    assert [(r.path, r.conditional, r.status) for r in second] == [
        ("/feed.xml", True, 304),
        ("/sitemap.xml", True, 304),
    ]
    assert [e.kind for e in items if isinstance(e, IngestError)] == ["unchanged", "unchanged"]


def test_rate_limit_spaces_requests_to_one_host(tmp_path: Path, server: LoopbackServer) -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(round(s, 3))
        now[0] += s

    policy = FetchPolicy(delay=2.0)
    with Store(tmp_path / "s.db") as store, Fetcher(store, policy, sleep=sleep, clock=lambda: now[0]) as fetcher:
        for name in ("bridge", "ferry", "harbour"):
            assert fetcher.fetch(f"{server.base}/news/{name}.html").ok
    # robots.txt, then three pages: each waits for the 2 s slot after the one before
    assert slept == [2.0, 2.0, 2.0]


def test_follow_twice_second_pass_only_304(tmp_path: Path, server: LoopbackServer) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_text(f"# the Ledger\n{server.base}/feed.xml\n\nnot a url\n", encoding="utf-8")
    db = tmp_path / "f.db"
    runner = CliRunner()
    args = ["follow", str(sources), "--db", str(db), "--once", "--delay", "0", "--timeout", "1", "--json"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["stored"] == 5
    before = len(server.requests)
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert [(r.path, r.conditional, r.status) for r in server.requests[before:]] == [("/feed.xml", True, 304)]
    assert "sources.txt:4" in second.stderr and "not an http(s) URL" in second.stderr
    with Store(db) as store:
        assert store.count_stories() >= 1
        assert all(store.stored_comparison(sid) is not None for sid in store.story_ids())


def test_ingest_command_takes_urls_and_files(tmp_path: Path, server: LoopbackServer) -> None:
    page = tmp_path / "local.html"
    page.write_bytes((Path(__file__).parent / "fixtures" / "web" / "harbour.html").read_bytes())
    result = CliRunner().invoke(
        app,
        ["ingest", str(page), f"{server.base}/news/bridge.html", "--db", str(tmp_path / "i.db"), "--delay", "0"],
    )
    assert result.exit_code == 0, result.output
    assert "stored 2" in result.stdout
