"""Names headed by a place's or a venue's noun (``data/place_heads.toml``) are places, never people, in the
language-light tier; a venue's name run on into a person's is two names (a new user's Polish article gave
"Areny Olszanów Marta Zielińska" as one name, and "Rondzie Mogilskim", "Szpitala Uniwersyteckiego" as people)."""

from __future__ import annotations

import pytest

from crosswire.facts.languages import extract_article
from crosswire.model import Article, Block

CASES = {
    "pl": (
        "Dyrektorka Lodowiska Miejskiego Anna Wróbel powiedziała, że obiekt opróżniono w sześć minut. "
        "Ranni trafili do Szpitala Wojewódzkiego przy Rondzie Grunwaldzkim. "
        "Rzecznik Dworca Centralnego Piotr Nowak potwierdził opóźnienia.",
        {"Lodowiska Miejskiego", "Szpitala Wojewódzkiego", "Rondzie Grunwaldzkim", "Dworca Centralnego"},
        {"Anna Wróbel", "Piotr Nowak"},
    ),
    "de": (
        "Die Verletzten wurden in das Krankenhaus Sankt Anna gebracht. Vor der Brenner Eishalle warteten Eltern, "
        "sagte Jonas Keller.",
        {"Sankt Anna", "Brenner Eishalle"},
        {"Jonas Keller"},
    ),
    "es": (
        "Los heridos fueron trasladados al Hospital General de Vesta. La directora del Estadio Municipal, "
        "Lucía Ferrer, pidió calma.",
        {"Hospital General", "Estadio Municipal"},
        {"Lucía Ferrer"},
    ),
    "uk": (
        "Постраждалих доставили до Лікарні Святого Луки, повідомив Андрій Коваль.",
        {"Лікарні Святого Луки"},
        {"Андрій Коваль"},
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_venues_are_places_and_people_stay_people(language: str) -> None:
    text, venues, people = CASES[language]
    art = Article(
        id="t", source="t", content_hash="t", blocks=[Block("paragraph", text)], language=language, published="2025-02"
    )
    found = {e.name: e.type for e in extract_article(art, language).entities}
    persons = {n for n, t in found.items() if t == "person"}
    assert not persons & venues, found
    assert not any(v in p or p in v for v in venues for p in persons), found  # no venue inside a person's name
    for name in people:
        assert found.get(name) == "person", (name, found)


def test_first_names_that_open_like_a_venue_noun_stay_people() -> None:
    """Stems are written so that common first names are not read as venues ("Halina", "Ronda", "Placido")."""
    text = "Halina Kowalska i Placido Domingo przyjechali razem, a Ronda Rousey została w domu."
    art = Article(
        id="t", source="t", content_hash="t", blocks=[Block("paragraph", text)], language="pl", published="2025-02-03"
    )
    found = {e.name: e.type for e in extract_article(art, "pl").entities}
    for name in ("Halina Kowalska", "Placido Domingo", "Ronda Rousey"):
        assert found.get(name) == "person", (name, found)
