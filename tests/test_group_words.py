"""Words for a country's people or a party's members that Slavic NER calls persons (crosswire.facts.group_words):
linked to the country or party across languages, never to a person of a similar name, and never for English."""

from __future__ import annotations

import pytest

from crosswire.facts.group_words import group_of
from crosswire.facts.linking import link_entities
from crosswire.facts.records import ArticleFacts, Entity, Mention


def _ids(names: list[tuple[str, str, str]]) -> list[str]:
    facts = [
        ArticleFacts(f"a{i}", language=lang, entities=[Entity("e1", n, etype, [Mention(n, 0, len(n), 0, len(n))])])
        for i, (lang, n, etype) in enumerate(names)
    ]
    out = link_entities(facts)
    return [out[(f"a{i}", "e1")] for i in range(len(names))]


@pytest.mark.parametrize(
    ("name", "language", "group"),
    [
        ("британцы", "ru", ("place", "United Kingdom")),
        ("Brytyjczyk", "pl", ("place", "United Kingdom")),
        ("Angličané", "cs", ("place", "United Kingdom")),
        ("Němci", "cs", ("place", "Germany")),
        ("германци", "bg", ("place", "Germany")),
        ("Bułgarzy", "pl", ("place", "Bulgaria")),
        ("Francozi", "sl", ("place", "France")),
        ("toryové", "cs", ("organisation", "Conservative Party")),
        ("тори", "bg", ("organisation", "Conservative Party")),
        ("Konserwatyści", "pl", ("organisation", "Conservative Party")),
        ("лейбористы", "ru", ("organisation", "Labour Party")),
        ("liberální demokraté", "cs", ("organisation", "Liberal Democrats")),
        ("британский народ", "ru", ("place", "United Kingdom")),  # an adjective before a noun for its people
        ("niemieccy obywatele", "pl", ("place", "Germany")),
        ("konzervativní poslanci", "cs", ("organisation", "Conservative Party")),
    ],
)
def test_group_words_name_their_country_or_party(name: str, language: str, group: tuple[str, str]) -> None:
    assert group_of(name, language) == group


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Ivan Polak", "cs"),  # a full name whose surname is a demonym is a person's
        ("Polakowski", "pl"),  # a surname made from one: its ending is not a demonym's
        ("Britští lordi", "cs"),  # an adjective before a noun is a body of the country, not its people
        ("британские министры", "ru"),
        ("британский посол", "ru"),  # one ambassador, not the British
        ("konzervativní noviny", "cs"),  # a newspaper, not the party's members
        ("Greta", "sl"),  # a given name that starts like a demonym
        ("Brytyjczycy", "en"),  # the table lists the languages it applies to; English is handled elsewhere
        ("Brytyjczycy", None),
    ],
)
def test_names_that_are_not_group_words(name: str, language: str | None) -> None:
    assert group_of(name, language) is None


def test_group_words_link_across_languages_to_the_country_and_never_to_a_person() -> None:
    ids = _ids(
        [
            ("ru", "британцы", "person"),
            ("pl", "Brytyjczycy", "person"),
            ("en", "the United Kingdom", "place"),  # the country itself, met as a place in another article
            ("cs", "Ivan Polak", "person"),
            ("pl", "Polacy", "person"),
            ("sl", "Poljaki", "person"),
        ]
    )
    assert ids[0] == ids[1] == ids[2] == "place:United Kingdom"  # the name first met
    assert ids[4] == ids[5] != ids[3]
    assert ids[3] == "person:Ivan Polak"


def test_party_words_link_across_languages_apart_from_the_country() -> None:
    ids = _ids([("cs", "toryové", "person"), ("ru", "тори", "person"), ("bg", "британци", "person")])
    assert ids[0] == ids[1] == "organisation:Conservative Party"
    assert ids[2] != ids[0]


def test_english_person_entities_take_the_person_path() -> None:
    ids = _ids([("en", "Britons", "person"), ("en", "Zora Polak", "person")])
    assert ids == ["person:Britons", "person:Zora Polak"]
