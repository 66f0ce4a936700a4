"""The known-furniture table (``crosswire/data/furniture.toml``), compiled once, and the line matcher over it.

Phrases live in the one data file so that adding a site's wording is a data change, not a code change; the
matcher only applies them where they are safe: whole-line phrases anywhere, prefixes and patterns only on
short lines (a 40-word sentence that mentions a newsletter is body, a 6-word "Sign up for our newsletter"
is not).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

from crosswire.vocab.data import DATA_DIR

DATA_FILE = DATA_DIR / "furniture.toml"
SHORT_LINE_WORDS = 25
_TRIM = " \t:|»>›-–—•·*"


@dataclass(slots=True)
class FurnitureTable:
    exact: dict[str, str] = field(default_factory=dict)  # normalised phrase -> reason
    starts: list[tuple[str, str]] = field(default_factory=list)
    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    starts_by_reason: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    any_length: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    strong_exact: frozenset[str] = frozenset()
    strong_patterns: list[re.Pattern[str]] = field(default_factory=list)
    weak_exact: frozenset[str] = frozenset()
    weak_patterns: list[re.Pattern[str]] = field(default_factory=list)
    agencies: dict[str, list[str]] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    outlet_aliases: dict[str, str] = field(default_factory=dict)  # alias (lower) -> outlet
    outlet_domains: dict[str, str] = field(default_factory=dict)  # domain -> outlet
    byline_leads: tuple[str, ...] = ()  # "by", "von": a byline opens with one, then the names
    byline_labels: tuple[str, ...] = ()  # "автор", "autor": a byline opens with one, a colon, then the names
    byline_lower_leads: tuple[str, ...] = ()  # "di": leads a byline also writes in lower case ("di Mario Rossi")
    published_labels: tuple[str, ...] = ()  # "publié le", "опубликовано": a publication stamp opens with one
    agency_leads: tuple[str, ...] = ()  # "with", "mit", "źródło:": may precede the agency on a credit line
    agency_words: tuple[str, ...] = ()  # "wire", "news agency": a name with one is an agency's (lower case)
    agency_nouns: frozenset[str] = frozenset()  # "agence", "агентство": opens an agency's name where one is credited
    agency_filler: frozenset[str] = frozenset()  # "news", "service": words an agency's name adds to its own word
    outlet_leads: tuple[str, ...] = ()  # "for", "pour": a byline's word before the publication it wrote for


def normalise_phrase(line: str) -> str:
    return " ".join(line.lower().split()).strip(_TRIM)


@lru_cache(maxsize=1)
def table() -> FurnitureTable:
    raw = tomllib.loads(DATA_FILE.read_text("utf-8"))
    t = FurnitureTable()
    for reason, spec in raw.get("lines", {}).items():
        for phrase in spec.get("exact", []):
            t.exact.setdefault(normalise_phrase(phrase), reason)
        t.starts.extend((p.lower(), reason) for p in spec.get("starts", []))
        t.patterns.extend((re.compile(p, re.I), reason) for p in spec.get("regex", []))
        t.any_length.extend((re.compile(p, re.I), reason) for p in spec.get("any_length", []))
    b = raw.get("boundaries", {})
    t.strong_exact = frozenset(normalise_phrase(p) for p in b.get("strong_exact", []))
    t.strong_patterns = [re.compile(p, re.I) for p in b.get("strong_regex", [])]
    t.weak_exact = frozenset(normalise_phrase(p) for p in b.get("weak_exact", []))
    t.weak_patterns = [re.compile(p, re.I) for p in b.get("weak_regex", [])]
    by_reason: dict[str, list[str]] = {}
    for prefix, reason in t.starts:
        by_reason.setdefault(reason, []).append(prefix)
    t.starts_by_reason = [(tuple(prefixes), reason) for reason, prefixes in by_reason.items()]
    t.roles = [w.lower() for w in raw.get("roles", {}).get("words", [])]
    t.agencies = {name: list(names) for name, names in raw.get("agencies", {}).items()}
    credit_words = raw.get("credits", {})
    t.byline_leads = tuple(w.lower() for w in credit_words.get("byline_leads", []))
    t.byline_labels = tuple(w.lower() for w in credit_words.get("byline_labels", []))
    t.byline_lower_leads = tuple(w.lower() for w in credit_words.get("byline_lower_leads", []))
    t.published_labels = tuple(w.lower() for w in credit_words.get("published_labels", []))
    t.agency_leads = tuple(w.lower() for w in credit_words.get("agency_leads", []))
    t.agency_words = tuple(w.lower() for w in credit_words.get("agency_words", []))
    t.agency_nouns = frozenset(w.lower() for w in credit_words.get("agency_nouns", []))
    t.agency_filler = frozenset(w.lower() for w in credit_words.get("agency_filler", []))
    t.outlet_leads = tuple(w.lower() for w in credit_words.get("outlet_leads", []))
    for outlet, spec in raw.get("outlets", {}).items():
        for alias in spec.get("aliases", []):
            t.outlet_aliases[alias.lower()] = outlet
        for domain in spec.get("domains", []):
            t.outlet_domains[domain.lower()] = outlet
    return t


def furniture_reason(line: str, n_words: int | None = None) -> str | None:
    """The reason a line is known page furniture, or None."""
    t = table()
    norm = normalise_phrase(line)
    if not norm:
        return None
    if norm in t.exact:
        return t.exact[norm]
    for pattern, reason in t.any_length:
        if pattern.search(line):
            return reason
    if n_words is None:
        n_words = len(line.split())
    if n_words >= SHORT_LINE_WORDS:
        return None
    for prefixes, reason in t.starts_by_reason:
        if norm.startswith(prefixes):
            return reason
    if n_words < 3:
        return None  # one- and two-word lines are settled by the exact phrases and prefixes (most menu items)
    for pattern, reason in t.patterns:
        if pattern.search(line):
            return reason
    return None


def boundary_strength(line: str, n_words: int) -> str | None:
    """ "strong" for a line that opens the comments, "weak" for one that opens a related/teaser list."""
    if n_words > 12:
        return None
    t = table()
    norm = normalise_phrase(line.strip(" []()"))
    if norm in t.strong_exact or any(p.search(norm) for p in t.strong_patterns):
        return "strong"
    if norm in t.weak_exact or any(p.search(norm) for p in t.weak_patterns):
        return "weak"
    return None
