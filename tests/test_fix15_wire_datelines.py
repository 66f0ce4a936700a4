"""An English wire dateline with uneven punctuation or a two-word city gives its place (invented text; fix15): new
users' AP and Reuters copy opened "PORT ELLIS, Nova, (AP) —", "PORT ELLIS,Nova (AP) —", "PORT ELLIS (AP) _ A
fire", "SAN JUAN —A fire", or a horizontal bar for the dash, and the article's dateline came out empty.
"""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.metadata import read_dateline
from crosswire.model import RawDocument

BODY = " A fire broke out at the harbour warehouse on Monday night, officials said."
OPENINGS = [
    ("PORT ELLIS, Nova (AP) —", "PORT ELLIS", "AP"),
    ("PORT ELLIS, Nova, (AP) —", "PORT ELLIS", "AP"),
    ("PORT ELLIS,Nova (AP) —", "PORT ELLIS", "AP"),
    ("PORT ELLIS, Nova (AP) ―", "PORT ELLIS", "AP"),
    ("PORT ELLIS, Nova (AP) ‒", "PORT ELLIS", "AP"),
    ("PORT ELLIS (AP) _", "PORT ELLIS", "AP"),
    ("PORT ELLIS, Nova, (Reuters) -", "PORT ELLIS", "Reuters"),
    ("SAN JUAN —", "SAN JUAN", None),
    ("SAN JUAN, Puerto Rico (AP) —", "SAN JUAN", "AP"),
    ("LA PAZ, Bolivia, (AP) —", "LA PAZ", "AP"),
]


@pytest.mark.parametrize(("opening", "place", "agency"), OPENINGS, ids=[o[0] for o in OPENINGS])
def test_a_wire_dateline_gives_its_place(opening: str, place: str, agency: str | None) -> None:
    found = read_dateline(opening + BODY)
    assert found is not None and found[:2] == (place, agency)
    assert (opening + BODY)[found[2] :].startswith("A fire")


def test_a_long_dash_glued_to_the_first_word_ends_the_dateline() -> None:
    text = "SAN JUAN —A fire broke out at the harbour warehouse on Monday night."
    assert read_dateline(text) == ("SAN JUAN", None, len("SAN JUAN —"))


@pytest.mark.parametrize(
    "text",
    [
        "The harbour (AP) was closed — a fire broke out.",
        "Officials said _ nothing more.",
        "Port Ellis, Nova, was quiet — until the fire.",
    ],
)
def test_no_dateline_where_the_paragraph_opens_with_none(text: str) -> None:
    assert read_dateline(text) is None


def test_the_article_keeps_the_dateline_place() -> None:
    text = (
        "Fire closes Port Ellis harbour\n\n"
        "PORT ELLIS, Nova, (AP) ― A fire broke out at the harbour warehouse on Monday night, officials said.\n\n"
        "Firefighters worked through the night to contain the blaze, the harbour master said.\n"
    )
    doc = clean_document(RawDocument(source="ap_fire.txt", kind="text", content=text, content_type="text"))
    assert doc.dateline == "PORT ELLIS"
