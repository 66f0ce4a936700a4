"""The outlet of an HTML page with no og:site_name and no publisher: a title's part shaped like a newspaper's name
in a language that builds it on a leading noun ("Headline | El Diario Europeo", "La Gazzetta dell'Est —
Headline", "Вісник Полісся") or a trailing one ("Tarsker Rundschau", "Восточный вестник"). Trial 29's Spanish
page left no outlet: only English masthead words were known. A section's name, a headline in sentence case and an
agency are no outlet. Invented pages (a bridge closed after a flood)."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.metadata import masthead_name
from crosswire.model import RawDocument

BODY = (
    "<p>The bridge over the Brenna was closed on Wednesday after the river rose by two metres overnight.</p>"
    "<p>Firefighters moved thirty people from the embankment, and no one was hurt, the city said.</p>"
    "<p>An inspection of the bridge will take at least two days, the mayor told reporters.</p>"
)


def _outlet(title: str, h1: str = "Flood closes the Brenna bridge for inspection") -> str | None:
    page = f"<html><head><title>{title}</title></head><body><article><h1>{h1}</h1>{BODY}</article></body></html>"
    return clean_document(RawDocument(source="page.html", kind="html", content=page, content_type="html")).outlet


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Una crecida cierra el puente de Brenna | El Diario Europeo", "El Diario Europeo"),
        ("La Gazzetta dell'Est — Una piena chiude il ponte di Brenna", "La Gazzetta dell'Est"),
        ("La crue ferme le pont de la Brenna - Le Courrier de Varna", "Le Courrier de Varna"),
        ("Piena, chiuso il ponte sul Brenna | Il Corriere di Varna", "Il Corriere di Varna"),
        ("Cheia fecha a ponte de Brenna | O Jornal do Norte", "O Jornal do Norte"),
        ("Powódź zamknęła most na Brennie | Gazeta Doliny", "Gazeta Doliny"),
        ("Hochwasser sperrt die Brenna-Brücke | Tarsker Rundschau", "Tarsker Rundschau"),
        ("Повінь закрила міст через Бренну | Вісник Полісся", "Вісник Полісся"),
        ("Наводнение закрыло мост через Бренну — Восточный вестник", "Восточный вестник"),
    ],
)
def test_a_foreign_masthead_in_the_title_is_the_outlet(title: str, outlet: str) -> None:
    assert _outlet(title) == outlet


@pytest.mark.parametrize(
    "title",
    [
        "Una crecida cierra el puente de Brenna | Noticias",  # a section's name
        "Una crecida cierra el puente de Brenna | Noticias de última hora",  # a headline's words
        "Новини | Повінь закрила міст через Бренну",
        "Diario de un rescate - los bomberos sacan a treinta vecinos",  # a headline holding a dash
    ],
)
def test_a_section_or_a_headline_is_no_outlet(title: str) -> None:
    assert _outlet(title) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("El Diario Europeo", "El Diario Europeo"),
        ("Die Zeitung am Sonntag", "Die Zeitung am Sonntag"),
        ("Новини Донбасу", "Новини Донбасу"),
        ("Noticias", None),
        ("Noticias Deportes", None),
        ("El gobierno aprueba la ley", None),
        ("Journal de 20 heures", None),
    ],
)
def test_masthead_shapes(name: str, expected: str | None) -> None:
    assert masthead_name(name) == expected
