"""A figure its own sentence denies is no figure its source gives (crosswire.compare.figures.denied): it joins no
agreed figure item ("Destiny 2 is not true 4K" agreed as "Output: 4K" with a promise of "up to 4K", tune2 of the
alignment gold). Invented wordings for the class, then real coverage from ../shared."""

from __future__ import annotations

import pytest

from crosswire.compare.figures.denied import denied
from crosswire.compare.records import Comparison, FigureItem
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    "before",
    [
        "Destiny 2 is not true ",
        "The plant has never employed ",
        "The arena isn't ",
        "The arena isn’t ",
        "The company no longer has ",
        "The ferry was not carrying ",
        "Crews did not find ",
    ],
)
def test_a_negator_right_before_the_figure_denies_it(before: str) -> None:
    assert denied(before)


@pytest.mark.parametrize(
    ("before", "figure"),
    [
        ("On the whole, drivers haven't paid ", "more than $3"),  # a bound, in the figure's own words
        ("The toll was not more than ", "20"),
        ("Officials counted no fewer than ", "40"),
        ("The line will not open until ", "2021"),
        ("It has not, however, sold ", "20,000"),  # the negator is another clause's
        ("Police said ", "12"),
        ("The strike was not the only one: ", "14"),
        ("It was not only ", "12"),
        ("The mayor did not say how the council spent the remaining ", "$4 million"),  # too far back
    ],
)
def test_bounds_other_clauses_and_far_negators_keep_the_figure(before: str, figure: str) -> None:
    assert not denied(before, figure)


def _figure_items(c: Comparison) -> list[FigureItem]:
    return [it for it in c.agreed if isinstance(it, FigureItem)]


def test_a_denied_count_is_not_agreed_with_the_stated_one(tmp_path) -> None:
    rows = [
        (
            "a",
            "Coast Daily",
            "2025-03-04",
            "The Harlow ferry ran aground off Kessel Point on Tuesday. "
            "The ferry was carrying 40 passengers when it struck the sandbank, the operator said. "
            "Nobody was hurt.",
        ),
        (
            "b",
            "Harbour Wire",
            "2025-03-04",
            "The Harlow ferry ran aground off Kessel Point on Tuesday morning. "
            "The ferry was not carrying 40 passengers, the operator said, but a crew of six on a test run. "
            "Tugs freed it at high tide.",
        ),
    ]
    c = compare_texts(tmp_path, rows)
    for it in _figure_items(c):
        assert not any("not carrying 40" in ev.text for ev in it.evidence), it.summary


def test_real_review_denying_4k_is_not_agreed_as_4k_output(tmp_path) -> None:
    """page-stadia-launch (tune2): Wccftech's "Not only is Destiny 2 not true 4K on Stadia, it runs at medium
    settings." joined MSPoweruser's "4K output" of another game in an agreed "Output: 4K" item."""
    import alignment_data

    events = {e["id"]: e for e in alignment_data.all_events()}
    docs = {d["key"]: d for d in events["page-stadia-launch"]["docs"]}
    try:
        rows = [
            (f"stadia-{k}", docs[k]["outlet"], "2019-11-19", alignment_data.load_text(docs[k]["ref"])) for k in "CD"
        ]
    except (OSError, KeyError):
        pytest.skip("article-extraction pages not present in ../shared")
    assert any("not true 4K" in r[3] for r in rows)
    c = compare_texts(tmp_path, rows)
    for it in _figure_items(c):
        assert not any("not true 4K" in ev.text for ev in it.evidence), it.summary
