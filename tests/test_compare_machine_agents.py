"""Who stopped, shut down or destroyed a machine, a person at the controls or an automatic system, in any
language: "The driver pulled the emergency brake" / "Pociąg zatrzymał automatyczny system hamowania, bez udziału
człowieka"; "Operators on duty shut down the reactor" / "Le réacteur a été mis à l'arrêt automatiquement par le
système de protection". Such sentences are one conflict ("different agent") with both sides, never an agreement,
and no source is cited on both sides of two agreements about the act. A quote rendered as a lesson by some
outlets and as a loss by another ("taught us more" / "haben uns mehr gekostet") is a conflict on what the speaker
said, and no agreed item is headed by or cites the other meaning. Invented text (a metro train stopped in a
tunnel, a reactor shut down after a pump failure, a cargo drone lost over a lake)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.agents import agents_differ, readings
from crosswire.compare.markdown import render_markdown
from test_compare_core import compare_fixture

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "agents"


@pytest.fixture(scope="module")
def metro(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("metro"), FIXTURES / "metro-brake.jsonl")


@pytest.fixture(scope="module")
def plant(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("plant"), FIXTURES / "plant-shutdown.jsonl")


def _outlets(comparison, sources):
    outlet = {s.n: s.outlets[0] for s in comparison.sources}
    return {outlet[n] for n in sources}


def _agent_conflict(comparison):
    found = [c for c in comparison.conflicts if c.reason == "different agent"]
    assert len(found) == 1, [c.measure for c in comparison.conflicts]
    return found[0]


def test_a_person_and_an_automatic_system_stopping_one_train_are_one_conflict(metro):
    c = _agent_conflict(metro)
    assert c.measure == "who stopped it"
    sides = {frozenset(_outlets(metro, s.sources)) for s in c.sides}
    assert sides == {
        frozenset({"Harbour Post", "Diario del Sur"}),  # the driver, el maquinista
        frozenset({"Velmarer Stadtbote", "Kurier Velmarski", "Вести Велмара"}),  # the automatic systems
    }


def test_no_agreement_cites_a_sentence_of_the_other_side(metro, plant):
    for comparison in (metro, plant):
        c = _agent_conflict(comparison)
        sides = [{(ev.article, ev.start) for ev in s.evidence} for s in c.sides]
        for item in comparison.agreed:
            at = {(ev.article, ev.start) for ev in item.evidence}
            assert sum(1 for side in sides if side & at) <= 1, item.summary


def test_no_source_is_cited_on_both_sides_of_two_agreements_about_the_act(metro, plant):
    for comparison in (metro, plant):
        c = _agent_conflict(comparison)
        side_of = {(ev.article, ev.start): i for i, s in enumerate(c.sides) for ev in s.evidence}
        cited: dict[int, set[int]] = {}  # a source -> the sides its agreed sentences stand on
        for item in comparison.agreed:
            for ev in item.evidence:
                if (ev.article, ev.start) in side_of:
                    n = next(s.n for s in comparison.sources if ev.article in s.articles)
                    cited.setdefault(n, set()).add(side_of[(ev.article, ev.start)])
        assert all(len(sides) == 1 for sides in cited.values()), cited


def test_operators_against_an_automatic_shutdown_across_languages(plant):
    c = _agent_conflict(plant)
    assert c.measure == "who shut it down"
    sides = {frozenset(_outlets(plant, s.sources)) for s in c.sides}
    assert sides == {frozenset({"Coastline Gazette"}), frozenset({"Le Courrier d'Orsk", "Вісник Орська"})}


def test_a_quote_given_as_a_lesson_and_as_a_loss_is_a_conflict_not_an_agreement(metro):
    found = [c for c in metro.conflicts if c.reason == "different meaning"]
    assert len(found) == 1
    sides = {frozenset(_outlets(metro, s.sources)) for s in found[0].sides}
    assert frozenset({"Velmarer Stadtbote"}) in sides
    lost = {(ev.article, ev.start) for s in found[0].sides for ev in s.evidence if "gekostet" in ev.text}
    assert lost
    for item in metro.agreed:
        assert "gekostet" not in item.summary
        assert not {(ev.article, ev.start) for ev in item.evidence} & lost, item.summary
    for variant in metro.quote_variants:
        assert all("gekostet" not in q.text for q in variant.quotes)


def test_an_empty_single_source_section_says_none_was_found(plant):
    text = render_markdown([plant])
    assert "No single-source item found." in text
    assert "Every fact is reported by more than one source" not in text


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "A flight controller destroyed the drone over Lake Orvin after it lost its link.", "operator"),
        ("en", "The drone's onboard computer destroyed it without any human command.", "automatic_system"),
        ("en", "The reactor was shut down automatically at 3:10 a.m.", "automatic_system"),
        ("en", "The emergency brake was applied by the train driver.", "operator"),
        ("de", "Die Drohne wurde vom Fluglotsen über dem See zerstört.", "operator"),
        ("de", "Der Reaktor wurde automatisch abgeschaltet.", "automatic_system"),
        ("fr", "Le pilote automatique a détruit le drone au-dessus du lac.", "automatic_system"),
        ("fr", "Un contrôleur a détruit le drone au-dessus du lac.", "operator"),
        ("es", "El dron se autodestruyó sin intervención humana.", "automatic_system"),
        ("es", "Según la empresa, el controlador de vuelo del centro de operaciones destruyó el dron.", "operator"),
        ("pl", "Drona zniszczył jego własny system pokładowy, bez udziału człowieka.", "automatic_system"),
        ("pl", "Według firmy pociąg zatrzymał maszynista.", "operator"),
        ("ru", "Беспилотник уничтожил оператор пульта управления.", "operator"),
        ("ru", "Реактор остановила автоматика без участия человека.", "automatic_system"),
        ("uk", "Потяг зупинив машиніст.", "operator"),
    ],
)
def test_the_class_of_who_acted_is_read(lang, sentence, expected):
    found = readings(sentence, lang)
    assert [r.agent for r in found] == [expected], found


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The driver and the automatic system stopped the train."),  # joined: no sole agent
        ("en", "The train was stopped near the station."),  # no agent, no marker
        ("en", "Soldiers destroyed the drone over the lake."),  # soldiers: not what the act is read for
        ("en", "Police said the fire destroyed it."),  # no agent of the act's classes
        ("pl", "Według dyspozytora pociąg zatrzymał się przed stacją."),  # the dispatcher reports, no agent acts
        ("en", "The train stopped automatically, but the driver said he pulled the emergency brake manually."),
    ],
)
def test_no_class_is_read_without_a_tie(lang, sentence):
    assert [r for r in readings(sentence, lang) if r.act in {"stopped_vehicle", "terminated_flight"}] == []


def test_two_sentences_of_two_classes_differ_and_one_class_agrees():
    person = "A flight controller destroyed the drone after it lost its link."
    system = "Drona zniszczył jego własny system pokładowy, bez udziału człowieka."
    system_de = "Das autonome Bordsystem zerstörte die Drohne, ohne dass ein Mensch einen Befehl gab."
    assert agents_differ(person, "en", system, "pl") == "destroyed it in flight"
    assert agents_differ(system_de, "de", system, "pl") is None
    assert agents_differ(person, "en", "The drone fell into the lake.", "en") is None
