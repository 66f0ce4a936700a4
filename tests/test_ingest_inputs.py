"""Nothing silent: inputs that yield no article say why on one line naming them; "not an article" is
reported, not stored; an id stored with other text is named with its id and line; unreadable files and
folders are reported and the batch goes on; a file name that is not UTF-8 is handled; a decompression bomb
is refused after reading no more than the limit."""

from __future__ import annotations

import builtins
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.ingest import read_path, read_paths
from crosswire.ingest.limits import ExpansionLimitError, gunzip_limited
from crosswire.model import IngestError
from crosswire.pipeline import ingest_documents
from crosswire.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "web"
runner = CliRunner()

NOT_FOUND = """<!doctype html><html><head><title>404 Page not found | The Tidewater Ledger</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Page not found</h1><p>Sorry, we could not find the page you were looking for.</p>
<p>Try the search box or go back to the home page.</p></body></html>"""
CUT_BEFORE_BODY = '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/s.css"><script>'
SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>Chart</text></svg>'
ERROR_500 = (
    "<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>"
)
SHORT_ENTRY_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title>
<item><title>Rain expected</title><link>https://courier.example/rain</link>
<description>Forecasters expect heavy rain across the valley on Thursday.</description></item></channel></rss>"""


def _ingest(tmp_path: Path, files: dict[str, str | bytes]):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    with Store(tmp_path / "s.db") as store:
        summary = ingest_documents(store, read_paths([folder]))
        titles = [a.title for a in store.iter_articles()]
    return summary, titles


def test_not_articles_are_reported_not_stored(tmp_path: Path) -> None:
    summary, titles = _ingest(
        tmp_path,
        {
            "404.html": NOT_FOUND,
            "cut.html": CUT_BEFORE_BODY,
            "chart.svg": SVG,
            "chart-no-suffix": SVG,
            "500.html": ERROR_500,
            "pixel.png": b"\x89PNG\r\n\x1a\n" + bytes(64),
            "ok.html": (FIXTURES / "bridge.html").read_text(encoding="utf-8"),
            "short.xml": SHORT_ENTRY_FEED,  # a 9-word feed entry is short, but an article
        },
    )
    reasons = {Path(e.source).name.split("#")[0]: e.reason for e in summary.errors}
    assert summary.stored == 2 and sorted(t or "" for t in titles) == [
        "Kessel harbour bridge reopens after two-year repair",
        "Rain expected",
    ]
    assert summary.not_articles == 6 and summary.failed == 0
    assert all(e.kind == "not_article" and e.reason.startswith("not an article") for e in summary.errors)
    assert "error page" in reasons["404.html"] and "Page not found" in reasons["404.html"]
    assert "empty body" in reasons["cut.html"]
    assert "SVG" in reasons["chart.svg"] and "SVG" in reasons["chart-no-suffix"]
    assert "error page" in reasons["500.html"] and "PNG" in reasons["pixel.png"]


def test_id_collision_with_other_text_is_named_with_id_and_line(tmp_path: Path) -> None:
    first = tmp_path / "a.jsonl"
    second = tmp_path / "b.jsonl"
    text = "The council approved the new library on Monday, with building work to start in the autumn."
    first.write_text(json.dumps({"id": "lib-1", "text": text}) + "\n", encoding="utf-8")
    second.write_text(
        json.dumps({"id": "other", "text": "A different story about the ferry timetable for the summer."})
        + "\n"
        + json.dumps({"id": "lib-1", "text": text + " Updated with the final cost."})
        + "\n"
        + json.dumps({"id": "lib-1", "text": text})
        + "\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "s.db") as store:
        ingest_documents(store, read_path(first))
        summary = ingest_documents(store, read_path(second))
        stored = store.get_article("lib-1")
    assert summary.stored == 1 and summary.duplicates == 1 and summary.failed == 1
    (error,) = summary.errors
    assert error.source == f"{second}:2"
    assert "'lib-1'" in error.reason and "different text" in error.reason and str(first) in error.reason
    assert stored is not None and "final cost" not in stored.body


def test_unreadable_file_and_folder_are_reported_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pages"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.html").write_bytes((FIXTURES / "ferry.html").read_bytes())
    (folder / "ok.html").write_bytes((FIXTURES / "bridge.html").read_bytes())
    secret = tmp_path / "secret.html"
    secret.write_bytes((FIXTURES / "harbour.html").read_bytes())
    real_open, real_scandir = builtins.open, os.scandir

    def deny_open(file, *args, **kwargs):  # what a file without read permission does (the tests run as root)
        if str(file) == str(secret):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    def deny_scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(builtins, "open", deny_open)
    monkeypatch.setattr(os, "scandir", deny_scandir)
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(secret), str(folder), "--db", str(db), "--no-facts", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["stored"] == 1 and summary["failed"] == 2
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("skipped")]
    assert len(lines) == 2
    assert any(str(secret) in ln and "Permission denied" in ln for ln in lines)
    assert any("locked" in ln and "cannot read this folder" in ln for ln in lines)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without read permission")
def test_unreadable_file_really(tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_bytes((FIXTURES / "harbour.html").read_bytes())
    secret.chmod(0)
    (error,) = list(read_path(secret))
    assert isinstance(error, IngestError) and "Permission denied" in error.reason


def test_non_utf8_file_name_is_read_and_named(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    raw_name = os.fsencode(folder) + b"/caf\xe9-bridge.html"
    fd = os.open(raw_name, os.O_WRONLY | os.O_CREAT)
    os.write(fd, (FIXTURES / "bridge.html").read_bytes())
    os.close(fd)
    (folder / "ferry.html").write_bytes((FIXTURES / "ferry.html").read_bytes())
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--no-facts", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stored"] == 2
    with Store(db) as store:
        sources = sorted(r["source"] for r in store.article_rows())
    assert sources[0].endswith("caf\ufffd-bridge.html")
    listed = runner.invoke(app, ["articles", "--db", str(db)])
    assert listed.exit_code == 0


def _bomb(path: Path, expanded: int) -> Path:
    """A gzip file of one member that expands to ``expanded`` bytes of spaces and letters."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"a" * (1 << 20)
    with open(path, "wb") as fh:
        for _ in range(expanded >> 20):
            fh.write(comp.compress(block))
        fh.write(comp.flush())
    return path


def test_bomb_page_refused_reading_no_more_than_the_limit(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "page.txt.gz", 200 << 20)
    (error,) = list(read_path(path))
    assert isinstance(error, IngestError) and "refused" in error.reason and "20 MB" in error.reason
    with open(path, "rb") as fh, pytest.raises(ExpansionLimitError):
        gunzip_limited(fh, 1 << 20)
    assert os.path.getsize(path) < 1 << 20  # the test of "cheap": what was read


def test_bomb_jsonl_refused_by_its_ratio(tmp_path: Path) -> None:
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    line = json.dumps({"id": "x", "text": "Short text for a record."}).encode() + b"\n"
    path = tmp_path / "records.jsonl.gz"
    with open(path, "wb") as fh:
        fh.write(comp.compress(line))
        for _ in range(200):
            fh.write(comp.compress(b"\n" * (1 << 20)))
        fh.write(comp.flush())
    items = list(read_path(path))
    assert isinstance(items[-1], IngestError) and "decompression bomb" in items[-1].reason
    assert sum(1 for i in items if not isinstance(i, IngestError)) == 1  # the good line before it is kept


def test_truncated_gzip_page_keeps_what_it_has(tmp_path: Path) -> None:
    data = gzip.compress((FIXTURES / "bridge.html").read_bytes())
    path = tmp_path / "cut.html.gz"
    path.write_bytes(data[: len(data) - 40])
    (doc,) = list(read_path(path))
    assert not isinstance(doc, IngestError) and "Kessel harbour bridge" in doc.content


@pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("setpriv"), reason="runs the CLI as the unprivileged user 'nobody'"
)
def test_unreadable_file_and_folder_for_a_real_user() -> None:
    """The same as above without monkeypatching: the CLI runs as ``nobody`` on files it may not read."""
    work = Path(tempfile.mkdtemp(prefix="crosswire-perm-"))
    try:
        work.chmod(0o777)
        (work / "ok.html").write_bytes((FIXTURES / "bridge.html").read_bytes())
        (work / "secret.html").write_bytes((FIXTURES / "ferry.html").read_bytes())
        (work / "secret.html").chmod(0)
        (work / "sub" / "locked").mkdir(parents=True)
        (work / "sub" / "locked" / "h.html").write_bytes((FIXTURES / "harbour.html").read_bytes())
        (work / "sub" / "b.html").write_bytes((FIXTURES / "busy.html").read_bytes())
        (work / "sub" / "locked").chmod(0)
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "crosswire.cli"]
        if subprocess.run([*cmd, "--help"], capture_output=True, timeout=120).returncode != 0:
            pytest.skip("'nobody' cannot run this checkout's interpreter (a private folder)")
        args = [
            "ingest",
            str(work / "secret.html"),
            str(work / "ok.html"),
            str(work / "sub"),
            "--db",
            str(work / "s.db"),
        ]
        result = subprocess.run([*cmd, *args, "--no-facts", "--json"], capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        summary = json.loads(result.stdout)
        assert summary["stored"] == 2 and summary["failed"] == 2
        assert f"skipped {work / 'secret.html'}: cannot read (Permission denied)" in result.stderr
        assert f"skipped {work / 'sub' / 'locked'}: cannot read this folder (Permission denied)" in result.stderr
    finally:
        for p in (work / "sub" / "locked", work / "secret.html"):
            p.chmod(0o700)
        shutil.rmtree(work)
