"""A quotation attributed with a verb of judging or admitting ("ocenił", "valoró", "urteilte", "ha ammesso",
"avaliou", "a jugé") is its speaker's: such verbs were missing from the speech-verb lists of ``data/languages.toml``,
so the quotation had no speaker and was left out of "Who said what" (a new user's Polish economist, trial 38).
Invented sentences in Polish, Spanish, German, Italian, Portuguese and French."""

from __future__ import annotations

import pytest

from crosswire.facts.languages import extract_article
from crosswire.model import Article, Block

CASES = [
    (
        "pl",
        "Rynek jest spokojny. – Fabryka kupiła sobie trochę czasu, ale rynki czekają na sygnał od rządu – ocenił "
        "Marek Zielony, ekonomista z Uniwersytetu w Dorvan.",
        "Marek Zielony",
    ),
    (
        "pl",
        "– Ten krok był spóźniony o co najmniej dwa tygodnie – przyznała Anna Borowik, analityczka banku.",
        "Anna Borowik",
    ),
    ("pl", "– Bez reformy budżetu efekt będzie krótkotrwały – ostrzegł Jan Wolski z izby handlowej.", "Jan Wolski"),
    (
        "es",
        "«El problema no es solo el puerto, es la falta de confianza», valoró Luis Tarrega, profesor de la "
        "Universidad de Dorvan.",
        "Luis Tarrega",
    ),
    (
        "es",
        "«La medida llega tarde y será insuficiente», opinó Marta Quiroga, analista de Banco Ceral.",
        "Marta Quiroga",
    ),
    (
        "de",
        "„Das ist ein Schlag ins Gesicht der kleinen Händler“, urteilte Jonas Brecklin vom Handelsverband.",
        "Jonas Brecklin",
    ),
    ("de", "„Die Lage bleibt angespannt“, kommentierte Petra Vogel am Abend in Dorvan.", "Petra Vogel"),
    (
        "it",
        "«Il problema non è solo il porto, è la mancanza di fiducia», ha valutato Luca Ferrante, docente "
        "all'Università di Dorvan.",
        "Luca Ferrante",
    ),
    ("it", "«La misura arriva tardi», ha ammesso Giulia Orsini, portavoce della società.", "Giulia Orsini"),
    (
        "pt",
        "«O problema não é só o porto, é a falta de confiança», avaliou Luís Tavares, professor da Universidade.",
        "Luís Tavares",
    ),
    ("pt", "«A medida chega tarde», opinou Marta Queirós, analista do Banco Ceral.", "Marta Queirós"),
    (
        "fr",
        "« Le problème n'est pas seulement le port, c'est le manque de confiance », a jugé Luc Ferrand, "
        "professeur à l'université de Dorvan.",
        "Luc Ferrand",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker"), CASES)
def test_a_judging_verb_gives_the_quote_its_speaker(language: str, text: str, speaker: str) -> None:
    article = Article(id="x", source="x", content_hash="x", blocks=[Block("paragraph", text)], language=language)
    quotes = [q for q in extract_article(article, language).quotes if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == [speaker]
