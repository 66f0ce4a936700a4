"""The line a bad record is reported at is the line an editor shows it on (1-based, blank lines counted), for
every line-based input: JSON Lines (plain and gzipped), a pretty-printed JSON document, a sources file.

A new user's file with a broken first line was told "line 2" and lost its good records: the broken line opened
a ``{`` and was read, with the rest, as one JSON document whose parse failed on the next line.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from crosswire.fetch.sources import read_sources
from crosswire.ingest import read_path
from crosswire.model import IngestError, RawDocument

GOOD = [
    json.dumps({"id": "b", "outlet": "Harbour Post", "text": "The ferry left Ostrel at noon."}),
    json.dumps({"id": "c", "outlet": "Harbour Post", "text": "It docked at Varn an hour later."}),
]
BROKEN = [
    '{"id": "a", "text": "unclosed record"',  # a missing brace
    '{"id": "a", "text": "a trailing comma",',
    '{"id": "a" "text": "a missing comma"}',
    '{"id": "a", "text": "an unclosed string}',
]


def _read(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(line -> id of each record read, line -> reason of each error)."""
    docs: dict[str, str] = {}
    errors: dict[str, str] = {}
    for item in read_path(path):
        line = item.source.rsplit(":", 1)[1]
        if isinstance(item, RawDocument):
            docs[line] = str(item.id)
        elif isinstance(item, IngestError):
            errors[line] = item.reason
    return docs, errors


@pytest.mark.parametrize("broken", BROKEN)
@pytest.mark.parametrize("gzipped", [False, True])
def test_a_broken_first_line_is_line_one_and_the_rest_are_read(tmp_path: Path, broken: str, gzipped: bool) -> None:
    text = "\n".join([broken, *GOOD]) + "\n"
    path = tmp_path / ("a.jsonl.gz" if gzipped else "a.jsonl")
    path.write_bytes(gzip.compress(text.encode()) if gzipped else text.encode())
    docs, errors = _read(path)
    assert docs == {"2": "b", "3": "c"}
    assert list(errors) == ["1"] and "not valid JSON" in errors["1"]
    assert "line 2" not in errors["1"]


@pytest.mark.parametrize("broken", BROKEN)
def test_broken_lines_after_blank_lines_keep_their_numbers(tmp_path: Path, broken: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(["", broken, GOOD[0], "", "", broken, GOOD[1]]) + "\n")
    docs, errors = _read(path)
    assert docs == {"3": "b", "7": "c"}
    assert sorted(errors) == ["2", "6"]


def test_a_broken_json_document_names_the_line_of_its_fault(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('[\n  {"id": "b", "text": "The ferry left."},\n  {"id": "c" "text": "It docked."}\n]\n')
    docs, errors = _read(path)
    assert docs == {}
    assert list(errors) == ["3"] and "neither JSON Lines nor a JSON document" in errors["3"]


def test_a_sources_file_counts_lines_as_an_editor_does(tmp_path: Path) -> None:
    path = tmp_path / "sources.txt"
    path.write_text(
        "# outlets to follow\nhttps://harbour-post.example/feed\ncaption\u2028text\n\nnot a url\x0cat all\n",
        encoding="utf-8",
    )
    urls, problems = read_sources([str(path)])
    assert urls == ["https://harbour-post.example/feed"]
    assert [p.source.rsplit(":", 1)[1] for p in problems] == ["3", "5"]
