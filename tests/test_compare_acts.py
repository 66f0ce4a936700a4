"""Counts of people that name one act in other words conflict when their values cannot both hold ("removed
312 children" / "more than 400 children were apprehended"; "killed an estimated 300 people" / "more than 900
deaths"; "charged with marrying 12 women" / "alleged to have 11 wives"), and counts of two acts or of two
people's never do. The stories are invented for these tests."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.acts import act_of, holder_of, people_count
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("noun", "before", "verb", "slot"),
    [
        ("child removed", "Officials ", "remove", "child remove"),
        ("child apprehended", "", "apprehend", "child remove"),
        ("death caused", "", "cause", "person dead"),
        ("person killed", "", "kill", "person dead"),
        ("person", "About ", "live", "person live"),
        ("person", "Since Monday, ", "die", None),
        ("woman", "Blackmore is alleged to be married to ", "be", "woman marry"),
        ("wife", "Blackmore, alleged to have ", "have", "woman marry"),
        ("population", "The town, with a ", "follow", "person live"),
        ("person quarantined", "", "quarantine", "person quarantined"),
        ("person", "Police said ", "say", None),
        ("injury", "", "cause", None),
    ],
)
def test_people_count_names_the_act(noun, before, verb, slot):
    assert people_count(noun, before, verb) == slot


def test_acts():
    assert act_of("apprehended") == act_of("removed") == "remove"
    assert act_of("killed") == act_of("died") == act_of("perished") == "dead"
    assert act_of("vaccinated") is None and act_of(None) is None


def test_holder_is_the_person_named_nearest_before_the_number():
    people = frozenset({"person:Marten Orsk", "person:Pell Darrow", "place:Vessia"})
    assert holder_of(people, "Marten Orsk is charged with marrying 12 women, while Pell Darrow is accused of ") == (
        "person:Pell Darrow"
    )
    assert holder_of(people, "Marten Orsk is charged with marrying ") == "person:Marten Orsk"
    assert holder_of(people, "Prosecutors say he married ") is None


RANCH = "Officials raided the Pinecrest ranch near Dorvale last April and removed 312 children, the state said."
FLOOD = "The Harlow flood of 1902 killed an estimated 300 people in Vessia, historians say."
WIVES = (
    "Prosecutor Ana Velez said Thomas Hartley is charged with marrying 12 women, while Gordon Pryce is accused "
    "of marrying three women."
)
# A sentence both outlets print, so each story has an agreement whatever its counts do.
SHARED = " The sect's leaders will appear in court in Dorvale on Friday, a court clerk said."


def _compare(tmp_path, a: str, b: str):
    rows = [("x-a", "Harbour Daily", "2024-03-12", a + SHARED), ("x-b", "Norland Post", "2024-03-12", b + SHARED)]
    return compare_texts(tmp_path, rows)


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            RANCH,
            "More than 400 children were apprehended by welfare officers at the Pinecrest ranch near Dorvale "
            "last year.",
            ("312", "More than 400"),
        ),
        (
            FLOOD,
            "The Harlow flood of 1902 caused more than 900 deaths in Vessia, according to the town archive.",
            ("an estimated 300", "more than 900"),
        ),
        (
            WIVES,
            "Thomas Hartley, alleged to have 11 wives, is charged with practising polygamy in Vessia since 2004.",
            ("12", "11"),
        ),
    ],
)
def test_counts_of_one_act_in_other_words_conflict(tmp_path, a, b, values):
    (conflict,) = _compare(tmp_path, a, b).conflicts
    assert all(v in conflict.summary for v in values), conflict.summary


def test_a_held_count_names_its_holder(tmp_path):
    b = "Thomas Hartley, alleged to have 11 wives, is charged with practising polygamy in Vessia since 2004."
    (conflict,) = _compare(tmp_path, WIVES, b).conflicts
    assert conflict.summary.startswith("Wives of Thomas Hartley: 12"), conflict.summary


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two acts: children vaccinated are not children removed
        (
            RANCH,
            "More than 400 children were vaccinated by nurses at the Pinecrest ranch near Dorvale last year.",
        ),
        # injuries are not deaths
        (FLOOD, "The Harlow flood of 1902 caused more than 900 injuries in Vessia, according to the town archive."),
        # two people's wives: Pryce's three agree, and are not set against Hartley's twelve
        (WIVES, "Gordon Pryce, alleged to have three wives, is charged with practising polygamy in Vessia since 2004."),
    ],
)
def test_counts_of_two_acts_or_two_holders_do_not_conflict(tmp_path, a, b):
    assert _compare(tmp_path, a, b).conflicts == []
