"""The outlet an HTML page names without og:site_name: the site part of its ``<title>`` ("Story headline |
The Northern Ledger", "The Northern Ledger - Story headline") and the name its footer's copyright line gives
("© 2026 The Northern Ledger").

A title splits at the separators of ``data/vocab.toml`` ("|", "-", "–", "—", "::") and " · ". A headline
may itself hold " - ", so a part of the title is taken as the outlet only when another signal backs it: the
footer names it too, the rest of the title is the page's headline (its ``h1`` or og:title), or the part is
shaped like a newspaper's masthead (:func:`crosswire.clean.metadata.masthead_name`: English papers' last words,
"The Northern Ledger", and other languages' papers built on a leading or trailing noun, "El Diario Europeo",
"Вісник Полісся", "Tarsker Rundschau"; a section's name or a headline in sentence case is none). A footer's copyright
name alone is taken when the title gives none (an agency's copyright credits a story, it names no site: a listed
agency or a name with an agency word, :func:`crosswire.clean.credits.agency_named`).
Written by hand: trafilatura's and htmldate's metadata readers take a site name from meta tags and the URL
only.
"""

# lxml ships no type information (and lxml-stubs is not a dependency): its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import re

import lxml.html

from crosswire.clean.captions import normalise
from crosswire.clean.credits import agency_named
from crosswire.clean.metadata import masthead_name, outlet_without_section
from crosswire.vocab.titles import TITLE_SEPARATORS

PAGE_SEPARATORS = (*TITLE_SEPARATORS, " · ")
# A copyright line: the mark, an optional year or span, then the name (in any script: "© 2026 Восточный
# вестник") up to a stop, a bar, "All rights", a year after it ("© El Heraldo de Marsende 2026.": the year is no part
# of the name, as the text cleaner's copyright cue reads it) or a spaced dash ("© Corriere di Levante - Riproduzione").
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[^\W\d_][\w.&'’ -]{1,50}?)"
    r"\s*(?:[.,|]|\s+all rights|\s+(?:19|20)\d\d\b|\s+[-–—]\s|$)",
    re.I,
)
_FOOTER = (
    "//footer | //*[contains(concat(' ', normalize-space(@class), ' '), ' footer ')] | //*[@id='footer']"
    " | //*[contains(@class, 'copyright')]"
)
MAX_NAME_WORDS = 6  # "The Northern Ledger and Evening Post": longer parts are headlines


def footer_names(tree: lxml.html.HtmlElement) -> list[str]:
    """The names the page's footer copyright lines give, in page order (no agency, 1-6 words)."""
    out: list[str] = []
    for el in tree.xpath(_FOOTER):
        for line in el.text_content().splitlines():
            m = _COPYRIGHT.search(normalise(line))
            if not m:
                continue
            name = m.group("name").strip(" .,-")
            if not name[:1].isupper():
                continue  # "© all rights reserved"
            if 1 <= len(name.split()) <= MAX_NAME_WORDS and not agency_named(name) and name not in out:
                out.append(name)
    return out


def title_outlet(title: str | None, headline: str | None, footer: list[str]) -> tuple[str, str] | None:
    """(outlet, the title without it) from a ``<title>`` text, its outlet first or last; None when no part
    is backed by ``footer`` names, by ``headline`` (the page's h1 or og:title) being the rest, or by a
    masthead's shape."""
    if not title:
        return None
    # the site's section after its name ("Headline – L'Écho maritime – Actualités") is no outlet
    title = outlet_without_section(title) or title
    low_footer = {f.lower() for f in footer}
    head = normalise(headline or "").lower()
    for sep in PAGE_SEPARATORS:
        if sep not in title:
            continue
        first, last = title.split(sep, 1)[0].strip(), title.rsplit(sep, 1)[1].strip()
        for name, rest in ((last, title.rsplit(sep, 1)[0].strip()), (first, title.split(sep, 1)[1].strip())):
            if not 1 <= len(name.split()) <= MAX_NAME_WORDS or not name[:1].isupper():
                continue
            if name.lower() in low_footer or (head and normalise(rest).lower() == head) or masthead_name(name):
                return name, rest
    return None


def page_outlet(tree: lxml.html.HtmlElement, headline: str | None) -> tuple[str | None, str | None]:
    """(outlet, the ``<title>`` without it or None) of a page from its title and footer; (None, None) when
    neither names one. ``headline`` is the page's h1 or og:title, when it has one apart from ``<title>``."""
    footer = footer_names(tree)
    t = tree.find(".//title")
    title = normalise(t.text_content()) if t is not None else None
    got = title_outlet(title, headline, footer)
    if got:
        return got
    return (footer[0] if footer else None), None
