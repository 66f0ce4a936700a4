"""The days two sources give one act as set for or due by ("will close its bakery by March 31" / "Le site fermera
ses portes le 30 juin") are compared story-wide and clash as different days, though their sentences read too
unlike to pair (invented text; crosswire.compare.claims.story_wide.set_days). A new user's factory story showed
the French closure date alone in the timeline and the English one nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

WIRE = (
    "Valmont Foods to close Tessel bakery\n\nValmont Foods will close its bakery in Tessel by {day}, cutting 900 "
    "jobs, the company said on Tuesday. The bakery opened in 1961."
)
OTHERS = {
    "fr": "Valmont Foods ferme Tessel\n\nLe groupe Valmont Foods a annoncé mardi la fermeture de sa boulangerie de "
    "Tessel. Le site fermera ses portes le {day}, a précisé la direction.",
    "es": "Valmont Foods cierra en Tessel\n\nEl grupo Valmont Foods anunció el martes el cierre de su panadería de "
    "Tessel. La empresa cerrará la planta el {day}, según la dirección.",
    "de": "Valmont Foods schließt in Tessel\n\nDer Konzern Valmont Foods hat am Dienstag das Aus für seine Bäckerei "
    "in Tessel verkündet. Das Werk wird bis zum {day} geschlossen, teilte die Geschäftsführung mit.",
}
DAYS = {"fr": ("30 juin 2027", "31 mars 2027"), "es": ("30 de junio de 2027", "31 de marzo de 2027")}
DAYS["de"] = ("30. Juni 2027", "31. März 2027")


def _run(tmp_path: Path, language: str, wire_day: str, other_day: str) -> list[tuple[str, str]]:
    rows = [
        ("a", "Northwire", "2026-11-10", WIRE.format(day=wire_day)),
        ("b", f"Outlet {language}", "2026-11-10", OTHERS[language].format(day=other_day)),
    ]
    return [(c.summary, c.reason) for c in compare_texts(tmp_path, rows).conflicts]


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_two_set_days_of_one_closure_clash(tmp_path: Path, language: str) -> None:
    found = _run(tmp_path, language, "March 31, 2027", DAYS[language][0])
    assert [r for _s, r in found] == ["different day"], found


@pytest.mark.parametrize("language", ["fr", "es"])
def test_one_set_day_in_two_languages_is_no_conflict(tmp_path: Path, language: str) -> None:
    found = _run(tmp_path, language, "March 31, 2027", DAYS[language][1])
    assert not found, found


def test_a_past_day_and_a_set_day_of_other_acts_do_not_clash(tmp_path: Path) -> None:
    rows = [
        ("a", "Northwire", "2026-11-10", WIRE.format(day="March 31, 2027")),
        (
            "b",
            "Outlet fr",
            "2026-11-10",
            "Valmont Foods ferme Tessel\n\nLe groupe Valmont Foods a annoncé mardi la fermeture de sa boulangerie de "
            "Tessel. Un premier atelier avait déjà fermé le 3 juin 2025.",
        ),
    ]
    assert not [c.summary for c in compare_texts(tmp_path, rows).conflicts if "2025" in c.summary]
