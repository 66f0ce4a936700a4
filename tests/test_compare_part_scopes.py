"""One centre's count against a trial's total is a part and the whole: a different scope, not a different value
(invented text). A new user's drug-trial story set one centre's enrolled patients against the trial's total as
"different value"; the whole holds the part, so the reason is the scope. Two sides that each name a part, or a
"whole" smaller than the part, stay a different value.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.scopes import part_scope
from test_compare_core import compare_texts

EN = (
    "Orvessa\n\nThe Danish biotech Hollmark Bio stopped its vaccine study on Monday after two patients died of heart "
    "inflammation. The study had enrolled {n} patients in nine countries."
)
CENTRES = {
    "it": "Orvessa\n\nLa danese Hollmark Bio ha interrotto lunedì lo studio sul vaccino dopo la morte di due pazienti. "
    "In Italia il centro più grande era l'ospedale di Cremona, che aveva arruolato 48 pazienti per lo studio del "
    "vaccino di Hollmark Bio.",
    "es": "Orvessa\n\nLa danesa Hollmark Bio detuvo el lunes su estudio de la vacuna tras la muerte de dos pacientes. "
    "El centro de Aarhus había reclutado a 48 pacientes para el estudio de la vacuna de Hollmark Bio.",
    "pt": "Orvessa\n\nA dinamarquesa Hollmark Bio interrompeu na segunda-feira o estudo da vacina depois da morte "
    "de dois pacientes. O centro de Aarhus tinha recrutado 48 pacientes para o estudo da vacina da Hollmark Bio.",
}


def _enrolled(tmp_path: Path, language: str, total: str) -> list[tuple[str, str]]:
    rows = [
        ("a", "Northwire", "2026-05-06", EN.format(n=total)),
        ("b", f"Outlet {language}", "2026-05-06", CENTRES[language]),
    ]
    return [(c.summary, c.reason) for c in compare_texts(tmp_path, rows).conflicts if "48" in c.summary]


@pytest.mark.parametrize("language", sorted(CENTRES))
def test_one_centres_count_against_the_total_is_a_different_scope(tmp_path, language) -> None:
    found = _enrolled(tmp_path, language, "960")
    assert [reason for _s, reason in found] == ["different scope"], found


@pytest.mark.parametrize("language", ["it", "es"])
def test_a_total_smaller_than_the_part_is_still_a_different_value(tmp_path, language) -> None:
    found = _enrolled(tmp_path, language, "30")
    assert [reason for _s, reason in found] == ["different value"], found


PARTS = [
    ("en", "At its Aarhus trial site, the study had enrolled 48 patients.", True),
    ("en", "Twelve people were killed at the crash site.", False),
    ("en", "At one of the centres, 48 patients fell ill.", True),
    ("en", "One of the victims was a nurse at the Orvel hospital.", False),
    ("en", "The study had enrolled 960 patients in total across all centres.", False),
    ("en", "The study had enrolled 960 patients in nine countries.", False),
    ("de", "Am Zentrum in Aarhus wurden 48 Patienten aufgenommen.", True),
    ("de", "Insgesamt wurden an allen Zentren 960 Patienten aufgenommen.", False),
    ("fr", "Le centre d'Aarhus avait recruté 48 patients.", True),
    ("pl", "Ośrodek w Aarhus zrekrutował 48 pacjentów.", True),
    ("pl", "Łącznie w badaniu uczestniczyło 960 pacjentów.", False),
    ("ru", "В одном из центров в Орхусе набрали 48 пациентов.", True),
    ("ru", "Всего в исследовании участвовали 960 пациентов.", False),
]


@pytest.mark.parametrize(("language", "sentence", "part"), PARTS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PARTS)])
def test_a_sentence_of_one_part(language, sentence, part) -> None:
    assert part_scope(sentence, language) is part
