"""Credit lines and bylines: who wrote or supplied the story ("(AFP)", "Information for this article was
contributed by ... of The Associated Press", "Reporting by ...; Editing by ...", "By Jane Doe").

Hand-written regexes over the agency names in the data file: these are short, formulaic lines that no
library parses, and the names they carry become ``Article.contributors``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from crosswire.clean.furniture import table

# Capital letters a name, a place or a dateline opens with, for a regex character class: ASCII and Latin-1 as
# before, the capitals of Latin Extended-A (Polish Ł, Ś, Ż, Czech Č, Š), and Cyrillic (Russian, Belarusian Ў,
# Ukrainian Ї, Є, Ґ). Written out rather than ``\p{Lu}`` so that the patterns stay plain ``re`` and keep their
# behaviour under ``re.I`` exactly as it was for English.
UPPER = "A-ZÀ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper()) + "Ѐ-ЯҐ"
_NAME = rf"[{UPPER}][\w'’.-]*(?:\s+(?:de|da|van|von|der|del|la|le|bin|al|el|[{UPPER}][\w'’.-]*)){{0,4}}"
_NAME_RE = re.compile(rf"^{_NAME}$")
_SPLIT_NAMES = re.compile(r"\s*(?:,\s*and\s+|,|;|\s+and\s+|\s*&\s*)\s*")
# Conjunctions between two names on a byline: English, Spanish, French, German, Polish, Russian, Belarusian,
# Ukrainian ("и", "і", "й", "та"), Italian and Portuguese ("e").
_AND = r"and|y|et|und|i|e|и|і|й|та"


@dataclass(slots=True)
class CreditLine:
    text: str
    agencies: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _agency_patterns() -> list[tuple[re.Pattern[str], dict[str, str]]]:
    """Two alternations over every alias, longest first, with the alias -> agency table each reads from: the
    short aliases ("AP", "PA", "PAP", "УНН") in capitals only, the longer ones in any case."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for name, aliases in table().agencies.items():
        for alias in aliases:
            if len(alias) <= 4:
                exact.setdefault(alias, name)
            else:
                folded.setdefault(alias.lower(), name)
    out = []
    for names, flags in ((exact, 0), (folded, re.I)):
        alternation = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
        out.append((re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", flags), names))
    return out


def agencies_in(text: str) -> list[str]:
    """Wire agencies named in a short piece of text (a credit, a caption credit, a dateline), in order of
    their first mention, each once (canonical names from the data file)."""
    found: dict[str, int] = {}
    for pattern, names in _agency_patterns():
        for m in pattern.finditer(text):
            name = names[m.group(0) if pattern.flags & re.I == 0 else m.group(0).lower()]
            if name not in found or m.start() < found[name]:
                found[name] = m.start()
    return sorted(found, key=lambda n: found[n])


# The longest name an unlisted agency is taken to have, in words ("Agencja Informacyjna Wisła Północ").
AGENCY_NAME_MAX_WORDS = 5
# Small words a name may hold in lower case ("Agencia de Noticias del Sur", "Agenzia di Stampa Adriatica").
_NAME_JOINERS = frozenset("of the and de del des du la le di da do das dos von der für i y e".split())
NAME_JOINERS = _NAME_JOINERS  # the small words a name of several capitalised words may hold


@lru_cache(maxsize=1)
def _agency_word_pattern() -> re.Pattern[str]:
    words = sorted(table().agency_words, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


@lru_cache(maxsize=1)
def _agency_word_parts() -> frozenset[str]:
    """The words of the agency phrases, which a name may write in lower case ("Информационное агентство")."""
    return frozenset(w for phrase in table().agency_words for w in phrase.split())


def agency_named(text: str, credited: bool = False) -> str | None:
    """The agency a short name is, or None: the canonical name of an agency the data file lists ("Associated
    Press" -> "AP"), else the name itself, as printed, when it reads as a name (1-5 words, each capitalised
    but for small joiners, no digit, no list separator) and carries one of the data file's agency words
    (``[credits] agency_words``: "Vistula Wire", "Meridian Presseagentur"), or, where the page ``credited``
    an agency (a dateline's brackets, beside a reporter's name), opens with an agency noun
    (``agency_nouns``: "Agence Boréale", "Агентство Висла"). Hand-written: a name's shape decides, and no
    library tells an agency's name from a reporter's."""
    text = " ".join(text.split()).strip(" .,;:()[]/|")
    found = agencies_in(text)
    if found:
        return found[0]
    words = text.split()
    if not 1 <= len(words) <= AGENCY_NAME_MAX_WORDS or any(c in ",;|/" or c.isdigit() for c in text):
        return None  # a list ("Anna Kowalska, Vistula Wire") or a date is no one name
    lower_ok = _NAME_JOINERS | _agency_word_parts()
    if not words[0][:1].isupper() or not all(w[:1].isupper() or w.lower() in lower_ok for w in words):
        return None  # "Detroit News wire services": prose, not a name
    if _agency_word_pattern().search(text):
        return text
    if credited and len(words) >= 2 and words[0].lower() in table().agency_nouns:
        return text
    return None


def split_author(text: str) -> tuple[list[str], list[str]]:
    """(people, agencies) of an author field or a byline's names ("By Anna Kowalska, Vistula Wire",
    "Anna Kowalska; Vistula Wire", "Lena Brandt and Meridian Agentur"): segments split at ";", ",", "|", a
    dash or a conjunction; a segment :func:`agency_named` recognises is an agency (beside a person's name, an
    agency noun is enough: ``credited``), a person's name (2+ capitalised words, no role, no "The", trailing
    weekday and month names dropped) a person, anything else (a role, a place, a date) is dropped. Each
    once, in order."""
    text = _EMAIL.sub("", " ".join(text.split()))
    text = re.sub(rf"^(?:(?:analysis|story|words|text|photos?)\s+)?{_byline_opening()}", "", text, flags=re.I)
    text = re.sub(rf"^(?:{_byline_label_words()})\s+(?=[{UPPER}])", "", text, flags=re.I)  # "Текст Анна Белова"
    people: list[str] = []
    agencies: list[str] = []
    for part in re.split(rf"\s*(?:;|,|\||[–—]|\s-\s|\s(?:{_AND})\s|&)\s*", text):
        part = part.strip(" .")
        if not part:
            continue
        agency = agency_named(part, credited=bool(people))
        if agency:
            if agency not in agencies:
                agencies.append(agency)
            continue
        part = _without_date_words(part)  # "Carrie Arnold November": an author reader ran into the date
        if (
            _NAME_RE.match(part)
            and len(part.split()) >= 2
            and part.split()[0].lower() != "the"
            and not is_role(part)
            and part not in people
        ):
            people.append(part)
    return people, agencies


def _without_date_words(name: str) -> str:
    """``name`` without the weekday and month names that trail it."""
    from crosswire.clean.written_dates import is_day_name, is_month_name

    words = name.split()
    while words and (is_day_name(words[-1]) or is_month_name(words[-1])):
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1)
def agency_alternation() -> str:
    """Every agency alias of the data file as one regex alternation, longest first."""
    aliases = sorted({a for names in table().agencies.values() for a in names}, key=len, reverse=True)
    return "|".join(re.escape(a) for a in aliases)


def _agency_leads() -> str:
    """The data file's credit leads as one alternation: a word lead needs a space after it ("with AFP"), a
    label its colon ("Źródło: PAP")."""
    leads = sorted(table().agency_leads, key=len, reverse=True)
    return "|".join(re.escape(w) + (r"\s*" if w.endswith(":") else r"\s+") for w in leads)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    agency = agency_alternation()
    return {
        # "(AFP)", "AFP", "(with AFP)", "— Reuters", "AFP/Reuters", "(AP) —", "/ТАСС/", "(mit dpa)", "Źródło: PAP"
        "agency_only": re.compile(
            rf"^[\[(/]?\s*(?:[-–—]\s*)?(?:{_agency_leads()})?(?:{agency})"
            rf"(?:\s*(?:,|/|and|&)\s*(?:{agency}))*\s*[\])/]?\s*[-–—.]?$",
            re.I,
        ),
        "contributed_by": re.compile(
            r"^(?:information|material|additional reporting)\s+(?:for|in) this (?:article|report|story)\s+"
            r"(?:was|were)\s+contributed\s+by\s+(?P<names>.+?)(?:\s+of\s+(?P<org>[^.]+))?\.?$",
            re.I,
        ),
        "reporting_by": re.compile(
            r"^(?:\(?\s*)?(?:additional\s+)?(?:reporting|writing|editing|compiled|written)\s+by\s+(?P<rest>.+?)\)?\.?$",
            re.I,
        ),
        "contributed_to": re.compile(
            r"^(?P<names>.+?)\s+contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)(?:ing)?\.?$", re.I
        ),
        "contributing": re.compile(r"^contributing(?:\s+reporters?)?\s*:\s*(?P<names>.+?)\.?$", re.I),
    }


def _names(text: str) -> list[str]:
    text = re.sub(r"\s+(?:of|from|at|for)\s+(?:the\s+)?[A-Z].*$", "", text.strip())
    out = []
    for part in _SPLIT_NAMES.split(text):
        part = part.strip(" .")
        if part and _NAME_RE.match(part) and not agency_named(part) and len(part.split()) >= 2:
            out.append(part)
    return out


_CREDIT_KEYWORDS = ("contribut", " by ", "by ")
_BYLINE_WORDS = ("story ", "words ", "text ", "written ", "photo")


@lru_cache(maxsize=1)
def _byline_starts() -> tuple[str, ...]:
    """What a byline's first 8 characters start with, lower-cased: the data file's leads and labels."""
    t = table()
    return tuple(f"{w} " for w in t.byline_leads) + t.byline_labels + _BYLINE_WORDS


@lru_cache(maxsize=1)
def _byline_label_words() -> str:
    """The data file's byline labels as one alternation ("автор", "текст", "autor")."""
    return "|".join(re.escape(w) for w in sorted(table().byline_labels, key=len, reverse=True))


@lru_cache(maxsize=1)
def _byline_opening() -> str:
    """A byline's opening: a lead word and a space ("By ", "Von ") or a label and its colon, a dash or a space
    ("Автор: ", "Авторка — ", "Autor "; the names after it must then be capitalised, :func:`parse_byline`)."""
    t = table()
    leads = "|".join(re.escape(w) for w in sorted(t.byline_leads, key=len, reverse=True))
    labels = "|".join(re.escape(w) for w in sorted(t.byline_labels, key=len, reverse=True))
    return rf"(?:(?:{leads})\s+|(?:{labels})(?:\s*[:—–]\s*|\s+))"


def byline_opening() -> str:
    """A byline's opening as a regex (:func:`_byline_opening`: "By ", "Von ", "Автор: "), for the readers of what
    a byline names besides its writers (:mod:`crosswire.clean.outlet_lines`)."""
    return _byline_opening()


def parse_credit(line: str) -> CreditLine | None:
    """A credit line's agencies and named contributors, or None when the line is not a credit."""
    text = " ".join(line.split())
    if not text or len(text.split()) > 40:
        return None
    p = _patterns()
    n_words = text.count(" ") + 1
    if n_words <= 6 and p["agency_only"].match(text):
        return CreditLine(text, agencies_in(text))
    low = text.lower()
    if not any(k in low for k in _CREDIT_KEYWORDS):
        return None
    m = p["contributed_by"].match(text)
    if m:
        org = m.group("org") or ""
        return CreditLine(text, agencies_in(org), _names(m.group("names")))
    m = p["reporting_by"].match(text)
    if m:
        names: list[str] = []
        for chunk in re.split(r";|\.\s+", m.group("rest")):
            chunk = re.sub(
                r"^\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|written)\s+by\s+", "", chunk, flags=re.I
            )
            chunk = re.sub(r"\s+in\s+[A-Z][\w ]+$", "", chunk.strip())
            names.extend(_names(chunk))
        return CreditLine(text, agencies_in(text), names)
    m = p["contributing"].match(text)
    if m:
        return CreditLine(text, agencies_in(text), _names(m.group("names")))
    m = p["contributed_to"].match(text)
    if m and len(m.group("names").split()) <= 12:
        return CreditLine(text, agencies_in(m.group("names")), _names(m.group("names")))
    return None


@lru_cache(maxsize=1)
def _byline_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?:story|words|text|written|photos?)\s+)?{_byline_opening()}"
        rf"(?P<names>{_NAME}(?:\s*(?:,|{_AND}|&)\s*{_NAME})*)"
        r"(?:\s*[,|/–—-]\s*.{0,60})?$",  # "Von Anna Weber / dpa": a slash sets the agency apart too
        re.I,
    )


_EMAIL = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A place after the names ("By Hannah Roe in Dravna", "Von Anna Schmidt aus Berlin", "Par Marie Dupont à Lyon"),
# before the end or a role: case-sensitive, the place opens with a capital.
_FILED_FROM = re.compile(rf"\s+(?:in|en|à|aus)\s+[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,2}}(?=\s*(?:[,|–—]|$))")
_SPLIT_BYLINE = re.compile(rf"\s*(?:,\s*and\s+|,|;|\s+(?:{_AND})\s+|\s*&\s*)\s*")


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in table().roles) + r")\b", re.I)


def is_role(text: str) -> bool:
    """A job title line such as "Islands Correspondent" or "Staff Writer" (role words from the data file)."""
    return len(text.split()) <= 6 and bool(_role_pattern().search(text))


def parse_name_line(text: str) -> list[str] | None:
    """A header line that is only a person's name, optionally with a role ("Kevin Roe, Staff Writer") or
    an agency ("Anna Kowalska, Vistula Wire"); the name alone, as a one-item list, or None."""
    text = _EMAIL.sub("", " ".join(text.split())).strip(" ,|")
    head, _, role = re.split(r"(\s*[,|/–—]\s*|\s+-\s+)", text, maxsplit=1)[0], None, None
    if head != text:
        slash = text[len(head) :].lstrip().startswith("/")
        role = text[len(head) :].strip(" ,|/–—-")
        # "Anna Kowalska, Vistula Wire": an agency the table does not list, beside the name, is her agency; a
        # listed one is how a photo credit reads under a caption ("Al Goldis, Associated Press"), left alone;
        # a listed one after a slash with spaces is a wire reporter's byline ("Anna Weber / dpa", "Олена Коваль
        # / Укрінформ"), a photo credit writes it without ("Foto: Anna Weber/dpa")
        spaced = slash and " / " in text
        wire = spaced and bool(agencies_in(role))
        if role and not is_role(role) and not wire and (agencies_in(role) or not agency_named(role, credited=True)):
            return None
    tokens = head.split()
    if not 2 <= len(tokens) <= 4 or any(ch.isdigit() for ch in head) or agency_named(head) or is_role(head):
        return None
    if tokens[0].lower() in table().byline_labels or tokens[0].lower() in table().byline_leads:
        return None  # "Автор Олена Коваль": a byline (:func:`parse_byline`), its label no part of a name
    if not all(
        t[:1].isupper() and t.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha()
        for t in tokens
    ):
        return None
    return [head]


def parse_byline(line: str) -> list[str] | None:
    """Names on a "By Jane Doe and John Roe" / "Von Anna Schmidt" / "Автор: Иван Петров" line (an optional
    ", Reuters" or role after), or None. Lead words and labels come from the data file's ``[credits]``."""
    if not line[:8].lower().startswith(_byline_starts()):
        return None
    text = _EMAIL.sub("", " ".join(line.split())).strip()
    if len(text.split()) > 16:
        return None
    text = _FILED_FROM.sub("", text)  # "By Hannah Roe in Dravna": where the reporter files from is no name
    m = _byline_pattern().match(text)
    if not m or not (text[:1].isupper() or text.split(maxsplit=1)[0] in table().byline_lower_leads):
        return None
    names = [n.strip() for n in _SPLIT_BYLINE.split(m.group("names")) if n.strip()]
    names = [
        n
        for i, n in enumerate(names)
        if _NAME_RE.match(n) and len(n.split()) >= 2 and not is_role(n) and not agency_named(n, credited=i > 0)
    ]
    return names or None


def byline_agencies(line: str) -> list[str]:
    """The agencies a byline names beside its reporters ("By Anna Kowalska, Vistula Wire" -> ["Vistula
    Wire"], "Par Claire Morel (AFP)" -> ["AFP"]); [] when it names none."""
    return split_author(line)[1]


def byline_agency(line: str) -> list[str]:
    """Agencies on a "By The Associated Press" / "Par AFP" / "Автор: ТАСС" line."""
    if not line[:8].lower().startswith(_byline_starts()):
        return []
    m = re.match(rf"^{_byline_opening()}(?P<rest>.{{2,60}})$", " ".join(line.split()), re.I)
    if not m:
        return []
    rest = re.sub(r"^the\s+", "", m.group("rest").strip(" ."), flags=re.I)
    agencies = agencies_in(rest)
    if agencies and len(rest.split()) <= 4:
        return agencies
    unlisted = agency_named(rest)  # "By Vistula Wire", "Autor: Agencja Wisła": an agency the table does not list
    return [unlisted] if unlisted else []


@lru_cache(maxsize=2)
def _trailing_tag(after_sentence: bool) -> re.Pattern[str]:
    agency = agency_alternation()
    before = r"(?<=[.!?…»”\"])" if after_sentence else r"(?<=\S)"
    # a dash before the agency's name signs a story as the brackets do ("... bis Mittwoch. — AFP", "... - Reuters",
    # "... – EFE", "... — ТАСС"); after a sentence's end only, in any paragraph: after a word, a dash and a name
    # are the sentence's own ("talks with the buyer – Reuters" is no signature of the last paragraph)
    return re.compile(
        rf"(?:{before}\s+(?P<tag>[(\[/]\s*(?:{_agency_leads()})?(?:{agency})(?:\s*[,/]\s*(?:{agency}))*"
        r"\s*[)\]/]\.?)"
        rf"|(?<=[.!?…»”\"])\s*(?P<dash>[-–—]\s*(?:{agency})(?:\s*(?:,|/|and|&)\s*(?:{agency}))*\.?))$",
        re.I,
    )


def trailing_agency(paragraph: str, after_sentence: bool = True) -> tuple[str, CreditLine] | None:
    """A paragraph that ends, after its last sentence, with an agency's bracketed tag ("... said. (AFP)",
    "... заявил он. /ТАСС/", "... (mit dpa)") or its name after a dash ("... bis Mittwoch. — AFP", "... – EFE"):
    the paragraph without the tag and the tag as a credit line; None when it has none. Only a bracketed,
    slashed or dashed tag counts: a bare "AFP" at the end is a word. With ``after_sentence`` False (the article's
    last paragraph, where the tag signs the story) a bracketed tag may follow any word ("Z Londynu Jakub Krupa
    (PAP)"). A dashed tag names a listed agency as the table writes it ("— afp" is no signature)."""
    m = _trailing_tag(after_sentence).search(paragraph)
    if m is None:
        return None
    tag = m.group("tag") or m.group("dash")
    if m.group("dash") and not agencies_in(tag):
        return None
    return paragraph[: m.start()], CreditLine(tag, agencies_in(tag))
