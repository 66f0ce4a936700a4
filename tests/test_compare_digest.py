"""A digest page's paragraphs about other stories are never "only X reports" of the story compared.

A morning newsletter gathers several stories, one paragraph each; compared with the reports of one of them, its
other paragraphs were listed as the newsletter's own facts of that story (issue 12; on the alignment bench's tune
half a tech newsletter beside three reports of WeWork's layoffs showed T-Mobile's, Amazon's, Alibaba's, Google's
and Valve's news as single-source facts). Fixture: ``tests/fixtures/digest/story.jsonl``, invented: two reports of
a van recall (one with an analyst's side paragraph) and a business briefing whose second paragraph is the recall
and whose four others are other companies' news.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.records import Comparison
from crosswire.compare.singles import DIGEST_MIN_PARAGRAPHS, DIGEST_SHARE, _paragraphs
from test_compare_core import compare_fixture, single_sources

FIXTURE = Path(__file__).parent / "fixtures" / "digest" / "story.jsonl"


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Comparison:
    return compare_fixture(tmp_path_factory.mktemp("digest"), FIXTURE)


@pytest.mark.parametrize(
    "words",
    [
        "Orlin Foods chief executive Marta Vell is stepping down",
        "She will hand over to finance chief Tobias Grue",
        "Calder Bank has agreed to buy the payments startup Quillpay",
        "Brightwave Telecom denied reports",
        "Spokesman Elio Sand called the claims false",
        "Novum Games said its next title",
        "Studio head Priya Tamm",
    ],
)
def test_the_digests_other_stories_are_not_listed(story, words):
    assert single_sources(story, words) == []


def test_the_digests_paragraph_on_the_story_still_counts_as_a_source(story):
    digest = next(a.source for a in story.articles if a.id == "recall-digest")
    recalled = [it for it in story.agreed if "40,000" in it.summary]
    assert recalled and digest in recalled[0].sources


def test_a_reports_side_paragraph_is_no_digest(story):
    # the wire's analyst paragraph names people no one else names, one paragraph of four: still listed
    wire = next(a.source for a in story.articles if a.id == "recall-wire")
    assert [it.sources for it in story.single_source if "30 million" in it.summary] == [[wire]]


def test_paragraph_offsets_and_bars():
    body = "One.\n\nTwo two.\n\n\n\nThree."
    spans = _paragraphs(body)
    assert [body[s:e] for s, e in spans] == ["One.", "Two two.", "", "Three."]
    assert DIGEST_MIN_PARAGRAPHS == 3 and DIGEST_SHARE == 0.5
