"""The HTML cleaner: trafilatura finds the main text and metadata; crosswire adds what it does not keep apart.

trafilatura (``favor_precision``, no comments: the best setting measured on ``bench/extraction.py``) gives
the body tree with paragraphs and headings. Title, author, site name and date come from meta tags and the
page's JSON-LD (extruct's JSON-LD extractor on the already-parsed tree), with htmldate for the date when the
page states none. crosswire then separates what should not be body text: figure captions
(``<figcaption>``, kept once with their credit), credit lines ("(AFP)", "Reporting by ..."), bylines and
leftover furniture lines, and reads the dateline and wire agency with the same detectors as the text
cleaner. A snippet trafilatura rejects (too short, no article) is cleaned as pre-scraped text instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura

from crosswire.clean.assemble import finish_article
from crosswire.clean.captions import CaptionSet, has_photo_credit, normalise
from crosswire.clean.credits import CreditLine, agencies_in, parse_byline, parse_credit
from crosswire.clean.furniture import furniture_reason
from crosswire.clean.lines import word_count
from crosswire.clean.metadata import plausible_published
from crosswire.clean.parts import TextParts
from crosswire.clean.text import split_text
from crosswire.model import Article, RawDocument
from crosswire.vocab.calendar import iso_datetime
from crosswire.vocab.titles import TITLE_SEPARATORS

EXTRACT_SETTINGS = {"favor_precision": True, "include_comments": False, "include_tables": True}
_SPACE = re.compile(r"\s+")


def _figcaptions(tree: lxml.html.HtmlElement) -> list[str]:
    out = []
    for el in tree.iter("figcaption", "{*}figcaption"):
        text = normalise(" ".join(el.itertext()))
        if text:
            out.append(text)
    return out


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    date: str | None = None
    url: str | None = None  # the page's own address: its canonical link, else og:url


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for el in tree.xpath(f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]'):
            value = (el.get("content") or "").strip()
            if value:
                return value
    return None


def _jsonld_article(tree: lxml.html.HtmlElement) -> dict:
    """The page's JSON-LD article object, read with extruct's JSON-LD extractor on the tree already parsed
    (extruct's full ``extract`` would parse the page again and run every syntax)."""
    try:
        from extruct.jsonld import JsonLdExtractor

        data = JsonLdExtractor().extract_items(tree)
    except Exception:  # noqa: BLE001 - broken JSON-LD is common; it only adds metadata
        return {}
    for item in data:
        items = item.get("@graph", [item]) if isinstance(item, dict) else []
        for obj in items if isinstance(items, list) else []:
            if not isinstance(obj, dict):
                continue
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith(("Article", "Report", "BlogPosting")) for k in kinds):
                return obj
    return {}


def _name(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def page_metadata(tree: lxml.html.HtmlElement, url: str | None = None) -> PageMeta:
    """Title, author, site name and date from meta tags and JSON-LD, with htmldate for the date.

    Read directly rather than through trafilatura's ``with_metadata`` (which costs a third of the page time
    here); htmldate is the same date finder trafilatura would call."""
    ld = _jsonld_article(tree)
    meta = PageMeta()
    meta.title = _meta(tree, "og:title", "twitter:title") or _name(ld.get("headline"))
    if not meta.title:
        h1 = tree.find(".//h1")
        meta.title = normalise(h1.text_content()) if h1 is not None else None
    if not meta.title:
        t = tree.find(".//title")
        meta.title = normalise(t.text_content()) if t is not None else None
    meta.author = _name(ld.get("author")) or _meta(tree, "author", "article:author", "byl")
    if meta.author and (meta.author.startswith("http") or len(meta.author) > 120):
        meta.author = None
    meta.sitename = _meta(tree, "og:site_name", "application-name") or _name(ld.get("publisher"))
    date = _name(ld.get("datePublished")) or _meta(
        tree, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued"
    )
    if not plausible_published(_iso_date(date)):  # none, or a placeholder such as "0001-01-01"
        try:
            from htmldate import find_date

            date = find_date(tree, url=url, extensive_search=False, original_date=True)
        except Exception:  # noqa: BLE001 - a date is optional metadata
            date = None
    if meta.title and meta.sitename:
        for sep in TITLE_SEPARATORS:
            if meta.title.endswith(sep + meta.sitename):
                meta.title = meta.title[: -len(sep + meta.sitename)].strip()
    meta.date = _iso_date(date)
    meta.url = _page_url(tree)
    return meta


def _page_url(tree: lxml.html.HtmlElement) -> str | None:
    """The address the page gives itself: a saved page has lost the one it was fetched from, and the
    address names the outlet (its domain) and tells copies of one page apart."""
    candidates = [el.get("href") for el in tree.xpath('//link[@rel="canonical"]')]
    candidates.append(_meta(tree, "og:url"))
    for value in candidates:
        value = (value or "").strip()
        if re.match(r"https?://[^\s/]+\.[^\s/]+", value) and len(value) <= 2000:
            return value
    return None


def _iso_date(value: str | None) -> str | None:
    """The page's publication time as ISO 8601: with its time and offset when the page gives them (the
    comparison of "on Friday" and of figures across outlets needs the day in the outlet's own time zone),
    else the day alone."""
    if not value or not re.match(r"\d{4}-\d{2}-\d{2}", value):
        return None
    parsed = iso_datetime(value.strip())
    if parsed is None:
        return value[:10]
    if len(value.strip()) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat()


_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "blockquote",
    "figcaption",
    "section",
    "article",
    "header",
    "footer",
    "td",
    "dt",
    "dd",
    "pre",
}


def _visible_text(html: str) -> str:
    """The page's visible text with a line break after each block element (scripts and styles dropped)."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for el in list(tree.iter("script", "style", "noscript", "template")):
        el.drop_tree()
    for el in tree.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    return tree.text_content()


_INLINE = ("span", "div", "aside", "section", "ul", "figure")


def _drop_inline_link_cards(tree: lxml.html.HtmlElement) -> None:
    """Remove link cards hidden inside paragraphs: a hover card after a politician's name carries a photo,
    the full name, three headlines and "MORE", all links, which a stylesheet hides and text extraction
    keeps ("Kristi NoemKristi Lynn Noem South Dakota governor doubles down ... MORE (R) is defending").

    Link density, innermost first: an element inside a paragraph with three or more links whose text is
    nearly all link text is dropped (its tail kept), unless it holds the paragraph's whole text."""
    for para in tree.iter("p"):
        para_text = len(para.text_content().strip())
        cards = []
        for el in para.iterdescendants(*_INLINE):
            links = el.findall(".//a")
            if len(links) < 3:
                continue
            text = el.text_content().strip()
            link_text = sum(len(a.text_content().strip()) for a in links)
            if text and link_text >= 0.8 * len(text) and len(text) < 0.9 * para_text:
                cards.append(el)
        innermost = [c for c in cards if not any(o is not c and c in o.iterancestors() for o in cards)]
        for el in innermost:
            el.drop_tree()  # lxml keeps the element's tail text


def html_blocks(html, url: str | None = None) -> tuple[list[tuple[str, str]], object | None]:
    """(kind, text) blocks of the main text in reading order, and trafilatura's Document (metadata).

    ``html`` is a string or an lxml tree (which trafilatura prunes in place)."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=False, **EXTRACT_SETTINGS)
    if doc is None or getattr(doc, "body", None) is None:
        return [], doc
    blocks: list[tuple[str, str]] = []
    for el in doc.body:
        tag = el.tag
        if tag == "list":
            items = [normalise(" ".join(i.itertext())) for i in el.iter("item")]
            blocks.extend(("paragraph", t) for t in items if t)
            continue
        text = normalise(" ".join(el.itertext()))
        if not text:
            continue
        blocks.append(("subheading" if tag == "head" else "paragraph", text))
    return blocks, doc


def clean_html(raw: RawDocument) -> Article:
    parts = TextParts()
    # Parse once: captions and JSON-LD are read first, then trafilatura extracts from (and prunes) the tree.
    tree = trafilatura.load_html(raw.content)
    if tree is None:
        return finish_article(raw, split_text(_visible_text(raw.content)))
    captions = _figcaptions(tree)
    meta = page_metadata(tree, raw.url)
    _drop_inline_link_cards(tree)
    blocks, _ = html_blocks(tree, raw.url)
    fallback_text = _visible_text(raw.content) if not blocks else ""
    if fallback_text.strip():
        # trafilatura found no article (a bare snippet, a page of short lines): clean its visible text as
        # pre-scraped text instead of returning nothing
        return finish_article(raw, split_text(fallback_text))
    parts.captions = CaptionSet()
    for c in captions:
        if parts.captions.add(c):
            parts.caption_lines.append(c)
    caption_keys = {normalise(c.text).lower() for c in parts.captions.captions}
    for i, (kind, text) in enumerate(blocks, start=1):
        words = word_count(text)
        if text.lower() in caption_keys or parts.captions.find(text) is not None:
            parts.removed.append((text, "duplicate caption", None))
            continue
        credit = parse_credit(text)
        if credit is not None and (credit.agencies or credit.contributors):
            parts.credits.append(credit)
            parts.removed.append((text, "credit", None))
            continue
        reason = furniture_reason(text, words) if words < 12 else None
        if reason:
            parts.removed.append((text, reason, None))
            parts.furniture_text.append(text)
            continue
        if words >= 4 and has_photo_credit(text) and words < 80:
            if parts.captions.add(text):
                parts.caption_lines.append(text)
            parts.removed.append((text, "caption", None))
            continue
        names = parse_byline(text)
        if names and not parts.blocks:
            parts.bylines.append(names)
            parts.credits.append(CreditLine(text, [], names))
            parts.removed.append((text, "byline", None))
            continue
        parts.blocks.append((kind, text, i))
    while parts.blocks and parts.blocks[0][0] == "subheading":
        # a heading before any paragraph is the headline repeated, not a section heading
        parts.removed.append((parts.blocks[0][1], "title", None))
        parts.blocks.pop(0)

    parts.title = meta.title
    if meta.author and not parts.bylines:
        names = [n.strip() for n in re.split(r";|,|\band\b", meta.author) if n.strip() and not agencies_in(n)]
        if names:
            parts.bylines.append(names)
    outlet_hint = meta.sitename
    if outlet_hint:
        parts.furniture_text.append(f"© {outlet_hint}")
    article = finish_article(raw, parts, published_hint=meta.date, outlet_hint=outlet_hint, url_hint=meta.url)
    article.kind = raw.kind
    return article
