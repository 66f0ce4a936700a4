"""Conflict recall by class (issue 12), each class with the near cases that must stay quiet; invented stories.

- **A day set ahead for one event, in sentences too unlike to pair** ("Their first court appearance is
  scheduled for Jan. 21" / "The men were expected to appear in court Wednesday afternoon"): compared
  story-wide by the event's key. It was missed because a weekday before a part of the day ("Wednesday
  afternoon") was read as naming a thing (no governing verb), and the two sentences share too few words to
  be paired.
- **Counts of others under one act**: "Around 20 more people had to be ushered to safety" / "five other bank
  workers were rescued" (different scope), compared when the sentences before them (those the increments add
  to) are paired.
- **The day of a verdict** through a coordinated verb ("was convicted and sentenced ... last Thursday") or
  through the trial it closes ("Following a two-day trial in September, a jury deliberated ... before
  convicting Webb").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.facts import extract_facts
from crosswire.model import Article, Block
from test_compare_core import compare_texts


def _compare(tmp_path: Path, a: str, b: str, published: str = "2024-03-13"):
    tmp_path.mkdir(parents=True, exist_ok=True)
    rows = [("r-a", "Valley Tribune", published, a), ("r-b", "Coast Ledger", published, b)]
    return compare_texts(tmp_path, rows)


def _day_conflicts(comparison) -> list:
    return [c for c in comparison.conflicts if c.reason == "different day"]


# -- a day set ahead for one event --------------------------------------------------------------------------
ARRESTED = "Police in Dorvale arrested Harlan Voss and Ed Marr on Wednesday and charged them with fraud. "


def test_a_weekday_before_a_part_of_the_day_is_dated_by_its_verb() -> None:
    text = "The men were expected to appear in court Wednesday afternoon."
    art = Article(
        id="t", source="t", content_hash="t", blocks=[Block("paragraph", text)], language="en", published="2024-03-13"
    )
    values = [(v.kind, v.verb) for c in extract_facts([art])[0].claims for v in c.values]
    assert ("date", "appear") in values, values


def test_an_event_set_for_two_days_conflicts_though_its_sentences_do_not_pair(tmp_path: Path) -> None:
    a = ARRESTED + "The charges carry up to ten years in prison. Their first court appearance is scheduled for April 3."
    b = ARRESTED + "Both deny wrongdoing, a lawyer said. The men were expected to appear in court Wednesday afternoon."
    found = _day_conflicts(_compare(tmp_path, a, b))
    assert len(found) == 1, found
    texts = {ev.text for side in found[0].sides for ev in side.evidence}
    assert texts == {
        "Their first court appearance is scheduled for April 3.",
        "The men were expected to appear in court Wednesday afternoon.",
    }


@pytest.mark.parametrize(
    "other",
    [
        "Their next appearance is set for April 3.",  # another occurrence of the event
        "Their sentencing is scheduled for April 3.",  # another event
        "Ed Marr is expected to appear in court on April 3.",  # another person's day
    ],
)
def test_days_of_other_occurrences_events_or_people_do_not_conflict(tmp_path: Path, other: str) -> None:
    a = ARRESTED + "Harlan Voss was expected to appear in court Wednesday afternoon."
    b = ARRESTED + "Both deny wrongdoing, a lawyer said. " + other
    assert _day_conflicts(_compare(tmp_path, a, b)) == []


# -- counts of others under one act ------------------------------------------------------------------------
FIRE_A = (
    "Petrol bombs set a branch of the Halvard bank on fire in Dorvale. Police said two women and one man died "
    "in the Halvard bank branch. {} Firefighters fought the blaze for hours."
)
FIRE_B = (
    "Rioters firebombed a bank in Dorvale. The three Halvard bank employees, two women and a man, died in the "
    "burning Halvard bank branch. {} The city declared a day of mourning."
)


def test_counts_of_others_under_one_act_conflict_as_a_difference_of_scope(tmp_path: Path) -> None:
    a = FIRE_A.format("Around 20 more people had to be ushered to safety.")
    b = FIRE_B.format("As their colleagues wept, five other bank workers were rescued from the balcony.")
    comparison = _compare(tmp_path, a, b)
    found = [c for c in comparison.conflicts if "20" in c.summary and "five" in c.summary]
    assert len(found) == 1 and found[0].reason == "different scope", [c.summary for c in comparison.conflicts]
    texts = {ev.text for side in found[0].sides for ev in side.evidence}
    assert texts == {
        "Around 20 more people had to be ushered to safety.",
        "As their colleagues wept, five other bank workers were rescued from the balcony.",
    }


@pytest.mark.parametrize(
    "other",
    [
        "Five other bank workers were injured in the blaze.",  # another act
        "Five bank workers were rescued from the balcony.",  # a total, not the others
        "Five more soldiers were killed elsewhere in the country.",  # a toll: often another incident's
    ],
)
def test_others_under_another_act_or_a_total_do_not_conflict(tmp_path: Path, other: str) -> None:
    a = FIRE_A.format("Around 20 more people had to be ushered to safety.")
    b = FIRE_B.format(other)
    comparison = _compare(tmp_path, a, b)
    assert not [c for c in comparison.conflicts if "20" in c.summary], [c.summary for c in comparison.conflicts]


def test_others_after_unpaired_sentences_are_not_compared(tmp_path: Path) -> None:
    """The increments add to different things (a bank's dead; a ferry's passengers): not one count."""
    a = FIRE_A.format("Around 20 more people had to be ushered to safety.")
    b = (
        "A ferry ran aground off the Ostrava coast. The coast guard said it had lifted 40 passengers off by "
        "helicopter. Five other passengers were rescued from the water."
    )
    comparison = _compare(tmp_path, a, b)
    assert not [c for c in comparison.conflicts if "20" in c.summary], [c.summary for c in comparison.conflicts]


# -- the day of a verdict ------------------------------------------------------------------------------------
TRIAL = (
    "Following a two-day trial in January, a federal jury in Dorvale deliberated for less than 10 minutes "
    "before convicting Voss, 51, of kidnapping the girl."
)
RESCUE_A = (
    "Police released dramatic video showing the rescue of an 8-year-old Dorvale girl who was snatched from her "
    "mother's arms. Harlan Voss held the girl in a motel room for 12 hours. "
)
RESCUE_B = "Prosecutors released body camera footage of officers rescuing a kidnapped Dorvale girl from a motel room. "


@pytest.mark.parametrize(
    "other",
    [
        "The suspect, Harlan Voss, 51, was convicted of kidnapping and sentenced to life in federal prison last "
        "Thursday.",
        "The suspect, Harlan Voss, 51, was found guilty of kidnapping and sentenced to life in federal prison last "
        "Thursday.",
    ],
)
def test_a_verdict_dated_through_its_trial_or_a_coordinated_verb_conflicts(tmp_path: Path, other: str) -> None:
    comparison = _compare(tmp_path, RESCUE_A + TRIAL, RESCUE_B + other + " Voss confessed to the crime.")
    found = _day_conflicts(comparison)
    assert len(found) == 1, [c.summary for c in comparison.conflicts]
    assert {ev.text for side in found[0].sides for ev in side.evidence} == {TRIAL, other}


@pytest.mark.parametrize(
    "other",
    [
        # two acts on two days: the sentencing is not the verdict
        "The suspect, Harlan Voss, 51, was sentenced to life in federal prison for kidnapping last Thursday.",
        # the conviction is dated apart from the sentencing
        "The suspect, Harlan Voss, 51, was convicted of kidnapping in January and sentenced to life last Thursday.",
        # the trial dates a sentencing, not a verdict
        "Following a two-day trial in January, the judge sentenced Voss, 51, to life for kidnapping last Thursday.",
    ],
)
def test_days_of_other_acts_than_the_verdict_do_not_conflict(tmp_path: Path, other: str) -> None:
    comparison = _compare(tmp_path, RESCUE_A + TRIAL, RESCUE_B + other + " Voss confessed to the crime.")
    assert _day_conflicts(comparison) == [], [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Harlan Voss was convicted and sentenced to life last Thursday.", ("day", "convict")),
        ("Harlan Voss was found guilty and sentenced to life last Thursday.", ("day", "convict")),
        ("Harlan Voss was arrested and charged last Thursday.", None),
        ("Harlan Voss was convicted in January and sentenced to life last Thursday.", None),
    ],
)
def test_a_date_coordinated_with_a_verdict_dates_it(text: str, slot: tuple[str, str] | None) -> None:
    from crosswire.compare.claims.act_days import verdict_day
    from crosswire.compare.claims.units import Unit

    art = Article(
        id="t", source="t", content_hash="t", blocks=[Block("paragraph", text)], language="en", published="2024-03-13"
    )
    (claim,) = extract_facts([art])[0].claims
    unit = Unit(index=0, source=1, article="t", claim=claim, text=text, position=0.0)
    last = [v for v in claim.values if v.kind == "date"][-1]
    assert verdict_day(unit, last) == slot


# -- the course of one condition, stated both ways -------------------------------------------------------------
DOCTOR_A = (
    "A Dorvale man fell ill with a rare lung disease after sleeping on a feather duvet, doctors reported. The "
    "43-year-old had bought new bedding a few months earlier. At first, his doctor assumed he had a lower "
    "respiratory tract infection, like bronchitis, and his symptoms did improve soon after. Scans later showed "
    "inflammation in both lungs. He was treated with steroids."
)
B_BEFORE = (
    "Feather bedding gave a Dorvale man a rare lung disease, according to a case report. The man, 43, had "
    "switched to a feather duvet. "
)
B_AFTER = " A scan found inflamed lungs. Steroids helped."
DIAGNOSIS_B = "His doctor initially assumed that he had a lower respiratory tract infection, like bronchitis"
DOCTOR_B = B_BEFORE + DIAGNOSIS_B + ", but his symptoms didn't get better afterwards." + B_AFTER


def test_a_condition_that_improved_and_did_not_is_a_different_outcome(tmp_path: Path) -> None:
    comparison = _compare(tmp_path, DOCTOR_A, DOCTOR_B)
    found = [c for c in comparison.conflicts if c.reason == "different outcome"]
    assert len(found) == 1, [c.summary for c in comparison.conflicts]
    assert [s.label for s in found[0].sides] == ["improved", "did not improve"]
    texts = [ev.text for side in found[0].sides for ev in side.evidence]
    assert texts[0].endswith("his symptoms did improve soon after.") and texts[1].endswith(
        "didn't get better afterwards."
    )


@pytest.mark.parametrize(
    "other",
    [
        # the same course
        DIAGNOSIS_B + ", and his symptoms got better afterwards.",
        # a course that both holds and turns ("improved, then worsened"): not read
        DIAGNOSIS_B + "; his symptoms improved a bit but worsened later that month.",
        # no course stated
        DIAGNOSIS_B + ".",
    ],
)
def test_the_same_course_a_turning_course_or_none_does_not_conflict(tmp_path: Path, other: str) -> None:
    comparison = _compare(tmp_path, DOCTOR_A, B_BEFORE + other + B_AFTER)
    assert [c for c in comparison.conflicts if c.reason == "different outcome"] == []


def test_opposite_courses_in_sentences_that_are_not_one_claim_do_not_conflict(tmp_path: Path) -> None:
    """ "The economy did not improve" is no claim about the patient's symptoms."""
    b = B_BEFORE + "Dorvale's economy did not improve last year, the council said." + B_AFTER
    comparison = _compare(tmp_path, DOCTOR_A, b)
    assert [c for c in comparison.conflicts if c.reason == "different outcome"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His symptoms did improve soon after.", "improved"),
        ("Things didn't get better afterwards.", "did not improve"),
        ("She never recovered from the illness.", "did not improve"),
        ("The patient failed to improve, and doctors changed her treatment.", "did not improve"),
        ("His symptoms improved, but he was not discharged.", "improved"),  # the negator is in another clause
        ("His symptoms improved a bit, then worsened.", None),
        ("His symptoms improved a bit after that visit.", "improved"),
        # something made better, or found again: no condition's course
        ("Klitschko improved his record to 58 - 3.", None),
        ("With the win he improves to 58 - 3.", None),
        ("The gun has not been recovered.", None),
        ("The weather was cold.", None),
    ],
)
def test_the_course_a_sentence_states(text: str, expected: str | None) -> None:
    from crosswire.compare.claims.course import course

    assert course(text) == expected
