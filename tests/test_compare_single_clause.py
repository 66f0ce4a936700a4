"""A single-source figure summarised by its sentence shows only its own clause when a later clause gives another
number (:func:`crosswire.compare.figures.items.own_clause`, ``data/clause_joins.toml``).

A figure whose sentence names nothing it measures ("have scorched 12M acres": labelled "Amount" alone) is shown
as its sentence. When that sentence goes on to another fact with its own number ("... and killed at least 2
people"), "only X reports" would show the other number too, often one other outlets report or give differently:
the summary ends where the figure's clause ends, in the source's own words (a contiguous span from the
sentence's start); the evidence still cites the whole sentence.

An invented wildfire story (two outlets), the rule on its own in five languages with the sentences it keeps
whole, and the real bench text it was found on (read from ../shared at run time, never copied).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from crosswire.compare.figures.items import own_clause
from test_compare_core import compare_texts

WILDFIRE = [
    (
        "herald-1",
        "Valley Herald",
        "2026-08-03",
        "Wildfires in the Kessel valley have scorched 4,500 acres and killed at least 3 people.\n\n"
        "Firefighters from four districts battled the flames through the night near the town of Orlen.\n\n"
        "The regional governor declared a state of emergency on Sunday.",
    ),
    (
        "times-1",
        "Coast Times",
        "2026-08-03",
        "Hundreds of residents of Orlen were evacuated to a school gym as the wildfires spread, officials said on "
        "Sunday.\n\nThe regional governor declared a state of emergency, citing strong winds.\n\n"
        "Firefighters battled the flames near Orlen through the night.",
    ),
]


@pytest.fixture(scope="module")
def wildfire(tmp_path_factory):
    return compare_texts(tmp_path_factory.mktemp("wildfire"), WILDFIRE)


def test_the_unnamed_figure_shows_its_own_clause_and_cites_its_sentence(wildfire):
    acres = [it for it in wildfire.single_source if it.kind == "figure" and "4,500" in it.summary]
    assert [it.summary for it in acres] == ["Wildfires in the Kessel valley have scorched 4,500 acres"]
    sentence = "Wildfires in the Kessel valley have scorched 4,500 acres and killed at least 3 people."
    assert [ev.text for ev in acres[0].evidence] == [sentence]


def test_the_other_clauses_figure_is_still_its_own_item(wildfire):
    summaries = [it.summary for it in wildfire.single_source]
    assert any("at least 3" in s for s in summaries), summaries


def _fig(text: str, sentence: str) -> Any:
    """The two fields :func:`own_clause` reads of a figure: its text and the sentence up to it (lower case)."""
    return SimpleNamespace(text=text, before_text=sentence[: sentence.index(text)].lower())


CUT = [
    ("en", "12M acres", "Australia bushfires have scorched 12M acres and killed at least 2 people.",
     "Australia bushfires have scorched 12M acres"),
    ("en", "300 hectares", "The blaze has consumed 300 hectares, but 14 homes were saved by crews.",
     "The blaze has consumed 300 hectares"),
    ("en", "40 km", "The slick now stretches over 40 km; 2 beaches are closed.", "The slick now stretches over 40 km"),
    ("en", "9 metres", "The river rose by 9 metres while 120 residents waited on roofs.",
     "The river rose by 9 metres"),
    ("en", "5 percent", "Turnout in the north rose 5 percent as well as 3 points in the south.",
     "Turnout in the north rose 5 percent"),
    ("de", "12.000 Hektar", "Die Brände haben 12.000 Hektar erfasst und mindestens 2 Menschen getötet.",
     "Die Brände haben 12.000 Hektar erfasst"),
    ("fr", "800 hectares", "Le feu a parcouru 800 hectares et 3 maisons ont brûlé.", "Le feu a parcouru 800 hectares"),
    ("es", "800 hectáreas", "El incendio ha arrasado 800 hectáreas y 3 casas han ardido.",
     "El incendio ha arrasado 800 hectáreas"),
    ("pl", "800 hektarów", "Pożar objął już 800 hektarów, a 3 domy spłonęły.", "Pożar objął już 800 hektarów"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "figure", "sentence", "clause"), CUT)
def test_a_later_clause_with_another_number_is_cut(language, figure, sentence, clause):
    assert own_clause(sentence, _fig(figure, sentence), language) == clause


KEPT = [
    # the later clause gives no number: one fact, shown whole
    ("en", "300 hectares", "The storm flooded 300 hectares of farmland and closed the coastal road."),
    # the figure is in the last clause: nothing after it to cut
    ("en", "200 acres", "Crews cleared 2 roads and the fire scorched 200 acres."),
    # what would be kept is too short to stand alone
    ("en", "40 acres", "40 acres and 2 barns burned overnight."),
    # "and" inside the figure's own words is no boundary after it; a comma alone is none either
    ("en", "12 miles", "The convoy drove 12 miles, 3 of them under fire."),
    # a range read at its first end: the number's phrase goes on after "and"
    ("en", "10", "The fire burned between 10 and 20 acres of pine forest."),
    # quoted words are a speaker's one statement, shown as spoken
    ("en", "3 percent", '"They borrow money at 3 percent and then lend it to us for 5," the minister said.'),
    ("en", "3 percent", "The minister said: \u201cThey borrow at 3 percent and lend to us at 5.\u201d"),
    # a language without joins listed still cuts at a semicolon only
    ("xx", "40 km", "The slick stretches over 40 km and 2 beaches are closed."),
]


@pytest.mark.parametrize(("language", "figure", "sentence"), KEPT)
def test_the_whole_sentence_is_kept(language, figure, sentence):
    assert own_clause(sentence, _fig(figure, sentence), language) == sentence


def test_a_figure_not_found_in_its_sentence_keeps_the_sentence():
    sentence = "Wildfires have scorched twelve thousand acres and killed at least 2 people."
    fig = SimpleNamespace(text="12,000 acres", before_text="wildfires have scorched ")
    assert own_clause(sentence, fig) == sentence


def test_of_two_equal_figures_the_one_at_its_place_is_read():
    sentence = "Of 40 acres planted, fires scorched 40 acres and 2 sheds burned."
    fig = SimpleNamespace(text="40 acres", before_text="of 40 acres planted, fires scorched ")
    assert own_clause(sentence, fig) == "Of 40 acres planted, fires scorched 40 acres"


# -- real text of the shared bench (read from ../shared at run time, never copied) -----------------------------


def test_the_benchs_bushfire_headline(tmp_path):
    alignment_data = pytest.importorskip("alignment_data")
    try:
        event = {e["id"]: e for e in alignment_data.events()}["sem-australia-fires"]
        rows = [(f"doc-{d['key']}", d["outlet"], None, alignment_data.load_text(d["ref"])) for d in event["docs"]]
    except (OSError, KeyError):
        pytest.skip("the shared bench texts are not available")
    comparison = compare_texts(tmp_path, rows)
    acres = [it for it in comparison.single_source if it.kind == "figure" and "12M acres" in it.summary]
    assert acres, [it.summary for it in comparison.single_source]
    for it in acres:
        assert "killed" not in it.summary, it.summary
        assert any("killed" in ev.text for ev in it.evidence)
