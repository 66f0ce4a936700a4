"""A pasted text's header lines are metadata: the outlet's name on the first line over the headline, the byline,
the date line (a new user's wire text "Polar Wire" / headline / "By Sam Hill" / "ANDENES, Norway, Nov 24 (Polar
Wire) - ..." was shown as “Rocket explodes ...” / Polar Wire, the headline standing for the outlet). A kicker over
the headline ("Shipping", "Baltic Sea") names no outlet. An HTML page whose author meta tag names only an agency
takes the reporter from its visible byline. A dateline day printed with no year is dated by the weekday the text
names. Invented texts of other events, in several languages."""

from __future__ import annotations

import datetime as dt

import pytest

from crosswire.clean import clean_document
from crosswire.clean.metadata import outlet_over_title
from crosswire.clean.published import infer_published
from crosswire.model import RawDocument

FERRY = (
    "TALVIK, Estaria, March 3 - A cargo ferry ran aground off the island of Talvik on Tuesday, forcing the "
    "evacuation of 84 passengers, the coastguard said.\n\n"
    "The ferry Norrsken struck a sandbank at about 05:40 local time in heavy fog.\n\n"
    "Nobody was hurt, the operator said in a statement later that morning.\n"
)
FERRY_RU = (
    "ТАЛВИК, 3 марта — Грузовой паром сел на мель у острова Талвик во вторник, 84 пассажира эвакуировали, "
    "сообщила береговая охрана.\n\nСудно наткнулось на песчаную отмель около 05:40 по местному времени в густом "
    "тумане.\n"
)
FERRY_PL = (
    "Prom towarowy osiadł we wtorek na mieliźnie u wybrzeży wyspy Talvik, ewakuowano 84 pasażerów, podała straż "
    "przybrzeżna.\n\nStatek uderzył w mieliznę około godziny 05:40 czasu lokalnego we mgle.\n"
)
FERRY_DE = (
    "Eine Frachtfähre ist am Dienstag vor der Insel Talvik auf Grund gelaufen, 84 Passagiere wurden in Sicherheit "
    "gebracht, wie die Küstenwache mitteilte.\n\nDie Fähre lief gegen 05:40 Uhr Ortszeit im dichten Nebel auf eine "
    "Sandbank.\n"
)


def _text(content: str):
    return clean_document(RawDocument(source="pasted.txt", kind="article", content=content, content_type="text"))


@pytest.mark.parametrize(
    ("header", "body", "outlet", "title"),
    [
        ("Nordic Today\nFerry runs aground off Talvik in thick fog\nBy Mara Lind\n", FERRY, "Nordic Today", None),
        (
            "Nordic Today\nFerry runs aground off Talvik in thick fog\nBy Mara Lind\n3 March 2026\n",
            FERRY,
            "Nordic Today",
            None,
        ),
        (
            "Nordic Today | News from the north\nFerry runs aground off Talvik in thick fog\n",
            FERRY,
            "Nordic Today",
            None,
        ),
        ("Nordic Today\n\nFerry runs aground off Talvik in thick fog\n\nBy Mara Lind\n\n", FERRY, "Nordic Today", None),
        ("Балтийский вестник\nПаром сел на мель у острова Талвик\nМара Линд\n", FERRY_RU, "Балтийский вестник", None),
        ("Kurier Pomorski\nProm osiadł na mieliźnie u wyspy Talvik\nMara Lind\n", FERRY_PL, "Kurier Pomorski", None),
        ("Nordsee Rundschau\nFähre läuft vor Talvik auf Grund\nVon Mara Lind\n", FERRY_DE, "Nordsee Rundschau", None),
    ],
)
def test_the_first_line_over_the_headline_names_the_outlet(header: str, body: str, outlet: str, title: None) -> None:
    article = _text(header + body)
    assert article.outlet == outlet
    assert article.title is not None and article.title != outlet and article.title in header
    assert outlet not in article.body


def test_an_agencys_name_over_its_own_headline_is_the_outlet_and_the_agency() -> None:
    dated = FERRY.replace("March 3 -", "March 3 (Estaria Wire) -")
    article = _text("Estaria Wire\nFerry runs aground off Talvik in thick fog\nBy Mara Lind\n" + dated)
    assert article.outlet == "Estaria Wire"
    assert article.agency == "Estaria Wire"
    assert article.byline == "Mara Lind"


@pytest.mark.parametrize(
    "kicker",
    [
        "Shipping",  # one word: a section, not a name
        "Baltic Sea",  # a place the gazetteer knows
        "Talvik Island",  # named again in the text: the story's topic
        "WORLD | SHIPPING",  # a section label
        "Breaking News",  # a section word first
    ],
)
def test_a_kicker_over_the_headline_names_no_outlet(kicker: str) -> None:
    body = FERRY.replace("the island of Talvik", "Talvik Island")
    article = _text(f"{kicker}\nFerry runs aground off Talvik in thick fog\nBy Mara Lind\n" + body)
    assert article.outlet is None
    assert article.title == "Ferry runs aground off Talvik in thick fog"


def test_a_headline_with_no_line_over_it_names_no_outlet() -> None:
    article = _text("Ferry runs aground off Talvik in thick fog\nBy Mara Lind\n" + FERRY)
    assert article.outlet is None
    assert article.byline == "Mara Lind"


def test_outlet_over_title_reads_names_not_sentences() -> None:
    assert outlet_over_title("Nordic Today", "A ferry ran aground.", []) == "Nordic Today"
    assert outlet_over_title("The ferry ran aground.", "A ferry ran aground.", []) is None
    assert outlet_over_title("Mara Lind", "A ferry ran aground.", ["Mara Lind"]) is None  # the byline's name
    assert outlet_over_title("Updated 3 March", "A ferry ran aground.", []) is None
    assert outlet_over_title(None, "A ferry ran aground.", []) is None


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry runs aground off Talvik | The Harbour Gazette</title>
<meta property="article:published_time" content="2026-03-03T10:05:00+00:00">
<meta name="author" content="{author}">
</head><body><header><nav><a href="/">The Harbour Gazette</a> | <a href="/world">World</a></nav></header>
<main><article><h1>Ferry runs aground off Talvik in thick fog</h1>
<p class="byline">By Mara Lind, Estaria Wire | Published 3 March 2026, 10:05 GMT</p>
<p>TALVIK, Estaria (Estaria Wire) - A cargo ferry ran aground off the island of Talvik on Tuesday, forcing the
evacuation of 84 passengers, the coastguard said.</p>
<p>The ferry Norrsken struck a sandbank at about 05:40 local time in heavy fog, the operator said.</p>
<p>Nobody was hurt, the operator said in a statement later that morning.</p>
</article></main><footer>© 2026 The Harbour Gazette</footer></body></html>"""


@pytest.mark.parametrize("author", ["Estaria Wire", ""])
def test_an_agency_as_the_pages_author_leaves_the_reporter_of_the_visible_byline(author: str) -> None:
    article = clean_document(
        RawDocument(source="page.html", kind="article", content=PAGE.format(author=author), content_type="html")
    )
    assert article.byline == "Mara Lind"
    assert article.agency == "Estaria Wire"
    assert "Mara Lind" not in article.body


def test_a_person_as_the_pages_author_wins() -> None:
    page = PAGE.format(author="Ona Fell")
    article = clean_document(RawDocument(source="page.html", kind="article", content=page, content_type="html"))
    assert article.byline == "Ona Fell"


TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("opening", "weekday_text", "day"),
    [
        ("ANDENES, Norway, Nov 24 (Polar Wire) - A rocket exploded on Tuesday.", "", dt.date(2026, 11, 24)),
        ("TALVIK, Estaria, March 3 - A ferry ran aground on Tuesday.", "", dt.date(2026, 3, 3)),
        # 3 March is a Monday in 2025: the latest such year up to today
        ("TALVIK, Estaria, March 3 - A ferry ran aground on Monday.", "", dt.date(2025, 3, 3)),
        ("TALVIK, Estaria, March 3 - A ferry ran aground.", "The operator spoke on Tuesday.", dt.date(2026, 3, 3)),
    ],
)
def test_a_dateline_day_with_no_year_takes_the_year_of_its_weekday(
    opening: str, weekday_text: str, day: dt.date
) -> None:
    body = [opening, *([weekday_text] if weekday_text else [])]
    assert infer_published(body, [], today=TODAY, language="en") == day.isoformat()


def test_a_dateline_day_with_no_year_and_no_weekday_stays_undated() -> None:
    assert infer_published(["TALVIK, Estaria, March 3 - A ferry ran aground."], [], today=TODAY, language="en") is None


def test_a_copyright_year_still_dates_a_yearless_dateline() -> None:
    body = ["TALVIK, Estaria, March 3 - A ferry ran aground on Monday."]
    assert infer_published(body, [], today=TODAY, language="en", page_years=[2026]) == "2026-03-03"


def test_the_trial_probe_text_is_dated_and_named() -> None:
    text = (
        "Polar Wire\nRocket explodes 40 seconds after launch from Andoya\nBy Sam Hill\n"
        "ANDENES, Norway, Nov 24 (Polar Wire) - A rocket built by Polar Orbital exploded about 40 seconds after "
        "lift-off from the Andoya Spaceport on Tuesday, scattering debris over the Norwegian Sea.\n\n"
        "The rocket lifted off at 06:12 local time carrying 12 small satellites.\n"
    )
    article = _text(text)
    assert (article.outlet, article.agency, article.byline) == ("Polar Wire", "Polar Wire", "Sam Hill")
    assert article.title == "Rocket explodes 40 seconds after launch from Andoya"
    assert article.published is not None and article.published.endswith("-11-24")


@pytest.mark.parametrize("width", [80, 100])
def test_a_narrow_terminals_articles_table_keeps_outlet_names_whole(width: int) -> None:
    from rich.console import Console

    from crosswire.commands.store import articles_table

    rows = [
        {
            "id": f"a{i}",
            "published": published,
            "outlet": outlet,
            "agency": agency,
            "language": "en",
            "word_count": 240,
            "title": "Ferry runs aground off the island of Talvik in thick fog, 84 passengers evacuated",
        }
        for i, (outlet, agency, published) in enumerate(
            [
                ("Hanseatischer Kurier", None, "2026-03-03T14:20:00+00:00"),
                ("Северные вести", None, "2026-03-03T14:30:00"),
                ("Estaria Wire News Agency", "Estaria Wire", "2026-03-03"),
            ]
        )
    ]
    console = Console(width=width, record=True, color_system=None)
    console.print(articles_table(rows, len(rows), {}, width))
    shown = console.export_text()
    assert "…" not in shown
    for word in ("Hanseatischer", "Северные", "Estaria"):
        assert word in shown
