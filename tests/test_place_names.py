"""One test of whether two place names are one (crosswire.vocab.names.same_place), serving every place check of the
comparison, and two sentences of one transfer naming two hospitals' places as a place conflict, never an agreement
(a new user's rescue-at-sea trial agreed "taken to the regional hospital in Port Vessary" with "trasladados al
hospital de la isla de Drennmoor"; places35). Every text here is invented."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.act_places import read_places
from crosswire.compare.quote_places import same_name
from crosswire.vocab.names import place_key, same_place
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dorvan", "Dorvanie"),
        ("Dorvan", "Dorvanii"),
        ("Dorvel", "Dorvelu"),
        ("Орловке", "Orlovka"),
        ("Warsaw", "Warszawa"),
        ("Kyiv", "Kyivu"),
        ("Port Vessary", "Port-Vessary"),
        ("Port Vessary", "Vessary"),
    ],
)
def test_renderings_of_one_place_are_one(a: str, b: str) -> None:
    assert same_place(a, b) and same_place(b, a)
    assert same_name(a, b)  # the quotations' check is the same test


@pytest.mark.parametrize(("a", "b"), [("Dorvan", "Karsk"), ("Port Vessary", "Drennmoor"), ("Lorvic", "Marteno")])
def test_two_places_are_two(a: str, b: str) -> None:
    assert not same_place(a, b)
    assert not same_name(a, b)


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        (
            "en",
            "The injured were taken to the regional hospital in Port Vessary, where two stayed overnight.",
            "Port Vessary",
        ),
        ("en", "The injured were flown to a hospital on the island of Drennmoor.", None),  # "on" is no hospital phrase
        ("en", "The injured were taken to the hospital in the town of Lorvic on Tuesday.", "Lorvic"),
        ("es", "Los heridos fueron trasladados al hospital de la isla de Drennmoor.", "Drennmoor"),
        ("fr", "Les blessés ont été transportés à l'hôpital de l'île de Drennmoor.", "Drennmoor"),
        (
            "de",
            "Die Verletzten wurden ins Krankenhaus der Stadt Lorvic gebracht.",
            None,
        ),  # "krankenhaus der" is no phrase
        ("de", "Die Verletzten wurden ins Krankenhaus von Port Vessary gebracht.", "Port Vessary"),
        ("pl", "Rannych przewieziono do szpitala w Dorvelu.", "Dorvelu"),
    ],
)
def test_a_hospitals_town_after_a_kind_of_places_noun(language: str, text: str, town: str | None) -> None:
    towns = [(key, written) for kind, key, written in read_places(text, language) if kind == "hospital"]
    found = towns[0] if len(towns) == 1 else None
    assert (found[1] if found else None) == town
    if town:
        assert found is not None and found[0] == place_key(town)


DAY = "2026-06-09"
SHARED = " The port of Lorvic will reopen on Friday, the harbour master said."


@pytest.mark.parametrize(
    ("wire", "other", "language"),
    [
        (
            "The survivors were taken to the regional hospital in Port Vessary, where two were treated for burns.",
            "Los supervivientes fueron trasladados al hospital de la isla de Drennmoor, donde dos de ellos recibieron "
            "tratamiento por quemaduras.",
            "es",
        ),
        (
            "The survivors were taken to the hospital in Lorvic, where two were treated for burns.",
            "Les survivants ont été transportés à l'hôpital de l'île de Drennmoor, où deux d'entre eux ont été "
            "soignés pour des brûlures.",
            "fr",
        ),
    ],
)
def test_two_hospitals_places_are_a_conflict_never_an_agreement(tmp_path, wire, other, language):
    rows = [("w-en", "Harbour Wire", DAY, wire + SHARED), (f"w-{language}", "Kurier", DAY, other)]
    comparison = compare_texts(tmp_path, rows)
    towns = [c.summary for c in comparison.conflicts if "hospital town" in c.summary.lower()]
    assert len(towns) == 1 and "Drennmoor" in towns[0], [c.summary for c in comparison.conflicts]
    agreed_hospital = [a for a in comparison.agreed if any("Drennmoor" in ev.text for ev in a.evidence)]
    assert agreed_hospital == []
