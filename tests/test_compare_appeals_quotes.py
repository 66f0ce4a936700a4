"""On an invented two-outlet theft story: an appeal to readers is no timeline event; a reported clause is not
cut before its verb; a reported clause that is one quotation is shown as the speaker's own words.

The classes: an imperative or "anyone with information ... contact" sentence dated by the day it names (a
police appeal's reference "of 8 June"); a "that" that is the subject of the reported clause ("said that makes
them hard to sell") taken for the conjunction; a clause wholly inside quotation marks ('said of the town that
"we want ..."') labelled reported.
"""

from __future__ import annotations

import json

import pytest

from crosswire.compare import compare_articles
from crosswire.compare.quotes import verbatim
from crosswire.compare.records import Comparison
from crosswire.facts import extract_facts
from crosswire.model import Article, Block
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

TEXTS = [
    "Thieves broke into the Tarn Gallery in Marlow on Saturday 7 June and took two Ming vases, police said. "
    "Curator Anna Brell said that makes the vases very hard to sell, and that such pieces are often held for "
    'years. Anna Brell said of the town that "we want those vases back in the gallery where they belong." '
    "Call police on 101 quoting reference 0412 of 8 June, or contact Crimestoppers anonymously.",
    "Two Ming vases were stolen from the Tarn Gallery in Marlow on 7 June, Marlow police said. Officers found "
    "the thieves' van burnt out near Marlow on 9 June. Anyone with information about "
    "the raid on 7 June is asked to contact Marlow police. Please ring the Marlow incident line before 20 June "
    "with any sighting of the vases.",
]


@pytest.fixture(scope="module")
def comparison(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    tmp = tmp_path_factory.mktemp("appeals")
    rows = [
        {"id": f"tarn-{i}", "outlet": f"Marlow Outlet {i}", "published": "2025-06-10T09:00:00+00:00", "text": t}
        for i, t in enumerate(TEXTS)
    ]
    path = tmp / "tarn.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(tmp / "tarn.db") as store:
        ingest_paths(store, [path], stories=False)
        return compare_articles(store, [r["id"] for r in rows])


def test_an_appeal_to_readers_is_no_timeline_event(comparison: Comparison) -> None:
    lines = [(t.date, t.text) for t in comparison.timeline]
    texts = " ".join(text for _, text in lines)
    for appeal in ("Call police on 101", "Anyone with information", "Please ring"):
        assert appeal not in texts, lines
    # the events of those days stay: the raid on 7 June, the van found on 9 June
    assert any(d == "2025-06-07" and "Ming vases" in text for d, text in lines), lines
    assert any(d == "2025-06-09" and "van" in text for d, text in lines), lines


def _said(comparison: Comparison, speaker_part: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for s in comparison.who_said_what if speaker_part in s.speaker for q in s.quotes]


def test_a_reported_clause_keeps_the_that_which_is_its_subject(comparison: Comparison) -> None:
    said = _said(comparison, "Brell")
    assert ("reported", "that makes the vases very hard to sell, and that such pieces are often held for years") in said
    assert not any(text.startswith("makes the vases") for _, text in said)


def test_a_clause_that_is_one_quotation_is_the_speakers_own_words(comparison: Comparison) -> None:
    said = _said(comparison, "Brell")
    assert ("direct", "we want those vases back in the gallery where they belong.") in said, said
    assert not any(kind == "reported" and text.startswith('"') for kind, text in said), said


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Officials said that was the worst flood in a decade.", "that was the worst flood in a decade"),
        ("He said that the bridge would reopen on Monday.", "the bridge would reopen on Monday"),
        ("She said that had never happened before in Varrow.", "that had never happened before in Varrow"),
    ],
)
def test_the_conjunction_that_goes_the_subject_that_stays(sentence: str, clause: str) -> None:
    art = Article(id="r", source="r", content_hash="r", blocks=[Block("paragraph", sentence)], language="en")
    quotes = [q.text for q in extract_facts([art])[0].quotes if q.kind == "reported"]
    assert quotes == [clause]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"we need to stick closer to our elder brother."', "we need to stick closer to our elder brother."),
        ("\u201cwe will rebuild\u201d", "we will rebuild"),
        ('he hoped that this had been "overcome."', None),  # words of its own outside the marks
        ('"one," he said, "two"', None),  # two quotations with narration between
        ("the bridge would reopen", None),
    ],
)
def test_verbatim(text: str, words: str | None) -> None:
    assert verbatim(text) == words
