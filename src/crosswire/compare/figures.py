"""Figure slots across sources: what is counted, where, when; then agreed, conflicting or single-source.

A slot is what a figure counts (a small concept lexicon over the words around the number: "detained",
"arrested", "detentions" are one concept), its kind (count / money with currency / quantity with unit), its
scope (the place phrase that follows it: "in Minsk" vs "in Minsk and other cities") and its time (the resolved
dates of its sentence). The facts stage's ``counted`` is read too, but the words around the number decide,
because the parser's noun phrase is often the wrong one ("people spent"). Why a lexicon and not a parse: a
spaCy parse of every figure sentence costs more than the whole 2 s budget of a 50-article story, and the words
that name what is counted in news copy are few.

Precision over recall: two figures are paired only when each is the other's unique best match in its source;
a conflict needs the same concept (a money conflict the same counted noun); a source that gives two
incompatible values for a slot it cannot tell apart makes no conflict at all.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from crosswire.compare.align import StoryData, cite, evidence, sentence, uniq_evidence
from crosswire.facts import Figure

# concept -> word prefixes (lower case) that name it; checked against tokens near the number.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "killed": ("kill", "dead", "death", "die", "fatalit", "toll", "perish"),
    "injured": ("injur", "wound", "hurt"),
    "detained": ("detain", "detention", "arrest", "custody", "jailed"),
    "missing": ("missing",),
    "trapped": ("trap",),
    "rescued": ("rescued", "pulled", "saved"),
    "in shelters": ("shelter", "displac", "homeless"),
    "evacuated": ("evacuat",),
    "protesting": (
        "protests",
        "protest ",
        "rally",
        "rallies",
        "march",
        "flooded",
        "drawing",
        "drew",
        "crowd",
        "gather",
        "turnout",
        "turned out",
        "demonstration",
    ),
    "without power": ("electricity", "power", "blackout"),
    "magnitude": ("magnitude",),
    "sent": ("sent", "deploy", "dispatch"),
    "stolen": ("stole", "stolen", "theft"),
    "reward": ("reward",),
}
# Tallies that mean one quantity whoever reports them; for actions with an agent ("sent", "rescued") two
# numbers are usually two agents (the government's 600 rescuers, a neighbour's 120), so they never conflict.
CONFLICT_CONCEPTS = {
    "killed",
    "injured",
    "detained",
    "missing",
    "trapped",
    "in shelters",
    "evacuated",
    "protesting",
    "without power",
    "magnitude",
}
# Nouns that already name what happened, so the concept is not added to them.
EVENT_NOUNS = frozenset(
    {
        "deaths",
        "dead",
        "fatalities",
        "casualties",
        "injuries",
        "arrests",
        "detentions",
        "evacuations",
        "lives",
        "victims",
    }
)
TIME_WORDS = {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "The",
    "In",
    "Across",
    "Throughout",
}
PEOPLE = {
    "people",
    "persons",
    "person",
    "protesters",
    "protestors",
    "demonstrators",
    "residents",
    "civilians",
    "individuals",
    "men",
    "women",
    "children",
    "victims",
    "detainees",
    "others",
    "more",
}
SKIP_TOKENS = PEOPLE | {
    "a",
    "an",
    "the",
    "of",
    "were",
    "was",
    "had",
    "have",
    "been",
    "are",
    "is",
    "be",
    "and",
    "who",
    "that",
}
STOPWORDS = SKIP_TOKENS | {
    "on",
    "in",
    "at",
    "for",
    "to",
    "from",
    "with",
    "by",
    "or",
    "but",
    "as",
    "than",
    "per",
    "into",
    "since",
    "after",
    "before",
    "during",
    "while",
    "when",
    "which",
    "this",
    "it",
}
LOWER_Q = ("more than", "over", "above", "at least", "upwards of", "in excess of", "more", "at least another")
UPPER_Q = ("nearly", "almost", "under", "less than", "fewer than", "up to", "at most", "just under", "close to")
APPROX_Q = (
    "about",
    "around",
    "some",
    "an estimated",
    "estimated",
    "approximately",
    "roughly",
    "approx",
    "an approximate",
    "circa",
)
VAGUE_Q = (
    "tens of",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "scores",
    "several",
    "a few",
    "tens of thousands",
    "hundreds of thousands",
    "dozen",
)
EXTENSION = re.compile(
    r"\b(other|elsewhere|across|throughout|region|province|country|nationwide|whole|surrounding)\b", re.I
)
SCOPE_AFTER = re.compile(
    r"\b(in|across|throughout|around|near|outside)\s+((?:the\s+)?(?:[a-z][\w'-]*\s+){0,3}?"
    r"[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*)*"
    r"(?:\s+(?:region|province|district|area|oblast|county|and other cities|and other towns|and elsewhere))?)"
)
SCOPE_BEFORE = re.compile(r"^\s*(?:In|Across|Throughout)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*,")
CLAUSE_END = re.compile(r"[,;:!?]|\.(?:\s|$)|\s--?\s|\s—\s")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*")
CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB"}
SUFFIX = re.compile(r"^\s?(bn|billion|mn|m|million|k)\b", re.I)
SCALE = {"bn": 1e9, "billion": 1e9, "mn": 1e6, "m": 1e6, "million": 1e6, "k": 1e3}
NEAR_DAYS = 3
STALE_DAYS = 14


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
    evidence: list[dict[str, Any]] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str | None]:
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


def _interval(f: Figure, value: float | None) -> tuple[float, float]:
    q = (f.qualifier or "").lower().strip()
    if value is None:
        lo = f.low if f.low is not None else 0.0
        hi = f.high if f.high is not None else math.inf
        return float(lo), float(hi)
    v = float(value)
    tol = abs(v) * 0.005
    if any(q.startswith(x) for x in LOWER_Q):
        return v - tol, math.inf
    if any(q.startswith(x) for x in UPPER_Q):
        return v * 0.8, v + tol
    if any(q.startswith(x) for x in APPROX_Q) or (not f.exact and q not in ("only", "just")):
        return v * 0.8, v * 1.2
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
    if value is not None and not re.search(r"(?i)(bn|billion|million|mn|\dm|\dk)\b", f.text):
        m = SUFFIX.match(body[f.end : f.end + 10])
        if m:
            value = value * SCALE[m.group(1).lower()]
            text = text + body[f.end : f.end + m.end()]
    return value, currency, text


CLAUSE_JOINS = {"and", "but", "while", "leaving", "whereas"}
DAY_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "weekend",
}
BREAKDOWN = re.compile(r"(?:^|(?<!\d),\s*|\band\s+)\d[\d,.]*\s+(?:[a-z]+\s+){0,5}?(?:in|at)\s")


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
    # A coordinated clause says something of someone else: in "gunned down two women and leaving a man
    # wounded" the wounding is the man's, not the two women's.
    cut = next((i for i, t in enumerate(after) if t in CLAUSE_JOINS), None)
    if cut is not None:
        after = after[:cut]
    before = [t.lower() for t in TOKEN.findall(before_text)][::-1][:6]
    return after, before


def _concept(after: list[str], before: list[str], counted: str | None) -> tuple[str | None, str | None]:
    noun = None
    for t in after:
        if t in ("of", "a", "an", "the"):
            continue
        if t in PEOPLE:
            noun = "people"
        elif t not in STOPWORDS:
            noun = t
        break
    best: tuple[int, int, str] | None = None
    for side, toks in ((0, after), (1, before)):
        for dist, t in enumerate(toks):
            if t in SKIP_TOKENS:
                continue
            for concept, prefixes in CONCEPTS.items():
                if any((t + " ").startswith(p) for p in prefixes):
                    cand = (dist, side, concept)
                    if best is None or cand < best:
                        best = cand
                    break
    concept = best[2] if best else None
    if concept is None and counted:
        words = counted.lower().split()
        for concept_name, prefixes in CONCEPTS.items():
            if any((w + " ").startswith(p) for w in words for p in prefixes):
                concept = concept_name
                break
    return concept, noun


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


def _times(data: StoryData, article: str, f: Figure) -> tuple[list[tuple[date, date]], str | None]:
    out, label, best = [], None, 0
    facts = data.facts[article]
    body = data.bodies[article]
    for d in facts.dates:
        if body[d.start - 1 : d.start] == "(" and body[d.end : d.end + 1] == ")":
            continue  # "Storm over Kell Moor (1871)": a date of a named thing, not of the sentence's claim
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
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
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
        return "quantity:" + f.unit.rstrip("s")
    return None  # durations and ages: background, not slots worth comparing


def collect(data: StoryData) -> list[Fig]:
    """Every comparable figure, one per source and sentence (copies of a wire story merged)."""
    merged: dict[tuple[int, str, str], Fig] = {}
    for a in data.articles:
        aid = a["id"]
        facts = data.facts.get(aid)
        body = data.bodies.get(aid)
        if facts is None or body is None:
            continue
        src = data.source_of[aid]
        for f in facts.figures:
            value, currency, text = _rescale(body, f)
            kind = _kind(f, currency)
            if kind is None:
                continue
            sent = sentence(data, aid, f)
            key = (src, sent, text)
            ev = evidence(data, aid, f.sentence_start, f.sentence_end)
            if key in merged:
                merged[key].evidence = uniq_evidence([*merged[key].evidence, ev])
                merged[key].articles.append(aid)
                continue
            after, before = _tokens_near(body, f)
            concept, noun = _concept(after, before, f.counted)
            increment = bool(after) and after[0] == "more" and not (len(after) > 1 and after[1] == "than")
            raw = next((t for t in after if t not in ("of", "a", "an", "the")), None)
            day_words = frozenset(t.removesuffix("'s") for t in (*after, *before) if t.removesuffix("'s") in DAY_WORDS)
            # "About 1,000 residents sheltered in a military field, 500 in a navy field, 500 in ...": each
            # number counts one place of a list, none the whole; such parts are not totals to set against.
            if len(BREAKDOWN.findall(body[f.sentence_start : f.sentence_end])) >= 2:
                increment = True
            group = raw if raw in GROUP_NOUNS else None
            if kind == "count" and concept is None and (value is not None and value < 3):
                continue
            if (
                kind == "count"
                and value is not None
                and value < 2
                and noun not in ("people", *PEOPLE_WORDS, *GROUP_NOUNS)
            ):
                continue  # "one thing", "one of my ...": a "one" that counts no one is not a figure to compare
            if kind == "count" and concept is None and noun in (None, "people"):
                noun = None  # too generic to pair on
            lo, hi = _interval(f, value)
            scope = _scope(body, f)
            times, tlabel = _times(data, aid, f)
            q = (f.qualifier or "").lower()
            merged[key] = Fig(
                source=src,
                fig=f,
                article=aid,
                text=text,
                value=value,
                low=lo,
                high=hi,
                kind=kind,
                concept=concept,
                noun=noun,
                scope=scope,
                scope_names=frozenset(re.findall(r"\b[A-Z][\w'-]+", scope or "")) - TIME_WORDS,
                scope_wide=bool(scope and EXTENSION.search(scope)),
                times=times,
                time_label=tlabel,
                vague=value is None or any(q.startswith(v) for v in VAGUE_Q),
                increment=increment,
                group=group,
                day_words=day_words,
                evidence=uniq_evidence([ev]),
                articles=[aid],
                published=_published(a.get("published")),
                before_text=body[f.sentence_start : max(f.sentence_start, f.start - (len(text) - len(f.text)))].lower(),
            )
    return list(merged.values())


# -- relations ----------------------------------------------------------------------------------------------
def compatible(a: Fig, b: Fig) -> bool:
    return max(a.low, b.low) <= min(a.high, b.high)


LOOSE_RATIO = 1.5


def _loose_bounds(a: Fig, b: Fig) -> bool:
    """Two lower bounds far apart ("at least 40" killed in one strike, "more than 600" in the whole
    offensive) overlap as intervals but are two counts: nothing is claimed between them, neither agreement
    nor conflict."""
    if a.value is None or b.value is None or not (math.isinf(a.high) and math.isinf(b.high)):
        return False
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo == 0 or hi / lo > LOOSE_RATIO


def _cliques(side: list[Fig]) -> list[list[Fig]]:
    """A side of agreeing figures split so that every pair in a group agrees: agreement chains ("400" ~
    "more than 300" ~ "about 1,000") do not make 400 and 1,000 agree. Narrow figures seed the groups."""
    groups: list[list[Fig]] = []
    for f in sorted(side, key=lambda x: (x.high - x.low, x.source)):
        for g in groups:
            if all(compatible(f, x) and not _loose_bounds(f, x) for x in g):
                g.append(f)
                break
        else:
            groups.append([f])
    return groups


def scope_rel(a: Fig, b: Fig) -> str:
    if not a.scope_names or not b.scope_names:
        return "unknown"
    if a.scope_names & b.scope_names:
        return "same" if a.scope_wide == b.scope_wide else "different"
    return "different"


def _gap(xs: list[tuple[date, date]], ys: list[tuple[date, date]]) -> int:
    return min(max((s2 - e1).days, (s1 - e2).days, 0) for s1, e1 in xs for s2, e2 in ys)


def time_rel(a: Fig, b: Fig) -> str:
    if not a.times or not b.times:
        # Undated figures: news reports what happened in the days before publication, so two figures from
        # articles weeks apart are not one slot ("three died" in 2020 vs "40 injured" in 2025).
        xs = a.times or ([a.published] if a.published else [])
        ys = b.times or ([b.published] if b.published else [])
        if xs and ys and _gap(xs, ys) > STALE_DAYS:
            return "different"
        return "unknown"
    best = _gap(a.times, b.times)
    if best == 0:
        return "same"
    return "near" if best <= NEAR_DAYS else "different"


def _score(a: Fig, b: Fig) -> float | None:
    if time_rel(a, b) == "different":
        return None
    if a.concept != b.concept:
        return None
    s = 0.0
    sr = scope_rel(a, b)
    s += {"same": 2.0, "unknown": 0.0, "different": -1.0}[sr]
    s += {"same": 1.0, "near": 0.5, "unknown": 0.0}[time_rel(a, b)]
    if compatible(a, b):
        s += 1.5
    if a.noun and b.noun and a.noun == b.noun:
        s += 0.5
    return s


def _money_head_same(a: Fig, b: Fig) -> bool:
    ca, cb = (a.fig.counted or "").lower().split(), (b.fig.counted or "").lower().split()
    return bool(ca and cb and ca[-1] == cb[-1])


# What a tally counts, for deciding whether two tallies can conflict. Words that stand for "people" in a
# tally ("86 arrests", "1 wounded", "two dead") count as people; a specific group ("officers",
# "schoolchildren") only meets the same group: "10,000 people marched" and "hundreds of schoolchildren
# gathered" are two crowds, not one crowd counted twice.
PEOPLE_WORDS = EVENT_NOUNS | {
    "dead",
    "wounded",
    "injured",
    "killed",
    "arrested",
    "detained",
    "missing",
    "evacuated",
    "displaced",
    "homeless",
    "trapped",
    "survivors",
}
GROUP_NOUNS = {
    "officers",
    "policemen",
    "police",
    "soldiers",
    "troops",
    "students",
    "workers",
    "miners",
    "passengers",
    "pupils",
    "schoolchildren",
    "tourists",
    "migrants",
    "refugees",
    "patients",
    "journalists",
    "fighters",
    "militants",
    "children",
    "women",
    "men",
    "prisoners",
    "climbers",
    "crew",
    "firefighters",
    "rescuers",
    "staff",
    "employees",
    "members",
    "families",
}
POWER_NOUNS = {"homes", "households", "customers", "properties", "buildings", "houses", "people"}


def _counted_noun(f: Fig) -> str | None:
    """``"people"``, a group noun, or None when the figure does not count people (or homes without power)
    and so cannot be a side of a tally conflict ("200ft", "a 27-24 loss", "four times", "nine games")."""
    if f.group is not None:
        return f.group
    noun = f.noun
    if noun is None or noun == "people" or noun in PEOPLE_WORDS:
        return "people"
    if f.concept == "without power" and noun in POWER_NOUNS:
        return noun
    return noun if noun in GROUP_NOUNS else None


def _tallies_comparable(a: Fig, b: Fig) -> str | None:
    """Whether two tallies of one concept can conflict: ``"same"`` when both count the same kind of thing,
    ``"part"`` when one counts a group and the other people at large (three crew members missing, five
    people missing), None when they cannot (a distance, a score, an increment: "two more victims were
    found" says nothing against "at least 10 killed")."""
    if a.concept == "magnitude":
        return "same"
    if a.increment or b.increment or a.kind != "count" or b.kind != "count":
        return None  # "fell about 150 metres to his death" measures a fall, it does not count the dead
    na, nb = _counted_noun(a), _counted_noun(b)
    if na is None or nb is None:
        return None
    if na == nb:
        return "same"
    return "part" if "people" in (na, nb) else None


def _link(a: Fig, b: Fig) -> str | None:
    """How two mutually best figures relate: 'agree', a conflict reason, or None (no claim)."""
    if (
        not a.times
        and not b.times
        and (a.day_words or b.day_words)
        and a.day_words != b.day_words
        and not compatible(a, b)
    ):
        # Undated ("86 arrests over Saturday's protests" / "more than 200 people arrested" in a story with
        # no publication dates): the figures may count different days, which nothing here can settle.
        return None
    sr = scope_rel(a, b)
    if _loose_bounds(a, b) and sr != "different":
        return None  # far-apart lower bounds over one place: two counts; over two places: a scope difference
    same_value = compatible(a, b)
    tallies = _tallies_comparable(a, b) if a.concept in CONFLICT_CONCEPTS else None
    if tallies == "part" and sr != "different":
        tallies = None  # a group and people at large in one place: two counts, not one counted twice
    can_conflict = tallies is not None or (a.kind.startswith("money") and _money_head_same(a, b))
    if sr == "different":
        equal = a.value is not None and b.value is not None and abs(a.value - b.value) <= 0.005 * abs(a.value)
        if equal or not can_conflict:
            return None
        return "different scope"
    if same_value:
        if a.concept is None and a.noun is None:
            # Generic money or count: agreement only on exactly equal written values.
            if a.value is None or b.value is None or abs(a.value - b.value) > 0.005 * abs(a.value):
                return None
        return "agree"
    if not can_conflict:
        return None
    if a.vague != b.vague:
        return "vague vs precise"
    return "different value"


# -- items ----------------------------------------------------------------------------------------------------
def _label(f: Fig) -> str:
    return f.concept or f.noun or (f.fig.counted or "amount")


def _slot(figs: list[Fig]) -> dict[str, Any]:
    f0 = figs[0]
    counted = next((f.fig.counted for f in figs if f.fig.counted and len(f.fig.counted.strip(". ")) > 2), None)
    scoped = [f for f in figs if f.scope]
    same_place = all(f.scope_names & scoped[0].scope_names for f in scoped)
    if len({f.source for f in figs}) > 1 and len({f.source for f in scoped}) < 2:
        same_place = False  # one source's place phrase is not where the others' figure applies
    return {
        "counted": _counted_label(f0, counted),
        "place": scoped[0].scope if scoped and same_place else None,
        "time": next((f.time_label for f in figs if f.time_label), None),
        "unit": f0.kind.split(":", 1)[1] if f0.kind.startswith("quantity") else None,
        "currency": f0.kind.split(":", 1)[1] if f0.kind.startswith("money") else None,
    }


OF_NOUN = re.compile(r"\b([a-z]{3,})\s+of\s+(?:about|around|only|some|nearly|almost|more than|just)?\s*[$£€]?$")


def _counted_label(f: Fig, counted: str | None) -> str:
    if f.concept == "magnitude":
        return "earthquake magnitude"
    if f.concept:
        noun = f.noun if f.noun and f.noun not in ("people",) and not f.noun.endswith("ed") else "people"
        if f.kind.startswith("money"):
            return counted or f.concept
        if noun in f.concept or noun in EVENT_NOUNS:
            return noun if noun in EVENT_NOUNS else f.concept  # "deaths", not "deaths killed"
        return f"{noun} {f.concept}"
    if counted:
        return counted
    # "a depth of only 10 kilometres", "a reward of £100,000": the noun before "of" names the measure.
    m = OF_NOUN.search(f.before_text)
    if m:
        return m.group(1)
    return f.noun or "amount"


def _value_entry(figs: list[Fig]) -> dict[str, Any]:
    f = figs[0]
    return {
        "text": f.text,
        "value": f.value if f.fig.value is not None and not f.vague and f.fig.exact else None,
        "low": None if math.isinf(f.low) else (f.fig.low if f.fig.low is not None else f.value),
        "high": None if math.isinf(f.high) else (f.fig.high if f.fig.high is not None else f.value),
        "qualifier": f.fig.qualifier,
        "exact": bool(f.fig.exact and not f.vague),
        "sources": sorted({x.source for x in figs}),
        "evidence": uniq_evidence(ev for x in figs for ev in x.evidence),
    }


def _side_label(figs: list[Fig]) -> str:
    f = figs[0]
    return f"{f.text} ({f.scope})" if f.scope else f.text


# Tallies that only grow while an event is still being counted: a later report giving more is the count
# moving on, not the sources disagreeing. ("Missing" and "trapped" fall as people are found.)
RUNNING_TOTALS = {"killed", "injured", "detained", "evacuated"}


def _day(f: Fig) -> date | None:
    return f.published[1] if f.published else None


def _toll_over_time(sides: list[list[Fig]]) -> bool:
    """Whether the sides are one running total reported on different days: each side published on days
    the others were not, and the later the side, the higher its figure."""
    if sides[0][0].concept not in RUNNING_TOTALS:
        return False
    spans = []
    for side in sides:
        days = [_day(f) for f in side]
        if any(d is None for d in days) or any(f.value is None for f in side):
            return False
        spans.append((min(days), max(days), min(f.value for f in side), max(f.value for f in side)))
    spans.sort()
    return all(a[1] < b[0] and a[3] < b[2] for a, b in itertools.pairwise(spans))


def _explain(reason: str, sides: list[list[Fig]], label: str) -> str:
    parts = [f"{_side_label(s)} {cite(x.source for x in s)}" for s in sides]
    if reason == "different time":
        days = sorted({d.isoformat() for s in sides for f in s if (d := _day(f)) is not None})
        return (
            f"The reports were published on different days ({', '.join(days)}) and the later ones give "
            f"higher figures for {label}, as a toll still being counted does: {' vs '.join(parts)}."
        )
    if reason == "different scope":
        scopes = [s[0].scope or "unspecified place" for s in sides]
        return (
            f"The sources count {label} over different areas ({' vs '.join(scopes)}): "
            + " vs ".join(parts)
            + "; the figures are not directly comparable."
        )
    if reason == "vague vs precise":
        return f"One source gives a vague estimate, another a precise figure, and they do not overlap: {' vs '.join(parts)}."
    return f"The sources give incompatible figures for {label}: {' vs '.join(parts)}."


def align(data: StoryData) -> dict[str, list[dict[str, Any]]]:
    """Agreed, conflicting and single-source figure items of one story."""
    figs = collect(data)
    by_key: dict[tuple[str, str | None], list[Fig]] = {}
    for f in figs:
        by_key.setdefault(f.key, []).append(f)
    agreed: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    used: set[int] = set()
    for key, group in by_key.items():
        if key[1] is None and not key[0].startswith("money"):
            continue
        srcs = sorted({f.source for f in group})
        if len(srcs) < 2:
            continue
        # Mutual unique best pairs between each pair of sources.
        links: list[tuple[Fig, Fig, str]] = []
        for i, si in enumerate(srcs):
            for sj in srcs[i + 1 :]:
                A = [f for f in group if f.source == si]
                B = [f for f in group if f.source == sj]
                best_a = {id(a): _unique_best(a, B) for a in A}
                best_b = {id(b): _unique_best(b, A) for b in B}
                for a in A:
                    b = best_a[id(a)]
                    if b is not None and best_b[id(b)] is a:
                        rel = _link(a, b)
                        if rel:
                            links.append((a, b, rel))
        if not links:
            continue
        # Clusters over all links; sides over agreement links.
        parent: dict[int, int] = {}

        def find(x: int, p: dict[int, int]) -> int:
            while p.setdefault(x, x) != x:
                p[x] = p[p[x]]
                x = p[x]
            return x

        side_parent: dict[int, int] = {}
        for a, b, rel in links:
            parent[find(id(a), parent)] = find(id(b), parent)
            if rel == "agree":
                side_parent[find(id(a), side_parent)] = find(id(b), side_parent)
        members = {id(f): f for a, b, _ in links for f in (a, b)}
        clusters: dict[int, list[Fig]] = {}
        for fid, f in members.items():
            clusters.setdefault(find(fid, parent), []).append(f)
        for cluster in clusters.values():
            sides_map: dict[int, list[Fig]] = {}
            for f in cluster:
                sides_map.setdefault(find(id(f), side_parent), []).append(f)
            sides = sorted(sides_map.values(), key=lambda s: min(x.source for x in s))
            for s in sides:
                for group in _cliques(s):
                    group.sort(key=lambda x: x.source)
                    if len({x.source for x in group}) >= 2:
                        agreed.append(_agreed_item(group))
                        used.update(id(x) for x in group)
                s.sort(key=lambda x: x.source)
            reasons = [rel for a, b, rel in links if rel != "agree" and id(a) in {id(x) for x in cluster}]
            if len(sides) < 2 or not reasons:
                continue
            per_source: dict[int, set[int]] = {}
            for si, s in enumerate(sides):
                for x in s:
                    per_source.setdefault(x.source, set()).add(si)
            if any(len(v) > 1 for v in per_source.values()):
                continue  # a source on two sides: the slot is not one thing; no claim
            if any(_score(x, y) is None for i, s1 in enumerate(sides) for s2 in sides[i + 1 :] for x in s1 for y in s2):
                continue  # linked through a chain, but two of its figures are not one slot (another time)
            reason = "different scope" if "different scope" in reasons else reasons[0]
            if reason == "different value" and _toll_over_time(sides):
                reason = "different time"
            conflicts.append(_conflict_item(sides, reason))
            used.update(id(x) for x in cluster)
    used_figs = [f for f in figs if id(f) in used]
    single = [_single_item(f) for f in figs if id(f) not in used and _notable(f) and not _echoes(f, used_figs)]
    return {"agreed": agreed, "conflicts": conflicts, "single_source": single}


def _unique_best(a: Fig, cands: list[Fig]) -> Fig | None:
    scored = [(s, c) for c in cands if (s := _score(a, c)) is not None]
    if not scored:
        return None
    scored.sort(key=lambda sc: -sc[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        # Equal candidates are fine when they say the same thing (one would agree as well as the other).
        if not all(compatible(scored[0][1], c) and compatible(a, c) for s, c in scored if s == scored[0][0]):
            return None
    return scored[0][1]


def _summary(slot: dict[str, Any], sides: list[list[Fig]]) -> str:
    head = slot["counted"][:1].upper() + slot["counted"][1:]
    if slot["place"]:
        head += f" ({slot['place']})" if len(sides) == 1 else ""
    if len(sides) == 1:
        # One side: each distinct value once ("More than 50,000 [2], Some 60,000 [3]"; "$2.3 billion [3][4]").
        by_value: dict[tuple, list[Fig]] = {}
        for f in sides[0]:
            by_value.setdefault((f.value, f.fig.qualifier, f.fig.low, f.fig.high), []).append(f)
        body = ", ".join(f"{v[0].text} {cite(x.source for x in v)}" for v in by_value.values())
    else:
        body = " vs ".join(f"{_side_label(s)} {cite(x.source for x in s)}" for s in sides)
    return f"{head}: {body}"


def _agreed_item(side: list[Fig]) -> dict[str, Any]:
    slot = _slot(side)
    by_text: dict[str, list[Fig]] = {}
    for f in side:
        by_text.setdefault(f.text, []).append(f)
    return {
        "kind": "figure",
        "summary": _summary(slot, [side]),
        "sources": sorted({f.source for f in side}),
        "evidence": uniq_evidence(ev for f in side for ev in f.evidence),
        "slot": slot,
        "values": [_value_entry(v) for v in by_text.values()],
    }


def _conflict_item(sides: list[list[Fig]], reason: str) -> dict[str, Any]:
    allf = [f for s in sides for f in s]
    slot = _slot(allf)
    if reason == "different scope":
        slot["place"] = None
    return {
        "kind": "figure",
        "summary": _summary(slot, sides),
        "sources": sorted({f.source for f in allf}),
        "evidence": uniq_evidence(ev for f in allf for ev in f.evidence),
        "slot": slot,
        "values": [_value_entry(s) for s in sides],
        "reason": reason,
        "explanation": _explain(reason, sides, slot["counted"]),
        "sides": [
            {
                "label": _side_label(s),
                "sources": sorted({f.source for f in s}),
                "evidence": uniq_evidence(ev for f in s for ev in f.evidence),
            }
            for s in sides
        ],
    }


def _notable(f: Fig) -> bool:
    if f.concept is not None or f.kind.startswith(("money", "quantity", "percent")):
        return True
    # A plain count of a plural noun ("120 rescuers"), not a reference number or a list position.
    return f.noun is not None and f.noun.endswith("s") and (f.value or 0) >= 10


def _echoes(f: Fig, used: list[Fig]) -> bool:
    """A leftover that repeats what another source already reports in an item (the same value said twice in
    one article pairs only once) is not single-source."""
    return any(
        g.key == f.key and g.source != f.source and compatible(f, g) and time_rel(f, g) != "different" for g in used
    )


def _single_item(f: Fig) -> dict[str, Any]:
    slot = _slot([f])
    return {
        "kind": "figure",
        "summary": _summary(slot, [[f]]),
        "sources": [f.source],
        "evidence": list(f.evidence),
        "slot": slot,
        "values": [_value_entry([f])],
    }
