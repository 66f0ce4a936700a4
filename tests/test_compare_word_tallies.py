"""A vote's tally written in number words is one tally, set against a tally in digits in any language: "by a 5-4
vote" / "пятью голосами против четырёх" / "cinco votos contra cuatro" / "mit fünf zu vier Stimmen" / "cinq voix
contre quatre" / "by five votes to four". A new user's court trial had the wire's "7-2 vote" on no side, the
Spanish "siete votos contra dos" and the German "sieben zu zwei" on two sides (each read as two counts), and with
English and Russian only the Russian "шестью голосами против трёх" listed as single-source. Tested on an invented
council vote in six languages: the same tally agrees, another is one conflict with the whole tallies as labels.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts, wire_and_one_other

PUBLISHED = "2026-04-09"
EN = (
    "Korvel's city council on Wednesday approved the closure of the old tram depot by a 5-4 vote, ending a"
    " two-year dispute over the site.\n\nThe depot has stood empty since 2019 and will be turned into a park."
)
OTHER = {
    "ru": (
        "Городской вестник",
        "Городской совет Корвеля в среду одобрил закрытие старого трамвайного депо {tally}.\n\n"
        "Депо пустует с 2019 года, на его месте разобьют парк.",
        "пятью голосами против четырёх",
        "шестью голосами против трёх",
    ),
    "es": (
        "El Diario",
        "El concejo municipal de Korvel aprobó el miércoles por {tally} el cierre del antiguo depósito de"
        " tranvías.\n\nEl depósito está vacío desde 2019 y se convertirá en un parque.",
        "cinco votos contra cuatro",
        "seis votos contra tres",
    ),
    "de": (
        "Stadtanzeiger",
        "Der Stadtrat von Korvel hat am Mittwoch {tally} die Schließung des alten Straßenbahndepots"
        " beschlossen.\n\nDas Depot steht seit 2019 leer und soll ein Park werden.",
        "mit fünf zu vier Stimmen",
        "mit sechs zu drei Stimmen",
    ),
    "fr": (
        "Le Courrier",
        "Le conseil municipal de Korvel a approuvé mercredi par {tally} la fermeture de l'ancien dépôt de"
        " tramways.\n\nLe dépôt est vide depuis 2019 et deviendra un parc.",
        "cinq voix contre quatre",
        "six voix contre trois",
    ),
    "en": (
        "Korvel Post",
        "The city council of Korvel voted on Wednesday to close the old tram depot, approving the plan by"
        " {tally}.\n\nThe depot has stood empty since 2019 and will become a park.",
        "five votes to four",
        "six votes to three",
    ),
}


def _story(language: str, tally: str) -> list[tuple[str, str, str, str]]:
    outlet, text, _, _ = OTHER[language]
    return wire_and_one_other(("Korvel Wire", EN), (outlet, text.replace("{tally}", tally)), language, PUBLISHED)


def _tally_conflicts(comparison) -> list[str]:
    return [c.summary for c in comparison.conflicts if "5-4" in c.summary or "vote" in c.summary.lower()]


@pytest.mark.parametrize("language", sorted(OTHER))
def test_the_same_tally_in_words_is_no_conflict(tmp_path: Path, language: str) -> None:
    comparison = compare_texts(tmp_path, _story(language, OTHER[language][2]))
    assert not comparison.conflicts, [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize("language", sorted(OTHER))
def test_another_tally_in_words_is_one_conflict(tmp_path: Path, language: str) -> None:
    tally = OTHER[language][3]
    comparison = compare_texts(tmp_path, _story(language, tally))
    found = [c.summary for c in comparison.conflicts if "5-4" in c.summary]
    assert len(found) == 1, [c.summary for c in comparison.conflicts]
    core = tally.removeprefix("mit ").removesuffix(" Stimmen")
    assert core.split()[0] in found[0], found  # the side is labelled by the whole tally, not one of its words
