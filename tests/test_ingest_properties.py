"""Property tests for the readers: arbitrary bytes never raise, only documents or named errors come out."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosswire.ingest import read_path
from crosswire.ingest.decode import InputError, decode_bytes, sniff_kind
from crosswire.ingest.feeds import fragment_to_text
from crosswire.ingest.jsonl import read_jsonl
from crosswire.model import IngestError, RawDocument


@given(st.binary(max_size=4096))
def test_decode_never_raises_and_keeps_utf8(data: bytes) -> None:
    text = decode_bytes(data)
    assert isinstance(text, str)
    try:
        expected = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        assert text == expected


@given(st.text(max_size=2000))
def test_utf8_text_round_trips(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        assert decode_bytes(data) == text


@given(st.binary(max_size=2048), st.sampled_from(["", ".txt", ".html", ".jsonl", ".xml", ".warc"]))
def test_sniff_only_raises_input_error(head: bytes, suffix: str) -> None:
    try:
        kind = sniff_kind(head, suffix)
    except InputError:
        return
    assert kind in {"text", "html", "warc", "feed", "jsonl"}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10,
)


@given(st.lists(st.one_of(st.binary(max_size=200), json_values.map(lambda v: json.dumps(v).encode())), max_size=20))
def test_jsonl_reader_yields_documents_or_errors_per_line(lines: list[bytes]) -> None:
    lines = [line.replace(b"\n", b" ") + b"\n" for line in lines]
    out = list(read_jsonl("batch.jsonl", lines))
    assert all(isinstance(o, RawDocument | IngestError) for o in out)
    if not any("[" in o.source.rsplit(":", 1)[-1] for o in out):  # records of a JSON array come several a line
        assert len(out) <= len(lines)
    for o in out:
        match = re.fullmatch(r"batch\.jsonl:(\d+)(\[\d+\])?", o.source)
        assert match, o.source
        line_no = int(match.group(1))
        assert 1 <= line_no <= len(lines)
        if isinstance(o, RawDocument):
            assert o.content.strip()


@given(st.text(max_size=500))
def test_fragment_to_text_never_raises(fragment: str) -> None:
    assert isinstance(fragment_to_text(fragment), str)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000))
def test_any_file_reads_without_exception(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "input"
    path.write_bytes(data)
    for item in read_path(path):
        assert isinstance(item, RawDocument | IngestError)
        if isinstance(item, IngestError):
            assert item.source.startswith(str(path)) and item.reason
