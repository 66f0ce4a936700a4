"""A page's header is metadata, never body: the kicker or section label above the headline ("Panorama",
"Monde", "Local news") and the ``<h1>`` inside ``<article>`` are taken out of the body (a new user's German page
kept both: the headline became an agreed "sentence" and its first words a person and a quote's speaker).
Invented pages of other events, in several languages; a standfirst under the headline and a subheading between
paragraphs stay body, and no byline line is left in the body."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.model import RawDocument


def _page(lang: str, kicker: str, headline: str, byline: str, paragraphs: list[str], kicker_tag: str = "p") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} - Brakvell Echo</title>'
        '<meta property="og:site_name" content="Brakvell Echo"></head><body>'
        '<div class="nav"><a href="/">Home</a> | <a href="/a">A</a> | <a href="/b">B</a></div>'
        f'<article><{kicker_tag} class="kicker">{kicker}</{kicker_tag}><h1>{headline}</h1>'
        f'<p class="meta">{byline}</p>{body}</article></body></html>'
    )


PAGES = [
    (
        "de",
        "Panorama",
        "Hochwasser in Brakvell: Elf Bergleute eingeschlossen",
        "Von Ona Fell | 06.03.2026, 09:10 Uhr",
        [
            "Wasser hat am Donnerstag die unteren Stollen der Zinnmine von Brakvell geflutet und elf Bergleute "
            "eingeschlossen, wie der Betreiber mitteilte.",
            "Pumpen aus zwei benachbarten Gruben wurden über Nacht zum Schacht gebracht, sagte ein Sprecher.",
            "Die Rettungskräfte hoffen, die Männer bis Freitagabend zu erreichen.",
        ],
    ),
    (
        "fr",
        "Monde",
        "Inondation à Brakvell : onze mineurs piégés",
        "Par Ona Fell",
        [
            "L'eau a envahi jeudi les galeries inférieures de la mine d'étain de Brakvell, piégeant onze mineurs, "
            "a indiqué l'exploitant.",
            "Des pompes de deux puits voisins ont été acheminées pendant la nuit, a précisé un porte-parole.",
            "Les secours espèrent atteindre les hommes d'ici vendredi soir.",
        ],
    ),
    (
        "en",
        "Local news",
        "Brakvell mine flood: eleven miners trapped",
        "By Ona Fell",
        [
            "Water flooded the lower galleries of the Brakvell tin mine on Thursday, trapping eleven miners, the "
            "company said.",
            "Pumps from two neighbouring pits were brought to the shaft overnight, a spokesman said.",
            "Rescuers hope to reach the men by Friday evening.",
        ],
    ),
    (
        "es",
        "Internacional",
        "Inundación en Brakvell: once mineros atrapados",
        "Por Ona Fell",
        [
            "El agua inundó el jueves las galerías inferiores de la mina de estaño de Brakvell y dejó atrapados a "
            "once mineros, según la empresa.",
            "Bombas de dos pozos vecinos fueron trasladadas al pozo durante la noche, dijo un portavoz.",
            "Los equipos de rescate esperan llegar a los hombres el viernes por la noche.",
        ],
    ),
]


def _clean(html: str):
    return clean_document(RawDocument(source="page.html", kind="article", content=html, content_type="html"))


@pytest.mark.parametrize(("lang", "kicker", "headline", "byline", "paragraphs"), PAGES)
@pytest.mark.parametrize("kicker_tag", ["p", "div", "span"])
def test_the_kicker_and_the_headline_are_no_body(
    lang: str, kicker: str, headline: str, byline: str, paragraphs: list[str], kicker_tag: str
) -> None:
    article = _clean(_page(lang, kicker, headline, byline, paragraphs, kicker_tag))
    assert article.title == headline
    assert article.body.split("\n\n")[0] == paragraphs[0]
    assert kicker not in article.body.split() and headline not in article.body
    assert all(p in article.body for p in paragraphs)
    assert "Ona Fell" not in article.body


def test_a_standfirst_and_a_subheading_stay_body() -> None:
    lang, kicker, headline, byline, paragraphs = PAGES[2]
    standfirst = "Rescuers are racing against rising water in the oldest pit of the valley."
    html = _page(lang, kicker, headline, byline, [standfirst, *paragraphs]).replace(
        f"<p>{paragraphs[2]}</p>", f"<h2>The rescue</h2><p>{paragraphs[2]}</p>"
    )
    article = _clean(html)
    assert article.body.startswith(standfirst)
    assert "The rescue" in article.body


def test_a_page_without_kicker_keeps_its_first_short_paragraph_after_the_headline() -> None:
    """Only what comes before the headline is a label: a short first paragraph under it is the text's."""
    html = (
        '<html lang="en"><head><title>Brakvell mine flood</title></head><body><article><h1>Brakvell mine flood</h1>'
        "<p>Eleven men trapped.</p><p>Water flooded the lower galleries of the Brakvell tin mine on Thursday, "
        "trapping eleven miners, the company said in a statement to reporters.</p>"
        "<p>Pumps from two neighbouring pits were brought to the shaft overnight, a spokesman said.</p>"
        "</article></body></html>"
    )
    article = _clean(html)
    assert article.body.startswith("Eleven men trapped.")
    assert "Brakvell mine flood" not in article.body
