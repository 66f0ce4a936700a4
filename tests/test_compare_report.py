"""The cited brief and the renderers, on hand-written comparisons (tests/fixtures/report/, read as records).

``zarovsk.json`` is a comparison of the example corpus's earthquake story written by hand from
examples/expected.json (make_fixtures.py recomputes its evidence spans); the hostile variant injects markup,
script and Markdown payloads into every untrusted field.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from rich.console import Console

from crosswire.compare.brief import build_brief, with_brief
from crosswire.compare.records import BriefSentence, Comparison, FigureConflict, FigureItem, UnreadArticle
from crosswire.compare.render import (
    md_escape,
    render_html,
    render_json,
    render_markdown,
    render_terminal,
    safe_url,
)

FIXTURES = Path(__file__).parent / "fixtures" / "report"
CITATION = re.compile(r"\[(\d+)\]")
SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'
RICH = "[bold red]loud[/] [/]"
MARKDOWN = "*emph* _u_ [link](http://evil.example) ![i](x.png) `code` | pipe # hash"
SECTIONS = [
    "Sources",
    "Brief",
    "Conflicts",
    "Agreed",
    "Single-source",
    "Name variants",
    "Quote variants",
    "Timeline",
    "Who said what",
]


def zarovsk_json() -> dict:
    return json.loads((FIXTURES / "zarovsk.json").read_text(encoding="utf-8"))


@pytest.fixture()
def zarovsk() -> Comparison:
    return Comparison.from_dict(zarovsk_json())


def hostile(comparison: Comparison) -> Comparison:
    """Every untrusted string field gets script, HTML-attribute, rich and Markdown payloads appended."""
    c = comparison.to_dict()
    payload = f" {SCRIPT} {IMG} {RICH} {MARKDOWN}"

    def taint(node: object, key: str | None = None) -> object:
        if isinstance(node, dict):
            return {k: taint(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [taint(v, key) for v in node]
        if isinstance(node, str) and key in {
            "title",
            "outlet",
            "text",
            "label",
            "summary",
            "explanation",
            "entity",
            "speaker",
            "counted",
            "place",
        }:
            return node + payload
        return node

    c = taint(c)  # type: ignore[assignment]
    c["articles"][0]["url"] = "javascript:alert(1)"
    c["articles"][1]["outlet"] = "\n# Heading\n1. list\n> quote"
    return Comparison.from_dict(c)


# -- the brief -----------------------------------------------------------------------------------------------
def _check_citations(comparison: Comparison, brief: list[BriefSentence]) -> None:
    valid = {s.n for s in comparison.sources}
    assert brief, "a comparison with aligned items has a brief"
    for sentence in brief:
        cited = {int(n) for n in CITATION.findall(sentence.text)}
        assert cited, f"uncited sentence: {sentence.text!r}"
        assert cited <= valid, sentence
        assert cited == set(sentence.sources), sentence
        assert sentence.sources == sorted(sentence.sources)
        assert sentence.text.rstrip().endswith("."), sentence
        assert CITATION.search(sentence.text.rstrip()[-8:]), "the citation closes the sentence"


def test_every_brief_sentence_cites_valid_sources(zarovsk: Comparison) -> None:
    _check_citations(zarovsk, build_brief(zarovsk))


def test_brief_states_each_conflict_as_a_conflict_with_both_sides(zarovsk: Comparison) -> None:
    brief = build_brief(zarovsk)
    differ = [s for s in brief if s.text.startswith("Reports of the ")]
    # the lead states the toll of Zarovsk: it names the other side with its source, and that conflict has no
    # line of its own (each value once, notes10)
    lead = brief[0].text
    assert "Northline News gives the people killed as at least 23 across the Lutava region (another scope) [3]" in lead
    told = [c for c in zarovsk.conflicts if all(side.label.split(" in ")[0] in lead for side in c.sides)]
    assert len(told) == 1 and len(differ) == len(zarovsk.conflicts) - 1, "one line per conflict the lead tells not"
    for item, sentence in zip([c for c in zarovsk.conflicts if c not in told], differ, strict=True):
        for side in item.sides:
            cites = "".join(f"[{n}]" for n in side.sources)
            assert f"{side.label} {cites}" in sentence.text


def test_brief_order_lead_conflicts_figures_single_source(zarovsk: Comparison) -> None:
    texts = [s.text for s in build_brief(zarovsk)]
    first_conflict = next(i for i, t in enumerate(texts) if t.startswith("Reports of the "))
    first_agreed_fig = next(i for i, t in enumerate(texts) if t.startswith(("Sources agree", "Figures for")))
    first_single = next(i for i, t in enumerate(texts) if t.startswith("Only "))
    assert 0 < first_conflict < first_agreed_fig < first_single
    # The lead is a verbatim evidence sentence of the agreed main event, cited by its own source only.
    lead = texts[0]
    body = lead.split(" [", 1)[0]  # then the other side of the toll it states, with its source
    event = next(i for i in zarovsk.agreed if i.kind == "event")
    assert any(body in ev.text for ev in event.evidence)
    assert CITATION.findall(lead)[0] == "1"
    # ...and the other sources are said to report the event (its summary), each cited.
    assert "[2][3][4]" in texts[1] and "also report" in texts[1]


def test_brief_is_deterministic_and_pure(zarovsk: Comparison) -> None:
    before = copy.deepcopy(zarovsk)
    assert build_brief(zarovsk) == build_brief(copy.deepcopy(zarovsk))
    assert zarovsk == before, "build_brief must not modify its input"


def test_brief_never_cites_an_unknown_source(zarovsk: Comparison) -> None:
    zarovsk.single_source[0].sources = [9]  # a source number that does not exist
    zarovsk.conflicts[0].sides[1].sources = [7]
    brief = build_brief(zarovsk)
    _check_citations(zarovsk, brief)
    assert not any("[9]" in s.text or "[7]" in s.text for s in brief)


def test_brief_of_a_comparison_without_items_is_empty() -> None:
    empty = {
        "id": "s0",
        "title": "t",
        "articles": [],
        "sources": [{"n": 1, "label": "X"}],
        "agreed": [],
        "conflicts": [],
        "single_source": [],
        "name_variants": [],
        "quote_variants": [],
        "timeline": [],
        "who_said_what": [],
        "brief": [],
    }
    assert build_brief(Comparison.from_dict(empty)) == []


def test_with_brief_fills_only_an_empty_brief(zarovsk: Comparison) -> None:
    filled = with_brief(zarovsk)
    assert filled.brief == build_brief(zarovsk) and zarovsk.brief == []
    given = dataclasses.replace(zarovsk, brief=[BriefSentence(text="Kept [1].", sources=[1])])
    assert with_brief(given).brief == given.brief


# -- HTML ------------------------------------------------------------------------------------------------------
class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append((tag, attrs))

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.text.append(data)


def test_html_is_one_self_contained_page_with_every_section(zarovsk: Comparison) -> None:
    page = render_html([zarovsk])
    parser = _Tags()
    parser.feed(page)
    names = [t for t, _ in parser.tags]
    assert names.count("html") == 1 and "style" in names
    assert not any(t in names for t in ("script", "link", "img", "iframe", "object", "embed"))
    for section in ["Articles and sources", *SECTIONS[1:]]:
        assert f"<h2>{section}</h2>" in page
    text = " ".join(parser.text)
    assert "Reports of the people injured in Zarovsk differ: 40 [1], 62 [3]." in text
    assert "Another 40 people were injured in the city" in text  # evidence sentences shown


def test_html_renders_script_and_onerror_inertly() -> None:
    page = render_html([hostile(Comparison.from_dict(zarovsk_json()))])
    parser = _Tags()
    parser.feed(page)
    assert not any(tag == "script" for tag, _ in parser.tags)
    assert not any(tag == "img" for tag, _ in parser.tags)
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src"):
                assert value and value.startswith(("https://", "http://", "#")), (tag, name, value)
    assert "&lt;script&gt;" in page and "onerror=&#34;alert(1)&#34;" in page
    assert "javascript:" not in page.split("</head>")[1].replace("javascript:alert(1)", "")  # never as a link
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert SCRIPT in "".join(parser.text), "the payload stays visible as text"


# -- Markdown --------------------------------------------------------------------------------------------------
def _md_to_html(text: str) -> str:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(text)


def test_markdown_has_every_section_and_cites(zarovsk: Comparison) -> None:
    md = render_markdown([zarovsk])
    for section in SECTIONS:
        assert f"## {section}" in md
    html = _md_to_html(md)
    assert "Reports of the people injured in Zarovsk differ: 40 [1], 62 [3]." in html


def test_markdown_escapes_untrusted_text(zarovsk: Comparison) -> None:
    md = render_markdown([hostile(zarovsk)])
    html = _md_to_html(md)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "<em>emph</em>" not in html and "<code>code</code>" not in html
    assert 'href="http://evil.example"' not in html
    assert "<h1>Heading" not in html and "<ol>" not in html.split("Sources")[1].split("Brief")[0]
    assert "javascript:" not in md.replace("javascript:alert(1)", "X") or "](<javascript" not in md


@pytest.mark.parametrize(
    "raw",
    [
        "*a* _b_ **c**",
        "[x](http://e.example)",
        "<b>bold</b> &amp; &copy;",
        "1. not a list",
        "# not a heading",
        "- not an item",
        "> not a quote",
        "a | b | c",
        "`tick` ~~strike~~",
        "back\\slash",
        "line\nbreak",
        "=== under",
        "+ plus",
        "![img](x)",
    ],
)
def test_md_escape_renders_as_the_literal_text(raw: str) -> None:
    html = _md_to_html(md_escape(raw))
    assert html.startswith("<p>") and html.count("<") == 2, html  # one paragraph, no other element
    expected = " ".join(raw.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert html == f"<p>{expected.replace(chr(34), '&quot;')}</p>\n"


def test_markdown_golden(zarovsk: Comparison) -> None:
    """The whole Markdown report of the fixture, byte for byte (UPDATE_GOLDEN=1 rewrites it)."""
    golden = FIXTURES / "zarovsk.md"
    md = render_markdown([zarovsk])
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(md, encoding="utf-8")
    assert md == golden.read_text(encoding="utf-8")


# -- terminal and JSON -----------------------------------------------------------------------------------------
def test_terminal_shows_every_section(zarovsk: Comparison) -> None:
    console = Console(record=True, width=110, color_system=None)
    render_terminal(zarovsk, console)
    out = console.export_text()
    for section in SECTIONS:
        assert section in out
    assert "40 [1]" in out and "62 [3]" in out
    assert "Another 40 people were injured in the city" in out


def test_terminal_escapes_rich_markup(zarovsk: Comparison) -> None:
    console = Console(record=True, width=200, color_system=None)
    render_terminal(hostile(zarovsk), console)  # unescaped "[/]" would raise rich.errors.MarkupError
    out = console.export_text()
    assert "[bold red]loud[/]" in out


def test_json_is_the_dict_with_the_brief(zarovsk: Comparison) -> None:
    doc = json.loads(render_json([zarovsk]))
    assert list(doc) == ["stories"] and len(doc["stories"]) == 1
    story = doc["stories"][0]
    assert story["brief"] == [s.to_dict() for s in build_brief(zarovsk)]
    given = zarovsk_json()
    assert {k: v for k, v in story.items() if k != "brief"} == {k: v for k, v in given.items() if k != "brief"}
    assert list(story) == list(given), "the keys in the fixture's order"


def test_safe_url_allows_only_http() -> None:
    assert safe_url("https://a.example/x") == "https://a.example/x"
    assert safe_url("javascript:alert(1)") is None and safe_url(" data:text/html,x") is None and safe_url(None) is None


_TEXT = st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=126) | st.sampled_from("é—“”\u00a0\n\t"), max_size=60
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_md_escape_property_any_text_renders_literally(raw: str) -> None:
    """Whatever the text, its escaped form renders as one paragraph holding exactly that text."""
    flat = " ".join(raw.split())
    html = _md_to_html(md_escape(raw))
    if not flat:
        assert html == ""
        return
    expected = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    assert html == f"<p>{expected}</p>\n"


def test_a_conflict_without_sides_is_still_stated_as_a_conflict(zarovsk: Comparison) -> None:
    zarovsk.conflicts = [
        FigureConflict(
            summary="Who called the meeting: the mayor [1] vs the council [4]",
            sources=[1, 4],
            evidence=[e for c in zarovsk.conflicts for e in c.evidence],  # sentences of sources 1 to 4
            slot=zarovsk.conflicts[0].slot,
            values=[],
            reason="different value",
            explanation="",
            sides=[],
        )
    ]
    brief = build_brief(zarovsk)
    _check_citations(zarovsk, brief)
    assert "Reports differ: Who called the meeting: the mayor vs the council [1][4]." in [s.text for s in brief]


def test_markdown_link_destinations_stay_one_link(zarovsk: Comparison) -> None:
    zarovsk.articles[1].url = "https://a.example/x y>z\n# h"
    html = _md_to_html(render_markdown([zarovsk]))
    assert 'href="https://a.example/x%20y%3Ez%0A#%20h"' in html


def test_capitalised_qualifiers_read_mid_sentence(zarovsk: Comparison) -> None:
    zarovsk.conflicts[2].sides[1].label = "At least 23 across the Lutava region"
    zarovsk.conflicts[2].sides[0].label = "Zarovsk: 14"
    texts = [s.text for s in build_brief(zarovsk)]
    # the lead states the toll of Zarovsk and names the other side mid-sentence
    assert any("as at least 23 across the Lutava region (another scope) [3]" in t for t in texts), texts


def test_bracketed_numbers_in_article_text_are_not_taken_for_citations(zarovsk: Comparison) -> None:
    zarovsk.conflicts[0].sides[0].label = "40 [7]"
    zarovsk.single_source[0].evidence[0].text = "The quake hit at 3:12 a.m. [9], officials said."
    zarovsk.name_variants[0].spellings[0].text = "Y. Dorofeyev [5]"
    brief = build_brief(zarovsk)
    _check_citations(zarovsk, brief)
    assert any("40 (7) [1]" in s.text for s in brief)


def test_brief_never_lends_one_sources_sentence_to_another(zarovsk: Comparison) -> None:
    """When the lead event's summary is one source's own sentence, the other sources are quoted in their
    own words (verbatim, cited to whoever wrote them), never in the first source's."""
    comparison = copy.deepcopy(zarovsk)
    comparison.agreed = [i for i in comparison.agreed if i.kind == "event"]  # the event leads
    event = comparison.agreed[0]
    event.summary = event.evidence[0].text  # what the compare stage writes for real stories
    texts = [s.text for s in build_brief(comparison)]
    also = texts[1]
    assert "also reports:" in also and CITATION.findall(also) == ["2"]
    body = CITATION.sub("", also).split("also reports: ", 1)[1].rstrip(" .")
    body = re.sub(r" \((?:disputed: )?see (?:above|below)\)$", "", body)  # its toll: the lead names the other
    kestrel = next(e.text for e in event.evidence if e.outlet == "Kestrel Herald")
    assert body.rstrip(".") in kestrel
    assert "before dawn" not in also  # the lead source's detail, not Kestrel Herald's
    # [3] and [4] wrote other sentences: no line that only says they "report the same event" (it told a
    # reader nothing); what they add is in the sections
    assert not any("the same event" in t for t in texts), texts


def test_the_lead_is_what_the_articles_open_with_not_late_background() -> None:
    """An agreement deep in the articles (a historical toll under today's news) does not lead the brief;
    an early single-source event does."""

    def ev(article: str, outlet: str, text: str, start: int) -> dict:
        return {"article": article, "outlet": outlet, "text": text, "start": start, "end": start + len(text)}

    background = "The 1918 outbreak killed more than 50 million people worldwide."
    news = "Health officials in Vellmark confirmed a third case of plague on Tuesday."
    comparison = {
        "id": "s1",
        "title": "Third plague case confirmed",
        "sources": [
            {"n": 1, "label": "Harbour Daily", "articles": ["a"]},
            {"n": 2, "label": "Norland Post", "articles": ["b"]},
        ],
        "agreed": [
            {
                "kind": "figure",
                "summary": "People killed: more than 50 million [1][2]",
                "sources": [1, 2],
                "values": [{"text": "more than 50 million", "sources": [1, 2]}],
                "slot": {"counted": "people killed"},
                "evidence": [ev("a", "Harbour Daily", background, 2400), ev("b", "Norland Post", background, 3100)],
            }
        ],
        "conflicts": [],
        "name_variants": [],
        "quote_variants": [],
        "single_source": [
            {"kind": "event", "summary": news, "sources": [1], "evidence": [ev("a", "Harbour Daily", news, 0)]}
        ],
    }
    texts = [s.text for s in build_brief(Comparison.from_dict(comparison))]
    assert texts[0] == news.rstrip(".") + " [1]."
    assert any("50 million" in t for t in texts[1:])  # still reported, after the lead


def test_markdown_evidence_quotes_render_apart(zarovsk: Comparison) -> None:
    """Two outlets' sentences under one item are two paragraphs once rendered, never run together."""
    from markdown_it import MarkdownIt

    html = MarkdownIt().render(render_markdown([zarovsk]))
    quotes = re.findall(r"<blockquote>(.*?)</blockquote>", html, flags=re.S)
    multi = [q for q in quotes if q.count("— <em>") > 1]
    assert multi, "the fixture has items with two outlets' sentences"
    for q in multi:
        assert q.count("<p>") == q.count("— <em>"), q


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("ZAROVSK, Karovia, June 10 (MPA) - A quake struck.", "A quake struck."),
        ("MOSCOW (AP) — Belarus' leader met Putin.", "Belarus' leader met Putin."),
        ("MOSCOW -- Belarus' leader met Putin.", "Belarus' leader met Putin."),
        ("SOCHI, Russia — Putin backed him.", "Putin backed him."),
        ("UN - A report said so.", "UN - A report said so."),  # too short for a place
        ("NATO said on Monday - that it would act.", "NATO said on Monday - that it would act."),
        ("KATOWA, 19 listopada 2026 r. — Woda wdarła się.", "Woda wdarła się."),
        ("МОСКВА, 19 ноября — Вода прорвалась.", "Вода прорвалась."),
    ],
)
def test_a_brief_quotes_a_sentence_without_its_dateline(sentence: str, shown: str) -> None:
    from crosswire.compare.align import without_dateline

    assert without_dateline(sentence) == shown


def test_every_report_says_which_articles_were_not_read(zarovsk: Comparison) -> None:
    """A new user's Italian article was counted as a source and listed, but only the JSON and the web page
    said it was not read: a reader took its silence for the outlet's."""
    unread = UnreadArticle(
        article="a6", source=2, outlet=f"Gazzetta {SCRIPT} {RICH}", language="it", reason="no front-end reads it"
    )
    c = dataclasses.replace(zarovsk, unread=[unread])
    console = Console(record=True, width=80, color_system=None)
    render_terminal(c, console)
    terminal = console.export_text()
    assert "Not read (1 article: nothing it says is compared below):" in terminal
    assert f"[2] Gazzetta {SCRIPT} {RICH} (it): no front-end reads it" in terminal  # one line, unwrapped
    markdown = render_markdown([c])
    assert "**Not read** (1 article: nothing it says is compared below):" in markdown
    assert "- \\[2\\] Gazzetta" in markdown and "no front-end reads it" in markdown
    html = render_html([c])
    assert "<h3>Not read</h3>" in html and "<li>[2] Gazzetta &lt;script&gt;" in html
    assert SCRIPT not in html
    assert "Not read" not in render_markdown([zarovsk]) + render_html([zarovsk])


def test_the_brief_does_not_call_a_disputed_measure_agreed(zarovsk: Comparison) -> None:
    """Two sources' "Nine" people injured, agreed, beside the conflict of that measure: "Sources agree on the
    people injured: Nine [2][3]" right after "Reports of the people injured differ" read as two answers (a
    new user's ferry story). The conflict's sentence tells it; other agreed figures stay."""
    conflict = next(c for c in zarovsk.conflicts if isinstance(c, FigureConflict) and "injured" in c.slot.counted)
    agreed = next(i for i in zarovsk.agreed if isinstance(i, FigureItem))
    disputed = dataclasses.replace(agreed, slot=conflict.slot)
    c = dataclasses.replace(zarovsk, agreed=[disputed, *zarovsk.agreed], brief=[])
    texts = [s.text for s in build_brief(c)]
    assert not any(
        t.startswith(("Sources agree on the people injured", "Figures for the people injured")) for t in texts
    )
    assert any(t.startswith(("Sources agree on the earthquake", "Figures for the earthquake")) for t in texts), texts


def test_counts_and_copies_read_as_words(zarovsk: Comparison) -> None:
    """One conflict is "1 conflict" in every format, and a copy names the outlet and title it syndicates, not an
    internal id (a new user read "1 conflicts" and "copy of `cebf172e...`")."""
    one = dataclasses.replace(zarovsk, conflicts=zarovsk.conflicts[:1])
    md = render_markdown([one])
    assert "· 1 conflict ·" in md and "1 conflicts" not in md
    console = Console(record=True, width=200, color_system=None)
    render_terminal(one, console)
    assert "1 conflict," in console.export_text()
    assert "1 conflicts" not in render_html([one])
    line = next(x for x in md.splitlines() if "copy of" in x)
    assert "copy of Pacific Courier, “Deadly quake hits Karovian city" in line
    assert "pacific-courier-2025-06-10-quake" not in line
