"""names14: one person across scripts, grammatical cases and titles (invented names; a new user's pipeline and
airline trials showed "Мирослав Геденко" as a second speaker beside "Miroslav Hedenko", "Лестрии Илоны Браско" as a
spelling of Ilona Brasko, and no entry for "Prof. Kasimir Oradek" / "Kasimir Oradek")."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.roles import _generic_fits
from crosswire.compare.names import _title
from crosswire.facts.languages.russian import _place_head_dropped
from crosswire.facts.languages.slovnet_ner import NerSpan
from crosswire.facts.linking import link_entities
from crosswire.facts.records import ArticleFacts, Entity, Mention
from crosswire.vocab.names import title_before
from invented import article_facts


def _facts(article: str, language: str, *names: str) -> ArticleFacts:
    entities = [
        Entity(id=f"e{i}", name=n, type="person", mentions=[Mention(n, 0, len(n), 0, len(n))])
        for i, n in enumerate(names)
    ]
    return ArticleFacts(article=article, language=language, entities=entities)


def _ids(*facts: ArticleFacts) -> dict[tuple[str, str], str]:
    return link_entities(list(facts))


# -- one person across scripts: Russian writes a foreign H with "Г" ------------------------------------------------


@pytest.mark.parametrize(
    ("latin", "cyrillic", "language"),
    [
        ("Miroslav Hedenko", "Мирослав Геденко", "ru"),
        ("Halina Horvatek", "Галина Горватек", "ru"),
        ("Henrik Holmsten", "Хенрик Гольмстен", "ru"),  # the first name in "Х", the surname in "Г"
        ("Hana Hribarova", "Хана Грибарова", "bg"),
    ],
)
def test_a_cyrillic_ghe_for_a_foreign_h_is_one_person(latin: str, cyrillic: str, language: str) -> None:
    ids = _ids(_facts("a", "en", latin), _facts("b", language, cyrillic))
    assert ids[("a", "e0")] == ids[("b", "e0")]


def test_two_people_sharing_a_surname_across_scripts_stay_two() -> None:
    ids = _ids(_facts("a", "en", "Miroslav Hedenko"), _facts("b", "ru", "Анна Геденко"))
    assert ids[("a", "e0")] != ids[("b", "e0")]


def test_an_unrelated_g_name_stays_apart() -> None:
    ids = _ids(_facts("a", "en", "Miroslav Hedenko"), _facts("b", "ru", "Мирослав Гаевский"))
    assert ids[("a", "e0")] != ids[("b", "e0")]


# -- a country's or a body's noun in the genitive before a Russian name is no part of it ---------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Переговоры премьер-министра Корвании Илоны Марек продолжались весь день.", "Илона Марек"),
        ("Визит президента Франции Эмманюэля Макрона перенесли.", "Эмманюэль Макрон"),
        ("Слова главы Газпрома Алексея Миллера вызвали споры.", "Алексей Миллер"),
        ("Визит премьера Валдении Дарьи Стенберг отложили.", "Дарья Стенберг"),
    ],
)
def test_a_genitive_place_before_a_russian_name_is_left_out(sentence: str, name: str) -> None:
    facts = article_facts("ru", sentence, published="2026-12-02")
    people = [e.name for e in facts.entities if e.type == "person"]
    assert name in people, people
    assert not any(len(p.split()) > 2 for p in people), people


def test_a_surname_first_russian_name_keeps_its_surname() -> None:
    text = "Суд допросил Иванова Ивана Петровича в понедельник, затем Марии Анны Ковальской."
    spans = [
        NerSpan(text.index("Иванова"), text.index(" в понедельник"), "PER"),
        NerSpan(text.index("Марии"), len(text) - 1, "PER"),
    ]
    assert _place_head_dropped(text, spans) == spans


# -- titles: no part of the name, but how a source writes it -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Energieminister Prof. Kasimir Oradek", "Prof."),
        ("Vorstandschef Dr. Henrik Aalto", "Dr."),
        ("die Ärztin Dr. med. Anna Weber", "Dr. med."),
        ("selon le Pr Anne Morel", "Pr"),
        ("ha detto la dott.ssa Giulia Neri", "dott.ssa"),
        ("powiedział dr inż. Jan Kowal", "dr inż."),
        ("заявил проф. Иван Петров", "проф."),
        ("según el Dr. Luis Ferrán", "Dr."),
    ],
)
def test_a_title_before_a_name_is_read(text: str, title: str) -> None:
    name = " ".join(text.split()[-2:])
    assert title_before(text, text.index(name)) == title


@pytest.mark.parametrize(
    "text",
    ["Chief executive Henrik Aalto", "the dentist Anna Weber", "Drive Anna Weber", "Ms Anna Weber", "Prodr Anna Weber"],
)
def test_no_title_is_read_where_none_stands(text: str) -> None:
    name = " ".join(text.split()[-2:])
    assert title_before(text, text.index(name)) is None


def test_a_titled_mention_gives_the_spelling_its_title() -> None:
    body = "Dravoniens Energieminister Prof. Kasimir Oradek wies den Vorwurf zurück. Oradek sagte das."
    start = body.index("Kasimir")
    e = Entity(
        id="e1",
        name="Kasimir Oradek",
        type="person",
        mentions=[Mention("Kasimir Oradek", start, start + 14, 0, 70), Mention("Oradek", 72, 78, 72, 90)],
    )
    assert _title(e, body) == "Prof."
    plain = Entity(id="e2", name="Kasimir Oradek", type="person", mentions=[Mention("Kasimir Oradek", 0, 14, 0, 20)])
    assert _title(plain, "Kasimir Oradek said so.") is None


# -- a generic "head" title is compatible with a body's top post ---------------------------------------------------


@pytest.mark.parametrize("word", ["глава", "голова", "head", "chief", "jefe", "szef", "capo", "chef"])
def test_the_head_of_a_company_is_its_chief_executive(word: str) -> None:
    assert _generic_fits(word, "chief_executive")


@pytest.mark.parametrize("concept", ["prosecutor", "judge", "spokesperson", "lawyer", "pilot"])
def test_a_head_is_no_other_post(concept: str) -> None:
    assert not _generic_fits("глава", concept)


# -- Ukrainian: a feminine title opening a sentence, then the country, then the person ---------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Прем'єр-міністерка Корванії Ілона Марек назвала домовленість кроком уперед.", "Ілона Марек"),
        ("Премʼєр-міністерка Корванії Ілона Марек заявила, що угоду підписано.", "Ілона Марек"),
        ("Міністерка Дарина Стельмах заявила, що угоду підписано.", "Дарина Стельмах"),
    ],
)
def test_a_ukrainian_feminine_title_is_no_part_of_the_name(sentence: str, name: str) -> None:
    facts = article_facts("uk", sentence, published="2026-12-02")
    assert name in [e.name for e in facts.entities if e.type == "person"], facts.entities
