"""Conflicts over who did an act, in any language: "A security guard raised the alarm" / "Una vecina dio la voz
de alarma"; "Police found the body" / "тело обнаружил прохожий"; "Mayor ... ordered the evacuation" / "vom
Gouverneur der Region angeordnet". Near cases stay quiet: an agent and its member or superset (police / a police
officer, firefighters / the fire service), an unnamed agent ("A complaint was filed"), two acts of one kind on
two days (the company's footage on March 5, the prosecutors' video on March 9). Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.agents import readings
from test_compare_core import compare_fixture

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "agents" / "grain-fire.jsonl"


@pytest.fixture(scope="module")
def conflicts(tmp_path_factory):
    comparison = compare_fixture(tmp_path_factory.mktemp("agents"), FIXTURE)
    outlet = {s.n: s.outlets[0] for s in comparison.sources}
    brief = [b.text for b in comparison.brief]
    return (
        {
            c.measure: {side.label: {outlet[n] for n in side.sources} for side in c.sides}
            for c in comparison.conflicts
            if c.reason == "different agent"
        },
        [c for c in comparison.conflicts if c.reason == "different agent"],
        brief,
    )


def test_three_acts_with_two_agents_across_languages(conflicts):
    found, _items, _brief = conflicts
    assert set(found) == {"who raised the alarm", "who found the body", "who ordered the evacuation"}
    alarm = found["who raised the alarm"]
    assert {frozenset(v) for v in alarm.values()} == {
        frozenset({"Dunmere Gazette", "Dunmerer Hafenbote"}),
        frozenset({"El Faro de Dunmere", "Kurier Portowy", "Портовий кур'єр"}),
    }
    assert {frozenset(v) for v in found["who found the body"].values()} == {
        frozenset({"Dunmere Gazette", "El Faro de Dunmere", "Le Courrier du Port"}),  # police, a police officer
        frozenset({"Портовые вести", "Портовий кур'єр"}),
    }
    assert {frozenset(v) for v in found["who ordered the evacuation"].values()} == {
        frozenset({"Dunmere Gazette", "Портовые вести", "Kurier Portowy"}),
        frozenset({"Dunmerer Hafenbote"}),
    }


def test_each_side_cites_the_sentences_that_name_its_agent(conflicts):
    _found, items, _brief = conflicts
    for c in items:
        for side in c.sides:
            words = [w.lower() for w in side.label.split(" / ")]
            assert side.evidence
            assert all(any(w in ev.text.lower() for w in words) for ev in side.evidence)


def test_the_brief_says_who_each_side_names(conflicts):
    _found, _items, brief = conflicts
    said = [t for t in brief if t.startswith("Reports differ on who raised the alarm, naming different agents: ")]
    assert len(said) == 1
    assert "Wachmann" in said[0] and "[1]" in said[0]


def test_members_unnamed_agents_and_two_days_are_no_conflict(conflicts):
    found, _items, _brief = conflicts
    # firefighters / the fire service / les pompiers; the family / an unnamed complaint; two days of footage
    assert not {"who ordered the closure", "who filed the complaint", "who released the footage"} & set(found)


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "A security guard raised the alarm shortly after 2 a.m.", ("raised_alarm", "guard")),
        ("en", "The alarm was raised by a neighbour who heard the blast.", ("raised_alarm", "neighbour")),
        ("en", "Police said a passer-by found the body near the river.", ("found_body", "passer_by")),
        ("en", "The central bank governor ordered the freeze on Friday.", ("ordered_freeze", "central_bank")),
        ("en", "The freeze was ordered by the finance ministry.", ("ordered_freeze", "finance_ministry")),
        ("en", "The evacuation was ordered by the regional governor on Sunday.", ("ordered_evacuation", "governor")),
        ("es", "El cuerpo fue hallado por un transeúnte.", ("found_body", "passer_by")),
        ("es", "La empresa difundió el vídeo del incendio.", ("released_footage", "company")),
        ("de", "Die Leiche wurde am Morgen von einem Spaziergänger gefunden.", ("found_body", "passer_by")),
        ("de", "Am Morgen fand die Polizei die Leiche.", ("found_body", "police")),
        ("fr", "Une voisine a donné l'alerte vers 3 heures.", ("raised_alarm", "neighbour")),
        ("fr", "Le parquet a publié la vidéo.", ("released_footage", "prosecutors")),
        ("ru", "Охранник поднял тревогу.", ("raised_alarm", "guard")),
        ("ru", "Полиция сообщила, что тело нашёл прохожий.", ("found_body", "passer_by")),
        ("uk", "Мер наказав евакуювати мешканців.", ("ordered_evacuation", "mayor")),
        ("pl", "Ciało znalazł przechodzień.", ("found_body", "passer_by")),
        ("pl", "Prokuratura opublikowała nagranie z monitoringu.", ("released_footage", "prosecutors")),
        # groups sent to the scene, as doers of one act
        ("en", "Local firefighters pulled the passengers out of the wreck.", ("pulled_out", "fire_service")),
        ("fr", "Une équipe de secours en montagne a sorti les passagers.", ("pulled_out", "mountain_rescue")),
        ("es", "Los bomberos voluntarios sacaron a los heridos del autobús.", ("pulled_out", "fire_service")),
        ("ru", "Горноспасатели вытащили пассажиров из автобуса.", ("pulled_out", "mountain_rescue")),
        ("pl", "Ratownicy GOPR wyciągnęli pasażerów z wraku.", ("pulled_out", "mountain_rescue")),
        ("de", "Soldaten der Bundeswehr zogen die Passagiere heraus.", ("pulled_out", "soldiers")),
        ("uk", "Волонтери знайшли тіло в лісі.", ("found_body", "volunteers")),
    ],
)
def test_an_agent_tied_to_its_act_is_read(lang, sentence, expected):
    assert [(r.act, r.agent) for r in readings(sentence, lang)] == [expected]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The alarm was raised shortly after 2 a.m."),  # no agent
        ("en", "Police and firefighters found the body."),  # two agents together
        ("en", "The company refused to release the footage."),  # a refusal
        ("en", "The guard told reporters that nobody raised the alarm."),  # a report, no agent
        ("de", "Das Video wurde von einem Passanten aufgenommen."),  # filmed, not released
        ("es", "La policía no encontró el cuerpo."),  # a negation
        ("fr", "Le corps a été retrouvé jeudi."),  # no agent
        ("ru", "Полиция и пожарные обнаружили тело."),  # two agents together
        ("pl", "Ciało zostało znalezione w czwartek."),  # no agent
        ("en", "Rescuers pulled the passengers out."),  # rescuers in general: any of the groups
        ("fr", "Les secours ont sorti les passagers de l'épave."),
        ("en", "Police carried out the search."),  # no victims brought out
    ],
)
def test_no_agent_is_read_without_a_tie(lang, sentence):
    assert readings(sentence, lang) == []


GROUPS = Path(__file__).resolve().parent / "fixtures" / "agents" / "gondola-groups.jsonl"


def test_groups_sent_to_the_scene_are_agents_across_languages(tmp_path):
    """Firefighters against a mountain rescue team, volunteers against soldiers, each side in two or three
    languages (a new user's coach crash: "Local firefighters pulled the passengers out" / "Une équipe de
    secours en montagne a sorti les passagers" was in no section). Volunteer firefighters are firefighters: the
    alarm raised by "Volunteer firefighters", "Les pompiers" and "Los bomberos voluntarios" is no conflict."""
    comparison = compare_fixture(tmp_path, GROUPS)
    outlet = {s.n: s.outlets[0] for s in comparison.sources}
    found = {
        c.measure: {frozenset(outlet[n] for n in side.sources) for side in c.sides}
        for c in comparison.conflicts
        if c.reason == "different agent"
    }
    assert found == {
        "who pulled the victims out": {
            frozenset({"Veltrun Ledger", "Горный вестник"}),
            frozenset({"L'Écho des Cimes", "Kurier Tatrzański", "Alpenbote"}),
        },
        "who found the body": {
            frozenset({"Veltrun Ledger", "Kurier Tatrzański"}),
            frozenset({"Diario del Valle", "Alpenbote"}),
        },
    }
