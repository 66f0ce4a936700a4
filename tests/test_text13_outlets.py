"""text13: the outlet is never site furniture ("Back To Main Menu") nor the article's headline, and a byline naming
a broadcaster ("By Anna Roe, Eurostream Radio") gives it.

Real pages: cleveland.com, nj.com and oregonlive.com pre-scraped texts (``../shared``) had "Back To Main Menu" as
outlet, byline and contributor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.clean.lines import classify_line
from crosswire.clean.outlet_lines import byline_outlet
from crosswire.model import RawDocument

BODY = (
    "VARNA, Dec. 2 — The port of Varna stayed closed on Tuesday after a storm damaged two piers and three cranes.\n\n"
    "The mayor said the port would reopen on Thursday once engineers have checked the structures.\n"
)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Anna Roe, Eurostream Radio", "Eurostream Radio"),
        ("Von Anna Roe, Eurostream Radio", "Eurostream Radio"),
        ("Por Ana Roe, Radio Eurostream", "Radio Eurostream"),
        ("By Anna Roe, Valley TV", "Valley TV"),
        ("Par Anne Roe, Radio Varna", "Radio Varna"),
        ("By Anna Roe, Kyiv", None),
        ("By Anna Roe, Senior Correspondent", None),
    ],
)
def test_broadcaster_after_the_writer_is_the_outlet(line: str, outlet: str | None) -> None:
    assert byline_outlet(line) == outlet


@pytest.mark.parametrize("line", ["Back To Main Menu", "Back to main menu", "Back to Menu", "Back to Homepage"])
def test_back_to_menu_is_navigation(line: str) -> None:
    got = classify_line(1, line)
    assert (got.kind, got.reason) == ("furniture", "navigation")


def test_byline_broadcaster_names_a_text_article() -> None:
    text = f"Storm shuts Varna port for second day\n\nBy Anna Roe, Eurostream Radio\n\n{BODY}"
    article = clean_document(RawDocument(source="radio.txt", content=text, kind="text", content_type="text"))
    assert article.outlet == "Eurostream Radio"
    assert article.byline == "Anna Roe"


@pytest.mark.parametrize(
    "headline",
    ["Notizie Dal Porto Di Varna", "Gazzetta Del Porto Chiude Per La Tempesta", "Noticias Del Puerto De Varna"],
)
def test_headline_never_becomes_the_outlet(headline: str) -> None:
    text = f"{headline}\n\ndi Marco Rossi\n\n{BODY}"
    article = clean_document(RawDocument(source="porto.txt", content=text, kind="text", content_type="text"))
    assert article.outlet != headline


DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "article-extraction"


@pytest.mark.skipif(not DATA.exists(), reason="shared real pages absent")
def test_real_pages_menu_line_is_no_outlet() -> None:
    truth = json.loads((DATA / "ground-truth.json").read_text())
    seen = 0
    for key, row in truth.items():
        host = row.get("url", "")
        if not any(site in host for site in ("cleveland.com", "nj.com", "oregonlive.com")):
            continue
        path = DATA / "fulltext" / f"{key}.txt"
        if not path.exists():
            continue
        text = path.read_text()
        if "Back To Main Menu" not in text:
            continue
        seen += 1
        article = clean_document(RawDocument(source=str(path), content=text, kind="text", content_type="text"))
        assert article.outlet != "Back To Main Menu"
        assert "Back To Main Menu" not in article.contributors
    assert seen >= 1
