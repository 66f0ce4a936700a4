"""Two months (or a month and a day in another month) two sources give one planned act are a ``different day``
conflict in every language with month names; a month and a day inside it agree (invented text; crosswire.compare.
claims.units.different_days, crosswire.compare.claims.aligned.day_conflicts). A new user's tram story agreed
"construction will start in March 2027" with "Der Bau soll im Mai 2027 beginnen" as one item."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.units import different_days
from invented import claim_unit, paragraph_facts
from test_compare_core import compare_texts

WIRE = (
    "Harwick council approves bridge repairs\n\nHarwick city council on Tuesday approved a plan to repair the old "
    "Castle Bridge over the river Tane. Work on the bridge is due to begin in {when}, the council said."
)
OTHERS = {
    "de": (
        "Harwick repariert Brücke\n\nDer Stadtrat von Harwick hat am Dienstag die Reparatur der alten Castle Bridge "
        "über den Fluss Tane beschlossen. Die Arbeiten an der Brücke sollen {when} beginnen, teilte der Rat mit.",
        {"may": "im Mai 2027", "march": "im März 2027", "may4": "am 4. Mai 2027", "march4": "am 4. März 2027"},
    ),
    "es": (
        "Harwick reparará un puente\n\nEl ayuntamiento de Harwick aprobó el martes un plan para reparar el viejo "
        "puente Castle Bridge sobre el río Tane. Las obras en el puente comenzarán {when}, informó el ayuntamiento.",
        {"may": "en mayo de 2027", "march": "en marzo de 2027", "may4": "el 4 de mayo de 2027"},
    ),
    "fr": (
        "Harwick va réparer un pont\n\nLe conseil municipal de Harwick a approuvé mardi un plan de réparation du "
        "vieux pont Castle Bridge sur la rivière Tane. Les travaux sur le pont doivent commencer {when}, a indiqué "
        "le conseil.",
        {"may": "en mai 2027", "march": "en mars 2027", "may4": "le 4 mai 2027"},
    ),
    "it": (
        "Harwick riparerà un ponte\n\nIl consiglio comunale di Harwick ha approvato martedì un piano per riparare "
        "il vecchio ponte Castle Bridge sul fiume Tane. I lavori sul ponte inizieranno {when}, ha detto il consiglio.",
        {"may": "a maggio 2027", "march": "a marzo 2027"},
    ),
    "pl": (
        "Harwick wyremontuje most\n\nRada miasta Harwick zatwierdziła we wtorek plan remontu starego mostu Castle "
        "Bridge na rzece Tane. Prace remontowe na moście Castle Bridge mają się rozpocząć {when}, poinformowała rada.",
        {"may": "w maju", "march": "w marcu"},
    ),
}


def _conflicts(tmp_path: Path, language: str, wire: str, other: str) -> list[str]:
    text, days = OTHERS[language]
    rows = [
        ("a", "Northwire", "2026-12-02", WIRE.format(when=wire)),
        ("b", f"Outlet {language}", "2026-12-02", text.format(when=days[other])),
    ]
    return [c.reason for c in compare_texts(tmp_path, rows).conflicts]


@pytest.mark.parametrize("language", ["de", "es", "fr", "it"])
def test_two_months_of_one_start_clash(tmp_path: Path, language: str) -> None:
    assert "different day" in _conflicts(tmp_path, language, "March 2027", "may")


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_one_month_in_two_languages_is_no_conflict(tmp_path: Path, language: str) -> None:
    assert "different day" not in _conflicts(tmp_path, language, "March 2027", "march")


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_month_and_a_day_in_another_month_clash(tmp_path: Path, language: str) -> None:
    assert "different day" in _conflicts(tmp_path, language, "March 2027", "may4")


@pytest.mark.parametrize("language", ["de"])
def test_a_month_and_a_day_inside_it_agree(tmp_path: Path, language: str) -> None:
    assert "different day" not in _conflicts(tmp_path, language, "March 2027", "march4")


# One sentence per language placing a start in May 2027 (a month by its name, in the case the language puts it
# in), and one placing it on 4 May 2027; read by the facts stage, compared as the comparison's units.
MAY = {
    "en": "Work on the bridge is due to begin in May 2027.",
    "de": "Die Arbeiten an der Brücke sollen im Mai 2027 beginnen.",
    "es": "Las obras en el puente comenzarán en mayo de 2027.",
    "fr": "Les travaux sur le pont doivent commencer en mai 2027.",
    "it": "I lavori sul ponte inizieranno a maggio 2027.",
    "pt": "As obras na ponte começam em maio de 2027.",
    "pl": "Prace na moście mają się rozpocząć w maju.",
    "ru": "Работы на мосту начнутся в мае.",
}
MARCH = "Work on the bridge is due to begin in March 2027."
MAY_4 = "Work on the bridge is due to begin on May 4, 2027."
LAST_MONTH = "Work on the bridge began last month."


def _unit(index: int, language: str, text: str):
    facts = paragraph_facts(language, text, "2026-12-02")
    values = [v for c in facts.claims for v in c.values]
    return claim_unit(index, index, text, language, values)


@pytest.mark.parametrize("language", sorted(MAY))
def test_a_month_by_name_is_a_day_of_the_act(language: str) -> None:
    may, march, may_4 = _unit(1, language, MAY[language]), _unit(2, "en", MARCH), _unit(3, "en", MAY_4)
    assert different_days(may, march)
    assert not different_days(may, may_4)  # a month spans its days
    assert not different_days(may, _unit(4, language, MAY[language]))


def test_a_month_counted_from_publication_is_no_named_month() -> None:
    assert not different_days(_unit(1, "en", LAST_MONTH), _unit(2, "en", MARCH))
