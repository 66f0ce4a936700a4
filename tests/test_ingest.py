"""Readers: every input kind, chosen by content, and every kind of bad input reported and skipped."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crosswire.ingest import read_path, read_paths, sniff_path
from crosswire.model import IngestError, RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

ARTICLE_HTML = """<!doctype html><html><head><title>Harbour bridge reopens | The Tidewater Ledger</title>
<meta property="og:site_name" content="The Tidewater Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour bridge reopens after two-year repair</h1>
<p>The Kessel harbour bridge reopened to traffic on Friday after a repair that took two years and cost the
city 48 million euros, officials said.</p>
<p>Engineers replaced all 212 cables and the deck of the central span, which had corroded faster than
expected since the bridge opened in 1971.</p>
<p>Mayor Ilse Brandt said the work had been worth the wait and thanked residents for their patience.</p>
</article><footer>Contact us</footer></body></html>"""

FEED_XML = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Valley Courier</title><link>https://courier.example/</link>
<item><title>Council approves new library</title><link>https://courier.example/library</link>
<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The town council voted 7-2 on Monday to build a new library.</p>
<p>Construction is due to start in the autumn.</p>]]></content:encoded></item>
<item><title>Rain expected</title><link>https://courier.example/rain</link>
<description>Forecasters expect heavy rain across the valley on Thursday.</description></item>
</channel></rss>"""


def _warc_bytes(pages: list[tuple[str, str, str]], *, gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, ctype, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers
        )
        writer.write_record(record)
    return buf.getvalue()


def _docs(path: Path) -> tuple[list[RawDocument], list[IngestError]]:
    items = list(read_path(path))
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, IngestError)]


def test_seed_text_is_read_as_text() -> None:
    seed = SHARED / "seeds" / "000_f1b319162d563aac.txt"
    if not seed.exists():
        pytest.skip("shared data not present")
    docs, errors = _docs(seed)
    assert not errors and len(docs) == 1
    assert docs[0].kind == "text" and docs[0].content_type == "text"
    assert "Lukashenko" in docs[0].content


def test_kind_is_chosen_by_content_not_extension(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(ARTICLE_HTML)
    (tmp_path / "feed.dat").write_text(FEED_XML)
    (tmp_path / "records").write_text(json.dumps({"text": "Hello world."}) + "\n")
    (tmp_path / "archive.bin").write_bytes(_warc_bytes([("https://x.example/a", "text/html", ARTICLE_HTML)], gz=True))
    assert sniff_path(tmp_path / "page.txt") == "html"
    assert sniff_path(tmp_path / "feed.dat") == "feed"
    assert sniff_path(tmp_path / "records") == "jsonl"
    assert sniff_path(tmp_path / "archive.bin") == "warc"


def test_gzipped_html_benchmark_page_is_html() -> None:
    pages = sorted((SHARED / "bench" / "article-extraction" / "html").glob("*.html.gz"))
    if not pages:
        pytest.skip("shared data not present")
    docs, errors = _docs(pages[0])
    assert not errors and docs[0].content_type == "html" and "<" in docs[0].content


@pytest.mark.parametrize("gz", [False, True])
def test_warc_keeps_html_responses_only(tmp_path: Path, gz: bool) -> None:
    data = _warc_bytes(
        [
            ("https://ledger.example/bridge", "text/html; charset=utf-8", ARTICLE_HTML),
            ("https://ledger.example/logo.png", "image/png", "PNG"),
            ("https://ledger.example/api", "application/json", "{}"),
        ],
        gz=gz,
    )
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(data)
    docs, errors = _docs(path)
    # the two records that are not pages are counted on one line, not dropped silently
    assert [(e.kind, e.count) for e in errors] == [("skipped", 2)]
    assert "image/png" in errors[0].reason and "application/json" in errors[0].reason
    assert [d.url for d in docs] == ["https://ledger.example/bridge"]
    assert docs[0].kind == "html" and "212 cables" in docs[0].content


def test_truncated_warc_keeps_records_before_the_cut(tmp_path: Path) -> None:
    full = _warc_bytes(
        [("https://a.example/1", "text/html", ARTICLE_HTML), ("https://a.example/2", "text/html", ARTICLE_HTML * 3)],
        gz=False,
    )
    path = tmp_path / "cut.warc"
    path.write_bytes(full[: len(full) - 900])
    docs, errors = _docs(path)
    assert [d.url for d in docs][:1] == ["https://a.example/1"]
    # The damaged second record is either skipped with a named error or read short; never an exception.
    assert all(str(path) in e.source for e in errors)


def test_feed_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "courier.rss"
    path.write_text(FEED_XML)
    docs, errors = _docs(path)
    assert not errors and len(docs) == 2
    first = docs[0]
    assert first.outlet == "Valley Courier"
    assert first.url == "https://courier.example/library"
    assert first.published is not None and first.published.startswith("2024-03-05T09:30")
    assert (
        first.content
        == "The town council voted 7-2 on Monday to build a new library.\n\nConstruction is due to start in the autumn."
    )
    assert docs[1].content.startswith("Forecasters expect heavy rain")


def test_feed_that_is_not_xml_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title><item><title>unclosed")
    docs, errors = _docs(path)
    assert not docs
    assert len(errors) == 1 and errors[0].source.startswith(str(path))


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a-1",
                "url": "https://w.example/1",
                "outlet": "Wire Daily",
                "title": "One",
                "published": "2024-05-01T10:00:00Z",
                "text": "First article text.",
            }
        ),
        "{this is not json",
        json.dumps({"id": "a-2", "html": "<p>Second article.</p>"}),
        json.dumps({"id": "a-3"}),
        json.dumps({"text": "Bad date.", "published": "yesterday"}),
        "",
        json.dumps(["not", "an", "object"]),
    ]
    path.write_text("\n".join(lines) + "\n")
    docs, errors = _docs(path)
    assert [d.id for d in docs] == ["a-1", "a-2"]
    assert docs[0].outlet == "Wire Daily" and docs[0].published == "2024-05-01T10:00:00Z"
    assert docs[1].content_type == "html"
    reasons = {e.source.rsplit(":", 1)[1]: e.reason for e in errors}
    assert set(reasons) == {"2", "4", "5", "7"}
    assert "not valid JSON" in reasons["2"]
    assert "'text' or 'html'" in reasons["4"]
    assert "ISO 8601" in reasons["5"]


def test_binary_empty_and_oversized_files_are_named_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 40)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n \n")
    big = tmp_path / "huge.txt"
    with open(big, "w") as fh:
        line = "A long line of ordinary prose that goes on and on. " * 20 + "\n"
        for _ in range(200 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    (tmp_path / "ok.txt").write_text("A short page.\n\nWith two paragraphs of text in it.")
    items = list(read_paths([tmp_path]))
    errors = {Path(i.source).name: i.reason for i in items if isinstance(i, IngestError)}
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [Path(d.source).name for d in docs] == ["ok.txt"]
    assert "not an article: a JPEG image" in errors["photo.jpg"]
    assert "empty" in errors["empty.txt"]
    assert "whitespace" in errors["blank.txt"]
    assert "too large" in errors["huge.txt"]


def test_wrong_and_mixed_encodings_never_raise(tmp_path: Path) -> None:
    text = "Le président a déclaré que la réunion était «très importante» pour l'économie."
    (tmp_path / "latin1.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "mixed.txt").write_bytes(text.encode("utf-8") + b"\n\n" + "Café crème à 3€".encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    by_name = {Path(d.source).name: d for d in read_paths([tmp_path]) if isinstance(d, RawDocument)}
    assert by_name["latin1.txt"].content == text
    assert by_name["utf16.txt"].content == text
    assert by_name["mixed.txt"].content.startswith(text)


def test_missing_paths_and_empty_globs_are_errors(tmp_path: Path) -> None:
    items = list(read_paths([tmp_path / "nope.txt", str(tmp_path / "*.none")]))
    assert len(items) == 2 and all(isinstance(i, IngestError) for i in items)
    assert "no such file" in items[0].reason and "no file matches" in items[1].reason


def test_gzip_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(b"Plain scraped text.\n\nSecond line."))
    docs, errors = _docs(path)
    assert not errors and docs[0].content.startswith("Plain scraped text.")


def test_json_document_instead_of_json_lines(tmp_path):
    """A pretty-printed JSON array is read as records, not reported as one error per line."""
    records = [
        {
            "id": "a-1",
            "outlet": "Test Wire",
            "title": "One",
            "text": "First paragraph of a test article here.\n\nMore.",
        },
        {"id": "a-2", "outlet": "Test Wire", "title": "Two", "text": "Second article body text, long enough."},
        {"id": "a-3", "title": "no text field"},
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    out = list(read_path(path))
    docs = [d for d in out if not isinstance(d, IngestError)]
    errors = [d for d in out if isinstance(d, IngestError)]
    assert [d.id for d in docs] == ["a-1", "a-2"]
    assert len(errors) == 1 and errors[0].source.endswith(":1[2]")

    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "id": "x",\n  "text": "unterminated\n', encoding="utf-8")
    out = list(read_path(broken))
    assert len(out) == 1 and isinstance(out[0], IngestError)
    assert "broken.json" in out[0].source and "JSON" in out[0].reason
