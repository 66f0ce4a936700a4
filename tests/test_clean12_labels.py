"""Labels by class, as a new user's factory-closure trial needed them. Invented text, several languages:

- a locale-written number ("5.400", "2 400", "2,4 Mio.") is labelled in the shared display form ("5,400",
  "2,400", "2.4 Mio."), only where its locale reading is the value read; the evidence keeps the source's text;
- a number followed by a finite verb counts no noun ("Rund 21.500 kamen", "unos 300 llegaron", "circa 200
  arrivarono", "ok. 200 protestowało"), while a participle it stands before is still its noun ("300 evacuados",
  "200 evacuati");
- a German compound title before a name is the person's role in ``facts --json`` ("Konzernchefin",
  "Wirtschaftsministerin", "Landesinnenminister"), not a deputy's or a former holder's ("Vizeministerin").
"""

from __future__ import annotations

import pytest

from crosswire.compare.number_text import display_number
from crosswire.facts.languages.roles import roles_at
from crosswire.facts.records import ArticleFacts
from invented import article_facts


@pytest.mark.parametrize(
    ("text", "value", "shown"),
    [
        ("5.400", 5400.0, "5,400"),
        ("2.100", 2100.0, "2,100"),
        ("Rund 21.500", 21500.0, "Rund 21,500"),
        ("environ 2 400", 2400.0, "environ 2,400"),
        ("1.234.567", 1234567.0, "1,234,567"),
        ("2,4 Mio. Euro", 2.4e6, "2.4 Mio. Euro"),
        ("4,5 %", 4.5, "4.5 %"),
        ("2.100", 2.1, "2.100"),  # an English decimal stays as written
        ("2,400", 2400.0, "2,400"),
        ("2.100 million", 2.1e6, "2.100 million"),  # English three decimals: no thousands read into it
        ("85 Millionen Euro", 85e6, "85 Millionen Euro"),
        ("5.400", None, "5.400"),
    ],
)
def test_display_number(text: str, value: float | None, shown: str) -> None:
    assert display_number(text, value) == shown


def _facts(language: str, *paragraphs: str) -> ArticleFacts:
    return article_facts(language, *paragraphs, published="2026-03-14")


@pytest.mark.parametrize(
    ("language", "paragraph", "number"),
    [
        ("de", "Rund 21.500 kamen am Samstag zur Kundgebung vor dem Rathaus.", "21.500"),
        ("de", "Etwa 300 demonstrierten am Abend vor dem Werkstor.", "300"),
        ("es", "Unos 300 llegaron al mediodía a la plaza mayor.", "300"),
        ("it", "Circa 200 arrivarono in piazza nel pomeriggio.", "200"),
        ("pl", "Przed urzędem ok. 200 protestowało przez całe popołudnie.", "200"),
        ("fr", "Quelque 2 000 manifestaient devant la mairie mardi soir.", "2 000"),
        ("pt", "Cerca de 300 chegaram à praça ao meio-dia.", "300"),
    ],
)
def test_a_finite_verb_after_a_number_counts_nothing(language: str, paragraph: str, number: str) -> None:
    figs = [f for f in _facts(language, paragraph).figures if number in f.text]
    assert figs and figs[0].counted is None, [(f.text, f.counted) for f in figs]


@pytest.mark.parametrize(
    ("language", "paragraph", "number", "noun"),
    [
        ("es", "Unos 300 evacuados pasaron la noche en el polideportivo.", "300", "evacuados"),
        ("it", "Circa 200 evacuati hanno dormito nella palestra.", "200", "evacuati"),
        ("de", "Rund 400 Beschäftigte kamen zur Versammlung.", "400", "beschäftigte"),
        ("es", "Llegaron 20 militares al puerto.", "20", "militares"),
    ],
)
def test_a_participle_or_noun_after_a_number_is_still_counted(
    language: str, paragraph: str, number: str, noun: str
) -> None:
    figs = [f for f in _facts(language, paragraph).figures if number in f.text]
    assert figs and figs[0].counted is not None and figs[0].counted.lower() == noun, [(f.text, f.counted) for f in figs]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Das gab Konzernchefin Marta Lind am Dienstag bekannt.", "Marta Lind", "konzernchefin"),
        ("Wirtschaftsministerin Eva Brandt nannte das einen Schlag.", "Eva Brandt", "wirtschaftsministerin"),
        ("Landesinnenminister Jonas Roth sagte, die Polizei sei bereit.", "Jonas Roth", "landesinnenminister"),
        ("Vorstandschef Jens Ruiz sagte, die Entscheidung sei endgültig.", "Jens Ruiz", "vorstandschef"),
        ("Finanzvorstand Anna Weber erklärte den Fonds.", "Anna Weber", "finanzvorstand"),
        ("Bürgermeisterin Eva Lang sagte, die Stadt verliere viel.", "Eva Lang", "bürgermeisterin"),
    ],
)
def test_german_compound_titles_are_roles(text: str, name: str, role: str) -> None:
    at = text.index(name)
    assert roles_at(text, at, at + len(name), "de") == [role]


def test_a_deputys_compound_title_is_no_role() -> None:
    text = "Vizeministerin Eva Brandt sagte, die Regierung helfe."
    at = text.index("Eva")
    assert roles_at(text, at, at + len("Eva Brandt"), "de") == []


def test_a_compound_title_reaches_the_entity() -> None:
    facts = _facts("de", "Das gab Konzernchefin Marta Lind am Dienstag in Lindau bekannt.")
    people = {e.name: e.roles for e in facts.entities if e.type == "person"}
    assert people.get("Marta Lind") == ["konzernchefin"], people


@pytest.mark.parametrize(
    ("language", "paragraph", "dateline"),
    [
        ("de", "Lindau (Valdenien), 13. Oktober. Der Autobauer Ostmark schließt sein Werk in Lindau.", "Lindau"),
        ("pl", "Lindau, 13 października. Koncern Ostmark zamknie fabrykę w Lindau.", "Lindau"),
    ],
)
def test_a_dateline_sentence_is_no_claim(language: str, paragraph: str, dateline: str) -> None:
    claims = _facts(language, paragraph).claims
    assert claims and not any(c.start == 0 for c in claims), [(c.start, c.end) for c in claims]
    assert any(paragraph[c.start : c.end].startswith(("Der", "Koncern")) for c in claims)


def _linked(*articles: tuple[str, str, list[tuple[str, str]]]) -> dict[tuple[str, str], str]:
    from crosswire.facts.linking import link_entities
    from crosswire.facts.records import Entity

    facts = [
        ArticleFacts(art, language=lang, entities=[Entity(f"e{i}", n, t) for i, (n, t) in enumerate(ents)])  # type: ignore[arg-type]
        for art, lang, ents in articles
    ]
    return link_entities(facts)


@pytest.mark.parametrize(
    ("language", "declined", "etype", "nominative", "ntype"),
    [
        ("pl", "Dorvanie", "other", "Dorvan", "place"),
        ("pl", "Valdenii", "place", "Valdenia", "place"),
        ("pl", "Karsku", "place", "Karsk", "place"),
        ("ru", "Дорване", "place", "Dorvan", "place"),
        ("uk", "Валденії", "place", "Valdenia", "place"),
        ("cs", "Karsku", "place", "Karsk", "place"),
    ],
)
def test_an_oblique_place_name_takes_the_nominative_of_the_story(
    language: str, declined: str, etype: str, nominative: str, ntype: str
) -> None:
    ids = _linked(("a", "en", [(nominative, ntype)]), ("b", language, [(declined, etype)]))
    assert ids[("b", "e0")] == ids[("a", "e0")] == f"{ntype}:{nominative}"
    # in either order of the articles
    ids = _linked(("b", language, [(declined, etype)]), ("a", "en", [(nominative, ntype)]))
    assert ids[("b", "e0")] == f"{ntype}:{nominative}"


def test_a_name_met_in_no_other_form_keeps_its_own_and_people_are_not_joined() -> None:
    ids = _linked(("a", "en", [("Dorvan", "place")]), ("b", "pl", [("Szczecina", "place"), ("Dorvanie", "person")]))
    assert ids[("b", "e0")] == "place:Szczecina"
    assert ids[("b", "e1")] != "place:Dorvan"
