"""Labels a new user's train-derailment trial got wrong (trial 30, class 4), on invented pages of other events: a
pre-scraped page whose first line is the site's header ("Meridian Press Agency | Wire") kept that line as the
headline and dropped the real one; a JSON Lines record's ``source`` (or ``publisher``, ``site_name``) was not read
as the outlet."""

from __future__ import annotations

import json

import pytest

from crosswire.clean import clean_document
from crosswire.ingest.jsonl import read_jsonl
from crosswire.model import RawDocument

BODY = (
    "HARLOW QUAY, March 8 (Coastline Wire) - The ferry Solway Star ran aground off Harlow Quay early on Monday with "
    "184 passengers on board, the coastguard said.\n\n"
    "Tugs from the port pulled the vessel free at high tide in the afternoon, and no one was seriously hurt, the "
    "harbour master told reporters.\n\n"
    "The operator said the ferry would stay out of service until divers had inspected its hull."
)

SITE_HEADERS = [
    ("Coastline Wire | Newswire", "Ferry with 184 on board runs aground off Harlow Quay"),
    ("Coastline Wire - World", "Ferry runs aground off Harlow Quay, passengers safe"),
    ("Nordkurier Online | Nachrichten", "Fähre mit 184 Passagieren vor Harlow Quay auf Grund gelaufen"),
]


@pytest.mark.parametrize(("site", "headline"), SITE_HEADERS)
def test_a_site_header_first_line_is_no_headline(site: str, headline: str) -> None:
    text = f"{site}\nHome  World  Business  Sport\nSubscribe | Log in\n\n{headline}\n\nBy Mara Quill\n\n{BODY}\n"
    article = clean_document(RawDocument(source="wire.txt", kind="text", content=text, content_type="text"))
    assert article.title == headline
    assert [r.text for r in article.removed if r.reason == "title"] == [headline]


RECORD = {"id": "r1", "title": "Fähre auf Grund gelaufen", "text": BODY}


@pytest.mark.parametrize(
    ("fields", "outlet"),
    [
        ({"source": "Nordkurier"}, "Nordkurier"),
        ({"publisher": "Gazette du Lac"}, "Gazette du Lac"),
        ({"site_name": "Correo Austral"}, "Correo Austral"),
        ({"source": {"id": "kurier", "name": "Kurier Morski"}}, "Kurier Morski"),
        ({"outlet": "Fenwick Herald", "source": "Coastline Wire"}, "Fenwick Herald"),
        ({"source": 17}, None),
    ],
)
def test_the_outlet_is_read_from_source_publisher_or_site_name(fields: dict, outlet: str | None) -> None:
    (doc,) = read_jsonl("coverage.jsonl", [json.dumps({**RECORD, **fields}).encode()])
    assert isinstance(doc, RawDocument)
    assert doc.outlet == outlet
