"""How long a state has lasted, told two ways: one source gives a length ("Le constructeur met fin à près de
quarante ans de production", "seit fast vier Jahrzehnten laufen dort Autos vom Band"), another the year the state
began ("Harlund has assembled cars in Oskarmoor since 1987", "od 1987 r."). Up to the article's year the two are
one span (2026 - 1987 = 39, "nearly forty"): a sentence giving either is no fact "only X reports" when another
source's related sentence gives the same span either way (a new user's factory-closure story listed the French
"nearly forty years" as only its outlet's beside three sources' "since 1987" / "seit fast vier Jahrzehnten").

A span is read from a sentence's words (``data/state_spans.toml``): a number (digits or a number word, read by
:func:`crosswire.facts.languages.numbers.word_number`) before a word of years or decades, bounded by the qualifier
before it ("nearly" / "fast" / "près de": up to it; "about": either side; "more than": over it), or a word of
``since`` before a year (1800-2099) in an article with a publication year. Two spans are one when their ranges meet
(:func:`same_span`) and one of them is a start year's: two lengths alone are often two things of one length (an
"eight-year deal" and "reluctant to go past eight years"; ECB+ has many such, contracts and terms of office). The
other sentence must relate to the item's: a canonical entity or place in common, or (across languages) a
sentence-encoder cosine of at least :data:`SPAN_COSINE` (the same number of years of something else, "faces ten
years in prison" beside "has led the firm since 2016", is another fact).

Input: the would-be single-source items of one story and its :class:`ClaimAlignment`. Output: the positions to
drop. Pure: no store, no model call (the encoder's similarities are the aligner's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.qualifiers import bound_of, nearly
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimItem, EventItem, Item
from crosswire.facts.languages.numbers import parse_number, word_number
from crosswire.vocab.data import data_toml

# Two sentences of two languages giving one span relate at or above this sentence-encoder cosine when they name no
# entity or place in common. Set on a new user's factory story: the French "met fin à près de quarante ans de
# production dans la ville valdénienne" reads 0.29 and 0.26 against the English and Polish sentences of the plant's
# start year ("since 1987", "od 1987 r."), which name the town the French calls "la ville valdénienne"; across
# languages two sentences of one story about different things read lower than that, and the span must meet too.
SPAN_COSINE = 0.25
MIN_SPAN = 3.0  # years: a shorter span ("two years", "since 2024") is too common to tie two sentences
EXACT_SLACK = 1.0  # years: "39 years" and "since 1987" in 2026 (the anniversary may not have come)
APPROX_SHARE = 0.15  # "about 40 years": 34 to 46, the claim aligner's rounding share
NEARLY_SHARE = 0.15  # "nearly 40 years": from 34 up to 40 (:func:`crosswire.compare.claims.qualifiers.nearly`)
OVER_SHARE = 0.3  # "more than 40 years": up to 52
DECADE_SHARE = 0.1  # "four decades" unqualified: 36 to 44, a decade being a round figure
QUALIFIER_WORDS = 3  # words before the number read for its qualifier

Span = tuple[float, float]  # (low, high) in years


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, list[str]]]:
    return data_toml("state_spans.toml")


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=32)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """(length pattern: number then a word of years or decades, since pattern: a word of ``since`` then a year);
    None for a language without a table."""
    t = _table()
    years, decades = t["years"].get(language), t["decades"].get(language)
    if not years or not decades:
        return None
    length = re.compile(
        rf"(?<![\w-])(?P<num>\d+(?:[.,]\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*)(?P<elided>['’])?\s*(?(elided)|(?<=\s))"
        rf"(?:(?P<dec>{_alternation(decades)})|(?P<yr>{_alternation(years)}))\w*(?![\w-]*\s+old\b)",
        re.I,
    )
    since = t["since"].get(language)
    year = r"\s*(?P<year>1[89]\d\d|20\d\d)(?!\d)"
    start = re.compile(rf"(?<![\w])(?:{_alternation(since)}){year}", re.I) if since else None
    return length, start


def _number(text: str, language: str) -> float | None:
    """A number as digits in the language's locale or as one number word ("quarante", "vingt-cinq", "forty")."""
    if text[0].isdigit():
        return parse_number(text, language)
    return word_number(text, language)


def _bounded(n: float, qualifier: str, language: str, decade: bool) -> Span:
    """The range of years ``n`` stands for after ``qualifier`` (the words before it)."""
    q = qualifier.lower()
    if nearly(q, language) or any(nearly(" ".join(q.split()[-k:]), language) for k in (1, 2)):
        return (n * (1 - NEARLY_SHARE), n)
    for k in (1, 2, 3):
        bound = bound_of(" ".join(q.split()[-k:]), language)
        if bound == "approx":
            return (n * (1 - APPROX_SHARE), n * (1 + APPROX_SHARE))
        if bound == "upper":
            return (n * (1 - NEARLY_SHARE), n)
        if bound == "lower":
            return (n, n * (1 + OVER_SHARE))
    if decade:
        return (n * (1 - DECADE_SHARE), n * (1 + DECADE_SHARE))
    return (n - EXACT_SLACK, n + EXACT_SLACK)


def spans(text: str, language: str, published_year: int | None, ages: Sequence[str] = ()) -> list[Span]:
    """The spans of time in years one sentence gives (module docstring): each length of years or decades of
    :data:`MIN_SPAN` or more, and each start year after a word of ``since`` (with ``published_year``). A number
    of ``ages`` (the texts of the sentence's age values: "40 ans", "a 40-year-old") or before English "old" is
    an age, no span."""
    lengths, starts = _span_kinds(text, language, published_year, ages)
    return lengths + starts


def _span_kinds(
    text: str, language: str, published_year: int | None, ages: Sequence[str] = ()
) -> tuple[list[Span], list[Span]]:
    """(the lengths' spans, the start years' spans) of :func:`spans`, in one pass."""
    pats = _patterns(language) or _patterns("en")
    if pats is None:
        return [], []
    length, start = pats
    out: list[Span] = []
    for m in length.finditer(text):
        if any(m.group("num") in a for a in ages):
            continue
        n = _number(m.group("num"), language)
        if n is None and m.group("elided"):  # Italian "quarant'anni": the number word's last vowel elided
            n = next((x for e in "aieo" if (x := _number(m.group("num") + e, language)) is not None), None)
        if n is None or n <= 0:
            continue
        decade = m.group("dec") is not None
        years = n * 10 if decade else n
        if years < MIN_SPAN:
            continue
        before = " ".join(text[: m.start()].split()[-QUALIFIER_WORDS:])
        out.append(_bounded(years, before, language, decade))
    starts: list[Span] = []
    if start is not None and published_year:
        for m in start.finditer(text):
            gone = published_year - int(m.group("year"))
            if gone >= MIN_SPAN:
                starts.append((gone - EXACT_SLACK, float(gone)))
    return out, starts


def same_span(a: Span, b: Span) -> bool:
    """Whether two ranges of years meet."""
    return a[0] <= b[1] and b[0] <= a[1]


def _unit_spans(u: Unit) -> tuple[list[Span], list[Span]]:
    """(every span of ``u``'s sentence, those of its start years alone)."""
    ages = [v.text for v in u.values if v.kind == "age"]
    lengths, starts = _span_kinds(u.text, u.language or "en", u.published_year, ages)
    return lengths + starts, starts


def _meet(mine: tuple[list[Span], list[Span]], theirs: tuple[list[Span], list[Span]]) -> bool:
    """Whether a span of one side meets a start year's span of the other: two lengths alone ("an eight-year deal" /
    "reluctant to go past eight years", "a five-year term") are often two things of one length, a contract's, a
    term's, a sentence's; a start year says the span runs up to the article's day, as a state's length does."""
    return any(same_span(a, b) for a in mine[0] for b in theirs[1]) or any(
        same_span(a, b) for a in mine[1] for b in theirs[0]
    )


def _related(u: Unit, v: Unit, claims: ClaimAlignment) -> bool:
    """A canonical entity or place in common; across languages, where names are linked less often, a cosine of
    :data:`SPAN_COSINE` or more will do. In one language sentences of one story read that near each other about
    anything ("has not lost in more than four years" / "fighting for the first time since 2005", two boxers)."""
    if (u.entities & v.entities) or (u.places & v.places):
        return True
    if u.language == v.language:
        return False
    return claims.near is not None and float(claims.near.sims[u.index, v.index]) >= SPAN_COSINE


def span_told_elsewhere(items: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` (would-be single-source items) of the events and claims one of whose sentences gives
    a span of time (:func:`spans`) that a related sentence of another independent source gives too, one of the two
    as a start year (:func:`_meet`, :func:`same_span`). Figures and quotes are left to their own checks."""
    out: set[int] = set()
    unit_spans: dict[int, tuple[list[Span], list[Span]]] = {}
    for i, item in enumerate(items):
        if not isinstance(item, (EventItem, ClaimItem)):
            continue
        for u in claims.units_of(item):
            mine = _unit_spans(u)
            if not mine[0]:
                continue
            for v in claims.units:
                if v.source in item.sources:
                    continue
                if v.index not in unit_spans:
                    unit_spans[v.index] = _unit_spans(v)
                theirs = unit_spans[v.index]
                if _meet(mine, theirs) and _related(u, v, claims):
                    out.add(i)
                    break
            if i in out:
                break
    return out
