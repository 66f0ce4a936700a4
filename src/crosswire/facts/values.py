"""Typed values inside a claim: the facts stage's figures and dates as :class:`Value`, plus the kinds the
figure reader does not produce — times of day, vote tallies and scores, proportions written as words, ranks,
and a person's age given in apposition ("Charlie Noxon, 20, ...").

Written by hand (regular expressions over the sentence, no parse) because each is a closed, short pattern in
news copy and spaCy's NER tags them inconsistently (a tally as CARDINAL or DATE, "11 a.m." as TIME or not at
all). Every value keeps its span as character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from lemminflect import getInflection, getLemma

from crosswire.facts.records import DateFact, Figure, Value
from crosswire.vocab.calendar import DAY_PART_NOUNS
from crosswire.vocab.terms import singular

# -- figures and dates ----------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _is_participle(word: str) -> bool:
    """Whether ``word`` is a verb's past participle ("arrested", "held", "had"), by lemminflect's tables
    (a suffix rule would take "children" and "women" for participles)."""
    return any(word in getInflection(lem, tag="VBN") for lem in getLemma(word, upos="VERB"))


def counted_noun(counted: str | None) -> str | None:
    """What a figure counts, as a key: its noun made singular, and the participle that says what happened
    to them when there is one ("people arrested" -> "person arrested", "cargo ships" -> "ship"); None when
    the phrase names no noun. The participle is kept because "40 people injured" and "31 people rescued" are
    two counts of people."""
    if not counted:
        return None
    words = [w for w in re.findall(r"[a-z][a-z'-]*", counted.lower()) if w not in ("of", "the", "a", "an")]
    participle = None
    while len(words) > 1 and _is_participle(words[-1]):
        participle = words.pop()
    if not words or (_is_participle(words[0]) and len(words) == 1):
        return None  # "eight sent", "30 hit": the verb alone, no noun says what was counted
    noun = singular(words[-1])
    return f"{noun} {participle}" if participle else noun


def from_figure(f: Figure) -> Value:
    """A facts-stage figure as a claim value: percentages become fractions of one, ages and durations stay
    in their unit (years for ages)."""
    scale = 0.01 if f.type == "percent" else 1.0

    def scaled(x: float | int | None) -> float | None:
        return None if x is None else float(x) * scale

    return Value(
        kind=f.type,
        text=f.text,
        start=f.start,
        end=f.end,
        value=scaled(f.value),
        low=scaled(f.low),
        high=scaled(f.high),
        unit=f.currency or f.unit,
        noun=counted_noun(f.counted),
        concept=f.concept,
        qualifier=f.qualifier,
        exact=f.exact,
    )


def from_date(d: DateFact, scheduled: bool) -> Value:
    """A resolved date as a claim value (``text_value`` the ISO day, month or year)."""
    return Value(
        kind="date",
        text=d.text,
        start=d.start,
        end=d.end,
        text_value=d.value,
        unit=d.granularity,
        exact=not d.relative or d.granularity == "day",
        scheduled=scheduled,
        tense=d.tense,
    )


def from_month_day(d: DateFact) -> Value:
    """A day and month with no year, in an article with no publication date ("on 3 May"), as a claim value:
    a day whose ``text_value`` is ISO 8601's "--05-03" (month, day), never scheduled (no day to be after).
    The comparison sets it only against another such day (:func:`crosswire.compare.claims.slots.slot_of`)."""
    return Value(kind="date", text=d.text, start=d.start, end=d.end, text_value=d.month_day, unit="day")


# -- the kinds read here --------------------------------------------------------------------------------------

_TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>[ap])\.?\s?m\b\.?|\b(?P<word>noon|midday|midnight)\b", re.I
)
# The 24-hour clock in English copy ("at 04:40", "by 16:30 local time", "at 21:05 GMT"): two-digit hours, or
# one digit after a preposition of time; never inside a longer run of numbers ("2:05:30", "2026-11-19T04:40").
_CLOCK_24 = re.compile(
    r"(?P<prep>\b(?:at|by|from|until|till|around|about|before|after|since)\s+)?(?<![\d:.,T-])(?P<h>[01]?\d|2[0-3])"
    r":(?P<m>[0-5]\d)(?![\d:]|\s*[ap]\.?\s?m\b)",
    re.I,
)
_VAGUE_TIME = re.compile(
    r"\b(?:in the |early |late |this |on \w+ |\w+day )?(?P<part>morning|afternoon|evening|night|overnight)\b", re.I
)
_PARTS_OF_DAY = {
    "morning": (6 * 60, 12 * 60),
    "afternoon": (12 * 60, 18 * 60),
    "evening": (18 * 60, 22 * 60),
    "night": (20 * 60, 30 * 60),
    "overnight": (22 * 60, 30 * 60),
}
_TALLY = re.compile(
    r"\b(?P<a>\d{1,3})\s?(?:-|–|—|\sto\s|-to-|(?P<votes>\s(?:votes?|ballots?)\sto\s))\s?(?P<b>\d{1,3})\b"
    # not a range of a share or of a unit of time or length ("10-15 minutes", "5-10 years")
    r"(?!\s*(?:%|percent|per cent|"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|metres?|meters?|feet|km)\b))"
)
_TALLY_WORDS = re.compile(
    r"\b(?:vot\w*|won|win\w*|beat\w*|defeat\w*|lost|los\w+|score\w*|victory|margin|ruling|decision|draw|lead)\b",
    re.I,
)
# Words that make "7-4" a vote's tally ("voted 7-4", "passed 8-4", "approved 5-2", "rejected 6-3", "split 5-4",
# "ruled 5-4"): such a tally is read as one (``noun="vote"``) where the figure reader saw a count of its first
# number. A match's score, a lead or a record keeps the figure reader's count (sports copy gives many tallies
# of many moments: :mod:`crosswire.compare.claims.match_scores` reads them).
_VOTE_WORDS = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|passed|approv(?:e|ed|es|al)|reject(?:ed|s)?|split|ruled|upheld|"
    r"overturn(?:ed|s)?|ballots?)\b",
    re.I,
)
_FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "one-third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "one-quarter": 0.25,
    "three quarters": 0.75,
    "three-quarters": 0.75,
    "a fifth": 0.2,
    "one fifth": 0.2,
    "one-fifth": 0.2,
    "two fifths": 0.4,
    "two-fifths": 0.4,
    "a tenth": 0.1,
    "one tenth": 0.1,
    "one-tenth": 0.1,
}
_PROPORTION = re.compile(
    r"\b(?P<q>(?:nearly|almost|about|around|roughly|some|more than|less than|over|under|just over|just under)\s+)?"
    r"(?P<f>" + "|".join(sorted((re.escape(k) for k in _FRACTIONS), key=len, reverse=True)) + r")\s+of\b",
    re.I,
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_RANK = re.compile(
    r"\b(?:the|its|his|her|their|[A-Z]?[a-z]+['’]s)\s+(?P<o>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
    r"(?:[-\s](?:largest|biggest|highest|lowest|smallest|most|best|worst|oldest|youngest))?\s+(?P<n>[a-z]+)",
    re.I,
)
# "Piet Larsen, 42, ..." and "Piet Larsen, aged 42, ..."
_AGE_APPOSITION = re.compile(r"(?P<name>\b[A-Z][\w'’-]+),\s(?:aged\s)?(?P<age>\d{1,3}),")


# Words before a time of day that make it approximate ("at about 8.40am", "shortly before 10 p.m.").
_APPROXIMATE_TIME = re.compile(
    r"\b(?:about|around|approximately|roughly|nearly|almost|some|shortly (?:after|before)|just (?:after|before)|"
    r"soon after|a little (?:after|before)|sometime (?:after|before)|before|after)\s+(?:at\s+)?$",
    re.I,
)


def _time_qualifier(near: re.Match[str] | None) -> str | None:
    """The word that makes a time approximate, as written ("about", "shortly after"), without a trailing
    "at"; None for none."""
    if near is None:
        return None
    return re.sub(r"\s+at\s*$", "", near.group().strip(), flags=re.I) or None


def _time(m: re.Match[str], offset: int, **reading: Any) -> Value:
    return Value(kind="time", text=m.group(), start=offset + m.start(), end=offset + m.end(), **reading)


# -- cheap tests that a pattern cannot match (speed only: each guard is implied by the pattern it skips) --------

_DIGIT = re.compile(r"\d")  # the patterns' \d: any Unicode decimal digit
# Characters an IGNORECASE pattern matches with an ASCII letter that ``str.lower`` does not map to it ("ı" and
# "İ" match "i", "ſ" matches "s": ``re._casefix`` and the simple case mapping): with one in the text, no
# substring test below is trusted and every pattern runs.
_ODD_CASE = ("\u0131", "\u0130", "\u017f")


@lru_cache(maxsize=64)
def _lowered(text: str) -> str | None:
    """``text.lower()`` when a substring test on it is exact for the IGNORECASE patterns' ASCII words (an ASCII
    word occurs there exactly when such a pattern can match it in ``text``), else None. Cached: the readers
    of one sentence ask in turn."""
    return None if any(c in text for c in _ODD_CASE) else text.lower()


def _may_hold(text: str, *words: str, digit: bool = False) -> bool:
    """False only when ``text`` surely holds none of ``words`` (ASCII, lower case, matched case-insensitively)
    and, with ``digit``, no decimal digit: then a pattern that needs one of them cannot match. Input: a
    sentence; output: whether the pattern must run. Exact, never a guess (:func:`_lowered`)."""
    if digit and _DIGIT.search(text):
        return True
    low = _lowered(text)
    return low is None or any(w in low for w in words)


def _fold(word: str) -> str:
    """``word`` lower-cased as the ``re.I`` patterns above match it: Python's case-insensitive matching takes the
    dotless and dotted i ("ı", "İ") and the long s ("ſ") for "i" and "s", which ``str.lower`` keeps apart, so a
    table look-up by the matched text folds them the same way ("Mıdnight" is midnight, "ſecond" second)."""
    return word.casefold().replace("ı", "i").replace("\u0307", "")


def _time_values(text: str, offset: int) -> list[Value]:
    out: list[Value] = []
    # _TIME needs a digit or noon / midday / midnight
    for m in _TIME.finditer(text) if _may_hold(text, "noon", "mid", digit=True) else ():
        if m.group("word"):
            minutes = 0.0 if _fold(m.group("word")) == "midnight" else 720.0
        else:
            h, mins = int(m.group("h")), int(m.group("m") or 0)
            if not 1 <= h <= 12 or mins > 59:
                continue
            minutes = float((h % 12 + (12 if m.group("ap").lower() == "p" else 0)) * 60 + mins)
        near = _APPROXIMATE_TIME.search(text[: m.start()])  # "at about 8.40am", "shortly after 4 a.m."
        out.append(_time(m, offset, value=minutes, exact=near is None, qualifier=_time_qualifier(near)))
    for m in _CLOCK_24.finditer(text) if ":" in text else ():
        if len(m.group("h")) < 2 and not m.group("prep"):
            continue  # "a 3:1 majority", "Matthew 5:12": a one-digit hour only after a preposition of time
        at = m.start("h")
        minutes = float(int(m.group("h")) * 60 + int(m.group("m")))
        out.append(
            Value(
                kind="time",
                text=text[at : m.end()],
                start=offset + at,
                end=offset + m.end(),
                value=minutes,
                exact=not (near := _APPROXIMATE_TIME.search(text[:at])),
                qualifier=_time_qualifier(near),
            )
        )
    for m in _VAGUE_TIME.finditer(text) if _may_hold(text, "morning", "afternoon", "evening", "night") else ():
        if _names_a_kind(text, m):
            continue  # "when night staff found ...": the staff on night duty, no time of the act
        part = _PARTS_OF_DAY.get(_fold(m.group("part")))
        if part is None:
            continue  # a case-insensitive match whose letters fold to no part of the day
        low, high = part
        out.append(_time(m, offset, low=float(low), high=float(high), exact=False))
    return out


def _names_a_kind(text: str, m: re.Match[str]) -> bool:
    """Whether the part of the day matched by ``m`` in ``text`` stands bare (no "in the", "on Sunday" before it)
    right before a noun it makes a kind of ("night staff", "the morning rush", "evening news":
    ``day_part_nouns`` of ``data/vocab.toml``), so it gives no time of day."""
    if m.group() != m.group("part"):
        return False  # "on Sunday night staff ...": the prefix makes it a time
    nxt = re.match(r"\s+([a-z]+)\b", text[m.end() :])
    return nxt is not None and nxt.group(1) in DAY_PART_NOUNS


VOTE_REACH = 40  # characters before a tally a vote word stands in: "passed the Dorvale council 8-4"


# A vote's tally in words ("by seven votes to two", "voted six to three"): read only beside a vote word, as
# a number word joined by "to" to another is most often no tally ("from two to three").
_WORD_TALLY = re.compile(r"\b(?P<a>[a-z]+)\s(?:(?P<votes>votes?\s)?to|-to-)\s?(?P<b>[a-z]+)\b", re.I)
MAX_WORD_VOTES = 99  # the largest side of a tally in words read here (a court's or a council's bench)


def _word_tally_values(text: str, offset: int, taken: list[Value]) -> list[Value]:
    """Tallies written in English number words ("by seven votes to two", "voted six to three"), each beside a
    vote word as :func:`_tally_values` requires for a vote, and not over a tally in digits (``taken``)."""
    from crosswire.facts.languages.numbers import word_number

    out = []
    for m in _WORD_TALLY.finditer(text):
        a, b = word_number(m.group("a"), "en"), word_number(m.group("b"), "en")
        if a is None or b is None or not all(x == int(x) and 1 <= x <= MAX_WORD_VOTES for x in (a, b)):
            continue
        if not _is_vote(text, m) or any(t.start < offset + m.end() and offset + m.start() < t.end for t in taken):
            continue
        out.append(_tally(m, offset, a, b, "vote"))
    return out


def _is_vote(text: str, m: re.Match[str]) -> bool:
    """Whether the tally matched at ``m`` is a vote's: it names its votes ("by 87 votes to 64"), a vote word
    stands just before it ("voted 7-4", "by a vote of 7-to-4") or "vote" just after it ("a 7-4 vote"); not one
    anywhere in the sentence ("... shortly after Hansbrough passed ... (10-0)")."""
    return bool(
        m.group("votes")
        or _VOTE_WORDS.search(text[max(0, m.start() - VOTE_REACH) : m.start()])
        or re.match(r"\s*(?:votes?|ballots?)\b", text[m.end() :], re.I)
    )


def _tally(m: re.Match[str], offset: int, a: float, b: float, noun: str | None) -> Value:
    """The tally value of the match ``m`` (sides ``a`` and ``b``), spans as body offsets."""
    return Value(
        kind="tally",
        text=m.group(),
        start=offset + m.start(),
        end=offset + m.end(),
        value=float(max(a, b)),
        low=float(min(a, b)),
        high=float(max(a, b)),
        noun=noun,
    )


def _tally_values(text: str, offset: int) -> list[Value]:
    if not _VOTE_WORDS.search(text) and not _TALLY_WORDS.search(text):  # "votes to" is a vote word
        return []
    out: list[Value] = []
    for m in _TALLY.finditer(text) if _DIGIT.search(text) else ():  # _TALLY needs two numbers in digits
        a, b = int(m.group("a")), int(m.group("b"))
        before = text[max(0, m.start() - 1) : m.start()]
        if before in ("$", "£", "€", "/", ":") or text[m.end() : m.end() + 1] in ("/", ":"):
            continue  # an amount range, a date or a time, not a tally
        out.append(_tally(m, offset, a, b, "vote" if _is_vote(text, m) else None))
    out += _word_tally_values(text, offset, out)
    return [*out, *_labelled_tallies(text, offset, out)]


def _labelled_tallies(text: str, offset: int, taken: list[Value]) -> list[Value]:
    """English tallies labelled side by side ("Thirty-one councillors backed the scheme and 14 voted against
    it", "31 in favour, 14 against"), read as the other languages' (:func:`.languages.tally.tally_values` with
    the ``[en]`` words of ``data/vote_tallies.toml``), not over a tally read already (``taken``)."""
    from crosswire.facts.languages.tally import tally_values

    return [v for v in tally_values(text, offset, "en") if not any(t.start < v.end and v.start < t.end for t in taken)]


def _proportion_values(text: str, offset: int) -> list[Value]:
    out: list[Value] = []
    if not _may_hold(text, "half", "third", "quarter", "fifth", "tenth") or not _may_hold(text, "of"):
        return out  # every fraction of _FRACTIONS ends in one of these words, and "of" follows it
    for m in _PROPORTION.finditer(text):
        frac = _FRACTIONS[m.group("f").lower()]
        q = (m.group("q") or "").strip().lower() or None
        end = m.start() + len(m.group().rstrip()) - len(" of")
        out.append(
            Value(
                kind="proportion",
                text=text[m.start() : end],
                start=offset + m.start(),
                end=offset + end,
                value=frac,
                qualifier=q,
                exact=q is None,
            )
        )
    return out


def _rank_values(text: str, offset: int) -> list[Value]:
    out: list[Value] = []
    if not _may_hold(text, *_ORDINALS, digit=True):
        return out  # _RANK needs an ordinal word or a number
    for m in _RANK.finditer(text):
        o = m.group("o").lower()
        digits = re.sub(r"\D", "", o)
        n = _ORDINALS.get(o) or _ORDINALS.get(_fold(o)) or (int(digits) if digits else 0)
        if not n:
            continue  # a case-insensitive match of a letter that lowers to no ordinal ("fİrst"): no rank read
        noun = m.group("n").lower()
        if noun in ("time", "of", "and", "in", "on", "at", "to", "day", "week", "month", "year", "quarter", "half"):
            continue  # "the second time", "the third quarter": not a rank of a thing reported
        out.append(
            Value(
                kind="rank",
                text=m.group(),
                start=offset + m.start(),
                end=offset + m.end(),
                value=float(n),
                noun=singular(noun),
            )
        )
    return out


def _age_values(text: str, offset: int, entity_at: Callable[[int, int], str | None]) -> list[Value]:
    out: list[Value] = []
    if "," not in text or not _DIGIT.search(text):
        return out  # "Name, 42,"
    for m in _AGE_APPOSITION.finditer(text):
        age = int(m.group("age"))
        if not 1 <= age <= 120:
            continue
        holder = entity_at(offset + m.start("name"), offset + m.end("name"))
        if holder is None:
            continue  # "In 2019, 20, ..." is no age: the apposition must follow a named entity
        out.append(
            Value(
                kind="age",
                text=m.group("age"),
                start=offset + m.start("age"),
                end=offset + m.end("age"),
                value=float(age),
                unit="year",
                holder=holder,
            )
        )
    return out


_NONE = re.compile(
    r"\b(?:no one|no-one|nobody)\b(?:\s+else)?\s+(?:(?:was|were|has been|had been|have been|is|got)\s+)?"
    r"(?:(?:seriously|critically|badly|immediately|reportedly|reported)\s+)?"
    r"(?P<act>killed|died|injured|hurt|wounded|arrested|detained|evacuated)\b"
    r"|\bno\s+(?:one\s+)?(?:reported\s+)?(?P<noun>deaths|fatalities)\b",
    re.I,
)


def _none_values(text: str, offset: int) -> list[Value]:
    """Counts of zero: "no one was killed", "nobody was hurt", "there were no deaths". The figure reader
    reads only numbers, so a sentence saying that no one died gave no count to set against "12 people were
    killed". The counted noun is written as the figure reader would have it ("person killed", "death")."""
    out: list[Value] = []
    if not _may_hold(text, "no"):
        return out  # "no one", "nobody", "no deaths"
    for m in _NONE.finditer(text):
        noun = f"person {m.group('act').lower()}" if m.group("act") else singular(m.group("noun").lower())
        out.append(
            Value(
                kind="count",
                text=m.group(),
                start=offset + m.start(),
                end=offset + m.end(),
                value=0.0,
                noun=noun,
                exact=True,
            )
        )
    return out


def read_values(text: str, offset: int, entity_at: Callable[[int, int], str | None]) -> list[Value]:
    """The times of day, tallies, proportions, ranks, apposed ages and counts of no one in one sentence.

    ``text`` is the sentence and ``offset`` its start in the body; ``entity_at(start, end)`` gives the id of
    the entity named at a body span (for the holder of an apposed age), or None. Output in no particular
    order; spans are body offsets. Raises nothing."""
    return [
        *_time_values(text, offset),
        *_tally_values(text, offset),
        *_proportion_values(text, offset),
        *_rank_values(text, offset),
        *_age_values(text, offset, entity_at),
        *_none_values(text, offset),
    ]
