"""A reported clause that stands for words outside it is marked (``Quote.anaphoric``) and never shown as
someone's statement: shown alone under the speaker's name ("there is no need for that yet") it names nothing a
reader could check. Invented sentences for each form of the class (a demonstrative pronoun, "do so", "the
two") and for its look-alikes that read on their own (a demonstrative determiner, a relative "that", a
personal pronoun naming the speaker); then a two-outlet story compared end to end.
"""

from __future__ import annotations

import pytest

from crosswire.compare.records import Comparison
from crosswire.facts import extract_facts
from crosswire.model import Article, Block
from test_compare_core import compare_texts


def _reported(sentence: str) -> list[tuple[str, bool]]:
    art = Article(id="r", source="r", content_hash="r", blocks=[Block("paragraph", sentence)], language="en")
    return [(q.text, q.anaphoric) for q in extract_facts([art])[0].quotes if q.kind == "reported"]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The minister promised to send extra police to Varrow if the protests turn violent, noting that "
            "there is no need for that yet.",
            "there is no need for that yet",
        ),
        ("The mayor said he hoped that this had been overcome.", "he hoped that this had been overcome"),
        (
            "Engineers said those would have to be replaced within a year.",
            "those would have to be replaced within a year",
        ),
        ("The council said it would do so by the end of the month.", "it would do so by the end of the month"),
        ("The mayor said the board would not discuss it.", "the board would not discuss it"),
        ("Geologists said it was too early to say whether the two were connected.", None),
    ],
)
def test_a_clause_resting_on_words_outside_it_is_marked(sentence: str, clause: str | None) -> None:
    found = _reported(sentence)
    assert found, sentence
    assert all(anaphoric for _text, anaphoric in found), found
    if clause is not None:
        assert clause in [text for text, _ in found], found


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said this year's budget would pay for two new bridges over the Tarn.",
        "Officials said the measures that were taken in March had cut flooding in Varrow by half.",
        "Anna Brell said she was thrown from her bed when the shaking started.",
        "The council said the two bridges over the Tarn would reopen on Monday.",
        "The mayor said the council had made it clear that the vote would go ahead.",
        "The owner said the company found it hard to hire drivers in Varrow.",
        "The mayor said it was too early to tell how long the repairs would take.",
    ],
)
def test_a_clause_that_reads_on_its_own_is_not_marked(sentence: str) -> None:
    found = _reported(sentence)
    assert found, sentence
    assert not any(anaphoric for _text, anaphoric in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked whether a ferry would run in the meantime, the mayor declined to comment.",
        "The senator asked whether the plan to close the Tarn bridge was legal.",
        "Reporters asked if the bridge over the Tarn would reopen on Monday.",
    ],
)
def test_a_question_put_is_no_statement(sentence: str) -> None:
    assert _reported(sentence) == []


def test_a_condition_is_part_of_a_statement() -> None:
    found = _reported("The mayor said if the river rises again, the bridge will close for a month.")
    assert [text for text, _ in found] == ["if the river rises again, the bridge will close for a month"]


STORY_A = (
    "The Varrow council voted on Monday to close the Tarn bridge for repairs, the town's mayor, Petra Hallam, "
    "said.\n\nHallam said the repairs would take three weeks and cost about 400,000 euros.\n\nAsked whether a "
    "ferry would run in the meantime, Hallam said there was no need for that yet."
)
STORY_B = (
    "Varrow's Tarn bridge will close for three weeks of repairs, mayor Petra Hallam said on Monday.\n\nHallam "
    "said the council had set aside about 400,000 euros for the work.\n\nShe said she hoped that this would be "
    "the last closure for a decade."
)


@pytest.fixture(scope="module")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [("a", "Varrow Post", "2025-06-10", STORY_A), ("b", "Tarn Courier", "2025-06-10", STORY_B)]
    return compare_texts(tmp_path_factory.mktemp("bridge"), rows)


def test_who_said_what_shows_statements_that_read_on_their_own(bridge: Comparison) -> None:
    said = [q.text for s in bridge.who_said_what if "Hallam" in s.speaker for q in s.quotes]
    assert any("three weeks" in text for text in said), said
    assert not any("no need for that" in text or "this would be" in text for text in said), said
    assert not any(text.startswith("whether") for text in said), said
    assert not any(
        "no need for that" in ev.text
        for item in bridge.single_source
        for ev in item.evidence
        if getattr(item, "speaker", None)
    ), [i.summary for i in bridge.single_source]
