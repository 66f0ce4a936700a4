"""A side speaking for a person is the speaker, not the person (faithful12).

Trial 40's Ukrainian preview wrote "Захист Гордієнка вже заявив, що у разі обвинувального вироку оскаржить його"
(Hordiyenko's defence has said it will appeal), and "Who said what" listed the words under Hordiyenko: the
reported-speech reader gave the statement to the person named before the speech verb. A noun of a side
(``data/speaker_sides.toml``: the defence, the family, the supporters) right before the name, or before an "of"
before it, makes the side the speaker. Invented sentences in six languages; near-misses where a title stands
before the speaker's own name, or the person speaks.
"""

from __future__ import annotations

import pytest

from invented import article_facts

SIDES = [
    ("uk", "Захист Дороша вже заявив, що оскаржить вирок.", "Захист Дороша"),
    ("ru", "Защита Ивана Дороша заявила, что обжалует приговор.", "Защита Ивана Дороша"),
    ("pl", "Obrona Jana Dorosza oświadczyła, że złoży apelację.", "Obrona Jana Dorosza"),
    ("es", "La defensa de Iván Dorosh anunció que recurrirá la sentencia.", "defensa de Iván Dorosh"),
    ("fr", "La défense de Ivan Dorosh a annoncé qu'elle ferait appel.", "défense de Ivan Dorosh"),
    (
        "de",
        "Die Familie von Iwan Dorosch erklärte, dass sie das Urteil anfechten werde.",
        "Die Familie von Iwan Dorosch",
    ),
]
LEADS = {
    "uk": "Колишнього мера Івана Дороша засудили у вівторок.",
    "ru": "Бывшего мэра Ивана Дороша осудили во вторник.",
    "pl": "Były burmistrz Jan Dorosz został skazany we wtorek.",
    "es": "El exalcalde Iván Dorosh fue condenado el martes.",
    "fr": "L'ancien maire Ivan Dorosh a été condamné mardi.",
    "de": "Der frühere Bürgermeister Iwan Dorosch wurde am Dienstag verurteilt.",
}


def _reported(language: str, text: str):  # type: ignore[no-untyped-def]
    facts = article_facts(language, f"{LEADS[language]} {text}", published="2026-12-01")
    return [q for q in facts.quotes if q.kind == "reported"]


@pytest.mark.parametrize(("language", "text", "side"), SIDES)
def test_the_side_speaks_not_the_person_it_speaks_for(language: str, text: str, side: str) -> None:
    quotes = _reported(language, text)
    assert len(quotes) == 1
    assert quotes[0].speaker is None
    assert quotes[0].speaker_name == side


NEAR = [
    ("uk", "Адвокат Павло Остапчук заявив, що оскаржить вирок.", "Павло Остапчук"),
    ("pl", "Jan Dorosz powiedział, że złoży apelację.", "Jan Dorosz"),
    ("es", "El abogado Pablo Ortega dijo que recurrirá la sentencia.", "Pablo Ortega"),
    ("de", "Der Anwalt Jan Berg sagte, dass er Berufung einlegen werde.", "Jan Berg"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), NEAR)
def test_a_title_before_the_speakers_own_name_keeps_the_person(language: str, text: str, speaker: str) -> None:
    quotes = _reported(language, text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker_name == speaker
