"""Single-source items ("only X reports") must not be silent, nor false, nor dated wrong. The story of
``fixtures/singles/story.jsonl`` (invented: a cable-car cabin strikes a pylon at the resort of Korvana; an English
wire and its re-run, Russian, Spanish, French and Polish outlets, all invented) plants one single-source fact of
each class the trial of a new user missed, beside facts every outlet shares in its own words:

- a statement about someone no other source names, with no figure (the Lithuanian embassy, in Russian);
- reported speech of someone no other source names, in the wire only (its re-run trims it: the prosecutor);
- a sentence whose figures are small counts: "dos días" of a road closure against "deux véhicules" (two counts of
  one number and two things), "trois pannes" against nothing comparable (a small count of no concept says
  nothing either way), with the year 2023 no one else gives;

and a background day: "The cabin had left the valley station late on Friday evening ... when its brake failed",
whose Friday is the departure's, not the accident's (Saturday).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.background import background_day, in_pluperfect
from crosswire.compare.claims.single_sentences import novel_names
from crosswire.compare.claims.single_values import _key, _same, _weak
from crosswire.compare.claims.timeline import _copy_of
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import Comparison, TimelineLine
from crosswire.compare.restated import same_measure
from crosswire.facts.records import Claim, Value
from test_compare_core import compare_fixture, single_sources, source_of

FIXTURE = Path(__file__).parent / "fixtures" / "singles" / "story.jsonl"


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Comparison:
    return compare_fixture(tmp_path_factory.mktemp("singles"), FIXTURE)


@pytest.mark.parametrize(
    ("words", "article"),
    [
        ("Посольство Литвы", "singles-vestnik"),  # a novel organisation, no figure, in Russian
        ("Prosecutor Milan Dorsky said", "singles-wire"),  # reported speech in the wire only
        ("cerrada durante dos días", "singles-diario"),  # "dos días" is no "deux véhicules"
        ("sanctionné en 2023", "singles-gazette"),  # "trois pannes" says nothing; 2023 is its own
    ],
)
def test_each_planted_single_source_fact_is_listed_with_its_ownsource_of(story, words, article):
    assert single_sources(story, words) == [[source_of(story, article)]]


@pytest.mark.parametrize(
    "words",
    [
        "2,100 metres",
        "2100 метров",
        "2 100 mètres",
        "critical condition",
        "четырёх пострадавших",
        "Czterech rannych",
        "Mayor Anja Horvek",
        "La maire Anja Horvek",
        "Спасатели спустили",
    ],
)
def test_facts_other_outlets_state_in_their_own_words_are_never_singlesource_of(story, words):
    assert single_sources(story, words) == []


def test_the_wire_and_its_rerun_are_onesource_of(story):
    assert source_of(story, "singles-wire") == source_of(story, "singles-rerun")


def test_a_day_of_a_background_act_dates_no_timeline_line(story):
    assert [t.date for t in story.timeline if "valley station" in t.text] == []
    assert "2026-12-11" not in {t.date for t in story.timeline}  # Friday: the departure, not the accident
    assert any(t.date == "2026-12-12" and "Six people were injured" in t.text for t in story.timeline)


def test_one_source_is_cited_once_for_the_day_of_the_accident(story):
    wire = source_of(story, "singles-wire")
    lines = [t for t in story.timeline if t.date == "2026-12-12" and wire in t.sources]
    assert len(lines) == 1


# -- the pieces, across languages ----------------------------------------------------------------------------


def _unit(text: str, language: str, day: str, predicates: list[str]) -> tuple[Unit, Value]:
    start = text.index(day)
    value = Value(kind="date", text=day, start=100 + start, end=100 + start + len(day), unit="day")
    claim = Claim(id="c1", start=100, end=100 + len(text), language=language, predicates=predicates, values=[value])
    return Unit(index=0, source=1, article="a", claim=claim, text=text, position=0.0), value


# (the sentence, its language, the day's words, the sentence's predicates): a day in a pluperfect clause beside
# another act is a background day
BACKGROUND_DAYS = [
    (
        "The ferry had left the harbour late on Tuesday night and was crossing the strait when it hit a rock.",
        "en",
        "Tuesday",
        ["leave", "cross", "hit"],
    ),
    (
        "Le car avait quitté Lyon jeudi soir et roulait vers Turin quand il a quitté la route.",
        "fr",
        "jeudi",
        ["quitter", "rouler", "quitter"],
    ),
    (
        "El tren había salido de Burgos el lunes por la noche y circulaba hacia Irún cuando descarriló.",
        "es",
        "lunes",
        ["salir", "circular", "descarrilar"],
    ),
    (
        "Der Bus hatte Graz am Freitag verlassen und fuhr nach Triest, als er von der Straße abkam.",
        "de",
        "Freitag",
        ["verlassen", "fahren", "abkommen"],
    ),
]

# the same, of days the sentence reports
REPORTED_DAYS = [
    # the arrest is what the sentence dates: the pluperfect clause ends at the comma
    ("Police said the man, who had fled, was arrested on Sunday in Varna.", "en", "Sunday", ["say", "flee", "arrest"]),
    # one act only: the sentence states the departure and dates it
    ("The ferry had left the harbour on Tuesday, the port authority said.", "en", "Tuesday", ["leave", "say"]),
    # no pluperfect
    ("The ferry left the harbour on Tuesday and hit a rock an hour later.", "en", "Tuesday", ["leave", "hit"]),
    ("Le car a quitté Lyon jeudi et a percuté un mur.", "fr", "jeudi", ["quitter", "percuter"]),
    # a language with no pluperfect in the list
    ("Автобус выехал из Софии в пятницу и упал в овраг.", "ru", "пятницу", ["выехать", "упасть"]),
]


@pytest.mark.parametrize(
    ("text", "language", "day", "predicates", "background"),
    [(*row, True) for row in BACKGROUND_DAYS] + [(*row, False) for row in REPORTED_DAYS],
)
def test_only_a_day_in_a_pluperfect_clause_beside_another_act_is_a_background_day(
    text, language, day, predicates, background
):
    unit, value = _unit(text, language, day, predicates)
    assert background_day(unit, value) is background
    if background:  # a background day is one of the pluperfect clause, not one the sentence reports
        assert in_pluperfect(unit, value)


def _count(n: float, concept: str | None = None, noun: str | None = None) -> Value:
    return Value(kind="count", text=str(n), start=0, end=1, value=n, noun=noun, concept=concept)


def test_two_small_counts_of_two_concepts_are_two_values():
    days, vehicles = _key(_count(2, "day", "días")), _key(_count(2, "vehicle", "véhicule"))
    assert days and vehicles and not _same(days, vehicles)
    assert _same(days, _key(_count(2, "day", "jours")))  # the same concept in another language
    assert _same(vehicles, _key(_count(2, None, "pojazdy")))  # a count of nothing known may be it


def test_a_small_count_of_no_concept_is_weak_and_a_large_one_is_not():
    assert _weak(_key(_count(3, None, "pannes")))
    assert not _weak(_key(_count(3, "vehicle", "véhicules")))
    assert not _weak(_key(_count(14, None, "obywateli")))


def _quantity(n: float, unit: str) -> Value:
    return Value(kind="quantity", text=f"{n} {unit}", start=0, end=1, value=n, unit=unit)


@pytest.mark.parametrize("noun", ["метр", "mètre", "metros"])
def test_a_height_in_metres_is_a_count_of_metres_in_another_language(noun):
    assert same_measure(_quantity(2100, "metres"), _count(2100, None, noun))
    assert same_measure(_count(2100, None, noun), _quantity(2100, "metres"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (_quantity(2100, "metres"), _count(2100, "passenger", "pasajeros")),  # people, not a length
        (_quantity(2100, "kg"), _count(2100, None, "метр")),  # a mass and a length
        (_quantity(2100, "metres"), _quantity(2100, "metres")),  # one kind: the unit rule's, not this one's
        (_count(2100, None, "метр"), _count(2100, None, "mètre")),
    ],
)
def test_other_pairs_are_not_one_measure_read_two_ways(a, b):
    assert not same_measure(a, b)


def _line(text: str, sources: list[int], date: str = "2026-12-12") -> TimelineLine:
    return TimelineLine(date=date, text=text, sources=sources)


def test_a_rerun_sentence_with_another_dateline_is_the_same_timeline_line():
    lead = "Six people were injured on Saturday when a cable car cabin struck a pylon, officials said."
    wire = _line(f"KORVANA, Veltria (AWA) - {lead}", [1])
    assert _copy_of(_line(lead, [1]), [wire]) is wire
    assert _copy_of(_line(lead.replace("Six", "Seven"), [1]), [wire]) is wire  # one word edited
    assert _copy_of(_line(lead, [2]), [wire]) is None  # another source's sentence is its own citation
    assert _copy_of(_line(lead, [1], date="2026-12-13"), [wire]) is None
    other = "Mountain rescuers lowered the skiers to the ground on ropes over four hours on Saturday."
    assert _copy_of(_line(other, [1]), [wire]) is None


def _named(index: int, source: int, language: str, *names: str) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=10, language=language)
    return Unit(
        index=index,
        source=source,
        article=f"a{source}",
        claim=claim,
        text="...",
        position=0.0,
        entities=frozenset(names),
    )


def test_a_name_only_one_source_gives_is_novel_unless_another_gives_it_in_another_script():
    units = [
        _named(0, 1, "en", "person:Stefan Dimov", "person:Ivana Koleva"),
        _named(1, 2, "ru", "person:Стефаны Димы", "organisation:Посольство России"),  # Dimov, wrongly inflected
        _named(2, 3, "es", "person:Stefan Dimov", "organisation:Ministerio de Desarrollo"),
        _named(3, 3, "es", "place:Mirovets"),
        _named(4, 4, "pl", "place:Mirowiec"),
    ]
    assert novel_names(units) == {
        "person:Ivana Koleva",
        "organisation:Посольство России",
        "organisation:Ministerio de Desarrollo",
    }
