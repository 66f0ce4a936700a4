"""Midnight and noon in words, and "shortly before / after" a time, in every language the facts stage reads.

A new user's pension-reform trial: "shortly before 11 p.m." [en] against "kurz nach Mitternacht" [de] found
nothing, because no language but English read midnight as a time and "kurz nach" was no approximation. Tested on
invented text of other events: the words of eight languages (with the near cases "na północy" = in the north,
"po południu" = in the afternoon, "zu Mittag" = lunch), and two invented stories compared: "shortly before
11 p.m." against "kurz nach Mitternacht" conflicts, the same time in two languages agrees, and "shortly before
midnight" agrees with "around midnight" (ECB+ 16ecbplus's near case, read as written here).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.qualifiers import near_time
from invented import article_facts
from test_compare_core import compare_texts

PUBLISHED = "2026-03-12"


def _times(language: str, text: str) -> list[tuple[float | None, str | None]]:
    facts = article_facts(language, text, published=PUBLISHED)
    return [(v.value, v.qualifier) for c in facts.claims for v in c.values if v.kind == "time"]


@pytest.mark.parametrize(
    ("language", "text", "value", "qualifier"),
    [
        ("de", "Die Fähre legte kurz nach Mitternacht in Tessla an.", 0.0, "kurz nach"),
        ("de", "Die Fähre legte kurz vor Mitternacht in Tessla an.", 0.0, "kurz vor"),
        ("de", "Die Fähre legte kurz vor 23 Uhr in Tessla an.", 1380.0, "kurz vor"),
        ("ru", "Паром причалил в Тессле вскоре после полуночи.", 0.0, "вскоре после"),
        ("ru", "Паром причалил в Тессле в полдень.", 720.0, None),
        ("uk", "Пором причалив у Тесслі опівночі.", 0.0, None),
        ("pl", "Prom przybił do Tessli tuż po północy.", 0.0, "tuż po"),
        ("pl", "Prom przybił do Tessli o północy.", 0.0, None),
        ("es", "El ferri atracó en Tessla poco después de la medianoche.", 0.0, "poco después de la"),
        ("es", "El ferri atracó en Tessla al mediodía.", 720.0, None),
        ("fr", "Le ferry a accosté à Tessla peu avant minuit.", 0.0, "peu avant"),
        ("fr", "Le ferry a accosté à Tessla à midi.", 720.0, None),
        ("it", "Il traghetto è attraccato a Tessla poco dopo la mezzanotte.", 0.0, "poco dopo la"),
        ("pt", "O ferry atracou em Tessla pouco depois da meia-noite.", 0.0, "pouco depois da"),
        ("en", "The ferry docked at Tessla shortly before midnight.", 0.0, "shortly before"),
        ("en", "The ferry docked at Tessla shortly after midnight.", 0.0, "shortly after"),
    ],
)
def test_midnight_and_noon_in_words_are_times(language: str, text: str, value: float, qualifier: str | None) -> None:
    assert _times(language, text) == [(value, qualifier)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Na północy kraju spadł śnieg, a drogi były nieprzejezdne."),
        ("pl", "Po południu drogi ponownie otwarto dla ruchu."),
        ("uk", "Пором рушив на північ уздовж узбережжя."),
        ("de", "Die Besatzung ging zu Mittag in die Kantine."),
        ("fr", "Le ferry est reparti dans l'après-midi."),
        ("ru", "После полудня паром снова вышел в море."),
    ],
)
def test_the_north_the_afternoon_and_lunch_are_no_times(language: str, text: str) -> None:
    assert _times(language, text) == []


def test_shortly_before_and_after_read_as_a_side_in_every_language() -> None:
    assert [near_time(q) for q in ("kurz nach", "вскоре после", "tuż po", "peu après", "poco después de la")] == [1] * 5
    assert [near_time(q) for q in ("kurz vor", "незадолго до", "tuż przed", "peu avant", "poco antes de la")] == [
        -1
    ] * 5
    assert near_time("около") == 0  # an approximation, on no side


FERRY = {
    "en": [
        "Ferry strikes pier at Tessla harbour",
        "The ferry Nordlys struck the main pier at Tessla harbour on Saturday, injuring four passengers.",
        "The ferry hit the pier {en}, as it turned in strong winds, the harbour master said.",
        "Divers inspected the hull and the ferry was moved to a repair dock.",
    ],
    "de": [
        "Fähre rammt Pier im Hafen von Tessla",
        "Die Fähre Nordlys hat am Samstag den Hauptpier im Hafen von Tessla gerammt, vier Passagiere wurden verletzt.",
        "Die Fähre prallte {de} gegen den Pier, als sie bei starkem Wind wendete, sagte der Hafenmeister.",
        "Taucher untersuchten den Rumpf, die Fähre wurde in ein Reparaturdock gebracht.",
    ],
}


def _ferry(en: str, de: str) -> list[tuple[str, str, str, str]]:
    outlets = {"en": "Harbour Gazette", "de": "Küstenbote"}
    written = {"en": en, "de": de}
    return [
        (lang, outlets[lang], PUBLISHED, "\n\n".join(s.replace("{" + lang + "}", written[lang]) for s in lines))
        for lang, lines in FERRY.items()
    ]


def _time_conflicts(comparison) -> list:
    return [c for c in comparison.conflicts if c.reason == "different time"]


def test_times_on_two_sides_of_midnight_conflict(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, _ferry("shortly before 11 p.m.", "kurz nach Mitternacht"))
    found = _time_conflicts(comparison)
    assert len(found) == 1, [c.summary for c in comparison.conflicts]
    assert len(found[0].sides) == 2


def test_the_same_time_in_two_languages_agrees(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, _ferry("shortly before midnight", "kurz vor Mitternacht"))
    assert not _time_conflicts(comparison), [c.summary for c in comparison.conflicts]


def test_shortly_before_midnight_agrees_with_around_midnight(tmp_path: Path) -> None:
    comparison = compare_texts(
        tmp_path,
        [
            ("a", "Harbour Gazette", PUBLISHED, FERRY["en"][1] + " The ferry hit the pier shortly before midnight."),
            (
                "b",
                "Coast Daily",
                PUBLISHED,
                FERRY["en"][1] + " The ferry hit the pier around midnight, officials said.",
            ),
        ],
    )
    assert not _time_conflicts(comparison), [c.summary for c in comparison.conflicts]
