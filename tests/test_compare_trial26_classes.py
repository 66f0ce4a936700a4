"""Conflict classes a new user's six-language bribery story missed (trial 26), on invented stories of other
events: a lead's day in Ukrainian or Russian, whose parse names no verb ("в середу затримала"); a municipal post
in Italian, Portuguese or Polish (a councillor is no deputy mayor); and whether an arrested person is still held
or was released, across languages (``[detention]`` of ``data/facts_outcomes.toml``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

THURSDAY = "2026-05-14"  # all outlets publish on Thursday 14 May 2026


def _rows(*texts: str, published: str = THURSDAY) -> list[tuple[str, str, str, str]]:
    outlets = ["Harbor Daily", "Lugano Sera", "Kyiv Courier", "Baltic Post"]
    return [(f"a{i}", outlets[i], published, f"Valmora\n\n{t}") for i, t in enumerate(texts)]


def _conflicts(comparison, word: str) -> list:
    return [c for c in comparison.conflicts if c.summary.lower().startswith(word)]


LEAD_DAYS = [
    (
        "Ukrainian Thursday vs English Wednesday",
        "Police arrested the harbour treasurer Tomas Brezan on Wednesday in a fraud inquiry into the port's fuel "
        "contracts, prosecutors said.",
        "Поліція в четвер затримала скарбника порту Томаса Брезана у справі про шахрайство з паливними контрактами.",
    ),
    (
        "Russian Thursday vs English Wednesday",
        "Police arrested the harbour treasurer Tomas Brezan on Wednesday in a fraud inquiry into the port's fuel "
        "contracts, prosecutors said.",
        "Полиция в четверг задержала казначея порта Томаса Брезана по делу о мошенничестве с топливными контрактами.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), LEAD_DAYS, ids=[c[0] for c in LEAD_DAYS])
def test_arrest_day_in_a_slavic_lead_conflicts(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = _conflicts(comparison, "day")
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])


def test_same_arrest_day_in_ukrainian_is_no_conflict(tmp_path: Path) -> None:
    a = "Police arrested the harbour treasurer Tomas Brezan on Wednesday in a fraud inquiry, prosecutors said."
    b = "Поліція в середу затримала скарбника порту Томаса Брезана у справі про шахрайство."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _conflicts(comparison, "day"), [c.summary for c in comparison.conflicts]


ROLES = [
    (
        "Portuguese councillor with a portfolio vs English deputy mayor",
        "Valmora's deputy mayor Ilda Ferraz resigned on Wednesday after a row over the city's bus contract.",
        "A vereadora dos Transportes da Câmara Municipal de Valmora, Ilda Ferraz, demitiu-se na quarta-feira "
        "depois de uma polémica sobre o contrato dos autocarros.",
    ),
    (
        "Italian assessore vs English deputy mayor",
        "Valmora's deputy mayor Ilda Ferraz resigned on Wednesday after a row over the city's bus contract.",
        "L'assessora ai Trasporti di Valmora, Ilda Ferraz, si è dimessa mercoledì dopo una polemica sul "
        "contratto degli autobus.",
    ),
    (
        "Polish councillor vs Italian deputy mayor",
        "La vicesindaca di Valmora, Ilda Ferraz, si è dimessa mercoledì dopo una polemica sul contratto degli autobus.",
        "Radna Valmory Ilda Ferraz podała się w środę do dymisji po sporze o miejski kontrakt autobusowy.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), ROLES, ids=[c[0] for c in ROLES])
def test_councillor_and_deputy_mayor_are_two_roles(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = _conflicts(comparison, "role")
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])
    assert sorted(ev.article for side in found[0].sides for ev in side.evidence) == ["a0", "a1"]


def test_italian_and_portuguese_deputy_mayor_agree(tmp_path: Path) -> None:
    a = "Valmora's deputy mayor Ilda Ferraz resigned on Wednesday after a row over the city's bus contract."
    b = "La vicesindaca di Valmora, Ilda Ferraz, si è dimessa mercoledì dopo una polemica sul contratto dei bus."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _conflicts(comparison, "role"), [c.summary for c in comparison.conflicts]


DETENTION = [
    (
        "English custody vs Polish release",
        "Tomas Brezan remained in custody on Wednesday night and will appear before a judge.",
        "Po kilkugodzinnym przesłuchaniu Tomas Brezan został zwolniony i stawi się przed sędzią.",
    ),
    (
        "Italian release vs Ukrainian custody",
        "Tomas Brezan è stato rilasciato dopo l'interrogatorio e comparirà davanti a un giudice.",
        "Томас Брезан залишається під вартою і постане перед суддею.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), DETENTION, ids=[c[0] for c in DETENTION])
def test_held_and_released_conflict(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = _conflicts(comparison, "outcome")
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])


def test_held_in_two_languages_is_no_conflict(tmp_path: Path) -> None:
    a = "Tomas Brezan remained in custody on Wednesday night and will appear before a judge."
    b = "Tomas Brezan pozostaje w areszcie i stawi się przed sędzią."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _conflicts(comparison, "outcome"), [c.summary for c in comparison.conflicts]
