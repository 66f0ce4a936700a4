"""One act worded two ways (issue 12, conflict recall): a length of time under a verb of purpose ("took 15
minutes to find him guilty") against the act's own verb ("deliberated for less than 10 minutes"), and a count
of people whose act a phrase names ("forcing 300 residents from their homes", "led 12 workers to safety")
against the act's verb ("450 residents were evacuated", "eight workers were rescued"). Each class has its near
cases that must stay quiet: two different acts, a value within the other's bound, an increment set against a
total. The stories are invented."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.acts import increment, phrase_act, reading_act
from crosswire.facts import extract_facts
from crosswire.model import Article, Block
from test_compare_core import compare_texts

# A sentence both outlets print, so each story has an agreement whatever its values do.
SHARED = " The regional council will meet in Dorvale on Friday, a council clerk said."


def _compare(tmp_path, a: str, b: str):
    tmp_path.mkdir(parents=True, exist_ok=True)
    rows = [("w-a", "Harbour Daily", "2024-03-12", a + SHARED), ("w-b", "Norland Post", "2024-03-12", b + SHARED)]
    return compare_texts(tmp_path, rows)


def _verbs(text: str) -> list[tuple[str, str | None]]:
    art = Article(id="t", source="t", content_hash="t", blocks=[Block("paragraph", text)], language="en")
    facts = extract_facts([art])[0]
    return [(v.text, v.verb) for c in facts.claims for v in c.values]


def _conflicts(comparison, *texts: str) -> list:
    return [c for c in comparison.conflicts if all(t in c.summary for t in texts)]


# -- the verb a value hangs from, through a verb of purpose ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlan Voss confessed and the jury took just 15 minutes to find him guilty.", "find guilty"),
        ("The jurors spent two hours deliberating before they acquitted her.", "deliberate"),
        ("The jury took 45 minutes to reach a verdict.", "reach verdict"),
        ("Around 20 more people had to be ushered to safety.", "usher"),
        # no clause hangs from the verb: it keeps its own act
        ("The ferry had 310 passengers on board.", "have"),
        ("The trial took two days.", "take"),
    ],
)
def test_a_verb_of_purpose_carries_the_act(text, expected):
    assert [verb for _text, verb in _verbs(text)] == [expected]


# -- lengths of one act under two verbs -----------------------------------------------------------------------
JURY = (
    "Following a two-day trial in Dorvale, a federal jury deliberated for less than 10 minutes before "
    "convicting Harlan Voss of kidnapping the girl."
)


@pytest.mark.parametrize(
    "other",
    [
        "Harlan Voss confessed to the crime and the jury took just 15 minutes to find him guilty.",
        "Harlan Voss confessed, and the jury spent just 15 minutes deliberating before it found him guilty.",
        "Harlan Voss confessed, and the jury took 45 minutes to reach a verdict.",
    ],
)
def test_one_deliberation_given_two_lengths_conflicts(tmp_path, other):
    comparison = _compare(tmp_path, JURY, other)
    found = _conflicts(comparison, "less than 10 minutes")
    assert len(found) == 1 and found[0].reason == "vague vs precise", [c.summary for c in comparison.conflicts]
    # each side cites the sentence that states it
    by_text = {ev.text for side in found[0].sides for ev in side.evidence}
    assert by_text == {JURY, other}


@pytest.mark.parametrize(
    "other",
    [
        # within the bound: both can hold
        "Harlan Voss confessed, and the jury took eight minutes to find him guilty.",
        # another act of the same trial: reading the sentence is no deliberation
        "Harlan Voss confessed, and it took the judge 45 minutes to read the sentence to him.",
    ],
)
def test_lengths_that_can_both_hold_or_time_two_acts_do_not_conflict(tmp_path, other):
    comparison = _compare(tmp_path, JURY, other)
    assert _conflicts(comparison, "minutes") == [], [c.summary for c in comparison.conflicts]


# -- counts of people under two wordings of one act ------------------------------------------------------------
TRAIN = "A freight train derailed outside Dorvale on Monday and 450 residents were evacuated as chemical tanks leaked."


def test_people_forced_from_their_homes_are_people_evacuated(tmp_path):
    other = "The derailment near Dorvale on Monday spilled chemicals, forcing 300 residents from their homes."
    comparison = _compare(tmp_path, TRAIN, other)
    found = _conflicts(comparison, "450", "300")
    assert len(found) == 1 and found[0].reason == "different value", [c.summary for c in comparison.conflicts]
    assert {ev.text for side in found[0].sides for ev in side.evidence} == {TRAIN, other}
    # sentences whose values disagree are never shown agreeing
    assert not [a for a in comparison.agreed if "450" in a.summary or "300" in a.summary]


def test_people_led_to_safety_are_people_rescued(tmp_path):
    a = "Firefighters led 12 office workers to safety after the Dorvale bank caught fire on Monday."
    b = "Eight office workers were rescued from the roof of the burning Dorvale bank on Monday."
    found = _conflicts(_compare(tmp_path, a, b), "12", "Eight")
    assert len(found) == 1 and found[0].reason == "different value"


def test_two_increments_of_one_act_conflict(tmp_path):
    """Each outlet counts the people rescued besides the three dead: two increments of one act, and labelled as
    an increment. (Each sentence names the bank: a count compared story-wide needs a name in common.)"""
    fire = "Three clerks died in the Dorvale bank fire on Monday. "
    a = fire + "Around 20 more people had to be ushered to safety from the Dorvale bank."
    b = fire + "Firefighters rescued five more people from the burning Dorvale bank."
    comparison = _compare(tmp_path, a, b)
    found = _conflicts(comparison, "20", "five")
    assert len(found) == 1 and found[0].summary.lower().startswith("more"), [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "After the Dorvale mine collapse on Monday, 14 miners remain unaccounted for.",
            "Rescuers searched for 11 miners still missing after Monday's collapse of the Dorvale mine.",
        ),
        (
            "The Dorvale bus crash on Monday sent 30 passengers to hospital.",
            "Officials said 24 passengers were hospitalized after the Dorvale bus crash on Monday.",
        ),
    ],
)
def test_counts_of_things_under_two_wordings_of_one_act_conflict(tmp_path, a, b):
    comparison = _compare(tmp_path, a, b)
    assert len(comparison.conflicts) == 1 and comparison.conflicts[0].reason == "different value"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # injured is not hospitalized
        (
            "The Dorvale bus crash on Monday injured 30 passengers.",
            "Officials said 24 passengers were hospitalized after the Dorvale bus crash on Monday.",
        ),
        # brought out is not missing
        (
            "After the Dorvale mine collapse on Monday, 14 miners remain unaccounted for.",
            "Rescuers brought 11 miners to the surface after Monday's collapse of the Dorvale mine.",
        ),
    ],
)
def test_counts_of_things_under_two_acts_do_not_conflict(tmp_path, a, b):
    assert _compare(tmp_path, a, b).conflicts == []


@pytest.mark.parametrize(
    "other",
    [
        # another act: left without power is not evacuated
        "The derailment near Dorvale on Monday spilled chemicals, leaving 300 residents without power.",
        # an increment on the first day's total, not another total
        "The derailment near Dorvale on Monday spilled chemicals, and on Tuesday a further 300 residents were "
        "forced from their homes.",
        "The derailment near Dorvale on Monday spilled chemicals, and 300 more residents were evacuated on Tuesday.",
        # another act: taken to hospital
        "The derailment near Dorvale on Monday spilled chemicals; 300 residents were taken to hospital.",
    ],
)
def test_counts_of_two_acts_or_a_total_and_an_increment_do_not_conflict(tmp_path, other):
    comparison = _compare(tmp_path, TRAIN, other)
    assert _conflicts(comparison, "300") == [], [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize(
    ("after", "act"),
    [
        (" residents from their homes.", "evacuated"),
        (" more people had to be ushered to safety.", "rescue"),
        (" residents without power.", None),
        (" miners remain unaccounted for.", "missing"),
        (" passengers to hospital.", "hospitalized"),
        # the phrase must be in the count's own clause
        (" bodies, and three people are still missing.", None),
        # the phrase must stand near the number: a later clause's home is another matter
        (" people watched as the crews worked through the night far from the town and their homes.", None),
    ],
)
def test_a_phrase_after_the_count_names_its_act(after, act):
    assert phrase_act(after) == act


def test_a_listed_verb_outranks_a_phrase_and_an_unlisted_verb_keeps_its_wording():
    assert reading_act("rescue", " people from their homes") == "rescue"
    assert reading_act("lead", " workers to safety") == "rescue"
    assert reading_act("play", " games this season") == "play"


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("and on Tuesday a further", " residents were", True),
        ("Around", " more people had to be", True),
        ("", " other bank workers were rescued", True),
        ("and", " residents were evacuated", False),
        ("more than", " people", False),  # a bound, not an increment
    ],
)
def test_an_increment_is_told_from_a_total(before, after, expected):
    assert increment(before, after) is expected


# -- a day set ahead for one event, a noun and its verb one event ---------------------------------------------
CHARGED = "Police charged Harlan Voss and Ed Marr with fraud on Monday. "


@pytest.mark.parametrize(
    ("a", "b", "sides"),
    [
        (
            "Their first court appearance is scheduled for March 21.",
            "The men are expected to appear in court on Wednesday.",
            ("March 21", "Wednesday"),
        ),
        (
            "The men will appear in court on March 21 and will be sentenced on April 2.",
            "They are due in court on March 21; sentencing is scheduled for April 9.",
            ("April 2", "April 9"),
        ),
    ],
)
def test_one_event_set_for_two_days_conflicts(tmp_path, a, b, sides):
    comparison = _compare(tmp_path, CHARGED + a, CHARGED + b)
    found = _conflicts(comparison, *sides)
    assert len(found) == 1 and found[0].reason == "different day", [c.summary for c in comparison.conflicts]
    assert {ev.text for side in found[0].sides for ev in side.evidence} == {a, b}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two events: an appearance and a sentencing
        ("Their first court appearance is scheduled for March 21.", "Their sentencing is set for March 29."),
        # the first appearance and the next one
        (
            "Their first court appearance is scheduled for March 21.",
            "The men appeared in court on Tuesday, and their next appearance is set for April 2.",
        ),
        # two people's appearances
        ("Harlan Voss will appear in court on March 21.", "Ed Marr will appear in court on March 25."),
        # a day past and a day ahead: two appearances
        ("Their first court appearance is scheduled for March 21.", "The men appeared in court on Tuesday."),
    ],
)
def test_days_of_two_events_or_two_occurrences_do_not_conflict(tmp_path, a, b):
    comparison = _compare(tmp_path, CHARGED + a, CHARGED + b)
    assert [c for c in comparison.conflicts if c.reason == "different day"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Their first court appearance is scheduled for March 21.", "appearance"),
        ("Their next appearance is set for April 2.", "next appearance"),
        ("The men are expected to appear in court on Wednesday.", "appear"),
    ],
)
def test_a_day_set_ahead_is_keyed_by_the_event_it_is_set_for(text, expected):
    art = Article(
        id="t", source="t", content_hash="t", blocks=[Block("paragraph", text)], language="en", published="2024-03-12"
    )
    facts = extract_facts([art])[0]
    assert [(v.verb, v.scheduled) for c in facts.claims for v in c.values if v.kind == "date"] == [(expected, True)]


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        # one scale, two units: 90 minutes is not two hours
        ("Harlan Voss confessed, and the jury took 90 minutes to reach a verdict.", True),
        # within the other's rounding
        ("Harlan Voss confessed, and the jury took about two hours to reach a verdict.", False),
    ],
)
def test_lengths_of_one_act_in_two_units_of_one_scale_are_compared(tmp_path, other, conflict):
    a = "Following a two-day trial in Dorvale, the jury deliberated for two hours before convicting Harlan Voss."
    comparison = _compare(tmp_path, a, other)
    assert bool(_conflicts(comparison, "two hours")) is conflict, [c.summary for c in comparison.conflicts]


# -- the day of one past act ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a month spans its days: January ends 37 days before March 8, within one event's window
        (
            "Harlan Voss was convicted in January of kidnapping a girl in Dorvale.",
            "Harlan Voss was convicted of kidnapping on March 8 in Dorvale.",
            True,
        ),
        # months apart: two events, not one placed twice
        (
            "Harlan Voss was convicted in September of kidnapping a girl in Dorvale.",
            "Harlan Voss was convicted of kidnapping on March 8 in Dorvale.",
            False,
        ),
        # two people's convictions
        (
            "A federal jury in Dorvale convicted Harlan Voss of kidnapping on March 8.",
            "Ed Marr was convicted of kidnapping on March 5 in Dorvale.",
            False,
        ),
        # two acts: the conviction and the return to prison to serve its sentence
        (
            "Harlan Voss returned to prison in June 2019 to serve a life sentence for assault.",
            "Harlan Voss is serving a life sentence after being convicted of assault in June 2018.",
            False,
        ),
    ],
)
def test_one_past_act_placed_on_two_days_conflicts_and_two_acts_do_not(tmp_path, a, b, conflict):
    comparison = _compare(tmp_path, a, b)
    found = [c for c in comparison.conflicts if c.reason == "different day"]
    assert bool(found) is conflict, [c.summary for c in comparison.conflicts]
