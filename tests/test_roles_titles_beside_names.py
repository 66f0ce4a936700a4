"""Titles and roles beside a person's name, in every form news copy gives them, and speakers glued to companies.

A new user's rocket-explosion story (six outlets, five languages) planted one woman as "the chief executive of" the
launch company in four outlets and as its technical director in the fifth: no role was read from "X, the chief
executive of Y", "Y's technical director", "die Technische Direktorin von Y" (made a person of its own), nor from
the Polish "prezes Y X", where the company's and the person's names were read as one name, so the Polish quote had
no speaker; "The Tromso-based company said ..." was shown as a speaker of its own. Tested on invented events (a
tram maker's recall, a dairy cooperative's strike), not the trial's text.
"""

from __future__ import annotations

import pytest

from crosswire.facts.languages.light import LightFrontEnd
from invented import paragraph_facts
from test_compare_core import compare_texts
from test_facts_quotes_attribution import said

DAY = "2026-05-11"

# (language, sentence, the person's name as the facts give it, the roles read for it)
TITLED = [
    (
        "pl",
        "„Wycofamy wszystkie tramwaje” – powiedziała prezes Veltra Trams Mira Talvik w Gdyni.",
        "Mira Talvik",
        ["prezes"],
    ),
    (
        "pl",
        "„Wycofamy wszystkie tramwaje” – powiedział dyrektor techniczny Veltra Trams Jonas Brekke w Gdyni.",
        "Jonas Brekke",
        ["dyrektor techniczny"],
    ),
    (
        "ru",
        "«Мы отзовём все трамваи», — заявила генеральный директор Veltra Trams Мира Талвик журналистам.",
        "Мира Талвик",
        ["генеральный директор"],
    ),
    (
        "de",
        "„Wir rufen alle Bahnen zurück“, sagte Mira Talvik, die Technische Direktorin von Veltra Trams, in Kiel.",
        "Mira Talvik",
        ["technische direktorin"],
    ),
    (
        "es",
        "«Retiraremos todos los tranvías», declaró la consejera delegada de Veltra Trams, Mira Talvik, en Vigo.",
        "Mira Talvik",
        ["consejera delegada"],
    ),
    (
        "es",
        "«No vamos a ceder», dijo la secretaria general del sindicato, Anika Brenn, ante la planta.",
        "Anika Brenn",
        ["secretaria general del sindicato"],
    ),
    (
        "fr",
        "« Nous rappellerons les tramways », a déclaré Mira Talvik, directrice technique de Veltra Trams, à Brest.",
        "Mira Talvik",
        ["directrice technique"],
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "roles"), TITLED)
def test_a_title_beside_a_name_is_the_persons_role(language: str, text: str, name: str, roles: list[str]) -> None:
    facts = paragraph_facts(language, text, DAY)
    people = {e.name: e for e in facts.entities if e.type == "person"}
    assert name in people, sorted(people)
    assert people[name].roles == roles


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "„Wir rufen alle Bahnen zurück“, sagte Mira Talvik, die Technische Direktorin von Veltra Trams."),
        ("de", "Die Technische Direktorin Mira Talvik sagte, alle Bahnen würden geprüft."),
        ("pl", "„Wycofamy wszystkie tramwaje” – powiedziała prezes Veltra Trams Mira Talvik w Gdyni."),
        ("pl", "Szefowa Veltra Trams Mira Talvik zapowiedziała przegląd wszystkich tramwajów."),
    ],
)
def test_a_title_is_never_a_name_and_a_body_before_a_name_is_no_part_of_it(language: str, text: str) -> None:
    names = LightFrontEnd().analyse(text, language).names
    found = {text[n.start : n.end]: n.label for n in names}
    assert found.get("Mira Talvik") == "PER", found
    assert not any("Direktorin" in n for n in found), found
    assert not any("Trams Mira" in n for n in found), found
    if "Trams Mira" in text:  # the body a title is held at, right before the person: an organisation
        assert found.get("Veltra Trams") == "ORG", found


def test_a_run_of_three_after_a_title_stays_one_name() -> None:
    """ "prezes Jan Maria Rokita": three words may be one person's given names and surname."""
    text = "Decyzję ogłosił prezes Jan Maria Rokita w Krakowie."
    names = LightFrontEnd().analyse(text, "pl").names
    assert [text[n.start : n.end] for n in names if n.label == "PER"] == ["Jan Maria Rokita"]


TAIL = {
    "en": " Veltra Trams is recalling 60 trams after a brake fault, the company said on Monday.",
    "de": " Veltra Trams ruft nach einem Bremsfehler 60 Straßenbahnen zurück, teilte das Unternehmen am Montag mit.",
    "pl": " Veltra Trams wycofuje 60 tramwajów po awarii hamulców, poinformowała firma w poniedziałek.",
    "ru": " Veltra Trams отзывает 60 трамваев из-за неисправности тормозов, сообщила компания в понедельник.",
    "es": " Veltra Trams retira 60 tranvías por un fallo de frenos, informó la empresa el lunes.",
}
QUOTE = {
    "en": '"Safety comes first," said {title}.',
    "de": "„Sicherheit geht vor“, sagte {title}.",
    "pl": "„Bezpieczeństwo jest najważniejsze” – powiedziała {title}.",
    "ru": "«Безопасность прежде всего», — заявила {title}.",
    "es": "«La seguridad es lo primero», dijo {title}.",
}
OUTLETS = {"en": "Harbour Times", "de": "Küstenbote", "pl": "Gazeta Morska", "ru": "Морской вестник", "es": "El Puerto"}


def _roles(tmp_path, rows: list[tuple[str, str]]):
    """Role conflicts of a story told by one outlet per (language, title and name as the quote's sentence gives
    them) row; a second English outlet is named apart."""
    stored = []
    for i, (language, title) in enumerate(rows):
        outlet = OUTLETS[language] if i == 0 or language != rows[0][0] else f"{OUTLETS[language]} {i}"
        text = QUOTE[language].replace("{title}", title) + TAIL[language]
        stored.append((f"{language}-{i}", outlet, DAY, text))
    comparison = compare_texts(tmp_path, stored)
    return [c for c in comparison.conflicts if c.reason == "different role"]


CONFLICTING = [
    # an apposition against a possessive, in English
    [
        ("en", "Mira Talvik, the chief executive of Veltra Trams"),
        ("en", "Mira Talvik, Veltra Trams's technical director"),
    ],
    # a title, the body's name and the person in one run (Polish, Russian) against a German apposition
    [("pl", "prezes Veltra Trams Mira Talvik"), ("de", "Mira Talvik, die Technische Direktorin von Veltra Trams")],
    [
        ("ru", "генеральный директор Veltra Trams Мира Талвик"),
        ("de", "Mira Talvik, die Technische Direktorin von Veltra Trams"),
    ],
    [
        ("es", "la consejera delegada de Veltra Trams, Mira Talvik"),
        ("en", "Mira Talvik, Veltra Trams's technical director"),
    ],
]


@pytest.mark.parametrize("rows", CONFLICTING)
def test_a_chief_executive_and_a_technical_director_conflict(tmp_path, rows) -> None:
    found = _roles(tmp_path, rows)
    assert len(found) == 1, found
    assert "Talvik" in found[0].summary or "Талвик" in found[0].summary


NEAR = [
    # one post in two wordings and two languages
    [("en", "Mira Talvik, the chief executive of Veltra Trams"), ("pl", "prezes Veltra Trams Mira Talvik")],
    [
        ("ru", "генеральный директор Veltra Trams Мира Талвик"),
        ("es", "la consejera delegada de Veltra Trams, Mira Talvik"),
    ],
    # a generic word for the head of a company is no other post
    [("en", "Mira Talvik, the chief executive of Veltra Trams"), ("en", "Veltra Trams boss Mira Talvik")],
    [("en", "Mira Talvik, the chief executive of Veltra Trams"), ("en", "Mira Talvik, the head of Veltra Trams")],
    # a title held before, or at another time than the story's
    [("en", "Mira Talvik, the chief executive of Veltra Trams"), ("en", "Mira Talvik, a former technical director")],
    [("en", "Mira Talvik, the chief executive of Veltra Trams"), ("en", "Mira Talvik, the then technical director")],
    [
        ("es", "la consejera delegada de Veltra Trams, Mira Talvik"),
        ("de", "die ehemalige Technische Direktorin Mira Talvik"),
    ],
]


@pytest.mark.parametrize("rows", NEAR)
def test_one_post_or_a_post_at_another_time_raises_no_role_conflict(tmp_path, rows) -> None:
    assert _roles(tmp_path, rows) == []


@pytest.mark.parametrize(
    "description",
    ["The Kiel-based company", "The company", "The Norwegian firm", "The tram maker"],
)
def test_a_company_described_as_the_speaker_is_the_company_named_before(description: str) -> None:
    got = said(
        [
            "Veltra Trams is recalling 60 trams after a brake fault, its chief executive Mira Talvik said on Monday.",
            f"{description} said the recall would cost about 12 million euros.",
        ]
    )
    assert got["the recall would cost about 12 million euros"] == "Veltra Trams"


def test_a_description_of_another_kind_of_body_is_not_given_to_the_company() -> None:
    got = said(
        [
            "Veltra Trams is recalling 60 trams after a brake fault, the company said on Monday.",
            "The city's transport authority said the recall would leave two lines without trams.",
        ]
    )
    assert got["the recall would leave two lines without trams"] != "Veltra Trams"


UNION = [
    (
        "en",
        "Dairy Post",
        '"We want fair prices," union president Anika Brenn told reporters outside the Lorvik plant. Dairy workers'
        " at the Lorvik cooperative began a three-day strike on Monday, the union said.",
    ),
    (
        "ru",
        "Молочный вестник",
        "«Мы хотим справедливых цен», — заявила журналистам президент профсоюза Аника Бренн. Работники молочного"
        " кооператива Lorvik начали трёхдневную забастовку в понедельник, сообщили в профсоюзе.",
    ),
    (
        "uk",
        "Молочні новини",
        "Страйк оголосила спілка працівників кооперативу Lorvik, яку очолює президентка Аніка Бренн. Працівники"
        " почали триденний страйк у понеділок.",
    ),
    (
        "es",
        "El Lácteo",
        "«Queremos precios justos», declaró a la prensa la secretaria general del sindicato, Anika Brenn. Los"
        " trabajadores de la cooperativa Lorvik iniciaron el lunes una huelga de tres días, según el sindicato.",
    ),
]


def test_a_union_president_and_its_general_secretary_conflict_across_four_languages(tmp_path) -> None:
    """A second user's strike story: "secretaria general del sindicato" against "union president",
    "президент профсоюза" and "президентка" (the union's president in Russian and Ukrainian)."""
    comparison = compare_texts(tmp_path, [(f"{lang}-1", outlet, DAY, text) for lang, outlet, text in UNION])
    found = [c for c in comparison.conflicts if c.reason == "different role"]
    assert len(found) == 1, [c.summary for c in comparison.conflicts]
    assert sorted(len(s.sources) for s in found[0].sides) == [1, 3]
