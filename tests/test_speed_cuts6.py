"""Start-up cuts (branch speed6): a plain ingest imports neither warcio nor feedparser; archives and feeds,
which need them, still read (their own tests: ``test_ingest_archives.py``, ``test_ingest.py``)."""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _imported_after(code: str) -> set[str]:
    """The top-level module names loaded in a fresh interpreter after running ``code``."""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join({{m.split('.')[0] for m in sys.modules}}))"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def test_pipeline_and_cli_import_no_archive_or_feed_reader() -> None:
    loaded = _imported_after("import crosswire.pipeline, crosswire.cli, crosswire.ingest")
    assert "crosswire" in loaded
    assert not loaded & {"warcio", "feedparser", "fsspec"}


def test_html_page_ingest_imports_no_archive_or_feed_reader(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
        "<p>The harbour of Ostrel reopened on Tuesday after a storm closed it for three days, the port said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    code = f"from crosswire.ingest import read_paths\nassert list(read_paths([{str(page)!r}]))"
    loaded = _imported_after(code)
    assert not loaded & {"warcio", "feedparser"}


def test_warc_and_feed_still_read() -> None:
    from crosswire.ingest.feeds import parse_feed
    from crosswire.ingest.warc import read_warc
    from crosswire.model import RawDocument

    feed = parse_feed(
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        b"<item><title>Ferry grounded</title><description>A ferry ran aground near Halvik.</description></item>"
        b"</channel></rss>"
    )
    assert [e.title for e in feed.entries] == ["Ferry grounded"]
    html = b"<html><body><p>The ferry ran aground near Halvik on Monday night, the coast guard said.</p></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/ferry\r\n"
        b"WARC-Date: 2024-03-14T08:05:12Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        + f"Content-Length: {len(http)}\r\n\r\n".encode()
        + http
        + b"\r\n\r\n"
    )
    docs = [d for d in read_warc("a.warc.gz", io.BytesIO(gzip.compress(record))) if isinstance(d, RawDocument)]
    assert len(docs) == 1 and "Halvik" in docs[0].content
    broken = list(read_warc("b.warc", io.BytesIO(b"not an archive at all")))
    assert broken and not any(isinstance(d, RawDocument) for d in broken)
