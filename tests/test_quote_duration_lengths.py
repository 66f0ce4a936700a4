"""One length of time written in two units is no difference between two wordings of a quote ("two weeks" / "14
days"), while a different length in another unit still is ("two weeks" / "three months"); a vague length ("a few
weeks") or a number word the reader does not hold keeps the units' difference. Invented wordings."""

from __future__ import annotations

import pytest

from crosswire.compare.quote_meaning import durations_apart


@pytest.mark.parametrize(
    ("a", "a_lang", "b", "b_lang"),
    [
        ("The bridge will reopen within two weeks.", "en", "The bridge will reopen in 14 days.", "en"),
        ("Repairs will take two weeks.", "en", "Die Reparatur dauert 14 Tage.", "de"),
        ("The pass stays shut for 48 hours.", "en", "El puerto seguirá cerrado 2 días.", "es"),
        ("The audit needs four weeks.", "en", "L'audit prendra 1 mois.", "fr"),
        ("It will last 24 months.", "en", "Potrwa to 2 lata.", "pl"),
    ],
)
def test_one_length_in_two_units_is_no_difference(a: str, a_lang: str, b: str, b_lang: str) -> None:
    assert not durations_apart(a, a_lang, b, b_lang)


@pytest.mark.parametrize(
    ("a", "a_lang", "b", "b_lang"),
    [
        ("Repairs will take two weeks.", "en", "Die Reparatur dauert drei Monate.", "de"),
        ("The bridge will reopen within two weeks.", "en", "El puente reabrirá en 3 meses.", "es"),
        ("The lake will recover within a few weeks.", "en", "Озеро восстановится в течение нескольких месяцев.", "ru"),
        ("The pass stays shut for 3 hours.", "en", "The pass stays shut for 2 days.", "en"),
    ],
)
def test_a_different_length_in_another_unit_differs(a: str, a_lang: str, b: str, b_lang: str) -> None:
    assert durations_apart(a, a_lang, b, b_lang)
