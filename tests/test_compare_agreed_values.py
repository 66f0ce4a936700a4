"""An agreed item never joins sentences whose typed values or outcomes differ, whatever path would agree them:
near-identical sentences that give two times of day, two vote tallies, two approximate counts of one noun, two
amounts, two parties named in one place of one wording, or a request granted against one rejected are a
conflict with the typed reason, and the dissenting sentence is a side of it (not left out). An approximate
figure is compatible within its written rounding: "about 4,000" and "4,150" are one figure, "about 6,300" and
"about 5,700" two.

Found by a new user's trial (a dockworkers' strike; two English outlets copying one wire's wording with other
values agreed all of them). Every fixture below is invented, of other events, each fault with a near case that
stays agreed: the same value in other words, a rounded figure beside the same figure written exactly, a second
value in one sentence that the other does not mention.
"""

from __future__ import annotations

import pytest

from crosswire.compare.records import Comparison, FigureItem
from crosswire.compare.rounding import approx_tolerance, rounding_step
from test_compare_core import compare_texts

DAY = "2026-05-12"  # a Tuesday

# Two outlets' reports of a nurses' strike (invented): each paragraph of A has a twin in B that differs only in
# one typed value or outcome.
A = [
    "Nurses strike at Ostravel hospitals",
    "About 6,300 nurses at the hospitals of the Ostravel region stopped work on Tuesday in a dispute over staffing.",
    "The stoppage began at 5 a.m., when the early shift stayed away from the wards.",
    "The union's members had turned down the health board's offer by 2,214 votes to 596.",
    "The health board asked the regional tribunal to halt the strike. The tribunal rejected the request on Tuesday "
    "evening.",
    "The board had offered a one-off payment of 1,200 euros to every nurse in the region.",
    "The union's strike fund received a grant of 300,000 euros from the Halvard Foundation on Monday.",
]
B = [
    "Ostravel nurses walk out",
    "About 5,700 nurses at the hospitals of the Ostravel region stopped work on Tuesday in a dispute over staffing.",
    "The stoppage began at 7 a.m., when the early shift stayed away from the wards.",
    "The union's members had turned down the health board's offer by 2,514 votes to 596.",
    "The health board asked the regional tribunal to halt the strike. The tribunal granted the request on Tuesday "
    "evening.",
    "The board had offered a one-off payment of 1,800 euros to every nurse in the region.",
    "The union's strike fund received a grant of 300,000 euros from the Tessmark Savings Bank on Monday.",
]

# Near cases: the same values written another way, or one sentence adding a value the other does not give.
C = [
    "Ferry crews strike in Varnholm",
    "About 4,000 ferry crew members in Varnholm stopped work on Thursday in a dispute over rosters.",
    "The strike began at 6 a.m. on Thursday, when the first crossing of the day was cancelled.",
    "The crews had turned down the operator's offer by 1,410 votes to 233, with 41 abstentions.",
    "The operator asked the maritime tribunal to halt the strike. The tribunal approved the request on Thursday.",
    "Transport minister Eda Korvin told Radio Varn that talks between the two sides would resume on Friday.",
]
D = [
    "Varnholm ferries halted by crew strike",
    "Some 4,150 ferry crew members in Varnholm stopped work on Thursday in a dispute over rosters.",
    "The strike began at 6:00 a.m. on Thursday, when the first crossing of the day was cancelled.",
    "The crews had turned down the operator's offer by 1,410 votes to 233.",
    "The operator asked the maritime tribunal to halt the strike. The tribunal granted the request on Thursday.",
    "Transport minister Eda Korvin told the Varnholm Post that talks between the two sides would resume on Friday.",
]


def _rows(a: list[str], b: list[str], day: str = DAY) -> list[tuple[str, str, str, str]]:
    return [("a", "Ostravel Daily", day, "\n\n".join(a)), ("b", "Regional Courier", day, "\n\n".join(b))]


@pytest.fixture(scope="module")
def differing(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_texts(tmp_path_factory.mktemp("differing"), _rows(A, B))


@pytest.fixture(scope="module")
def alike(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_texts(tmp_path_factory.mktemp("alike"), _rows(C, D, "2026-05-14"))


def _agreed_with_both(comparison: Comparison, words_a: str, words_b: str) -> list[object]:
    """Agreed items (claims or figures) citing a sentence holding ``words_a`` and one holding ``words_b``."""
    return [
        i
        for i in comparison.agreed
        if any(words_a in ev.text for ev in i.evidence) and any(words_b in ev.text for ev in i.evidence)
    ]


def _conflict_between(comparison: Comparison, words_a: str, words_b: str) -> list[object]:
    """Conflicts with one side citing a sentence holding ``words_a`` and another side one holding ``words_b``."""
    out = []
    for c in comparison.conflicts:
        sides = getattr(c, "sides", [])
        side_a = [n for n, s in enumerate(sides) if any(words_a in ev.text for ev in s.evidence)]
        side_b = [n for n, s in enumerate(sides) if any(words_b in ev.text for ev in s.evidence)]
        if side_a and side_b and set(side_a) != set(side_b):
            out.append(c)
    return out


DIFFERENT = [
    ("About 6,300 nurses", "About 5,700 nurses", "different value"),
    ("began at 5 a.m.", "began at 7 a.m.", "different time"),
    ("2,214 votes to 596", "2,514 votes to 596", "different value"),
    ("tribunal rejected the request", "tribunal granted the request", "different outcome"),
    ("1,200 euros", "1,800 euros", "different value"),
    ("from the Halvard Foundation", "from the Tessmark Savings Bank", "different agent"),  # who gave the grant
]


@pytest.mark.parametrize(("words_a", "words_b", "why"), DIFFERENT, ids=[d[0] for d in DIFFERENT])
def test_sentences_with_different_values_are_not_agreed(
    differing: Comparison, words_a: str, words_b: str, why: str
) -> None:
    found = _agreed_with_both(differing, words_a, words_b)
    if why == "different agent":  # the amount both give may still agree as a figure ("Grant: 300,000 euros")
        found = [i for i in found if not isinstance(i, FigureItem)]
    assert found == []


@pytest.mark.parametrize(("words_a", "words_b", "why"), DIFFERENT, ids=[d[0] for d in DIFFERENT])
def test_the_dissenting_sentence_is_a_side_of_a_typed_conflict(
    differing: Comparison, words_a: str, words_b: str, why: str
) -> None:
    found = _conflict_between(differing, words_a, words_b)
    assert found, [c.summary for c in differing.conflicts]
    assert any(getattr(c, "reason", "") == why for c in found), [getattr(c, "reason", "") for c in found]


def test_the_brief_calls_two_rounded_figures_apart_no_agreement(differing: Comparison) -> None:
    assert not any("consistent" in line.text and "6,300" in line.text for line in differing.brief)


SAME = [
    ("About 4,000 ferry crew", "Some 4,150 ferry crew"),  # "about 4,000" is rounded to the thousand
    ("began at 6 a.m.", "began at 6:00 a.m."),
    ("1,410 votes to 233, with 41 abstentions", "1,410 votes to 233."),  # a value the other does not give
    ("tribunal approved the request", "tribunal granted the request"),  # one outcome in two words
    ("told Radio Varn", "told the Varnholm Post"),  # two outlets a source spoke to: no party of the act
]


@pytest.mark.parametrize(("words_a", "words_b"), SAME, ids=[s[0] for s in SAME])
def test_the_same_value_in_other_words_stays_agreed(alike: Comparison, words_a: str, words_b: str) -> None:
    assert _agreed_with_both(alike, words_a, words_b), [i.summary for i in alike.agreed]
    assert _conflict_between(alike, words_a, words_b) == []


@pytest.mark.parametrize(
    ("value", "step"),
    [(4200.0, 100.0), (4000.0, 1000.0), (42.0, 1.0), (4.2, 0.1), (45.0, 5.0), (4.5, 0.5), (0.045, 0.005), (0.0, 1.0)],
)
def test_the_rounding_step_is_the_last_written_digit(value: float, step: float) -> None:
    assert rounding_step(value) == pytest.approx(step)


def test_an_approximate_figure_is_taken_within_its_rounding() -> None:
    assert approx_tolerance(4200.0, 0.15) == pytest.approx(100.0)  # 4,100-4,300: 3,800 is another figure
    assert approx_tolerance(4000.0, 0.15) == pytest.approx(600.0)  # 3,400-4,600: 4,150 may be the same
    assert approx_tolerance(40.0, 0.15) == pytest.approx(6.0)  # the relative bar bounds a round figure
    assert approx_tolerance(55.0, 0.15) == pytest.approx(5.0)  # "about 55": to the nearest five, 50-60
