"""Places and groups are not people: the dateline's place in capitals ("BRAKVELL, Valdoria (Valley Wire) -",
"БРАКВЕЛЛ, 6 марта —"), a beach or a town named with its head noun ("Cala Morena", "Stadt Brakvell", "Provinz
Olden"), a service named with an organisation word ("Guardia Costera", "Państwowej Straży Pożarnej"). A new
user's wildfire trial typed each a person (one became a quote's speaker). Invented text of another event."""

from __future__ import annotations

import pytest

from invented import paragraph_facts

PUBLISHED = "2026-03-06"


def _types(language: str, text: str) -> dict[str, str]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return {e.name: e.type for e in facts.entities}


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "en",
            "BRAKVELL, Valdoria (Valley Wire) - Water flooded the Brakvell tin mine on Thursday, trapping eleven "
            "miners, the company said.",
            "BRAKVELL",
        ),
        (
            "ru",
            "БРАКВЕЛЛ, 6 марта — Вода затопила в четверг оловянную шахту, под землёй остаются одиннадцать "
            "горняков, сообщила компания.",
            "БРАКВЕЛЛ",
        ),
    ],
)
def test_the_datelines_place_is_a_place(language: str, text: str, place: str) -> None:
    from crosswire.clean import clean_document
    from crosswire.facts import extract_facts
    from crosswire.model import RawDocument

    article = clean_document(
        RawDocument(source="x.txt", kind="article", content=text, content_type="text", language=language)
    )
    assert article.dateline == place
    facts = extract_facts([article])[0]
    types = {e.name: e.type for e in facts.entities}
    assert types.get(place) in (None, "place")
    assert not any(q.speaker_name == place for q in facts.quotes)


@pytest.mark.parametrize(
    ("language", "text", "name", "kind"),
    [
        ("es", "Unos 80 turistas fueron evacuados en barco desde la playa de Cala Morena.", "Cala Morena", "place"),
        ("es", "La Guardia Costera coordinó la operación durante la noche.", "Guardia Costera", "organisation"),
        ("de", "Das Feuer bedroht die Stadt Brakvell in der Provinz Olden.", "Stadt Brakvell", "place"),
        ("de", "Das Feuer bedroht die Stadt Brakvell in der Provinz Olden.", "Provinz Olden", "place"),
        (
            "pl",
            "Komendant główny Państwowej Straży Pożarnej podkreślił, że zespół może działać przez tydzień.",
            "Państwowej Straży Pożarnej",
            "organisation",
        ),
    ],
)
def test_a_place_or_a_service_named_with_its_head_noun_is_no_person(
    language: str, text: str, name: str, kind: str
) -> None:
    types = _types(language, text)
    assert types.get(name, kind) == kind
    assert "person" not in {types.get(n) for n in types if name.split()[-1] in n}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "ru",
            "Вода подошла к Браквенне в четверг. Под Браквенной эвакуировали два села. Мэр Браквенны просит помощи.",
            "Браквенна",
        ),
        (
            "pl",
            "Woda dotarła do Brakvenny w czwartek. Pod Brakvenną ewakuowano dwie wsie. Brakvenna prosi o pomoc.",
            "Brakvenna",
        ),
    ],
)
def test_case_forms_of_an_unknown_place_are_one_entity(language: str, text: str, name: str) -> None:
    facts = paragraph_facts(language, text, PUBLISHED)
    stem = name[:-2]
    forms = [e for e in facts.entities if e.name.startswith(stem) and e.type != "person"]
    assert len(forms) == 1, [(e.name, e.type) for e in facts.entities]
    assert len(forms[0].mentions) >= 2
