"""Claims: what each body sentence asserts, in the form the comparison aligns across sources.

One :class:`~crosswire.facts.records.Claim` per sentence of the cleaned body: the verb lemmas of its clauses
(from the events already extracted), the subject and object of its main clause, the entities it names, its
content words as term keys, its typed values (figures, dates, times of day, tallies, proportions, ranks,
ages — :mod:`crosswire.facts.values`), the outcomes it states ("resigned", "postponed") and whether it is
someone's words (a quote or reported speech) and whose.

Why sentences: a sentence is what an editor quotes as evidence and what a reader can check in the source;
the comparison shows the sentences side by side. A sentence that states several facts is one claim with
several values and predicates, and the comparison compares those parts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from crosswire.clean.metadata import dateline_end
from crosswire.facts.entity_index import EntityIndex
from crosswire.facts.fastpos import lemma
from crosswire.facts.nlp import Para, ParsedArticle
from crosswire.facts.records import Claim, DateFact, Event, Figure, Quote, Value
from crosswire.facts.scores import score_values
from crosswire.facts.values import from_date, from_figure, from_month_day, read_values
from crosswire.vocab.calendar import iso_day
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold
from crosswire.vocab.terms import number_key, singular

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OUTCOMES = data_toml("facts_outcomes.toml")
OUTCOME_OF: dict[str, str] = dict(_OUTCOMES["lemmas"])
COMPLEMENT_OF: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _OUTCOMES.get("complement", {}).items()}


COMPLEMENT_REACH = 6  # words: "cleared the former finance director of all charges"


def _states_outcome(e: Event, sentence: str, sentence_start: int) -> bool:
    """Whether event ``e`` of a sentence (``sentence`` starting at body offset ``sentence_start``) states its
    verb's outcome: not negated, and for a verb of ``[complement]`` in ``data/facts_outcomes.toml`` one of its
    words after the verb (within :data:`COMPLEMENT_REACH` words) or a named object ("cleared of all
    charges", "cleared Vance"; not "the building had been cleared")."""
    if e.negated or e.verb not in OUTCOME_OF:
        return False
    needed = COMPLEMENT_OF.get(e.verb)
    if not needed or e.object_entity:
        return True
    after = sentence[max(0, e.end - sentence_start) :].lower().split()[:COMPLEMENT_REACH]
    return any(w.strip(",.;:") in needed for w in after)


_T = TypeVar("_T", Figure, DateFact, Event)
TERM_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
# Verbs every news sentence has: not what a sentence is about.
_LIGHT = frozenset({"be", "have", "do", "say", "tell", "add", "get", "make", "go", "come", "take", "give"})


DASHES = "-–—"  # hyphen-minus, en dash, em dash


def term(tok: Token) -> str | None:
    """The term key of a content word (:mod:`crosswire.vocab.terms`); None for a stop word or punctuation."""
    if tok.is_stop or tok.is_punct or tok.is_space or tok.pos_ not in TERM_POS:
        return None
    if tok.pos_ == "NUM":
        key = number_key(tok.text)
        return key if any(ch.isdigit() for ch in key) else tok.lower_
    if tok.pos_ == "VERB":
        lem = lemma(tok)
        return None if lem in _LIGHT else lem
    word = fold(tok.text).lower() if tok.pos_ == "PROPN" else tok.lower_
    if len(word) < 2 or not any(ch.isalpha() for ch in word):
        return None
    return singular(word) if tok.pos_ in ("NOUN", "PROPN") else word


def _by_sentence(items: Iterable[_T]) -> dict[int, list[_T]]:
    out: dict[int, list[_T]] = defaultdict(list)
    for it in items:
        out[it.sentence_start].append(it)
    return out


class _Context:
    """What every sentence of one article reads: the facts already extracted, bucketed by sentence start."""

    def __init__(
        self,
        parsed: ParsedArticle,
        index: EntityIndex,
        figures: list[Figure],
        dates: list[DateFact],
        quotes: list[Quote],
        events: list[Event],
    ) -> None:
        self.index = index
        self.figures = _by_sentence(figures)
        self.dates = _by_sentence(dates)
        self.events = _by_sentence(events)
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]
        self.spans = index.spans
        self.span_starts = [s for s, _e, _i in index.spans]
        self.persons = {e.id for e in index.entities if e.type == "person"}
        people = [e for e in index.entities if e.type == "person"]
        # The person the article is most about: "the 48-year-old Australian" with no name in its sentence is
        # almost always them.
        self.protagonist = max(people, key=lambda e: len(e.mentions)).id if people else None
        published = parsed.article.published
        self.published: date | None = iso_day(published) if published else None

    def entities_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect_left(self.span_starts, start)
        hi = bisect_right(self.span_starts, end)
        return [sp for sp in self.spans[lo:hi] if sp[1] <= end]

    def quote_over(self, start: int, end: int) -> Quote | None:
        """A quote or reported clause overlapping the sentence, preferring one attributed to a speaker."""
        i = bisect_right(self.quote_starts, end)
        best = None
        for q in self.quotes[max(0, i - 8) : i]:
            if q.start < end and start < q.end and (best is None or (q.speaker and not best.speaker)):
                best = q
        return best


def _holder(value: Value, mentions: list[tuple[int, int, str]], persons: set[str]) -> str | None:
    """The person an age belongs to: the one named right after "48-year-old", else the one named closest
    before the age in its sentence ("Noxon, who was 20")."""
    after = [m for m in mentions if 0 <= m[0] - value.end <= 2 and m[2] in persons]
    if after and value.text.lower().endswith("old"):
        return after[0][2]
    before = [m for m in mentions if m[1] <= value.start and m[2] in persons]
    return before[-1][2] if before else None


def _protagonist(ctx: _Context, value: Value, sentence_start: int) -> str | None:
    """The article's main person for an age with no name in its sentence, when the age opens the sentence
    as its subject ("The 48-year-old Australian was evicted ..."): news refers to its protagonist that way,
    while "said the 29-year-old" mid-sentence may be anyone."""
    opens = value.start - sentence_start <= len("The ")
    return ctx.protagonist if opens and value.text.lower().endswith("old") else None


def _scheduled(d: DateFact, published: date | None) -> bool:
    day = iso_day(d.value) if d.value and d.granularity == "day" else None
    return bool(day and published and day > published)


# Nouns naming a part of a day: the weekday before one ("Wednesday afternoon", "Saturday night") dates what the
# part of the day dates, and names no thing.
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "overnight"})


def _governing_verb(para: Para, start: int, end: int) -> str | None:
    """The lemma of the verb a body span (a date, a time) modifies: "struck on Tuesday" -> "strike"; through a
    light verb, the act it carries (:func:`_act_verb`)."""
    span = para.doc.char_span(start - para.offset, end - para.offset, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        if tok.head.lower_ in PARTS_OF_DAY and tok.dep_ in ("compound", "nmod", "amod", "npadvmod"):
            tok = tok.head  # "appear in court Wednesday afternoon": the part of the day dates the clause too
            continue
        if tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("compound", "nmod", "amod", "npadvmod", "poss"):
            return None  # "the March 11 rampage": the date names a thing, it does not date the clause
        tok = tok.head
    return _act_verb(tok) if tok.pos_ in ("VERB", "AUX") else None


# Verbs that carry another verb's act when a verb of purpose or manner hangs from them: "took 15 minutes to
# find him guilty", "spent two hours deliberating", "had to be ushered to safety", "needed a week to repair";
# verbs of scheduling carry it too ("expected to appear in court on Wednesday"), or their passive subject
# names it ("their first court appearance is scheduled for Jan. 21": "appearance").
_SCHEDULING = frozenset({"schedule", "set", "expect", "plan", "slate"})
_CARRIERS = frozenset({"take", "spend", "need", "have", "require"}) | _SCHEDULING
_COMPLEMENT = ("ccomp", "oprd", "acomp", "xcomp")


def _act_verb(tok: Token) -> str:
    """The lemma naming the act a value's verb states: the verb itself, or for a verb of :data:`_CARRIERS`
    the verb of the purpose or manner clause hanging from it (an ``xcomp`` or a "to" ``advcl``), with its
    predicative adjective or, failing one, its object noun ("find him guilty" -> ``"find guilty"``, "to reach
    a verdict" -> ``"reach verdict"``); for a verb of scheduling with no such clause, its passive subject
    noun ("appearance is scheduled for" -> ``"appearance"``). "had 310 passengers" keeps ``"have"``: no
    clause hangs from it. Why: the duration of a deliberation reads "deliberated for 10 minutes" in one
    outlet and "took 15 minutes to find him guilty" in another; the light verb names no act of its own."""
    verb = lemma(tok)
    if verb not in _CARRIERS:
        return verb
    for child in tok.children:
        purpose = child.dep_ == "xcomp" or (child.dep_ == "advcl" and any(a.lower_ == "to" for a in child.children))
        if child.pos_ == "VERB" and purpose:
            adj = [a.lower_ for a in child.children if a.dep_ in _COMPLEMENT and a.pos_ == "ADJ"]
            obj = [singular(a.lower_) for a in child.children if a.dep_ == "dobj" and a.pos_ == "NOUN"]
            return " ".join([lemma(child), *(adj or obj)[:1]])
    if verb in _SCHEDULING:
        subject = [c for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
        if not subject:
            return verb
        # "their next appearance", "a second hearing": another of the event's occurrences than the first
        nth = [m.lower_ for m in subject[0].children if m.lower_ in _NTH]
        return " ".join([*nth[:1], singular(subject[0].lower_)])
    return verb


_NTH = frozenset({"next", "second", "third", "fourth", "final", "last", "further", "another", "new"})


def _values(
    ctx: _Context, para: Para, sent_start: int, text: str, start: int, mentions: list[tuple[int, int, str]]
) -> list[Value]:
    values = [from_figure(f) for f in ctx.figures.get(sent_start, [])]
    for v in values:
        v.verb = _governing_verb(para, v.start, v.end)
        if v.kind == "age":
            v.holder = _holder(v, mentions, ctx.persons) or _protagonist(ctx, v, start)
    for d in ctx.dates.get(sent_start, []):
        if d.value:
            v = from_date(d, _scheduled(d, ctx.published))
            v.verb = _governing_verb(para, d.start, d.end)  # what happened then: two verbs, two events
            values.append(v)
        elif d.month_day:
            v = from_month_day(d)
            v.verb = _governing_verb(para, d.start, d.end)
            values.append(v)
    read = read_values(text, start, ctx.index.at)
    # a match's score ("abandoned at 1-1") is one value, as in the other languages (crosswire.facts.scores), not a
    # tally of no noun; a vote's tally read over it stays the vote's ("the 2-1 vote" is no score)
    scores = [s for s in score_values(text, start, "en") if not any(_over(v, s) for v in read if v.kind == "time")]
    read = [v for v in read if not (v.kind == "tally" and v.noun != "vote" and any(_over(v, s) for s in scores))]
    read += [s for s in scores if not any(_over(v, s) for v in read if v.kind == "tally")]
    # a vote's tally reads its whole span ("passed 8-4"), where the figure reader saw a count of its first number;
    # so does a score
    tallies = [v for v in read if v.kind == "tally" and v.noun in ("vote", "score")]
    values = [
        v for v in values if not (v.kind == "count" and any(t.start <= v.start and v.end <= t.end for t in tallies))
    ]
    taken = [(v.start, v.end) for v in values]
    for v in read:
        if not any(s < v.end and v.start < e for s, e in taken):  # a figure or date already reads that span
            values.append(v)
            taken.append((v.start, v.end))
    return sorted(values, key=lambda v: v.start)


def _over(a: Value, b: Value) -> bool:
    """Whether two values' body spans overlap."""
    return a.start < b.end and b.start < a.end


def _claim(ctx: _Context, para: Para, sent: Span, n: int) -> Claim | None:
    off = para.offset
    s_start = off + sent.start_char
    text = raw = sent.text  # a Span's text is joined again on each access
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    if not any(ch.isalnum() for ch in text):
        return None
    if text[-1] in DASHES and not any(tok.pos_ in ("VERB", "AUX") for tok in sent):
        return None  # a dateline the parser cut off its sentence ("VALMESTA, Nov 14 (Ridgeline Daily) -")
    start, end = s_start + lead, s_start + lead + len(text)
    # a date in the paragraph's opening dateline ("HARTWELL, July 18 — A titan arum has flowered") is the day the
    # outlet filed, not a value of the sentence's act (a new user's story gave two outlets' datelines as a
    # "different day" conflict); as the light tier (crosswire.facts.languages.build)
    opening = off + dateline_end(para.text) if start < off + 120 else 0
    events = ctx.events.get(s_start, [])
    main = next((e for e in events if e.subject_entity or e.object), events[0] if events else None)
    mentions = ctx.entities_in(start, end)
    quote = ctx.quote_over(start, end)
    terms = sorted({t for tok in sent if (t := term(tok))})
    outcomes = sorted({OUTCOME_OF[e.verb] for e in events if _states_outcome(e, raw, s_start)})
    if any(tok.lower_ == "dead" for tok in sent):
        outcomes = sorted({*outcomes, "died"})
    return Claim(
        id=f"c{n}",
        start=start,
        end=end,
        predicates=[e.verb for e in ([main] if main else []) + [e for e in events if e is not main]],
        negated=bool(main and main.negated),
        subject_entity=main.subject_entity if main else None,
        object=main.object if main else None,
        entities=list(dict.fromkeys(m[2] for m in mentions)),
        terms=terms,
        values=[v for v in _values(ctx, para, s_start, text, start, mentions) if v.start >= opening],
        outcomes=outcomes,
        speaker_entity=quote.speaker if quote else None,
        quoted=quote is not None,
        kind="subheading" if para.kind == "subheading" else "body",
    )


def extract_claims(
    parsed: ParsedArticle,
    index: EntityIndex,
    figures: list[Figure],
    dates: list[DateFact],
    quotes: list[Quote],
    events: list[Event],
) -> list[Claim]:
    """One claim per sentence of the article, in body order.

    Input: the parsed article and the facts the other components extracted from it (entities, figures,
    dates, quotes, events). Output: :class:`~crosswire.facts.records.Claim` records whose ``start``/``end``
    span their sentence and whose values span their own text, as character offsets into the cleaned body.
    Sentences with no letter or digit (a lone dash) give no claim. Raises nothing of its own.
    """
    ctx = _Context(parsed, index, figures, dates, quotes, events)
    out: list[Claim] = []
    for para in parsed.paras:
        for sent in para.sents:
            claim = _claim(ctx, para, sent, len(out) + 1)
            if claim is not None:
                out.append(claim)
    return out
