"""The outlet two kinds of short line name: a byline that names the writer's paper after the writer ("By Helen
Carver, Marrowby Herald", "Von Lena Brandt, Tarsker Rundschau", "Por Lucía Ferrán | El Diario Europeo", "Helen
Carver, Marrowby Herald correspondent", "Helen Carver for The Marrowby Herald") and a masthead line at the top of a
pre-scraped text that prints the site's name before a section or a language ("Eurostream Radio | Français", "The
Marrowby Herald — Home").

A byline's name after the writer is an outlet only when nothing says it is something else: a wire agency is an
agency credit (:func:`~crosswire.clean.credits.agency_named`, kept as the credit readers read it), a role ("Staff
Writer", "Senior Correspondent", :func:`~crosswire.clean.credits.is_role`) or a place ("By Anna Roe, Kyiv", the
gazetteer's places) is none, and the name must be one the data file knows or shaped like a newspaper's masthead
(:func:`~crosswire.clean.metadata.masthead_name`: "Marrowby Herald", "Tarsker Rundschau", "El Diario Europeo"):
a bare "By Anna Roe, Velmara" names a place the gazetteer does not know as often as a paper. After "for" (and its
word in each language the byline reader covers: ``[credits] outlet_leads`` of ``data/furniture.toml``) any name
shaped as a name will do, the word itself saying that what follows is the publication.

A masthead line's parts after the name must all be a section's name (``[sections]`` of
``data/site_sections.toml``), a navigation word (``[lines.navigation]`` of ``data/furniture.toml``: "Home") or the
name of a language, as babel's CLDR data writes it in any language the project reads ("Français", "Español",
"Deutsch", "Українська"): then the first part is the site's name, never a headline ("Dravna : l'ancien
gouverneur ...") nor a menu ("Accueil | Europe | Monde").

A masthead line may also print a slogan or a date after the name ("The Westmoor Post — Your region, every day",
"Le Journal des Jardins — L'actualité des jardins depuis 1998", "Tarsker Rundschau – Samstag, 19. Juli 2026"):
:func:`slogan_masthead_outlet` reads the name when it is shaped as a newspaper's (:func:`masthead_name`) and the line
is no headline (the caller passes the top lines that are not the article's title).

Hand-written: these are short formulaic lines that no library reads, and no metadata reader (trafilatura,
htmldate) looks at a pre-scraped text's lines for a site name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.clean.credits import NAME_JOINERS, UPPER, agencies_in, agency_named, byline_opening, is_role
from crosswire.clean.furniture import furniture_reason, table
from crosswire.clean.metadata import (
    SECTION_OPENERS,
    TAGLINE,
    canonical_outlet,
    clean_name,
    masthead_name,
    outlet_from_domain,
    section_words,
)

# The languages whose names a masthead line may print after the site's name (the languages the project reads).
LANGUAGES = ("en", "de", "es", "fr", "pl", "ru", "uk", "it", "pt")
# The most words an outlet's name on a byline or a masthead line has ("The Morning Sentinel of Brakvell"), as a
# masthead's (:data:`crosswire.clean.metadata.OUTLET_LINE_MAX_WORDS`).
OUTLET_MAX_WORDS = 6
# The most parts a masthead line prints after the name ("Name | Section | Language"); more is a menu, read by
# :func:`crosswire.clean.metadata.menu_name`.
MASTHEAD_LINE_PARTS = 3
# What divides a byline's names from what follows them: a comma, a semicolon (a meta author's list), a bar, a slash or
# a dash.
_AFTER_NAMES = re.compile(r"\s*[,;|/–—]\s*|\s+-\s+")
# A site's address as its name ("Cleveland.com", "NJ.com", "kyivpost.com"): the endings of the domains the outlet
# readers know (:data:`crosswire.clean.metadata._DOMAIN_IN_TEXT`'s).
_DOMAIN_NAME = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|org|net|co\.uk|co|fr|de|es|it|pl|ru|ua|by|info|news|tv)", re.I)
# A role, then the word for "of" and the publication ("corresponsal de El Diario Europeo", "correspondant du Courrier
# du Val", "Korrespondentin der Tarsker Rundschau", "correspondent of The Marrowby Herald", "corrispondente della
# Gazzetta dell'Est"): the role is checked by the data file's role words.
_ROLE_OF = re.compile(
    rf"^(?P<role>[^,|]{{3,40}}?)\s+(?:of|at|de la|de|del|du|des|der|von|di|della|dello|dell'|do|da)\s*(?=[{UPPER}])"
)
_EMAIL = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@lru_cache(maxsize=1)
def _outlet_leads() -> re.Pattern[str]:
    """ " for ": the word before a publication's name on a byline, in each language ("Helen Carver for The Marrowby
    Herald", "Lena Brandt für den Tarsker Boten", "Claire Morel pour Le Courrier du Val")."""
    leads = sorted(table().outlet_leads, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in leads) + rf")\s+(?=[{UPPER}]|the\s|den\s|die\s)")


@lru_cache(maxsize=1)
def _part_lead() -> re.Pattern[str]:
    """An outlet lead opening a byline's part after the names ("Special to the Pioneer Press", "for Eurostream
    Radio"), any case."""
    leads = sorted(table().outlet_leads, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in leads) + r")\s+", re.I)


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Each project language's name in each project language and in its own, lower case ("français", "espagnol",
    "deutsch", "українська"), from babel's CLDR data."""
    from babel import Locale

    names: set[str] = set()
    for shown_in in LANGUAGES:
        locale = Locale.parse(shown_in)
        for code in LANGUAGES:
            name = locale.languages.get(code)
            if name:
                names.add(name.lower())
    return frozenset(names)


def _place(name: str) -> bool:
    from crosswire.facts.lexicon import fold, places

    return fold(name) in places()


def _name_shaped(name: str) -> bool:
    """1-:data:`OUTLET_MAX_WORDS` words, no digit, the first capitalised and in Latin script every word but a
    joiner ("Diario del Levante"; Cyrillic names are written as sentences, "Северные вести")."""
    words = name.split()
    if not 1 <= len(words) <= OUTLET_MAX_WORDS or any(c.isdigit() for c in name) or not name[:1].isupper():
        return False
    latin = not any("\u0400" <= c <= "\u04ff" for c in name)

    def capital(word: str) -> bool:  # "dell'Est", "d'Ouest": the word after an elided joiner is capitalised
        return word[:1].isupper() or word.replace("’", "'").rsplit("'", 1)[-1][:1].isupper()

    return not latin or all(capital(w) or w.lower() in NAME_JOINERS or w == "&" for w in words)


def _without_role(text: str) -> str:
    """``text`` without the role words that close it ("Marrowby Herald correspondent" -> "Marrowby Herald",
    "Tarsker Rundschau-Korrespondentin" stays whole: no space)."""
    words = text.split()
    while len(words) > 1 and is_role(words[-1]):
        words.pop()
    return " ".join(words)


def outlet_named(text: str, after_for: bool = False) -> str | None:
    """The outlet a byline's part after the writer names, or None: ``text`` is that part ("Marrowby Herald",
    "Marrowby Herald correspondent", "The Marrowby Herald"); ``after_for`` when the byline wrote "for" (or its
    word in another language) before it. None for an agency (an agency credit), a role, a place, and a name
    neither known to the data file nor masthead-shaped unless ``after_for``."""
    text = " ".join(text.split()).strip(" .,;:()[]")
    lead = _part_lead().match(text)
    if lead and not after_for:  # "Bill Hoppe | Special to the Pioneer Press", "Anna Roe, for Eurostream Radio"
        return outlet_named(text[lead.end() :], after_for=True)
    role = _ROLE_OF.match(text)
    if role and is_role(role.group("role")) and not after_for:  # "corresponsal de El Diario Europeo"
        return outlet_named(text[role.end() :])
    if _DOMAIN_NAME.fullmatch(text):  # "By Troy Smith, Cleveland.com": the site's address is its name
        return outlet_from_domain(text) or text
    if not text or (is_role(text) and _without_role(text) == text):
        return None
    name = re.sub(r"^(?:the|den|dem)\s+", "", clean_name(_without_role(text)))  # "für den Tarsker Boten"
    if not _name_shaped(name) or agencies_in(name) or agency_named(name, credited=True) or is_role(name):
        return None
    if _place(name) or _place(re.sub(r"^(?:the|den|die|der|le|la|el)\s+", "", name, flags=re.I)):
        return None
    known = canonical_outlet(name) or masthead_name(name)
    if known:
        return known
    return name if after_for else None


def byline_outlet(line: str) -> str | None:
    """The outlet a byline names after its writers, or None.

    Input: a byline line as printed ("By Helen Carver, Marrowby Herald", "Von Lena Brandt, Tarsker Rundschau", "Por
    Lucía Ferrán | El Diario Europeo", "Helen Carver, Marrowby Herald correspondent", "Helen Carver for The Marrowby
    Herald"). Output: the outlet's name as the line prints it (a name the data file knows in its canonical form).
    The line opens with a byline's lead or label or with a writer's name of 2+ capitalised words; each part after
    the names is tried in turn (:func:`outlet_named`), a role ("Staff Writer") skipped over. "By Anna Roe, Kyiv",
    "By Anna Roe, Senior Correspondent" and "By Anna Roe, Associated Press" give None."""
    from crosswire.clean.credits import split_author

    text = _EMAIL.sub("", " ".join(line.split())).strip(" .")
    if not text or len(text.split()) > 16:
        return None
    rest = re.sub(rf"^{byline_opening()}", "", text, flags=re.I)
    lead = _outlet_leads().search(rest)
    if lead:  # "Helen Carver for The Marrowby Herald"
        names, tail = rest[: lead.start()], rest[lead.end() :]
        tail = _AFTER_NAMES.split(tail, maxsplit=1)[0]
        if split_author(names)[0] and (found := outlet_named(tail, after_for=True)):
            return found
        return None
    parts = _AFTER_NAMES.split(rest)
    if len(parts) < 2 or not split_author(parts[0])[0]:
        return None
    for part in parts[1:]:
        found = outlet_named(part)
        if found:
            return found
        if not is_role(part):
            return None  # a place, a second writer, an agency: nothing after it is read
    return None


def masthead_line_outlet(line: str) -> str | None:
    """The site's name a masthead line prints before a section, a language or "Home" ("Eurostream Radio |
    Français", "The Marrowby Herald — Home", "Tarsker Rundschau | Politik"), or None.

    Input: one of the first lines of a pre-scraped text. Output: the name (a name the data file knows in its
    canonical form). The line splits at " | " and spaced dashes into 2-:data:`MASTHEAD_LINE_PARTS` + 1 parts; every
    part after the first is a section's name, a navigation word or a language's name (:func:`language_names`), and
    the first is shaped as a name (no digit, each word capitalised but for joiners), itself no section, navigation
    word, agency or place."""
    parts = [p.strip() for p in TAGLINE.split(" ".join(line.split()))]
    if not 2 <= len(parts) <= 1 + MASTHEAD_LINE_PARTS:
        return None
    sections = section_words()
    languages = language_names()
    for part in parts[1:]:
        low = part.lower().strip(" .")
        if not (low in sections or low in languages or furniture_reason(part) == "navigation"):
            return None
    name = clean_name(parts[0])
    low = name.lower()
    if not _name_shaped(name) or low in sections or low in languages or furniture_reason(name) == "navigation":
        return None
    if low.split()[0] in SECTION_OPENERS:
        return None  # "Breaking News | World": a banner
    if agency_named(name) or _place(name):
        return None
    return canonical_outlet(name) or name


# The most words a masthead's slogan or date after the name holds ("Your region, every day", "Independent since
# 1871", "Le quotidien de la région", "Samstag, 19. Juli 2026"): slogans of the outlets in the trials and the
# testers' files hold 2-6; a longer tail is a headline's second half ("Harbour Times — ...").
SLOGAN_MAX_WORDS = 8


def slogan_masthead_outlet(line: str) -> str | None:
    """The outlet a masthead line with a slogan or a date names ("The Westmoor Post — Your region, every day" ->
    "The Westmoor Post", "Il Notiziario Europeo | Dal 1952", "Восточный вестник — новости региона"), or None.

    Input: one of a pre-scraped text's first lines that is not its headline (the caller's check: a headline with a
    dash, "Westmoor Post closes — staff told", is the title line, never passed). Output: the name before the first
    separator (" — ", " – ", " | ", " - ") when it is shaped as a newspaper's masthead (:func:`masthead_name`: a
    newspaper's word, "Post", "Journal", "Notiziario", "Rundschau", "вестник"), in the data file's canonical form;
    the slogan after it holds 1-:data:`SLOGAN_MAX_WORDS` words and ends in no sentence's stop but a date's. None
    for a line with no separator, a name of another shape ("Westmoor Council — Your region") or an agency."""
    text = " ".join(line.split())
    parts = TAGLINE.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    head, tail = parts[0].strip(), parts[1].strip()
    if not 1 <= len(tail.split()) <= SLOGAN_MAX_WORDS or tail.endswith(("?", "!", ":")):
        return None
    if tail.endswith(".") and not re.search(r"\d\.?$", tail):
        return None  # "The Post — It said no." is a sentence; "Samstag, 19. Juli 2026." is a date
    name = masthead_name(head)
    if not name or agency_named(head) or _place(head):
        return None
    return canonical_outlet(name) or name
