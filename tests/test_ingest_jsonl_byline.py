"""A JSON Lines record's authors (``byline``, ``author`` or ``authors``) reach the article's byline and
contributors (a new user's ``"author": "Lucía Ferrer"`` was dropped without notice), and a bad type is one clear
error naming the line."""

from __future__ import annotations

import json

from crosswire.clean.document import clean_document
from crosswire.ingest.jsonl import read_jsonl
from crosswire.model import IngestError, RawDocument

TEXT = (
    "Vesta Harbour - The port authority of Vesta Harbour closed two berths on Monday after a crane collapsed "
    "onto a cargo ship, officials said.\n\nNo one was hurt, according to the harbour master."
)


def _read(*records: dict) -> list[RawDocument | IngestError]:
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in records]
    return list(read_jsonl("coverage.jsonl", lines))


def test_author_fields_become_the_byline_and_contributors() -> None:
    docs = _read(
        {"id": "a", "outlet": "Diario Vesta", "author": "Lucía Ferrer", "text": TEXT},
        {"id": "b", "outlet": "Harbour Post", "authors": ["Tom Berg", "Ana Ruiz"], "text": TEXT},
        {"id": "c", "outlet": "Port Wire", "byline": "Ana Ruiz and Tom Berg, Reuters", "text": TEXT},
        {"id": "d", "outlet": "Quay Daily", "text": TEXT},
    )
    arts = {d.id: clean_document(d) for d in docs if isinstance(d, RawDocument)}
    assert arts["a"].byline == "Lucía Ferrer" and arts["a"].contributors[:1] == ["Lucía Ferrer"]
    assert arts["b"].byline == "Tom Berg, Ana Ruiz" and arts["b"].contributors[:2] == ["Tom Berg", "Ana Ruiz"]
    assert arts["c"].contributors[:2] == ["Ana Ruiz", "Tom Berg"]
    assert "Reuters" not in arts["c"].contributors
    assert arts["d"].byline is None


def test_an_author_of_another_type_is_an_error_naming_the_line() -> None:
    (err,) = _read({"id": "x", "author": {"name": "Lucía Ferrer"}, "text": TEXT})
    assert isinstance(err, IngestError)
    assert "coverage.jsonl" in err.source and "author" in err.reason
