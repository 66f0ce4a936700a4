"""A person's role is the full title, in every language: "head of the regional fire service", "Глава пожарной
службы", "Leiterin der Feuerwehr", "Szefowa straży pożarnej" (a new user's wildfire trial gave English "head"
alone and no role at all in Russian, German and Polish). Invented text about a warehouse fire in Olden; the
titles are data (``data/roles.toml``), the English of-phrase is read from the parse."""

from __future__ import annotations

import pytest

from invented import paragraph_facts

PUBLISHED = "2026-03-06"


def _roles(language: str, text: str, name: str) -> list[str]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return next((e.roles for e in facts.entities if e.name == name), [])


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        (
            "en",
            "Mara Oston, head of the regional fire service, said 40 firefighters were at the warehouse.",
            "Mara Oston",
            "head of the regional fire service",
        ),
        (
            "ru",
            "Глава пожарной службы Мара Остон сообщила, что на складе работают 40 пожарных.",
            "Мара Остон",
            "глава пожарной службы",
        ),
        (
            "de",
            "Mara Oston, Leiterin der Feuerwehr, sagte, 40 Feuerwehrleute seien im Einsatz.",
            "Mara Oston",
            "leiterin der feuerwehr",
        ),
        (
            "pl",
            "Szefowa straży pożarnej Mara Oston poinformowała, że w akcji bierze udział 40 strażaków.",
            "Mara Oston",
            "szefowa straży pożarnej",
        ),
    ],
)
def test_the_role_is_the_full_title(language: str, text: str, name: str, role: str) -> None:
    assert role in _roles(language, text, name)


def test_a_long_of_clause_is_no_title() -> None:
    text = (
        "Mara Oston, head of the team that was sent to the warehouse on the edge of the old town, said the "
        "fire was out."
    )
    assert all(len(r.split()) <= 7 for r in _roles("en", text, "Mara Oston"))
