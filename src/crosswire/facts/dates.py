"""Dates: spaCy DATE spans resolved against the article's publication date.

News dates are mostly relative to the day of writing ("on Monday", "Sunday", "last month"), which a general
parser resolves against today, or to the wrong week. The common relative forms are resolved here by the
newsroom convention (a bare weekday is the most recent such day, today included, unless the clause is in the
future tense or says "next"); everything else ("Aug. 9", "September 14, 2020") goes to dateparser with the
publication date as its base. Durations ("26 years", "four-hour") are figures, not dates.

A span of two consecutive years written as a fiscal or season year ("2012–13", "2012-2013", "2012/13") is a
period, not a year or a day: its value is the ISO 8601 interval of the two years ("2012/2013", granularity
"period"). A number grouped with spaces ("2 750") that the model tags as a date is a figure, not a date,
and is left out.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from crosswire.facts import date_context
from crosswire.facts.fastpos import lemma
from crosswire.facts.gatherings import called_for
from crosswire.facts.nlp import Para, ParsedArticle
from crosswire.facts.numbers import decimal_fractions
from crosswire.facts.records import DateFact
from crosswire.vocab.calendar import MONTH_NUMBERS as MONTHS
from crosswire.vocab.calendar import WEEKDAYS, iso_datetime, iso_day
from crosswire.vocab.quantities import QUALIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from crosswire.facts.nlp import Para

DURATION_RE = re.compile(
    r"^(?:(?:for|over|in|after|the|past|last|next|coming|following|previous|a|an|about|nearly|almost|more than|"
    r"some|at least|"
    r"less than|fewer than|under|just|only|roughly|around|up to|close to)\s+)*"
    r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|"
    r"twenty|thirty|forty|fifty|hundred)(?:[\s-]+(?:and\s+a\s+half|half))?[\s-]+"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)(?:-long)?$",
    re.I,
)
AGE_RE = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b|\baged (\d{1,3})\b", re.I)
# "2012–13", "2012-2013", "2012/13", "FY2012-13": two consecutive years, a fiscal or season year.
YEAR_SPAN_RE = re.compile(
    r"^(?:(?:in|the|fiscal|financial|fy|season|year)\s*)*(?P<a>(?:1[89]|20)\d\d)\s*[–—/-]\s*(?P<b>\d{2}|\d{4})$", re.I
)
# "2 750", "816 000": thousands grouped with a (thin or no-break) space, as in Australian, South African and
# European style; a number, never a date.
SPACED_NUMBER_RE = re.compile(r"^(?:about|some|around|nearly|almost)?\s*\d{1,3}(?:[ \u00a0\u202f]\d{3})+$", re.I)


def year_span(text: str) -> str | None:
    """The ISO 8601 interval ("2012/2013") of a fiscal or season year written as two consecutive years
    ("2012–13", "2012-2013", "2012/13"); None for anything else (two years further apart are a range the
    text states as such, not one period)."""
    m = YEAR_SPAN_RE.match(" ".join(text.split()))
    if not m:
        return None
    first = int(m["a"])
    second = int(m["b"]) if len(m["b"]) == 4 else first // 100 * 100 + int(m["b"])
    if len(m["b"]) == 2 and second < first:
        second += 100  # "1999–00": the century turns
    return f"{first:04d}/{second:04d}" if second == first + 1 else None


def is_duration(text: str) -> bool:
    """Whether a date or time phrase is a length of time ("three weeks", "2 1/2 years") or an age."""
    return bool(DURATION_RE.match(decimal_fractions(text).strip())) or bool(AGE_RE.search(text))


def _base(published: str | None) -> date | None:
    """The publication day that relative dates resolve against; None when missing, unreadable, or so near
    the ends of the calendar (a placeholder such as year 1) that "last year" would overflow."""
    if not published:
        return None
    moment = iso_datetime(published)
    day = moment.date() if moment is not None else iso_day(published)
    return day if day is not None and 10 <= day.year <= 9990 else None


# Words that put a date after them in the future ("due on Thursday", "scheduled for Friday") and heads that
# put an infinitive in the future ("is due to meet", "is set to vote", "plans to open").
FUTURE_WORDS = {"due", "scheduled", "slated", "expected"}
# Verbs whose to-infinitive is still to happen: a plan ("plans to vote on Friday") and, as a new user's airline-strike
# trial showed ("both sides agreed to meet on Saturday" went to the Saturday before), an agreement, a promise or a
# decision ("agreed to", "promised to", "decided to", "offered to"). Matched by lemma.
FUTURE_HEADS = FUTURE_WORDS | {"set", "poised", "plan", "intend", "aim", "going", "prepare", "prepared"}
FUTURE_HEADS |= {"agree", "promise", "pledge", "vow", "decide", "arrange", "hope", "want", "threaten", "offer"}
FUTURE_HEADS |= {"propose", "consent", "undertake"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# Verbs of a scheduled act whose simple present tells of the future ("The deadline expires on Friday", "The trial
# begins on Monday"): a weekday under one with no auxiliary is the coming day, as under "will". Matched by lemma;
# hand-made (the languages' own lists are `scheduled` in data/languages.toml). A new user's German deadline
# ("Die Frist endet am Freitag") went to the Friday before; English reads the same way.
SCHEDULED_LEMMAS = {"expire", "end", "begin", "start", "resume", "reopen", "convene", "adjourn"}
# Verbs of forecasting in the present ("forecasters expect the first showers on Thursday", "predict gusts on
# Friday"): what is forecast is still to come (a new user's wildfire story put that Thursday a week back).
SCHEDULED_LEMMAS |= {"expect", "forecast", "predict", "anticipate"}
# Modals of obligation and possibility point ahead ("must decide before 20 June", "may reopen on Friday"),
# unless perfect ("must have left on 2 June").
MODAL_AUX = {"must", "should", "may", "might", "can", "ought"}


def _future(tok: Token) -> str | None:
    """ "will" when the clause governing ``tok`` is in the future ("will meet on Friday", "will hold a day of
    mourning on Friday", "is due to meet on Thursday", "is scheduled for Friday"), "would" for the future in
    the past ("said work would begin in May"), else None; "will" for a day of a to-infinitive under a future
    in the past ("said it would send divers to inspect the shoal on Thursday").

    The walk goes up the dependency tree through prepositions, nouns and non-finite verbs to the first
    finite verb, so a weekday deep in an object ("a day of mourning on Friday") still reaches "will". It does
    not start from a possessive ("Tuesday's earthquake"): that weekday dates a noun, not the clause.
    """
    if tok.dep_ == "poss":
        return None
    node = tok
    purpose = False  # the walk passed a to-infinitive: "would send divers to inspect the shoal on Thursday"
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            tense, stop = _tense_at(node)
            # a to-infinitive under a plan or an agreement ("agreed to meet on Saturday") is ahead: "will" stands
            if stop and tense != "will" and _to_infinitive(node) and node.head is not node:
                purpose = True
            elif stop:
                return "will" if tense == "would" and purpose else tense
        if node.head is node:
            break
        node = node.head
    return None


def _to_infinitive(node: Token) -> bool:
    """A verb with "to" and no subject of its own (a purpose or plan: "to inspect", "to review"): its time is
    the clause above's, and a day it names is still ahead when that clause is a future in the past ("said it
    would send divers to inspect the shoal on Thursday", a new user's ferry story, went to the Thursday
    before publication; "said it would cut 500 jobs on Tuesday" stays the day of saying)."""
    children = list(node.children)
    return (
        node.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children)
    )


def _tense_at(node: Token) -> tuple[str | None, bool]:
    """(tense, whether the walk up the tree ends here) at a verb or adjective on the way up."""
    auxes = _auxiliaries(node)
    if auxes & FUTURE_AUX:
        return "will", True
    if "would" in auxes:
        return "would", True
    if auxes & MODAL_AUX and "have" not in auxes:
        return "will", True
    if node.lower_ in FUTURE_WORDS and not (node.tag_ == "VBD" and not auxes):
        # "scheduled for Friday", "due on Thursday", "is expected on Friday"; not a simple past with a subject of its
        # own ("Forecasters expected snow on Friday, but none fell": the Friday that went by)
        return "will", True
    own = any(c.dep_ in ("aux", "auxpass") for c in node.children)  # a present verb takes no head's "has"
    if node.tag_ in ("VBZ", "VBP") and not own and lemma(node) in SCHEDULED_LEMMAS:
        # "The deadline expires on Friday": a present of a scheduled act; "The region has had no rain, and
        # forecasters expect showers on Thursday": the conjoined present is its own tense
        return "will", True
    if (
        node.pos_ in ("VERB", "AUX")
        and "to" in auxes
        and node.head is not node
        and (node.head.lower_ in FUTURE_HEADS or lemma(node.head) in FUTURE_HEADS)
    ):
        return "will", True  # "is due to meet on Thursday", "plans to vote on Friday"
    finite = (
        node.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis")
        or (node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"))
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children)
    )
    return None, finite and node.pos_ in ("VERB", "AUX")


def _auxiliaries(node: Token) -> set[str]:
    """The auxiliaries of a verb, lower case; a conjoined verb shares its head's ("will close ... and
    reopen on Friday")."""
    auxes = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
    if not auxes and node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
        auxes = {c.lower_ for c in node.head.children if c.dep_ in ("aux", "auxpass")}
    return auxes


# Relative days by their offset from the publication day.
_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
}
_WEEKDAY_RE = re.compile(
    r"(last|next|this|past)?\s*(" + "|".join(WEEKDAYS) + r")(?:\s+(morning|afternoon|evening|night))?"
)
_PERIOD_RE = re.compile(r"(last|next|this|past)\s+(week|month|year)")
_OF_YEAR_RE = re.compile(r"\s+(last|next|this)\s+year$")  # "20 June last year"
_AGO_RE = re.compile(r"(a|one|two|three|four|five|six|seven|\d+)\s+(day|week|month|year)s?\s+ago")
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
Resolved = tuple[str | None, str | None, bool]


def resolve(text: str, base: date | None, future: str | bool | None = None) -> Resolved:
    """(ISO value, granularity, relative?) for a date phrase; value None when it cannot be pinned down.

    ``base`` is the publication day relative dates resolve against. ``future``: "will" (or True) resolves a
    bare weekday or month forwards; "would" only a bare month, since a weekday beside a reported "would"
    ("said on Tuesday it would cut") is usually the day of saying; "nearest" (a day after a preposition under
    "would": "said the line would reopen on Sunday") the nearer of the weekday's last and next; "near" takes a
    month or day-and-month without a year in the year that puts it nearest ``base`` (see
    :mod:`crosswire.facts.date_context`); None or "past" backwards. Granularity is "day", "week" (ISO week
    "2020-W37"), "month" ("2020-09"), "year" ("2020") or "period" (a fiscal year "2012–13": "2012/2013").
    """
    if future is True:
        future = "will"
    t = " ".join(text.lower().replace(",", " ").replace(".", " ").split())
    t = re.sub(r"^(on|the|this past|earlier|late|early|by|since|until|from|in|of)\s+", "", t)
    t = re.sub(r"'s$", "", t)
    words = t.split()
    if not words:
        return None, None, False
    if future == "nearest" and not _WEEKDAY_RE.fullmatch(t):
        future = "near"  # a month or a day and month under "would": the nearest, as "near" reads it
    if (span := year_span(text)) is not None:
        return span, "period", False
    # An explicit calendar date wins over a weekday beside it ("Sunday, Sept. 13, 2020").
    has_month = any(w in MONTHS for w in words)
    has_year = any(re.fullmatch(r"(1[89]|20)\d\d", w) for w in words)
    if has_month and not has_year and base is not None and (m := _OF_YEAR_RE.search(t)):
        year = base.year + {"last": -1, "next": 1, "this": 0}[m.group(1)]
        return _absolute(f"{t[: m.start()]} {year}", base, future)  # dateparser reads no "last year"
    if has_month and not has_year and base is not None and (m := _MONTH_REL_RE.match(t)):
        return _month_relative(m.group(1), t[m.end() :], base)
    if has_month or has_year:
        return _absolute(text, base, future)
    if base is None:
        return None, None, False
    if t in _DAY_OFFSETS:
        return (base + timedelta(days=_DAY_OFFSETS[t])).isoformat(), "day", True
    return _weekday(t, base, future) or _period(t, base) or _ago(t, base) or (None, None, False)


_MONTH_REL_RE = re.compile(r"(last|next|this|past)\s+")


def _month_relative(word: str, rest: str, base: date) -> Resolved:
    """ "last April", "next January", "this May 4": a month named with a relative word, which dateparser does
    not read. "last" is the latest such month before the publication month (so "last April" written in April
    is a year back), "next" the first after it, "this" the one in the publication year."""
    value, gran, _ = _absolute(rest, base, "will" if word == "next" else None)
    if value is None:
        return None, None, False
    year, month = int(value[:4]), int(value[5:7])
    if word in ("last", "past"):
        year = base.year if month < base.month else base.year - 1
    elif word == "next":
        year = base.year if month > base.month else base.year + 1
    else:
        year = base.year
    return f"{year:04d}{value[4:]}", gran, True


# Days back a weekday under a reported "would" may be the day of saying ("said it would cut 500 jobs on Tuesday" in
# Wednesday's or Thursday's paper): a report names the day a statement was made by its weekday when it is today,
# yesterday or the day before; further back, the weekday is the day of the act ahead. Before, the nearer of the two
# days won, which put a Saturday three days back before the one four days ahead (a new user's factory story: the
# union "would hold a rally ... on Saturday" in Tuesday's wire, while four other languages' reports set it ahead).
SAYING_REACH = 2


def _weekday(t: str, base: date, future: str | bool | None) -> Resolved | None:
    """ "Monday", "last Friday", "next Tuesday", "Sunday night": the most recent such day, today included,
    unless the clause is in the future tense or says "next"."""
    m = _WEEKDAY_RE.fullmatch(t)
    if not m:
        return None
    target = WEEKDAYS.index(m.group(2))
    delta = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7 or 7
    if m.group(1) == "next" or (future == "will" and m.group(1) is None):
        return (base + timedelta(days=ahead)).isoformat(), "day", True
    if future == "coming" and m.group(1) is None:
        # the day a planned act is set for ("cancelled Thursday's auction"): today's when today is that weekday
        return (base + timedelta(days=(target - base.weekday()) % 7)).isoformat(), "day", True
    if future == "nearest" and m.group(1) is None and delta > SAYING_REACH:
        # "would reopen on Sunday", on a Saturday; "would hold a rally outside the gates on Saturday", on a Tuesday
        return (base + timedelta(days=ahead)).isoformat(), "day", True
    if m.group(1) == "last" and delta == 0:
        delta = 7
    return (base - timedelta(days=delta)).isoformat(), "day", True


def _period(t: str, base: date) -> Resolved | None:
    """ "last week", "this month", "next year"."""
    m = _PERIOD_RE.fullmatch(t)
    if not m:
        return None
    step = {"last": -1, "past": -1, "next": 1, "this": 0}[m.group(1)]
    if m.group(2) == "year":
        return str(base.year + step), "year", True
    if m.group(2) == "month":
        month = base.month + step
        year = base.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}", "month", True
    monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
    iso = monday.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}", "week", True


def _ago(t: str, base: date) -> Resolved | None:
    """ "two days ago", "a month ago", "3 years ago"."""
    m = _AGO_RE.fullmatch(t)
    if not m:
        return None
    n = _SMALL_NUMBERS.get(m.group(1))
    n = n if n is not None else int(m.group(1))
    days = {"day": 1, "week": 7}.get(m.group(2))
    if days:
        return (base - timedelta(days=n * days)).isoformat(), "day", True
    months = n * (12 if m.group(2) == "year" else 1)
    y, mo = divmod(base.year * 12 + base.month - 1 - months, 12)
    return (f"{y:04d}", "year", True) if m.group(2) == "year" else (f"{y:04d}-{mo + 1:02d}", "month", True)


def _absolute(text: str, base: date | None, future: str | bool | None = None) -> Resolved:
    """A phrase that names a month or a year ("Aug. 9", "September 2020", "2019"), a missing year taken
    from ``base`` on the side of it that ``future`` says."""
    words = [w for w in re.split(r"[\s,.]+", text.lower()) if w]
    has_day = any(re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w) for w in words)
    has_month = any(w in MONTHS for w in words)
    has_year = any(re.fullmatch(r"(1[89]|20)\d\d", w) for w in words)
    cleaned = " ".join(
        w
        for w in re.split(r"[\s,]+", text)
        if w.lower().strip(".") not in WEEKDAYS
        and w.lower() not in ("on", "the", "of", "in", "since", "by", "until", "early", "late")
    )
    if not has_month and has_year:
        year = next(w for w in words if re.fullmatch(r"(1[89]|20)\d\d", w))
        return year, "year", False
    if base is None and not has_year:
        return None, None, False  # "Dec. 12" of which year? Not today's: the article's date is unknown
    parsed = _calendar(cleaned, base, future)
    if parsed is None:
        parsed = _dateparse(cleaned, base.isoformat() if base else None, _forward(future) and not has_year)
    if parsed is None:
        return None, None, False
    if has_day:
        return parsed.isoformat(), "day", not has_year
    return f"{parsed.year:04d}-{parsed.month:02d}", "month", not has_year


_MONTH_FIRST = re.compile(r"^([a-z]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?(?:\s+(\d{4}))?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?(?:\s+(\d{4}))?$")


def _calendar(text: str, base: date | None, future: str | bool | None) -> date | None:
    """The plain calendar forms ("Aug. 9", "September 14, 2020", "9 August", "March 2019") without
    dateparser, which costs milliseconds a call; a missing year is the one that puts the date on the
    right side of the publication date."""
    t = " ".join(text.lower().split())
    m = _MONTH_FIRST.match(t)
    if m:
        month_word, day, year = m.groups()
    else:
        m = _DAY_FIRST.match(t)
        if not m:
            return None
        day, month_word, year = m.groups()
    month = MONTHS.get(month_word)
    if month is None:
        return None
    if year is not None:
        y = int(year)
    elif base is not None:
        y = base.year
    else:
        return None
    try:
        got = date(y, month, int(day) if day else 1)
    except ValueError:
        return None
    if year is None and base is not None:
        return _pick_year(got, base, day is not None, future)
    return got


_forward = date_context.forward
_pick_year = date_context.pick_year


@lru_cache(maxsize=4096)
def _dateparse(text: str, base_iso: str | None, future: bool = False) -> date | None:
    import dateparser

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if base_iso:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base_iso)
    try:
        got = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input; an unparsed date is not fatal
        return None
    return got.date() if got else None


def _direction(ent: Span) -> str | None:
    """Which way an undated day or month of ``ent`` points: the date's own phrase first ("ahead of",
    "until" after a present verb, "the May 4 riots"), then the clause's future, then its tense; a date inside
    a noun phrase or a present-tense clause is the nearest such day ("near")."""
    if ent.root.lower_ in date_context.WEEKDAY_NAMES and (act := date_context.dated_act(ent)) is not None:
        if _future(act) in ("will", "would") and act.lower_ not in date_context.PAST_EVENT_NOUNS:
            # "Thursday's auction will go ahead as planned": the act's own day, ahead; not "Tuesday's earthquake
            # will cost billions", an event that happened
            return "coming"
    if _future_condition(ent):
        return "coming"  # "expected to sign ... if their ministers settle the details on Tuesday evening" (dates14)
    own = date_context.phrase_direction(ent)
    if ent.root.lower_ in date_context.WEEKDAY_NAMES and called_for(ent.doc.text[: ent.start_char], "en"):
        return "will"  # "the union called a rally on Saturday": the gathering called for the day is ahead
    if own in ("will", "past", "nearest", "coming"):
        return own
    future = _future(ent.root)
    if future is not None:
        return future
    tense = date_context.clause_tense(ent.root)
    if tense == "past":
        return "past"
    return "near" if own == "near" or tense == "present" else None


def date_tense(ent: Span, direction: str | None) -> str | None:
    """The tense of the clause a DATE span dates (:attr:`crosswire.facts.records.DateFact.tense`): "future" when
    its direction (:func:`_direction`) points ahead under a future, modal, plan or scheduling word ("will meet on
    Thursday", "is due to vote on Friday", "Thursday's auction will go ahead", "called a rally on Saturday"),
    "past" when the first finite verb above it is past ("raised its rate on Monday", "has voted on Monday"), else
    None (a present, "meet on Thursday", or no verb). A future in the past ("said it would cut jobs on Tuesday")
    is neither: its weekday is often the day of saying."""
    if direction in ("will", "coming"):
        return "future"
    if direction == "would" or _future(ent.root) is not None:
        return None
    return "past" if date_context.clause_tense(ent.root) == "past" else None


def _date_fact(para: Para, ent: Span, base: date | None) -> DateFact | None:
    """The date fact of one spaCy DATE span, or None when it is no date of the story: a duration, a recurrence
    ("every Sunday"), a date naming a past event ("the May 4 riots"), a space-grouped number ("2 750"). A
    relative phrase inside quotation marks ("'We meet tomorrow,' she said") keeps no value: the quote's own
    day is unknown."""
    text = ent.text
    if is_duration(text) or not any(ch.isalnum() for ch in text) or SPACED_NUMBER_RE.match(text.strip()):
        return None
    if date_context.is_recurrence(ent) or approximate_count(ent):
        return None
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "from" and _FROM_TO_NUMBERS.fullmatch(text):
        return None  # "from 62 to 65": a change of a figure (crosswire.facts.figures), no date
    direction = _direction(ent)
    value, gran, relative = resolve(text, base, direction)
    end = ent.end_char
    if value is None and (m := _RUN_ON.match(text)):
        text = m.group(1)  # "Wednesday after months (of losses)": the model's span ran past the day
        end = ent.start_char + len(text)
        value, gran, relative = resolve(text, base, direction)
    if date_context.names_past_event(ent, value, base):
        return None
    if date_context.relative_phrase(text) and date_context.in_quotation(para, ent):
        value, gran, relative = None, None, True
    fact = _new_fact(para, text, ent.start_char, end, ent.start, (value, gran, relative), base)
    fact.tense = date_tense(ent, direction)
    if value is None and base is None:
        fact.month_day = month_day(text)  # "on 3 May" in an undated article: a day of some year
    return fact


def month_day(text: str) -> str | None:
    """The day of the year a day-and-month phrase written without a year names, as ISO 8601's "--MM-DD"
    ("on 3 May", "May 3rd", "until 14 June" -> "--05-03", "--05-03", "--06-14"); None for a phrase with a
    year, without a day or a month, or naming no real day ("31 June"). For an article with no publication
    date, where no year can be given to it (:func:`resolve` leaves it unplaced)."""
    t = " ".join(text.lower().replace(",", " ").split())
    t = re.sub(r"^(?:(?:on|the|this past|earlier|late|early|by|since|until|till|from|of)\s+)+", "", t)
    words = [w for w in t.split() if w.strip(".") not in WEEKDAYS]
    m = _MONTH_FIRST.match(" ".join(words)) or _DAY_FIRST.match(" ".join(words))
    if m is None:
        return None
    if m.re is _MONTH_FIRST:
        month_word, day, year = m.groups()
    else:
        day, month_word, year = m.groups()
    month = MONTHS.get(month_word)
    if month is None or day is None or year is not None:
        return None
    try:
        date(2000, month, int(day))  # a leap year: 29 February is a day
    except ValueError:
        return None
    return f"--{month:02d}-{int(day):02d}"


_FROM_TO_NUMBERS = re.compile(r"\d{1,3}(?:\.\d+)? to \d{1,3}(?:\.\d+)?")  # years have four digits: "from 2019 to 2021"


# A weekday the parser's DATE span runs past into the clause after it ("late on Wednesday after months of
# losses" tagged "Wednesday after months"): the day is the span up to the word that opens that clause.
_RUN_ON = re.compile(
    r"^((?:(?:last|next|this|past)\s+)?(?:" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?)"
    r"\s+(?:after|before|amid|following|as|when|while|with)\b",
    re.IGNORECASE,
)


def approximate_count(ent: Span) -> bool:
    """Whether a DATE span is a qualified number that counts the noun after it: "Roughly 1800 litres of
    diesel" (the model tags "Roughly 1800" a date; a year is seldom "roughly" and never counts litres). A year
    after a qualifier stays one: in "built around 1990" the number is no noun's modifier."""
    last = ent[-1]
    lowered = ent.text.lower()
    return (
        last.like_num
        and last.dep_ == "nummod"
        and last.head.i > last.i
        and last.head.pos_ == "NOUN"
        and any(lowered.startswith(q + " ") for q in QUALIFIERS)
    )


_YEAR_SPAN_IN_TEXT = re.compile(r"(?<![\d/])(?:1[89]|20)\d\d\s?[–—/-]\s?(?:\d{4}|\d{2})(?![\d/])")


def _new_fact(
    para: Para, text: str, start: int, end: int, token: int, resolved: Resolved, base: date | None
) -> DateFact:
    """A DateFact for ``text`` at characters ``start:end`` of the paragraph (its first token ``token``)."""
    sent = para.sent_of(token)
    value, gran, relative = resolved
    return DateFact(
        text,
        para.offset + start,
        para.offset + end,
        para.offset + sent.start_char,
        para.offset + sent.end_char,
        value,
        gran,
        relative,
        scheduled=date_context.scheduled(value, base),
    )


def _untagged_year_spans(para: Para, taken: list[tuple[int, int]], base: date | None) -> list[DateFact]:
    """Fiscal or season years ("2014–15") the model did not tag as a date, found in the paragraph's text."""
    out = []
    for m in _YEAR_SPAN_IN_TEXT.finditer(para.text):
        if any(s < m.end() and m.start() < e for s, e in taken) or (value := year_span(m.group())) is None:
            continue
        span = para.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(_new_fact(para, m.group(), m.start(), m.end(), span.start, (value, "period", False), base))
    return out


# A weekday inside a span the model tags TIME ("Saturday night", "late Tuesday", "early Sunday morning"): the
# span names a day as well as a part of it, and the day is read as a date like a DATE span's (resolve() takes
# the weekday and its part of day); a TIME span with no weekday ("9 a.m.", "afternoon") stays a time only.
_DAY_IN_TIME = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def extract_dates(parsed: ParsedArticle) -> list[DateFact]:
    """The article's dates (spaCy DATE spans that are not durations, and TIME spans that name a weekday:
    "Saturday night"), resolved against its publication date.

    Input: the parsed article; ``parsed.article.published`` (ISO 8601) anchors relative dates ("on Monday",
    "last month"). Output: :class:`~crosswire.facts.records.DateFact` records in body order with the ISO
    value (a day, ISO week, month or year, see :func:`resolve`), its granularity, whether it was relative and
    whether it lies after publication (``scheduled``); ``value`` is None when the phrase cannot be pinned down
    (no publication date, or a relative phrase inside a quotation). Recurrences and dates that name past
    events are left out (:func:`_date_fact`). ``start``/``end`` and ``sentence_start``/``sentence_end`` are
    character offsets into the cleaned body. Raises nothing of its own.
    """
    base = _base(parsed.article.published)
    out = []
    for para in parsed.paras:
        taken: list[tuple[int, int]] = []
        for ent in para.doc.ents:
            if ent.label_ != "DATE" and not (ent.label_ == "TIME" and _DAY_IN_TIME.search(ent.text)):
                continue
            taken.append((ent.start_char, ent.end_char))
            if (fact := _date_fact(para, ent, base)) is not None:
                out.append(fact)
        out.extend(_untagged_year_spans(para, taken, base))
    out.sort(key=lambda d: d.start)
    return out


@lru_cache(maxsize=1)
def condition_marks() -> dict[str, frozenset[str]]:
    """language (ISO 639-1) -> the words that open a clause of condition or time (``data/future_conditions.toml``),
    lower case."""
    from crosswire.vocab.data import data_toml

    return {lang: frozenset(marks) for lang, marks in data_toml("future_conditions.toml")["marks"].items()}


def _future_condition(ent: Span) -> bool:
    """Whether ``ent`` dates a present-tense clause of condition or time under a future: "are expected to sign an
    agreement ... if their ministers settle the last details on Tuesday evening", "will strike once the board
    rejects the offer on Monday" (the clause's first verb is an ``advcl`` with a mark of
    ``data/future_conditions.toml`` and no auxiliary but "do", and its head's clause is a future by
    :func:`_future`). Such a day is still ahead (today included), not the last such day. A past clause ("if they
    agreed the details on Tuesday") or a head in the past ("signed the deal after their ministers agreed ...")
    is not one."""
    node = ent.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or node.dep_ != "advcl" or node.tag_ not in ("VBZ", "VBP", "VB"):
        return False
    marks = condition_marks().get("en", frozenset())
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in node.children):  # "when": advmod
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "does") for c in node.children):
        return False
    return _future(node.head) == "will"
