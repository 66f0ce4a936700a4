"""The HTML cleaner on pages written for these tests: body via trafilatura, captions and credits kept apart,
metadata from the page and its JSON-LD, the same dateline/agency detectors as for text."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.model import RawDocument

P1 = (
    "KESSEL (Reuters) - The city council of Kessel voted on Tuesday to close the old harbour bridge to lorries "
    "after engineers found corrosion in three of its main cables."
)
P2 = (
    "Mayor Ilse Brandt said the decision was painful but unavoidable, and promised a temporary ferry for "
    "freight within a month, paid for by the regional government."
)
P3 = (
    "Hauliers warned that the detour through the ring road would add forty minutes to every delivery into "
    "the old town, raising prices for shops and restaurants."
)
P4 = (
    "The bridge, opened in 1971, carries about 30,000 vehicles a day, according to the regional transport "
    "office, which will publish a repair plan in the spring."
)
CAPTION = "Engineers inspect the cables of the harbour bridge in Kessel, May 6, 2024."

PAGE = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Kessel closes harbour bridge to lorries | Kessel Courier</title>
<meta property="og:site_name" content="Kessel Courier">
<meta property="article:published_time" content="2024-05-07T09:30:00Z">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Kessel closes harbour bridge to lorries", "datePublished": "2024-05-07T09:30:00Z",
 "publisher": {{"@type": "Organization", "name": "Kessel Courier"}}}}</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Kessel closes harbour bridge to lorries</h1>
<p class="byline">By Jane Doe</p>
<figure><img src="bridge.jpg" alt="bridge"><figcaption>{CAPTION} (Piet Molen/Reuters)</figcaption></figure>
<p>{P1}</p>
<p>{P2}</p>
<h2>What happens next</h2>
<p>{P3}</p>
<p>{P4}</p>
<p>Reporting by Jane Doe; Editing by Omar Said</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Ferry timetable announced for the summer</a></li></ul></aside>
<footer><p>© 2024 Kessel Courier. All rights reserved.</p></footer>
</body></html>"""


def clean(html: str, **kw):
    return clean_document(RawDocument(source="page.html", kind="html", content=html, content_type="html", **kw))


def test_body_paragraphs_and_subheading_in_order():
    a = clean(PAGE)
    assert a.paragraphs == [P1, P2, P3, P4]
    assert a.subheadings == ["What happens next"]
    assert [b.kind for b in a.blocks] == ["paragraph", "paragraph", "subheading", "paragraph", "paragraph"]
    assert "Most read" not in a.body and "All rights reserved" not in a.body


def test_caption_kept_apart_with_credit():
    a = clean(PAGE)
    assert [(c.text, c.credit) for c in a.captions] == [(CAPTION, "(Piet Molen/Reuters)")]
    assert CAPTION not in a.body


def test_credit_byline_dateline_agency():
    a = clean(PAGE)
    assert a.credits == ["Reporting by Jane Doe; Editing by Omar Said"]
    assert a.contributors[:2] == ["Jane Doe", "Omar Said"]
    assert (a.dateline, a.agency) == ("KESSEL", "Reuters")


def test_page_metadata():
    a = clean(PAGE)
    assert a.title == "Kessel closes harbour bridge to lorries"
    assert a.outlet == "Kessel Courier"
    assert a.published == "2024-05-07T09:30:00+00:00"  # the page gives the time; it is kept
    assert a.language == "en"
    assert a.kind == "html"


def test_input_metadata_wins():
    a = clean(PAGE, outlet="Tidewater Ledger", published="2024-05-08", title="Given title")
    assert (a.outlet, a.published, a.title) == ("Tidewater Ledger", "2024-05-08", "Given title")


def test_bad_html_never_raises():
    for html in ("<html><body></body></html>", "<<<>>>", "\x00\x01\x02 binary", "<p>" * 5000, "plain words only"):
        a = clean(html)
        assert isinstance(a.blocks, list)
    assert clean("").blocks == []


def test_snippet_trafilatura_rejects_is_cleaned_as_text():
    line = "The council voted on Tuesday to close the old bridge, officials said."
    a = clean(f"<p>{line}</p>")
    assert a.paragraphs == [line]
    assert clean("<p>Too short.</p>").removed[0].reason == "short non-sentence line"


@pytest.mark.parametrize(
    ("site_name", "url", "outlet"),
    [
        ("https://www.hawaiinewsnow.com", None, "hawaiinewsnow.com"),  # a URL is not a name
        ("@politifact", None, "PolitiFact"),  # a handle, known to the data file
        ("usatoday", None, "USA Today"),
        ("nj", "https://www.nj.com/politics/2019/11/story.html", "nj.com"),  # a slug gives way to the host
        ("LinkNaija | Nigeria's popular news platform", None, "LinkNaija"),  # tagline dropped
        ("The Jerusalem Post | JPost.com", None, "The Jerusalem Post"),
        ("Hosted", "https://apnews.com/article/abc", "AP News"),  # a domain the data file knows wins
        ("Harbour Daily", None, "Harbour Daily"),
        ("", None, None),
    ],
)
def test_outlet_from_site_name(site_name: str, url: str | None, outlet: str | None) -> None:
    from crosswire.clean.metadata import outlet_from_site_name

    assert outlet_from_site_name(site_name, url) == outlet


def test_a_saved_page_keeps_its_own_address_and_outlet(tmp_path) -> None:
    from crosswire.clean import clean_document
    from crosswire.ingest import read_paths

    body = "".join(
        f"<p>Paragraph {i} of the report on the harbour crane collapse at Port Selwyn, with enough words to "
        f"count as article text for the extractor.</p>"
        for i in range(6)
    )
    page = tmp_path / "saved.html"
    page.write_text(
        '<html><head><title>Crane collapses</title><meta property="og:site_name" content="detroitnews">'
        '<link rel="canonical" href="https://www.detroitnews.com/story/news/2019/11/20/crane/123/">'
        '<meta property="og:url" content="javascript:alert(1)">'
        f"</head><body><article><h1>Crane collapses</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    (doc,) = list(read_paths([page]))
    article = clean_document(doc)
    assert article.url == "https://www.detroitnews.com/story/news/2019/11/20/crane/123/"
    assert article.outlet == "The Detroit News"
    page.write_text(
        page.read_text().replace(
            '<link rel="canonical" href="https://www.detroitnews.com/story/news/2019/11/20/crane/123/">', ""
        ),
        encoding="utf-8",
    )
    (doc,) = list(read_paths([page]))
    assert clean_document(doc).url is None  # og:url is not a web address: not taken


def test_hover_cards_inside_paragraphs_are_dropped(tmp_path) -> None:
    from crosswire.ingest import read_paths

    card = (
        '<span class="person"><a href="/people/ana-lind">Ana Lind</a><span class="card"><img src="x.jpg">'
        '<a href="/people/ana-lind">Ana Maria Lind</a><a href="/n/1">Lind backs harbour tax in close vote</a>'
        '<a href="/n/2">Port workers rally outside council hall</a><a href="/people/ana-lind">MORE</a>'
        "</span></span>"
    )
    paragraphs = [
        f"<p>Harbour Commissioner {card} (Ind.) defended the new berth fees on Monday, saying the port had "
        "lost money for three years in a row.</p>",
        "<p>The fees rise by 12 percent from January, and cruise operators have threatened to move their "
        "ships to Norland, where berths are cheaper.</p>",
        '<p>Read the <a href="/a">council minutes</a>, the <a href="/b">budget</a> and the '
        '<a href="/c">fee schedule</a> online.</p>',
        "<p>A vote on the fees is due at the council's next meeting, on 14 March, officials said.</p>",
    ]
    page = tmp_path / "port.html"
    page.write_text(
        "<html><head><title>Berth fees</title></head><body><article><h1>Berth fees rise</h1>"
        + "".join(paragraphs)
        + "</article></body></html>",
        encoding="utf-8",
    )
    (doc,) = list(read_paths([page]))
    body = clean_document(doc).body
    assert "Harbour Commissioner Ana Lind (Ind.) defended the new berth fees" in body
    assert "MORE" not in body and "close vote" not in body and "Ana Maria Lind" not in body
    assert "the council minutes, the budget and the fee schedule" in body.replace(
        "  ", " "
    )  # a paragraph of links stays
