"""Speakers that are a company's description, the lead's "report it too", approximate figures' labels, and the
outlet, dateline and weekday a pasted page prints in its own language.

A new user's water-utility story (six outlets, five languages) gave "The utility said it would not pay" to the
attacking group named last before it, although the article had named the utility "Lindavik Vatten, the city-owned
utility"; left a police spokesman and "a précisé la régie" out of Who said what; wrote "... leaving 84,000
residents under a boil-water advisory [2]; БалтИнфо and Le Vigilant report it too [1][5]" of two sources that give
no count; called "Rund 48.000" against "84,000" vague against precise, under the label "Residents left"; and read
no outlet from "Nordkurier Online | Politik | ..." and "© Nordkurier Online 2026 – Alle Rechte vorbehalten", nor
the dateline "Lindavik.". Tested on invented events of other kinds (a grid operator's sabotage, a ferry
operator's booking system), in several languages, not the trial's text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.clean.metadata import menu_name, read_dateline
from crosswire.clean.published import infer_published
from crosswire.facts.company_speakers import kinds, speaking_body
from crosswire.model import RawDocument
from invented import paragraph_facts
from test_compare_core import compare_fixture
from test_facts_quotes_attribution import said

FIXTURE = Path(__file__).parent / "fixtures" / "lead_values" / "story.jsonl"
DAY = "2026-05-15"


# -- speakers -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            [
                "Power failed across the Velden valley on Friday, said Mira Talvik, head of the utility Norvale"
                " Energi.",
                "The Ashline Front, an activist group, claimed the sabotage and demanded a ransom. The Ashline Front"
                " posted a video of the substation.",
                "The utility said it would not pay the Ashline Front.",
            ],
            "it would not pay the Ashline Front",
            "Norvale Energi",
        ),
        (
            [
                "Kestrel Ferries, the island's ferry operator, cancelled all sailings on Monday, its spokeswoman Ona"
                " Fell said.",
                "A gang calling itself Blackreef claimed the attack on the booking system. The company said the"
                " booking system would be back on Wednesday.",
            ],
            "the booking system would be back on Wednesday",
            "Kestrel Ferries",
        ),
        (
            [
                "Power failed across the Velden valley on Friday, said Mira Talvik, chief executive of Norvale Energi,"
                " the regional grid operator.",
                'A group calling itself "Ashline" claimed the sabotage on Saturday. The operator said it would not'
                " pay.",
            ],
            "it would not pay",
            "Norvale Energi",
        ),
    ],
)
def test_a_company_description_speaks_for_the_body_named_as_such(
    paragraphs: list[str], words: str, speaker: str
) -> None:
    assert said(paragraphs)[words] == speaker


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "fr",
            "Norvale Energi, la régie régionale de l'électricité, a coupé le courant à 12 500 foyers vendredi. Un"
            " groupe se faisant appeler Ashline a revendiqué le sabotage. Le courant a été rétabli samedi soir, a"
            " précisé la régie.",
            "Le courant a été rétabli samedi soir",
        ),
        (
            "es",
            "Norvale Energi, la empresa regional de electricidad, cortó la luz a 12.500 hogares el viernes. Un grupo"
            " que se hace llamar Ashline reivindicó el sabotaje. La luz volvió el sábado por la noche, dijo la"
            " empresa.",
            "La luz volvió el sábado por la noche",
        ),
        (
            "ru",
            "Генеральный директор компании Norvale Energi Мира Талвик сообщила об отключении 12 500 домов. "
            "Ответственность взяла на себя группировка, называющая себя Ashline. Компания заявила, что не будет вести"
            " переговоры.",
            "не будет вести переговоры",
        ),
        (
            "de",
            "Der Versorger Norvale Energi hat 12.500 Haushalte vom Netz genommen. Zu der Sabotage bekannte sich eine"
            " Gruppe, die sich Ashline nennt. Der Strom sei am Samstagabend zurückgekehrt, teilte der Versorger mit.",
            "Der Strom sei am Samstagabend zurückgekehrt",
        ),
        (
            "it",
            "Norvale Energi, la società regionale dell'energia, ha tolto la corrente a 12.500 famiglie venerdì. Un"
            " gruppo che si fa chiamare Ashline ha rivendicato il sabotaggio. La corrente è tornata sabato sera, ha"
            " precisato la società.",
            "La corrente è tornata sabato sera",
        ),
    ],
)
def test_a_company_description_speaks_for_the_company_in_other_languages(language: str, text: str, words: str) -> None:
    facts = paragraph_facts(language, text, DAY)
    got = {q.text.strip(" ,."): q.speaker_name for q in facts.quotes}
    assert got[words] == "Norvale Energi"


def test_a_body_described_as_a_group_is_never_the_company() -> None:
    text = "A group calling itself Ashline claimed it. Norvale Energi, the regional grid operator, said nothing."
    spans = [
        (text.index("Ashline"), text.index("Ashline") + 7, "g"),
        (text.index("Norvale"), text.index(" the") - 1, "c"),
    ]
    assert kinds([(0, text)], spans, "en") == {"g": "group", "c": "company"}


@pytest.mark.parametrize(
    ("phrase", "language", "shown"),
    [
        ("a police spokesman", "en", "Police spokesman"),
        ("la police", "fr", None),
        ("police", "en", None),
        ("un portavoz de la policía", "es", "Portavoz de la policía"),
        ("Представитель полиции", "ru", "Представитель полиции"),
        ("officials", "en", None),
        ("security researchers", "en", None),
    ],
)
def test_a_body_speaking_through_a_spokesperson_is_a_speaker(phrase: str, language: str, shown: str | None) -> None:
    assert speaking_body(phrase, language) == shown


# -- one comparison: the lead's "too", the label of an approximate figure, Who said what ----------------------------
@pytest.fixture(scope="module")
def valley(tmp_path_factory: pytest.TempPathFactory):
    return compare_fixture(tmp_path_factory.mktemp("valley"), FIXTURE)


def test_the_lead_names_as_reporting_it_too_only_sources_that_state_its_number(valley) -> None:
    lead = next(s for s in valley.brief if "12,500 households" in s.text)
    assert "too" not in lead.text
    assert lead.text.split(" [", 1)[1].startswith("1]; Talpost gives"), lead.text  # its own, then the other side
    assert lead.sources == [1, 3]


def test_an_approximate_figure_outside_its_rounding_is_a_different_value(valley) -> None:
    conflict = next(c for c in valley.conflicts if "21,500" in c.summary)
    assert conflict.reason == "different value"


def test_a_count_left_in_a_state_is_labelled_by_the_state(valley) -> None:
    conflict = next(c for c in valley.conflicts if "21,500" in c.summary)
    assert conflict.measure == "households without power"


def test_who_said_what_lists_the_spokesman_and_the_company_description(valley) -> None:
    speakers = {row.speaker: [q.text for q in row.quotes] for row in valley.who_said_what}
    assert "Police spokesman" in speakers
    assert any("rétabli samedi soir" in t for t in speakers.get("Norvale Energi", []))
    assert not any("Ashline" == s for s in speakers)


# -- a pasted page's outlet, dateline and weekday in its own language -----------------------------------------------
def _text(content: str):
    return clean_document(RawDocument(source="pasted.txt", kind="article", content=content, content_type="text"))


@pytest.mark.parametrize(
    ("menu", "outlet"),
    [
        ("Talpost Online | Politik | Wirtschaft | Panorama | Abo", "Talpost Online"),
        ("LE COURRIER DU VAL | Monde | Économie | Culture", "Le Courrier du Val"),  # joiners in lower case (clean37)
        ("Gaceta del Valle | Internacional | Economía | Deportes", "Gaceta del Valle"),
        ("Вести долины | Политика | Экономика | Общество", "Вести долины"),
        ("Il Corriere di Valle | Esteri | Cronaca | Sport", "Il Corriere di Valle"),
        ("Breaking news | Velden | Fire", None),
    ],
)
def test_a_menu_line_prints_the_site_name_first(menu: str, outlet: str | None) -> None:
    assert menu_name(menu) == outlet


GERMAN_PAGE = (
    "Talpost Online | Politik | Wirtschaft | Digital | Abo\n"
    "Anmelden   Suche\n\n"
    "Sabotage am Umspannwerk: 21.500 Haushalte in Velden ohne Strom\n\n"
    "Von Jana Roth\n"
    "15.05.2026, 09:30 Uhr\n\n"
    "Velden. Saboteure haben zwei Transformatoren des Umspannwerks in der Talstadt Velden in Brand gesetzt. Rund"
    " 21.500 Haushalte waren ohne Strom, teilte der Versorger mit.\n\n"
    "Die Polizei ermittelt. Der Strom sei am Samstagabend zurückgekehrt, hieß es bei dem Versorger. Fachleute warnen"
    " seit Jahren vor solchen Angriffen auf die Netze.\n\n"
    "© Talpost Online 2026 – Alle Rechte vorbehalten\n"
)


def test_a_german_page_names_its_outlet_and_dateline() -> None:
    article = _text(GERMAN_PAGE)
    assert article.outlet == "Talpost Online"
    assert article.dateline == "Velden"


@pytest.mark.parametrize(
    "footer",
    [
        "© Talpost Online 2026 – Alle Rechte vorbehalten",
        "© Talpost Online – Tous droits réservés",
        "© Talpost Online 2026",
    ],
)
def test_a_copyright_line_with_the_year_after_the_name_names_the_outlet(footer: str) -> None:
    page = GERMAN_PAGE.replace("Talpost Online | Politik | Wirtschaft | Digital | Abo\n", "").replace(
        "© Talpost Online 2026 – Alle Rechte vorbehalten", footer
    )
    assert _text(page).outlet == "Talpost Online"


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Velden. Saboteure haben das Umspannwerk der Talstadt Velden angegriffen.", "Velden"),
        ("Nein. Die Regierung will nicht zahlen, sagte sie in Velden.", None),
        ("Velden. Velden ist eine Talstadt.", None),
    ],
)
def test_a_place_and_a_full_stop_open_a_german_dateline_when_the_paragraph_names_it_again(
    paragraph: str, place: str | None
) -> None:
    found = read_dateline(paragraph)
    assert (found[0] if found else None) == place


TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("opening", "language", "day"),
    [
        ("VELDEN, 3. März - Saboteure haben am Dienstag ein Umspannwerk angegriffen.", "de", dt.date(2026, 3, 3)),
        ("VELDEN, 3 mars - Des saboteurs ont attaqué un poste mardi.", "fr", dt.date(2026, 3, 3)),
        ("VELDEN, 3 de marzo - Unos saboteadores atacaron una subestación el martes.", "es", dt.date(2026, 3, 3)),
        ("ВЕЛДЕН, 3 марта - Диверсанты атаковали подстанцию во вторник.", "ru", dt.date(2026, 3, 3)),
        # 3 March is a Monday in 2025: the latest such year up to today
        ("VELDEN, 3. März - Saboteure haben am Montag ein Umspannwerk angegriffen.", "de", dt.date(2025, 3, 3)),
    ],
)
def test_a_yearless_dateline_is_dated_by_a_weekday_of_its_language(opening: str, language: str, day: dt.date) -> None:
    assert infer_published([opening], [], today=TODAY, language=language) == day.isoformat()
