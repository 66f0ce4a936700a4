"""A company noun right before a name makes the name an organisation's, in every language: "Der Betreiber Lakora
Logistik teilte mit" gave a person "Lakora Logistik" (a new user's German copy). Every other mention of the name
follows; a first name after a job's noun stays a person ("the producer John Reed"). Invented text (a port closed
after a crane collapsed)."""

from __future__ import annotations

import pytest

from invented import article_facts


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Der Betreiber Lakora Logistik teilte mit, dass der Hafen geschlossen bleibt.", "Lakora Logistik"),
        (
            "de",
            "Nach Angaben des Betreibers Lakora Logistik bleibt der Hafen bis Freitag geschlossen.",
            "Lakora Logistik",
        ),
        ("en", "The operator Lakora Logistik said the port would stay closed until Friday.", "Lakora Logistik"),
        ("en", "The company Lakora Logistik said the port would stay closed until Friday.", "Lakora Logistik"),
        (
            "fr",
            "L'entreprise Lakora Logistik a indiqué que le port resterait fermé jusqu'à vendredi.",
            "Lakora Logistik",
        ),
        ("es", "La empresa Lakora Logistik dijo que el puerto seguirá cerrado hasta el viernes.", "Lakora Logistik"),
        ("it", "La società Lakora Logistik ha detto che il porto resterà chiuso fino a venerdì.", "Lakora Logistik"),
        ("pl", "Spółka Lakora Logistik poinformowała, że port pozostanie zamknięty do piątku.", "Lakora Logistik"),
        ("uk", "Компанія Лакора Логістик повідомила, що порт залишиться закритим до п'ятниці.", "Лакора Логістик"),
    ],
)
def test_a_name_after_a_company_noun_is_an_organisation(lang: str, text: str, name: str) -> None:
    facts = article_facts(lang, text, published="2026-03-14")
    assert [(e.name, e.type) for e in facts.entities if e.name == name] == [(name, "organisation")]
    assert not [e for e in facts.entities if e.type == "person"]


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        (
            "de",
            [
                "Der Betreiber Lakora Logistik teilte mit, dass der Hafen geschlossen bleibt.",
                "Lakora Logistik will die Kosten tragen, hieß es.",
            ],
        ),
        (
            "de",
            [
                "Die Firma Lakora Logistik teilte mit, dass der Hafen geschlossen bleibt.",
                "Lakora Logistik will die Kosten tragen, hieß es.",
            ],
        ),
        (
            "en",
            [
                "The operator Lakora Logistik said the port would stay closed.",
                "Lakora Logistik will pay for the repairs, it said.",
            ],
        ),
    ],
)
def test_every_mention_of_the_name_follows(lang: str, paragraphs: list[str]) -> None:
    facts = article_facts(lang, *paragraphs, published="2026-03-14")
    assert [(e.name, e.type) for e in facts.entities] == [("Lakora Logistik", "organisation")]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The producer John Reed said the film would open in May.", "John Reed"),
        ("de", "Der Produzent Jan Weber sagte, der Film komme im Mai in die Kinos.", "Jan Weber"),
    ],
)
def test_a_first_name_after_a_job_noun_stays_a_person(lang: str, text: str, name: str) -> None:
    facts = article_facts(lang, text, published="2026-03-14")
    assert [(e.name, e.type) for e in facts.entities if e.name == name] == [(name, "person")]


def test_an_inverted_attribution_ends_at_its_comma() -> None:
    """ "..., a indiqué l'opérateur Lakora Logistik, dont la directrice Ilse Marrow a parlé aux journalistes": the
    company the verb names is no person now, and the person of the relative clause after the comma is not the
    speaker of the clause before the verb."""
    text = (
        "Un ferry s'est échoué lundi au large de Brannock, a indiqué l'opérateur Lakora Logistik, dont la directrice "
        "Ilse Marrow a parlé aux journalistes."
    )
    facts = article_facts("fr", text, published="2026-03-14")
    assert not [q for q in facts.quotes if q.speaker_name == "Ilse Marrow"]
