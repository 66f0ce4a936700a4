"""Names against common words in the languages read without a NER model, and Russian names' base forms, found
by a new user's German and Russian coverage of an invented bank collapse and fixed by class; every text here
is invented (outlets, people, places):

- German capitalises every noun: a capitalised dictionary noun alone ("Eingang", "Polizist", "Jahr") is no
  name unless it is the surname of a person named in full in the article; a run of nouns in an inflected form
  ("Milliarden Kronen") is no name; a sentence's first word that the language writes in lower case
  ("Kleinere", "Wczoraj", "Ayer", "Вчора") does not open a name; a German count noun before a name is not part
  of it ("Der Augenzeuge Malte Berger"), nor before a month a name at all ("Anfang Mai");
- an organisation word makes a run an organisation, not a person ("Kessinger Kreditkasse", "Ministerstwo
  Finansów", "Banco Central");
- Russian: an adjective-led name takes its head noun's gender in the nominative (not "Тарское сберегательное
  банк"), a complement after the head stays in the genitive, an adjective tagged as a person before a body's
  noun is that body ("крах Тарского банка"), and a name in guillemets is no quote («Северным курьером»).
"""

from __future__ import annotations

import sys

import pytest

from crosswire.facts.languages.common_words import german_noun, lower_word, organisation_word
from crosswire.facts.records import ArticleFacts
from crosswire.model import Article, Block
from test_lang_light_classes import _facts

PUBLISHED = "2026-05-15"


def _named(facts: ArticleFacts) -> dict[str, str]:
    return {e.name: e.type for e in facts.entities}


GERMAN = (
    "Die Finanzaufsicht hat der Kessinger Kreditkasse am Dienstag die Zulassung entzogen. Ein Wachmann stand "
    "am Eingang der Filiale.",
    "Nach Angaben der Behörde fehlen 1,8 Milliarden Kronen an Eigenkapital. Kleinere Genossenschaftsbanken "
    "müssen nun mit höheren Zinsen rechnen.",
    "Die Vorstandschefin Petra Koch trat zurück. Koch sagte, das Institut habe seit einem Jahr Verluste geschrieben.",
    "Auch die Europäische Zentralbank und das Landgericht Wernau befassen sich mit dem Fall.",
    "„Wir prüfen jeden einzelnen Kredit“, sagte Staatsanwalt Jonas Brenner im Gericht.",
    "Der Augenzeuge Malte Berger stand seit Anfang Mai jeden Morgen vor der Zentrale. Ein Friedrich Wendland "
    "meldete sich nicht.",
)
GERMAN_COMMON = (
    "Finanzaufsicht", "Wachmann", "Eingang", "Filiale", "Behörde", "Milliarden Kronen", "Eigenkapital",
    "Kleinere Genossenschaftsbanken", "Genossenschaftsbanken", "Zinsen", "Institut", "Jahr", "Verluste",
    "Kredit", "Gericht", "Fall", "Koch", "Augenzeuge Malte Berger", "Anfang Mai", "Zentrale",
)  # fmt: skip


def test_german_common_nouns_are_no_names() -> None:
    named = _named(_facts("de", *GERMAN))
    assert not set(GERMAN_COMMON) & set(named), named
    assert {n for n, t in named.items() if t == "person"} == {
        "Petra Koch",
        "Jonas Brenner",
        "Malte Berger",
        "Friedrich Wendland",
    }, named


def test_german_organisation_words_and_surnames() -> None:
    facts = _facts("de", *GERMAN)
    named = _named(facts)
    for org in ("Kessinger Kreditkasse", "Europäische Zentralbank", "Landgericht Wernau"):
        assert named.get(org) == "organisation", (org, named)
    koch = next(e for e in facts.entities if e.name == "Petra Koch")
    assert [m.text for m in koch.mentions] == ["Petra Koch", "Koch"]  # the dictionary word is her surname here
    quote = next(q for q in facts.quotes if q.text.startswith("Wir prüfen"))
    assert quote.speaker_name == "Jonas Brenner"


@pytest.mark.parametrize(
    ("language", "text", "person", "organisations"),
    [
        (
            "pl",
            "Wczoraj Marek Zieliński, prezes Banku Pomorskiego, podał się do dymisji. Ministerstwo Finansów "
            "zapowiedziało kontrolę w spółce.",
            "Marek Zieliński",
            ["Banku Pomorskiego", "Ministerstwo Finansów"],
        ),
        (
            "es",
            "Ayer Lucía Ferrer, portavoz del Banco Central de Valdoria, dijo que los depósitos están seguros.",
            "Lucía Ferrer",
            ["Banco Central de Valdoria"],  # the whole name, across "de"
        ),
        (
            "uk",
            "Вчора Олена Коваленко, голова Приморського Банку, заявила, що вклади повернуть.",
            "Олена Коваленко",
            ["Приморського Банку"],
        ),
    ],
)
def test_first_word_and_organisations_beyond_german(
    language: str, text: str, person: str, organisations: list[str]
) -> None:
    named = _named(_facts(language, text))
    assert named.get(person) == "person", named
    assert not any(n != person and n.endswith(person) for n in named), named  # "Wczoraj Marek Zieliński"
    for org in organisations:
        assert named.get(org) == "organisation", (org, named)


def test_the_word_look_ups() -> None:
    assert german_noun("Banklizenz") and german_noun("Polizist") and german_noun("Kronen")
    assert not german_noun("Kowaltschuk") and not german_noun("AfD") and not german_noun("Nach")
    assert lower_word("Kleinere", "de") and lower_word("Wczoraj", "pl") and lower_word("Ayer", "es")
    assert not lower_word("Marek", "pl") and not lower_word("Angela", "de") and not lower_word("Ayer", "be")
    assert organisation_word("Nationalbank", "de") and organisation_word("Ministerstwa", "pl")
    assert not organisation_word("Fegebank", "de")  # a surname that ends like a compound, not one
    assert organisation_word("банка", "ru") and not organisation_word("Судаков", "ru")
    assert organisation_word("GmbH", "de") and organisation_word("Holding", "es")


@pytest.mark.parametrize(
    ("words", "label", "normal"),
    [
        (["Верхнереченского", "кредитного", "банка"], "ORG", "Верхнереченский кредитный банк"),
        (["Озёрской", "товарной", "бирже"], "ORG", "Озёрская товарная биржа"),
        (["Министерстве", "обороны"], "ORG", "Министерство обороны"),
        (["Северными", "ведомостями"], "ORG", "Северные ведомости"),
        (["Нижнем", "Новгороде"], "LOC", "Нижний Новгород"),
        (["Тарского"], "ORG", "Тарского"),  # masculine or neuter: nothing in the name tells, the surface stays
        (["Ивана", "Петрова"], "PER", "Иван Петров"),
        (["Марии", "Тарской"], "PER", "Мария Тарская"),
        (["Ярославом", "Меллоном"], "PER", "Ярослав Меллон"),  # a person is never neuter ("Меллоно")
        (["Меллону"], "PER", "Меллон"),
        (["Игоря", "Шершнева"], "PER", "Игорь Шершнев"),  # the writer's "е" kept where the base form has "ё"
        (["Министерства", "иностранных", "дел"], "ORG", "Министерство иностранных дел"),  # not "Министерства"
        (["Палате", "представителей"], "ORG", "Палата представителей"),
    ],
)
def test_russian_base_forms_agree_with_the_head(words: list[str], label: str, normal: str) -> None:
    pytest.importorskip("natasha")
    from crosswire.facts.languages.russian_names import normal_form

    assert normal_form(words, label) == normal


def test_russian_body_adjective_and_name_in_guillemets() -> None:
    pytest.importorskip("natasha")
    facts = _facts(
        "ru",
        "Центральный банк отозвал лицензию у Верхнереченского кредитного банка.",
        "Эксперты, опрошенные «Северными ведомостями», считают, что крах Верхнереченского банка не затронет "
        "другие банки. Акции упали на Озёрской бирже.",
    )
    named = _named(facts)
    assert named.get("Верхнереченский кредитный банк") == "organisation", named
    assert not any(t == "person" for t in named.values()), named
    assert named.get("Верхнереченский банк") == "organisation", named
    assert named.get("Озёрская биржа") == "organisation", named
    assert not any("ведомост" in q.text for q in facts.quotes), [q.text for q in facts.quotes]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pl",
            "Do Wielkiej Brytanii pojechał przewodniczący Rady Nadzorczej Adam Wrona.",
            {"Wielkiej Brytanii": "place", "Rady Nadzorczej": "organisation", "Adam Wrona": "person"},
        ),
        ("pl", "Rozmowy ze Stanami Zjednoczonymi trwają.", {"Stanami Zjednoczonymi": "place"}),
        ("uk", "Делегація прибула до Сполучених Штатів у вівторок.", {"Сполучених Штатів": "place"}),
    ],
)
def test_places_in_case_forms_and_a_person_after_a_body(language: str, text: str, expected: dict[str, str]) -> None:
    named = _named(_facts(language, text))
    for name, kind in expected.items():
        assert named.get(name) == kind, (name, named)


def test_a_missing_dictionary_library_is_one_line_naming_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import crosswire.facts.languages as languages
    from crosswire.facts.languages.light import LightFrontEnd

    monkeypatch.setitem(sys.modules, "simplemma", None)  # `import simplemma` raises ImportError
    with pytest.raises(languages.MissingExtra, match=r"pip install 'simplemma==2\.0\.0'"):
        LightFrontEnd()
    monkeypatch.delitem(languages._cache, "pl", raising=False)  # a front-end built earlier (restored after)
    article = Article(id="x", source="x", content_hash="x", language="pl", blocks=[Block("paragraph", "Ala ma kota.")])
    facts = languages.extract_article(article, "pl")
    assert facts.skipped is not None and "simplemma" in facts.skipped and "\n" not in facts.skipped
