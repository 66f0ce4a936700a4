"""A web server on 127.0.0.1 for the fetcher's tests and benchmark: fixture feeds, sitemaps and pages from
``tests/fixtures/web/``, answering the way real servers do (ETag and Last-Modified with 304, 404, 429 with
Retry-After, 500, redirects, gzip, a wrong charset header, robots.txt, a slow answer). It records every
request (path and whether it was conditional), so a test can check what the fetcher asked for.

Routes (``{base}`` in a fixture is replaced by the server's own address):

- ``/robots.txt`` disallows ``/private/``; ``/feed.xml``, ``/sitemap.xml``, ``/sitemap_index.xml``
- ``/news/<name>.html`` and ``/private/<name>.html``: the fixture pages, with validators
- ``/news/moved`` redirects (301, then 302) to ``/news/moved-here.html``
- ``/news/flaky.html`` answers 500 to its first request, then the page
- ``/news/busy.html`` answers 429 with ``Retry-After: 1`` to its first request, then the page
- ``/news/gzipped.html`` is sent gzip-encoded; ``/news/charset.html`` says latin-1 but is UTF-8
- ``/news/slow.html`` waits ``slow_seconds`` before answering; ``/news/missing.html`` is 404
- ``/bench/<n>.html``: pages registered with :meth:`LoopbackServer.add_pages`
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "web"
LAST_MODIFIED = "Fri, 10 May 2024 12:00:00 GMT"


@dataclass
class Request:
    path: str
    conditional: bool
    status: int
    user_agent: str


@dataclass
class LoopbackServer:
    slow_seconds: float = 3.0
    requests: list[Request] = field(default_factory=list)
    extra: dict[str, bytes] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    httpd: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.httpd is not None
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def add_pages(self, pages: dict[str, bytes]) -> None:
        """Serve ``pages`` (path -> HTML bytes) as they are, with validators."""
        self.extra.update(pages)

    def start(self) -> LoopbackServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server.answer(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()

    # -- answering ----------------------------------------------------------------------------------------
    def answer(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        self.hits[path] += 1
        conditional = bool(h.headers.get("If-None-Match") or h.headers.get("If-Modified-Since"))
        status, headers, body = self.route(path, self.hits[path], h)
        self.requests.append(Request(path, conditional, status, h.headers.get("User-Agent", "")))
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def route(self, path: str, hit: int, h: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        if path == "/news/moved":
            return 301, {"Location": "/news/moved-temp"}, b""
        if path == "/news/moved-temp":
            return 302, {"Location": f"{self.base}/news/moved-here.html"}, b""
        if path == "/news/flaky.html" and hit == 1:
            return 500, {"Content-Type": "text/plain"}, b"internal error"
        if path == "/news/busy.html" and hit == 1:
            return 429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"slow down"
        if path == "/news/slow.html":
            time.sleep(self.slow_seconds)
        body, ctype = self.content(path)
        if body is None:
            return 404, {"Content-Type": "text/html"}, b"<html><title>404 Not Found</title><h1>Not Found</h1></html>"
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        headers = {"Content-Type": ctype, "ETag": etag, "Last-Modified": LAST_MODIFIED}
        if h.headers.get("If-None-Match") == etag or h.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return 304, {"ETag": etag}, b""
        if path == "/news/gzipped.html":
            headers["Content-Encoding"] = "gzip"
            body = gzip.compress(body)
        return 200, headers, body

    def content(self, path: str) -> tuple[bytes | None, str]:
        if path in self.extra:
            return self.extra[path], "text/html; charset=utf-8"
        name = path.rsplit("/", 1)[-1]
        if path in ("/robots.txt",):
            return (FIXTURES / "robots.txt").read_bytes(), "text/plain"
        if path in ("/feed.xml", "/sitemap.xml", "/sitemap_index.xml"):
            text = (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", self.base)
            return text.encode("utf-8"), "application/xml" if "sitemap" in name else "application/rss+xml"
        if path == "/news/gzipped.html":
            return (FIXTURES / "bridge.html").read_bytes().replace(b"Kessel harbour", b"Gzipped Kessel harbour"), (
                "text/html; charset=utf-8"
            )
        if path == "/news/slow.html":
            return (FIXTURES / "ferry.html").read_bytes(), "text/html"
        file = FIXTURES / name
        if path.startswith(("/news/", "/private/")) and file.suffix == ".html" and file.exists():
            ctype = "text/html; charset=iso-8859-1" if name == "charset.html" else "text/html; charset=utf-8"
            return file.read_bytes(), ctype
        return None, ""
