"""Two people's figures are not one figure's two values: a source whose sentence writes both candidates' votes
("Tessaro won 31,204 votes and his rival Irena Balk 30,977") is not set against another source giving the
rival's 30,977, while one candidate's votes given two ways (31,204 / 31,240) stay a conflict. Invented text: a
mayoral runoff recount in an invented town, five invented outlets in en, es, pt, ru, it
(``fixtures/fconf14b/runoff-recount.jsonl``); the class is a new user's election trial's false "different
scope" conflict (48,871 against 48,557)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.values import _written_figures
from test_compare_core import compare_fixture

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "fconf14b" / "runoff-recount.jsonl"


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("fconf14b"), FIXTURE)


def _labels(comparison, measure: str) -> list[set[str]]:
    return [{side.label for side in c.sides} for c in comparison.conflicts if c.measure == measure]


def test_the_rivals_votes_are_not_set_against_the_winners(comparison):
    for labels in _labels(comparison, "votes won"):
        assert "30,977" not in labels, labels


def test_one_candidates_votes_given_two_ways_stay_a_conflict(comparison):
    assert {"31,204", "31,240"} in _labels(comparison, "votes won")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Velinsky won 48,871 votes and Dunavec 48,557, a margin of 314 votes.", {48871, 48557}),
        ("Tessaro obtuvo 31.204 votos, frente a los 30.977 de su rival.", {31204, 30977}),
        ("Balk obteve 30\u00a0977 votos.", {30977}),
        ("Явка составила 63,1%, в 2022 году 58,9%.", {2022}),  # decimals are no whole figures
        ("Seven killed and 15 injured in 2026.", {2026}),  # small figures are not read
        ("The fare rose 2.5 percent to 1.2500 euros.", set()),
    ],
)
def test_written_figures(text, figures):
    assert _written_figures(text) == figures
