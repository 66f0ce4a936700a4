"""Outcome and place conflicts across languages (outcomes15), on invented stories:

1. a group's or a named person's state after the act — still in hospital against discharged — told by two
   sources of two languages is an outcome conflict, when the two tell of one group ("both" is the whole of two,
   or both sides give the group one count) or of one named person; an agreed item never holds both sides;
2. where one flight landed — "landed safely at X airport", « s'est posé en urgence à l'aéroport de Y », "aterrizó
   sin problemas en X", "brachten sie sicher nach X zurück", "rientrare a X" — read with words between the verb and
   the place, and set against another source's other airport;
3. what must stay silent: a release after a stay told with its days, two people's states, a part of a group,
   a flight bound for one town that landed at another.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from test_compare_core import compare_texts

DAY = "2027-05-11"
OUTLETS = ["Coastline Wire", "Rheinblatt", "Le Journal du Cap", "Diario del Estrecho", "La Voce di Borgo", "Kurier"]


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(f"a{i}", OUTLETS[i], DAY, f"Orvelle\n\n{t}") for i, t in enumerate(texts)]


def _unit(text: str, language: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, language=language, claim=SimpleNamespace(negated=False))


LEADS = {
    "en": "A Lyrra Air flight from Orvelle to Kervane lost an engine shortly after take-off on Monday evening.",
    "de": "Ein Flug der Lyrra Air von Orvelle nach Kervane verlor am Montagabend kurz nach dem Start ein Triebwerk.",
    "fr": "Un vol de Lyrra Air entre Orvelle et Kervane a perdu un moteur lundi soir peu après le décollage.",
    "es": "Un vuelo de Lyrra Air entre Orvelle y Kervane perdió un motor el lunes por la noche tras despegar.",
    "it": "Un volo della Lyrra Air da Orvelle a Kervane ha perso un motore lunedì sera poco dopo il decollo.",
    "pl": "Samolot linii Lyrra Air lecący z Orvelle do Kervane stracił w poniedziałek wieczorem silnik po starcie.",
}


# -- readers -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "The crew turned back and landed safely at Tessaly airport at 9:10 p.m.", "Tessaly"),
        ("en", "The jet touched down without incident in Tessaly.", "Tessaly"),
        ("fr", "L'appareil s'est posé en urgence à l'aéroport de Tessaly.", "Tessaly"),
        ("es", "El avión aterrizó sin problemas en Tessaly pasadas las nueve.", "Tessaly"),
        ("de", "Die Piloten brachten die Maschine sicher nach Tessaly zurück.", "Tessaly"),
        ("it", "Il guasto ha costretto il volo a rientrare a Tessaly dopo mezz'ora.", "Tessaly"),
        ("it", "L'aereo è atterrato senza problemi all'aeroporto di Tessaly.", "Tessaly"),
        ("pl", "Samolot wylądował bezpiecznie na lotnisku w Tessaly.", "Tessaly"),
        ("pl", "Maszyna zawróciła i wylądowała awaryjnie w Kielcach.", "Kielcach"),
    ],
)
def test_a_landing_with_words_between_verb_and_place(language: str, text: str, place: str) -> None:
    from crosswire.compare.claims.act_places import read_places

    assert [(k, w) for k, _key, w in read_places(text, language)] == [("landing", place)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Flight LA31, bound for Tessaly, lost an engine at 3,000 metres."),
        ("fr", "Le vol à destination de Tessaly a perdu un moteur."),
        ("de", "Der Hersteller schickt zwölf Techniker nach Tessaly."),
    ],
)
def test_a_destination_is_no_landing(language: str, text: str) -> None:
    from crosswire.compare.claims.act_places import read_places

    assert not [k for k, _key, _w in read_places(text, language) if k == "landing"]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Anna Berg remains in hospital with a broken arm.", "en", "in hospital"),
        ("Anna Berg liegt weiterhin im Krankenhaus.", "de", "in hospital"),
        ("Anna Berg a quitté l'hôpital mercredi.", "fr", "left hospital"),
        ("Anna Berg recibió el alta el miércoles.", "es", "left hospital"),
        ("Anna Berg è ancora ricoverata.", "it", "in hospital"),
        ("Anna Berg została wypisana ze szpitala.", "pl", "left hospital"),
    ],
)
def test_a_named_persons_stay_is_a_fate(text: str, language: str, state: str) -> None:
    from crosswire.compare.claims.fates import fates

    assert fates(_unit(text, language)) == frozenset({state})


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Two passengers remain in hospital.", "en", 2),
        ("Die zwei verletzten Passagiere liegen weiterhin im Krankenhaus.", "de", 2),
        ("Les trois blessés ont quitté l'hôpital mardi.", "fr", 3),
        ("Two of the injured remain in hospital.", "en", None),
        ("Zwei weitere Passagiere liegen noch im Krankenhaus.", "de", None),
        ("Dos de los heridos siguen hospitalizados.", "es", None),
    ],
)
def test_a_states_count_and_a_part_of_a_group(text: str, language: str, count: int | None) -> None:
    from crosswire.compare.claims.fates import state_count

    state = "in hospital" if "left" not in text and "quitté" not in text else "left hospital"
    assert state_count(_unit(text, language), state) == count


# -- class 1: in hospital against discharged ------------------------------------------------------------------------

GROUP_PAIRS = [
    (
        ("en", "Two passengers were treated for minor injuries and were released from hospital on Tuesday morning."),
        ("de", "Beide liegen nach Angaben der Klinik weiterhin im Krankenhaus und bleiben zur Beobachtung."),
    ),
    (
        ("fr", "Les deux blessés sont toujours hospitalisés, selon la compagnie."),
        ("es", "Ambos heridos recibieron el alta el martes por la mañana."),
    ),
    (
        ("it", "Entrambi i feriti restano ricoverati in osservazione."),
        ("pl", "Obaj ranni opuścili szpital we wtorek rano."),
    ),
    (
        ("en", "Three passengers remain in hospital with minor injuries."),
        ("fr", "Les trois passagers blessés ont quitté l'hôpital mardi."),
    ),
]


@pytest.mark.parametrize(("a", "b"), GROUP_PAIRS, ids=["en-de-both", "fr-es-both", "it-pl-both", "en-fr-count"])
def test_a_groups_stay_against_its_discharge_is_a_conflict(
    tmp_path: Path, a: tuple[str, str], b: tuple[str, str]
) -> None:
    story = compare_texts(tmp_path, _rows(f"{LEADS[a[0]]} {a[1]}", f"{LEADS[b[0]]} {b[1]}"))
    found = [c for c in story.conflicts if c.reason == "different outcome"]
    assert len(found) == 1, [c.summary for c in story.conflicts]
    assert {s.label for s in found[0].sides} == {"in hospital", "left hospital"}
    assert sorted(s for side in found[0].sides for s in side.sources) == [1, 2]
    # no agreed item holds both sides' sentences
    both = [
        it
        for it in story.agreed
        if any(a[1][:25] in ev.text for ev in it.evidence) and any(b[1][:25] in ev.text for ev in it.evidence)
    ]
    assert not both, [it.summary for it in both]


PERSON_PAIRS = [
    (
        ("en", "The pilot, Anna Berg, was discharged from hospital on Tuesday."),
        ("de", "Die Pilotin Anna Berg liegt weiterhin im Krankenhaus."),
    ),
    (
        ("fr", "La pilote Anna Berg est toujours hospitalisée."),
        ("it", "La pilota Anna Berg è stata dimessa dall'ospedale martedì."),
    ),
    (
        ("es", "La piloto Anna Berg sigue hospitalizada en observación."),
        ("pl", "Pilotka Anna Berg została wypisana ze szpitala we wtorek."),
    ),
]


@pytest.mark.parametrize(("a", "b"), PERSON_PAIRS, ids=["en-de", "fr-it", "es-pl"])
def test_a_named_persons_stay_against_discharge_is_a_conflict(
    tmp_path: Path, a: tuple[str, str], b: tuple[str, str]
) -> None:
    story = compare_texts(tmp_path, _rows(f"{LEADS[a[0]]} {a[1]}", f"{LEADS[b[0]]} {b[1]}"))
    found = [c for c in story.conflicts if c.reason == "different outcome" and "Berg" in c.summary]
    assert len(found) == 1, [c.summary for c in story.conflicts]
    assert {s.label for s in found[0].sides} == {"in hospital", "left hospital"}


# -- class 2: one landing at two airports ---------------------------------------------------------------------------

LANDING_PAIRS = [
    (
        ("en", "The crew turned the aircraft around and landed safely at Orvelle airport at 9:12 p.m."),
        ("fr", "L'équipage a fait demi-tour et l'avion s'est posé en urgence à l'aéroport de Kervane."),
    ),
    (
        ("es", "La tripulación dio media vuelta y el avión aterrizó sin problemas en Orvelle."),
        ("it", "L'equipaggio ha invertito la rotta e l'aereo è atterrato all'aeroporto di Kervane."),
    ),
    (
        ("de", "Die Besatzung wendete die Maschine und brachte sie sicher nach Orvelle zurück."),
        ("pl", "Załoga zawróciła i samolot wylądował bezpiecznie na lotnisku w Kervane."),
    ),
]


@pytest.mark.parametrize(("a", "b"), LANDING_PAIRS, ids=["en-fr", "es-it", "de-pl"])
def test_one_landing_at_two_airports_with_no_count_in_common(
    tmp_path: Path, a: tuple[str, str], b: tuple[str, str]
) -> None:
    story = compare_texts(
        tmp_path,
        _rows(f"{LEADS[a[0]]} {a[1]}", f"{LEADS[b[0]]} {b[1]}", f"{LEADS['en']} It landed safely at Orvelle airport."),
    )
    found = [c for c in story.conflicts if c.measure == "landing place"]
    assert len(found) == 1, [c.summary for c in story.conflicts]
    sides = {s.label: s for s in found[0].sides}
    assert set(sides) == {"Orvelle", "Kervane"}, sides
    assert len(sides["Kervane"].sources) == 1 and b[1][:25] in sides["Kervane"].evidence[0].text
    assert len(sides["Orvelle"].sources) == 2
    assert not [it for it in story.agreed if len(it.sources) > 1 and any(b[1][:25] in ev.text for ev in it.evidence)], [
        it.summary for it in story.agreed
    ]


# -- must stay silent -----------------------------------------------------------------------------------------------


def test_a_discharge_after_a_stay_told_with_its_days_is_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{LEADS['en']} The pilot, Anna Berg, was still in hospital on Tuesday.",
            f"{LEADS['de']} Die Pilotin Anna Berg wurde am Donnerstag aus dem Krankenhaus entlassen.",
        ),
    )
    assert not [c for c in story.conflicts if c.reason == "different outcome"], [c.summary for c in story.conflicts]


def test_one_source_telling_a_stay_and_the_discharge_is_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{LEADS['en']} The pilot, Anna Berg, remained in hospital overnight and was discharged the next morning.",
            f"{LEADS['fr']} La pilote Anna Berg a quitté l'hôpital.",
        ),
    )
    assert not [c for c in story.conflicts if c.reason == "different outcome"], [c.summary for c in story.conflicts]


def test_two_peoples_states_are_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{LEADS['en']} The pilot, Anna Berg, remains in hospital.",
            f"{LEADS['de']} Der Flugbegleiter Jonas Weel wurde aus dem Krankenhaus entlassen.",
        ),
    )
    assert not [c for c in story.conflicts if c.reason == "different outcome"], [c.summary for c in story.conflicts]


def test_two_parts_of_a_group_are_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{LEADS['en']} Two of the injured remain in hospital.",
            f"{LEADS['es']} Dos de los heridos recibieron el alta el martes.",
        ),
    )
    assert not [c for c in story.conflicts if c.reason == "different outcome"], [c.summary for c in story.conflicts]


def test_bound_for_one_town_landed_at_another_is_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{LEADS['en']} The flight, bound for Kervane, diverted and landed at Orvelle airport.",
            f"{LEADS['fr']} L'avion s'est posé à l'aéroport d'Orvelle après avoir renoncé à rejoindre Kervane.",
            f"{LEADS['es']} El avión, que volaba hacia Kervane, aterrizó en Orvelle.",
            f"{LEADS['en']} The plane landed at Orvelle after diverting from Kervane.",
            f"{LEADS['it']} Il volo è stato dirottato da Kervane a Orvelle.",
        ),
    )
    assert not [c for c in story.conflicts if c.measure == "landing place"], [c.summary for c in story.conflicts]


def test_both_of_one_group_and_three_of_another_are_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{LEADS['en']} Three passengers remain in hospital with minor injuries.",
            f"{LEADS['de']} Beide Piloten wurden am Dienstag aus dem Krankenhaus entlassen.",
        ),
    )
    assert not [c for c in story.conflicts if c.reason == "different outcome"], [c.summary for c in story.conflicts]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Tomas Corwin was taken into custody on Monday.",
            "Tomas Corwin wurde am Dienstag wieder auf freien Fuß gesetzt.",
        ),
        ("Jan Orlik was still missing on Sunday evening.", "Jan Orlik wurde am Montag lebend gefunden."),
    ],
    ids=["held-then-freed", "missing-then-found"],
)
def test_a_state_and_its_change_told_on_two_days_is_no_conflict(tmp_path: Path, a: str, b: str) -> None:
    """A custody or a search told on one day and its end on a later day is a change, not a conflict (the states
    of CHANGING_TABLES: the day each side gives is read)."""
    story = compare_texts(tmp_path, _rows(f"{LEADS['en']} {a}", f"{LEADS['de']} {b}"))
    assert not [c for c in story.conflicts if c.reason == "different outcome"], [c.summary for c in story.conflicts]


def test_a_side_dated_by_another_act_keeps_the_dispute(tmp_path: Path) -> None:
    """The day is read per side: a missing side's sentence dated by the accident (Saturday) beside one of the day
    the other side gives (Sunday) is still a dispute of Sunday's state."""
    story = compare_texts(
        tmp_path,
        _rows(
            "An avalanche buried nine climbers near Orvelle. Two climbers were still missing on Sunday evening.",
            "Una avalancha sepultó el sábado por la tarde a 9 montañeros cerca de Orvelle, de los que dos siguen "
            "desaparecidos.",
            "Une avalanche a enseveli neuf alpinistes près d'Orvelle. Dimanche soir, les deux alpinistes portés "
            "disparus ont été retrouvés vivants.",
        ),
    )
    found = [c for c in story.conflicts if c.reason == "different outcome"]
    assert len(found) == 1, [c.summary for c in story.conflicts]
    assert {s.label for s in found[0].sides} == {"missing", "found alive"}


# -- class 3: one arrest told in two languages at two towns --------------------------------------------------------

ARREST_EN = "Police arrested the shipping businessman Jonas Weel in Orvelle on Tuesday on suspicion of fraud."


@pytest.mark.parametrize(
    "other",
    [
        "Der Reeder Jonas Weel wurde am Dienstag in Kervane wegen Betrugsverdachts festgenommen.",
        "L'armateur Jonas Weel a été interpellé mardi à Kervane, soupçonné de fraude.",
    ],
    ids=["de", "fr"],
)
def test_one_arrest_in_two_towns_across_languages_is_a_place_conflict(tmp_path: Path, other: str) -> None:
    story = compare_texts(tmp_path, _rows(ARREST_EN, other))
    found = [c for c in story.conflicts if c.measure == "place of the arrest"]
    assert len(found) == 1, [c.summary for c in story.conflicts]
    assert {s.label for s in found[0].sides} == {"Orvelle", "Kervane"}


def test_two_peoples_arrests_in_two_towns_are_no_conflict(tmp_path: Path) -> None:
    other = "Sein Geschäftspartner Ivo Brandt wurde am Dienstag in Kervane wegen Betrugsverdachts festgenommen."
    story = compare_texts(tmp_path, _rows(ARREST_EN, other))
    assert not [c for c in story.conflicts if c.reason == "different place"], [c.summary for c in story.conflicts]
