"""text14: a headline written in title case ("Gazzetta Del Porto Chiude Per La Tempesta", "Storm Shuts Varna Port For
Second Day As Crews Inspect Piers") is the title, not a menu line: the menu rule reads six or more capitalised
words as navigation, and the article had no title or the site's tagline as its title (text13 left it; on the 181
real pages 20 titles moved to the page's own headline). Menus of section words stay navigation and never a title.
"""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.model import RawDocument

BODY = (
    "VARNA, Dec. 2 — The port of Varna stayed closed on Tuesday after a storm damaged two piers and three cranes.\n\n"
    "The mayor said the port would reopen on Thursday once engineers have checked the structures.\n"
)


def _clean(text: str):  # type: ignore[no-untyped-def]
    return clean_document(RawDocument(source="t.txt", content=text, kind="text", content_type="text"))


@pytest.mark.parametrize(
    ("headline", "byline"),
    [
        ("Storm Shuts Varna Port For Second Day As Crews Inspect Piers", "By Anna Roe"),
        ("Gazzetta Del Porto Chiude Per La Tempesta Di Martedì", "di Marco Rossi"),
        ("El Puerto De Varna Cierra Por La Tormenta Del Martes", "Por Ana Ruiz"),
        ("Der Hafen Von Varna Bleibt Nach Dem Sturm Geschlossen", "Von Anna Weber"),
        ("Le Port De Varna Reste Fermé Après La Tempête", "Par Anne Morel"),
        ("O Porto De Varna Fecha Por Causa Da Tempestade", "Por Ana Silva"),
    ],
)
def test_title_case_headline_is_the_title(headline: str, byline: str) -> None:
    text = f"Varna Port Daily\nHome | News | Sport\n\n{headline}\n\n{byline}\n2 December 2026\n\n{BODY}"
    article = _clean(text)
    assert article.title == headline
    assert headline not in article.body


@pytest.mark.parametrize(
    "menu",
    [
        "Home News World Business Sport Video Weather",
        "News Sport Weather Business Politics Culture Travel",
        "Startseite Politik Wirtschaft Sport Kultur Reise",
    ],
)
def test_menus_stay_navigation(menu: str) -> None:
    text = f"{menu}\n\nStorm shuts Varna port for second day\n\nBy Anna Roe\n2 December 2026\n\n{BODY}"
    article = _clean(text)
    assert article.title == "Storm shuts Varna port for second day"
    assert any(r.text == menu and r.reason == "navigation" for r in article.removed)
