"""A speaker pronoun's gender from a first name where the text shows none (trial 26's "..., she told reporters"
after a man was named last): the name dictionary of gender-guesser decides names it is sure of; names of both
genders and surnames alone stay undecided. Invented text. The package is a base dependency (pyproject); where
it is not installed the dictionary tests are skipped and the reader gives no gender."""

from __future__ import annotations

import pytest

from crosswire.facts.first_names import first_name_gender


@pytest.mark.parametrize("word", ["the", "A", "", "X", "van", "O'Neil"])
def test_no_name_has_no_gender(word: str) -> None:
    assert first_name_gender(word) is None


def _speaker(text: str) -> str | None:
    from crosswire.facts.stage import extract_facts
    from crosswire.model import Article, Block

    blocks = [Block("paragraph", p) for p in text.split("\n\n")]
    article = Article(id="x", source="x", content_hash=text, language="en", published="2026-11-19", blocks=blocks)
    facts = extract_facts([article])[0]
    people = {e.id: e.name for e in facts.entities if e.type == "person"}
    quoted = [q for q in facts.quotes if q.text.startswith("We have")]
    return people.get(quoted[0].speaker or "") if quoted else None


@pytest.mark.parametrize(
    ("names", "first", "expected"),
    [
        ({"first": "female", "second": "male"}, ("Carmen Ortega", "Pedro Lanza"), "Carmen Ortega"),
        ({"first": "male", "second": "female"}, ("Tomasz Wrona", "Olena Koval"), "Tomasz Wrona"),
    ],
)
def test_a_pronoun_speaker_takes_the_person_whose_first_name_has_its_gender(names, first, expected) -> None:
    pytest.importorskip("gender_guesser")
    pronoun = "she" if names["first"] == "female" else "he"
    text = (
        f"Harbour chief {first[0]} met the union on Tuesday. Union leader {first[1]} rejected the offer."
        f'\n\n"We have done everything we could," {pronoun} told reporters.'
    )
    assert _speaker(text) == expected


def test_sure_names_only() -> None:
    pytest.importorskip("gender_guesser")
    assert first_name_gender("Carmen") == "female"
    assert first_name_gender("Pedro") == "male"
    assert first_name_gender("Kim") is None  # mostly female: undecided
    assert first_name_gender("Ortega") is None  # a surname
