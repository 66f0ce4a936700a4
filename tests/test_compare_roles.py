"""Conflicts over the role a named person holds, in any language: "the managing director of Kaldor Lifts" /
"chief engineer at Kaldor Lifts" / "главный инженер". Found by a new user's five-language story, whose two
roles were shown as one agreed claim. Near cases stay quiet: the same role in other words or languages, two
people's roles, a former role, an organisation a role is at, a prosecutor of another rank. Invented text."""

from __future__ import annotations

import pytest

from crosswire.clean.metadata import detect_language
from crosswire.compare.claims.roles import _former_held, _role_in
from test_compare_core import compare_texts

# One sentence every article shares, in the article's own language (role phrases are read in the language of
# the article: an English sentence added to a short Polish one made it an English article).
SHARED = {
    "en": " The lift at Brannock was stopped for inspection on Saturday, the resort said.",
    "fr": " Le télésiège de Brannock a été arrêté samedi pour une inspection, a indiqué la station.",
    "ru": " В субботу подъёмник в Бранноке остановили для осмотра, сообщили на курорте.",
    "pl": " W sobotę wyciąg w Brannoku został zatrzymany do przeglądu, poinformował ośrodek.",
    "es": " El telesilla de Brannock fue detenido el sábado para una inspección, según la estación.",
    "de": " Der Sessellift in Brannock wurde am Samstag zur Prüfung angehalten, teilte das Resort mit.",
}


def _roles(tmp_path, texts: list[tuple[str, str]]):
    rows = [
        (f"s{i}", outlet, "2026-03-14", text + SHARED.get(detect_language(text) or "en", SHARED["en"]))
        for i, (outlet, text) in enumerate(texts)
    ]
    comparison = compare_texts(tmp_path, rows)
    return [c for c in comparison.conflicts if c.reason == "different role"]


def test_two_roles_of_one_person_across_languages(tmp_path):
    found = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Jovan Kerenčić, the managing director of Kaldor Lifts, defended the brake."),
            ("Le Courrier", "Le directeur général de Kaldor Lifts, Jovan Kerenčić, a défendu le frein."),
            ("Northgate Courier", "Jovan Kerenčić, chief engineer at Kaldor Lifts, said the brake worked."),
            ("Горные новости", "Главный инженер компании Kaldor Lifts Йован Керенчич заявил, что тормоз сработал."),
        ],
    )
    assert len(found) == 1
    sides = {side.label: set(side.sources) for side in found[0].sides}
    assert len(sides) == 2
    for side in found[0].sides:  # each side's label is a wording its own sentences give (an English one first:
        # crosswire.compare.claims.roles.role_label), and no invented one
        assert all(any(w.lower() in ev.text.lower() for ev in side.evidence) for w in side.label.split(" / "))


@pytest.mark.parametrize(
    "texts",
    [
        # one role in other words and languages
        [
            ("Harbourline Post", "Jovan Kerenčić, the chief executive of Kaldor Lifts, defended the brake."),
            ("Le Courrier", "Le directeur général de Kaldor Lifts, Jovan Kerenčić, a défendu le frein."),
        ],
        # two people, two roles
        [
            ("Harbourline Post", "Ilse Marrow, the mayor of Brannock, praised the rescuers."),
            ("Northgate Courier", "Jovan Kerenčić, chief engineer at Kaldor Lifts, praised the rescuers."),
        ],
        # a former role is no role held
        [
            ("Harbourline Post", "Jovan Kerenčić, the managing director of Kaldor Lifts, defended the brake."),
            ("Northgate Courier", "Former chief engineer Jovan Kerenčić defended the brake."),
        ],
        # the head of a government in four languages is one role, never "minister" against "Ministerpräsident"
        [
            ("Harbourline Post", "Prime Minister Ilse Marrow visited the lift on Saturday."),
            ("Горные новости", "Премьер-министр Ильзе Марров посетила подъёмник."),
            ("El Valle", "El primer ministro, Ilse Marrow, visitó el telesilla."),
            ("Bergbote", "Ministerpräsidentin Ilse Marrow besuchte den Lift."),
        ],
        # a prosecutor of any rank is a prosecutor
        [
            ("Harbourline Post", "Prosecutor Anna Ferrow said the brake had been tampered with."),
            ("Northgate Courier", "Assistant District Attorney Anna Ferrow said the brake had been tampered with."),
        ],
    ],
)
def test_no_role_conflict(tmp_path, texts):
    assert _roles(tmp_path, texts) == []


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Prime Minister ", "en", "prime_minister"),
        ("Deputy Prime Minister ", "en", "deputy prime_minister"),
        ("Labour Minister ", "en", "labour_minister"),  # a portfolio (conf14)
        ("Ministerpräsident ", "de", "prime_minister"),
        ("Gesundheitsministerin ", "de", "health_minister"),
        ("премьер-министра ", "ru", "prime_minister"),
        ("el primer ministro ", "es", "prime_minister"),
    ],
)
def test_the_head_of_a_government_is_no_minister(text, lang, concept):
    found = _role_in(text, lang, at_end=True)
    assert found is not None and found[0] == concept


def test_a_deputy_holds_another_post(tmp_path):
    found = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Then deputy harbour master Olen Brask ordered the port closed."),
            ("Northgate Courier", "Then harbour master Olen Brask ordered the port closed."),
        ],
    )
    assert len(found) == 1 and {s.label.lower() for s in found[0].sides} == {"deputy harbour master", "harbour master"}


@pytest.mark.parametrize(
    ("text", "lang", "at_end", "expected"),
    [
        ("the chief engineer of ", "en", True, None),  # the name after "of" is the organisation's
        ("the chief engineer of , ", "en", True, ("chief_engineer", "chief engineer")),
        ("chief engineer at Kaldor Lifts", "en", False, ("chief_engineer", "chief engineer")),
        ("who met the mayor and ", "en", True, None),
        # a former holder's title is read, and marked former by the caller (roles._former_held): compared with
        # former titles only (roles36)
        ("ex-mayor ", "en", True, ("mayor", "mayor")),
        # the place a post is held at, one word in the genitive, where the language puts it so
        ("Мэр Дальнего ", "ru", True, ("mayor", "Мэр")),
        ("Мер Дальнього ", "uk", True, ("mayor", "Мер")),
        ("Burmistrz Dalekowa ", "pl", True, ("mayor", "Burmistrz")),
        ("Gubernator Dalekowa ", "pl", True, ("governor", "Gubernator")),
        ("Mayor Dalnevo ", "en", True, None),  # English puts no bare genitive there: another name
        ("Мэр города. Дальнего ", "ru", True, None),
        # a role phrase is read in its own language only
        ("El fiscal ", "es", True, ("prosecutor", "fiscal")),
        ("Her fiscal ", "en", True, None),
        ("Le patron ", "fr", True, ("owner", "patron")),
        ("The patron ", "en", True, None),
        ("Pilot ", "de", True, ("pilot", "Pilot")),
    ],
)
def test_role_ties(text, lang, at_end, expected):
    assert _role_in(text, lang, at_end=at_end) == expected


def test_a_mayor_of_a_town_against_a_regional_governor_across_languages(tmp_path):
    """The Russian and Polish titles name the town in the genitive between title and name ("Мэр Браннока
    Павел Рудак"); three other languages call him the regional governor. Each article is written wholly in its
    language: role phrases are read in the article's language only."""
    rows = [
        (
            "s0",
            "Harbourline Post",
            "en",
            "Regional governor Pavel Rudak, who visited the lift, ordered an inquiry. "
            "The lift at Brannock was stopped for inspection on Saturday, the resort said.",
        ),
        (
            "s1",
            "El Faro",
            "es",
            "El gobernador regional, Pavel Rudak, ordenó una investigación sobre el accidente. "
            "El telesilla de Brannock fue detenido el sábado para una inspección, según informó la estación.",
        ),
        (
            "s2",
            "Le Courrier",
            "fr",
            "Le gouverneur régional Pavel Rudak a ordonné une enquête sur l'accident. "
            "Le télésiège de Brannock a été arrêté samedi pour une inspection, a indiqué la station.",
        ),
        (
            "s3",
            "Горные новости",
            "ru",
            "Мэр Браннока Павел Рудак распорядился провести проверку подъёмника. "
            "В субботу подъёмник в Бранноке остановили для осмотра, сообщили на курорте.",
        ),
        (
            "s4",
            "Kurier Górski",
            "pl",
            "Burmistrz Brannoka Pavel Rudak zarządził kontrolę wyciągu po wypadku. "
            "W sobotę wyciąg w Brannoku został zatrzymany do przeglądu, poinformował ośrodek narciarski.",
        ),
    ]
    comparison = compare_texts(tmp_path, [(i, o, "2026-03-14", t) for i, o, _lang, t in rows])
    found = [c for c in comparison.conflicts if c.reason == "different role"]
    assert len(found) == 1, [c.summary for c in comparison.conflicts]
    sides = {side.label: set(side.sources) for side in found[0].sides}
    assert len(sides) == 2, sides
    governor = next(v for k, v in sides.items() if "governor" in k.lower())
    mayor = next(v for k, v in sides.items() if "мэр" in k.lower())
    assert len(governor) == 3 and len(mayor) == 2, sides
    # no agreed item cites both a governor's and a mayor's sentence
    for item in comparison.agreed:
        said = " ".join(ev.text for ev in item.evidence)
        assert not ("Мэр" in said and "gouverneur" in said), said


def test_a_deputy_minister_is_no_minister_across_languages(tmp_path):
    """A portfolio may stand between a minister's title and the name ("Министр транспорта Антон Келлер",
    "Wiceminister transportu Anton Keller"); a minister with no portfolio named is compatible with any portfolio
    (two portfolios of one person are a conflict since conf14: tests/test_conf14_roles.py)."""
    found = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Transport Minister Anton Keller arrived in Brannock on Tuesday."),
            ("Горные новости", "Министр транспорта Антон Келлер прибыл в Браннок во вторник."),
            ("Gazeta Górska", "Wiceminister transportu Anton Keller przyjechał do Brannock we wtorek."),
        ],
    )
    assert len(found) == 1
    assert sorted(len(s.sources) for s in found[0].sides) == [1, 2]
    (tmp_path / "quiet").mkdir()
    quiet = _roles(
        tmp_path / "quiet",
        [
            ("Harbourline Post", "Transport Minister Anton Keller arrived in Brannock on Tuesday."),
            ("Northgate Courier", "Minister Anton Keller arrived in Brannock on Tuesday."),
        ],
    )
    assert quiet == []


def test_roles_of_incident_news_across_languages(tmp_path):
    """The head of a mine or plant, a safety inspector, a chief physician and a union leader are roles: one
    person given two of them by different sources is a conflict (a new user's mine story agreed "the mine
    director" with "inspector de seguridad" through the translation rule)."""
    rows = [
        (
            "m0",
            "Harbourline Post",
            "2026-11-19",
            "Tomasz Wierzbicki, the mine director, said the pumps had failed. "
            "Water flooded the lower galleries of the Dolna mine on Wednesday night, trapping eleven miners.",
        ),
        (
            "m1",
            "Diario del Valle",
            "2026-11-19",
            "El inspector de seguridad Tomasz Wierzbicki dijo que las bombas "
            "fallaron. El agua inundó las galerías inferiores de la mina Dolna el miércoles por la noche y atrapó a "
            "once mineros.",
        ),
        (
            "m2",
            "Gazeta Dolna",
            "2026-11-19",
            "Dyrektor kopalni Tomasz Wierzbicki powiedział, że pompy zawiodły. "
            "Woda zalała w środę w nocy dolne chodniki kopalni Dolna, "
            "w których zostało uwięzionych jedenastu górników.",
        ),
    ]
    found = [c for c in compare_texts(tmp_path, rows).conflicts if c.reason == "different role"]
    assert len(found) == 1
    sides = {s.label.lower(): len(s.sources) for s in found[0].sides}
    # a side an English source states is labelled in its words (crosswire.compare.claims.roles.role_label)
    assert sides == {"mine director": 2, "inspector de seguridad": 1}


TAILS = {
    "en": "Water flooded the lower galleries of the Dolna mine on Wednesday night, trapping eleven miners.",
    "de": "Wasser flutete am Mittwochabend die unteren Stollen der Grube Dolna, elf Bergleute wurden eingeschlossen.",
    "fr": "L'eau a envahi mercredi soir les galeries inférieures de la mine Dolna, piégeant onze mineurs.",
    "ru": "Вода затопила в среду вечером нижние штреки шахты Дольна, под землёй остались одиннадцать горняков.",
}


@pytest.mark.parametrize(
    ("lang", "english", "same", "other"),
    [
        (
            "de",
            "Dr Ilse Marrow, the chief physician, said two miners were stable.",
            "Chefärztin Ilse Marrow sagte, zwei Bergleute seien in stabilem Zustand.",
            "Die Gewerkschaftschefin Ilse Marrow sagte, zwei Bergleute seien in stabilem Zustand.",
        ),
        (
            "fr",
            "Union leader Ilse Marrow said two miners were stable.",
            "La dirigeante syndicale Ilse Marrow a dit que deux mineurs étaient dans un état stable.",
            "La directrice de la mine, Ilse Marrow, a dit que deux mineurs étaient dans un état stable.",
        ),
        (
            "ru",
            "Plant manager Ilse Marrow said two miners were stable.",
            "Директор завода Ильзе Марроу заявила, что состояние двух горняков стабильное.",
            "Главный врач Ильзе Марроу заявила, что состояние двух горняков стабильное.",
        ),
    ],
)
def test_one_incident_role_in_two_languages_is_one_side(tmp_path, lang, english, same, other):
    """The role in English and the same role in another language are one side; a third source giving another
    role is the other side (so each role was read, and two wordings of one role do not conflict)."""
    rows = [
        ("r0", "Harbourline Post", "2026-11-19", f"{english} {TAILS['en']}"),
        ("r1", "Northgate Courier", "2026-11-19", f"{same} {TAILS[lang]}"),
        ("r2", "Valley Courier", "2026-11-19", f"{other} {TAILS[lang]}"),
    ]
    found = [c for c in compare_texts(tmp_path, rows).conflicts if c.reason == "different role"]
    assert len(found) == 1
    assert sorted(len(side.sources) for side in found[0].sides) == [1, 2]


def test_union_leader_and_plant_manager_differ(tmp_path):
    found = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Union leader Ilse Marrow said two miners were stable."),
            ("Northgate Courier", "Ilse Marrow, the plant manager, said two miners were stable."),
        ],
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    ("context", "written", "former"),
    [
        ("ex-mayor Olen Brask", "mayor", True),
        ("the former harbour master, Olen Brask", "harbour master", True),
        ("exalcalde Olen Brask", "alcalde", True),
        ("harbour master Olen Brask", "harbour master", False),
        ("Then harbour master Olen Brask", "harbour master", False),
    ],
)
def test_a_former_holders_title_is_marked_former(context, written, former):
    assert _former_held(context, written) is former
