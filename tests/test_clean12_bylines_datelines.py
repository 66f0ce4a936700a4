"""A byline under a standfirst and a dateline opening the first paragraph after it, in French, Spanish, Italian and
Portuguese (a new user's French page kept "Par Julien Marchetti, envoyé spécial à ..." as a body sentence and
read no dateline from "OSKARMOOR (Valdénie) — ..."). Invented pages and places:

- a byline ("Par", "Por", "Di", "Da" and the names, a reporter's role and place after them) under a standfirst
  is metadata, not body;
- the first paragraph after a standfirst opens with the dateline ("LYSANDRE (Moravie) —", "Lyon, le 13 octobre
  -", "KORVA (Estaria), 13 octobre (AFP) -"); a bracket there names the region, not an agency, unless an agency
  is listed or an acronym;
- a dateline with an article before its day ("Lyon, le 13 octobre -", "Sevilla, el 13 de octubre -").
"""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.metadata import parse_dateline
from crosswire.model import Article, RawDocument

STAND = {
    "fr": "Le brasseur met fin à un siècle de production dans la petite ville du nord.",
    "es": "La cervecera pone fin a un siglo de producción en la pequeña ciudad del norte.",
    "it": "Il birrificio mette fine a un secolo di produzione nella piccola città del nord.",
    "pt": "A cervejaria põe fim a um século de produção na pequena cidade do norte.",
}
BODY = {
    "fr": "La brasserie Orvel a annoncé mardi la fermeture de son site, qui emploie 300 personnes depuis 1921.",
    "es": "La cervecera Orvel anunció el martes el cierre de su planta, que emplea a 300 personas desde 1921.",
    "it": "Il birrificio Orvel ha annunciato martedì la chiusura dello stabilimento, che impiega 300 persone.",
    "pt": "A cervejaria Orvel anunciou na terça-feira o encerramento da fábrica, que emprega 300 pessoas.",
}
CASES = [
    ("fr", "Par Claire Dumont", "LYSANDRE (Moravie) — ", "LYSANDRE", None),
    ("fr", "Par Claire DUMONT, envoyée spéciale à Lysandre", "Lysandre, le 13 octobre - ", "Lysandre", None),
    ("fr", "Par Paul Girard", "KORVA (Estaria), 13 octobre (AFP) - ", "KORVA", "AFP"),
    ("es", "Por Ana Robles, enviada especial a Korva", "KORVA (Estaria) — ", "KORVA", None),
    ("es", "Por Luis Ferrer", "Sevilla, el 13 de octubre - ", "Sevilla", None),
    ("it", "Di Marco Fabbri, inviato a Korva", "KORVA (Estaria) — ", "KORVA", None),
    ("pt", "Por Joana Reis", "KORVA (Estaria), 13 out (Lusa) - ", "KORVA", "Lusa"),
]


def _page(lang: str, byline: str, dateline: str) -> Article:
    page = (
        f'<html lang="{lang}"><head><title>Orvel ferme - Le Quotidien</title></head><body><article>'
        f'<h1>Orvel ferme</h1><p class="chapo">{STAND[lang]}</p><p>{byline}</p>'
        f"<p>{dateline}{BODY[lang]}</p><p>{BODY[lang]}</p></article></body></html>"
    )
    return clean_document(RawDocument(source="page.html", kind="html", content=page, content_type="html"))


@pytest.mark.parametrize(("lang", "byline", "dateline", "place", "agency"), CASES)
def test_byline_under_standfirst_and_dateline_after_it(
    lang: str, byline: str, dateline: str, place: str, agency: str | None
) -> None:
    art = _page(lang, byline, dateline)
    texts = [b.text for b in art.blocks]
    assert not any(t.startswith(byline.split(",")[0]) for t in texts), texts
    assert art.byline is not None and byline.split()[2][:3].lower() in art.byline.lower()
    assert art.dateline == place
    assert art.agency == agency


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Lyon, le 13 octobre - Le maire a parlé.", "Lyon"),
        ("Sevilla, el 13 de octubre - El alcalde habló.", "Sevilla"),
        ("Torino, il 13 ottobre - Il sindaco ha parlato.", "Torino"),
    ],
)
def test_dateline_with_an_article_before_the_day(line: str, place: str) -> None:
    assert parse_dateline(line)[0] == place


def test_a_sentence_under_a_standfirst_is_no_byline() -> None:
    art = _page("fr", "Par ailleurs, la mairie a promis une aide aux salariés licenciés.", "")
    assert any(b.text.startswith("Par ailleurs") for b in art.blocks)
