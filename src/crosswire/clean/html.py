"""The HTML cleaner: trafilatura finds the main text; crosswire adds what it does not keep apart.

trafilatura (``favor_precision``, no comments: the best setting measured on ``bench/extraction.py``) gives
the body tree with paragraphs and headings. Title, author, site name and date come from the page's own
metadata (:mod:`crosswire.clean.page_meta`). crosswire then separates what should not be body text: figure
captions (``<figcaption>``, kept once with their credit), credit lines ("(AFP)", "Reporting by ..."),
bylines and leftover furniture lines, and reads the dateline and wire agency with the same detectors as the
text cleaner. A snippet trafilatura rejects (too short, no article) is cleaned as pre-scraped text instead.
"""

# lxml ships no type information (and lxml-stubs is not a dependency): its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import trafilatura

from crosswire.clean.assemble import finish_article
from crosswire.clean.captions import has_photo_credit, normalise
from crosswire.clean.credits import CreditLine, byline_agencies, parse_byline, parse_credit, split_author
from crosswire.clean.furniture import SHORT_LINE_WORDS, furniture_reason
from crosswire.clean.lines import INSET_REASONS, classify_line, is_sentence, word_count
from crosswire.clean.page_meta import later_than, page_metadata
from crosswire.clean.page_outlet import page_outlet
from crosswire.clean.parts import TextParts
from crosswire.clean.stamps import is_place_stamp, is_publication_stamp, parse_byline_stamp
from crosswire.clean.text import split_text
from crosswire.model import Article, BlockKind, RawDocument

# trafilatura's settings: the best measured on bench/extraction.py.
FAVOR_PRECISION, INCLUDE_COMMENTS, INCLUDE_TABLES = True, False, True


STANDFIRSTS = 1  # paragraphs (a standfirst) a place-and-stamp line may come after and still be metadata


def _figcaptions(tree: lxml.html.HtmlElement) -> list[str]:
    out = []
    for el in tree.iter("figcaption", "{*}figcaption"):
        text = normalise(" ".join(el.itertext()))
        if text:
            out.append(text)
    return out


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


_CONSENT_MARK = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|onetrust|didomi|qc-cmp2?|sp_message|usercentrics|truste|"
    r"privacy-(?:banner|notice|manager|choices|center))(?:$|[\s_-])",
    re.I,
)
_CONSENT_WORDS = re.compile(
    r"\b(?:cookies?|consent|partners|personali[sz]e|advertising|privacy|legitimate interest)\b", re.I
)
MAX_CONSENT_WORDS = 400  # a consent dialog is short; a page wrapper with "cookie" in its class is not one


def prepare_tree(tree: lxml.html.HtmlElement) -> list[tuple[str, str, int | None]]:
    """Fix what trafilatura gets wrong about a page's layout, before it runs; returns what was taken out.

    - A cookie-consent dialog (an element whose id or class names a consent manager and whose text speaks
      of cookies, partners or consent) is removed and reported as ``consent dialog``: trafilatura takes it
      for the main text when the article sits where it does not look.
    - An ``<aside>`` that holds the article (the page's ``<h1>``, or most of its paragraph text) is read as
      a ``<div>``: trafilatura drops every ``<aside>`` as a sidebar, and with it such a page's whole body."""
    removed: list[tuple[str, str, int | None]] = []
    dropped: list[lxml.html.HtmlElement] = []
    # Only elements with an id or a class can carry a consent manager's mark (the XPath is in document order,
    # as iterating the tree was, and selects elements only); most of a page's elements have neither.
    for el in tree.xpath("//*[@id or @class]"):
        if el.getparent() is None:
            continue
        if dropped and any(a is d for a in el.iterancestors() for d in dropped):
            continue  # inside a dialog already removed
        marks = f"{el.get('id', '')} {el.get('class', '')}"
        if not _CONSENT_MARK.search(marks):
            continue
        text = normalise(" ".join(el.itertext()))
        if _CONSENT_WORDS.search(text) and word_count(text) <= MAX_CONSENT_WORDS and el.find(".//h1") is None:
            removed.append((text[:300], "consent dialog", None))
            dropped.append(el)
            el.drop_tree()
    paragraph_words = sum(word_count(p.text_content()) for p in tree.iter("p"))
    for aside in list(tree.iter("aside")):
        inside = sum(word_count(p.text_content()) for p in aside.iter("p"))
        if aside.find(".//h1") is not None or (inside >= 60 and inside * 2 > paragraph_words):
            aside.tag = "div"
    return removed


def html_blocks(html: str | lxml.html.HtmlElement, url: str | None = None) -> list[tuple[BlockKind, str]]:
    """(kind, text) blocks of the main text in reading order ("paragraph" or "subheading"); [] when
    trafilatura finds no article. ``html`` is a string or an lxml tree (which trafilatura prunes in place)."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=False,
        favor_precision=FAVOR_PRECISION,
        include_comments=INCLUDE_COMMENTS,
        include_tables=INCLUDE_TABLES,
    )
    body = getattr(doc, "body", None)
    if body is None:
        return []
    blocks: list[tuple[BlockKind, str]] = []
    for el in body:
        tag = el.tag
        if tag == "list":
            items = [normalise(" ".join(i.itertext())) for i in el.iter("item")]
            blocks.extend(("paragraph", t) for t in items if t)
            continue
        text = normalise(" ".join(el.itertext()))
        if not text:
            continue
        blocks.append(("subheading" if tag == "head" else "paragraph", text))
    return blocks


def clean_html(raw: RawDocument) -> Article:
    """Clean one HTML page into an Article.

    Input: a RawDocument whose ``content`` is the page's HTML (``content_type`` "html"). Output: the
    Article with body blocks in reading order, captions, credits, contributors, outlet, dateline, agency,
    publication time and language, and every line taken out in ``removed`` with its reason (``line`` is
    None: HTML has no input lines). Metadata the container gave (``raw.title``, ``raw.published``, ...)
    wins over the page's. A page with no article for trafilatura, or no parsable tree, is cleaned from its
    visible text as pre-scraped text. Errors from the parsers propagate; :func:`clean_document` turns them
    into a failed Article.
    """
    # Parse once: captions and JSON-LD are read first, then trafilatura extracts from (and prunes) the tree.
    tree = trafilatura.load_html(raw.content)
    if tree is None:
        return finish_article(raw, split_text(_visible_text(raw.content)))
    captions = _figcaptions(tree)
    meta = page_metadata(tree, raw.url)
    site, untitled = (meta.sitename, None) if meta.sitename else page_outlet(tree, meta.title)
    prepared = prepare_tree(tree)
    _drop_inline_link_cards(tree)
    blocks = html_blocks(tree, raw.url)
    fallback_text = _visible_text(raw.content) if not blocks else ""
    if fallback_text.strip():
        # trafilatura found no article (a bare snippet, a page of short lines): clean its visible text as
        # pre-scraped text instead of returning nothing
        return finish_article(raw, split_text(fallback_text))
    parts = _html_parts(blocks, captions, meta.title, meta.author)
    parts.removed[:0] = prepared
    # the <title> without its outlet, when the page's title is that <title> (not a fuller h1 that merely
    # starts like it: "… возраст до 64 лет" against "… возраст — Восточный вестник")
    with_site = bool(untitled and site and meta.title and untitled in meta.title and site in meta.title)
    parts.title = untitled if with_site else meta.title
    if meta.author:
        # "Anna Kowalska, Vistula Wire", "Anna Kowalska; Vistula Wire": the reporters are the byline (when the
        # text prints none), the agency beside them is the story's wire credit
        names, agencies = split_author(meta.author)
        parts.author = meta.author  # "Helen Carver, Marrowby Herald": the paper is read from it (finish_article)
        if names and not parts.bylines:
            parts.bylines.append(names)
        if agencies and not any(c.agencies for c in parts.credits):
            parts.credits.append(CreditLine(meta.author, agencies))
    if site:
        parts.furniture_text.append(f"© {site}")
    article = finish_article(raw, parts, published_hint=meta.date, outlet_hint=site, url_hint=meta.url)
    article.kind = raw.kind
    article.modified = raw.modified or later_than(meta.modified, article.published)
    return article


# A kicker or section label above the headline ("Panorama", "World news", "Politik | Inland"): a few words,
# no sentence. Four words is the longest such label seen in the real pages of bench/extraction.py.
KICKER_MAX_WORDS = 4


def _header_blocks(blocks: list[tuple[BlockKind, str]], title: str | None) -> int:
    """How many of the leading ``blocks`` are the page's header, not its body: the headline (a heading, or a
    paragraph repeating the page's ``title``) and the kicker or section labels above it (short lines that
    are no sentence). 0 when no headline comes before the first sentence of text; the header ends at the
    last headline, so a standfirst under it stays body."""
    key = normalise(title or "").lower()
    end = 0
    for i, (kind, text) in enumerate(blocks):
        is_title = bool(key) and normalise(text).lower() == key
        if kind == "subheading" or is_title:
            end = i + 1
            continue
        if word_count(text) > KICKER_MAX_WORDS or is_sentence(text):
            break
    return end


def _html_parts(
    blocks: list[tuple[BlockKind, str]], captions: list[str], title: str | None = None, author: str | None = None
) -> TextParts:
    """The extracted blocks sorted into body, captions, credits, bylines and removed furniture. The page's
    header is metadata, never body: a heading before any paragraph is the headline repeated, not a section
    heading, and a kicker or section label above it ("Panorama") goes with it (see :func:`_header_blocks`);
    ``author`` is the page's meta author, whose bare name printed above the text is its byline."""
    parts = TextParts()
    authors = frozenset(n.lower() for n in split_author(author)[0]) if author else frozenset()
    for c in captions:
        if parts.captions.add(c):
            parts.caption_lines.append(c)
    caption_keys = {normalise(c.text).lower() for c in parts.captions.captions}
    header = _header_blocks(blocks, title)
    header_at: int | None = None  # the block number of the first date line or byline removed above the text
    for i, (kind, text) in enumerate(blocks, start=1):
        if i <= header:
            heading = kind == "subheading" or normalise(text).lower() == normalise(title or "").lower()
            byline = parse_byline(text) or parse_credit(text) or parse_byline_stamp(text)
            if heading or not byline:  # a byline above it is still read
                parts.removed.append((text, "title" if heading else "section label", None))
                continue
        if _take_block(parts, i, kind, text, caption_keys, authors) and header_at is None:
            header_at = i
    # a heading under a date line or byline printed as a paragraph is the standfirst, not the headline repeated
    while parts.blocks and parts.blocks[0][0] == "subheading" and (header_at is None or parts.blocks[0][2] < header_at):
        parts.removed.append((parts.blocks[0][1], "title", None))
        parts.blocks.pop(0)
    return parts


def _take_block(
    parts: TextParts,
    i: int,
    kind: BlockKind,
    text: str,
    caption_keys: set[str],
    authors: frozenset[str] = frozenset(),
) -> bool:
    """One extracted block's decision, recorded in ``parts``; ``authors``: the meta author's names, lower case.
    True when the block is a date line or the author's name printed above the text (:func:`_header_line`)."""
    words = word_count(text)
    if text.lower() in caption_keys or parts.captions.find(text) is not None:
        parts.removed.append((text, "duplicate caption", None))
        return False
    credit = parse_credit(text)
    if credit is not None and (credit.agencies or credit.contributors):
        parts.credits.append(credit)
        parts.removed.append((text, "credit", None))
        return False
    reason = furniture_reason(text, words) if words < 12 else None
    if reason is None and words < SHORT_LINE_WORDS and furniture_reason(text, words) in INSET_REASONS:
        # "Lire aussi : Finale du Bouclier continental : ce qu'il faut savoir": a teaser's prefix and a
        # linked headline run longer than a menu line, and are still no part of the story
        reason = furniture_reason(text, words)
    if reason:
        parts.removed.append((text, reason, None))
        parts.furniture_text.append(text)
        return False
    if words >= 4 and has_photo_credit(text) and words < 80:
        if parts.captions.add(text):
            parts.caption_lines.append(text)
        parts.removed.append((text, "caption", None))
        return False
    before_text = not any(block[0] == "paragraph" for block in parts.blocks)
    under_standfirst = sum(block[0] == "paragraph" for block in parts.blocks) <= STANDFIRSTS
    with_stamp = parse_byline_stamp(text)
    names = parse_byline(text) or (with_stamp[0] if with_stamp else None)
    # under the headline or its standfirst, before the text ("Par Claire Dumont, envoyée spéciale à Lyon" under
    # a chapô: a new user's French page kept it as a body sentence); with a stamp, anywhere
    if names and (under_standfirst or with_stamp):
        parts.bylines.append(names)
        parts.credits.append(CreditLine(text, byline_agencies(text), names))
        parts.removed.append((text, "byline", None))
        if with_stamp:  # "Par Jean Morel — Publié le 14 mai 2026 à 21h05": the stamp dates the page
            parts.header_stamps.append(with_stamp[1])
        return False
    if is_publication_stamp(text):  # "Publié le 14 mai 2026 à 21h05", "Опубликовано 14 мая 2026": no body
        parts.removed.append((text, "date/time line", None))
        if before_text:
            parts.header_stamps.append(text)
        return False
    # "Basilea, 1 dicembre 2026 - 16:30": the dateline and the stamp, above the text or under its standfirst
    if sum(block[0] == "paragraph" for block in parts.blocks) <= STANDFIRSTS and is_place_stamp(text):
        parts.removed.append((text, "date/time line", None))
        parts.header_stamps.append(text)
        return False
    if before_text and _header_line(text, authors):
        _header_removed(parts, text, authors)
        return True
    parts.blocks.append((kind, text, i))
    return False


def _header_line(text: str, authors: frozenset[str]) -> bool:
    """Whether a block above the text is the page's header printed as a paragraph: a date line alone ("Tuesday 1
    December 2026", "24.11.2026, 20:30 Uhr", "wtorek, 24 listopada 2026, 20:05": the text cleaner's date/time
    line) or the meta author's bare name ("Piotr Wolański" under the headline). New users' pages kept both as
    body sentences."""
    if normalise(text).lower() in authors:
        return True
    return classify_line(0, text).reason == "date/time line"


def _header_removed(parts: TextParts, text: str, authors: frozenset[str]) -> None:
    if normalise(text).lower() in authors:
        names = split_author(text)[0] or [text]
        if not parts.bylines:
            parts.bylines.append(names)
        parts.credits.append(CreditLine(text, [], names))
        parts.removed.append((text, "byline", None))
        return
    parts.removed.append((text, "date/time line", None))
    parts.header_stamps.append(text)  # "19 listopada 2025 r." above the text dates the page
