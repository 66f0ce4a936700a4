"""The page's header in pre-scraped text: the headline above the main text, the standfirst under it (body
text), and the author name and role lines between them (credits)."""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.clean.captions import normalise
from crosswire.clean.credits import is_role, parse_name_line
from crosswire.clean.furniture import furniture_reason
from crosswire.clean.lines import HEADING_MAX_WORDS, Line, heading_like
from crosswire.clean.metadata import masthead_name
from crosswire.vocab.titles import TITLE_SEPARATORS

# A pre-scraped page title ("Headline | Site") also uses a middle dot between headline and site.
PAGE_TITLE_SEPARATORS = (*TITLE_SEPARATORS, " · ")
_GALLERY_TITLE = re.compile(r"^(?:gallery|photos|slideshow|video|in pictures)\s*:\s*(?P<title>.{8,200})$", re.I)


# A headline may run longer than a subheading (lines.HEADING_MAX_WORDS): Spanish, French and German headlines
# written as whole sentences run to 16-20 words ("Un incendio arrasa la nave de disolventes de Almira Polymers y
# obliga a evacuar a 1250 trabajadores", 16).
HEADLINE_MAX_WORDS = 22


# The words of a site's name before a first line's separator ("Meridian Press Agency | Wire"): a longer part is a
# headline ("Three killed as train derails | Site"), whose own line may be the title (measured: skipping every
# first line cost the text cleaner's body precision 0.9045 -> 0.9011 on the 181 pages).
SITE_HEADER_WORDS = 4


def title_from(lines: list[Line], end: int, first_line: str | None) -> Line | None:
    """The headline: a heading-like line before the main text (which starts at index ``end``), preferring
    one that repeats the page title ("Headline - Site") and else the one nearest the body."""
    candidates = [
        ln
        for ln in lines[:end]
        if (ln.kind in ("short", "long", "good") or title_case_headline(ln))
        and 2 <= ln.words <= 30
        and not ln.text.endswith((".", ","))
        and not (ln.kind == "good" and ln.words > 20)
    ]
    stem = _page_title_stem(first_line)
    if stem:
        for ln in candidates:
            if ln.text == first_line and len(stem.split()) <= SITE_HEADER_WORDS:
                continue  # the page title line itself, a site header ("Meridian Press Agency | Wire")
            if ln.text.lower() == stem or (len(stem) > 12 and ln.text.lower().startswith(stem)):
                return ln
    return _nearest_heading(lines, candidates)


# A title-case headline's least words ("Storm Shuts Varna Port For Second Day"): the menu-line rule reads a line of
# six or more capitalised words as a menu (``lines._menu_like``), so shorter lines never need this.
TITLE_CASE_MIN_WORDS = 6


def title_case_headline(ln: Line) -> bool:
    """Whether a line the menu rule removed as navigation is a headline written in title case ("Gazzetta Del Porto
    Chiude Per La Tempesta", "Storm Shuts Varna Port For Second Day As Crews Inspect Piers"):
    :data:`TITLE_CASE_MIN_WORDS` to :data:`HEADLINE_MAX_WORDS` words with no bar, chevron or slash between them, no
    name line, at most one of them a navigation or section word that is no function word (:func:`_menu_words`:
    "Home", "News", "World"), and at least two function words of the project's
    languages (spaCy's stop words: "For", "As", "Del", "Per", "La"), which a menu's nouns lack ("Home News World
    Business Sport Video Weather"). It is then a title candidate, never a body line. text13 left it: an invented
    Italian title-case headline was removed as navigation and the article had no title. Input: a classified line."""
    if ln.kind != "furniture" or ln.reason != "navigation" or parse_name_line(ln.text):
        return False
    if furniture_reason(ln.text, ln.words):
        return False  # a known phrase ("Please turn on JavaScript ..."), not the menu rule's guess
    if not TITLE_CASE_MIN_WORDS <= ln.words <= HEADLINE_MAX_WORDS or re.search(r"\s[|>›»/·]\s|&", ln.text):
        return False
    words = [w.strip("'\"‘’“”«»:,;!?()").lower() for w in ln.text.split()]
    menu, stop = _menu_words(), _stop_words()
    if sum(1 for w in words if w in menu and w not in stop) > 1:
        return False
    return sum(1 for w in words if w in stop) >= 2


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """The function words of the project's languages, from spaCy's stop-word lists (lower case)."""
    from importlib import import_module

    words: set[str] = set()
    for code in ("en", "de", "fr", "es", "it", "pt", "pl", "ru", "uk"):
        words |= set(import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS)
    return frozenset(words)


# How a headline may not end: a sentence's point or a clause's mark, or a closing quotation mark (a body's first
# paragraph of a quotation, '"We will appeal," she said' is no headline).
_NOT_HEADLINE_END = (".", ",", ";", ":", '"', "”", "»", "’")
# A quotation closed by its comma or mark, then its attribution in lower case ('"We got out," the chief said'): a
# sentence of the body, never a headline.
_ATTRIBUTED = re.compile(r"[,!?…][\"”»’]\s+[^\W\d_]*[a-zà-ÿа-я]")


def first_line_headline(lines: list[Line]) -> Line | None:
    """The headline of a plain-text file whose main text starts on its first line: that line, when it reads as a
    headline and body text follows it. A headline is :data:`HEADLINE_MAX_WORDS` words at most (3 at least), opens
    with a capital, a digit or a quotation mark, ends with no point, comma, colon or closing quotation mark
    (title case or not: "Cierra de urgencia el servicio de emergencias del hospital St. Brennan por la rotura de
    una tubería"), and is no byline, credit, role or name line; a paragraph of at least 8 words follows within
    the next three lines. A new user's Spanish file had its headline kept as a body sentence and the article shown
    with no title (by its id). Input: the file's classified lines; output: the headline line or None."""
    if len(lines) < 2:
        return None
    first = lines[0]
    text = first.text.strip()
    if first.kind not in ("short", "long", "good") or not 3 <= first.words <= HEADLINE_MAX_WORDS:
        return None
    if (text.endswith(_NOT_HEADLINE_END) and not text.endswith("...")) or _ATTRIBUTED.search(text):
        return None
    opening = text.lstrip("'\"‘“«„(")[:1]
    if not opening or not (opening.isupper() or opening.isdigit()):
        return None
    if parse_name_line(text) or is_role(text) or is_section_label(text) or masthead_name(text):
        return None  # "Valley Courier" over the byline is the paper's name
    if not any(ln.kind in ("good", "long") and ln.words >= 8 for ln in lines[1:4]):
        return None
    return first


def _page_title_stem(first_line: str | None) -> str | None:
    """The headline part of a "Headline | Site" first line, normalised and lower-cased; None without a
    separator."""
    if not first_line or not any(sep in first_line for sep in PAGE_TITLE_SEPARATORS):
        return None
    stem = first_line
    for sep in PAGE_TITLE_SEPARATORS:
        if sep in stem:
            stem = stem.rsplit(sep, 1)[0]
    return normalise(stem).lower()


def _nearest_heading(lines: list[Line], candidates: list[Line]) -> Line | None:
    """The last substantial heading-like candidate (6+ words; when none, a headline of up to
    :data:`HEADLINE_MAX_WORDS` words), else the last one; a headline right above a longer line keeps its place
    (that line is the standfirst)."""
    heading = [ln for ln in candidates if _heading(ln, ln.words)]
    substantial = [ln for ln in heading if ln.words >= 6]
    if not substantial:  # a headline written as a long sentence, when no shorter line of 6+ words reads as one
        substantial = [
            ln
            for ln in candidates
            if HEADING_MAX_WORDS < ln.words <= HEADLINE_MAX_WORDS and _heading(ln, HEADING_MAX_WORDS)
        ]
        heading = heading or substantial
    if not heading:
        return None
    title = substantial[-1] if substantial else heading[-1]
    if len(heading) >= 2 and title is heading[-1]:
        prev = heading[-2]
        gap = [ln for ln in lines if prev.no < ln.no < title.no]
        # a longer line right under a headline is its standfirst; under a section label ("BUSINESS | AVIATION",
        # "Économie > Transport aérien") it is the headline itself; of two as long, the first is the headline
        # (text14: a 16-word German headline over a 16-word deck gave the deck as the title; no title of the 181 real
        # pages moved)
        if not gap and title.words >= 10 and prev.words <= title.words and not is_section_label(prev.text):
            return prev
    return title


# A section label's parts are joined by one of these ("Politik | Inland", "Économie > Transport aérien").
_SECTION_SEPARATORS = re.compile(r"\s[|>›»/·]\s")
# A kicker or section label is a few words: four is the longest seen in the real pages of bench/extraction.py
# (the HTML cleaner's ``KICKER_MAX_WORDS``).
SECTION_LABEL_MAX_WORDS = 4


def is_section_label(text: str) -> bool:
    """Whether a short header line is a section label or kicker rather than a headline: at most
    :data:`SECTION_LABEL_MAX_WORDS` words (separators not counted), no sentence end, and either its parts
    joined by a section separator ("BUSINESS | AVIATION", "Économie > Transport aérien", "Світ / Економіка")
    or written all in capitals ("ECONOMY", "ЭКОНОМИКА"). Input: one line's text; output: the answer."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if not 1 <= len(words) <= SECTION_LABEL_MAX_WORDS or text.rstrip().endswith((".", "!", "?")):
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(_SECTION_SEPARATORS.search(text)) or (bool(letters) and all(c.isupper() for c in letters))


def _heading(ln: Line, words: int) -> bool:
    return heading_like(ln.text, words) and ln.words >= 3 and not parse_name_line(ln.text) and not is_role(ln.text)


def gallery_title(lines: list[Line]) -> str | None:
    """The title a gallery page gives itself ("Photos: The flood in pictures")."""
    for ln in lines:
        m = _GALLERY_TITLE.match(ln.text)
        if m:
            return m.group("title").strip()
    return None


def header(lines: list[Line], title_line: Line | None, start: int) -> tuple[Line | None, dict[int, list[str]]]:
    """Between the headline and the text: the standfirst (it is body) and the author name and role lines
    (credits), by line number with the names they carry."""
    header_from = lines.index(title_line) + 1 if title_line is not None else 0
    header = lines[header_from:start] if start < len(lines) else []
    standfirst = None
    if (
        title_line is not None
        and header
        and header[0].kind in ("short", "long", "good")
        and header[0].words >= 10
        and not header[0].text.endswith(":")
    ):
        standfirst = header[0]
    credits: dict[int, list[str]] = {}
    for ln in header:
        if ln.kind == "short" and ln is not standfirst:
            names = parse_name_line(ln.text)
            if names or is_role(ln.text):
                credits[ln.no] = names or []
    if len(credits) > MENU_NAME_LINES:  # a site's menu between the page title and the text, not its writers
        credits = _writer_after_menu(header, credits)
    return standfirst, credits


def _writer_after_menu(header: list[Line], credits: dict[int, list[str]]) -> dict[int, list[str]]:
    """Of a header's name lines that a site's menu fills, the writer's: the last name line within
    :data:`BYLINE_TAIL_LINES` lines of the text that reads as a person's name, not a menu item: not in capitals
    ("BREAKING NEWS"), no word of a navigation phrase or a section's name ("Menu Sections", "Edit Profile Sign
    Out", "Breaking News"), and naming someone (a role line alone is no writer)."""
    menu = _menu_words()
    for ln in reversed(header[-BYLINE_TAIL_LINES:]):
        names = credits.get(ln.no)
        if not names or ln.text.isupper():
            continue
        if any(w.lower().strip(".,:;'’") in menu for w in ln.text.split()):
            continue
        return {ln.no: names}
    return {}


@lru_cache(maxsize=1)
def _menu_words() -> frozenset[str]:
    """The words of the navigation phrases (``[lines.navigation]`` of ``data/furniture.toml``: "sign", "out",
    "menu", "profile", "next", "post"), the sections' names and the words that open a section's name ("news",
    "breaking", "latest"), lower case."""
    from crosswire.clean.furniture import table
    from crosswire.clean.metadata import SECTION_OPENERS, section_words

    nav = {w for phrase, reason in table().exact.items() if reason == "navigation" for w in phrase.split()}
    return frozenset(nav | set(section_words()) | set(SECTION_OPENERS))


# The most name or role lines a header holds as its writers: more is a site's menu read line by line ("Akron News",
# "The Plain Dealer", "Mark Naymik", ... 69 lines on a cleveland.com text, whose "Back To Main Menu" also read as
# the outlet). Measured on the 181 real pages' texts (bench/byline_outlets.py): headers with 1-6 such lines are
# bylines, a writer's name repeated or menus of a few items; 69 of the 181 had 7 to 104, every one a menu's. A
# menu's items then stay removed lines; only the last name line that is no menu item, within BYLINE_TAIL_LINES lines
# before the text, is still read as its writer (:func:`_writer_after_menu`). Measured on those pages: 3 lines kept
# 5 writers ("Debbie White", "Greg Beacham", "Pamela Wilson") and 2 menu items ("Key Points", "Only CBS"); 16 lines
# kept 9 writers and 21 menu items ("Eye On College Basketball", "Salary Wizard"): a writer standing 6-16 lines
# above the text (under a date line and share buttons: "Tom Krisher", "David Ehrlich") is left unread.
MENU_NAME_LINES = 6
BYLINE_TAIL_LINES = 3
