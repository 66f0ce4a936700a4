"""Names linked across scripts and spellings (crosswire.facts.linking), every spelling kept as written."""

from __future__ import annotations

import pytest

from crosswire.facts.linking import link_entities, skeleton
from crosswire.facts.records import ArticleFacts, Entity, Mention


def _facts(names: list[tuple[str, str]]) -> list[ArticleFacts]:
    return [
        ArticleFacts(f"a{i}", language=lang, entities=[Entity("e1", n, "person", [Mention(n, 0, len(n), 0, len(n))])])
        for i, (lang, n) in enumerate(names)
    ]


@pytest.mark.parametrize(
    "names",
    [
        [
            ("en", "Svetlana Tikhanovskaya"),
            ("en", "Sviatlana Tsikhanouskaya"),
            ("ru", "Светлана Тихановская"),
            ("be", "Святлана Ціханоўская"),
            ("uk", "Світлана Тихановська"),
        ],
        [("en", "Viktor Yushchenko"), ("de", "Viktor Juschtschenko"), ("uk", "Віктор Ющенко")],
        [("en", "Yulia Tymoshenko"), ("fr", "Ioulia Timochenko"), ("ru", "Юлия Тимошенко")],
        [("en", "Angela Merkel"), ("cs", "Angela Merkelová"), ("ru", "Ангела Меркель")],
        [("en", "Donald Trump"), ("ru", "Дональд Трамп"), ("bg", "Доналд Тръмп")],
        [("en", "Boris Johnson"), ("ru", "Борис Джонсон"), ("pl", "Boris Johnson")],
        [("en", "Theresa May"), ("ru", "Тереза Мэй")],
    ],
)
def test_one_person_across_scripts(names: list[tuple[str, str]]) -> None:
    ids = set(link_entities(_facts(names)).values())
    assert len(ids) == 1, ids


def test_different_people_stay_apart() -> None:
    names = [
        ("en", "Boris Johnson"),
        ("ru", "Борис Джонсон"),
        ("en", "Boyko Borisov"),
        ("bg", "Бойко Борисов"),
        ("en", "Donald Tusk"),
        ("ru", "Дональд Трамп"),
    ]
    ids = link_entities(_facts(names))
    assert ids[("a0", "e1")] == ids[("a1", "e1")]
    assert ids[("a2", "e1")] == ids[("a3", "e1")]
    assert len({ids[("a0", "e1")], ids[("a2", "e1")], ids[("a4", "e1")], ids[("a5", "e1")]}) == 4


def test_skeleton_transliterates_and_keeps_latin_names() -> None:
    assert skeleton("Тихановская") == skeleton("Tikhanovskaya")
    assert skeleton("Ціханоўская", "be") == skeleton("Tsikhanouskaya")
    assert skeleton("Schewtschenko", "de") == skeleton("Shevchenko")
    assert skeleton("Merkelová", "cs") == skeleton("Merkel")
    assert skeleton("Biden") == "biden"


def test_every_spelling_kept_as_written() -> None:
    facts = _facts([("en", "Svetlana Tikhanovskaya"), ("be", "Святлана Ціханоўская")])
    assert [f.entities[0].name for f in facts] == ["Svetlana Tikhanovskaya", "Святлана Ціханоўская"]
    assert len(set(link_entities(facts).values())) == 1
