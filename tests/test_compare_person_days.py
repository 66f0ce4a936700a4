"""One act of one named person dated differently by two outlets (`compare/claims/person_days.py`), with each
day resolved against its own article's publication date, on invented stories.

Three gaps, each a class: a weekday inside a span the English model tags TIME ("Saturday night", "late Tuesday",
"early Sunday morning") was read as a time of day with no day; a date beside an act noun ("since the fatal
shooting of Dario Velk on Saturday night", "Saturday's shooting") was keyed by the clause's verb ("gripped");
and two sentences dating one shooting, arrest or death read too unlike to pair (0.32-0.41), so their days never
met. Now the day of an act of the ``once_acts`` list is compared story-wide among sentences naming one person,
in English by verb or act noun, in Spanish and German by the act's words, and in two languages by its act.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.facts.stage import extract_facts
from crosswire.model import Article, Block
from test_compare_core import compare_texts

MONDAY = "2026-03-09"  # both outlets publish on Monday 9 March: "Saturday" is 7 March, "Friday" 6 March

# (case, language of A, A's sentence, language of B, B's sentence)
DIFFERENT = [
    (
        "verb vs verb, a day in a TIME span",
        "The teenager Dario Velk was shot dead by a police officer in Harbor Point on Saturday night.",
        "Riots spread after a police officer shot Dario Velk, 15, in Harbor Point on Friday, March 6.",
    ),
    (
        "act noun before the date",
        "Protests have gripped Harbor Point since the fatal police shooting of Dario Velk on Saturday night.",
        "A police officer shot Dario Velk in Harbor Point on Friday, March 6, witnesses said.",
    ),
    (
        "possessive act noun",
        "Hundreds marched through Harbor Point on Monday in anger at Saturday's shooting of Dario Velk by police.",
        "A police officer shot Dario Velk in Harbor Point on Friday, March 6, witnesses said.",
    ),
    (
        "an arrest, late evening",
        "Detectives arrested the builder Marco Lenz late Sunday evening at his home in Harbor Point.",
        "Marco Lenz, a builder from Harbor Point, was taken into custody after police detained him on Thursday.",
    ),
    (
        "Spanish",
        "Un policía disparó contra el joven Dario Velk en Harbor Point el sábado por la noche.",
        "El joven Dario Velk fue abatido a tiros por la policía el viernes 6 de marzo en Harbor Point.",
    ),
    (
        "German",
        "Ein Polizist hat den Jugendlichen Dario Velk am Samstagabend in Harbor Point erschossen.",
        "Der Jugendliche Dario Velk wurde am Freitag, dem 6. März, in Harbor Point von der Polizei erschossen.",
    ),
    (
        "English and Spanish",
        "Protests have gripped Harbor Point since the fatal police shooting of Dario Velk on Saturday night.",
        "El joven Dario Velk fue abatido a tiros por la policía el viernes 6 de marzo en Harbor Point.",
    ),
]


def _rows(a: str, b: str, published: str = MONDAY) -> list[tuple[str, str, str, str]]:
    return [
        ("a", "Harbor Daily", published, f"Harbor Point\n\n{a}"),
        ("b", "Coast Wire", published, f"Harbor Point\n\n{b}"),
    ]


def _day_conflicts(comparison) -> list:
    return [c for c in comparison.conflicts if c.summary.lower().startswith("day")]


@pytest.mark.parametrize(("case", "a", "b"), DIFFERENT, ids=[d[0] for d in DIFFERENT])
def test_one_act_of_one_person_on_two_days_conflicts(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = _day_conflicts(comparison)
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])
    assert sorted(ev.article for side in found[0].sides for ev in side.evidence) == ["a", "b"]


@pytest.mark.parametrize(
    ("case", "a", "b"),
    [
        (
            "one day in two wordings",  # Saturday night (a Monday paper) is 7 March
            "Protests have gripped Harbor Point since the fatal police shooting of Dario Velk on Saturday night.",
            "A police officer shot Dario Velk in Harbor Point on Saturday, March 7, witnesses said.",
        ),
        (
            "two people's arrests",
            "Detectives arrested the builder Marco Lenz late Sunday evening at his home in Harbor Point.",
            "Police detained the accountant Vera Holm in Harbor Point on Thursday.",
        ),
        (
            "two acts of one person",  # shot on Saturday, arrested on Friday: no one act
            "The teenager Dario Velk was shot dead by a police officer in Harbor Point on Saturday night.",
            "Dario Velk had been arrested in Harbor Point on Friday, March 6, for shoplifting.",
        ),
        (
            "an act said of a person often",  # "said" is no act of the list
            "Dario Velk's mother Ana Velk said on Saturday that she wanted answers from Harbor Point police.",
            "Ana Velk said on Friday, March 6, that her son had done nothing wrong.",
        ),
    ],
)
def test_no_conflict_without_one_act_of_one_person(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _day_conflicts(comparison), (case, [c.summary for c in comparison.conflicts])


def test_a_day_in_an_other_article_resolves_against_its_own_date(tmp_path: Path) -> None:
    """ "Saturday night" in a paper of Monday 9 March is 7 March, and "Friday" in one of Saturday 7 March is
    6 March: a conflict though both sentences name weekdays only; in papers of Monday and Sunday 8 March,
    "Saturday night" and "Saturday" are one day."""
    a = "The teenager Dario Velk was shot dead by a police officer in Harbor Point on Saturday night."
    b = "A police officer shot Dario Velk in Harbor Point on Friday, witnesses said."
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    rows = _rows(a, b)
    rows[1] = (*rows[1][:2], "2026-03-07", rows[1][3])
    assert len(_day_conflicts(compare_texts(tmp_path / "one", rows))) == 1
    b = "A police officer shot Dario Velk in Harbor Point on Saturday, witnesses said."
    rows = _rows(a, b)
    rows[1] = (*rows[1][:2], "2026-03-08", rows[1][3])
    assert not _day_conflicts(compare_texts(tmp_path / "two", rows))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The boy was shot on Saturday night in the city centre.", "2026-03-07"),
        ("The fire broke out early Sunday morning near the docks.", "2026-03-08"),
        ("He was arrested late Tuesday evening outside his flat.", "2026-03-03"),
    ],
)
def test_a_weekday_in_a_time_span_is_a_day(sentence: str, day: str) -> None:
    article = Article(
        id="x",
        source="x",
        content_hash=sentence,
        language="en",
        published=MONDAY,
        blocks=[Block("paragraph", sentence)],
    )
    facts = extract_facts([article])[0]
    assert day in [d.value for d in facts.dates], facts.dates


def test_a_time_span_without_a_weekday_gives_no_day() -> None:
    sentence = "The boy was shot at about 9 p.m. in the city centre."
    block = Block("paragraph", sentence)
    article = Article(id="x", source="x", content_hash=sentence, language="en", published=MONDAY, blocks=[block])
    assert not extract_facts([article])[0].dates
