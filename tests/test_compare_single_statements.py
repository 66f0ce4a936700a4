"""A sentence that states nothing of its own is never "only X reports": a lead-in cut at its colon or a question.

Issue 12 lists "captions and dangling fragments ('And the mayor hit back online, writing:') shown as facts".
Fixture: ``tests/fixtures/statements/story.jsonl`` (an invented ferry accident; two English outlets, one German,
one Spanish): the English wire has a mayor's lead-in cut at its colon, then her question, and one fact only it
gives (the port captain's); the German outlet a lead-in and a question, the Spanish one a question. Before the
check the lead-ins and the English question were listed as single-source facts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.records import Comparison, EventItem, QuoteItem
from crosswire.compare.singles import not_statements
from crosswire.model import Evidence
from test_compare_core import compare_fixture, single_sources

FIXTURE = Path(__file__).parent / "fixtures" / "statements" / "story.jsonl"


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Comparison:
    return compare_fixture(tmp_path_factory.mktemp("statements"), FIXTURE)


@pytest.mark.parametrize(
    "words",
    [
        "on social media, writing:",
        "Will the Maritime Safety Board finally inspect",
        "schrieb am Abend in einem Beitrag:",
        "Warum hat die Reederei Fjordlinjen",
        "¿Por qué la naviera Fjordlinjen",
    ],
)
def test_a_lead_in_or_a_question_is_never_singlesource_of(story, words):
    assert single_sources(story, words) == []


def test_the_fact_only_one_source_gives_is_still_listed(story):
    wire = next(a.source for a in story.articles if a.id == "ferry-wire")
    assert single_sources(story, "Port captain Anders Holm said the Nordlys Line had ordered new engines") == [[wire]]


# (sentence, dropped?): any language, closing quotes and brackets after the last mark
SENTENCES = [
    ("And the mayor hit back online, writing:", True),
    ("Le maire a répondu sur les réseaux sociaux :", True),
    ("Премьер-министр написал в своём блоге：", True),
    ("Will the board finally inspect the ferries after this second accident?", True),
    ("¿Por qué no se revisaron los motores?", True),
    ("Kto odpowie za ten wypadek?”", True),
    ("Who pays for the repairs (and when?)", True),
    ("The mayor asked whether the ferries were safe.", False),  # a question reported is a statement
    ("Der Pier bleibt bis zum Wochenende gesperrt.", False),
    ("The harbour reopened at 6:30 on Wednesday morning.", False),  # a colon inside is no lead-in
]


def _event(text: str) -> EventItem:
    return EventItem(summary=text, sources=[1], evidence=[Evidence(article="a", text=text, start=0, end=len(text))])


def _claims() -> ClaimAlignment:
    return ClaimAlignment(units=[], pairs=[], groups=[], canonical={}, agree=0.5, related=0.25)


@pytest.mark.parametrize(("text", "dropped"), SENTENCES)
def test_an_event_ending_at_a_colon_or_a_question_mark_is_dropped(text, dropped):
    assert not_statements([_event(text)], _claims()) == ({0} if dropped else set())


def test_a_speakers_question_quoted_is_their_words_and_kept():
    text = '"Then, why would we go there?" the vice president said.'
    quote = QuoteItem(
        summary='Vice president: "Then, why would we go there?"',
        sources=[1],
        evidence=[Evidence(article="a", text=text, start=0, end=len(text))],
        speaker="Vice president",
    )
    assert not_statements([quote], _claims()) == set()
