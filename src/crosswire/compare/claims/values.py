"""The values of claims that state the same thing, compared: compatible, or a conflict with its reason.

A *slot* is what a value measures, in a form every source shares: a count of the same noun ("boat"), an
amount in one currency, a share (a percentage and "a fifth" are both fractions of one), the age of one
canonical person, a tally, a rank of one noun, the day an event happened, a time of day. Two values of a slot
are compatible when their intervals overlap: a qualifier widens a value ("more than 20" is 20 to infinity,
"about 40" is 40 ± 15 %, "nearly 7,000" up to 7,000) and a vague count is its range ("dozens": 24 to 99).

Why hand-written: the rules are the comparison itself (no library decides whether "nearly one-third" and "up
to 60 percent" can both be true); the qualifier lists are the figure aligner's
(:mod:`crosswire.compare.figures.lexicon`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from crosswire.compare.claims.acts import (
    PEOPLE_NOUNS,
    event_act,
    held_act,
    holder_of,
    increment,
    people_count,
    reading_act,
    verb_act,
)
from crosswire.compare.claims.units import Unit
from crosswire.compare.figures.lexicon import APPROX_Q, LOWER_Q, UPPER_Q
from crosswire.facts.records import Value
from crosswire.vocab.calendar import iso_day
from crosswire.vocab.concepts import concept_of

APPROX = 0.15  # "about 40" covers 34-46: the rounding news copy does
TIME_TOLERANCE = 30.0  # minutes: "3:12 a.m." and "about 3 a.m." are one time

Slot = tuple[str, ...]
NOT_COUNTED = frozenset({"had", "has", "have", "other", "others", "more", "few", "many", "some", "all", "one"})
CLOCK_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "this morning", "this afternoon", "this evening"})


@dataclass(slots=True)
class Reading:
    """One source's value for a slot, with its interval and the unit whose sentence gives it."""

    unit: Unit
    value: Value
    low: float
    high: float
    vague: bool


@dataclass(slots=True)
class SlotComparison:
    """A slot two or more sources give values for: the readings grouped into compatible sides."""

    slot: Slot
    sides: list[list[Reading]] = field(default_factory=list)
    aligned: bool = False  # the sentences were aligned as one claim: no shared entity needed

    @property
    def conflict(self) -> bool:
        """Two or more sides whose sentences name a common entity (so they speak of one event: a count of
        injured in a ferry story and one in an earthquake story are two counts), that no source stands on two
        of (its own values, compatible with each other, tell two measures apart), and that do not date
        themselves apart (a magnitude "in 2004" is another quake's)."""
        if len(self.sides) < 2:
            return False
        sources = [{r.unit.source for r in side} for side in self.sides]
        if sum(len(x) for x in sources) > len(set().union(*sources)):
            return False  # a source on two sides: "up to 8 hours ... (7 hours on the 9600 GT)" are two measures
        ents = [frozenset().union(*(r.unit.entities for r in side)) for side in self.sides]
        if self.slot[0] != "age" and not self.aligned and not all(ents[0] & other for other in ents[1:]):
            return False  # an age's holder is the entity the sides share; aligned sentences are one claim
        if self.slot[0] == "age":
            return True  # a person's age is theirs whatever else the sentence dates
        years = [{y for r in side for y in _years(r.unit, r.value)} for side in self.sides]
        dated = [y for y in years if y]
        return len(dated) < 2 or bool(frozenset.intersection(*(frozenset(y) for y in dated)))


def interval(v: Value) -> tuple[float, float, bool] | None:
    """(low, high, vague) of a numeric value; None for a value with no number (a date, an unread phrase)."""
    q = (v.qualifier or "").lower()
    if v.value is not None:
        x = v.value
        if any(q.startswith(w) for w in LOWER_Q):
            return x, math.inf, True
        if any(q.startswith(w) for w in UPPER_Q):
            return (x * (1 - APPROX) if q in ("nearly", "almost", "close to", "just under") else 0.0), x, True
        if any(q.startswith(w) for w in APPROX_Q):
            return x * (1 - APPROX), x * (1 + APPROX), True
        return x, x, not v.exact
    if v.low is not None and v.high is not None:
        return v.low, v.high, True
    return None


_HYPHEN_COMPOUND = re.compile(r"\s?-\s?[^\W\d]")


HAPPENED = frozenset({"dead", "injured", "detained", "evacuated"})  # concepts that say what befell people
_WORD = re.compile(r"[^\W\d_]+")


def _happened(unit: Unit, v: Value) -> str | None:
    """What befell the people a count counts, as a concept id (``dead``, ``injured``, ...): in English from
    the counted phrase's participle ("person killed"), in other languages from the sentence's own words and
    lemmas ("погибли 3 человека", "7 Menschen kamen ums Leben"); None when no word says, or two do."""
    lang = unit.language
    if lang == "en":
        words = v.noun.split()[1:] if v.noun else []
    else:
        toks = _WORD.findall(unit.text.lower())
        words = [*unit.claim.terms, *toks, *(f"{a} {b}" for a, b in pairwise(toks))]
    found = {c for w in words if (c := concept_of(w, lang)) in HAPPENED}
    return found.pop() if len(found) == 1 else None


def _concept_slot(unit: Unit, v: Value) -> Slot | None:
    """A count's slot by language-neutral concept, for sentences of two languages: people by what befell
    them ("person dead"), other things by their concept ("house" for "homes", "Häuser", "maisons")."""
    if v.kind != "count" or not v.concept:
        return None
    if v.concept == "person":
        happened = _happened(unit, v)
        return ("count", v.unit or "", f"person {happened}") if happened else None
    return ("count", v.unit or "", v.concept)


def slot_of(unit: Unit, v: Value, canonical: dict[tuple[str, str], str], across: bool = False) -> Slot | None:
    """What the value measures, comparable across sources; None for a value no slot compares. ``across``:
    the sentences compared are in two or more languages, so counts are keyed by concept (see
    :func:`_concept_slot`), every other value as in one language.

    Left out, because two sources' values of them are too often two different things: a count of people
    that does not say what happened to them ("three people" died, "tens of thousands" marched), an amount
    that does not say what it pays for, ranks ("the sixth round", "the seventh"), a duration that no verb
    governs (a modifier: "a two-day trial", "a 10-year-old law"), and a day given relative to publication
    ("today", "yesterday"), whose day is the outlet's clock, not the event's. A day still ahead is keyed by
    the act it is set for, a noun and its verb one act ("their first court appearance is scheduled for Jan.
    21" / "expected to appear in court on Wednesday": see ``data/claim_acts.toml``); a day past by its
    governing verb as written. A duration a verb governs is
    keyed by its unit and the act the verb names ("served four months" / "served five months"): minutes are
    compared with minutes, a trial's days with a deliberation's minutes never, and lengths under two verbs
    ("offered seven years" / "are at eight years"; "hospitalized for four weeks" / "in a coma for a week")
    are two measures (on ECB+ a slot by unit alone set them against each other)."""
    if across and v.kind == "count":
        return _concept_slot(unit, v)
    if v.kind in ("count", "quantity"):
        if not v.noun or not _noun_like(v.noun):
            return None
        if v.kind == "count" and v.value is not None and v.value != int(v.value):
            return None  # "a magnitude 6.1 earthquake": a measure beside a noun, not a count of it
        if v.kind == "count" and _HYPHEN_COMPOUND.match(unit.text, v.end - unit.claim.start):
            return None  # "a 2-yard run", "a 13 - play drive": the number names a kind of thing, counts none
        # A count of people is one slot only with what happened to them, as one act however worded ("people
        # killed" and "deaths", "children removed" and "children apprehended": see :mod:`.acts`); a count
        # of things is one slot whatever happened to them ("three rifles", "nine rifles seized").
        before, after = unit.text[: max(0, v.start - unit.claim.start)], unit.text[max(0, v.end - unit.claim.start) :]
        people = people_count(v.noun, before, v.verb, after)
        more = ("more",) if increment(before, after) else ()  # "a further 300 residents": not the total
        if people and held_act(people):  # "19 wives" are Blackmore's, "two wives" Oler's: one slot each
            owner = holder_of(unit.entities, before)
            return (v.kind, v.unit or "", people, owner, *more) if owner else None
        if people:
            return (v.kind, v.unit or "", people, *more)
        head = v.noun.split()[0]
        return None if head in PEOPLE_NOUNS else (v.kind, v.unit or "", head, *more)
    if v.kind == "money":
        converted = conversion_of(unit, v)
        if converted is not None:
            return ("conversion", v.unit or "", converted)
        return ("money", v.unit or "", v.noun) if v.noun else None
    if v.kind in ("percent", "proportion"):
        return ("share", v.noun or "")
    if v.kind == "age":
        holder = canonical.get((unit.article, v.holder)) if v.holder else None
        return ("age", holder) if holder else None
    if v.kind == "tally":
        return ("tally",)
    if v.kind == "date" and v.unit in ("day", "month") and not v.scheduled and v.verb:
        if v.text.strip().lower() in CLOCK_WORDS:
            return None
        return ("day", v.verb)  # the day something happened, by what happened (the governing verb)
    if v.kind == "date" and v.unit == "day" and v.scheduled and v.verb:
        return ("scheduled", event_act(v.verb))  # the day something is to happen: "appearance" = "appear"
    if v.kind == "time" and v.exact:
        return ("time",)
    if v.kind == "duration" and v.verb and v.unit in _DAYS_IN:
        return ("duration", v.unit, verb_act(v.verb) or v.verb)
    return None


CONVERSION_TOLERANCE = 0.005  # a conversion within half a per cent of another is one figure rounded
_CONVERSION = re.compile(r"\s*\(\s*$")


def conversion_of(unit: Unit, v: Value) -> str | None:
    """The amount a money value converts, when it stands in brackets right after another amount of another
    or no currency ("euro110 billion ($141 billion)", "110 billion ($143 billion)"), as a key ("110000000000");
    None for any other value. Two sources' conversions of one amount into one currency are one measure,
    whatever each pays for; the amount and its conversion are two units, never a conflict."""
    start = v.start - unit.claim.start
    for x in unit.values:
        end = x.end - unit.claim.start
        if (
            x is not v
            and x.kind in ("money", "count")
            and x.value
            and x.unit != v.unit
            and 0 <= end <= start
            and _CONVERSION.fullmatch(unit.text[end:start])
        ):
            return f"{x.value:.0f}"
    return None


_DAYS_IN = {"year": 365.25, "month": 30.44, "week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440}


def _main_clause(r: Reading) -> bool:
    """Whether the value hangs from its sentence's main verb, whose subject is then the value's actor."""
    preds = r.unit.claim.predicates
    return bool(r.unit.subject and preds and r.value.verb == preds[0])


def _noun_like(noun: str) -> bool:
    """A counted noun worth a slot: a word of three letters or more that is not a verb form or a filler
    the parse left as "what is counted" ("had", "other", "m" of a split "p. m.")."""
    head = noun.split()[0]
    return len(head) >= 3 and head.isalpha() and head not in NOT_COUNTED


def _reading(unit: Unit, v: Value) -> Reading | None:
    if v.kind == "date":
        if not v.text_value:
            return None
        digits = v.text_value.replace("-", "")
        if v.unit == "month":  # a month spans its days: "in May" is compatible with "May 14"
            first = float(int(digits[:6]) * 100 + 1)
            return Reading(unit, v, first, first + 30, True)
        day = float(int(digits[:8]))
        return Reading(unit, v, day, day, False)
    if v.kind == "duration":
        bounds = interval(v)
        if bounds is None or v.unit not in _DAYS_IN:
            return None
        k = _DAYS_IN[v.unit]
        return Reading(unit, v, bounds[0] * k, bounds[1] * k, bounds[2])
    bounds = interval(v)
    if bounds is None:
        return None
    low, high, vague = bounds
    if v.kind == "time":
        low, high = low - TIME_TOLERANCE, high + TIME_TOLERANCE
    return Reading(unit, v, low, high, vague)


DAY_WINDOW = 62  # days: two days of one event further apart than this are two events, not a disagreement


BOUND_RATIO = 1.5  # an open bound this far from a stated value says another figure ("at least 2" / "seven")
BOUND_SPAN = 10.0  # ... up to this far: "at least one" killed today and the 2004 tsunami's 230,000 are two counts
_OPEN_UPPER = ("up to", "as many as", "at most")


def _bound(v: Value) -> str:
    """How a qualifier bounds a number: ``"lower"`` ("more than 20"), ``"upper"`` ("up to 60 percent",
    "as many as 40", not "nearly", whose interval is already narrow), ``"approx"`` ("about 800") or ``""``."""
    q = (v.qualifier or "").lower()
    if v.value is None or v.kind in ("date", "time", "duration"):
        return ""
    if any(q.startswith(w) for w in LOWER_Q):
        return "lower"
    if any(q.startswith(w) for w in _OPEN_UPPER):
        return "upper"
    return "approx" if any(q.startswith(w) for w in APPROX_Q) else ""


def _far_from_bound(a: Reading, b: Reading) -> bool:
    """An open bound and a figure that is no bound, more than :data:`BOUND_RATIO` apart: "at least 2" people
    killed and "seven", "up to 60 percent" and "nearly one-third". As intervals they overlap, but an editor
    reads the bound as the writer's figure and flags the two (the protocol's *vague vs precise*). A figure
    more than :data:`BOUND_SPAN` times away counts something else (on ECB+, "at least one" killed by a quake
    beside the 2004 tsunami's 230,000 in another outlet's background). Two bounds far apart are left alone:
    "at least 40" killed in one strike and "more than 600" in the offensive are two counts, neither agreeing
    nor conflicting (:mod:`crosswire.compare.figures.pairing`, ``LOOSE_RATIO``)."""
    ka, kb = _bound(a.value), _bound(b.value)
    for (x, kx), (y, ky) in (((a, ka), (b, kb)), ((b, kb), (a, ka))):
        if ky in ("lower", "upper") or not y.value.value or not x.value.value:
            continue
        point, bound = y.value.value, x.value.value
        ratio = point / bound if kx == "lower" else bound / point
        if kx in ("lower", "upper") and BOUND_RATIO < ratio <= BOUND_SPAN:
            return True
    return False


def _approx_apart(a: Reading, b: Reading) -> bool:
    """Two round figures neither of which falls within the other's rounding: "approximately 1,000" and
    "about 800" (their ±15 % intervals touch at 850-920, but neither writer's figure is the other's)."""
    if _bound(a.value) != "approx" or _bound(b.value) != "approx":
        return False
    x, y = a.value.value or 0.0, b.value.value or 0.0
    return not (a.low <= y <= a.high or b.low <= x <= b.high)


def _compatible(a: Reading, b: Reading) -> bool:
    """Whether two readings can both hold: their intervals overlap, and neither is an open bound far from the
    other's figure nor are they two round figures each outside the other's rounding."""
    if max(a.low, b.low) > min(a.high, b.high):
        return False
    return not (_far_from_bound(a, b) or _approx_apart(a, b))


def _too_far(a: Reading, b: Reading) -> bool:
    """Two days of an event more than :data:`DAY_WINDOW` apart: different events, not one placed twice."""
    if a.value.kind != "date" or b.value.kind != "date" or not a.value.text_value or not b.value.text_value:
        return False
    da, db = iso_day((a.value.text_value + "-01")[:10]), iso_day((b.value.text_value + "-01")[:10])
    return da is not None and db is not None and abs((da - db).days) > DAY_WINDOW


def _sides(readings: list[Reading]) -> list[list[Reading]]:
    """Readings grouped so every reading of a side is compatible with the side's first; sides in order of
    first appearance."""
    sides: list[list[Reading]] = []
    for r in readings:
        for side in sides:
            if all(_compatible(r, other) for other in side):
                side.append(r)
                break
        else:
            sides.append([r])
    return sides


def compare_values(
    units: Iterable[Unit],
    canonical: dict[tuple[str, str], str],
    aligned: bool = False,
    across: bool | None = None,
) -> list[SlotComparison]:
    """Every slot that two or more sources among ``units`` give a value for, its readings grouped into
    compatible sides. A slot a source gives two incompatible values for is left out: the source itself
    tells two things apart that the slot cannot (two counts of boats in one sentence). ``aligned``: the
    units are taken as one claim (no shared name needed for a conflict); ``across``: counts keyed by concept
    (default: when the units are in two or more languages)."""
    units = list(units)
    if across is None:
        across = len({u.language for u in units}) > 1
    by_slot: dict[Slot, list[Reading]] = {}
    for u in units:
        for v in u.values:
            slot = slot_of(u, v, canonical, across)
            r = _reading(u, v) if slot else None
            if slot and r:
                by_slot.setdefault(slot, []).append(r)
    out = []
    for slot, readings in by_slot.items():
        if len({r.unit.source for r in readings}) < 2:
            continue
        if slot[0] == "conversion":
            for r in readings:  # rounding and the day's rate: "$143 billion" and "$143.4 billion" are one
                r.low, r.high = r.low * (1 - CONVERSION_TOLERANCE), r.high * (1 + CONVERSION_TOLERANCE)
        if any(_too_far(a, b) for a in readings for b in readings):
            continue
        if len({r.unit.subject for r in readings if _main_clause(r)}) > 1 and slot[0] != "age":
            continue  # "Garrard completed 28 passes", "Manning completed 17": two players' counts
        if slot[0] == "count" and len(slot[2].split()) == 1 and len(_acts(readings)) > 1:
            continue  # "missed four games", "played in 10 games": counts of one noun under two acts
        own: dict[int, Reading] = {}
        ambiguous = False
        for r in readings:
            first = own.setdefault(r.unit.source, r)
            if first is not r and not _compatible(first, r):
                ambiguous = True
        if ambiguous:
            continue
        out.append(SlotComparison(slot, _sides(readings), aligned))
    return out


def _acts(readings: list[Reading]) -> set[str]:
    """The acts the readings' governing verbs name (see :func:`.acts.reading_act`): "removed" and
    "apprehended" one, "missed" and "played" two, "led 12 workers to safety" and "rescued" one."""
    return {a for r in readings if (a := reading_act(r.value.verb, r.unit.text[r.value.end - r.unit.claim.start :]))}


def _years(unit: Unit, value: Value) -> set[str]:
    """The years the unit's sentence dates the value to: its dates that hang from the value's own verb, or
    every date when the value's verb is unknown ("In 2004, a magnitude 9.1 quake struck": "2004")."""
    return {
        v.text_value[:4]
        for v in unit.values
        if v.kind == "date"
        and v.text_value
        and v.text_value[:4].isdigit()
        and (value.verb is None or v.verb is None or v.verb == value.verb)
    }


def merge(a: SlotComparison, b: SlotComparison) -> SlotComparison:
    """One slot's comparisons from two groups as one: the readings of both, grouped into sides again."""
    seen = {(r.unit.index, r.value.start) for side in a.sides for r in side}
    readings = [r for side in a.sides for r in side]
    readings += [r for side in b.sides for r in side if (r.unit.index, r.value.start) not in seen]
    return SlotComparison(a.slot, _sides(readings), a.aligned or b.aligned)


def reason(cmp: SlotComparison) -> str:
    """The conflict's reason: the event's day or time, different places named (scope), vague against
    precise, or a different value."""
    if cmp.slot[0] in ("day", "time", "scheduled"):
        return "different day"
    places = [frozenset().union(*(r.unit.places for r in side)) for side in cmp.sides]
    if all(places) and not frozenset.intersection(*places):
        return "different scope"
    vague = [all(r.vague for r in side) for side in cmp.sides]
    if any(vague) and not all(vague):
        return "vague vs precise"
    return "different value"
