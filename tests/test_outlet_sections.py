"""An outlet's name without its site section, in every ingest path: an RSS or Atom channel title, an HTML page's
og:site_name or <title>, a JSON Lines record's outlet field ("L'Écho maritime – Actualités" is the outlet
"L'Écho maritime": a new user's rescue-at-sea trial, places35; every text here is invented)."""

from __future__ import annotations

import json

import pytest

from crosswire.clean import clean_document
from crosswire.clean.metadata import outlet_without_section
from crosswire.ingest.feeds import channel_outlet, read_feed
from crosswire.ingest.jsonl import read_jsonl
from crosswire.model import RawDocument

_BODY = (
    "<p>Le ferry Brevane a heurté un quai du port de Lorvic mardi soir, sans faire de blessés.</p>"
    "<p>La capitainerie a ouvert une enquête sur les causes de l'accident, a indiqué son directeur.</p>"
)


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Le Veilleur maritime – Actualités", "Le Veilleur maritime"),
        ("The Harbour Post - News", "The Harbour Post"),
        ("Der Küstenbote | Nachrichten", "Der Küstenbote"),
        ("El Faro del Sur: Últimas noticias", "El Faro del Sur"),
        ("Kurier Portowy · Wiadomości", "Kurier Portowy"),
        ("Actualités – Le Veilleur maritime", "Le Veilleur maritime"),
        ("The Harbour Post - Latest News", "The Harbour Post"),
        # no section: kept whole
        ("News & Star - Carlisle", "News & Star - Carlisle"),
        ("Harbour News", "Harbour News"),
    ],
)
def test_a_news_section_suffix_is_not_the_outlet(title: str, outlet: str) -> None:
    assert outlet_without_section(title) == outlet
    assert channel_outlet(title) == outlet


def _rss(channel: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{channel}</title><link>https://v.example/</link><description>d</description>
<item><title>Un ferry heurte un quai à Lorvic</title><link>https://v.example/a</link>
<pubDate>Tue, 13 Oct 2026 20:00:00 +0200</pubDate><description><![CDATA[{_BODY}]]></description></item>
</channel></rss>""".encode()


def _atom(channel: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{channel}</title><id>urn:x</id><updated>2026-10-13T20:00:00Z</updated>
<entry><title>Un ferry heurte un quai à Lorvic</title><id>urn:x:1</id><updated>2026-10-13T20:00:00Z</updated>
<link href="https://v.example/a"/><content type="html"><![CDATA[{_BODY}]]></content></entry></feed>""".encode()


@pytest.mark.parametrize("make", [_rss, _atom])
@pytest.mark.parametrize("channel", ["Le Veilleur maritime – Actualités", "Le Veilleur maritime | Infos"])
def test_a_feed_channel_title_gives_the_outlet_without_its_section(make, channel: str) -> None:  # type: ignore[no-untyped-def]
    (raw,) = read_feed("feed.xml", make(channel))
    assert isinstance(raw, RawDocument)
    assert clean_document(raw).outlet == "Le Veilleur maritime"


@pytest.mark.parametrize("outlet", ["Der Küstenbote | Nachrichten", "Der Küstenbote – Aktuelles"])
def test_a_json_lines_outlet_field_without_its_section(outlet: str) -> None:
    record = {
        "outlet": outlet,
        "title": "Fähre rammt Kai in Lorvic",
        "text": "Die Fähre Brevane hat am Dienstagabend einen Kai im Hafen von Lorvic gerammt. Verletzt wurde "
        "niemand, teilte die Hafenbehörde mit.",
    }
    (raw,) = read_jsonl("x.jsonl", [json.dumps(record).encode()])
    assert isinstance(raw, RawDocument)
    assert clean_document(raw).outlet == "Der Küstenbote"


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:site_name" content="El Faro del Sur: Últimas noticias">',
        "<title>Un ferry choca con un muelle en Lorvic – El Faro del Sur – Noticias</title>",
    ],
)
def test_an_html_site_name_without_its_section(head: str) -> None:
    page = (
        f'<html lang="es"><head><meta charset="utf-8">{head}</head><body><main><article>'
        "<h1>Un ferry choca con un muelle en Lorvic</h1>"
        "<p>El ferry Brevane chocó el martes por la noche con un muelle del puerto de Lorvic, sin causar heridos.</p>"
        "<p>La capitanía abrió una investigación sobre las causas del accidente, según su director.</p>"
        "</article></main><footer>© 2026 El Faro del Sur</footer></body></html>"
    )
    raw = RawDocument(source="page.html", kind="file", content=page, content_type="html")
    assert clean_document(raw).outlet == "El Faro del Sur"
