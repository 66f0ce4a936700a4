"""Outlets from bylines and masthead lines (a new user's "By Helen Carver, Marrowby Herald" text got no outlet and
its sources were named by headlines; trial 40's French page under "Eurostream Radio | Français" got none, and
its Spanish sibling's dateline "(Eurostream)" listed the outlet's own name as a wire agency). Invented outlets,
writers and places, in every language the byline reader covers; real bylines of the 181 pages of ``../shared``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.clean.outlet_lines import byline_outlet, masthead_line_outlet
from crosswire.model import RawDocument

BODY = (
    "Marrowby city council on Tuesday approved a plan to extend the city's tram network to the Eastfield "
    "district, ending two years of debate over the route.\n\n"
    "Councillors passed the proposal by 31 votes to 14 after a session that lasted more than five hours, and "
    "the scheme will cost 48 million pounds.\n\n"
    '"This is the most important transport decision the city has made in a generation," said council leader '
    "Priya Nandakumar after the vote.\n"
)


def _clean(text: str):  # type: ignore[no-untyped-def]
    return clean_document(RawDocument(source="pasted.txt", kind="text", content=text, content_type="text"))


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Helen Carver, Marrowby Herald", "Marrowby Herald"),
        ("By Helen Carver and Tom Roe, The Marrowby Herald", "The Marrowby Herald"),
        ("By Helen Carver, Staff Writer, Marrowby Herald", "Marrowby Herald"),
        ("Helen Carver, Marrowby Herald correspondent", "Marrowby Herald"),
        ("Helen Carver for The Marrowby Herald", "The Marrowby Herald"),
        ("By Helen Carver for Eurostream Radio", "Eurostream Radio"),
        ("By Bill Hoppe | Special to the Pioneer Press", "Pioneer Press"),
        ("By Troy Smith, Marrowby.com", "Marrowby.com"),
        ("Von Lena Brandt, Tarsker Rundschau", "Tarsker Rundschau"),
        ("Von Lena Brandt | Tarsker Rundschau", "Tarsker Rundschau"),
        ("Von Lena Brandt für den Tarsker Boten", "Tarsker Boten"),
        ("Por Lucía Ferrán | El Diario Europeo", "El Diario Europeo"),
        ("Por Lucía Ferrán, para El Heraldo de Castaluna", "El Heraldo de Castaluna"),
        ("Par Claire Morel, Le Courrier du Val", "Le Courrier du Val"),
        ("Par Claire Morel pour Eurostream Radio", "Eurostream Radio"),
        ("Di Mario Rossi, Gazzetta dell'Est", "Gazzetta dell'Est"),
        ("Autor: Jan Kowalski, Kurier Nadbużański", "Kurier Nadbużański"),
        ("Автор: Олена Коваль, Вісник Полісся", "Вісник Полісся"),
        ("Автор: Иван Петров, Восточный вестник", "Восточный вестник"),
        # a role, then "of" and the paper
        ("By Helen Carver, correspondent of The Marrowby Herald", "The Marrowby Herald"),
        ("Por Lucía Ferrán, corresponsal de El Diario Europeo", "El Diario Europeo"),
        ("Par Claire Morel, correspondante du Courrier du Val", "Courrier du Val"),
        ("Von Lena Brandt, Korrespondentin der Tarsker Rundschau", "Tarsker Rundschau"),
        ("Di Mario Rossi, corrispondente della Gazzetta dell'Est", "Gazzetta dell'Est"),
    ],
)
def test_a_byline_names_the_outlet_after_the_writer(line: str, outlet: str) -> None:
    assert byline_outlet(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "By Helen Carver, Kyiv",  # a place
        "Von Lena Brandt, Berlin",
        "Por Lucía Ferrán, Madrid",
        "Helen Carver, Kyiv correspondent",
        "By Helen Carver, Velmara",  # a name the gazetteer does not know, shaped like no paper
        "By Helen Carver, Staff Writer",  # roles
        "By Helen Carver, Senior Correspondent",
        "By Helen Carver, Chief Political Correspondent",
        "By Helen Carver, Europe Editor",
        "Par Claire Morel, envoyée spéciale à Tolvika",
        "By Helen Carver, Associated Press",  # wires: an agency credit, as today
        "By Helen Carver, Reuters",
        "By Helen Carver for Reuters",
        "By Helen Carver, Vistula Wire",
        "Von Anna Weber / dpa",
        "Por Lucía Ferrán | EFE",
        "By Helen Carver, Tom Roe",  # a second writer
        "By Helen Carver",
        "Helen Carver for Kyiv",
        "By Jason Cipriani | November 18, 2019 -- 19:14 GMT",
        "Por Lucía Ferrán, corresponsal de Madrid",  # a role of a place
        "By Helen Carver, correspondent at Kyiv",
        "Von Lena Brandt, Korrespondentin der Velmara",
        "By Helen Carver, Professor of Velmara University",  # no role of the data file
    ],
)
def test_a_place_a_role_or_a_wire_after_the_writer_is_no_outlet(line: str) -> None:
    assert byline_outlet(line) is None


def test_a_pasted_text_takes_its_outlet_from_its_byline_and_the_paper_is_no_contributor() -> None:
    article = _clean(
        f"Marrowby council approves tram extension to Eastfield\n\nBy Helen Carver, Marrowby Herald\n"
        f"2 December 2026\n\n{BODY}"
    )
    assert article.outlet == "Marrowby Herald"
    assert article.contributors == ["Helen Carver"]
    assert article.byline == "Helen Carver"
    assert article.agency is None


def test_a_byline_naming_a_place_or_a_wire_leaves_the_outlet_unknown() -> None:
    for byline, agency in (("By Helen Carver, Kyiv", None), ("By Helen Carver, Associated Press", "AP")):
        article = _clean(f"Marrowby council approves tram extension to Eastfield\n\n{byline}\n\n{BODY}")
        assert article.outlet is None
        assert article.agency == agency


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Eurostream Radio | Français", "Eurostream Radio"),
        ("Eurostream Radio | Español", "Eurostream Radio"),
        ("The Marrowby Herald — Home", "The Marrowby Herald"),
        ("Tarsker Rundschau | Politik", "Tarsker Rundschau"),
        ("Kurier Nadbużański | Polska", "Kurier Nadbużański"),
        ("Вісник Полісся | Українська", "Вісник Полісся"),
        ("Gazzetta dell'Est - Italiano", "Gazzetta dell'Est"),
        ("Eurostream Radio | Deutsch | Politik", "Eurostream Radio"),
    ],
)
def test_a_masthead_line_names_the_site(line: str, outlet: str) -> None:
    assert masthead_line_outlet(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Accueil | Europe | Monde | Économie | Culture | Podcasts",  # a menu
        "Dravna : l'ancien gouverneur | Monde",  # a headline
        "Marrowby council approves tram extension | Politics",
        "Europe | Politics",
        "Kyiv | News",  # a place
        "Reuters | World",  # an agency's (its own page is read with its copyright line)
        "Home | World",
        "Breaking News | World",
        "Eurostream Radio",  # no section after it: the line over a title is read elsewhere
        "Eurostream Radio | Dravna verdict",
    ],
)
def test_a_menu_a_headline_or_a_banner_is_no_masthead_line(line: str) -> None:
    assert masthead_line_outlet(line) is None


def _eurostream(first: str, menu: str, lead: str) -> str:
    return (
        f"{first}\n{menu}\n\nDravna : l'ancien gouverneur Taras Hordiyenko condamné pour corruption\n\n"
        f"Par Étienne Marchal\nPublié le 2 décembre 2026 à 09h40\n\n{lead} Le tribunal régional de Velmara a rendu "
        "son verdict mardi dans le procès de l'ancien gouverneur, condamné à sept ans de prison.\n\n"
        "L'ancien gouverneur a été reconnu coupable de corruption, selon le jugement lu par la présidente.\n\n"
        "Ses avocats ont annoncé qu'ils feraient appel de la décision dans les prochains jours.\n"
    )


def test_a_masthead_line_over_a_menu_is_the_outlet_of_a_pasted_text() -> None:
    article = _clean(_eurostream("Eurostream Radio | Français", "Accueil | Europe | Monde | Économie | Culture", ""))
    assert article.outlet == "Eurostream Radio"
    assert article.title and article.title.startswith("Dravna")


def test_an_outlets_own_name_in_its_dateline_is_no_agency() -> None:
    text = _eurostream("Eurostream Radio | Français", "Accueil | Europe | Monde | Économie", "VELMARA (Eurostream) -")
    article = _clean(text)
    assert article.outlet == "Eurostream Radio"
    assert article.agency is None
    # a wire's own credit on the same page stays the wire's
    article = _clean(text.replace("(Eurostream)", "(AFP)"))
    assert (article.outlet, article.agency) == ("Eurostream Radio", "AFP")


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PAGES = SHARED / "bench" / "article-extraction"


@pytest.mark.skipif(not PAGES.exists(), reason="../shared article-extraction pages not present")
def test_real_bylines_name_their_outlets_and_the_outlet_is_no_contributor() -> None:
    """The 181 pages' pre-scraped text: the bylines that name an outlet after the writer give it (Fox News, the
    Pioneer Press for twincities.com, Cleveland.com), and the outlet leaves the contributors."""
    assert byline_outlet("By Andy Sahadeo | Fox News") == "Fox News"
    assert byline_outlet("By Bill Hoppe | Special to the Pioneer Press") == "Pioneer Press"
    assert byline_outlet("By Troy L. Smith, Cleveland.com") == "Cleveland.com"
    assert byline_outlet("By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT") is None
    key = "7dfc3e359d7c0ca48ac9046ae5759286cedf80abe7526fc6c6e6546b9ba43e33"
    truth = json.loads((PAGES / "ground-truth.json").read_text())
    assert "foxnews.com" in truth[key]["url"]
    article = _clean((PAGES / "fulltext" / f"{key}.txt").read_text(encoding="utf-8"))
    assert article.outlet == "Fox News"
    assert "Andy Sahadeo" in article.contributors
    assert "Fox News" not in article.contributors


def _html(byline: str) -> str:
    body = "".join(
        f"<p>Marrowby city council on Tuesday approved plan number {i} to extend the city tram network to the "
        "Eastfield district, ending two years of debate.</p>"
        for i in range(5)
    )
    return (
        "<html><head><title>Marrowby council approves tram extension</title></head><body><article>"
        f'<h1>Marrowby council approves tram extension</h1><p class="byline">{byline}</p>{body}</article></body></html>'
    )


@pytest.mark.parametrize(
    ("byline", "outlet", "agency"),
    [
        ("By Helen Carver, Marrowby Herald", "Marrowby Herald", None),
        ("Von Lena Brandt, Tarsker Rundschau", "Tarsker Rundschau", None),
        ("By Helen Carver, Kyiv", None, None),
        ("By Helen Carver, Velmara", None, None),
        ("By Helen Carver, Associated Press", None, "AP"),
    ],
)
def test_an_html_pages_byline_names_its_outlet(byline: str, outlet: str | None, agency: str | None) -> None:
    article = clean_document(RawDocument(source="x.html", kind="html", content=_html(byline), content_type="html"))
    assert (article.outlet, article.agency) == (outlet, agency)
    assert article.contributors == [byline.split(",")[0].split(" ", 1)[1]]
