"""A vote's tally is one fact in every language the tally reader covers: "31 votes to 14", "Thirty-one
councillors backed the scheme and 14 voted against it", "31 dafür, 14 dagegen", "31 a favor y 14 en contra", "31
pour, 14 contre", "31 za, 14 przeciw", "31 за, 14 против" are the tally 31-14, and a tally's minority side ("14
voted against it") never makes the vote's outcome "rejected" (invented text; crosswire.facts.languages.tally,
crosswire.facts.values, crosswire.compare.claims.polar). A new user's council story showed "approved" against
"rejected" for one approved scheme."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.polar import poles_in
from crosswire.facts.languages.tally import tally_values
from crosswire.facts.values import read_values

TALLIES = {
    "en": [
        "Thirty-one councillors backed the scheme and 14 voted against it.",
        "The motion passed with 31 votes in favour and 14 against.",
        "Councillors passed the proposal by 31 votes to 14.",
    ],
    "de": [
        "31 Ratsmitglieder stimmten dafür, 14 dagegen.",
        "Einunddreißig Abgeordnete stimmten für den Plan, 14 dagegen.",
    ],
    "es": [
        "El plan salió adelante con 31 a favor y 14 en contra.",
        "Treinta y un concejales votaron a favor y 14 en contra.",
    ],
    "fr": ["Le projet a été adopté par 31 pour, 14 contre.", "Trente et un conseillers ont voté pour, 14 contre."],
    "pl": ["Projekt przyjęto: 31 za, 14 przeciw.", "31 radnych głosowało za, 14 przeciw."],
    "ru": ["Проект поддержали: 31 за, 14 против.", "Тридцать один депутат проголосовал за, 14 против."],
    "it": ["Il piano è passato con 31 favorevoli e 14 contrari."],
}
NOT_TALLIES = {
    "en": [
        "Police arrested 31 people for looting and 14 for assault against officers.",
        "Police backed by 31 officers arrested 14 protesters against the war.",
    ],
    "es": ["Treinta y un heridos fueron trasladados y 14 en contra de su voluntad."],
}


def _tallies(text: str, language: str) -> list[tuple[float | None, float | None]]:
    found = read_values(text, 0, lambda _s, _e: None) if language == "en" else tally_values(text, 0, language)
    return [(v.low, v.high) for v in found if v.kind == "tally"]


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, ts in TALLIES.items() for t in ts])
def test_every_wording_of_one_tally_is_31_to_14(language: str, text: str) -> None:
    assert _tallies(text, language) == [(14.0, 31.0)]


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, ts in NOT_TALLIES.items() for t in ts])
def test_counts_beside_for_and_against_are_no_tally(language: str, text: str) -> None:
    assert _tallies(text, language) == []


MINORITY = {
    "en": ["Thirty-one councillors backed the scheme and 14 voted against it.", "14 councillors voted against it."],
    "de": ["31 Ratsmitglieder stimmten für das Vorhaben, 14 stimmten dagegen.", "14 Abgeordnete stimmten dagegen."],
    "es": ["Catorce concejales votaron en contra del plan.", "14 concejales votaron en contra."],
    "fr": ["Quatorze conseillers ont voté contre.", "14 élus ont voté contre le projet."],
    "pl": ["14 radnych głosowało przeciw."],
    "ru": ["14 депутатов проголосовали против."],
}
OUTCOMES = {
    "en": ("The council voted against the plan.", "rejected"),
    "de": ("Eine Mehrheit lehnte es ab, die Brücken zu sperren.", "rejected"),
    "fr": ("Le conseil a voté contre le projet.", "rejected"),
    "es": ("El pleno votó en contra del plan.", "rejected"),
}


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, ts in MINORITY.items() for t in ts])
def test_a_counted_side_states_no_outcome(language: str, text: str) -> None:
    poles = poles_in(text, language)
    assert "body_vote" not in poles and "vote_outcome" not in poles, poles


@pytest.mark.parametrize("language", sorted(OUTCOMES))
def test_a_body_voting_against_still_states_rejection(language: str) -> None:
    text, pole = OUTCOMES[language]
    assert poles_in(text, language).get("body_vote") == pole
