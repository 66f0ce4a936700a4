"""The data phrases' one convention (:mod:`crosswire.vocab.phrases`): stems, alternatives, whole words, and one
joined search that finds a match wherever one of its phrases does. Invented words and sentences."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.vocab import phrases


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("evacuat-", "residents were evacuated overnight", True),
        ("evacuat-", "the re-evacuated homes", False),  # a hyphen before: part of a word
        ("ordered evacuat-", "police ordered   evacuations", True),
        ("lifted|eased curfew", "the army eased curfew rules", True),
        ("curfew", "curfews", False),  # a whole word, no stem mark
        ("évacu-", "les habitants ont été évacués", True),
        ("эвакуир-", "жителей эвакуировали ночью", True),
    ],
)
def test_alternation_reads_the_convention(phrase: str, text: str, found: bool) -> None:
    assert (phrases.alternation([phrase]).search(text) is not None) is found


def test_longest_phrase_wins() -> None:
    m = phrases.alternation(["fire", "fire brigade"]).search("the fire brigade came")
    assert m is not None and m.group(0) == "fire brigade"


def test_one_search_refuses_a_pattern_not_at_a_word() -> None:
    with pytest.raises(ValueError):
        phrases.one_search([r"fire"])
    assert phrases.one_search([]) is None


WORDS = st.sampled_from(["fire", "fir-", "brigade", "crew", "re-", "cre-", "a|an", "burn-", "de"])
PHRASES = st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=6)
TEXT = st.lists(
    st.sampled_from(["fire", "firemen", "brigade", "crew", "re-fire", "a", "an", "burnt", "de-crew", "x", "-"]),
    max_size=12,
).map(" ".join)


@given(PHRASES, TEXT)
def test_one_search_matches_where_any_phrase_does(words: list[str], text: str) -> None:
    parts = [phrases.WORD_START + phrases.body(p) + phrases.WORD_END for p in words]
    joined = phrases.one_search(parts)
    assert joined is not None
    any_one = any(re.search(p, text) for p in parts)
    assert (joined.search(text) is not None) is any_one
