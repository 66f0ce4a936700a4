"""The outlet of an HTML page without og:site_name: the site part of its ``<title>`` (either end, any of the
usual separators) when another signal backs it, and the name its footer's copyright line gives
(:mod:`crosswire.clean.page_outlet`). A headline holding " - " never gives half of itself as the outlet.
"""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.model import RawDocument

HEADLINE = "Water floods the Brenna mine as five miners are taken to hospital"
BODY = (
    "<p>Water flooded the Brenna coal mine in Varnia on Wednesday night, the operator said in a statement.</p>"
    "<p>Five miners were taken to hospital and the rescue went on through the night, officials said.</p>"
    "<p>The pumps were running again by the morning and the shafts were being checked for damage.</p>"
)


def _page(title: str, h1: str | None = HEADLINE, footer: str = "", head: str = "") -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    foot = f"<footer><p>{footer}</p></footer>" if footer else ""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article>{heading}{BODY}</article>{foot}</body></html>"
    )


def _outlet(page: str) -> str | None:
    return clean_document(RawDocument(source="page.html", kind="html", content=page, content_type="html")).outlet


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        (f"{HEADLINE} | The Northern Ledger", "The Northern Ledger"),
        (f"{HEADLINE} - Varnia Evening Post", "Varnia Evening Post"),
        (f"{HEADLINE} — Kurier Doliny", "Kurier Doliny"),
        (f"{HEADLINE} · Diario del Valle", "Diario del Valle"),
        (f"The Northern Ledger | {HEADLINE}", "The Northern Ledger"),
        (f"Kurier Doliny — {HEADLINE}", "Kurier Doliny"),
    ],
)
def test_the_site_part_of_a_title_backed_by_the_headline_is_the_outlet(title: str, outlet: str) -> None:
    assert _outlet(_page(title)) == outlet


@pytest.mark.parametrize("sep", [" | ", " - ", " — ", " · "])
def test_the_site_part_of_a_title_backed_by_the_footer_is_the_outlet(sep: str) -> None:
    page = _page(f"Flood at Brenna{sep}Vestnik Doliny", h1=None, footer="© 2026 Vestnik Doliny. All rights reserved.")
    assert _outlet(page) == "Vestnik Doliny"


@pytest.mark.parametrize(
    "footer",
    ["© 2026 The Northern Ledger", "Copyright © 2025-2026 Kurier Doliny. All rights reserved.", "(c) Vestnik Doliny"],
)
def test_a_footer_copyright_names_the_outlet_when_the_title_does_not(footer: str) -> None:
    outlet = footer.split("2026 ")[-1].split("(c) ")[-1].split(".")[0]
    assert _outlet(_page(HEADLINE, footer=footer)) == outlet


@pytest.mark.parametrize(
    "title",
    [
        "Flood at Brenna - miners rescued after night underground",
        "Brenna mine flood - Rescuers Reach Trapped Crew",
        "Rescue Chief Speaks - five hospitalised after Brenna flood",
    ],
)
def test_a_headline_holding_a_dash_gives_no_half_of_itself(title: str) -> None:
    assert _outlet(_page(title, h1=None)) is None


def test_an_agency_copyright_names_no_outlet() -> None:
    assert _outlet(_page(HEADLINE, footer="© 2026 Reuters")) is None


def test_og_site_name_wins_over_the_title() -> None:
    head = '<meta property="og:site_name" content="Varnia Daily Mirror">'
    assert _outlet(_page(f"{HEADLINE} | The Northern Ledger", head=head)) == "Varnia Daily Mirror"
