"""Claim readers' misreadings in German, Romance and Slavic copy (invented text): a guilty plea or a negated
subject after a claim verb ("bekannte sich schuldig", "bekannte sich bislang niemand") claims no attack; a present
tense of a scheduled act ("Die Frist endet am Freitag") dates the coming weekday; a weekday joined to a part of the
day ("Dienstagabend") takes the weekday's direction and gives the part; only the force that is the agent of an
arrest is the arresting one ("police arrested him at the Guardia Civil barracks" names none)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from crosswire.compare.claims.day_parts import part_of_day
from crosswire.compare.claims.forces import forces_named
from crosswire.compare.claims.polar import poles_in
from crosswire.facts.languages.dates import _day_words
from crosswire.facts.languages.lexicon import words_for

sys.path.insert(0, str(Path(__file__).parent))
from invented import paragraph_facts

# -- claims of an attack ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der Angeklagte bekannte sich vor dem Landgericht schuldig."),
        ("de", "Die beiden Männer bekannten sich nicht schuldig."),
        ("de", "Zu dem Anschlag auf die Pumpstation bekannte sich bislang niemand."),
        ("de", "Zu der Tat bekannte sich zunächst keine Gruppe."),
        ("fr", "L'attaque, revendiquée par aucun groupe, a privé d'eau trois quartiers."),
        ("fr", "Personne n'a revendiqué l'attaque pour l'instant."),
        ("es", "Nadie se ha atribuido el ataque contra la planta."),
        ("es", "El acusado se declaró culpable del sabotaje."),
        ("it", "L'attacco non è stato ancora rivendicato da nessun gruppo."),
        ("it", "Nessuno ha rivendicato l'attacco."),
        ("pt", "O ataque ainda não foi reivindicado por nenhum grupo."),
        ("pl", "Oskarżony przyznał się do winy."),
        ("ru", "Ответственность за нападение пока никто не взял."),
        ("uk", "Ніхто не взяв на себе відповідальність за атаку."),
    ],
)
def test_a_plea_or_a_negated_claim_claims_no_attack(language: str, text: str) -> None:
    assert "perpetrator" not in poles_in(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Zu dem Anschlag bekannte sich eine Gruppe namens Grey Heron."),
        ("de", "Die Gruppe Grey Heron bekannte sich in einem Schreiben zu dem Angriff."),
        ("fr", "L'attaque a été revendiquée par le groupe Grey Heron."),
        ("it", "L'attacco è stato rivendicato dal gruppo Grey Heron."),
        ("es", "El grupo Grey Heron reivindicó el ataque."),
        ("ru", "Ответственность за атаку взяла на себя группа Grey Heron."),
    ],
)
def test_a_claim_of_an_attack_stays_one(language: str, text: str) -> None:
    assert poles_in(text, language).get("perpetrator") == "claimed responsibility"


# -- a present tense of a scheduled act dates the coming weekday --------------------------------------------------

WEDNESDAY = date(2026, 11, 18)


def _days(language: str, text: str, base: date = WEDNESDAY) -> list[tuple[str, str]]:
    found = _day_words(text, 0, (0, len(text)), words_for(language), base, [])
    return [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Frist für Einsprüche endet am Freitag.", "2026-11-20"),
        ("de", "Am Freitag beginnt der Prozess gegen die beiden Männer.", "2026-11-20"),
        ("de", "Die Gewerkschaft beendet am Freitag den Streik.", "2026-11-20"),
        ("de", "Am Montag sollen die Gespräche weitergehen.", "2026-11-23"),
        ("fr", "Le délai de recours expire vendredi.", "2026-11-20"),
        ("es", "El plazo para las alegaciones vence el viernes.", "2026-11-20"),
        ("it", "Il termine per i ricorsi scade venerdì.", "2026-11-20"),
        ("pt", "O prazo para os recursos termina na sexta-feira.", "2026-11-20"),
        ("pl", "Termin składania odwołań upływa w piątek.", "2026-11-20"),
        ("ru", "Срок подачи жалоб истекает в пятницу.", "2026-11-20"),
        # the past keeps the last such day
        ("de", "Der Streik wurde am Freitag beendet.", "2026-11-13"),
        ("de", "Die Frist endete am Freitag.", "2026-11-13"),
        ("es", "La huelga terminó el viernes.", "2026-11-13"),
        ("fr", "La grève s'est terminée vendredi.", "2026-11-13"),
        ("de", "Der Einsatz ist am Freitag beendet worden.", "2026-11-13"),
        # since a day: the day a state began
        ("de", "Der Streik ist seit Freitag beendet.", "2026-11-13"),
        ("es", "El plazo vence desde el viernes.", "2026-11-13"),
        # "until" under a simple past is the last such day, under a present perfect the coming one
        ("de", "Der Flughafen war bis Montag gesperrt.", "2026-11-16"),
        ("de", "Die Behörde hat den Flughafen bis Montag gesperrt.", "2026-11-23"),
    ],
)
def test_a_present_of_a_scheduled_act_is_ahead(language: str, text: str, expected: str) -> None:
    assert [v for _t, v in _days(language, text)] == [expected]


def test_an_english_present_of_a_scheduled_act_is_ahead() -> None:
    published = "2026-11-18T09:00:00+00:00"
    ahead = paragraph_facts("en", "The deadline for objections expires on Friday.", published)
    assert [d.value for d in ahead.dates] == ["2026-11-20"]
    past = paragraph_facts("en", "The strike ended on Friday.", published)
    assert [d.value for d in past.dates] == ["2026-11-13"]


# -- a weekday joined to a part of the day ------------------------------------------------------------------------


@pytest.mark.parametrize("part", ["", "mittag", "abend", "morgen", "nachmittag"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Arbeitsgericht hat den Antrag am Dienstag{p} abgewiesen.", "2026-11-17"),
        ("Die Polizei nahm am Dienstag{p} zwei Männer fest.", "2026-11-17"),
        ("Bis Dienstag{p} war die Straße gesperrt.", "2026-11-17"),
        ("Die Straße bleibt bis Dienstag{p} gesperrt.", "2026-11-24"),
        ("Am Dienstag{p} wird das Urteil verkündet.", "2026-11-24"),
    ],
)
def test_a_weekday_joined_to_a_part_of_the_day_points_as_the_weekday(part: str, text: str, expected: str) -> None:
    assert [v for _t, v in _days("de", text.format(p=part))] == [expected]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Das Feuer brach am Dienstagabend aus.", "evening"),
        ("Das Feuer brach am Montagmorgen aus.", "morning"),
        ("Am Dienstagmittag stürzte die Brücke ein.", "midday"),
        ("Der Zug entgleiste am Sonntagnachmittag.", "afternoon"),
        ("Der Zug entgleiste in der Nacht.", "night"),
    ],
)
def test_a_weekday_joined_to_a_part_of_the_day_gives_the_part(text: str, part: str) -> None:
    found = part_of_day(text, "de")
    assert found is not None and found[0] == part


# -- the arresting force is the arrest's agent --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "force"),
    [
        ("en", "Officers from the Judicial Police arrested the harbour master on Monday.", "judicial_police"),
        ("en", "The harbour master was arrested by the Civil Guard on Monday.", "gendarmerie"),
        ("es", "La Guardia Civil detuvo el lunes al capitán del puerto.", "gendarmerie"),
        ("it", "L'arresto è stato eseguito lunedì mattina dai carabinieri.", "gendarmerie"),
        ("pt", "O capitão do porto foi detido na segunda-feira pela GNR.", "gendarmerie"),
        ("fr", "Le capitaine du port a été interpellé lundi par les gendarmes.", "gendarmerie"),
        ("de", "Der Hafenmeister wurde am Montag von der Guardia Civil festgenommen.", "gendarmerie"),
        ("ru", "Капитана порта задержали сотрудники судебной полиции.", "judicial_police"),
    ],
)
def test_the_agent_of_an_arrest_is_its_force(language: str, text: str, force: str) -> None:
    assert list(forces_named(text, language)) == [force]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police arrested the harbour master at the Civil Guard barracks."),
        ("en", "He was detained by police after the carabinieri found the boat."),
        ("en", "After the Civil Guard found the boat, police arrested two men."),
        ("es", "La policía lo detuvo en el cuartel de la Guardia Civil."),
        ("es", "Fue detenido por la policía después de que la Guardia Civil encontrara la embarcación."),
        ("fr", "La police l'a interpellé devant la gendarmerie."),
        ("it", "La polizia lo ha arrestato davanti alla caserma dei carabinieri."),
        ("de", "Die Polizei hat ihn vor der Gendarmerie festgenommen."),
        ("pt", "A polícia deteve-o junto ao posto da GNR."),
    ],
)
def test_a_force_named_beside_an_arrest_is_not_its_agent(language: str, text: str) -> None:
    assert forces_named(text, language) == {}


# -- who proposed a mediation named after it ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "agent"),
    [
        (
            "es",
            "La mediación, propuesta por el ministro de Trabajo, fue rechazada por el ministro de Transportes.",
            "labour_ministry",
        ),
        (
            "es",
            "La mediación propuesta por el ministro de Transportes fue rechazada por el sindicato.",
            "transport_ministry",
        ),
        (
            "fr",
            "La médiation, proposée par la ministre du Travail, a été acceptée par les deux parties.",
            "labour_ministry",
        ),
        ("it", "La mediazione, proposta dal ministro del Lavoro, è stata accettata.", "labour_ministry"),
        ("pt", "A mediação, proposta pelo ministro do Trabalho, foi aceite.", "labour_ministry"),
        ("en", "The mediation, proposed by the transport minister, was accepted by both sides.", "transport_ministry"),
        ("es", "El ministro de Trabajo propuso una mediación.", "labour_ministry"),
    ],
)
def test_a_mediation_s_proposer_after_it_is_its_agent(language: str, text: str, agent: str) -> None:
    from crosswire.compare.claims.agents import readings

    assert [(r.act, r.agent) for r in readings(text, language)] == [("proposed_mediation", agent)]
