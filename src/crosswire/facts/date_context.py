"""What the words around a date phrase say about it: which way an undated day points, whether it is a date of
the story at all, whether the publication day can anchor it.

Read from the dependency parse of the date's sentence (spaCy), by rules written for news copy because no
library decides these: HeidelTime and SUTime resolve a bare "Jan. 15" by the tense of the clause alone, which
puts "ahead of the Jan. 15 primary" (no verb of its own) a year back when the article is of December.

* Direction: a date inside a noun phrase ("the Jan. 15 primary") takes no tense from the clause, so a bare
  day-and-month is the occurrence nearest the publication day ("near"), unless the phrase says which side
  ("upcoming", "ahead of", "last"); "until Thursday" after a present or present-perfect verb ("has closed the
  port until Thursday") points forward.
* Not a date of this story: a recurrence ("every Sunday", "on Sundays") and a date that names a past event
  ("the May 4 riots", "the Sept. 11 attacks") more than :data:`EVENT_NAME_DAYS` before publication.
* Relative to an unknown day: "tomorrow", "on Monday", "last week" inside quotation marks were said on a day
  the text may not give, so the publication day does not anchor them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from crosswire.facts.quote_marks import find_quote_spans

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from crosswire.facts.nlp import Para

# Nouns of events that happened, which a date before them names ("the May 4 riots"); events that are held on
# a day ("the Jan. 15 primary", "the March 3 vote") are not here: their date is the story's.
PAST_EVENT_NOUNS = frozenset(
    "riot riots attack attacks massacre uprising bombing bombings shooting shootings killings coup crash "
    "disaster earthquake quake fire flood floods tsunami revolution movement incident tragedy raid raids "
    "protests protest clashes crackdown invasion blast explosion storm hurricane".split()
)
# A date naming a past event is background when it lies this many days or more before publication: the riots
# "on May 4" of an article of May 6 are the story; "the May 4 riots" of an article of December are its past.
EVENT_NAME_DAYS = 31
RECURRENCE_DETS = frozenset({"every", "each"})
WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
FORWARD_WORDS = frozenset({"upcoming", "coming", "next", "forthcoming", "scheduled", "planned", "looming"})
BACKWARD_WORDS = frozenset({"last", "previous", "past", "recent", "earlier"})
UNTIL_PREPS = frozenset({"until", "till", "through", "pending"})
# a modal before "before" / "until" speaks of what may happen next: "were told they could not return home before
# Thursday" (a new user's derailment story: the Thursday before publication was shown on the timeline)
MODALS = frozenset({"could", "would", "will", "can", "may", "might", "should", "must", "wo", "'ll", "'d"})
# Modals of the future, and of the future in the past ("said it would reopen on Sunday"): a day after a
# preposition under one of them is ahead. Not "could" or "might" ("might have left on Monday").
FUTURE_MODALS = frozenset({"will", "would", "wo", "'ll", "'d", "shall"})
RELATIVE_RE = re.compile(
    r"\b(today|tonight|tomorrow|yesterday|ago|last|next|this|(mon|tues|wednes|thurs|fri|satur|sun)days?)\b", re.I
)
Direction = str | None  # "will", "would", "past", "near", "nearest" (a weekday too), "coming" (a weekday: today
# included) or None (the clause does not say)
# Words right before a date that open a change from that day on ("effective Dec. 7", "starting Monday", "beginning
# Monday", "as of Monday"): the day a rule or a rate takes effect, which a past verb ("raised the reserve
# requirement ..., effective Dec. 7") does not date. A new user's trial put "effective Dec. 7" of a 2 December article
# a year back. Hand-made from news copy.
START_WORDS = frozenset({"effective", "starting", "beginning"})
# Verbs (lemmas) that call off or move a planned act: a weekday dating that act's noun ("cancelled Thursday's
# auction", "Saturday's match was postponed") is the day the act was set for, still to come, not the day of calling
# it off (a new user's trial put Thursday's cancelled auction on the Thursday before). Phrasal ones by their particle.
CALLED_OFF_LEMMAS = frozenset(
    {"cancel", "postpone", "delay", "suspend", "scrap", "scrub", "shelve", "reschedule", "defer", "axe", "annul"}
)
CALLED_OFF_PHRASAL = frozenset({("call", "off"), ("put", "off"), ("push", "back"), ("put", "back")})


def forward(future: str | bool | None) -> bool:
    """Whether a direction puts an undated month or day after the publication day."""
    return future in (True, "will", "would", "coming")


def pick_year(got: date, base: date, has_day: bool, future: str | bool | None) -> date:
    """``got`` (a month or day written without a year, dated in ``base``'s year or a year next to it) moved to the
    year its direction says: forwards (on or after ``base``: :func:`forward`), the one nearest ``base`` ("near",
    the earlier on a tie), else backwards (on or before). Compared at the precision written: a bare month is
    "this month" on either side."""
    this = base if has_day else base.replace(day=1)
    options = []
    for year in (got.year - 1, got.year, got.year + 1):
        try:
            options.append(got.replace(year=year))
        except ValueError:  # Feb. 29 in a year without one
            continue
    if forward(future):
        return min((d for d in options if d >= this), default=got)
    if future == "near":
        return min(options, key=lambda d: (abs((d - this).days), d > this))
    return max((d for d in options if d <= this), default=got)


def is_recurrence(ent: Span) -> bool:
    """ "every Sunday", "each May", "on Sundays", "weekly": a day that comes round, not a day of the story."""
    words = ent.text.lower().split()
    if words and words[0] in RECURRENCE_DETS:
        return True
    root = ent.root
    if any(c.dep_ == "det" and c.lower_ in RECURRENCE_DETS for c in root.children):
        return True
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.lower_ in RECURRENCE_DETS:
        return True
    return bool(re.fullmatch(r"(?:on\s+)?(mon|tues|wednes|thurs|fri|satur|sun)days", ent.text.lower()))


def modified_noun(ent: Span) -> Token | None:
    """The noun a date modifies inside its noun phrase ("primary" of "the Jan. 15 primary"), else None."""
    root = ent.root
    head = root.head
    if root.dep_ in ("nmod", "compound", "amod", "npadvmod", "nummod") and head.pos_ in ("NOUN", "PROPN"):
        if head.i >= ent.end:
            return head
    return None


def names_past_event(ent: Span, value: str | None, base: date | None) -> bool:
    """Whether the date names a past event ("the May 4 riots") rather than dating what the sentence reports:
    it modifies an event noun of :data:`PAST_EVENT_NOUNS` and lies :data:`EVENT_NAME_DAYS` or more before the
    publication day (or the day is unknown)."""
    noun = modified_noun(ent)
    if noun is None or noun.lower_ not in PAST_EVENT_NOUNS:
        return False
    start = _first_day(value)
    if start is None or base is None:
        return True
    return (base - start).days >= EVENT_NAME_DAYS


def _first_day(value: str | None) -> date | None:
    """The first day of an ISO day, month or year value ("2023-05-04", "2023-05", "2023"); None otherwise."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def scheduled(value: str | None, base: date | None) -> bool:
    """Whether a resolved date lies after the publication day (an event still to come when it was written)."""
    start = _first_day(value)
    return start is not None and base is not None and start > base


def in_quotation(para: Para, ent: Span) -> bool:
    """Whether the date phrase stands inside quotation marks in its paragraph."""
    s = ent.start_char
    return any(qs <= s < qe for qs, qe in find_quote_spans(para.text))


def relative_phrase(text: str) -> bool:
    """Whether a date phrase needs a day to count from ("tomorrow", "on Monday", "last week", "two days ago");
    an explicit calendar date ("Jan. 15", "2019") does not."""
    return bool(RELATIVE_RE.search(text))


def phrase_direction(ent: Span) -> Direction:
    """The direction the words of the date's own noun phrase or preposition give: "will" for "the upcoming
    vote on Jan. 15", "ahead of the Jan. 15 primary", "until Thursday" after a present or present-perfect
    verb, "before Thursday" or "until Thursday" under a modal ("could not return home before Thursday");
    "past" for "the last Jan. 15 vote" and a date before an event noun of :data:`PAST_EVENT_NOUNS`;
    "near" for a date inside a noun phrase with neither; None when the clause's tense must decide."""
    if starts_change(ent):
        # "effective next Monday" in Wednesday's paper: the coming Monday; "effective Dec. 7": the nearest Dec. 7
        return "will" if ent.root.lower_ in WEEKDAY_NAMES else "nearest"
    if ent.root.lower_ in WEEKDAY_NAMES and (act := dated_act(ent)) is not None and _called_off(act):
        return "coming"  # "cancelled Thursday's auction": the auction's Thursday, today included
    noun = modified_noun(ent)
    if noun is not None and noun.lower_ in PAST_EVENT_NOUNS:
        return "past"  # "the May 4 riots" happened
    anchor = noun if noun is not None else ent.root
    words = {c.lower_ for c in anchor.children} | {c.lower_ for c in ent.root.children}
    if words & FORWARD_WORDS:
        return "will"
    if words & BACKWARD_WORDS:
        return "past"
    prep = anchor.head if anchor.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return "will"  # "ahead of the Jan. 15 primary"
    if prep is not None and prep.lower_ == "for" and ent.root.lower_ in WEEKDAY_NAMES:
        # "declared a day of mourning for Wednesday", "called a strike for Thursday": the day an act is set for
        # (a new user's train-derailment story; the French "pour mercredi" went to the Wednesday before)
        return "will"
    if prep is not None and prep.lower_ in UNTIL_PREPS and _present_or_perfect(prep.head):
        return "will"  # "has closed the port until Thursday", "remains shut through Friday"
    if prep is not None and prep.lower_ in UNTIL_PREPS | {"before"} and _modal(prep.head):
        return "will"  # "could not expect to return home before Thursday", "would stay shut until Friday"
    if prep is not None and prep.lower_ == "from" and ent.root.lower_ in WEEKDAY_NAMES and _from_ahead(prep.head):
        return "will"  # "the new fares apply from Monday", "would raise mortgage rates from Monday"
    verb = _verb_over(prep.head) if prep is not None else None
    perfect = verb is not None and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    if verb is not None and not perfect and _modal(verb, FUTURE_MODALS):
        # "said the line would reopen on Sunday morning" (Saturday's paper: tomorrow) and "said it would cut 500
        # jobs on Tuesday" (Wednesday's: the day it said so) are worded alike; the nearer day is the one meant
        return "will" if _modal(verb, FUTURE_MODALS - {"would", "'d"}) else "nearest"
    return "near" if noun is not None else None


def starts_change(ent: Span) -> bool:
    """Whether the date opens a change from that day on: a word of :data:`START_WORDS` right before it or as its
    head ("effective Dec. 7", "starting Monday"), or "as of" before it."""
    doc = ent.doc
    prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if prev in START_WORDS or (prev == "of" and ent.start > 1 and doc[ent.start - 2].lower_ == "as"):
        return True
    head = ent.root.head
    return head.i < ent.start and head.lower_ in START_WORDS and head.i >= ent.start - 3


def dated_act(ent: Span) -> Token | None:
    """The noun a weekday dates as its own: "auction" of "Thursday's auction" (a possessive) or of "the Thursday
    auction" (a compound); None when the weekday dates the clause."""
    root = ent.root
    head = root.head
    if root.dep_ in ("poss", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN") and head.i >= ent.end:
        return None if head.lower_ in DAY_PART_NOUNS else head  # "Wednesday afternoon" is a time, not an act
    return None


# Parts of a day a weekday may stand before ("Wednesday afternoon", "Friday's session" is an act, "Friday night" no
# act): the weekday then dates the clause, by its verb.
DAY_PART_NOUNS = frozenset(
    {"morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "dawn", "dusk", "overnight", "weekend"}
)


def _called_off(noun: Token) -> bool:
    """Whether the act ``noun`` names is still to come: called off or moved by the verb it is the object or passive
    subject of (:data:`CALLED_OFF_LEMMAS`, :data:`CALLED_OFF_PHRASAL`), the act of a noun of calling off ("the
    cancellation of Friday's match"), or the act something comes "ahead of" ("ahead of Thursday's vote")."""
    from crosswire.facts.fastpos import lemma

    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ == "ahead":
        return True  # "ahead of Thursday's vote": the act is still to come
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "the postponement of Friday's match": the noun of calling off stands for its verb
        return lemma(node).startswith(("cancel", "postpone", "delay", "suspen", "deferr", "annul"))
    if node.dep_ not in ("dobj", "nsubjpass", "obj") or node.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = node.head
    base = lemma(verb)
    if base in CALLED_OFF_LEMMAS:
        return True
    return any((base, c.lower_) in CALLED_OFF_PHRASAL for c in verb.children if c.dep_ == "prt")


def _from_ahead(head: Token) -> bool:
    """Whether "from <weekday>" under ``head`` starts a change still to come: the verb above is not a simple past
    ("closed the bridge from Friday" leaves the day to the tense), so a present ("apply from Monday"), a future
    or a reported future ("would raise rates from Monday")."""
    verb = _verb_over(head)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _modal(verb, FUTURE_MODALS) or _present_or_perfect(verb):
        return True
    return verb.tag_ in ("VB", "VBG") and verb.dep_ in ("xcomp", "ccomp") and _modal(verb.head, FUTURE_MODALS)


def _verb_over(head: Token) -> Token:
    """The verb a preposition's head stands for: the head itself, or, when the parser hung the phrase on the
    object of a preposition or verb ("would appear before a magistrate on Monday": "on" under "magistrate"),
    the verb above that object, at most two steps up (object, then its preposition)."""
    node = head
    for _ in range(2):
        if node.pos_ in ("VERB", "AUX") or node.dep_ not in ("pobj", "dobj", "prep") or node.head is node:
            break
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else head


def _modal(verb: Token, modals: frozenset[str] = MODALS) -> bool:
    """A verb under a modal of ``modals`` ("could ... return"), or the infinitive or state of one ("could not
    expect to return", "would stay closed")."""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "acomp", "oprd") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _present_or_perfect(verb: Token) -> bool:
    """A verb in the present ("remains", "is") or the present perfect ("has closed"): a state that holds at
    publication, so "until Thursday" is still ahead."""
    while verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head is not verb:
        verb = verb.head  # "remains shut through Friday": the state's verb
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxes & {"has", "have", "is", "are", "'s", "'re", "remains", "remain"})


def clause_tense(tok: Token) -> str | None:
    """ "present" or "past" for the first finite verb above ``tok`` ("the council meets on Jan. 15" / "voted
    on Jan. 15", "has voted"), None when there is none. The simple present of news copy speaks of what is
    still to come, so there a bare day-and-month is the nearest such day."""
    node = tok
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in ("has", "have", "had", "'ve") for a in auxes) or any(a.tag_ == "VBD" for a in auxes):
                return "past"
            if auxes and all(a.tag_ in ("VBZ", "VBP") for a in auxes):
                return "present"
            if not auxes and node.tag_ in ("VBZ", "VBP", "VBD"):
                return "present" if node.tag_ != "VBD" else "past"
        if node.head is node:
            break
        node = node.head
    return None


# A range's end after its start ("od 2019 do 2021", "from 2019 to 2021", "з 2019 по 2021 рік"): the start word is
# then "from", not "since".
_RANGE_END = re.compile(r"^\s*(?:do|до|по|to|until|till|bis|jusqu|hasta|fino|até|a|al|à|[-–—])(?:\s|['’]|\d|$)", re.I)


def _since_words(language: str) -> tuple[str, ...]:
    """The words before a year that make it a state's start (``[when.since]`` of ``data/claim_acts.toml``)."""
    from crosswire.vocab.data import data_toml

    table = data_toml("claim_acts.toml").get("when", {}).get("since", {})
    return tuple(w.lower() for w in table.get(language, table.get("en", [])))


def after_since(body: str, start: int, end: int, language: str | None) -> bool:
    """Whether the date at ``body[start:end]`` is the start of a period, not the time of what its sentence
    counts: the language's "since" word right before it or opening it ("the lowest since 2019", "highest level
    since 2015", "le plus bas depuis 2019", "najniższy od 2019 roku"), and no range's end after it ("od 2019 do
    2021"). A figure so dated is of now: the year labels no figure ("Amount (2019)" in a new user's trial) and
    dates it to no other event. Offsets are character offsets into ``body``."""
    words = _since_words(language or "en")
    text = body[start:end].lower()
    before = " " + " ".join(body[max(0, start - 24) : start].lower().split())
    opens = any(text.startswith(w + " ") for w in words)
    ends = any(before.endswith(" " + w) or (w.endswith("'") and before.endswith(" " + w[:-1])) for w in words)
    return (opens or ends) and not _RANGE_END.match(body[end : end + 8])
