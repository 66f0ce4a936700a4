"""A court's president is one role in every language: "Chief Justice", Polish "prezes Sądu Najwyższego", German
"Gerichtspräsidentin", Spanish "presidenta del tribunal", Russian "председатель Верховного суда", French
"présidente de la Cour" (``court_president`` in ``data/roles.toml``); the court's deputy president ("Deputy Chief
Justice", "vicepresidenta del tribunal", "wiceprezes") holds another post. A new user's court trial showed
"Justice [1] vs prezes [3] vs Gerichtspräsidentin [5]" as a conflict ("Chief Justice" cut to "Justice", "prezes"
read as a company's chief executive) while the Spanish "vicepresidenta del tribunal" was agreed with the wire's
"Chief Justice". Tested on an invented ruling read out in another country.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.roles import _role_in
from test_compare_core import compare_texts, wire_and_one_other

PUBLISHED = "2026-06-10"
EN = (
    "Ostland's Supreme Court overturned the fishing quota law on Tuesday.\n\n"
    "{role} Ilona Varek read the judgment in a crowded courtroom in Korvel, saying the law breached the"
    " constitution.\n\nThe quota law had limited every trawler to 400 tonnes a year."
)
OTHER = {
    "pl": (
        "Gazeta Morska",
        "Sąd Najwyższy Ostlandii uchylił we wtorek ustawę o kwotach połowowych.\n\n"
        "Wyrok odczytała w zatłoczonej sali w Korvelu {role} Ilona Varek.\n\n"
        "Ustawa ograniczała każdy trawler do 400 ton rocznie.",
        "prezes Sądu Najwyższego",
        "wiceprezes Sądu Najwyższego",
    ),
    "de": (
        "Küstenbote",
        "Das Oberste Gericht Ostlands hat am Dienstag das Fischfanggesetz aufgehoben.\n\n"
        "{role} Ilona Varek verlas das Urteil in einem überfüllten Saal in Korvel.\n\n"
        "Das Gesetz begrenzte jeden Trawler auf 400 Tonnen im Jahr.",
        "Gerichtspräsidentin",
        "Gerichtsvizepräsidentin",
    ),
    "es": (
        "El Puerto",
        "El Tribunal Supremo de Ostlandia anuló el martes la ley de cuotas de pesca.\n\n"
        "La {role}, Ilona Varek, leyó la sentencia en una sala abarrotada de Korvel.\n\n"
        "La ley limitaba cada arrastrero a 400 toneladas al año.",
        "presidenta del tribunal",
        "vicepresidenta del tribunal",
    ),
    "ru": (
        "Морской вестник",
        "Верховный суд Остландии во вторник отменил закон о квотах на вылов рыбы.\n\n"
        "{role} Илона Варек зачитала решение в переполненном зале в Корвеле.\n\n"
        "Закон ограничивал каждый траулер 400 тоннами в год.",
        "Председатель Верховного суда",
        "Заместитель председателя суда",
    ),
    "fr": (
        "Le Littoral",
        "La Cour suprême d'Ostland a annulé mardi la loi sur les quotas de pêche.\n\n"
        "La {role}, Ilona Varek, a lu l'arrêt dans une salle comble à Korvel.\n\n"
        "La loi limitait chaque chalutier à 400 tonnes par an.",
        "présidente de la Cour",
        "vice-présidente de la Cour",
    ),
}


def _story(language: str, role: str, english: str = "Chief Justice") -> list[tuple[str, str, str, str]]:
    outlet, text, _, _ = OTHER[language]
    wire = ("Harbour Gazette", EN.replace("{role}", english))
    return wire_and_one_other(wire, (outlet, text.replace("{role}", role)), language, PUBLISHED)


def _role_conflicts(comparison) -> list[str]:
    return [c.summary for c in comparison.conflicts if c.reason == "different role"]


@pytest.mark.parametrize("language", sorted(OTHER))
def test_the_court_president_in_two_languages_is_one_role(tmp_path: Path, language: str) -> None:
    comparison = compare_texts(tmp_path, _story(language, OTHER[language][2]))
    assert not _role_conflicts(comparison)


@pytest.mark.parametrize("language", sorted(OTHER))
def test_the_deputy_president_is_another_role(tmp_path: Path, language: str) -> None:
    comparison = compare_texts(tmp_path, _story(language, OTHER[language][3]))
    assert len(_role_conflicts(comparison)) == 1, [c.summary for c in comparison.conflicts]
    deputy = OTHER[language][3].split()[-1]
    for item in comparison.agreed:
        texts = " ".join(e.text for e in getattr(item, "evidence", []))
        assert not ("Chief Justice" in texts and deputy in texts), item


def test_deputy_chief_justice_in_english_is_another_role(tmp_path: Path) -> None:
    rows = _story("es", OTHER["es"][2])
    rows[1] = ("en-2", "Coast Times", PUBLISHED, EN.replace("{role}", "Deputy Chief Justice"))
    assert len(_role_conflicts(compare_texts(tmp_path, rows))) == 1


@pytest.mark.parametrize(
    ("before", "language", "role"),
    [
        ("Chief Justice ", "en", "court_president"),
        ("Justice ", "en", "judge"),
        ("Deputy Chief Justice ", "en", "deputy court_president"),
        ("prezes Trybunału ", "pl", "court_president"),
        ("Prezes spółki ", "pl", "chief_executive"),
        ("Gerichtspräsidentin ", "de", "court_president"),
        ("La vicepresidenta del tribunal, ", "es", "deputy court_president"),
    ],
)
def test_role_words(before: str, language: str, role: str) -> None:
    found = _role_in(before, language, at_end=True)
    assert found is not None and found[0] == role
