"""Datelines in every language the reader serves, their day never a figure, and outlets in their written case
(clean37). A new user's French feed opened "PORT MELIVA, 1er décembre – ..." and the dateline was not read: its
"1" stayed in the first sentence and became a figure set against another source's hour. The same user's Spanish
page printed its masthead in capitals ("EL HERALDO ...") and its own name in the footer as written. Invented
places, outlets and people throughout (Brannock, Tolvika, Marsende ...)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.clean import clean_document
from crosswire.clean.metadata import in_capitals, read_dateline, title_case_name, written_case
from crosswire.clean.written_dates import without_ordinal_marks
from crosswire.model import RawDocument
from invented import paragraph_facts

# --- the dateline reader ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "agency", "rest"),
    [
        # French ordinals, dashes of every length, an agency after the date or before it
        ("TOLVIKA, 1er décembre – Le port a rouvert mardi après trois jours.", "TOLVIKA", None, "Le port"),
        ("Tolvika, 1er décembre — Le port a rouvert mardi après trois jours.", "Tolvika", None, "Le port"),
        ("SAINT-BRANNOC, 1re semaine - Le port a rouvert.", None, None, None),
        ("TOLVIKA, 1er décembre (AFP) - Le port a rouvert mardi après trois jours.", "TOLVIKA", "AFP", "Le port"),
        ("TOLVIKA (AFP), 1er décembre - Le port a rouvert mardi après trois jours.", "TOLVIKA", "AFP", "Le port"),
        ("TOLVIKA, mardi 1er décembre -- Le port a rouvert après trois jours.", "TOLVIKA", None, "Le port"),
        ("PORT TOLVIKA, mardi – Le port a rouvert après trois jours de fermeture.", "PORT TOLVIKA", None, "Le port"),
        # Spanish, Portuguese and Italian ordinal days
        ("MARSENDE, 1º de diciembre (EFE).- El puerto reabrió el martes tras tres días.", "MARSENDE", "EFE", "El "),
        ("Marsende, 1º de diciembre de 2026 – El puerto reabrió el martes.", "Marsende", None, "El puerto"),
        ("MARSENDE, 1º de dezembro (Lusa) - O porto reabriu na terça-feira.", "MARSENDE", "Lusa", "O porto"),
        ("MARSENDE, 1° dicembre – Il porto ha riaperto martedì dopo tre giorni.", "MARSENDE", None, "Il porto"),
        # Russian and Ukrainian "1-го", German and Polish "1."
        ("ТОЛВИКА, 1-го декабря — Порт открылся во вторник после трёх дней.", "ТОЛВИКА", None, "Порт"),
        ("ТОЛВІКА, 1-го грудня — Порт відкрився у вівторок після трьох днів.", "ТОЛВІКА", None, "Порт"),
        ("TOLVIKA, 1. Dezember – Der Hafen ist am Dienstag wieder geöffnet worden.", "TOLVIKA", None, "Der Hafen"),
        ("TOLVIKA, 1 grudnia 2026 r. – Port otwarto we wtorek po trzech dniach.", "TOLVIKA", None, "Port"),
        # a day alone, with an agency or a dash after a place in capitals
        ("MARSENDE, 14 (EFE).- El puerto reabrió el martes tras tres días.", "MARSENDE", "EFE", "El puerto"),
        ("TOLVIKA, 1er – Le port a rouvert mardi après trois jours.", "TOLVIKA", None, "Le port"),
        ("Marsende, 14 – El puerto reabrió el martes tras tres días.", None, None, None),
        ("NATO, 32. The alliance met on Tuesday in Brannock.", None, None, None),
        # English: an ordinal suffix, the month before the day in any case
        ("BRANNOCK, Dec. 1st (Meridian) - The port reopened on Tuesday.", "BRANNOCK", "Meridian", "The port"),
        ("Brannock, December 1 - The port reopened on Tuesday after three days.", "Brannock", None, "The port"),
    ],
)
def test_a_dateline_of_any_language_is_read(text: str, place: str | None, agency: str | None, rest: str) -> None:
    found = read_dateline(text)
    if place is None:
        assert found is None
        return
    assert found is not None
    assert (found[0], found[1]) == (place, agency)
    assert text[found[2] :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Le 1er décembre, le port a rouvert après trois jours de fermeture.",
        "El 1º de diciembre el puerto reabrió tras tres días.",
        "Heute, Montag – Der Hafen ist wieder geöffnet worden, sagte der Sprecher.",
        "Hier, mardi – Le port a rouvert après trois jours de fermeture.",
        "Dunmere, mardi 24 novembre. Le port a rouvert.",
    ],
)
def test_a_sentence_opening_on_a_date_is_no_dateline(text: str) -> None:
    assert read_dateline(text) is None


_MONTHS = {
    "fr": ["janvier", "mars", "juin", "octobre", "décembre"],
    "es": ["enero", "marzo", "junio", "octubre", "diciembre"],
    "it": ["gennaio", "marzo", "giugno", "ottobre", "dicembre"],
    "de": ["Januar", "März", "Juni", "Oktober", "Dezember"],
    "ru": ["января", "марта", "июня", "октября", "декабря"],
}
_ORDINALS = {"fr": ["er", ""], "es": ["º", ""], "it": ["°", ""], "de": ["."], "ru": ["-го", ""]}
_JOIN = {"es": " de ", "fr": " ", "it": " ", "de": " ", "ru": " "}
_SENTENCES = {
    "fr": "Le port a rouvert mardi après trois jours.",
    "es": "El puerto reabrió el martes tras tres días.",
    "it": "Il porto ha riaperto martedì dopo tre giorni.",
    "de": "Der Hafen ist am Dienstag wieder geöffnet worden.",
    "ru": "Порт открылся во вторник после трёх дней.",
}
_PLACES = st.lists(
    st.sampled_from(["TOLVIKA", "PORT", "MARSENDE", "SAN", "BRANNOCK", "NORD", "ВЕЛЬМОРА"]), min_size=1, max_size=3
)


@settings(max_examples=120, deadline=None)
@given(
    language=st.sampled_from(sorted(_MONTHS)),
    words=_PLACES,
    day=st.integers(min_value=1, max_value=28),
    pick=st.integers(min_value=0, max_value=10),
    dash=st.sampled_from(["–", "—", "-", "--"]),
    tag=st.sampled_from([None, "MPA", "AFP", "EFE"]),
    tag_before=st.booleans(),
)
def test_a_generated_dateline_is_read_whole(
    language: str, words: list[str], day: int, pick: int, dash: str, tag: str | None, tag_before: bool
) -> None:
    """Any place in capitals, a day with or without its ordinal mark, a month name of the language, an agency
    before or after the date or none, any dash: the place and the agency are read and the text after the
    dateline is the sentence, whole."""
    place = " ".join(words)
    month = _MONTHS[language][pick % len(_MONTHS[language])]
    mark = _ORDINALS[language][pick % len(_ORDINALS[language])]
    bracket = f" ({tag})" if tag else ""
    date = f"{day}{mark}{_JOIN[language]}{month}"
    head = f"{place}{bracket}, {date} " if tag_before else f"{place}, {date}{bracket} "
    sentence = _SENTENCES[language]
    text = f"{head}{dash} {sentence}"
    found = read_dateline(text)
    assert found is not None, text
    assert found[0] == place
    assert found[1] == tag
    assert text[found[2] :] == sentence


@pytest.mark.parametrize(
    ("span", "plain"),
    [
        ("1er décembre", "1 décembre"),
        ("1º de diciembre", "1 de diciembre"),
        ("1-го декабря", "1 декабря"),
        ("Dec. 1st", "Dec. 1"),
        ("1° dicembre", "1 dicembre"),
        ("14 octobre", "14 octobre"),
    ],
)
def test_ordinal_marks_come_off_for_the_date_parser(span: str, plain: str) -> None:
    assert without_ordinal_marks(span) == plain


# --- a dateline's day is never a figure -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("fr", "TOLVIKA, 1er décembre – Le port a annulé 140 départs et 23 navires sont restés à quai.", {140, 23}),
        ("fr", "Le 1er décembre, le port a annulé 140 départs et 23 navires sont restés à quai.", {140, 23}),
        ("es", "El 1º de diciembre el puerto canceló 140 salidas y 23 barcos quedaron amarrados.", {140, 23}),
        ("it", "Il 1° dicembre il porto ha cancellato 140 partenze e 23 navi sono rimaste ferme.", {140, 23}),
        ("ru", "1-го декабря порт отменил 140 рейсов, 23 судна остались у причала.", {140, 23}),
    ],
)
def test_an_ordinal_day_before_its_month_is_a_date_not_a_figure(language: str, text: str, kept: set[int]) -> None:
    facts = paragraph_facts(language, text, "2026-12-02")
    values = {int(f.value) for f in facts.figures if f.value is not None}
    assert 1 not in values, [(f.text, f.counted) for f in facts.figures]
    assert kept <= values
    assert any(d.value == "2026-12-01" for d in facts.dates)


def test_a_feed_entry_keeps_its_french_dateline_as_the_dateline() -> None:
    text = (
        "Le port de Tolvika rouvre\n\n"
        "TOLVIKA, 1er décembre – Le port de Tolvika a rouvert mardi après trois jours de fermeture, a indiqué "
        "la capitainerie.\n\n"
        "Les 23 navires bloqués ont pu quitter les quais dans la soirée, selon la capitainerie du port.\n"
    )
    doc = clean_document(RawDocument(source="fr_port.txt", kind="text", content=text, content_type="text"))
    assert doc.dateline == "TOLVIKA"


# --- outlets in their written case ----------------------------------------------------------------------------


def _page(masthead: str, footer: str, language_lines: tuple[str, str, str]) -> str:
    title, first, second = language_lines
    return (
        f"{masthead}\nPortada | Nacional | Internacional | Economía | Deportes\n\n{title}\n\n"
        f"{first}\n\n{second}\n\n{footer}\nAviso legal | Cookies\n"
    )


_ES = (
    "El puerto de Tolvika reabre tras tres días",
    "El puerto de Tolvika reabrió el martes tras tres días de cierre, informó la capitanía del puerto.",
    "Los 23 barcos bloqueados pudieron zarpar por la noche, según la capitanía, que no dio más detalles.",
)


@pytest.mark.parametrize(
    ("masthead", "footer", "outlet"),
    [
        (
            "EL HERALDO DE MARSENDE",
            "© El Heraldo de Marsende 2026. Todos los derechos reservados.",
            "El Heraldo de Marsende",
        ),
        ("LA VOZ DEL VALLE", "© 2026 La Voz del Valle. Todos los derechos reservados.", "La Voz del Valle"),
        # the page writes the name only in capitals: title case, joiners in lower case
        (
            "EL HERALDO DE MARSENDE",
            "© EL HERALDO DE MARSENDE 2026. Todos los derechos reservados.",
            "El Heraldo de Marsende",
        ),
    ],
)
def test_a_masthead_in_capitals_is_shown_as_the_page_writes_it(masthead: str, footer: str, outlet: str) -> None:
    text = _page(masthead, footer, _ES)
    doc = clean_document(RawDocument(source="es_page.txt", kind="text", content=text, content_type="text"))
    assert doc.outlet == outlet


def test_a_polish_masthead_in_capitals_takes_the_footers_spelling() -> None:
    text = (
        "GŁOS TOLVIKI\nStrona główna | Kraj | Świat | Biznes | Sport\n\n"
        "Port w Tolvice otwarty po trzech dniach\n\n"
        "Port w Tolvice otwarto we wtorek po trzech dniach przerwy, poinformował kapitanat portu.\n\n"
        "Zablokowane 23 statki mogły wypłynąć wieczorem, podał kapitanat, nie podając szczegółów.\n\n"
        "© 2026 Głos Tolviki. Wszelkie prawa zastrzeżone.\n"
    )
    doc = clean_document(RawDocument(source="pl_page.txt", kind="text", content=text, content_type="text"))
    assert doc.outlet == "Głos Tolviki"


def test_a_container_outlet_in_capitals_is_title_cased() -> None:
    raw = RawDocument(
        source="feed.jsonl:1",
        kind="jsonl",
        content=_ES[1] + "\n\n" + _ES[2],
        content_type="text",
        outlet="GAZZETTA DELL'ISOLA",
    )
    assert clean_document(raw).outlet == "Gazzetta dell'Isola"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("EL HERALDO DE MARSENDE", "El Heraldo de Marsende"),
        ("GAZZETTA DELL'ISOLA", "Gazzetta dell'Isola"),
        ("L'ÉCHO DU PORT", "L'Écho du Port"),
        ("DIE TOLVIKER ZEITUNG", "Die Tolviker Zeitung"),
        ("THE BRANNOCK COURIER", "The Brannock Courier"),
        ("RTV NOTICIAS", "RTV Noticias"),
        ("TVN24 FAKTY", "TVN24 Fakty"),
        ("ГОЛОС ТОЛВИКИ", "Голос Толвики"),
        ("SAINT-BRANNOC MATIN", "Saint-Brannoc Matin"),
    ],
)
def test_title_case_of_a_name_in_capitals(name: str, shown: str) -> None:
    assert in_capitals(name)
    assert title_case_name(name) == shown


@pytest.mark.parametrize("name", ["TASS", "ANSA", "Le Courrier de Tolvika", "BBC", "El Heraldo de Marsende"])
def test_names_not_in_capitals_or_acronyms_stay(name: str) -> None:
    assert written_case(name, ["© el heraldo de marsende"]) == name


# --- an agency's own page -----------------------------------------------------------------------------------


def test_an_agency_page_whose_menu_and_dateline_name_it_is_its_outlet() -> None:
    text = (
        "Tolvik Wire | World | Business | Markets | Sign in\n"
        "Subscribe to our newsletter\n\n"
        "Port of Brannock reopens after three days\n\n"
        "By Ada Lennart\n\n"
        "BRANNOCK, Dec 1 (Tolvik Wire) - The port of Brannock reopened on Tuesday after a three-day closure, "
        "the harbour master said.\n\n"
        "The 23 ships held at the quays sailed in the evening, the harbour master's office said.\n\n"
        "(Reporting by Ada Lennart; Editing by Ola Brant)\n"
    )
    doc = clean_document(RawDocument(source="wire.txt", kind="text", content=text, content_type="text"))
    assert doc.agency == "Tolvik Wire"
    assert doc.outlet == "Tolvik Wire"


# --- a dateline's paragraph that only signs the story ---------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "reporter"),
    [
        ("MARSENDE (Ardesia), 1º de diciembre. Lucía Brenes, enviada especial.", "Lucía Brenes"),
        ("TOLVIKA, 1er décembre – Par Claire Morand, envoyée spéciale.", "Claire Morand"),
        ("MARSENDE, 1° dicembre. Paolo Brunetti, inviato speciale.", "Paolo Brunetti"),
        ("TOLVIKA, 1. Dezember. Von Jonas Kerber.", "Jonas Kerber"),
    ],
)
def test_a_dateline_paragraph_that_only_signs_the_story_is_no_body(opening: str, reporter: str) -> None:
    text = (
        "El puerto de Tolvika reabre\n\n"
        f"{opening}\n\n"
        "El puerto de Tolvika reabrió el martes tras tres días de cierre, informó la capitanía del puerto.\n\n"
        "Los 23 barcos bloqueados pudieron zarpar por la noche, según la capitanía, que no dio más detalles.\n"
    )
    doc = clean_document(RawDocument(source="es_port.txt", kind="text", content=text, content_type="text"))
    assert doc.dateline in ("MARSENDE", "TOLVIKA")
    assert not any(reporter in p for p in doc.paragraphs)
    assert doc.paragraphs[0].startswith("El puerto de Tolvika reabrió")
    assert reporter in doc.contributors or doc.byline == reporter


def test_a_dateline_paragraph_with_a_sentence_stays_body() -> None:
    text = (
        "El puerto de Tolvika reabre\n\n"
        "MARSENDE, 1º de diciembre. Lucía Brenes confirmó que el puerto reabrió el martes tras tres días.\n\n"
        "Los 23 barcos bloqueados pudieron zarpar por la noche, según la capitanía, que no dio más detalles.\n"
    )
    doc = clean_document(RawDocument(source="es_port.txt", kind="text", content=text, content_type="text"))
    assert doc.paragraphs[0].startswith("MARSENDE, 1º de diciembre. Lucía Brenes confirmó")


# --- HTML pages: a masthead or site name in capitals, the footer's copyright line as written ---------------------


def _html(meta: str, masthead: str, footer: str) -> str:
    return f"""<html><head><title>El puerto de Tolvika reabre tras tres días</title>{meta}</head><body>
<header><div class="logo">{masthead}</div><nav><a href="/">Portada</a> <a href="/n">Nacional</a></nav></header>
<article><h1>El puerto de Tolvika reabre tras tres días</h1>
<p>El puerto de Tolvika reabrió el martes tras tres días de cierre, informó la capitanía del puerto.</p>
<p>Los 23 barcos bloqueados pudieron zarpar por la noche, según la capitanía, que no dio más detalles.</p>
<p>La autoridad portuaria anunció una revisión de los protocolos de seguridad para el próximo mes.</p>
</article><footer><p>{footer}</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("meta", "footer", "outlet"),
    [
        # og:site_name in capitals, the footer as written
        (
            '<meta property="og:site_name" content="EL HERALDO DE MARSENDE">',
            "© El Heraldo de Marsende 2026. Todos los derechos reservados.",
            "El Heraldo de Marsende",
        ),
        # no site name: the footer's copyright line, its year after the name no part of it
        ("", "© El Heraldo de Marsende 2026. Todos los derechos reservados.", "El Heraldo de Marsende"),
        ("", "© Gazzetta di Tolvika - Riproduzione riservata", "Gazzetta di Tolvika"),
        # JSON-LD publisher in capitals, nothing else: title-cased
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
            '{"@type": "Organization", "name": "LA VOZ DEL VALLE"}}</script>',
            "Aviso legal",
            "La Voz del Valle",
        ),
    ],
)
def test_an_html_page_outlet_in_its_written_case(meta: str, footer: str, outlet: str) -> None:
    raw = RawDocument(source="p.html", kind="html", content=_html(meta, "EL HERALDO", footer), content_type="html")
    assert clean_document(raw).outlet == outlet
