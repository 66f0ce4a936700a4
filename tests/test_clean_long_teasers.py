"""A "read also" teaser in a page's body is its prefix and a linked headline, and a headline can be long: "Lire
aussi : Finale du Bouclier continental : ce qu'il faut savoir" (12 words) stayed at the end of a new user's French
article body, since the HTML path read furniture only on lines under 12 words. Invented pages in five languages;
a body paragraph that merely mentions reading stays."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.model import RawDocument

BODY = (
    "<p>Le conseil municipal de Varenne a voté jeudi soir la fermeture de la piscine du quartier nord pour "
    "deux ans de travaux, a annoncé la maire.</p><p>Les travaux doivent commencer au printemps et coûter "
    "quatre millions d'euros, selon la mairie.</p>"
)


def _body(teaser: str) -> str:
    html = (
        f"<html><head><title>Varenne</title></head><body><article><h1>La piscine ferme</h1>{BODY}"
        f"<p>{teaser}</p></article></body></html>"
    )
    article = clean_document(RawDocument(source="page.html", kind="html", content=html, content_type="html"))
    return "\n\n".join(b.text for b in article.blocks)


@pytest.mark.parametrize(
    "teaser",
    [
        "Lire aussi : Finale du Bouclier continental : ce qu'il faut savoir avant le coup d'envoi",
        "Read more: What the council's vote on the north pool means for swimmers and for the club's season",
        "Lesen Sie auch: Warum die Stadt Varenne ihre Schwimmbäder in den kommenden Jahren sanieren muss",
        "Lee también: Qué significa para los vecinos el cierre de la piscina del barrio norte de Varenne",
        "Czytaj także: Co oznacza dla mieszkańców zamknięcie basenu w północnej dzielnicy Varenne",
    ],
)
def test_a_long_read_also_teaser_is_furniture(teaser: str) -> None:
    body = _body(teaser)
    assert teaser.split(":")[0] not in body
    assert "quatre millions d'euros" in body


def test_a_paragraph_about_reading_stays() -> None:
    line = "Les habitants pourront lire aussi le rapport complet des travaux sur le site de la mairie dès lundi."
    assert line in _body(line)
