""" "Ever" after a comparison, spelt with a word of negation ("lo más extraño que he visto nunca", "la chose la plus
étrange que j'aie jamais vue", "la cosa più strana che abbia mai visto"), denies nothing: a new user's balloon story
showed a club chairwoman's English and Spanish quote ("the strangest thing I have ever seen") as "one denies what
another states" once her Spanish quote had its speaker. Invented text; near-misses: a verb negation between, an
"ever" right before its verb (a real "never"), no comparison, a plain denial.
"""

from __future__ import annotations

import pytest

from crosswire.compare.quote_polarity import clauses, polarity_apart

STATED = [
    ("es", "lo más extraño que he visto nunca en este estadio"),
    ("es", "el peor partido que hemos jugado jamás"),
    ("fr", "la chose la plus étrange que j'aie jamais vue"),
    ("it", "la cosa più strana che abbia mai visto"),
    ("pt", "o pior dia que vivemos nunca neste clube"),
]
DENIED = [
    ("es", "lo más extraño que no he visto nunca"),
    ("es", "más de 40 personas que nunca habían votado"),
    ("es", "nunca he visto algo así en este estadio"),
    ("fr", "je n'ai jamais vu une chose pareille"),
    ("it", "non ho mai visto niente di simile"),
]


@pytest.mark.parametrize(("language", "text"), STATED)
def test_ever_after_a_comparison_is_stated(language: str, text: str) -> None:
    assert [denied for _clause, denied in clauses(text, language)] == [False]


@pytest.mark.parametrize(("language", "text"), DENIED)
def test_a_real_never_stays_denied(language: str, text: str) -> None:
    assert any(denied for _clause, denied in clauses(text, language))


def test_two_renderings_of_one_superlative_quote_do_not_conflict() -> None:
    english = "It was the strangest thing I have ever seen at this ground."
    assert polarity_apart(english, "en", "lo más extraño que he visto nunca en este estadio", "es") is None
    assert polarity_apart(english, "en", "la cosa più strana che abbia mai visto", "it") is None
