"""The claims of a story, one unit per distinct sentence per independent source, with canonical entity ids.

A wire copy repeats its original's sentences word for word; they are one unit (the first article in story
order holds it), so forty reprints never count as forty sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from babel.dates import get_month_names

from crosswire.clean.lines import word_count
from crosswire.compare.align import StoryData
from crosswire.compare.claims.rate_points import in_points
from crosswire.facts.records import Claim, DateFact, Entity, Mention, Value
from crosswire.vocab.calendar import iso_day
from crosswire.vocab.data import data_lines, data_toml
from crosswire.vocab.names import fold
from crosswire.vocab.terms import singular


@dataclass(slots=True, eq=False)
class Unit:
    """One claim of one source: its sentence, article, canonical entities and values."""

    index: int  # position in the story's unit list
    source: int
    article: str
    claim: Claim
    text: str
    position: float  # where the sentence stands in its article: 0 (first) to 1 (last)
    entities: frozenset[str] = field(default_factory=frozenset)  # canonical entity ids
    subject: str | None = None  # canonical id of the main clause's subject
    speaker: str | None = None  # canonical id of the speaker when the sentence is someone's words
    places: frozenset[str] = field(default_factory=frozenset)  # canonical ids of the places it names
    terms: frozenset[str] = field(default_factory=frozenset)
    attribution: frozenset[str] = field(default_factory=frozenset)  # terms naming the speaker ("minister")
    published_year: int | None = None  # the year the article was published: earlier years are past events
    # the sentence writes a year the facts stage could not place in time: a relative year ("last year", "去年",
    # "l'an dernier", "four years ago") in an article with no publication date (:func:`unplaced_years`)
    unanchored: bool = False

    @property
    def values(self) -> list[Value]:
        return self.claim.values

    @property
    def language(self) -> str:
        return self.claim.language


def english_mentions(u: Unit, data: StoryData, types: frozenset[str]) -> Iterator[tuple[str, Entity, Mention]]:
    """(canonical entity id, entity, mention) for each mention of an entity of one of ``types`` inside ``u``'s
    claim span (character offsets into the cleaned body), English sentences only: the readers whose patterns
    are English words (nationalities, winners) start from these."""
    facts = data.facts.get(u.article)
    if facts is None or u.language != "en":
        return
    for e in facts.entities:
        cid = data.canonical.get((u.article, e.id))
        if cid is None or e.type not in types:
            continue
        for m in e.mentions:
            if u.claim.start <= m.start and m.end <= u.claim.end:
                yield cid, e, m


def days_of(u: Unit) -> frozenset[str]:
    """The days (ISO dates) the sentence's date values give."""
    return frozenset(v.text_value for v in u.values if v.kind == "date" and v.text_value and len(v.text_value) == 10)


def dates_of(u: Unit) -> frozenset[str]:
    """The days (ISO dates) and the months ("2027-03") the sentence's date values give, a month only when written
    by its name ("March 2027", "im Mai 2027", "en mayo", "w maju"; not "last month", the outlet's clock)."""
    months = frozenset(
        v.text_value
        for v in u.values
        if v.kind == "date"
        and v.unit == "month"
        and v.text_value
        and len(v.text_value) == 7
        and _named_months() & set(re.findall(r"[^\W\d_]+", v.text.lower()))
    )
    return days_of(u) | months


def _within(x: str, y: str) -> bool:
    """Whether a day or month (ISO) lies within the other, or is it: "2027-03-04" in "2027-03"."""
    return x.startswith(y) or y.startswith(x)


def different_days(a: Unit, b: Unit) -> bool:
    """Whether both sentences give days or months and none lies within one the other gives: "on 4 May" / "on 6
    May", "in March 2027" / "im Mai 2027", "in March 2027" / "on 4 May 2027" are different; "in May" / "on 4 May"
    are not (a month spans its days). A month counts as the day of an event since a new user's tram story agreed
    "construction will start in March 2027" with "Der Bau soll im Mai 2027 beginnen" (twelfth pass)."""
    days_a, days_b = dates_of(a), dates_of(b)
    return bool(days_a and days_b and not any(_within(x, y) for x in days_a for y in days_b))


SPEECH_TERMS = frozenset(line.split()[0] for line in data_lines("facts_speech_verbs.txt"))
MIN_WORDS = 4  # a shorter "sentence" is a fragment, a label or a byline left in the body
_JUNK = re.compile(r"https?:|www\.|\.(?:com|org|net|htm|html)\b|(?:\s/\s.*){2}", re.I)


# A sentence of MIN_SHORT_WORDS to MIN_WORDS - 1 words is prose when it reads as a whole sentence: a capital, then
# only lower-case words, and a full stop, "!" or "?" at its end ("Nenhum morreu.", "Nessuno è morto.", "Никто не
# погиб."; a language that drops its subject states a claim in two or three words: a new user's recall story
# left these out of "None of them died"), never a label, a byline or a credit ("By Anna Berg", "Photo: Reuters").
MIN_SHORT_WORDS = 2
_SHORT_SENTENCE = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*(?:\s+[^\W\d_]+(?:[-'’][^\W\d_]+)*)*[.!?]")


def _short_sentence(words: list[str]) -> bool:
    """Whether a 2-3 word sentence (its words) is a whole sentence: first word capitalised, the rest lower
    case, letters only, ending in ".", "!" or "?"."""
    text = " ".join(words)
    return (
        MIN_SHORT_WORDS <= len(words) < MIN_WORDS
        and words[0][:1].isupper()
        and all(w[:1].islower() for w in words[1:])
        and _SHORT_SENTENCE.fullmatch(text) is not None
    )


# A dateline left as a sentence of its own: a place, a comma, then only a date ("Dunmere, mardi 24 novembre.",
# "Harlow Quay, 8. März.", "Valmora, 14 de mayo de 2026."): no claim, yet two sources' datelines read alike (a new
# user's train-derailment story agreed a French dateline with a Spanish lead sentence).
_DATELINE_ONLY = re.compile(
    r"[^\W\d_][\w'’ .-]{0,40},\s*(?:(?P<weekday>[^\W\d_]+),?\s+)?\d{1,2}\.?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\.?"
    r"(?:\s+(?:de\s+)?\d{4})?\s*[.:]?"
)


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Month names and abbreviations, lower case, in English and every language the reader serves (babel's)."""
    out: set[str] = set()
    for lang in ["en", *data_toml("languages.toml")]:
        try:
            for width in ("wide", "abbreviated"):
                for context in ("format", "stand-alone"):
                    out.update(n.lower().rstrip(".") for n in get_month_names(width, context, locale=lang).values())
        except (ValueError, LookupError):
            continue
    return frozenset(out)


@lru_cache(maxsize=1)
def _named_months() -> frozenset[str]:
    """:func:`_month_words` and the month forms babel does not give (``forms`` of ``data/bare_months.toml``: the
    Slavic locative "maju", "марте", "березні")."""
    forms = {f.lower() for table in data_toml("bare_months.toml").values() for f in table.get("forms", {})}
    return _month_words() | forms


def dateline_only(text: str) -> bool:
    """Whether a sentence is a dateline alone: a place, a comma and a date whose month is a month name of a
    language the reader serves ("Dunmere, mardi 24 novembre."); never a claim."""
    m = _DATELINE_ONLY.fullmatch(text.strip())
    return m is not None and m.group("month").lower().rstrip(".") in _month_words()


def is_prose(text: str) -> bool:
    """Whether a sentence is prose a reader would check: enough words (or a short whole sentence:
    :func:`_short_sentence`), mostly words, not a URL or a path left in the body by a scrape. Words of Chinese
    and Japanese, written without spaces, are counted one per two characters
    (:func:`crosswire.clean.lines.word_count`)."""
    words = text.split()
    if (word_count(text) < MIN_WORDS and not _short_sentence(words)) or _JUNK.search(text) or dateline_only(text):
        return False
    return sum(1 for w in words if any(map(str.isalpha, w))) >= 0.6 * len(words)


def _says_nobody(text: str, claim: Claim) -> bool:
    """Whether a sentence too short for :func:`is_prose` is a whole statement that nobody was hurt ("Nadie
    resultó herido.", "Verletzt wurde niemand.": three words, a count of nobody the facts stage read)."""
    return len(text.split()) >= 3 and any(
        v.kind == "count" and v.value == 0 and v.concept == "person" for v in claim.values
    )


def _attribution_terms(name: str, roles: list[str]) -> frozenset[str]:
    """The term keys of a speaker's name and roles: words two sentences share when the same person speaks
    in both, whatever each says."""
    words = " ".join([name, *roles]).split()
    return frozenset(singular(fold(w).lower().strip(".,")) for w in words) | SPEECH_TERMS


def _year(published: str | None) -> int | None:
    """The year of an ISO 8601 publication date ("2026-05-15" -> 2026); None when it gives none."""
    day = iso_day(published.strip()) if published else None
    return day.year if day else None


_YEAR_WORD = re.compile(r"\byears?\b", re.IGNORECASE)  # the English reader gives an unplaced date no granularity


def unplaced_years(dates: list[DateFact]) -> list[int]:
    """The body offsets of the dates that name a year relative to a publication date the article lacks ("last
    year", "去年", "im vergangenen Jahr", "four years ago": a year fact with no value, or an English date with no
    value whose words name years). Such a sentence is of some year, but of none the comparison can match with
    another outlet's "in 2011". Days and weekdays with no anchor ("this season", "on Saturday", "until 14 June")
    are left out: they place a sentence within a year, not in another one."""
    return [d.start for d in dates if not d.value and (d.granularity == "year" or _YEAR_WORD.search(d.text))]


def build_units(data: StoryData) -> list[Unit]:
    """Every claim of every article with facts, in story order, one unit per (source, sentence text)."""
    units: list[Unit] = []
    seen: set[tuple[int, str]] = set()
    published = {a.id: _year(a.published) for a in data.articles}
    for aid, facts, body in data.with_facts():
        source = data.source_of[aid]
        n = max(1, len(facts.claims) - 1)
        place_ids = {e.id for e in facts.entities if e.type == "place"}
        said_by = {e.id: _attribution_terms(e.name, e.roles) for e in facts.entities}
        unplaced = unplaced_years(facts.dates)
        for i, claim in enumerate(facts.claims):
            text = body[claim.start : claim.end]
            key = (source, " ".join(text.split()).casefold())
            if key in seen or not (is_prose(text) or _says_nobody(text, claim)):
                continue
            seen.add(key)

            # "300 basis points" is "3 puntos porcentuales": one number in every reader of the units (.rate_points)
            pointed = in_points(claim.values, text, claim.start, claim.language or "en")
            if any(a is not b for a, b in zip(pointed, claim.values, strict=True)):
                claim = replace(claim, values=pointed)

            def canon(eid: str | None, aid: str = aid) -> str | None:
                return data.canonical.get((aid, eid)) if eid else None

            units.append(
                Unit(
                    index=len(units),
                    source=source,
                    article=aid,
                    claim=claim,
                    text=text,
                    position=i / n,
                    entities=frozenset(c for e in claim.entities if (c := canon(e))),
                    subject=canon(claim.subject_entity),
                    speaker=canon(claim.speaker_entity),
                    places=frozenset(c for e in claim.entities if e in place_ids and (c := canon(e))),
                    terms=frozenset(claim.terms),
                    attribution=said_by.get(claim.speaker_entity or "", frozenset()),
                    published_year=published.get(aid),
                    unanchored=any(claim.start <= at < claim.end for at in unplaced),
                )
            )
    return units
