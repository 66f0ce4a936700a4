"""A court's ruling that ends a law's force is one act whatever verb each outlet gives it: "struck down",
"annulled", "overturned", Polish "uchylił", Russian "отменил", Spanish "anuló", German "aufgehoben" / "für
verfassungswidrig erklärt", French "a annulé". A new user's court trial gave the ruling's day as Thursday in five
outlets and "w środę" in a Polish one, and nothing compared them (the Polish sentence's day had no act; "struck"
was keyed as "strike"). Tested on an invented fishing-quota ruling: another day is a conflict in each language,
the same day is none, and "struck" without "down" (a storm, a quake) is not the ruling's act.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.slots import day_act
from test_compare_core import compare_texts, wire_and_one_other

PUBLISHED = "2026-05-15"  # a Friday: Thursday is 14 May, Wednesday 13 May

EN = (
    "Ostland's Supreme Court {day} struck down the country's fishing quota law, ruling that it breached the"
    " constitution's guarantee of free trade.\n\nThe quota law had been passed by parliament in 2024 and limited"
    " every trawler to 400 tonnes a year."
)
OTHER = {
    "en": (
        "Coast Times",
        "Ostland's Supreme Court {day} annulled the fishing quota law, saying it breached the constitution.\n\n"
        "The quota law was passed by parliament in 2024 and limited every trawler to 400 tonnes a year.",
        "on Wednesday",
        "on Thursday",
    ),
    "en-vote": (
        "Coast Times",
        "Judges of Ostland's Supreme Court voted 5-4 {day} to annul the fishing quota law.\n\n"
        "The quota law was passed by parliament in 2024 and limited every trawler to 400 tonnes a year.",
        "on Wednesday",
        "on Thursday",
    ),
    "pl": (
        "Gazeta Morska",
        "Sąd Najwyższy Ostlandii {day} uchylił ustawę o kwotach połowowych. Ustawa ograniczała każdy trawler do"
        " 400 ton rocznie.",
        "w środę",
        "w czwartek",
    ),
    "ru": (
        "Морской вестник",
        "Верховный суд Остландии {day} отменил закон о квотах на вылов рыбы. Закон ограничивал каждый траулер"
        " 400 тоннами в год.",
        "в среду",
        "в четверг",
    ),
    "es": (
        "El Puerto",
        "El Tribunal Supremo de Ostlandia anuló {day} la ley de cuotas de pesca. La ley limitaba cada arrastrero"
        " a 400 toneladas al año.",
        "el miércoles",
        "el jueves",
    ),
    "de": (
        "Küstenbote",
        "Das Oberste Gericht Ostlands hat {day} das Fischfanggesetz für verfassungswidrig erklärt. Das Gesetz"
        " begrenzte jeden Trawler auf 400 Tonnen im Jahr.",
        "am Mittwoch",
        "am Donnerstag",
    ),
    "fr": (
        "Le Littoral",
        "La Cour suprême d'Ostland a annulé {day} la loi sur les quotas de pêche. La loi limitait chaque"
        " chalutier à 400 tonnes par an.",
        "mercredi",
        "jeudi",
    ),
}


def _story(language: str, day: str) -> list[tuple[str, str, str, str]]:
    outlet, text, _, _ = OTHER[language]
    wire = ("Harbour Gazette", EN.replace("{day}", "on Thursday"))
    return wire_and_one_other(wire, (outlet, text.replace("{day}", day)), language, PUBLISHED)


def _day_conflicts(comparison) -> list[str]:
    return [c.summary for c in comparison.conflicts if c.reason == "different day"]


@pytest.mark.parametrize("language", sorted(OTHER))
def test_a_ruling_on_another_day_is_a_conflict(tmp_path: Path, language: str) -> None:
    comparison = compare_texts(tmp_path, _story(language, OTHER[language][2]))
    assert len(_day_conflicts(comparison)) == 1, [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize("language", ["en", "pl", "de"])
def test_a_ruling_on_the_same_day_is_no_conflict(tmp_path: Path, language: str) -> None:
    comparison = compare_texts(tmp_path, _story(language, OTHER[language][3]))
    assert not _day_conflicts(comparison)


def test_struck_is_the_ruling_only_with_down() -> None:
    assert day_act("strike", "The court struck down the law on Thursday.") == "revoke"
    assert day_act("strike", "Workers struck outside the plant on Monday.") == "strike"
    assert day_act("throw", "The judges threw out the conviction on Monday.") == "revoke"
    assert day_act("strike", "The earthquake struck the coast on Monday.") == "strike"
    assert day_act("overturn", "The appeals court overturned the verdict.") == "revoke"
    assert day_act("vote", "The judges voted 5-4 on Wednesday to annul the law.") == "revoke"
    assert day_act("vote", "The council voted on Monday to approve the budget.") == "vote"
