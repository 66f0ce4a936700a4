"""A role noun before a name is the person's role, never a word of the name ("Verteidiger Tobias Wren", a new user's
court story showed it as a name variant of Tobias Wren), in every language the light tier reads; and a story's
name typed a person in most of its mentions is a person where one article's name model typed it otherwise (a new
user's rescue story: "said Ilse Varnholt, commander of ..." typed as an organisation). Every text here is invented
(roles36)."""

from __future__ import annotations

import pytest

from crosswire.facts.languages import extract_article
from crosswire.facts.linking import link_entities, person_key, story_persons
from crosswire.facts.records import ArticleFacts, Entity, Mention
from crosswire.model import Article, Block


def _people(text: str, language: str) -> list[tuple[str, list[str]]]:
    article = Article(id="x", source="x", content_hash="x", blocks=[Block("paragraph", text)], language=language)
    return [(e.name, e.roles) for e in extract_article(article, language).entities if e.type == "person"]


@pytest.mark.parametrize(
    ("language", "text", "role"),
    [
        ("de", "Verteidiger Jonas Amberg kündigte am Montag an, gegen das Urteil vorzugehen.", "verteidiger"),
        ("de", "Der Fall sei klar, sagte Verteidigerin Jonas Amberg nach der Verhandlung.", "verteidigerin"),
        ("de", "Kellners Verteidiger Jonas Amberg kündigte an, in Berufung zu gehen.", "verteidiger"),
        ("de", "Staatsanwältin Jonas Amberg forderte acht Jahre Haft für den Angeklagten.", "staatsanwältin"),
        ("de", "Rechtsanwalt Jonas Amberg sprach von einem politischen Prozess.", "rechtsanwalt"),
        ("de", "Starverteidiger Jonas Amberg sprach von einem politischen Prozess.", None),
        ("pl", "Mecenas Jonas Amberg powiedział, że jego klient złoży apelację.", "mecenas"),
        ("pl", "Prokurator Jonas Amberg zażądał dla oskarżonego ośmiu lat więzienia.", "prokurator"),
        ("pl", "Sędzia Jonas Amberg odczytała wyrok w pustej sali.", "sędzia"),
        ("es", "Abogado Jonas Amberg anunció que recurrirá la sentencia ante el Supremo.", "abogado"),
        ("it", "Avvocato Jonas Amberg ha annunciato ricorso in appello contro la sentenza.", "avvocato"),
    ],
)
def test_a_role_noun_before_a_name_is_no_word_of_it(language, text, role):
    people = _people(text, language)
    assert [n for n, _r in people] == ["Jonas Amberg"], people
    if role is not None:
        assert role in people[0][1], people


def _entity(eid: str, name: str, etype: str, mentions: int = 1) -> Entity:
    return Entity(
        id=eid,
        name=name,
        type=etype,  # type: ignore[arg-type]
        mentions=[Mention(name, i * 100, i * 100 + len(name), i * 100, i * 100 + 50) for i in range(mentions)],
    )


def test_a_name_typed_a_person_in_most_mentions_is_a_person():
    facts = [
        ArticleFacts("a1", "en", entities=[_entity("e1", "Ilse Varnholt", "organisation")]),
        ArticleFacts("a2", "de", entities=[_entity("e1", "Ilse Varnholt", "person", 2)]),
        ArticleFacts("a3", "pl", entities=[_entity("e1", "Ilse Varnholt", "person")]),
    ]
    assert story_persons(facts) == frozenset({person_key("Ilse Varnholt", "en")})  # "i varnholt"
    ids = link_entities(facts)
    assert ids[("a1", "e1")] == ids[("a2", "e1")] == "person:Ilse Varnholt", ids


@pytest.mark.parametrize(
    "facts",
    [
        # a name the story types an organisation in most mentions stays one
        [
            ArticleFacts("a1", "en", entities=[_entity("e1", "Marlow Brothers", "organisation", 3)]),
            ArticleFacts("a2", "de", entities=[_entity("e1", "Marlow Brothers", "person")]),
        ],
        # one word is never retyped ("Halden" the town and "Halden" a surname)
        [
            ArticleFacts("a1", "en", entities=[_entity("e1", "Halden", "organisation")]),
            ArticleFacts("a2", "de", entities=[_entity("e1", "Halden", "person", 3)]),
        ],
        # a name typed a place anywhere is left as typed
        [
            ArticleFacts("a1", "en", entities=[_entity("e1", "San Teodoro", "organisation")]),
            ArticleFacts("a2", "it", entities=[_entity("e1", "San Teodoro", "place")]),
            ArticleFacts("a3", "es", entities=[_entity("e1", "San Teodoro", "person", 3)]),
        ],
    ],
)
def test_a_name_typed_otherwise_by_the_story_keeps_its_type(facts):
    ids = link_entities(facts)
    assert not ids[("a1", "e1")].startswith("person:"), ids
