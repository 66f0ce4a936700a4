"""Names across grammatical cases, given names, initials and transcriptions (crosswire.facts.linking,
crosswire.facts.name_stems, crosswire.facts.sound, crosswire.compare.names): one test per class of name with
invented people, and beside each rule a pair of different people it must keep apart."""

from __future__ import annotations

import pytest

from crosswire.compare.names import _declined, _shape
from crosswire.facts.linking import link_entities
from crosswire.facts.name_stems import case_stem
from crosswire.facts.records import ArticleFacts, Entity, Mention
from crosswire.facts.sound import sound_key


def _ids(names: list[tuple[str, str]]) -> list[str]:
    facts = [
        ArticleFacts(f"a{i}", language=lang, entities=[Entity("e1", n, "person", [Mention(n, 0, len(n), 0, len(n))])])
        for i, (lang, n) in enumerate(names)
    ]
    out = link_entities(facts)
    return [out[(f"a{i}", "e1")] for i in range(len(names))]


# Slavic case forms: Polish, Czech, Ukrainian and Slovene decline a foreign name like their own.
@pytest.mark.parametrize(
    ("word", "language", "stem"),
    [
        ("wirbelem", "cs", "wirbel"),
        ("wirbela", "pl", "wirbel"),
        ("wirbelovi", "cs", "wirbel"),
        ("virbelu", "uk", "virbel"),
    ],
)
def test_case_stem_takes_the_case_ending_off(word: str, language: str, stem: str) -> None:
    assert case_stem(word, language) == stem


def test_case_stem_leaves_short_words_and_languages_without_endings() -> None:
    assert case_stem("dana", "pl") == "dana"  # "dan" would be under MIN_STEM
    assert case_stem("wirbela", "en") == "wirbela"


def test_one_person_in_several_cases_and_scripts() -> None:
    ids = _ids(
        [
            ("en", "Tomas Wirbel"),
            ("pl", "Tomasza Wirbela"),
            ("uk", "Томаса Вірбеля"),
            ("cs", "Wirbelem"),
            ("pl", "Wirbela"),
        ]
    )
    assert len(set(ids)) == 1, ids


def test_a_surname_made_of_a_given_name_is_not_that_name() -> None:
    # "Radan" alone is the given name of Radan Merk, whom the coverage is about, not the family name Radanov
    ids = _ids([("bg", "Иво Раданов"), ("en", "Ivo Radanov"), *_mentioned("Radan Merk", "Радан Мерк"), ("pl", "Radan")])
    assert ids[0] == ids[1] and len(set(ids[2:])) == 1
    assert ids[-1] != ids[0]


# Feminine and masculine forms of one family name: one family, two people (documented in name_stems).
def test_husband_and_wife_stay_two_people_and_a_lone_surname_goes_to_its_exact_form() -> None:
    ids = _ids(
        [
            ("ru", "Сергей Волнов"),
            ("en", "Sergei Volnov"),
            ("ru", "Анна Волнова"),
            ("en", "Anna Volnova"),
            ("pl", "Volnova"),
            ("pl", "Volnov"),
        ]
    )
    assert ids[0] == ids[1] != ids[2] == ids[3]
    assert ids[4] == ids[2] and ids[5] == ids[0]


# A given name alone is placed on the one person of that given name written in other languages, when the
# coverage is about that person (FIRST_ALONE_MEMBERS mentions).
def _mentioned(latin: str, cyrillic: str) -> list[tuple[str, str]]:
    """One person in eight articles, in Latin letters and in Cyrillic."""
    return [("en", latin), ("bg", cyrillic), ("pl", latin), ("ru", cyrillic)] * 2


def test_a_lone_given_name_joins_the_one_person_named_so() -> None:
    ids = _ids([*_mentioned("Teodora Lisk", "Теодора Лиск"), ("ru", "Теодора")])
    assert len(set(ids)) == 1, ids


# A person mentioned only twice still takes a given name alone when no other person of the collection carries
# that name or one close to it, in any language (SingleWords._only_carrier).
def test_a_lone_given_name_of_the_only_person_named_so_joins_them() -> None:
    ids = _ids([("en", "Teodora Lisk"), ("bg", "Теодора Лиск"), ("ru", "Теодора")])
    assert len(set(ids)) == 1, ids


def test_a_lone_given_name_close_to_another_persons_is_not_placed() -> None:
    # "Jorin" is spelt otherwise than "Джорин" but sounds the same: the lone name may be his, and is left alone
    ids = _ids([("ru", "Джорин Лиск"), ("bg", "Джорин Лиск"), ("sl", "Jorin Vamb"), ("uk", "Джорин")])
    assert ids[3] not in {ids[0], ids[2]} and ids[0] == ids[1]
    assert len(set(_ids([("ru", "Джорин Лиск"), ("bg", "Джорин Лиск"), ("uk", "Джорин")]))) == 1


def test_a_lone_given_name_written_only_in_its_persons_language_is_not_placed() -> None:
    ids = _ids([("ru", "Теодора Лиск"), ("ru", "Теодора Лиск"), ("ru", "Теодора")])
    assert ids[2] != ids[0]


def test_a_lone_given_name_of_two_people_is_not_placed() -> None:
    people = [*_mentioned("Teodora Lisk", "Теодора Лиск"), *_mentioned("Teodora Vamb", "Теодора Вамб")]
    ids = _ids([*people, ("pl", "Teodora")])
    assert ids[-1] not in {ids[0], ids[-2]}


def test_english_only_input_does_not_place_a_lone_given_name() -> None:
    ids = _ids([("en", "Teodora Lisk"), ("en", "Teodora Lisk"), ("en", "Teodora")])
    assert ids[2] != ids[0]


# Middle names: another source may keep only the middle one.
def test_a_middle_name_is_a_given_name() -> None:
    ids = _ids([("pl", "Edmund Crane"), ("ru", "Эдмунд Крейн"), ("sl", "Piers Edmund Talbot Crane")])
    assert len(set(ids)) == 1, ids


def test_two_given_names_without_the_long_form_stay_two_people() -> None:
    ids = _ids([("pl", "Edmund Crane"), ("ru", "Эдмунд Крейн"), ("sl", "Piers Crane")])
    assert ids[0] == ids[1] != ids[2]


# Initials: a Cyrillic "Дж." is the initial of "J".
def test_an_initial_without_a_vowel_is_an_initial() -> None:
    ids = _ids([("en", "James Brantley"), ("ru", "Джеймс Брэнтли"), ("ru", "Дж. Брэнтли"), ("en", "Martin Brantley")])
    assert ids[0] == ids[1] == ids[2] != ids[3]


# Transcriptions the consonant key reads: Greek "ch", English "w" as Cyrillic "у", English "-tes".
@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Michael", "en", "Майкл", "ru"),
        ("Christopher", "pl", "Кристофер", "bg"),
        ("Wilbraham", "en", "Уилбрахам", "ru"),
        ("Yeates", "en", "Йейтс", "ru"),
    ],
)
def test_transcriptions_share_a_consonant_key(a: str, la: str, b: str, lb: str) -> None:
    assert sound_key(a, la) == sound_key(b, lb) != ""


@pytest.mark.parametrize(
    ("a", "b"), [("Tusk", "Zak"), ("Michael", "Michał"), ("Thatcher", "Tacker"), ("Uilbraham", "Wilbraham")]
)
def test_different_names_keep_their_consonant_keys_apart(a: str, b: str) -> None:
    assert sound_key(a, "pl") != sound_key(b, "pl")  # a Latin "u" before a vowel stays a vowel


# Name variants in a comparison: a declined form is not a second spelling; two nominatives are.
def test_a_declined_name_is_not_a_spelling_variant() -> None:
    assert _declined(_shape("Donalda Trumpa"), "pl", _shape("Donald Trump"), "en")
    assert _declined(_shape("Путіна Володимира"), "uk", _shape("Путін Володимир"), "uk")


def test_two_spellings_in_the_nominative_stay_variants() -> None:
    assert not _declined(_shape("Alexander Lukashenka"), "be", _shape("Alexander Lukashenko"), "en")
    assert not _declined(_shape("Путин Владимир"), "ru", _shape("Putin Vladimir"), "en")
