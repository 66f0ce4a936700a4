"""A minister under two portfolios is a conflict, not an agreement (conf14): two new users' trials showed "Economy
Minister Radu Penescu" / "Außenminister Radu Penescu" and "Transport Minister Lena Haugaard" / "La ministra de
Trabajo, Lena Haugaard" as one agreed claim, since only five portfolios (foreign affairs, defence, the interior,
finance, justice) were roles and every other minister was a minister of any portfolio. Near cases that stay
agreed: a minister named without a portfolio, two portfolios one ministry often holds together (the economy and
finance), a former minister, two people. Invented text."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.roles import _role_in
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("language", "before", "concept"),
    [
        ("en", "The talks were led by Economy Minister ", "economy_minister"),
        ("en", "The talks were led by Transport Minister ", "transport_minister"),
        ("de", "Verhandelt hatte Wirtschaftsministerin ", "economy_minister"),
        ("de", "Verhandelt hatte Verkehrsminister ", "transport_minister"),
        ("fr", "Les négociations étaient menées par la ministre du Travail ", "labour_minister"),
        ("es", "Las negociaciones las dirigió la ministra de Trabajo ", "labour_minister"),
        ("it", "Le trattative sono guidate dalla ministra dei Trasporti ", "transport_minister"),
        ("pt", "As negociações foram conduzidas pelo ministro da Saúde ", "health_minister"),
        ("pl", "Rozmowy prowadził minister gospodarki ", "economy_minister"),
        ("ru", "Переговоры вёл министр энергетики ", "energy_minister"),
        ("uk", "Переговори вів міністр транспорту ", "transport_minister"),
        # near cases: a minister of no named portfolio stays [minister]; a portfolio left unnamed is no other role
        ("en", "The talks were led by Culture Minister ", "minister"),
        ("pl", "Rozmowy prowadził minister ", "minister"),
    ],
)
def test_a_ministers_portfolio_is_read_in_each_language(language, before, concept):
    found = _role_in(before, language, at_end=True)
    assert found is not None
    assert found[0] == concept


TAIL = {
    "en": " The gas deal was signed in the evening, officials said.",
    "de": " Das Gasabkommen wurde am Abend unterzeichnet, hieß es.",
    "es": " El acuerdo del gas se firmó por la tarde, según fuentes oficiales.",
    "fr": " L'accord sur le gaz a été signé dans la soirée, selon des responsables.",
    "it": " L'accordo sul gas è stato firmato in serata, secondo fonti ufficiali.",
    "pt": " O acordo do gás foi assinado à noite, segundo fontes oficiais.",
    "pl": " Umowę gazową podpisano wieczorem, podali urzędnicy.",
    "ru": " Газовое соглашение было подписано вечером, сообщили чиновники.",
    "uk": " Газову угоду підписали ввечері, повідомили посадовці.",
}


def _role_conflicts(tmp_path, rows: list[tuple[str, str, str]]):
    comparison = compare_texts(
        tmp_path, [(f"r{i}", o, "2026-12-02", t + TAIL[lang]) for i, (o, lang, t) in enumerate(rows)]
    )
    return [c for c in comparison.conflicts if c.reason == "different role"]


EN = "The talks on the Lestrian side were led by Economy Minister Radu Penescu, who had warned of a hard winter."


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Verhandelt hatte auf lestrischer Seite Außenminister Radu Penescu, der vor einem harten Winter warnte.",
        ),
        (
            "ru",
            "Переговоры вёл министр иностранных дел Раду Пенеску, предупреждавший о трудной зиме.",
        ),
        (
            "es",
            "Las negociaciones las dirigió el ministro de Transportes, Radu Penescu, que advirtió de un invierno duro.",
        ),
    ],
)
def test_economy_minister_against_another_portfolio_is_a_conflict(tmp_path, language, text):
    found = _role_conflicts(tmp_path, [("Wire", "en", EN), ("Other", language, text)])
    assert len(found) == 1
    assert "Penescu" in found[0].measure or "Пенеску" in found[0].measure


@pytest.mark.parametrize(
    "text",
    [
        # a minister with no portfolio named may be the economy minister
        "Verhandelt hatte auf lestrischer Seite Minister Radu Penescu, der vor einem harten Winter warnte.",
        # the economy and finance: one ministry in many governments
        "Verhandelt hatte auf lestrischer Seite Finanzminister Radu Penescu, der vor einem harten Winter warnte.",
        # a former foreign minister now holds another post
        "Verhandelt hatte der frühere Außenminister Radu Penescu, der vor einem harten Winter warnte.",
        # another person is the foreign minister
        "Verhandelt hatte auf lestrischer Seite Außenminister Tomas Varga, der vor einem harten Winter warnte.",
    ],
)
def test_near_cases_are_no_role_conflict(tmp_path, text):
    assert _role_conflicts(tmp_path, [("Wire", "en", EN), ("Kurier", "de", text)]) == []
