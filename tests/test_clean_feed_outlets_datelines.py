"""Feed outlets without their section, feed bylines, datelines in any case with or without an agency or a date,
mastheads built on a paper's noun and a section's word, and a pasted wire text's outlet from its first line
(clean11; every text here is invented)."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.metadata import masthead_name, read_dateline
from crosswire.ingest.feeds import channel_outlet, read_feed
from crosswire.model import RawDocument

_BODY_ES = (
    "<p>El puerto de Valmora cerró ayer sus muelles tras la tormenta que azotó la costa durante la noche del "
    "lunes.</p><p>Los estibadores esperan volver al trabajo el jueves, según la autoridad portuaria.</p>"
)


def _feed(channel: str, extra: str, content: str, description: str = "Un resumen breve de la noticia.") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>{channel}</title><link>https://x.example/</link><description>d</description>
<item><title>Cierra el puerto de Valmora por la tormenta</title><link>https://x.example/a</link>{extra}
<pubDate>Tue, 24 Nov 2026 16:10:00 +0000</pubDate><description>{description}</description>
<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>""".encode()


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("El Faro del Sur - Internacional", "El Faro del Sur"),
        ("Der Tagesbote | Politik", "Der Tagesbote"),
        ("The Valley Herald » World", "The Valley Herald"),
        ("Le Veilleur : Monde", "Le Veilleur"),
        ("Kraj – Gazeta Pomorska", "Gazeta Pomorska"),
        ("Il Corriere di Varna - Esteri", "Il Corriere di Varna"),
        ("Вісник Полісся — Світ", "Вісник Полісся"),
        ("The Valley Herald - World News", "The Valley Herald"),
        # no section: the title is the outlet's whole name
        ("News & Star - Carlisle", "News & Star - Carlisle"),
        ("El Faro del Sur", "El Faro del Sur"),
    ],
)
def test_a_channel_title_names_the_outlet_without_its_section(title: str, outlet: str) -> None:
    assert channel_outlet(title) == outlet


@pytest.mark.parametrize(
    ("extra", "content", "description", "byline"),
    [
        ("<dc:creator>Lucía Berrondo</dc:creator>", _BODY_ES, "Un resumen.", "Lucía Berrondo"),
        ("<author>redaccion@faro.example (Lucía Berrondo)</author>", _BODY_ES, "Un resumen.", "Lucía Berrondo"),
        ("", _BODY_ES, "Por Lucía Berrondo. Un resumen de la noticia.", "Lucía Berrondo"),
        ("", "<p>Por Lucía Berrondo</p>" + _BODY_ES, "Un resumen.", "Lucía Berrondo"),
        ("", "<p>di Marco Bellandi</p>" + _BODY_ES, "Un resumen.", "Marco Bellandi"),
        ("", "<p>Von Katrin Holler</p>" + _BODY_ES, "Un resumen.", "Katrin Holler"),
        ("", "<p>Autor: Piotr Wasiak</p>" + _BODY_ES, "Un resumen.", "Piotr Wasiak"),
        ("", _BODY_ES, "Un resumen de la noticia.", None),
    ],
)
def test_a_feed_entry_keeps_its_byline(extra: str, content: str, description: str, byline: str | None) -> None:
    (raw,) = read_feed("feed.xml", _feed("El Faro del Sur - Internacional", extra, content, description))
    assert isinstance(raw, RawDocument)
    article = clean_document(raw)
    assert article.outlet == "El Faro del Sur"
    assert article.byline == byline


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("HAMBURG (dpa) – Ein Großbrand im Hafen hat am Montag zwei Lagerhallen zerstört.", "HAMBURG", "dpa"),
        ("Berlin – Die Bundesregierung hat am Mittwoch ein neues Hilfspaket beschlossen.", "Berlin", None),
        ("MÜNCHEN. Nach dem Unwetter sind in Oberbayern Tausende Haushalte ohne Strom.", "MÜNCHEN", None),
        ("Dorvel, 24. November 2026. Ein heftiger Waldbrand hat 4.200 Menschen vertrieben.", "Dorvel", None),
        ("Brantau, 3. März. Beim Entgleisen eines Güterzugs wurde niemand verletzt.", "Brantau", None),
        ("Valmora, 24 nov. Cuatro personas murieron y 41 resultaron heridas este martes.", "Valmora", None),
        ("Sevilla, 3 de marzo. El Ayuntamiento aprobó ayer el nuevo plan de tráfico.", "Sevilla", None),
        ("Dunvik, mardi 24 novembre. Trois personnes ont perdu la vie mardi matin.", "Dunvik", None),
        ("Torino, 5 marzo. Il sindaco ha firmato ieri l'ordinanza contro lo smog.", "Torino", None),
        ("Lisboa – O governo aprovou ontem um novo pacote de ajuda às vítimas.", "Lisboa", None),
        ("Kraków – Strażacy przez całą noc walczyli z pożarem hali magazynowej.", "Kraków", None),
    ],
)
def test_a_dateline_in_any_case_with_or_without_agency_or_date(paragraph: str, place: str, agency: str | None) -> None:
    found = read_dateline(paragraph)
    assert found is not None and found[:2] == (place, agency)
    assert paragraph[found[2] :][:1].isupper()  # the body starts after the dateline


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nein – das hat er nie gesagt, betonte der Minister am Abend vor der Presse.",
        "Heute – so sagte der Minister – beginnt eine neue Zeit für das ganze Land.",
        "Gestern – Die Feuerwehr rückte am Abend zu einem Brand in der Altstadt aus.",
        "Montag, 24. November. Die Feuerwehr rückte am Abend zu einem Brand aus.",
        "Во вторник, 26 июня. Правительство утвердило новый бюджет на следующий год.",
        "NATO. The alliance met on Tuesday to discuss the new mission in the north.",
        "Yes – We can do it, the senator told reporters on the steps of the capitol.",
        "Ayer – El alcalde anunció un nuevo plan de tráfico para el centro de la ciudad.",
    ],
)
def test_no_dateline_in_an_opening_word_or_a_weekday(paragraph: str) -> None:
    assert read_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Courrier International", "Courrier International"),
        ("Corriere dello Sport", "Corriere dello Sport"),
        ("Gazeta Polska", "Gazeta Polska"),
        ("Noticias Sport", None),
        ("Новини Світ", None),
    ],
)
def test_a_masthead_on_a_papers_noun_and_a_generic_word(name: str, outlet: str | None) -> None:
    assert masthead_name(name) == outlet


def test_a_pasted_wire_text_is_its_agencys_own_copy_from_its_first_line() -> None:
    text = (
        "Baltic Press Agency | Wire\nHome  World  Business  Markets  Sport\nSearch\n\n"
        "Ferry runs aground off Kessby, all passengers safe\n\nBy Mara Lind\n\n"
        "KESSBY, Nov 24 (BPA) - A passenger ferry ran aground off the island of Kessby on Tuesday morning, and all "
        "212 passengers were brought ashore by lifeboats, the coast guard said.\n\n"
        "The ferry had left the port of Valby an hour earlier in heavy fog, the operator said in a statement.\n\n"
        "Divers were inspecting the hull on Tuesday afternoon, and the route will stay closed until Friday.\n\n"
        "(Reporting by Mara Lind; Editing by Tom Ruhl)\n\n© 2026 Baltic Press Agency. All rights reserved.\n"
    )
    article = clean_document(RawDocument(source="wire.txt", kind="text", content=text, content_type="text"))
    assert article.outlet == "Baltic Press Agency"
    assert article.title == "Ferry runs aground off Kessby, all passengers safe"


def test_a_paragraph_of_a_language_without_word_tables_reads_no_dateline(monkeypatch) -> None:
    # the language detector may name a language the word tables lack (an ECB+ page read as Latin): the cleaner
    # reads no dateline by its words rather than stopping the page with a KeyError
    from crosswire.clean import metadata

    monkeypatch.setattr(metadata, "detect_language", lambda _text: "la")
    rest = " Senatus populusque decreverunt hodie novam legem de aquaeductibus urbis reficiendis."
    assert metadata.city_opening("Romae", rest) is False
