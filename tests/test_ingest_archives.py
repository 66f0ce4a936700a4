"""Web archives read whole: WARC and ARC, compressed per record, whole-file or not; an image or a gzipped
body near the start; request, revisit and metadata records; a chunked gzip body; cut mid-record. Every
complete HTML record is read, each cut is one error, the records that are not pages are counted on one line,
and nothing else is lost. The archives are built here from pages of our own writing."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crosswire.ingest import read_path, sniff_path
from crosswire.model import IngestError, RawDocument

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def page(n: int) -> bytes:
    return (
        f"<!doctype html><html><head><title>Page {n} of the Tidewater Ledger</title></head><body><article>"
        f"<h1>Harbour story number {n}</h1><p>The harbour authority said on Friday that berth {n} would reopen "
        f"after repairs costing {n} million euros, and that ships could moor there again from Monday.</p>"
        f"<p>Engineers replaced {n * 10} metres of quay wall, harbour master Pieter Zwart said.</p>"
        "</article></body></html>"
    ).encode()


def warc(records: list[tuple[str, str, bytes, dict[str, str]]], *, gz: bool) -> bytes:
    """A WARC of (type, url, payload, http headers) records: response, request, revisit, metadata."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "crosswire tests"}))
    for rec_type, url, payload, given in records:
        headers = dict(given)
        if rec_type == "response":
            http = StatusAndHeaders(headers.pop("status", "200 OK"), list(headers.items()), protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http)
        elif rec_type == "request":
            http = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "ledger.example")], is_http_request=True)
            rec = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=http)
        elif rec_type == "revisit":
            rec = writer.create_revisit_record(url, digest="sha1:AAAA", refers_to_uri=url, refers_to_date="2024")
        else:
            rec = writer.create_warc_record(url, rec_type, payload=io.BytesIO(payload), warc_content_type="text/plain")
        writer.write_record(rec)
    return buf.getvalue()


def html_response(n: int) -> tuple[str, str, bytes, dict[str, str]]:
    return ("response", f"https://ledger.example/{n}", page(n), {"Content-Type": "text/html; charset=utf-8"})


MIXED = [
    ("response", "https://ledger.example/logo.png", PNG, {"Content-Type": "image/png"}),
    html_response(1),
    ("request", "https://ledger.example/2", b"", {}),
    html_response(2),
    ("revisit", "https://ledger.example/1", b"", {}),
    ("metadata", "https://ledger.example/2", b"outlinks: none", {}),
    (
        "response",
        "https://ledger.example/gone",
        b"<html>gone</html>",
        {"Content-Type": "text/html", "status": "404 Not Found"},
    ),
    html_response(3),
]


def arc(records: list[tuple[str, bytes]], *, gz_per_record: bool) -> bytes:
    """An ARC (version 1) file of (url, HTML body) records, each an HTTP response."""
    head = b"1 0 Crosswire\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [b"filedesc://test.arc 0.0.0.0 20240220090000 text/plain %d\n" % len(head) + head + b"\n"]
    for i, (url, body) in enumerate(records):
        block = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
        parts.append(f"{url} 127.0.0.1 2024022009000{i + 1} text/html {len(block)}\n".encode() + block + b"\n")
    if gz_per_record:
        return b"".join(gzip.compress(p) for p in parts)
    return b"".join(parts)


def _read(path: Path) -> tuple[list[RawDocument], list[IngestError]]:
    items = list(read_path(path))
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, IngestError)]


@pytest.mark.parametrize("form", ["plain", "per-record-gzip", "whole-file-gzip"])
def test_every_html_record_read_and_the_rest_counted(tmp_path: Path, form: str) -> None:
    data = warc([tuple(r) for r in MIXED], gz=form == "per-record-gzip")  # type: ignore[misc]
    if form == "whole-file-gzip":
        data = gzip.compress(data)
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    assert sniff_path(path) == "warc"  # the image and its NULs come after the signature
    docs, errors = _read(path)
    assert [d.url for d in docs] == [f"https://ledger.example/{n}" for n in (1, 2, 3)]
    assert all(d.captured and d.captured.endswith("+00:00") for d in docs)
    (skipped,) = errors
    assert skipped.kind == "skipped" and skipped.count == 5
    for kind in ("image/png", "request", "revisit", "metadata", "HTTP 404"):
        assert kind in skipped.reason


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("cut_in", ["payload", "headers"])
def test_truncated_archive_keeps_complete_records_one_error(tmp_path: Path, gz: bool, cut_in: str) -> None:
    full = warc([html_response(1), html_response(2), html_response(3)], gz=gz)
    last = warc([html_response(3)], gz=gz)
    info_len = len(warc([], gz=gz))
    start_of_third = len(full) - (len(last) - info_len)
    cut = start_of_third + (40 if cut_in == "headers" else (len(last) - info_len) // 2 + 60)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(full[:cut])
    docs, errors = _read(path)
    assert [d.url for d in docs] == ["https://ledger.example/1", "https://ledger.example/2"]
    assert len(errors) == 1 and errors[0].kind == "failed"
    assert errors[0].source.startswith(str(path) + "#record-")
    assert "truncated" in errors[0].reason


def test_truncated_whole_file_gzip(tmp_path: Path) -> None:
    data = gzip.compress(warc([html_response(n) for n in range(1, 30)], gz=False))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * 0.6)])
    docs, errors = _read(path)
    assert 10 < len(docs) < 29 and [d.url for d in docs] == [
        f"https://ledger.example/{n}" for n in range(1, len(docs) + 1)
    ]
    assert len(errors) == 1 and "truncated" in errors[0].reason


@pytest.mark.parametrize("gz", [False, True])
def test_arc_files_are_archives_not_pages(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("old.arc.gz" if gz else "old.arc")
    path.write_bytes(arc([(f"http://ledger.example/{n}", page(n)) for n in (1, 2)], gz_per_record=gz))
    assert sniff_path(path) == "warc"
    docs, errors = _read(path)
    assert not errors
    assert [d.url for d in docs] == ["http://ledger.example/1", "http://ledger.example/2"]
    assert [d.captured for d in docs] == ["2024-02-20T09:00:01+00:00", "2024-02-20T09:00:02+00:00"]
    assert "Harbour story number 1" in docs[0].content


def test_chunked_gzip_body_first(tmp_path: Path) -> None:
    body = gzip.compress(page(7))
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (body[:100], body[100:])) + b"0\r\n\r\n"
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip", "Transfer-Encoding": "chunked"}
    data = warc([("response", "https://ledger.example/7", chunked, headers), html_response(8)], gz=False)
    path = tmp_path / "chunked.warc"
    path.write_bytes(data)
    docs, errors = _read(path)
    assert not errors and [d.url for d in docs] == ["https://ledger.example/7", "https://ledger.example/8"]
    assert "Harbour story number 7" in docs[0].content


def test_capture_date_is_the_fallback_publication_date(tmp_path: Path) -> None:
    from crosswire.pipeline import clean_one

    path = tmp_path / "a.warc"
    path.write_bytes(warc([html_response(1)], gz=False))
    (doc,), _ = _read(path)
    article = clean_one(doc)
    assert not isinstance(article, IngestError)
    assert article.published == doc.captured  # the page states no date of its own


def test_per_record_gzip_with_a_record_larger_than_a_read_chunk(tmp_path: Path) -> None:
    # CC-NEWS packs one gzip member per record; a member that expands past one decompression chunk
    # (crosswire.ingest.limits.CHUNK) followed by more members in the same read must not be read twice.
    from crosswire.ingest.limits import CHUNK

    long_page = page(0).replace(b"</article>", b"".join(b"<p>Quay %d was inspected.</p>" % i for i in range(20000)))
    assert len(long_page) > 2 * CHUNK
    records = [("response", "https://ledger.example/0", long_page, {"Content-Type": "text/html"})]
    records += [html_response(n) for n in range(1, 6)]
    path = tmp_path / "news.warc.gz"
    path.write_bytes(warc(records, gz=True))
    docs, errors = _read(path)
    assert [d.url for d in docs] == [f"https://ledger.example/{n}" for n in range(6)] and errors == []
