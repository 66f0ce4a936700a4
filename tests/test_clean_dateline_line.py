"""A wire dateline printed on a line of its own, under the headline and byline, with a publication stamp between
it and the text: it was taken for the headline (a new user's wire text was titled "KESSINGEN, Valdoria, Nov 23
(NorthWire) -") and its place and agency were lost. It joins the first paragraph, where datelines are read.
Invented text; a short capitalised line that is no dateline stays where it was."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.model import RawDocument

PAGE = """Harbour Wire

Home | World | Business

Port workers strike over pay at Varn, ships wait offshore

By Ana Ruiz
{dateline}
Published November 23, 2026 10:12 GMT

Dock workers at the port of Varn walked out on Sunday over a pay offer they called insulting, leaving a dozen
cargo ships waiting offshore, the union said.

The port authority said talks would resume on Tuesday and that perishable cargo had been moved to Kelm.
"""


def _clean(dateline: str):
    text = PAGE.format(dateline=dateline)
    return clean_document(RawDocument(source="wire.txt", kind="text", content=text, content_type="text"))


@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [
        ("VARN, Karovia, Nov 23 (Harbour Wire) -", "VARN", "Harbour Wire"),
        ("VARN (HWS) —", "VARN", "HWS"),
        ("VARN, Nov 23 --", "VARN", None),
    ],
)
def test_a_dateline_on_its_own_line_opens_the_text(dateline, place, agency):
    article = _clean(dateline)
    assert article.title == "Port workers strike over pay at Varn, ships wait offshore"
    assert article.dateline == place
    if agency:
        assert article.agency == agency
    assert article.blocks[0].text.startswith(dateline + " Dock workers")


def test_a_short_capitalised_line_that_is_no_dateline_stays():
    article = _clean("UPDATED")
    assert article.title == "Port workers strike over pay at Varn, ships wait offshore"
    assert article.blocks[0].text.startswith("Dock workers")
