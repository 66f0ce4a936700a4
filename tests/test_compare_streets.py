"""Conflicts over the name of a street (issue 12: a name or place that differs between outlets with no value
read): "on Carrington Street" / "the Carringdon Street flat", "rue Lavardin" / "rue Lavardine", "Hollander Road" /
"Hollanders Road"; in several languages and across them, with near cases that must stay quiet (one street
written alike, abbreviated or declined; two streets whose names are not near; one outlet writing both).

Invented text of invented events."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.streets import street_key, streets_in
from test_compare_core import compare_texts

OUTLETS = ["Valley Tribune", "Coast Ledger", "Harbour Post"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A fire gutted a bakery on Carrington Street early on Monday.", "en", [("Carrington Street", "carrington")]),
        ("The Hollanders Road flat was searched.", "en", [("Hollanders Road", "hollanders")]),
        (
            "Police closed Main St. near Martin Luther King Boulevard.",
            "en",
            [("Main St", "main"), ("Martin Luther King Boulevard", "martin luther king")],
        ),
        ("On the street outside, neighbours gathered.", "en", []),
        ("Un incendie a ravagé une boulangerie rue de la Fontaine lundi.", "fr", [("rue de la Fontaine", "fontaine")]),
        ("L'accident a eu lieu avenue d'Orsen.", "fr", [("avenue d'Orsen", "orsen")]),
        ("Ein Feuer zerstörte am Montag eine Bäckerei in der Korwinstraße.", "de", [("Korwinstraße", "korwin")]),
        ("In der Brenner Straße brannte es.", "de", [("Brenner Straße", "brenner")]),
        ("Un incendio destruyó una panadería en la calle Mayor de Oltrin.", "es", [("calle Mayor", "mayor")]),
        ("Il rogo è scoppiato in via Garzoni.", "it", [("via Garzoni", "garzoni")]),
        ("Pożar wybuchł na ulicy Lipowej.", "pl", [("ulicy Lipowej", "lipowej")]),
        ("Пожар произошёл на улице Корвина.", "ru", [("улице Корвина", "korvin")]),
        ("A fire gutted a bakery on Carrington Street.", "zz", []),
    ],
)
def test_streets_read_per_language(text, lang, expected):
    assert streets_in(text, lang) == expected


def test_street_key_is_latin_folded_and_without_case_endings():
    assert street_key(["Marszałkowskiej"], "pl") == street_key(["Marszałkowskiej"], "pl")
    assert street_key(["Ленина"], "ru") == "lenin"
    assert street_key(["Independence"], "en") == "independence"


def _conflicts(tmp_path, texts: list[str]):
    rows = [(f"r-{i}", OUTLETS[i], "2024-03-13", t) for i, t in enumerate(texts)]
    return compare_texts(tmp_path, rows).conflicts


FIRE_A = (
    "A fire gutted a bakery on Carrington Street in Oltrin early on Monday, the fire service said. "
    "Two firefighters were treated for smoke inhalation. "
    "The owner, Tomas Reill, said the ovens had been switched off the night before."
)
FIRE_B = (
    "Fire destroyed the Carringdon Street bakery in Oltrin on Monday morning. "
    "Two firefighters needed treatment after breathing in smoke. "
    "Tomas Reill, who owns the bakery, said the ovens had been off since the evening."
)
FIRE_C = (
    "Firefighters fought a blaze at a bakery on Carrington Street in Oltrin on Monday. "
    "The cause of the fire is not yet known."
)
ARREST_A = (
    "Police arrested a 34-year-old man at a flat on Hollander Road in Dunmore on Friday after a stabbing. "
    "The victim, a 29-year-old woman, is in a stable condition in hospital."
)
ARREST_B = (
    "A man of 34 was arrested on Friday in a flat on Hollanders Road, Dunmore, police said. "
    "A 29-year-old woman who was stabbed is stable in hospital."
)
FIRE_FR = (
    "Un incendie a détruit lundi matin une boulangerie de la rue Lavardin à Oltrin. "
    "Deux pompiers ont été soignés pour une intoxication aux fumées."
)
FIRE_FR2 = (
    "Lundi, les flammes ont ravagé une boulangerie rue Lavardine à Oltrin. "
    "Deux pompiers ont inhalé de la fumée et ont été soignés."
)
FIRE_DE = (
    "Ein Feuer hat am Montagmorgen eine Bäckerei in der Korwinstraße in Oltrin zerstört. "
    "Zwei Feuerwehrleute wurden wegen einer Rauchvergiftung behandelt."
)
FIRE_EN_KORWEN = (
    "A fire destroyed a bakery on Korwine Street in Oltrin on Monday morning. "
    "Two firefighters were treated for smoke inhalation."
)


@pytest.mark.parametrize(
    ("texts", "labels"),
    [
        ([FIRE_A, FIRE_B, FIRE_C], ["Carrington Street", "Carringdon Street"]),
        ([ARREST_A, ARREST_B], ["Hollander Road", "Hollanders Road"]),
        ([FIRE_FR, FIRE_FR2], ["rue Lavardin", "rue Lavardine"]),
        ([FIRE_DE, FIRE_EN_KORWEN], ["Korwinstraße", "Korwine Street"]),  # across languages
    ],
)
def test_a_street_written_two_ways_is_a_conflict(tmp_path, texts, labels):
    streets = [c for c in _conflicts(tmp_path, texts) if c.measure == "street named"]
    assert len(streets) == 1, [c.summary for c in _conflicts(tmp_path, texts)]
    conflict = streets[0]
    assert conflict.reason == "different value"
    assert sorted(s.label for s in conflict.sides) == sorted(labels)
    assert not set.intersection(*(set(s.sources) for s in conflict.sides))
    for side in conflict.sides:  # each side cites the sentences that write its spelling
        assert side.evidence and all(side.label in e.text for e in side.evidence)


@pytest.mark.parametrize(
    "texts",
    [
        # one street written alike, abbreviated, or across languages with one name
        [FIRE_A, FIRE_C],
        [FIRE_A, FIRE_C.replace("Carrington Street", "Corwin St.")],
        [FIRE_DE, FIRE_EN_KORWEN.replace("Korwine Street", "Korwin Street")],
        # one street declined: "ulica Lipowa" / "na ulicy Lipowej"
        [
            "Pożar strawił w poniedziałek piekarnię na ulicy Lipowej w Oltrinie. Dwóch strażaków trafiło do szpitala.",
            "Ulica Lipowa w Oltrinie była w poniedziałek zamknięta po pożarze piekarni. Dwóch strażaków "
            "podtruło się dymem.",
        ],
        # two streets whose names are not near: two places, nothing is said
        [FIRE_A, FIRE_B.replace("Carringdon Street", "Elmridge Road")],
        # one outlet writes both spellings: its own typo, no disagreement between outlets
        [FIRE_A + " Carringdon Street was closed until noon.", FIRE_B],
    ],
)
def test_near_cases_stay_quiet(tmp_path, texts):
    assert [c.summary for c in _conflicts(tmp_path, texts) if c.measure == "street named"] == []
