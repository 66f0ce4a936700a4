"""A preliminary figure beside a revised one, and an earthquake's magnitude as its own slot (mined set, ECB+ topic
38: "a preliminary magnitude of 4.4" / "A 4.2 magnitude earthquake" / "The 4.2-magnitude earthquake ..., which
[the survey] originally had rated ... as 4.4" were one agreed claim). Invented sentences of other quakes:

* a magnitude read in its clause in English, German, Spanish, French, Russian and Polish, never an aftershock's
  nor a number the word stands far from;
* a figure its clause marks as preliminary or first given, in the same languages;
* a story whose outlets give a preliminary and a revised magnitude: a conflict, "preliminary vs revised"; an
  outlet giving both states the revised one; two shocks' magnitudes (an earlier 2.1 and the 4.6) no conflict.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.estimates import magnitude, one_shock, preliminary
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim, Value
from test_compare_core import compare_texts

DAY = "2026-03-04"


def _unit(language: str, text: str, number: str, value: float, kind: str = "count", unit: str | None = None) -> Unit:
    """A one-sentence unit whose value is ``number`` (its first occurrence), as the facts stage gives it."""
    at = text.index(number)
    v = Value(kind=kind, text=number, start=at, end=at + len(number), value=value, unit=unit)  # type: ignore[arg-type]
    claim = Claim(id="c1", start=0, end=len(text), language=language, values=[v])
    return Unit(index=0, source=0, article="a", claim=claim, text=text, position=0.0)


def _value(u: Unit) -> Value:
    return u.values[0]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("en", "A magnitude 4.6 earthquake struck Dorvale on Monday.", "4.6"),
        ("en", "The quake, rated 4.6 in magnitude, was felt across the valley.", "4.6"),
        ("en", "A 4.6-magnitude quake rattled Dorvale.", "4.6"),
        ("de", "Ein Erdbeben der Stärke 4,6 hat am Montag Dorvale erschüttert.", "4,6"),
        ("es", "Un terremoto de magnitud 4,6 sacudió Dorvale el lunes.", "4,6"),
        ("fr", "Un séisme de magnitude 4,6 a frappé Dorvale lundi.", "4,6"),
        ("ru", "Землетрясение магнитудой 4,6 произошло в понедельник в Дорвейле.", "4,6"),
        ("pl", "Trzęsienie ziemi o magnitudzie 4,6 nawiedziło w poniedziałek Dorvale.", "4,6"),
    ],
)
def test_a_magnitude_is_read_in_its_clause(language: str, text: str, number: str) -> None:
    u = _unit(language, text, number, 4.6)
    assert magnitude(u, _value(u))


def test_a_magnitude_written_as_a_unit_is_read() -> None:
    u = _unit("en", "A 4.6 magnitude earthquake shook Dorvale.", "4.6 magnitude", 4.6, "quantity", "magnitude")
    assert magnitude(u, _value(u))


@pytest.mark.parametrize(
    ("language", "text", "number", "value"),
    [
        ("en", "A magnitude 3.1 aftershock followed an hour later.", "3.1", 3.1),  # an aftershock's
        ("de", "Ein Nachbeben der Stärke 3,1 folgte eine Stunde später.", "3,1", 3.1),
        ("en", "The magnitude of the damage is clear: 40 homes were destroyed.", "40", 40.0),  # another clause
        ("en", "Four people were hurt when the quake struck Dorvale.", "Four", 4.0),  # no magnitude word
        ("en", "The magnitude 4.6 quake damaged 12 homes in Dorvale.", "12", 12.0),  # the word far from it
    ],
)
def test_no_magnitude_slot_for_other_numbers(language: str, text: str, number: str, value: float) -> None:
    u = _unit(language, text, number, value)
    assert not magnitude(u, _value(u))


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("en", "An earthquake with a preliminary magnitude of 4.6 struck Dorvale.", "4.6"),
        ("en", "The survey originally rated the quake at 4.6.", "4.6"),
        ("en", "Initially, officials said 14 people were missing.", "14"),
        ("de", "Das Beben hatte nach vorläufigen Angaben die Stärke 4,6.", "4,6"),
        ("es", "Según datos preliminares, el sismo tuvo una magnitud de 4,6.", "4,6"),
        ("fr", "Le séisme avait d'abord été évalué à 4,6.", "4,6"),
        ("ru", "По предварительным данным, магнитуда составила 4,6.", "4,6"),
        ("pl", "Według wstępnych danych trzęsienie miało magnitudę 4,6.", "4,6"),
    ],
)
def test_a_preliminary_figure_is_marked(language: str, text: str, number: str) -> None:
    u = _unit(language, text, number, 4.6)
    assert preliminary(u, _value(u))


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("en", "A magnitude 4.6 earthquake struck Dorvale, the survey said.", "4.6"),
        ("en", "The 4.2-magnitude quake, which the survey originally rated 4.6, hit at noon.", "4.2"),  # other clause
        ("de", "Ein Erdbeben der Stärke 4,6 hat Dorvale erschüttert.", "4,6"),
        ("ru", "Землетрясение магнитудой 4,6 произошло в Дорвейле.", "4,6"),
    ],
)
def test_a_figure_not_marked_is_no_estimate(language: str, text: str, number: str) -> None:
    u = _unit(language, text, number, 4.6)
    assert not preliminary(u, _value(u))


def test_one_shock_within_a_revision() -> None:
    assert one_shock([4.4, 4.2]) and one_shock([8.9, 9.0])
    assert not one_shock([2.0, 4.2]) and not one_shock([5.1, 7.6])


_PRELIMINARY = (
    "An earthquake with a preliminary magnitude of 4.6 struck the hills near Dorvale on Monday morning, according "
    "to the National Seismic Office. No damage was reported."
)
_REVISED = (
    "A 4.3 magnitude earthquake shook the hills near Dorvale on Monday morning, according to the National Seismic "
    "Office. No damage was reported."
)
_BOTH = (
    "A magnitude 4.3 earthquake hit the hills near Dorvale on Monday morning, according to the National Seismic "
    "Office, which originally had rated the quake as 4.6 in magnitude. No damage was reported."
)


def _magnitude_conflicts(comparison: dict) -> list[dict]:
    return [c for c in comparison["conflicts"] if "agnitude" in c["summary"]]


def test_a_preliminary_and_a_revised_magnitude_conflict(tmp_path) -> None:
    rows = [("a", "Valley Post", DAY, _PRELIMINARY), ("b", "Dorvale Herald", DAY, _REVISED)]
    (conflict,) = _magnitude_conflicts(compare_texts(tmp_path, rows).to_dict())
    assert conflict["reason"] == "preliminary vs revised"
    assert "4.6" in conflict["summary"] and "4.3" in conflict["summary"]


def test_an_outlet_giving_both_states_the_revised_one(tmp_path) -> None:
    rows = [("b", "Dorvale Herald", DAY, _REVISED), ("c", "Coast Courier", DAY, _BOTH)]
    comparison = compare_texts(tmp_path, rows).to_dict()
    assert _magnitude_conflicts(comparison) == []  # the Courier's 4.6 is its own earlier figure


def test_two_revised_magnitudes_are_a_different_value(tmp_path) -> None:
    other = _REVISED.replace("4.3", "4.8")
    rows = [("b", "Dorvale Herald", DAY, _REVISED), ("d", "Hill Times", DAY, other)]
    (conflict,) = _magnitude_conflicts(compare_texts(tmp_path, rows).to_dict())
    assert conflict["reason"] == "different value"


def test_two_shocks_magnitudes_do_not_conflict(tmp_path) -> None:
    earlier = (
        "Earlier on Monday morning, an earthquake with a magnitude of 2.1 struck the hills near Dorvale, according "
        "to the National Seismic Office. No damage was reported."
    )
    rows = [("b", "Dorvale Herald", DAY, _REVISED), ("e", "Ridge Daily", DAY, earlier)]
    assert _magnitude_conflicts(compare_texts(tmp_path, rows).to_dict()) == []


def test_three_outlets_preliminary_against_revised(tmp_path) -> None:
    rows = [
        ("a", "Valley Post", DAY, _PRELIMINARY),
        ("b", "Dorvale Herald", DAY, _REVISED),
        ("c", "Coast Courier", DAY, _BOTH),
    ]
    (conflict,) = _magnitude_conflicts(compare_texts(tmp_path, rows).to_dict())
    assert conflict["reason"] == "preliminary vs revised"
    # the Courier stands with the revised figure: two sources on 4.3, one on 4.6
    assert sorted(len(side["sources"]) for side in conflict["sides"]) == [1, 2], conflict["summary"]
    assert "4.6 (Dorvale) [" in conflict["summary"] and "4.3 (Dorvale) [" in conflict["summary"]
