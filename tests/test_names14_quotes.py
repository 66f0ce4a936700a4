"""names14: quote variants pair one statement's renderings, not opposed (a new user's pipeline story showed « Il
s'agissait d'un accident et non d'un choix politique » as a "different meaning" of "It was an accident and not a
political choice"; a statement of "the national grid operator" was given to the prime minister named before it; the
German wording of a promise had no speaker)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from crosswire.compare.quote_polarity import clauses, polarity_apart
from crosswire.compare.quotes import _described_person
from crosswire.facts.records import ArticleFacts, Entity, Mention, Quote

FRENCH = "Il s'agissait d'un accident et non d'un choix politique"

# one statement, "an accident, not a political choice", rendered in each language
RENDERINGS = [
    ("It was an accident and not a political choice", "en"),
    ("This was an accident, not a political decision", "en"),
    ("Das war ein Unfall und nicht eine politische Entscheidung", "de"),
    ("Das war ein Unfall, keine politische Entscheidung", "de"),
    ("Fue un accidente y no una decisión política", "es"),
    ("Era un incidente e non una scelta politica", "it"),
    ("To był wypadek, a nie decyzja polityczna", "pl"),
    ("Это была авария, а не политическое решение", "ru"),
    ("Це була аварія, а не політичне рішення", "uk"),
]


@pytest.mark.parametrize(("text", "language"), RENDERINGS)
def test_a_translated_contrastive_negation_is_the_same_polarity(text: str, language: str) -> None:
    assert polarity_apart(text, language, FRENCH, "fr") is None
    assert polarity_apart(FRENCH, "fr", text, language) is None


@pytest.mark.parametrize(("text", "language"), RENDERINGS[:2] + RENDERINGS[4:])
def test_the_contrasted_phrase_is_a_denied_clause_of_its_own(text: str, language: str) -> None:
    read = clauses(text, language)
    assert [denied for _t, denied in read] == [False, True], read


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("It was not an accident", "en", "C'était un accident", "fr"),
        ("This was an accident, not a political decision", "en", "C'était une décision politique", "fr"),
        ("It was a political decision, not an accident", "en", "Это была авария, а не политическое решение", "ru"),
        ("We will repair it and not close the plant", "en", "Nous allons fermer l'usine", "fr"),
    ],
)
def test_a_true_opposite_stays_apart(a: str, la: str, b: str, lb: str) -> None:
    assert polarity_apart(a, la, b, lb) is not None


# -- a company's description is no person's ---------------------------------------------------------------------


def _data(entity_type: str, canonical: str, body: str, phrase: str) -> tuple[Any, Quote]:
    name = "Petar Vrancic"
    start = body.index(phrase)
    entity = Entity(id="e6", name=name, type=entity_type, mentions=[Mention(name, 0, len(name), 0, 40)])  # type: ignore[arg-type]
    facts = ArticleFacts(article="a", language="en", entities=[entity])
    q = Quote(
        text="the storage site was 31 percent full",
        start=0,
        end=10,
        sentence_start=0,
        sentence_end=len(body),
        kind="reported",
        speaker="e6",
        speaker_name=name,
        speaker_start=start,
        speaker_end=start + len(phrase),
    )
    data = SimpleNamespace(canonical={("a", "e6"): canonical}, facts={"a": facts}, bodies={"a": body})
    return data, q


BODY = "Petar Vrancic will sign. The storage site was 31 percent full, the national grid operator said."


def test_a_company_description_is_not_the_person_named_before() -> None:
    data, q = _data("organisation", "person:Petar Vrancic", BODY, "the national grid operator")
    assert _described_person(data, "a", q)


@pytest.mark.parametrize(
    ("etype", "canonical", "phrase"),
    [
        ("person", "person:Petar Vrancic", "the national grid operator"),  # the facts stage's own person reading
        ("organisation", "organisation:Petar Vrancic", "the national grid operator"),  # a body named so
        ("organisation", "person:Petar Vrancic", "Petar Vrancic"),  # named in the attribution itself
    ],
)
def test_a_speaker_named_or_typed_a_person_is_kept(etype: str, canonical: str, phrase: str) -> None:
    data, q = _data(etype, canonical, BODY, phrase)
    assert not _described_person(data, "a", q)


# -- a promise is a statement: the German "versprach" ------------------------------------------------------------


def test_a_german_promise_gives_its_quotation_a_speaker() -> None:
    from invented import article_facts

    facts = article_facts(
        "de",
        "„Keine Familie in Korvanien wird Weihnachten ohne Heizung verbringen“, versprach Ministerpräsidentin "
        "Ilona Marek nach der Unterzeichnung.",
        published="2026-12-02",
    )
    assert [q.speaker_name for q in facts.quotes if q.kind == "direct"] == ["Ilona Marek"]
