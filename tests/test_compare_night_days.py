"""A night written by its morning ("in der Nacht zum Sonntag", "в ночь на воскресенье", "w nocy na niedzielę") is
the night that began on the day before: "on Saturday night" states the same time, and the two are no conflict of
day. A new user's wildfire trial set "Der Provinzrat rief in der Nacht zum Sonntag den Notstand aus" against
"declared a state of emergency on Saturday night" as a different day. Tested on an invented harbour closure: the
night in German, Russian and Polish beside the English Saturday night is quiet, and a Monday (the near case) is
still a different day.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

PUBLISHED = "2026-03-16"  # a Monday: "Saturday" is 14 March, "Sunday" 15 March

EN = [
    "Storm shuts Velka harbour",
    "The port authority of Velka closed the harbour on Saturday night after a storm damaged two container cranes.",
    "Ships were told to wait at anchor outside the breakwater until the cranes are inspected.",
]
OTHER = {
    "de": (
        "Küstenbote",
        [
            "Sturm legt Hafen von Velka lahm",
            "Die Hafenbehörde von Velka hat den Hafen {day} geschlossen, nachdem ein Sturm zwei Containerkräne"
            " beschädigt hatte.",
            "Die Schiffe sollen vor dem Wellenbrecher vor Anker warten, bis die Kräne geprüft sind.",
        ],
        "in der Nacht zum Sonntag",
        "am Montag",
    ),
    "ru": (
        "Морской вестник",
        [
            "Шторм закрыл порт Велки",
            "Портовые власти Велки закрыли порт {day} после того, как шторм повредил два контейнерных крана.",
            "Судам велено ждать на якоре за волноломом, пока краны не проверят.",
        ],
        "в ночь на воскресенье",
        "в понедельник",
    ),
    "pl": (
        "Gazeta Portowa",
        [
            "Sztorm zamknął port w Velce",
            "Władze portu w Velce zamknęły port {day} po tym, jak sztorm uszkodził dwa dźwigi kontenerowe.",
            "Statki mają czekać na kotwicy za falochronem, aż dźwigi zostaną sprawdzone.",
        ],
        "w nocy na niedzielę",
        "w poniedziałek",
    ),
}


def _story(language: str, day: str) -> list[tuple[str, str, str, str]]:
    outlet, lines, _, _ = OTHER[language]
    return [
        ("en", "Harbour Gazette", PUBLISHED, "\n\n".join(EN)),
        (language, outlet, PUBLISHED, "\n\n".join(line.replace("{day}", day) for line in lines)),
    ]


def _day_conflicts(comparison) -> list[str]:
    return [c.summary for c in comparison.conflicts if c.reason == "different day"]


@pytest.mark.parametrize("language", sorted(OTHER))
def test_a_night_by_its_morning_is_the_evening_before(tmp_path: Path, language: str) -> None:
    comparison = compare_texts(tmp_path, _story(language, OTHER[language][2]))
    assert not _day_conflicts(comparison)


@pytest.mark.parametrize("language", sorted(OTHER))
def test_another_day_is_still_a_different_day(tmp_path: Path, language: str) -> None:
    comparison = compare_texts(tmp_path, _story(language, OTHER[language][3]))
    assert len(_day_conflicts(comparison)) == 1, [c.summary for c in comparison.conflicts]
