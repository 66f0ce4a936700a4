"""A generic title is the head of a compound title, so it names that role: German "Direktorin" is what a
"Generaldirektorin" is, and so no role conflict with "directora ejecutiva" or "executive director" (a new user's
hostage story showed "directora ejecutiva [4] vs direktorin [5]"). A different role still clashes. Invented text."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.roles import _generic_fits
from test_compare_core import compare_texts

SHARED = {
    "en": " The charity Lakeway Relief reopened its clinic in Tarsk on Monday.",
    "de": " Die Hilfsorganisation Lakeway Relief hat am Montag ihre Klinik in Tarsk wieder eröffnet.",
    "es": " La organización Lakeway Relief reabrió el lunes su clínica en Tarsk.",
    "fr": " L'organisation Lakeway Relief a rouvert lundi sa clinique à Tarsk.",
}


def _roles(tmp_path, texts: list[tuple[str, str, str]]):
    rows = [(f"s{i}", outlet, "2026-03-16", text + SHARED[lang]) for i, (outlet, lang, text) in enumerate(texts)]
    comparison = compare_texts(tmp_path, rows)
    return [c for c in comparison.conflicts if c.reason == "different role"]


@pytest.mark.parametrize(
    "texts",
    [
        [
            (
                "El Puerto Diario",
                "es",
                "La directora ejecutiva de Lakeway Relief, Irene Falk, dijo que la clínica atenderá a 300 familias.",
            ),
            (
                "Tarsker Bote",
                "de",
                "Die Direktorin von Lakeway Relief, Irene Falk, sagte, die Klinik werde 300 Familien versorgen.",
            ),
        ],
        [
            (
                "Lake Wire",
                "en",
                "Irene Falk, executive director of Lakeway Relief, said the clinic would serve 300 families.",
            ),
            (
                "Tarsker Bote",
                "de",
                "Die Direktorin von Lakeway Relief, Irene Falk, sagte, die Klinik werde 300 Familien versorgen.",
            ),
        ],
    ],
)
def test_a_generic_title_is_the_compound_it_heads(tmp_path, texts):
    assert _roles(tmp_path, texts) == []


def test_the_head_of_a_compound_fits_its_concept():
    assert _generic_fits("direktorin", "chief_executive")  # Generaldirektorin
    assert _generic_fits("chefin", "chief_executive")  # Vorstandschefin, Konzernchefin
    assert not _generic_fits("direktorin", "mayor")
