"""A new user's infant-formula recall story (six outlets, en/fr/it/uk/pt) showed "production halted until further
notice" and "production continuing on the plant's other lines" as one agreed item, and took the country a dateline
brackets after its city ("ZWOLLE (Pays-Bas) -") for the wire agency. Invented text of other events throughout: a
paper-mill fire (en, de, es, pl) and datelines of other places."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.clean.metadata import bracketed_place, parse_dateline
from crosswire.compare.claims.polar import acts, has_object, poles_in
from test_compare_core import compare_fixture

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "trial24"


def _outlets(comparison) -> dict[int, str]:
    return {s.n: s.outlets[0] for s in comparison.sources}


# -- production halted or going on, in every language read -----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "pole"),
    [
        ("en", "Production at the Selvik plant has been suspended until further notice.", "halted"),
        ("en", "Production was continuing on the factory's other lines, the company said.", "continuing"),
        ("en", "Production at the smelter was not halted, a spokeswoman said.", "continuing"),
        ("fr", "La production de l'usine a été suspendue jusqu'à nouvel ordre.", "halted"),
        ("fr", "La production se poursuit sur les autres lignes du site.", "continuing"),
        ("de", "Die Produktion im Werk wurde bis auf Weiteres eingestellt.", "halted"),
        ("de", "Die Produktion läuft weiter, sagte ein Sprecher.", "continuing"),
        ("es", "La producción de la planta quedó paralizada.", "halted"),
        ("es", "La producción continúa en las demás líneas.", "continuing"),
        ("it", "La produzione nello stabilimento è stata sospesa fino a nuovo ordine.", "halted"),
        ("it", "La produzione prosegue sulle altre linee dell'impianto.", "continuing"),
        ("pt", "A produção na fábrica foi suspensa até nova ordem.", "halted"),
        ("pt", "A produção continua nas outras linhas da fábrica.", "continuing"),
        ("ru", "Производство на заводе приостановлено до особого распоряжения.", "halted"),
        ("ru", "Производство на других линиях продолжается.", "continuing"),
        ("uk", "Виробництво на заводі зупинено до подальшого повідомлення.", "halted"),
        ("uk", "Виробництво на інших лініях триває.", "continuing"),
        ("pl", "Produkcja w zakładzie została wstrzymana do odwołania.", "halted"),
        ("pl", "Produkcja na pozostałych liniach trwa nadal.", "continuing"),
    ],
)
def test_a_sentence_states_production_halted_or_going_on(language, text, pole):
    [act] = [a for a in acts() if a.id == "production"]
    assert poles_in(text, language).get("production") == pole
    assert has_object(text, language, act)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Production was halted on one line but continued on the two others."),  # both: a change of scope
        ("en", "The union demanded that production be halted."),  # a demand
        ("fr", "La production pourrait être suspendue la semaine prochaine."),  # a possibility
    ],
)
def test_no_production_pole_from_both_poles_or_a_demand(language, text):
    assert "production" not in poles_in(text, language)


@pytest.fixture(scope="module")
def mill(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("mill"), FIXTURES / "mill-production.jsonl")


def test_halted_against_continuing_is_a_conflict_never_an_agreement(mill):
    """ "production ... had been halted until further notice" (en, de, pl) against "la producción continúa en las
    demás líneas" (es): a "different outcome" conflict with each source on its side, and no agreed item citing
    both poles."""
    outlet = _outlets(mill)
    [found] = [c for c in mill.conflicts if c.measure == "production status"]
    assert found.reason == "different outcome"
    assert {s.label: {outlet[n] for n in s.sources} for s in found.sides} == {
        "halted": {"Harbour Gazette", "Nordkurier Aktuell", "Kurier Północny"},
        "continuing": {"La Voz del Norte"},
    }
    for item in mill.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("continúa" in texts and ("halted" in texts or "eingestellt" in texts or "wstrzymana" in texts))


# -- a dateline's bracketed country is a place, never the wire agency -----------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("HALDEN (Norvège) – Le groupe papetier a annoncé mardi", "HALDEN"),
        ("HALDEN (Noruega) – A empresa de papel anunciou na terça-feira", "HALDEN"),
        ("HALDEN (Norvegia) – Il gruppo cartario ha annunciato martedì", "HALDEN"),
        ("HALDEN (Norwegen) - Der Papierkonzern teilte am Dienstag mit", "HALDEN"),
        ("ХАЛЬДЕН (Норвегія) – Паперова компанія у вівторок оголосила", "ХАЛЬДЕН"),
        ("TOLEDO (Ohio) - The paper maker said on Tuesday", "TOLEDO"),
    ],
)
def test_a_bracketed_country_after_a_dateline_city_is_no_agency(paragraph, place):
    assert parse_dateline(paragraph) == (place, None)


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("HALDEN (Nordwire) - The paper maker said on Tuesday", "Nordwire"),
        ("HALDEN (Meridian) - The paper maker said on Tuesday", "Meridian"),
        ("HALDEN (Vistula Wire) - The paper maker said on Tuesday", "Vistula Wire"),
    ],
)
def test_an_unlisted_agency_name_in_the_brackets_still_counts(paragraph, agency):
    assert parse_dateline(paragraph)[1] == agency


def test_bracketed_place_reads_countries_in_their_own_language():
    assert bracketed_place("Pays-Bas") and bracketed_place("Países Baixos") and bracketed_place("Нідерланди")
    assert not bracketed_place("Meridian") and not bracketed_place("Nordwire")
