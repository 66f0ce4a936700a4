"""A match score written "1:1", "1-1", "2 a 1" or "2 à 1" is one value in every language (score14b). A new user's
balloon-on-the-pitch story showed a German outlet's "beim Stand von 1:1 abgebrochen" as the one outlet's own report
while three others' "abandoned at 1-1" were agreed: the facts stage read "1-1" as a count of 1 (English) or two
counts of 1 (Spanish) and "1:1" as nothing (German). Near cases: times of day, ratios, votes, ranges. Invented text."""

from __future__ import annotations

import pytest

from crosswire.facts.scores import score_values
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("language", "text", "written", "high", "low"),
    [
        ("en", "The match was called off at 1-1 after the floodlights failed.", "1-1", 1, 1),
        ("en", "The game, level at 2–2, was stopped by the referee.", "2–2", 2, 2),
        ("en", "Harlow won the derby 3-1 on Sunday.", "3-1", 3, 1),
        ("de", "Das Spiel wurde beim Stand von 1:1 unterbrochen.", "1:1", 1, 1),
        ("de", "Die Mannschaft verlor 0:2 in Köln.", "0:2", 2, 0),
        ("es", "El partido, que iba 1-1, fue suspendido.", "1-1", 1, 1),
        ("es", "El equipo ganó el encuentro por 2 a 1.", "2 a 1", 2, 1),
        ("fr", "Le match a été arrêté sur le score de 1-1.", "1-1", 1, 1),
        ("fr", "L'équipe s'est imposée 2 à 1 samedi.", "2 à 1", 2, 1),
        ("it", "La partita è stata sospesa sull'1-1.", "1-1", 1, 1),
        ("it", "La squadra ha vinto la gara 3 a 0.", "3 a 0", 3, 0),
        ("pt", "O jogo foi interrompido com o placar em 1 a 1.", "1 a 1", 1, 1),
        ("pl", "Mecz przerwano przy stanie 1:1.", "1:1", 1, 1),
        ("ru", "Матч был остановлен при счёте 1:1.", "1:1", 1, 1),
        ("uk", "Матч зупинили за рахунку 1:1.", "1:1", 1, 1),
    ],
)
def test_a_score_is_one_value(language, text, written, high, low):
    found = score_values(text, 100, language)
    assert [(v.kind, v.noun, v.text, v.high, v.low) for v in found] == [("tally", "score", written, high, low)]
    assert text[found[0].start - 100 : found[0].end - 100] == written


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The match kicks off at 1:15 on Saturday."),  # a time of day
        ("en", "Players and staff were mixed in a ratio of 3:1 at the game."),  # a ratio
        ("en", "The council backed the match-day plan in a 2-1 vote."),  # a vote's tally
        ("en", "The game lasted 2-3 hours."),  # a range of hours
        ("en", "The club's 2-1 split of the estate was approved."),  # no match word: no score
        ("de", "Das Spiel beginnt um 14:30 Uhr."),
        ("de", "Im Spiel wurde im Verhältnis 1:1 gewechselt."),
        ("es", "El partido empieza a las 16:15."),
        ("fr", "Le match commence à 20:45."),
        ("pl", "Mecz rozpocznie się o 18:30."),
        ("ru", "Матч начнётся в 19:00."),
        ("it", "La partita inizia alle 20:45."),
        ("pt", "O jogo começa às 16:00."),
        ("uk", "Матч почнеться о 19:30."),
    ],
)
def test_near_misses_are_no_score(language, text):
    assert score_values(text, 0, language) == []


STORY = {
    "en": (
        "A storm stopped the match between Harlow Rangers and Corby United on Saturday. "
        "The match was abandoned at {} after lightning struck near the stadium. "
        "Nobody was injured."
    ),
    "de": (
        "Ein Unwetter hat am Samstag das Spiel zwischen Harlow Rangers und Corby United gestoppt. "
        "Die Partie wurde beim Stand von {} abgebrochen, nachdem ein Blitz neben dem Stadion eingeschlagen war. "
        "Verletzt wurde niemand."
    ),
    "es": (
        "Una tormenta detuvo el sábado el partido entre Harlow Rangers y Corby United. "
        "El encuentro, que iba {}, fue suspendido tras caer un rayo junto al estadio. "
        "Nadie resultó herido."
    ),
}


def _compare(tmp_path, scores):
    rows = [(f"r{i}", f"Outlet {lang}", "2026-12-02", STORY[lang].format(s)) for i, (lang, s) in enumerate(scores)]
    return compare_texts(tmp_path, rows)


def test_one_score_in_two_notations_is_agreed(tmp_path):
    comparison = _compare(tmp_path, [("en", "1-1"), ("de", "1:1"), ("es", "1-1")])
    assert any(
        any("1:1" in e.text for e in item.evidence) and any("1-1" in e.text for e in item.evidence)
        for item in comparison.agreed
    )
    assert not any("1:1" in e.text for item in comparison.single_source for e in item.evidence)
    assert not [c for c in comparison.conflicts if c.measure == "score"]


def test_two_scores_of_one_match_conflict(tmp_path):
    comparison = _compare(tmp_path, [("en", "1-1"), ("de", "2:1"), ("es", "1-1")])
    found = [c for c in comparison.conflicts if c.measure == "score"]
    assert len(found) == 1
    assert {s.label for s in found[0].sides} == {"1-1", "2:1"}
