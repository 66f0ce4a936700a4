"""A Polish passive participle is no perfective future (crosswire.facts.languages.dates.perfective_future): it ends
like a third-person non-past ("-y") and simplemma gives it its verb's infinitive ("uszkodzony" -> "uszkodzić"), so
on the merged eleventh-pass tree "Uszkodzony prom ... odholowano w niedzielę" dated the tow to the coming Sunday
(and a German "wurde am Sonntag ... geschleppt" to the past one: the tow's two ports were no longer one act's
conflict). Every sentence here opens on a participle and tells a past act on a weekday; the futures stay futures."""

from __future__ import annotations

import pytest

from crosswire.facts.languages.dates import perfective_future
from crosswire.facts.languages.lexicon import words_for
from invented import paragraph_facts

PARTICIPLES = ["uszkodzony", "zamknięty", "pobity", "zatrzymany", "rozbity", "zniszczony", "ewakuowany", "odwołany"]
FUTURES = ["przedstawi", "zbierze", "podpiszą", "zapłaci", "przyjmie", "rozpatrzy"]


@pytest.mark.parametrize("word", PARTICIPLES)
def test_a_passive_participle_is_no_future(word: str) -> None:
    assert not perfective_future(word, words_for("pl"))


@pytest.mark.parametrize("word", FUTURES)
def test_a_perfective_non_past_is_still_a_future(word: str) -> None:
    assert perfective_future(word, words_for("pl"))


PAST_ON_A_WEEKDAY = [
    "Uszkodzony prom Aldora odholowano w niedzielę do portu w Marvenie.",
    "Zamknięty most otwarto ponownie w niedzielę po południu.",
    "Zatrzymany kierowca został zwolniony w niedzielę wieczorem.",
]


@pytest.mark.parametrize("text", PAST_ON_A_WEEKDAY)
def test_a_past_act_after_a_participle_is_dated_to_the_sunday_before(text: str) -> None:
    facts = paragraph_facts("pl", text, "2026-03-10")  # a Tuesday: the Sunday before is the 8th
    days = [v.text_value for c in facts.claims for v in c.values if v.kind == "date"]
    assert days == ["2026-03-08"], days


def test_a_future_after_a_participle_still_points_ahead() -> None:
    facts = paragraph_facts("pl", "Uszkodzony prom przypłynie do portu w Marvenie w niedzielę.", "2026-03-10")
    days = [v.text_value for c in facts.claims for v in c.values if v.kind == "date"]
    assert days == ["2026-03-15"], days
