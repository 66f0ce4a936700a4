"""When an act happened, stated differently across outlets and languages: one act placed on two days (parts of a
day are a span of it, a night into a day spans the evening before), a state begun in two years, a one-off act in
two years; and what is no conflict (a decade and a year in it, two acts on two days). The story of
``fixtures/days/story.jsonl`` (not under ``fixtures/compare``, whose files pin the answer keys' floors) and the
sentences here are invented (outlets, bank, people and places)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswire.compare.claims.when import act_by_words, year_span
from test_compare_core import compare_texts

FIXTURE = Path(__file__).parent / "fixtures" / "days" / "story.jsonl"


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return compare_texts(
        tmp_path_factory.mktemp("days"), [(r["id"], r["outlet"], r["published"], r["text"]) for r in rows]
    )


def _outlets(side) -> set[str]:
    return {ev.outlet for ev in side.evidence}


def test_one_revocation_on_two_days_across_languages_is_one_conflict(story):
    days = [c for c in story.conflicts if c.reason == "different day"]
    assert len(days) == 1, [c.summary for c in story.conflicts]
    thursday = [s for s in days[0].sides if s.label == "Thursday"]
    other = [s for s in days[0].sides if s.label != "Thursday"]
    assert len(thursday) == 1 and _outlets(thursday[0]) == {"Norland Post"}
    # late on Wednesday, Mittwochabend and el miércoles agree with each other (and "Wednesday night" with all of
    # them: it is on no side against them)
    assert {"Harbour Daily", "Nordkurier Dorvale", "Diario de Norland"} <= _outlets(other[0])
    texts = [ev.text for side in days[0].sides for ev in side.evidence]
    assert any("am Mittwochabend die Lizenz entzogen" in t for t in texts)
    assert any("revocó el miércoles" in t for t in texts)


def test_a_state_begun_in_two_years_conflicts(story):
    found = [c for c in story.conflicts if "2004" in c.summary and "2005" in c.summary]
    assert len(found) == 1 and found[0].reason == "different time", [c.summary for c in story.conflicts]
    assert all("has chaired the board" in ev.text for side in found[0].sides for ev in side.evidence)


def test_a_one_off_act_in_two_years_conflicts_and_a_decade_does_not(story):
    found = [c for c in story.conflicts if "1998" in c.summary]
    assert len(found) == 1 and "1999" in found[0].summary and found[0].reason == "different time"
    assert not [c for c in story.conflicts if "1990" in c.summary]  # "built in the 1990s" covers 1998


def test_two_acts_on_two_days_do_not_conflict(story):
    # "arrested ... on Monday" / "charged on Tuesday"
    assert not [c for c in story.conflicts if "Monday" in c.summary or "Tuesday" in c.summary]


def _conflicts(tmp_path, a: str, b: str) -> list[tuple[str, str]]:
    rows = [("w-a", "Harbour Daily", "2024-03-14", a), ("w-b", "Norland Post", "2024-03-14", b)]
    try:
        comparison = compare_texts(tmp_path, rows)
    except AssertionError:  # nothing cited at all: neither agreed nor in conflict
        return []
    return [(c.summary, c.reason) for c in comparison.conflicts]


REVOKE = "The Norland regulator revoked the licence of Vessia Bank"


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (
            f"{REVOKE} late on Wednesday, citing unpaid debts.",
            f"{REVOKE} on Thursday, citing unpaid debts.",
            "different day",
        ),
        (
            "A fire broke out at the Dorvale textile mill on Wednesday evening, the fire service said.",
            "A fire broke out at the Dorvale textile mill on Thursday, the fire service said.",
            "different day",
        ),
        (
            "Регулятор Норланда отозвал лицензию банка Vessia в среду вечером.",
            "Регулятор Норланда отозвал лицензию банка Vessia в четверг.",
            "different day",
        ),
        (
            "El incendio se declaró el miércoles por la noche en la fábrica textil de Dorvale.",
            "A fire broke out at the Dorvale textile mill on Thursday.",
            "different day",
        ),
        (
            "Электростанция «Дорвальская» была открыта в 1998 году.",
            "Электростанция «Дорвальская» была открыта в 1999 году.",
            "different time",
        ),
        (
            "La centrale de Dorvale a été inaugurée en 1998.",
            "La centrale de Dorvale a été inaugurée en 1999.",
            "different time",
        ),
        (
            "Харлан Восс возглавляет совет директоров банка Vessia с 2004 года.",
            "Харлан Восс возглавляет совет директоров банка Vessia с 2005 года.",
            "different time",
        ),
    ],
)
def test_one_act_at_two_times_conflicts(tmp_path, a, b, reason):
    found = _conflicts(tmp_path, a, b)
    assert [r for _s, r in found] == [reason], found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # parts of one day agree
        (f"{REVOKE} late on Wednesday, citing unpaid debts.", f"{REVOKE} on Wednesday night, citing unpaid debts."),
        # a night into Thursday began on Wednesday evening
        (
            f"{REVOKE} on Wednesday night, citing unpaid debts.",
            f"{REVOKE} overnight into Thursday, citing unpaid debts.",
        ),
        (
            "Регулятор Норланда отозвал лицензию банка Vessia в ночь на четверг.",
            "Регулятор Норланда отозвал лицензию банка Vessia в среду вечером.",
        ),
        # a decade covers its years
        (
            "The Dorvale power plant was built in the 1990s on the river bank.",
            "The Dorvale power plant was built in 1998 on the river bank.",
        ),
        # a state's start and a one-off act are two measures
        (
            "Harlan Voss has chaired the board of Vessia Bank since 2004.",
            "Harlan Voss joined the board of Vessia Bank in 2005.",
        ),
        # two acts on two days
        ("Police arrested Harlan Voss on Monday in Dorvale.", "Harlan Voss was charged on Tuesday in Dorvale."),
    ],
)
def test_times_that_can_both_hold_or_date_two_acts_do_not_conflict(tmp_path, a, b):
    assert _conflicts(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("the 1990s", (1990.0, 1999.0)),
        ("1930's", (1930.0, 1939.0)),
        ("1990er", (1990.0, 1999.0)),
        ("1990-х", (1990.0, 1999.0)),
        ("from 1974 to 1978", (1974.0, 1978.0)),
        ("1998", None),
    ],
)
def test_a_decade_or_a_range_spans_its_years(text, span):
    assert year_span(text) == span


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("Die Behörde hat der Bank am Mittwochabend die Lizenz entzogen.", "de", "revoke"),
        ("El regulador revocó el miércoles la licencia del banco.", "es", "revoke"),
        ("Un incendio è scoppiato mercoledì nella fabbrica.", "it", "break"),
        ("Die Behörde hat am Mittwoch getagt.", "de", None),
        # two acts named: neither is the date's
        ("Der Bankchef wurde festgenommen, nachdem die Behörde die Lizenz entzogen hatte.", "de", None),
    ],
)
def test_the_act_of_a_sentence_whose_parse_names_no_verb_is_read_from_its_words(text, language, act):
    assert act_by_words(text, language) == act
