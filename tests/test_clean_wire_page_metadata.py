"""A wire story's page metadata, as a new user's pension-reform trial needed it, tested on invented pages of other
events: a dateline day with no year ("OSTRAVEN, Mar 14 (Vantor Wire) -") dates the story in the year its copyright
line prints; an agency's trust and standards line ("Our Standards: The ... Trust Principles.") is furniture in every
language; a footer's copyright name in any script names the outlet ("© 2026 Северная газета"), and a fuller h1 stays
the title; an undated agency text is the original of a dated re-run that credits it; the `articles` table keeps
outlet and agency apart.
"""

from __future__ import annotations

import datetime as dt

import pytest

from crosswire.clean import clean_document
from crosswire.clean.published import copyright_years, infer_published
from crosswire.clean.written_dates import yearless_dates
from crosswire.commands.store import outlet_cell
from crosswire.model import Article, RawDocument
from crosswire.stories.wire import Member, pick_wire

BODY = [
    "The regional assembly on Friday approved a new water tariff after a session that ran late into the night.",
    "Deputies voted 41 to 19 in favour of the measure, which raises household bills from April.",
    "Opposition members said they would challenge the decision in the courts.",
]


def _wire_text(dateline: str, tail: list[str]) -> str:
    lines = ["Vantor Wire", "Home | World | Markets", "Assembly approves water tariff", "By Lena Morrow, Vantor Wire"]
    lines += [f"{dateline} - {BODY[0]}", *BODY[1:], *tail]
    return "\n".join(lines) + "\n"


def _clean_text(text: str) -> Article:
    return clean_document(RawDocument(source="wire.txt", kind="text", content=text, content_type="text"))


def test_a_dateline_day_without_a_year_takes_the_copyright_year() -> None:
    text = _wire_text("OSTRAVEN, Mar 14 (Vantor Wire)", ["© 2025 Vantor Wire. All rights reserved."])
    assert _clean_text(text).published == "2025-03-14"
    # no year printed anywhere: the year is the latest in which 14 March falls on the Friday the text names
    # (2025 when this was written), and with no weekday named the day is not guessed
    published = _clean_text(_wire_text("OSTRAVEN, Mar 14 (Vantor Wire)", [])).published
    assert published is not None and published.endswith("-03-14")
    assert dt.date.fromisoformat(published).weekday() == 4
    undated = _wire_text("OSTRAVEN, Mar 14 (Vantor Wire)", []).replace(" on Friday", "")
    assert _clean_text(undated).published is None


@pytest.mark.parametrize(
    ("opening", "language", "day"),
    [
        ("OSTRAVEN, Mar 14 (Vantor Wire)", "en", dt.date(2025, 3, 14)),
        ("ОСТРАВЕН, 14 марта", "ru", dt.date(2025, 3, 14)),
        ("OSTRAWA, 14 marca (PAP)", "pl", dt.date(2025, 3, 14)),
        ("OSTRAVEN, 14. März (dpa)", "de", dt.date(2025, 3, 14)),
        ("OSTRAVEN, 14 de marzo (EFE)", "es", dt.date(2025, 3, 14)),
    ],
)
def test_yearless_dateline_days_in_each_language(opening: str, language: str, day: dt.date) -> None:
    assert yearless_dates(opening, 2025, language) == [day]


def test_a_full_date_wins_and_a_future_day_is_refused() -> None:
    assert yearless_dates("OSTRAVEN, 14 March 2024", 2025, "en") == []  # a full date: the written-date reader's
    body = ["OSTRAVEN, Dec 30 (Vantor Wire) - " + BODY[0]]
    assert infer_published(body, [], today=dt.date(2025, 6, 1), page_years=[2025]) is None
    assert copyright_years(["© 2019-2025 Vantor Wire", "Copyright 2024 Coast Daily", "Share this"]) == [2025, 2024]


@pytest.mark.parametrize(
    "line",
    [
        "Our Standards: The Vantor Wire Trust Principles.",
        "Our Standards",
        "Editorial standards",
        "Unsere Standards: Die Grundsätze von Vantor",
        "Nuestros estándares: los principios de Vantor",
        "Наши стандарты: принципы агентства",
        "Nasze standardy: zasady agencji",
    ],
)
def test_an_agencys_standards_line_is_furniture(line: str) -> None:
    article = _clean_text(_wire_text("OSTRAVEN, Mar 14 (Vantor Wire)", [line, "© 2025 Vantor Wire."]))
    assert line not in article.body
    assert article.body.startswith("OSTRAVEN")


def test_a_sentence_about_standards_stays_in_the_body() -> None:
    line = "Our standards of water quality will not change, the utility's director told deputies on Friday."
    article = _clean_text(_wire_text("OSTRAVEN, Mar 14 (Vantor Wire)", [line]))
    assert line in article.body


PAGE_BODY = "".join(f"<p>{p}</p>" for p in BODY)


def _html(title: str, h1: str, footer: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{h1}</h1>{PAGE_BODY}</article>"
        f"<footer>{footer}</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "h1", "footer", "outlet", "headline"),
    [
        (
            "Ассамблея утвердила тариф на воду — Северная газета",
            "Ассамблея утвердила тариф на воду с апреля",
            "© 2026 Северная газета. Все права защищены.",
            "Северная газета",
            "Ассамблея утвердила тариф на воду с апреля",
        ),
        (
            "Zgromadzenie przyjęło taryfę — Kurier Północny",
            "Zgromadzenie przyjęło taryfę na wodę",
            "© 2026 Kurier Północny. Wszelkie prawa zastrzeżone.",
            "Kurier Północny",
            "Zgromadzenie przyjęło taryfę na wodę",
        ),
        (
            "Assembly approves water tariff | The Coast Ledger",
            "Assembly approves water tariff",
            "© 2026 The Coast Ledger",
            "The Coast Ledger",
            "Assembly approves water tariff",
        ),
    ],
)
def test_a_footer_name_in_any_script_names_the_outlet_and_the_h1_stays_the_title(
    title: str, h1: str, footer: str, outlet: str, headline: str
) -> None:
    page = _html(title, h1, footer)
    article = clean_document(RawDocument(source="page.html", kind="html", content=page, content_type="html"))
    assert (article.outlet, article.title) == (outlet, headline)


def test_an_undated_agency_text_is_the_original_of_a_dated_rerun_that_credits_it() -> None:
    wire = Member("w", 2, None, "Vantor Wire", ["Vantor Wire"])
    rerun = Member("r", 1, "2031-05-08T06:00Z", "Coast Ledger", ["Vantor Wire"])
    assert pick_wire([rerun, wire]) == "w"
    # a dated paper that credits no agency stays first: nothing says it re-ran the undated text
    assert pick_wire([Member("p", 1, "2031-05-08", "Coast Ledger"), wire]) == "p"
    # dated both: the earlier wins, as before
    dated = Member("w", 2, "2031-05-07", "Vantor Wire", ["Vantor Wire"])
    assert pick_wire([rerun, dated]) == "w"


def test_the_articles_table_keeps_outlet_and_agency_apart() -> None:
    assert outlet_cell("The Coast Ledger", "Vantor Wire") == "The Coast Ledger\n[dim]agency: Vantor Wire[/]"
    assert outlet_cell("Vantor Wire", "Vantor Wire") == "Vantor Wire [dim](agency)[/]"
    assert outlet_cell("The Coast Ledger", None) == "The Coast Ledger"
