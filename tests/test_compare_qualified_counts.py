"""A count of a qualified group (temporary, permanent, part-time, seasonal staff) is a part of the whole, not a
rival of it; it is compared with another source's count of the same group, in any language (invented text;
crosswire.compare.claims.qualified). A new user's factory story set "cerca de 600 trabajadores temporales" against
the 2,400 workers in total as "vague vs precise", and left the same sentence's "612 are on temporary contracts"
unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.qualified import qualifier_in
from test_compare_core import compare_texts

WIRE = (
    "Brenvik Foods to close Tessel bakery\n\nThe food maker Brenvik Foods will close its bakery in Tessel, cutting "
    "900 jobs, the company said on Monday. Of the 900 workers, {n} are on temporary contracts. The bakery opened "
    "in 1961."
)
OTHERS = {
    "es": "Brenvik Foods cierra su panadería de Tessel\n\nLa empresa alimentaria Brenvik Foods cerrará su panadería "
    "de Tessel, con la pérdida de 900 empleos, anunció el lunes. Entre los afectados hay {n} trabajadores "
    "temporales, cuyos contratos no serán renovados.",
    "de": "Brenvik Foods schließt Bäckerei in Tessel\n\nDer Lebensmittelkonzern Brenvik Foods schließt seine "
    "Bäckerei in Tessel, 900 Arbeitsplätze fallen weg. Betroffen sind auch {n} befristet Beschäftigte, deren "
    "Verträge nicht verlängert werden.",
    "pl": "Brenvik Foods zamyka piekarnię w Tessel\n\nKoncern spożywczy Brenvik Foods zamknie piekarnię w Tessel, "
    "pracę straci 900 osób. Wśród zwolnionych jest {n} pracowników tymczasowych, których umowy nie zostaną "
    "przedłużone.",
}


def _conflicts(tmp_path: Path, language: str, wire_n: str, other_n: str) -> list[tuple[str, str]]:
    rows = [
        ("a", "Northwire", "2026-05-04", WIRE.format(n=wire_n)),
        ("b", f"Outlet {language}", "2026-05-04", OTHERS[language].format(n=other_n)),
    ]
    return [(c.summary, c.reason) for c in compare_texts(tmp_path, rows).conflicts]


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_a_qualified_count_is_compared_with_the_same_group_not_the_whole(tmp_path: Path, language: str) -> None:
    found = _conflicts(tmp_path, language, "212", "150")
    assert any("212" in s and "150" in s for s, _r in found), found
    assert not any("900" in s and "150" in s for s, _r in found), found


@pytest.mark.parametrize("language", ["es", "de"])
def test_a_qualified_count_inside_an_approximate_one_is_no_conflict(tmp_path: Path, language: str) -> None:
    other = "cerca de 200" if language == "es" else "rund 200"
    found = _conflicts(tmp_path, language, "212", other)
    assert not any("212" in s or "200" in s for s, _r in found), found


def test_a_qualified_count_stated_alike_in_two_languages_is_agreed(tmp_path: Path) -> None:
    rows = [
        ("a", "Northwire", "2026-05-04", WIRE.format(n="212")),
        ("b", "Outlet es", "2026-05-04", OTHERS["es"].format(n="cerca de 200")),
    ]
    agreed = [sorted(e.text for e in item.evidence) for item in compare_texts(tmp_path, rows).agreed]
    assert any(any("212" in t for t in texts) and any("cerca de 200" in t for t in texts) for texts in agreed), agreed


QUALIFIERS = [
    ("612 are on temporary contracts", "en", "temporary"),
    ("cerca de 600 trabajadores temporales", "es", "temporary"),
    ("600 befristet Beschäftigte", "de", "temporary"),
    ("600 intérimaires", "fr", "temporary"),
    ("600 pracowników tymczasowych", "pl", "temporary"),
    ("400 part-time staff", "en", "part-time"),
    ("300 Saisonarbeiter", "de", "seasonal"),
    ("2,400 workers", "en", None),
    ("600 trabajadores", "es", None),
    ("the temperature fell", "en", None),
]


@pytest.mark.parametrize(("text", "language", "expected"), QUALIFIERS)
def test_qualifier_words(text: str, language: str, expected: str | None) -> None:
    assert qualifier_in(text, language) == expected
