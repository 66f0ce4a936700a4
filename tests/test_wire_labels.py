"""How a wire story's sources are labelled (a new user's six-outlet story named its wire "NorthWire News Agency
/ The Valdoria Courier / NorthWire" and a text file without a headline "unknown outlet"). Invented agencies,
outlets and file names:

- an agency printed under two spellings (one name inside the other, or the same distinctive first word with
  only generic words added) is named once beside its outlets; two different agencies sharing a first word
  are both named;
- a source with no outlet and no headline is named by its file name, or by the domain the file name opens
  with, in its label.
"""

from __future__ import annotations

import pytest

from crosswire.compare.align import ArticleRow, build_sources
from crosswire.compare.source_names import file_outlet, readable_name, same_agency


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Meridale Wire News Agency", "Meridale Wire", True),  # one name inside the other
        ("Sundgate Press Agency", "SUNDGATE", True),  # case aside
        ("Thomson Kelvar", "Kelvar", True),
        ("Ostrava Wire", "Ostrava News Service", True),  # same word, generic words added
        ("The Harlow Wire", "Harlow Press", True),  # a leading "The" aside
        ("Ostrava Wire Service", "Ostrava Insight", False),  # "Insight" names something else
        ("Agencja Wisła", "Agencja Odra", False),  # an agency noun proves nothing
        ("Nordline", "Nordic Press Agency", False),
        ("", "Nordline", False),
    ],
)
def test_one_agency_under_two_spellings(a: str, b: str, same: bool) -> None:
    assert same_agency(a, b) is same
    assert same_agency(b, a) is same


def test_a_label_names_a_wire_agency_once() -> None:
    rows = [
        ArticleRow(id="wire", outlet="Meridale Wire News Agency", agency="Meridale Wire", published="2026-04-02"),
        ArticleRow(
            id="rerun",
            outlet="The Harbour Gazette",
            agency="Meridale Wire",
            published="2026-04-02T09:00",
            copy_of="wire",
        ),
    ]
    sources, _ = build_sources(rows)
    assert [s.label for s in sources] == ["Meridale Wire News Agency / The Harbour Gazette"]
    # the agency's own name longer than the outlet's: still once
    (one,), _ = build_sources([ArticleRow(id="x", outlet="Ostrava Wire", agency="Ostrava Wire Service")])
    assert one.label == "Ostrava Wire"
    # a different agency beside an outlet that shares its first word is kept
    (two,), _ = build_sources([ArticleRow(id="y", outlet="Ostrava Insight", agency="Ostrava Wire Service")])
    assert two.label == "Ostrava Insight / Ostrava Wire Service"


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("/data/in/tallbrook-flood.txt", "tallbrook-flood.txt"),
        ("in/harbourside.example_flood-update.txt", "harbourside.example"),
        ("news.kelvar.example flood.txt", "news.kelvar.example"),
        ("feed.jsonl:3", "feed.jsonl:3"),
        ("https://www.harbourside.example/a/1", "harbourside.example"),
        (None, None),
    ],
)
def test_a_file_names_its_source(source: str | None, name: str | None) -> None:
    assert file_outlet(source) == name


def test_a_source_without_outlet_or_headline_is_named_by_its_file() -> None:
    rows = [
        ArticleRow(id="a", published="2026-04-02T08:00:00"),
        ArticleRow(id="b", published="2026-04-02T09:00:00"),
        ArticleRow(id="c", title="Flood closes the Tallbrook bridge", published="2026-04-02T10:00:00"),
        ArticleRow(id="d", title="Tallbrook bridge reopens", published="2026-04-02T11:00:00"),
    ]
    names = {
        "a": readable_name(None, None, "in/tallbrook-flood.txt", "a"),
        "b": readable_name(None, None, "in/harbourside.example_flood.txt", "b"),
        "c": readable_name(None, None, "in/c.txt", "c"),
        "d": readable_name(None, None, None, "d"),  # only its id: its headline names it
    }
    sources, _ = build_sources(rows, names)
    labels = [s.label for s in sources]
    # text13: a file's name before the headline (a headline is never the outlet)
    assert labels == ["tallbrook-flood.txt", "harbourside.example", "c.txt", "\u201cTallbrook bridge reopens\u201d"]
    assert not any("unknown outlet" in label for label in labels)
    (alone,), _ = build_sources([ArticleRow(id="z")])
    assert alone.label == "unknown outlet"  # nothing at all to name it by
