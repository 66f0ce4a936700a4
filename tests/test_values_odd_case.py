"""The sentence value reader raises nothing on letters that Python's case-insensitive matching folds together.

``re.I`` matches the dotless and dotted i ("ı", "İ") as "i" and the long s ("ſ") as "s", which ``str.lower`` keeps
apart; a table look-up by the matched text then missed ("ſecond" raised ValueError, "Mıdnight" was read as noon).
Property: :func:`read_values` raises nothing on any text, and an odd-case word reads as its plain spelling."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.facts.values import read_values

WORDS = [
    "the",
    "nation's",
    "second",
    "ſecond",
    "fİrst",
    "third",
    "largest",
    "bank",
    "at",
    "Mıdnight",
    "midnight",
    "noon",
    "in",
    "nıght",
    "evening",
    "afternoon",
    "5",
    "p.m.",
    "10:30",
    "voted",
    "7-2",
    "a",
    "fifth",
    "no",
    "one",
    "died",
    ",",
    "Reyes",
    "57",
]


def _none(start: int, end: int) -> str | None:
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_no_text_of_these_words_raises(words: list[str]) -> None:
    read_values(" ".join(words) + ".", 0, _none)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ſıİiIsSnNdDgGhHtT ecofrm0123456789:.'-")), max_size=60))
def test_no_text_of_odd_letters_raises(text: str) -> None:
    read_values(text, 0, _none)


def test_odd_case_words_read_as_their_plain_spelling() -> None:
    def kinds(text: str) -> list[tuple[str, float | None]]:
        return sorted((v.kind, v.value) for v in read_values(text, 0, _none))

    assert kinds("The blast came at Mıdnight on Friday.") == kinds("The blast came at midnight on Friday.")
    assert kinds("It is the nation's ſecond largest bank.") == kinds("It is the nation's second largest bank.")
    assert kinds("They met in the nıght.") == kinds("They met in the night.")
