"""Figure slots: each comparable figure of a story, one per source and sentence, with what it counts, where, when.

A slot is what a figure counts (a small concept lexicon over the words around the number: "detained",
"arrested", "detentions" are one concept), its kind (count / money with currency / quantity with unit), its
scope (the place phrase that follows it: "in Minsk" vs "in Minsk and other cities") and its time (the resolved
dates of its sentence). The facts stage's ``counted`` is read too, but the words around the number decide,
because the parser's noun phrase is often the wrong one ("people spent"). The words are in
:mod:`crosswire.compare.figures.lexicon`.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from crosswire.compare.align import ArticleRow, StoryData, evidence, sentence, uniq_evidence
from crosswire.compare.figures.denied import denied
from crosswire.compare.figures.lexicon import (
    APPROX_Q,
    BREAKDOWN,
    CLAUSE_END,
    CLAUSE_JOINS,
    CONCEPTS,
    CURRENCY_SIGNS,
    DAY_WORDS,
    EXTENSION,
    GROUP_NOUNS,
    LOWER_Q,
    PEOPLE,
    PEOPLE_WORDS,
    POWER_LOSS,
    SCALE,
    SCALE_WORDS,
    SCOPE_AFTER,
    SCOPE_BEFORE,
    SKIP_TOKENS,
    STOPWORDS,
    SUFFIX,
    TIME_WORDS,
    TOKEN,
    UPPER_Q,
    VAGUE_Q,
)
from crosswire.compare.rounding import approx_tolerance, vague_bottom, vague_top
from crosswire.compare.scopes import per_period, wide_scope
from crosswire.facts import Figure
from crosswire.facts.date_context import after_since
from crosswire.facts.records import DateFact
from crosswire.model import Evidence
from crosswire.vocab.calendar import iso_day
from crosswire.vocab.concepts import concept_of, unit_of


@dataclass(slots=True)
class Fig:
    """One figure of one source (copies of the same sentence merged) with its slot."""

    source: int
    fig: Figure
    article: str
    text: str  # the figure as written
    value: float | None
    low: float
    high: float
    kind: str  # "count" | "money:USD" | "quantity:km" | "percent"
    concept: str | None
    noun: str | None
    scope: str | None
    scope_names: frozenset[str]
    scope_wide: bool
    times: list[tuple[date, date]]
    time_label: str | None
    vague: bool
    increment: bool = False  # "two more victims", one part of a list by place: not a total
    group: str | None = None  # a specific group counted ("14 children", "two officers"), not people at large
    day_words: frozenset[str] = frozenset()  # "saturday", "yesterday" in the figure's own clause
    published: tuple[date, date] | None = None  # the week up to the article's publication: a weak time
    before_text: str = ""  # the sentence up to the figure
    what: str | None = None  # the counted noun's language-neutral concept id ("worker"), whatever the slot
    region_wide: bool = False  # its sentence gives it for a wider area ("across the province": compare.scopes)
    landmark: bool = False  # a length from a landmark ("150 metres beyond the runway"): ``what`` is "past runway"
    periodic: bool = False  # given for each of several periods ("... in each of the past five seasons": compare.scopes)
    evidence: list[Evidence] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str | None]:
        """The slot key figures are paired within: the kind, and the concept (else, but money, the noun)."""
        if self.kind.startswith("money"):
            return (self.kind, self.concept)
        return (self.kind, self.concept or self.noun)


def _date_range(value: str) -> tuple[date, date] | None:
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    try:
        if len(parts) == 3:
            d = date(*parts)
            return d, d
        if len(parts) == 2:
            start = date(parts[0], parts[1], 1)
            nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return start, nxt - timedelta(days=1)
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


# the widest share of an approximate figure's value it may be off by ("about 40": 32-48)
APPROX_SPAN = 0.2


def _interval(f: Figure, value: float | None) -> tuple[float, float]:
    q = (f.qualifier or "").lower().strip()
    if value is None:
        lo = f.low if f.low is not None else 0.0
        hi = f.high if f.high is not None else math.inf
        if any(q.startswith(x) for x in LOWER_Q):
            hi = math.inf  # "more than a dozen" (a dozen: 11-13) is above it: "fifteen" fits, "eight" does not
        # "hundreds of thousands" holds no million, "millions" no exact one million (rounding.vague_bottom)
        return vague_bottom(float(lo), float(hi)), vague_top(float(lo), float(hi))
    v = float(value)
    tol = abs(v) * 0.005
    if any(q.startswith(x) for x in LOWER_Q):
        return v - tol, math.inf
    if any(q.startswith(x) for x in UPPER_Q):
        return v * 0.8, v + tol
    if any(q.startswith(x) for x in APPROX_Q) or (not f.exact and q not in ("only", "just")):
        # one step of the figure's written rounding, at most 20 %: "about 4,200" is 4,100-4,300, "about 4,000"
        # 3,200-4,800 (crosswire.compare.rounding)
        tol = approx_tolerance(v, APPROX_SPAN)
        return v - tol, v + tol
    return v - tol, v + tol


def _rescale(body: str, f: Figure) -> tuple[float | None, str | None, str]:
    """Value, currency and written text, repaired from the body around the span (``$2.3bn``, ``£3.5m``)."""
    value = f.value
    currency = f.currency
    text = f.text
    before = body[max(0, f.start - 1) : f.start]
    if currency is None and before in CURRENCY_SIGNS:
        currency = CURRENCY_SIGNS[before]
        text = before + text
    if value is not None and not re.search(r"(?i)(tn|trillion|bn|billion|million|mn|thousand|\dm|\dk)\b", f.text):
        m = SUFFIX.match(body[f.end : f.end + 10])
        if m:
            value = value * SCALE[m.group(1).lower()]
            text = text + body[f.end : f.end + m.end()]
    return value, currency, text


def _tokens_near(body: str, f: Figure) -> tuple[list[str], list[str]]:
    """Words after the figure (to the clause end) and before it (back to the clause start), nearest first."""
    after_text = body[f.end : f.sentence_end]
    m = CLAUSE_END.search(after_text)
    after_text = after_text[: m.start()] if m else after_text
    before_text = body[f.sentence_start : f.start]
    cuts = list(CLAUSE_END.finditer(before_text))
    if cuts:
        before_text = before_text[cuts[-1].end() :]
    after = [t.lower() for t in TOKEN.findall(after_text)][:10]
    while after and after[0] in SCALE_WORDS:
        after = after[1:]  # "$1 trillion", "$12.9bn": the scale of the number, not what it counts
    # A coordinated clause says something of someone else: in "gunned down two women and leaving a man
    # wounded" the wounding is the man's, not the two women's.
    cut = next((i for i, t in enumerate(after) if t in CLAUSE_JOINS), None)
    if cut is not None:
        after = after[:cut]
    before = [t.lower() for t in TOKEN.findall(before_text)][::-1][:6]
    return after, before


@lru_cache(maxsize=1 << 15)
def _word_concept(word: str) -> str | None:
    """The first concept of :data:`CONCEPTS` one of whose prefixes starts ``word`` (cached: the lexicon is
    fixed and the same words recur in every story)."""
    return next(
        (name for name, prefixes in CONCEPTS.items() if any((word + " ").startswith(p) for p in prefixes)), None
    )


POSSESSIVE = ("'s", "’s")  # a token ending so is an owner ("estavia's"), not a noun counted or measured
# determiners of an owner's set ("four of its ships"): what is counted is the noun after them, not "its"
POSSESSIVE_WORDS = ("its", "their", "his", "her", "our", "my", "your")


# Words that open a time phrase right after a figure ("last year", "next week", "yesterday", "im vergangenen Jahr",
# "lo scorso anno", "w zeszłym roku"): the figure's time, never the noun it counts (a single-source figure was
# labelled "Last (2025): $4.2 million"). A time noun right after a number is counted ("5 years") and is no such word.
# Lower case.
RELATIVE_TIME = frozenset(
    (
        "last next past previous this coming yesterday today tonight tomorrow ago earlier later annually yearly "
        "letzten letztes letzte vergangenen vergangenes vorigen voriges gestern heute morgen jährlich "
        "pasado pasada ayer hoy mañana anual dernier dernière hier aujourd'hui demain "
        "scorso scorsa ieri oggi domani zeszłym ubiegłym wczoraj dziś jutro"
    ).split()
)


def _concept(after: list[str], before: list[str], counted: str | None) -> tuple[str | None, str | None]:
    """What a figure counts: the concept named nearest the number (after it rather than before it at equal distance;
    else in the facts stage's ``counted`` phrase), and the noun right after it (``"people"`` for any word for
    people)."""
    noun = None
    for i, t in enumerate(after):
        if t in ("of", "a", "an", "the", *POSSESSIVE_WORDS):
            continue
        rest = list(itertools.takewhile(lambda w: w not in STOPWORDS and w.isalpha(), after[i + 1 : i + 3]))
        if t.endswith(POSSESSIVE) and rest:
            # "about 60% of Estavia's container traffic": the owner is no measure (it labelled the figure
            # "Estavia's"); what follows it is, up to two words. A plural written so ("33 KO's," in a boxing
            # record) is followed by no noun and stays the noun
            noun = " ".join(rest)
            break
        if t in RELATIVE_TIME:
            break  # "brought in $4.2 million last year": the year is the value's time, not what it counts
        if t in PEOPLE:
            noun = "people"
        elif t not in STOPWORDS:
            noun = t
        break
    power_lost = any(t in POWER_LOSS for t in (*after, *before))
    cands = [
        (dist, side, concept)
        for side, toks in ((0, after), (1, before))
        for dist, t in enumerate(toks)
        if t not in SKIP_TOKENS
        and (concept := _word_concept(t)) is not None
        and (concept != "without power" or power_lost)
    ]
    if cands:
        return min(cands)[2], noun
    words = (counted or "").lower().split()
    named = (n for n in CONCEPTS if (n != "without power" or power_lost) and any(_word_concept(w) == n for w in words))
    return next(named, None), noun


def _scope(body: str, f: Figure) -> str | None:
    after_text = body[f.end : f.sentence_end]
    m = CLAUSE_END.search(after_text)
    after_text = after_text[: m.start()] if m else after_text
    for hit in SCOPE_AFTER.finditer(after_text):
        if set(re.findall(r"\b[A-Z][\w'-]+", hit.group(2))) - TIME_WORDS:
            return hit.group(2).strip()
    lead = SCOPE_BEFORE.match(body[f.sentence_start : f.start])
    if lead:
        return lead.group(1).strip()
    return None


@lru_cache(maxsize=16)
def _openers(language: str) -> frozenset[str]:
    """The words that open a clause of its own in ``language`` (``data/figure_clauses.toml``; English where the
    file lists none)."""
    from crosswire.vocab.data import data_toml

    table = data_toml("figure_clauses.toml")["openers"]
    return frozenset(table.get(language, table["en"]))


# a number with its group separators is one word ("40,000": its comma ends no clause), then words, then punctuation
_CLAUSE_TOKEN = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|[\w'’]+|[,;:()\[\]—–]|\s-\s")


def clause_ids(text: str, language: str) -> list[tuple[int, int, int]]:
    """(start, end, clause id) of each word of a sentence ``text`` (character offsets into it): a word opening a
    clause of its own (``_openers``: "which", "that", "que", "że", "который") starts a new clause, which a comma,
    bracket or dash ends (the clause it interrupted goes on: "The ministry, which took office in October, set a
    target of 40,000 homes"); a semicolon or colon starts a new main clause. Written by hand: the comparison reads
    no parse, and only the bounds of clauses are needed."""
    openers = _openers(language)
    stack, next_id, out = [0], 1, []
    for m in _CLAUSE_TOKEN.finditer(text):
        tok = m.group().strip()
        if tok in (";", ":"):
            stack, next_id = [next_id], next_id + 1
        elif tok in (",", ")", "]", "—", "–", "-"):
            if len(stack) > 1:
                stack.pop()
        elif tok in ("(", "["):
            stack.append(next_id)
            next_id += 1
        elif tok.lower().rstrip("'’") in openers:
            stack.append(next_id)
            next_id += 1
            out.append((m.start(), m.end(), stack[-1]))
        else:
            out.append((m.start(), m.end(), stack[-1]))
    return out


def own_clause_dates(body: str, f: Figure, dates: list[DateFact], language: str) -> list[DateFact]:
    """The dates of ``dates`` (of ``f``'s sentence) in the figure's own clause (:func:`clause_ids`): a figure is
    dated by its clause's date, not by one of a clause beside it ("Officials said on Monday that 40 people were
    hurt", "The ministry, which took office in October 2026, set a target of 40,000 homes"). Offsets
    are into the cleaned body."""
    words = clause_ids(body[f.sentence_start : f.sentence_end], language)

    def clause_at(offset: int) -> int | None:
        at = offset - f.sentence_start
        return next((c for s, e, c in words if s <= at < e), None)

    own = clause_at(f.start)
    if own is None:
        return dates

    def fronted(d: DateFact) -> bool:
        # a date opening the sentence frames all of it, the clauses inside included ("In 2004 a massive tremor
        # sparked a tsunami that killed 170,000 people": the toll is 2004's; ECB+ event 37 set it against another
        # 2004 toll as this year's once the relative clause lost the date), unlike one after a verb ("Officials
        # said on Monday that ...")
        return sum(1 for s, _e, _c in words if s < d.start - f.sentence_start) <= FRONTED_WORDS

    return [d for d in dates if clause_at(d.start) in (own, None) or fronted(d)]


# words before a date that still opens its sentence: "In 2004", "Back in March", "Earlier on Monday"
FRONTED_WORDS = 2


def _times(data: StoryData, article: str, f: Figure) -> tuple[list[tuple[date, date]], str | None]:
    out, label, best = [], None, 0
    facts = data.facts[article]
    body = data.bodies[article]
    same = [d for d in facts.dates if d.sentence_start == f.sentence_start]
    own = own_clause_dates(body, f, same, facts.language or "en")
    for d in own:
        if body[d.start - 1 : d.start] == "(" and body[d.end : d.end + 1] == ")":
            continue  # "Storm over Kell Moor (1871)": a date of a named thing, not of the sentence's claim
        if d.sentence_start == f.sentence_start and after_since(body, d.start, d.end, facts.language):
            continue  # "the lowest since 2019": the start of a period, not the figure's time
        if d.sentence_start == f.sentence_start and d.value:
            r = _date_range(d.value)
            if r:
                out.append(r)
                dist = min(abs(d.start - f.end), abs(f.start - d.end))
                if label is None or dist < best:
                    label, best = d.value, dist  # the date nearest the figure labels its slot
    if not out and f.time and f.time not in {d.value for d in facts.dates if d.sentence_start == f.sentence_start}:
        r = _date_range(f.time)
        if r:
            out.append(r)
            label = f.time
    return out, label


def _published(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    day = iso_day(value)
    if day is None:
        return None
    if day.year < 10:  # a placeholder date (year 1): no window to compare in
        return None
    return day - timedelta(days=7), day


def _kind(f: Figure, currency: str | None) -> str | None:
    if currency:
        return "money:" + currency
    if f.type == "count":
        return "count"
    if f.type == "percent":
        return "percent"
    if f.type == "quantity" and f.unit:
        # one unit in every language and spelling ("metres", "meters", "метров": ``metre``), else as written
        return "quantity:" + (unit_of(f.unit, "en") or f.unit.rstrip("s"))
    return None  # durations and ages: background, not slots worth comparing


@dataclass(slots=True)
class _Words:
    """What the words around one figure say: the concept and noun counted, and the flags read off them."""

    concept: str | None
    noun: str | None
    increment: bool
    group: str | None
    day_words: frozenset[str]


def _words(body: str, f: Figure) -> _Words:
    after, before = _tokens_near(body, f)
    concept, noun = _concept(after, before, f.counted)
    increment = bool(after) and after[0] == "more" and not (len(after) > 1 and after[1] == "than")
    # "About 1,000 residents sheltered in a military field, 500 in a navy field, 500 in ...": each
    # number counts one place of a list, none the whole; such parts are not totals to set against.
    if len(BREAKDOWN.findall(body[f.sentence_start : f.sentence_end])) >= 2:
        increment = True
    raw = next((t for t in after if t not in ("of", "a", "an", "the")), None)
    day_words = frozenset(t.removesuffix("'s") for t in (*after, *before) if t.removesuffix("'s") in DAY_WORDS)
    group = raw if raw in GROUP_NOUNS else None
    return _Words(concept, noun, increment, group, day_words)


def _comparable(kind: str, value: float | None, words: _Words) -> bool:
    """Whether a figure is worth a slot: small bare counts of nothing named are not."""
    if kind != "count" or value is None:
        return True
    if words.concept is None and value < 3:
        return False
    # "one thing", "one of my ...": a "one" that counts no one is not a figure to compare
    return not (value < 2 and words.noun not in ("people", *PEOPLE_WORDS, *GROUP_NOUNS))


def _fig(data: StoryData, article: ArticleRow, f: Figure, ev: Evidence | None) -> Fig | None:
    """The slot of one facts figure, or None when it is not comparable."""
    body = data.bodies[article.id]
    value, currency, text = _rescale(body, f)
    kind = _kind(f, currency)
    if kind is None:
        return None
    words = _words(body, f)
    if not _comparable(kind, value, words):
        return None
    noun = words.noun
    what = concept_of(noun, "en") if noun and noun != "people" else None
    what = None if what == "person" else what
    where = landmark(body, f) if kind.startswith("quantity:") and words.concept is None else None
    if where is not None:  # "about 150 metres beyond the runway" / "200 metres past the end of the runway"
        what = f"{where[0]} {where[1]}"
        noun = f"distance {where[0]} the {where[1]}"
    if kind == "count" and words.concept is None and noun in (None, "people"):
        noun = None  # too generic to pair on
    lo, hi = _interval(f, value)
    scope = _scope(body, f)
    times, tlabel = _times(data, article.id, f)
    q = (f.qualifier or "").lower()
    return Fig(
        source=data.source_of[article.id],
        fig=f,
        article=article.id,
        text=text,
        value=value,
        low=lo,
        high=hi,
        kind=kind,
        concept=words.concept,
        noun=noun,
        scope=scope,
        scope_names=frozenset(re.findall(r"\b[A-Z][\w'-]+", scope or "")) - TIME_WORDS,
        scope_wide=bool(scope and EXTENSION.search(scope)),
        region_wide=wide_scope(body[f.sentence_start : f.sentence_end], article.language),
        periodic=per_period(body[f.start : f.sentence_end], article.language),
        times=times,
        time_label=tlabel,
        vague=value is None or any(q.startswith(v) for v in VAGUE_Q),
        increment=words.increment,
        group=words.group,
        day_words=words.day_words,
        evidence=uniq_evidence([ev]),
        articles=[article.id],
        published=_published(article.published),
        what=what,
        landmark=where is not None,
        before_text=body[f.sentence_start : max(f.sentence_start, f.start - (len(text) - len(f.text)))].lower(),
    )


# A length measured from a landmark: the preposition after the quantity, as one relation ("beyond", "past" and
# "after" the runway are one distance), and the landmark noun after it, past the words for a part of it ("the end
# of", "the edge of"). Hand-made from English news usage of distances (overruns, falls, shelling ranges).
SPATIAL_RELATIONS = {
    "beyond": "past",
    "past": "past",
    "after": "past",
    "from": "from",
    "away": "from",
    "off": "off",
    "short": "short of",
    "before": "short of",
    "below": "below",
    "under": "below",
    "beneath": "below",
    "above": "above",
    "over": "above",
    "behind": "behind",
    "inside": "inside",
    "into": "into",
    "along": "along",
    "down": "down",
}
_LANDMARK_SKIP = frozenset(
    {"of", "a", "an", "the", "its", "their", "from", "end", "edge", "tip", "side", "far", "main"}
)
_LANDMARK = re.compile(r"[a-z]+")


def landmark(body: str, f: Figure) -> tuple[str, str] | None:
    """("past", "runway") for "about 150 metres beyond the runway" or "200 metres past the end of the runway": the
    relation (:data:`SPATIAL_RELATIONS`) of the word right after a length and the first landmark noun after
    it, in its clause; None when the length is followed by no such preposition ("a 1,400-metre peak")."""
    after = body[f.end : f.sentence_end]
    cut = CLAUSE_END.search(after)
    words = _LANDMARK.findall((after[: cut.start()] if cut else after).lower())[:8]
    if not words or words[0] not in SPATIAL_RELATIONS:
        return None
    relation = SPATIAL_RELATIONS[words[0]]
    rest = [w for w in words[1:] if w not in _LANDMARK_SKIP and w not in STOPWORDS]
    return (relation, rest[0]) if rest else None


_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these|us|whom|which)\b", re.I)


def _of_a_group_named_before(body: str, end: int) -> bool:
    """Whether the number at ``body[..end]`` counts part of a group an earlier clause counts ("Four of them
    were taken to hospital"): what it counts is only the pronoun's antecedent, so it has no label of its own
    (it read "Them: Four") and is compared with nothing."""
    return _OF_PRONOUN.match(body, end) is not None


def collect(data: StoryData) -> list[Fig]:
    """Every comparable figure of the story's English articles, one per source and sentence (copies of a wire
    story merged). Figures in other languages are compared by the claim aligner, which reads them through the
    language-neutral concept ids of ``data/concepts.toml`` (:func:`crosswire.compare.claims.values.slot_of`);
    the word lists here are English."""
    merged: dict[tuple[int, str, str], Fig] = {}
    for a in data.articles:
        if a.language not in (None, "en"):
            continue  # the words around a number are read as English (German "die" would read as "died")
        facts = data.facts.get(a.id)
        body = data.bodies.get(a.id)
        if facts is None or body is None:
            continue
        for f in facts.figures:
            _value, currency, text = _rescale(body, f)
            if _kind(f, currency) is None or _of_a_group_named_before(body, f.end):
                continue
            if denied(body[f.sentence_start : f.start], f.text):
                continue  # "is not true 4K": a figure the sentence denies is none its source gives
            key = (data.source_of[a.id], sentence(data, a.id, f), text)
            ev = evidence(data, a.id, f.sentence_start, f.sentence_end)
            if key in merged:
                merged[key].evidence = uniq_evidence([*merged[key].evidence, ev])
                merged[key].articles.append(a.id)
                continue
            fig = _fig(data, a, f, ev)
            if fig is not None:
                merged[key] = fig
    return list(merged.values())
