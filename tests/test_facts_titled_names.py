"""A title written before a name is the person's role, never a word of the name: German compound titles
("Feuerwehrkommandant", "Polizeisprecherin", "Klinikdirektorin"), and a title with the town it is held at before
the name in Slavic copy ("Burmistrz Casterno Marco Delvecchio"). Every text here is invented (clean11)."""

from __future__ import annotations

import pytest

from crosswire.facts.languages import extract_article
from crosswire.model import Article, Block


def _people(text: str, language: str) -> list[str]:
    article = Article(id="x", source="x", content_hash="x", blocks=[Block("paragraph", text)], language=language)
    return [e.name for e in extract_article(article, language).entities if e.type == "person"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "de",
            "„Wir haben die ganze Nacht gekämpft“, sagte Feuerwehrkommandant Tarek Olsen am Dienstag.",
            "Tarek Olsen",
        ),
        ("de", "Brandkommandantin Vera Lindqvist sagte, das Feuer sei eingedämmt.", "Vera Lindqvist"),
        ("de", "Die Lage sei ernst, sagte Polizeisprecherin Anna Keller am Abend in Brantau.", "Anna Keller"),
        ("de", "Klinikdirektorin Eva Lorenz sagte, drei Patienten seien schwer verletzt.", "Eva Lorenz"),
        ("de", "Innenministerin Petra Vogel kündigte am Montag eine Untersuchung an.", "Petra Vogel"),
        ("de", "Bürgermeisterin Clara Wendt sagte, die Schule bleibe bis Freitag geschlossen.", "Clara Wendt"),
        ("de", "Polizeikommissar Jonas Brandt sagte, es gebe keine Hinweise auf Brandstiftung.", "Jonas Brandt"),
        ("pl", "Burmistrz Casterno Marco Delvecchio powiedział, że sytuacja jest bardzo trudna.", "Marco Delvecchio"),
        ("pl", "Prezydent Valmory Anna Nowak powiedziała, że nikt nie zginął w pożarze.", "Anna Nowak"),
        (
            "it",
            "Il comandante Marco Delvecchio ha spiegato che le squadre hanno lavorato senza sosta.",
            "Marco Delvecchio",
        ),
        (
            "es",
            "El comandante de bomberos Marco Delvecchio explicó que el viento cambió tres veces.",
            "Marco Delvecchio",
        ),
        ("fr", "Le commandant des pompiers Marco Delvecchio a expliqué que le vent avait tourné.", "Marco Delvecchio"),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(language: str, text: str, name: str) -> None:
    assert name in _people(text, language)
    assert not [p for p in _people(text, language) if p != name and p.endswith(name)]


def test_a_three_word_name_after_a_title_stays_whole() -> None:
    assert "Jan Maria Rokita" in _people("Burmistrz Jan Maria Rokita powiedział, że sytuacja jest trudna.", "pl")
