"""Outlet, wire agency and byline from every input format, for agencies the data file does not list.

A newspaper re-running an agency's story names the agency only where the page credits it: the dateline
("WARSAW (Meridian) -", "Kraków, 3 marca (Vistula Wire) -"), the byline ("By Anna Kowalska, Vistula Wire"),
the page's author markup (``class="byline"``, ``class="author"``, ``rel="author"``, ``meta name=author``,
JSON-LD ``author``). The agency must become ``Article.agency`` (so the agency's own copy is the wire and the
re-runs count as one source with it), never a contributor, and never the outlet. Invented pages in
``tests/fixtures/wire_credits`` (English, Polish, German, French, Spanish, Russian, Italian; .txt, HTML and
JSON Lines) against their golden (``expected.json``, written by ``make_credits_expected.py`` there), and the parsers
on whole classes of lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.clean.credits import agency_named, byline_agencies, parse_byline, parse_name_line, split_author
from crosswire.clean.metadata import parse_dateline
from crosswire.compare.align import build_sources
from crosswire.model import RawDocument
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from crosswire.stories import get_story

HERE = Path(__file__).resolve().parent / "fixtures" / "wire_credits"
sys.path.insert(0, str(HERE))
from make_credits_expected import cleaned, summary  # noqa: E402 - the golden's own writer, on the path above

EXPECTED = json.loads((HERE / "expected.json").read_text("utf-8"))
CLEANED = cleaned()


def test_every_format_and_language_is_in_the_golden() -> None:
    assert set(CLEANED) == set(EXPECTED)
    assert {Path(k.split("#")[0]).suffix for k in EXPECTED} == {".txt", ".html", ".jsonl"}
    assert {v["language"] for v in EXPECTED.values()} == {"en", "pl", "de", "fr", "es", "ru", "it"}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_page_credits_as_golden(key: str) -> None:
    assert summary(CLEANED[key]) == EXPECTED[key]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_agency_is_credited_never_a_person_nor_the_outlet(key: str) -> None:
    got = EXPECTED[key]
    agency = got["agency"]
    assert agency, key
    assert got["contributors"], key  # every page names its reporter
    assert agency not in got["contributors"], key
    assert not any(agency_named(name) for name in got["contributors"]), key
    assert agency not in (got["byline"] or ""), key
    assert got["dateline"], key
    first = got["first_paragraph"]
    assert first.startswith(got["dateline"]), key  # the byline is out of the body; the story opens it
    if got["outlet"] != agency:  # the agency's own copy is the only page whose outlet is the agency
        assert not agency_named(got["outlet"]), key


# --- the dateline ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("WARSAW (Meridian) - The ferry operator halted all crossings.", "WARSAW", "Meridian"),
        ("HALVERCOMBE (Nordic Press) — The bridge stayed closed.", "HALVERCOMBE", "Nordic Press"),
        ("Kraków, 3 marca (Vistula Wire) - Armator wstrzymał rejsy.", "Kraków", "Vistula Wire"),
        ("Kraków, 3 marca (Meridian) - Armator wstrzymał rejsy.", "Kraków", "Meridian"),
        ("Valparaíso, 4 de marzo (Agencia Austral) - Un temporal cerró el puerto.", "Valparaíso", "Agencia Austral"),
        ("Dravna (Agence Boréale) - Le port est resté fermé.", "Dravna", "Agence Boréale"),
        ("Koblenz (Rheinland Nachrichtenagentur) - Der Hafen blieb geschlossen.", "Koblenz", None),
        ("ВАРШАВА, 3 марта (Агентство Висла) - Перевозчик остановил рейсы.", "ВАРШАВА", "Агентство Висла"),
        ("Roma, 4 marzo (Agenzia Adriatica) - Una tempesta ha chiuso il porto.", "Roma", "Agenzia Adriatica"),
    ],
)
def test_a_dateline_credits_an_agency_the_table_does_not_list(paragraph: str, place: str, agency: str | None) -> None:
    got_place, got_agency = parse_dateline(paragraph)
    assert got_place == place
    if agency is None:  # a compound agency word ("Nachrichtenagentur" inside a longer name) is read whole
        assert got_agency == "Rheinland Nachrichtenagentur"
    else:
        assert got_agency == agency


@pytest.mark.parametrize(
    "paragraph",
    [
        "WARSAW (pictured) - The ferry operator halted all crossings.",
        "WARSAW (2026) - The ferry operator halted all crossings.",
        "Anna Kowalska (Labour) - the councillor who chairs the harbour board - said the ferries would run.",
        "The minister (centre) - flanked by two aides - said the port would reopen.",
    ],
)
def test_what_is_no_agency_in_brackets_stays_none(paragraph: str) -> None:
    assert parse_dateline(paragraph)[1] is None


# --- bylines and author fields ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "agencies"),
    [
        ("By Anna Kowalska, Vistula Wire", ["Anna Kowalska"], ["Vistula Wire"]),
        ("By Tom Hale and Ruth Penrose, Vistula Wire", ["Tom Hale", "Ruth Penrose"], ["Vistula Wire"]),
        ("Von Lena Brandt, Meridian Presseagentur", ["Lena Brandt"], ["Meridian Presseagentur"]),
        ("Par Claire Morel, Agence Boréale", ["Claire Morel"], ["Agence Boréale"]),
        ("Por Marta Ruiz, Agencia Austral", ["Marta Ruiz"], ["Agencia Austral"]),
        ("Autor: Jan Nowak, Agencja Wisła", ["Jan Nowak"], ["Agencja Wisła"]),
        ("Автор: Анна Ковальская, Агентство Висла", ["Анна Ковальская"], ["Агентство Висла"]),
        ("di Giulia Ferri, Agenzia Adriatica", ["Giulia Ferri"], ["Agenzia Adriatica"]),
        ("By Anna Kowalska, Associated Press", ["Anna Kowalska"], ["AP"]),
    ],
)
def test_a_byline_names_reporters_and_its_agency_apart(line: str, names: list[str], agencies: list[str]) -> None:
    assert parse_byline(line) == names
    assert byline_agencies(line) == agencies
    assert split_author(line) == (names, agencies)


@pytest.mark.parametrize(
    ("author", "names", "agencies"),
    [
        ("Anna Kowalska; Vistula Wire", ["Anna Kowalska"], ["Vistula Wire"]),  # trafilatura's author reader
        ("Claire Morel, Agence Boréale", ["Claire Morel"], ["Agence Boréale"]),  # JSON-LD Person + Organization
        ("Vistula Wire", [], ["Vistula Wire"]),
        ("Kevin Roe, Staff Writer", ["Kevin Roe"], []),
        ("Dana Roe and Kevin Roe", ["Dana Roe", "Kevin Roe"], []),
    ],
)
def test_an_author_field_splits_into_people_and_agencies(author: str, names: list[str], agencies: list[str]) -> None:
    assert split_author(author) == (names, agencies)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Anna Kowalska, Vistula Wire", "Anna Kowalska"),
        ("Lena Brandt | Meridian Presseagentur", "Lena Brandt"),
        ("Kevin Roe, Staff Writer", "Kevin Roe"),
    ],
)
def test_a_bare_name_line_may_carry_its_agency(line: str, name: str) -> None:
    assert parse_name_line(line) == [name]


@pytest.mark.parametrize("line", ["Vistula Wire", "Agencja Prasowa Wisła", "Anna Kowalska, Harbour Street"])
def test_an_agency_or_a_place_is_no_name_line(line: str) -> None:
    assert parse_name_line(line) is None


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Vistula Wire", "Vistula Wire"),
        ("Agencja Informacyjna Wisła", "Agencja Informacyjna Wisła"),
        ("Meridian Presseagentur", "Meridian Presseagentur"),
        ("Информационное агентство Висла", "Информационное агентство Висла"),
        ("Agence France-Presse", "AFP"),
        ("Detroit Free Press", None),  # a newspaper's name: "press" and "news" are no agency words
        ("The Daily News", None),
        ("Anna Kowalska", None),
        ("Anna Kowalska, Vistula Wire", None),  # a list, not a name
        ("the wire service said", None),
        ("Wire 2026", None),
        ("Detroit Harbour wire services", None),  # prose, not a name
        ("European Space Agency", None),  # an agency, not a news agency
        ("Agence Boréale", None),  # an agency noun alone: only where the page credits an agency
    ],
)
def test_agency_named(text: str, agency: str | None) -> None:
    assert agency_named(text) == agency


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Agence Boréale", "Agence Boréale"),
        ("Agencia Austral", "Agencia Austral"),
        ("Агентство Висла", "Агентство Висла"),
        ("Agencja Wisła", "Agencja Wisła"),
        ("Agency", None),  # the noun alone names nothing
        ("Anna Kowalska", None),
    ],
)
def test_an_agency_noun_names_an_agency_where_one_is_credited(text: str, agency: str | None) -> None:
    assert agency_named(text, credited=True) == agency


# --- the outlet is the publisher, not the agency --------------------------------------------------------------

STORY = (
    "The ferry operator Baltora Lines halted all crossings on the Dravna route on Tuesday after an engine fire "
    "on one of its vessels, the company said.\n\n"
    "No one was hurt, a company spokesman said, and the 212 passengers on board were brought back to port.\n\n"
    "The operator said inspections of its whole fleet would take at least four days.\n"
)


@pytest.mark.parametrize(
    ("footer", "agency"),
    [
        ("© 2026 Vistula Wire. All rights reserved.", "Vistula Wire"),
        ("Copyright 2026 Meridian Presseagentur. Alle Rechte vorbehalten.", "Meridian Presseagentur"),
        ("© 2026 Agencja Prasowa Wisła. Wszelkie prawa zastrzeżone.", "Agencja Prasowa Wisła"),
    ],
)
def test_an_agencys_copyright_credits_the_agency_and_names_no_outlet_in_text(footer: str, agency: str) -> None:
    text = f"Ferry operator halts Dravna crossings\n\n{STORY}\n{footer}\n"
    article = clean_document(RawDocument(source="t.txt", kind="text", content=text, content_type="text"))
    assert article.outlet is None
    assert article.agency == agency
    assert footer in article.credits


def test_a_newspapers_copyright_still_names_the_outlet() -> None:
    text = f"Ferry operator halts Dravna crossings\n\n{STORY}\n© 2026 The Harbour Ledger. All rights reserved.\n"
    article = clean_document(RawDocument(source="t.txt", kind="text", content=text, content_type="text"))
    assert article.outlet == "The Harbour Ledger"
    assert article.agency is None


def test_an_agencys_copyright_names_no_outlet_in_html_the_title_does() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    html = (
        "<html><head><title>Ferry operator halts Dravna crossings | The Fjord Times</title></head><body>"
        f"<article><h1>Ferry operator halts Dravna crossings</h1>{paragraphs}</article>"
        "<footer>© 2026 Nordic Newswire. All rights reserved.</footer></body></html>"
    )
    article = clean_document(RawDocument(source="t.html", kind="html", content=html, content_type="html"))
    assert article.outlet == "The Fjord Times"


# --- wire direction: the agency's own copy is the wire, its re-runs one source with it ---------------------


def test_the_agencys_own_copy_is_the_wire_of_a_rerun_stored_before_it(tmp_path: Path) -> None:
    """The newspaper's re-run (a .txt, stored first) and the agency's own copy (JSON Lines) are published the
    same day; the agency is named only in the dateline. The agency's copy becomes the wire, and both count as
    one source credited to the agency."""
    store = Store(tmp_path / "w.db")
    ingest_paths(store, [HERE / "en_ledger_rerun.txt", HERE / "wire.jsonl"], facts=False)
    rows = {
        r["article_id"]: (r["story_id"], r["copy_of"])
        for r in store.conn.execute("SELECT article_id, story_id, copy_of FROM story_articles")
    }
    outlets = {
        r["id"]: r["outlet"] for r in store.conn.execute("SELECT id, outlet FROM articles WHERE outlet IS NOT NULL")
    }
    rerun = next(aid for aid, outlet in outlets.items() if outlet == "The Harbour Ledger")
    assert rows[rerun][1] == "vistula-own"
    assert rows["vistula-own"][1] is None
    story = get_story(store, rows[rerun][0])
    assert story is not None
    sources, source_of = build_sources(story.articles)
    assert source_of[rerun] == source_of["vistula-own"]
    source = sources[source_of[rerun] - 1]
    assert source.agency == "Vistula Wire"
    assert set(source.outlets) == {"The Harbour Ledger", "Vistula Wire"}


@pytest.mark.parametrize(
    ("agency", "reporter"), [("Vistula Wire", "Ryan Hale"), ("Agencja Prasowa Wisła", "Jan Nowak")]
)
def test_an_author_link_to_the_agency_keeps_the_reporter_beside_it(agency: str, reporter: str) -> None:
    """trafilatura's author reader finds only the agency (a ``rel="author"`` link); the reporter the page
    shows in its author card is still the byline, and the agency the credit."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    html = (
        "<html><head><title>Ferry operator halts Dravna crossings</title></head><body><article>"
        f'<h1>Ferry operator halts Dravna crossings</h1><a rel="author" href="/agency">{agency}</a>'
        f'<div class="author-card__name">{reporter}</div>{paragraphs}</article></body></html>'
    )
    article = clean_document(RawDocument(source="t.html", kind="html", content=html, content_type="html"))
    assert article.contributors == [reporter]
    assert article.agency == agency
