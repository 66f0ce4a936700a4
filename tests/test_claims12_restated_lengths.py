"""A length of time another source gives under another noun or case is no "only X reports": "ending two years
of debate over the route" / "Die Debatte über die Strecke hatte sich über zwei Jahre hingezogen" (a duration
beside a count of years; invented text; crosswire.compare.restated.same_length). A new user's tram story listed
the German restatement as only its outlet's fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

WIRE = (
    "Harwick approves tram line\n\nHarwick city council on Tuesday approved a new tram line to the Eastfield "
    "district, ending {length} of debate over the route. The line will have nine stops."
)
OTHERS = {
    "de": "Harwick baut Straßenbahn\n\nDer Stadtrat von Harwick hat am Dienstag eine neue Straßenbahnlinie nach "
    "Eastfield beschlossen. Die Linie soll neun Haltestellen haben. Die Debatte über die Strecke hatte sich über "
    "{other} hingezogen.",
    "es": "Harwick aprueba un tranvía\n\nEl ayuntamiento de Harwick aprobó el martes una nueva línea de tranvía "
    "hacia Eastfield. La línea tendrá nueve paradas. El debate sobre el trazado se prolongó durante {other}.",
    "fr": "Harwick approuve un tramway\n\nLe conseil municipal de Harwick a approuvé mardi une nouvelle ligne de "
    "tramway vers Eastfield. La ligne comptera neuf arrêts. Le débat sur le tracé a duré {other}.",
}
TWO = {"de": "zwei Jahre", "es": "dos años", "fr": "deux ans"}
THREE = {"de": "drei Jahre", "es": "tres años", "fr": "trois ans"}


def _only(tmp_path: Path, language: str, length: str, other: str) -> list[str]:
    rows = [
        ("a", "Northwire", "2026-12-02", WIRE.format(length=length)),
        ("b", f"Outlet {language}", "2026-12-02", OTHERS[language].format(other=other)),
    ]
    c = compare_texts(tmp_path, rows)
    return [ev.text for it in c.single_source for ev in it.evidence]


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_a_restated_length_is_not_only_one_outlets(tmp_path: Path, language: str) -> None:
    found = _only(tmp_path, language, "two years", TWO[language])
    assert not any(TWO[language] in t for t in found), found


@pytest.mark.parametrize("language", ["de"])
def test_another_length_is_not_a_restatement(tmp_path: Path, language: str) -> None:
    found = _only(tmp_path, language, "two years", THREE[language])
    assert any(THREE[language] in t for t in found), found
