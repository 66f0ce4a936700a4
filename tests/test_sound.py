"""The consonant key names are linked by across scripts, and the linker's cross-language joins."""

from __future__ import annotations

import pytest

from crosswire.facts.linking import link_entities
from crosswire.facts.records import ArticleFacts, Entity, Mention
from crosswire.facts.sound import sound_key


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Thatcher", "pl", "Тачър", "bg"),
        ("Gove", "cs", "Гав", "bg"),
        ("Jean-Claude", "sl", "Жан-Клод", "ru"),
        ("Verhofstadt", "cs", "Верховстадт", "bg"),
        ("Hunt", "cs", "Гант", "uk"),
        ("Juncker", "pl", "Юнкер", "ru"),
    ],
)
def test_one_name_in_two_scripts_has_one_key(a: str, la: str, b: str, lb: str) -> None:
    assert sound_key(a, la) == sound_key(b, lb) != ""


@pytest.mark.parametrize(("a", "b"), [("Johnson", "Jones"), ("Cameron", "Corbyn"), ("Сергей", "Юлия")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert sound_key(a) != sound_key(b)


def _facts(names: list[tuple[str, str]]) -> list[ArticleFacts]:
    return [
        ArticleFacts(f"a{i}", language=lang, entities=[Entity("e1", n, "person", [Mention(n, 0, len(n), 0, len(n))])])
        for i, (lang, n) in enumerate(names)
    ]


def test_a_person_written_in_two_scripts_is_one_and_a_lone_surname_joins_it() -> None:
    names = [("bg", "Ги Верхофстад"), ("cs", "Guy Verhofstadt"), ("pl", "Verhofstadt"), ("ru", "Ги Верхофстадт")]
    ids = link_entities(_facts(names))
    assert len({ids[(f"a{i}", "e1")] for i in range(len(names))}) == 1


def test_a_single_word_does_not_join_by_its_consonants_alone() -> None:
    names = [("pl", "Tony Blair"), ("sl", "Tony Blair"), ("cs", "Bulhaři")]
    ids = link_entities(_facts(names))
    assert ids[("a2", "e1")] != ids[("a0", "e1")] == ids[("a1", "e1")]


def test_english_people_of_one_surname_stay_apart() -> None:
    names = [("en", "Joe Biden"), ("en", "Hunter Biden"), ("en", "Biden")]
    ids = link_entities(_facts(names))
    assert ids[("a0", "e1")] != ids[("a1", "e1")]
