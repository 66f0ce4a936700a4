"""Byline and publication lines, section labels and mastheads, as a new user's airline-strike trial needed them,
tested on invented pages of other events in several languages:

* a byline that prints its publication stamp on the same line ("Par X (avec agences) — Publié le ... à 16h30",
  "Von X | Veröffentlicht am ...", "Автор: X. Опубликовано ...") is metadata (byline, published), never body: kept
  as text, its hour became a false time-of-day conflict;
* a section label above a wire headline ("BUSINESS | AVIATION") is not the title, and the headline under it is
  not body;
* a copyright line in Cyrillic names the outlet, the masthead's tagline left out ("Новини Світу — Україна і світ").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.clean import clean_document
from crosswire.clean.stamps import is_publication_stamp, parse_byline_stamp
from crosswire.model import Article, RawDocument

FERRY = [
    "Ferry crews at Ostrava Lines began a 24-hour strike at dawn, halting all crossings to the island of Brenholm.",
    "About 9,000 passengers had tickets for the cancelled sailings, the operator said in a statement.",
    "The crews' union said talks with the company had failed over night-shift pay and rest periods.",
]


def _html(byline_line: str, paragraphs: list[str], lang: str = "fr") -> Article:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f'<html lang="{lang}"><head><title>Grève des équipages - La Gazette du Nord</title></head><body>'
        f'<article><h1>Grève des équipages</h1><p class="auteur">{byline_line}</p>{body}</article></body></html>'
    )
    return clean_document(RawDocument(source="page.html", kind="html", content=page, content_type="html"))


def _text(lines: list[str]) -> Article:
    content = "\n\n".join(lines) + "\n"
    return clean_document(RawDocument(source="page.txt", kind="text", content=content, content_type="text"))


FR = [
    "Les équipages des ferries d'Ostrava Lines ont entamé mardi à l'aube une grève de 24 heures sur toutes les lignes.",
    "Environ 9 000 passagers avaient réservé une traversée, selon la compagnie, qui a annulé tous les départs.",
    "Le syndicat des marins affirme que les négociations ont échoué sur la rémunération des services de nuit.",
]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Par Claire Vidal (avec agences) — Publié le 14 mai 2026 à 16h30", ["Claire Vidal"]),
        ("Par Claire Vidal et Marc Roy — Mis à jour le 14 mai 2026 à 18h05", ["Claire Vidal", "Marc Roy"]),
        ("By Hannah Roe | Updated 9:30 a.m. ET, May 14, 2026", ["Hannah Roe"]),
        ("Von Anna Schmidt (mit Agenturen), veröffentlicht am 14.05.2026, 16:30 Uhr", ["Anna Schmidt"]),
        ("Por Lucía Ortega — Publicado el 14 de mayo de 2026, 16:30", ["Lucía Ortega"]),
        ("Автор: Иван Петров. Опубликовано 14 мая 2026, 16:30", ["Иван Петров"]),
        ("Автор: Тарас Гнатюк | Опубліковано 14.05.2026 16:30", ["Тарас Гнатюк"]),
        ("Autor: Jan Kowalski, opublikowano 14 maja 2026 r., 16:30", ["Jan Kowalski"]),
        ("Di Marco Bianchi — Pubblicato il 14 maggio 2026 alle 16:30", ["Marco Bianchi"]),
    ],
)
def test_a_byline_with_its_stamp_is_read_in_each_language(line: str, names: list[str]) -> None:
    got = parse_byline_stamp(line)
    assert got is not None and got[0] == names, got
    assert is_publication_stamp(got[1], labelled=False)


@pytest.mark.parametrize(
    "line",
    [
        "By Hannah Roe",  # a byline alone: the plain byline reader's
        "Par Claire Vidal à Lyon",
        "The ferry sailed on 14 May 2026 at 16:30, the operator said, with 300 passengers aboard the Brenholm.",
        "Published on Monday, the report found that 14 May 2026 was the busiest day of the season for the line.",
        "Par ailleurs, la compagnie a annoncé le 14 mai 2026 à 16h30 la suppression de toutes les traversées.",
    ],
)
def test_no_byline_stamp_in_sentences_or_plain_bylines(line: str) -> None:
    assert parse_byline_stamp(line) is None


def test_the_html_byline_stamp_is_metadata_not_body() -> None:
    article = _html("Par Claire Vidal (avec agences) — Publié le 14 mai 2026 à 16h30", FR)
    assert article.byline == "Claire Vidal"
    assert all("Publié le" not in b.text and "16h30" not in b.text for b in article.blocks)
    assert article.blocks[0].text == FR[0]
    assert article.published is not None and article.published.startswith("2026-05-14T16:30")
    assert any(r.reason == "byline" and "Publié le" in r.text for r in article.removed)


def test_a_bare_publication_stamp_in_html_is_no_body() -> None:
    article = _html("Publié le 14 mai 2026 à 16h30", FR)
    assert [b.text for b in article.blocks] == FR
    assert article.published is not None and article.published.startswith("2026-05-14T16:30")


@pytest.mark.parametrize(
    ("byline", "body", "day"),
    [
        (
            "Von Anna Schmidt | Veröffentlicht am 14.05.2026, 16:30 Uhr",
            [
                "Die Besatzungen der Fähren von Ostrava Lines sind am Dienstag in einen 24-stündigen Streik getreten.",
                "Rund 9000 Passagiere hatten laut der Reederei eine Überfahrt gebucht, alle Fahrten fielen aus.",
            ],
            "2026-05-14T16:30",
        ),
        (
            "Автор: Иван Петров. Опубликовано 14 мая 2026, 16:30",
            [
                "Экипажи паромов компании Ostrava Lines во вторник начали 24-часовую забастовку на всех линиях.",
                "Около 9000 пассажиров купили билеты на отменённые рейсы, сообщили в компании в своём заявлении.",
            ],
            "2026-05-14T16:30",
        ),
    ],
)
def test_the_text_byline_stamp_dates_the_page_and_leaves_the_body(byline: str, body: list[str], day: str) -> None:
    article = _text(["Die Nordzeitung", "Fährstreik legt Verkehr lahm", byline, *body])
    assert [b.text for b in article.blocks] == body
    assert article.published is not None and article.published.startswith(day)
    assert article.byline in ("Anna Schmidt", "Иван Петров")


def test_a_section_label_above_a_wire_headline_is_not_the_title() -> None:
    lines = [
        "Vantor Wire",
        "Home | World | Business | Markets",
        "BUSINESS | SHIPPING",
        "Ostrava Lines ferry crews walk out in 24-hour strike, all crossings halted",
        "By Lena Morrow",
        f"OSTRAVEN, Mar 14 (Vantor Wire) - {FERRY[0]}",
        *FERRY[1:],
        "© 2026 Vantor Wire. All rights reserved.",
    ]
    article = _text(lines)
    assert article.title == "Ostrava Lines ferry crews walk out in 24-hour strike, all crossings halted"
    assert not any("walk out" in b.text and "OSTRAVEN" not in b.text for b in article.blocks)
    assert article.dateline == "OSTRAVEN"
    assert article.agency == "Vantor Wire"
    assert article.published == "2026-03-14"


@pytest.mark.parametrize(
    ("masthead", "footer", "outlet", "body"),
    [
        (
            "Новини Півночі — Україна і світ",
            "© Новини Півночі, 2026. Усі права захищено.",
            "Новини Півночі",
            [
                "ОСТРАВЕН. Екіпажі поромів Ostrava Lines у вівторок розпочали 24-годинний страйк на всіх лініях.",
                "Близько 9000 пасажирів купили квитки на скасовані рейси, повідомили в компанії у своїй заяві.",
            ],
        ),
        (
            "Северный вестник | Новости региона",
            "© Северный вестник, 2026. Все права защищены.",
            "Северный вестник",
            [
                "Экипажи паромов компании Ostrava Lines во вторник начали 24-часовую забастовку на всех линиях.",
                "Около 9000 пассажиров купили билеты на отменённые рейсы, сообщили в компании в своём заявлении.",
            ],
        ),
    ],
)
def test_a_cyrillic_copyright_names_the_outlet_without_its_tagline(
    masthead: str, footer: str, outlet: str, body: list[str]
) -> None:
    article = _text([masthead, "Головна | Світ | Економіка", "Поромники страйкують", *body, footer])
    assert article.outlet == outlet


_WORDS = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(_WORDS)
def test_the_byline_stamp_reader_never_raises_and_keeps_names_from_the_line(text: str) -> None:
    got = parse_byline_stamp(text)
    if got is not None:
        names, stamp = got
        assert names and stamp and stamp in " ".join(text.split())
        assert all(n in " ".join(text.split()) for n in names)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["Par", "By", "Von", "Por"]),
    st.sampled_from(["Publié le", "Updated", "Publicado", "Опубликовано"]),
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(0, 59),
)
def test_any_labelled_stamp_after_a_byline_is_split_off(
    lead: str, label: str, day: int, hour: int, minute: int
) -> None:
    line = f"{lead} Ana Torvik — {label} {day:02d}.05.2026, {hour:02d}:{minute:02d}"
    assert parse_byline_stamp(line) == (["Ana Torvik"], f"{label} {day:02d}.05.2026, {hour:02d}:{minute:02d}")
