"""An HTML page's own metadata: headline, author, site name, publication and update times and address, from
meta tags and the page's JSON-LD (extruct's JSON-LD extractor on the already-parsed tree), with htmldate for
the date when the page states none.

The publication date is the first publication, never a later update: the article node's ``datePublished``,
then any other node of the JSON-LD graph that gives one (a WebPage node often carries it when the article
node does not), then the published-time meta tags, then a ``<time>`` the page marks as published, and only
then htmldate (asked for the original date). The update time (``dateModified``, ``article:modified_time``,
``og:updated_time``) is kept apart as ``modified``.

The author, when no meta tag or JSON-LD names one, is read from the page's visible author markup (an author
card, a byline element): trafilatura's author reader first (:func:`library_author`), then what it misses
(:func:`visible_author`). An agency beside the name ("Anna Kowalska, Vistula Wire") stays in the author
field; the cleaner separates it (:func:`crosswire.clean.credits.split_author`)."""

# lxml ships no type information (and lxml-stubs is not a dependency): its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import lxml.html

from crosswire.clean.captions import normalise
from crosswire.clean.published import plausible_published
from crosswire.vocab.calendar import iso_datetime
from crosswire.vocab.titles import TITLE_SEPARATORS


@dataclass(slots=True)
class PageMeta:
    """What an HTML page says about itself: headline, author, site name, publication time (ISO 8601)
    and its own address."""

    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    date: str | None = None
    modified: str | None = None  # the latest update the page states (ISO 8601)
    url: str | None = None  # the page's own address: its canonical link, else og:url


def _meta(tree: lxml.html.HtmlElement | list[Any], *names: str) -> str | None:
    """The ``content`` of the first ``<meta>`` (in document order) whose ``property``, ``name`` or ``itemprop``
    is the first of ``names`` any has, non-empty and stripped; None when none has one. ``tree`` is the page
    or the list of its ``<meta>`` elements (:func:`_metas`), read once for the several look-ups of one page
    instead of one walk of the whole tree per name (~15 per page)."""
    metas = tree if isinstance(tree, list) else _metas(tree)
    for name in names:
        for el in metas:
            if el.get("property") == name or el.get("name") == name or el.get("itemprop") == name:
                value = (el.get("content") or "").strip()
                if value:
                    return value
    return None


def _metas(tree: lxml.html.HtmlElement) -> list[Any]:
    """The page's ``<meta>`` elements, in document order (the whole document's, as ``//meta`` reads)."""
    return list(tree.xpath("//meta"))


def _jsonld_nodes(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """Every object of the page's JSON-LD (graphs flattened), read with extruct's JSON-LD extractor on the
    tree already parsed (extruct's full ``extract`` would parse the page again and run every syntax)."""
    try:
        from extruct.jsonld import JsonLdExtractor

        data = JsonLdExtractor().extract_items(tree)
    except Exception:  # noqa: BLE001 - broken JSON-LD is common; it only adds metadata
        return []
    nodes: list[dict[str, Any]] = []
    for item in data:
        items = item.get("@graph", [item]) if isinstance(item, dict) else []
        nodes.extend(obj for obj in (items if isinstance(items, list) else []) if isinstance(obj, dict))
    return nodes


def _jsonld_article(nodes: list[dict[str, Any]]) -> dict[str, Any]:
    """The page's JSON-LD article object, or {}."""
    for obj in nodes:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.endswith(("Article", "Report", "BlogPosting")) for k in kinds):
            return obj
    return {}


def _graph_date(nodes: list[dict[str, Any]], key: str) -> str | None:
    """The first ``key`` (``datePublished``, ``dateModified``) any node of the graph gives."""
    for obj in nodes:
        value = _name(obj.get(key))
        if value:
            return value
    return None


def _time_marked(tree: lxml.html.HtmlElement, mark: str) -> str | None:
    """The ``datetime`` of a ``<time>`` (or any element's ``content``) the page marks with ``mark`` in its
    class or itemprop: ``published`` / ``datePublished``, ``updated`` / ``dateModified``."""
    for el in tree.iter("time"):
        marks = f"{el.get('class', '')} {el.get('itemprop', '')}".lower()
        if mark in marks and (value := (el.get("datetime") or "").strip()):
            return value
    return None


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
    here); htmldate is the same date finder trafilatura would call. Never raises: broken JSON-LD or a date
    finder failure leaves the field None."""
    nodes = _jsonld_nodes(tree)
    ld = _jsonld_article(nodes)
    metas = _metas(tree)  # read before htmldate, which is given the tree below
    meta = PageMeta()
    meta.title = _meta(metas, "og:title", "twitter:title") or _name(ld.get("headline"))
    if not meta.title:
        h1 = tree.find(".//h1")
        meta.title = normalise(h1.text_content()) if h1 is not None else None
    if not meta.title:
        t = tree.find(".//title")
        meta.title = normalise(t.text_content()) if t is not None else None
    meta.author = _name(ld.get("author")) or _meta(metas, "author", "article:author", "byl")
    if meta.author and (meta.author.startswith("http") or len(meta.author) > 120):
        meta.author = None
    meta.author = _with_visible_person(meta.author, tree)
    meta.sitename = _meta(metas, "og:site_name", "application-name") or _name(ld.get("publisher"))
    date = (
        _name(ld.get("datePublished"))
        or _graph_date(nodes, "datePublished")
        or _meta(
            metas,
            "article:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "date",
            "dc.date",
            "DC.date.issued",
        )
        or _time_marked(tree, "published")
        or _time_marked(tree, "datepublished")
    )
    modified = (
        _name(ld.get("dateModified"))
        or _graph_date(nodes, "dateModified")
        or _meta(metas, "article:modified_time", "og:updated_time", "dateModified", "last-modified")
        or _time_marked(tree, "updated")
        or _time_marked(tree, "datemodified")
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
    meta.modified = _iso_date(modified)
    meta.url = _page_url(tree)
    return meta


def later_than(modified: str | None, published: str | None) -> str | None:
    """``modified`` when it is a time after ``published`` (an update worth keeping apart), else None."""
    when, first = iso_datetime(modified or ""), iso_datetime(published or "")
    if when is None:
        return None
    if first is None:
        return modified
    if (when.tzinfo is None) != (first.tzinfo is None):
        when, first = when.replace(tzinfo=None), first.replace(tzinfo=None)
    return modified if when > first else None


_AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:author|byline|writer|reporter)(?:[\s_-]|$)", re.I)
# a reader's comment ("comment-author-link" in a "Recent comments" list) names its commenter, not the reporter
_COMMENT_CLASS = re.compile(r"comment", re.I)
_NAME_CLASS = re.compile(r"(?:^|[\s_-])name(?:[\s_-]|$)", re.I)
_NOT_A_NAME = re.compile(r"\b(?:email|e-mail|contact|follow|more|about|view|profile|articles|stories|posts)\b", re.I)


def library_author(tree: lxml.html.HtmlElement) -> str | None:
    """The author trafilatura's metadata reader finds in the page's visible author markup (``rel="author"``,
    a ``byline`` or ``author`` class, ``itemprop="author"``), names joined by "; " ("Anna Kowalska; Vistula
    Wire"), kept only when :func:`~crosswire.clean.credits.split_author` reads a reporter or an agency in
    it (a job title or a link's wording is no author). None when it finds none or fails."""
    from crosswire.clean.credits import split_author

    try:
        from trafilatura.metadata import extract_author

        found = extract_author(tree)  # prunes a copy of the tree, never the tree itself
    except Exception:  # noqa: BLE001 - an author is optional metadata
        return None
    if not found or len(found) > 120 or _NOT_A_NAME.search(found):
        return None
    people, agencies = split_author(found)
    return found if people or agencies else None


def _visible_authors(tree: lxml.html.HtmlElement) -> str | None:
    """The page's visible author: the hand-written reader's reporter when it finds one (stricter: trafilatura's
    reader takes a desk's name, "Health Desk", for a person), with the agencies trafilatura's reader finds
    beside it ("Anna Kowalska; Vistula Wire"); else trafilatura's reader's whole finding."""
    from crosswire.clean.credits import split_author

    found = library_author(tree)
    person = visible_author(tree)
    if person:
        return "; ".join([person, *(a for a in (split_author(found)[1] if found else []) if a not in person)])
    return found


def _with_visible_person(author: str | None, tree: lxml.html.HtmlElement) -> str | None:
    """The page's author with its reporter: ``author`` (from a meta tag or JSON-LD) when it names a person; when
    it names only an agency (``<meta name="author" content="NorthWire">`` over a visible "By Helen Marsh,
    NorthWire" byline: an agency is no byline) or nothing, the visible author (:func:`_visible_authors`, the
    library's reader first) with the metadata's agencies after it ("Helen Marsh; NorthWire"); ``author`` as it
    is when the page shows no person either."""
    from crosswire.clean.credits import split_author

    if author and split_author(author)[0]:
        return author
    visible = _visible_authors(tree)
    if not visible:
        return author
    people, agencies = split_author(visible)
    if not people:
        return author or visible
    extra = [a for a in (split_author(author)[1] if author else []) if a not in agencies]
    return "; ".join([visible, *extra])


def visible_author(tree: lxml.html.HtmlElement) -> str | None:
    """The author's name as the page shows it, when no metadata names one: ``itemprop="author"`` (its
    ``name``), a ``rel="author"`` link, then elements whose class names an author or byline, those that
    also say ``name`` first ("author-card__name"), never a reader comment's ("comment-author"). A candidate
    must read as a person's name (2-4 capitalised words, :func:`~crosswire.clean.credits.parse_name_line`): a
    job title ("Senior Reporter") or a link's wording ("Email the author") never passes."""
    from crosswire.clean.credits import agency_named, parse_name_line

    candidates = list(tree.xpath('//*[@itemprop="author"]//*[@itemprop="name"] | //*[@itemprop="author"]'))
    candidates += tree.xpath('//a[@rel="author"]')
    # elements only, in document order; one with no class cannot match (the XPath skips them in C)
    marked = [
        el
        for el in tree.xpath("//*[@class]")
        if _AUTHOR_CLASS.search(el.get("class")) and not _COMMENT_CLASS.search(el.get("class"))
    ]
    candidates += [el for el in marked if _NAME_CLASS.search(el.get("class", ""))]
    candidates += marked
    for el in candidates:
        if el.tag in ("script", "style", "meta"):
            continue
        text = normalise(re.sub(r"^\s*by\s+", "", " ".join(el.itertext()), flags=re.I))
        if not text or len(text) > 60 or _NOT_A_NAME.search(text):
            continue
        names = parse_name_line(text)
        if names:
            # "Anna Kowalska, Vistula Wire": the agency stays beside the name, for the cleaner to credit
            return text if agency_named(text[len(names[0]) :], credited=True) else names[0]
    return None


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
