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

import calendar
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from crosswire.compare.canonical import name_key, name_keys
from crosswire.compare.claims.act_days import verdict_day
from crosswire.compare.claims.acts import reading_act
from crosswire.compare.claims.conversions import CONVERSION_TOLERANCE, DAYS_IN
from crosswire.compare.claims.estimates import one_shock, preliminary
from crosswire.compare.claims.past import scoped, without_year
from crosswire.compare.claims.qualifiers import NEAR_TIME_MINUTES, bound_of, near_time, nearly
from crosswire.compare.claims.slots import PEOPLE_CONCEPTS, Slot, happened, lead_slot, slot_of
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.when import night_into, year_span
from crosswire.compare.figures.lexicon import APPROX_Q, LOWER_Q
from crosswire.compare.rounding import approx_tolerance, vague_bottom, vague_top
from crosswire.compare.scopes import part_scope, wide_scope, wider_holds
from crosswire.facts.languages.places import english_place
from crosswire.facts.records import Value
from crosswire.vocab.calendar import iso_day
from crosswire.vocab.names import latin

APPROX = 0.15  # "about 40" covers 34-46: the rounding news copy does (at most; see crosswire.compare.rounding)
TIME_TOLERANCE = 30.0  # minutes around a vague time: "3:12 a.m." and "about 3 a.m." are one time
# minutes around an approximate time given with its minutes ("about 6:40", "vers 7h40", "около 6:40"): the
# quarter of an hour in which news copy rounds a time it gives as approximate (as .aligned.CLOCK_SLACK)
CLOCK_ROUNDING = 15.0


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
        if self.slot[0] in ("count", "money") and _writes_other_side(self.sides):
            return False  # "Velinsky won 48,871 votes and Dunavec 48,557" / "Dunavec obteve 48.557 votos"
        if self.slot[0] in ("count", "money", "share") and _wider_holds(self.sides):
            return False  # "23 people in Ostrand" / "31 people across the province": the wider holds the narrower
        # entities by the names they give, whatever type each parse gave a name (:func:`.canonical.name_key`)
        ents = [frozenset().union(*(name_keys(r.unit.entities) for r in side)) for side in self.sides]
        if self.slot[0] != "age" and not self.aligned and not all(ents[0] & other for other in ents[1:]):
            return False  # an age's holder is the entity the sides share; aligned sentences are one claim
        if (
            self.slot[0] in ("year", "since")
            and len({name_keys(r.unit.entities) for side in self.sides for r in side}) != 1
        ):
            # the years of one act in sentences naming different things are most often two acts' (on ECB+: a
            # clinic destroyed "in Hurricane George" in 1998 and "in Hurricane Katrina" in 2005, "the Nelson
            # Mandela Award" received in 1998 and "a MacArthur Foundation genius grant" last year)
            return False
        if self.slot == ("magnitude",) and not one_shock([r.value.value or 0.0 for side in self.sides for r in side]):
            return False  # "an earlier magnitude 2.0 quake" and "a 4.2 magnitude earthquake": two shocks
        if self.slot[0] in ("age", "year", "since"):
            # a person's age is theirs whatever else the sentence dates; the years of one act are its values
            return True
        years = [{y for r in side for y in _years(r.unit, r.value)} or _unplaced(side) for side in self.sides]
        dated = [y for y in years if y]
        return len(dated) < 2 or bool(frozenset.intersection(*(frozenset(y) for y in dated)))


# The time of a side whose sentences date it only by a date no publication date places ("去年", "last year",
# "on Saturday" in an article with none): a time, but no year, so it meets no year another side gives.
_UNPLACED = "unplaced"


def _unplaced(side: list[Reading]) -> set[str]:
    """``{"unplaced"}`` when a side's sentences write a date the facts stage could not place in time
    (:attr:`.units.Unit.unanchored`), else the empty set: such a side is dated, to no year. A relative date
    with no anchor is never compared as a date: "去年 ... 750,000 辆" in a text with no publication date is not
    "2011"'s "nearly 1.3 million" (mined set, sem-x-wa-emissions), and is no undated figure either."""
    return {_UNPLACED} if any(r.unit.unanchored for r in side) else set()


def _wide(u: Unit) -> bool:
    """Whether the sentence gives its figure for a wider area than a place ("across the province")."""
    return wide_scope(u.text, u.language)


def _wider_holds(sides: list[list[Reading]]) -> bool:
    """Whether two sides are a figure for named places and one for a wider area at least as large: every
    sentence of one side names a place and no wider scope, every sentence of the other a wider scope
    (:data:`data/wide_scopes.toml`), and the wider side's lowest value is at least the other's highest (a
    province's 31 dead hold a town's 23; a province's 20 against a town's 23 still disagree)."""
    if len(sides) != 2:
        return False
    for wide, narrow in (sides, sides[::-1]):
        if all(_wide(r.unit) for r in wide) and all(r.unit.places and not _wide(r.unit) for r in narrow):
            return wider_holds(min(r.low for r in wide), max(r.high for r in narrow))
    return False


# A figure as written with four or more digits, its thousands grouped by a comma, a point or a (narrow) space
# ("48,557", "48.557", "48 557") or not at all ("48557"): the figures :func:`_writes_other_side` reads.
_LARGE_FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{4,})(?![\d]|[.,]\d)")

# The smallest figure :func:`_writes_other_side` looks for in another side's sentence. Why four digits: a
# sentence that writes two small figures most often gives two measures ("7 killed and 15 injured" against
# "15 killed" is a conflict), while a four-digit figure written in both is one figure (a new user's election
# trial: "Velinsky won 48,871 votes and Dunavec 48,557" set against "Dunavec obteve 48.557 votos").
LARGE_FIGURE = 1000


def _written_figures(text: str) -> set[int]:
    """The whole figures of four or more digits ``text`` writes in digits, as integers ("48.557" -> 48557)."""
    return {int(re.sub(r"\D", "", m.group(1))) for m in _LARGE_FIGURE.finditer(text)}


def _writes_other_side(sides: list[list[Reading]]) -> bool:
    """Whether a sentence of one side writes, besides its own figure, an exact figure another side gives (of
    at least :data:`LARGE_FIGURE`): the source reports both figures, as two people's or two measures' (one
    candidate's votes beside the other's: "Velinsky won 48,871 votes and Dunavec 48,557" against "Marta
    Dunavec obteve 48.557 votos" in a new user's election trial, where the count reader keyed the first figure
    only), so the sides are not one figure's two values. One candidate's votes given two ways ("48,871" /
    "48.817") stay a conflict: no sentence writes the other's figure."""
    figures = [
        {int(r.value.value) for r in side if r.value.exact and r.value.value and r.value.value >= LARGE_FIGURE}
        for side in sides
    ]
    if len(sides) != 2:
        return False  # a third value is a conflict whichever two figures a sentence writes
    for i, side in enumerate(sides):
        others = set().union(*(f for j, f in enumerate(figures) if j != i)) - figures[i]
        if others and any(_written_figures(r.unit.text) & others for r in side):
            return True
    return False


def _part_and_whole(sides: list[list[Reading]]) -> bool:
    """Whether two sides are one part's figure and the whole's: every sentence of one side gives its figure for
    a part of an organisation or a study (a centre, a site, a branch: :func:`~crosswire.compare.scopes.
    part_scope`), no sentence of the other does, and the whole's lowest value is at least the part's highest
    (one centre's 62 patients within a trial's 1,840; a centre's 900 against a trial's 600 still disagree). Two
    sides naming parts are compared as values: they may name one part."""
    if len(sides) != 2:
        return False
    for part, whole in (sides, sides[::-1]):
        if all(part_scope(r.unit.text, r.unit.language) for r in part) and not any(
            part_scope(r.unit.text, r.unit.language) for r in whole
        ):
            return wider_holds(min(r.low for r in whole), max(r.high for r in part))
    return False


def interval(v: Value, language: str | None = None) -> tuple[float, float, bool] | None:
    """(low, high, vague) of a numeric value whose qualifier is written in ``language`` (None: English);
    None for a value with no number (a date, an unread phrase). The qualifier's class is
    :func:`.qualifiers.bound_of`'s: "más de 20" is 20 to infinity, "unos 50" 50 ± :data:`APPROX`."""
    q = (v.qualifier or "").lower()
    if v.value is not None:
        x = v.value
        bound = bound_of(q, language)
        if bound == "lower":
            return x, math.inf, True
        if bound == "upper":
            return (x * (1 - APPROX) if nearly(q, language) else 0.0), x, True
        if bound == "approx":
            # one step of the figure's written rounding, at most APPROX: "about 4,200" is 4,100-4,300
            tol = approx_tolerance(x, APPROX)
            return x - tol, x + tol, True
        return x, x, not v.exact
    if v.low is not None and v.high is not None:
        # a vague number under a bound: "more than a dozen" (a dozen: 11-13) is above it, 12 to infinity, so
        # "fifteen" fits and "eight" does not; "fewer than a dozen" is below it
        bound = bound_of(q, language)
        if bound == "lower":
            return v.low, math.inf, True
        if bound == "upper" and not nearly(q, language):
            return 0.0, v.high, True
        # "hundreds of thousands" holds no million, "millions" no exact one million
        return vague_bottom(v.low, v.high), vague_top(v.low, v.high), True
    return None


def _main_clause(r: Reading) -> bool:
    """Whether the value hangs from its sentence's main verb, whose subject is then the value's actor."""
    preds = r.unit.claim.predicates
    return bool(r.unit.subject and preds and r.value.verb == preds[0])


def _reading(unit: Unit, v: Value) -> Reading | None:
    if v.kind == "date":
        if not v.text_value:
            return None
        if v.unit == "week":  # a week spans its days: "last week" holds "on March 6", not "on Monday" after it
            week = _week(v.text_value)
            return Reading(unit, v, _day_number(week[0]), _day_number(week[1]), True) if week else None
        digits = v.text_value.replace("-", "")
        if v.unit == "month":  # a month spans its days: "in May" is compatible with "May 14"
            first = float(int(digits[:6]) * 100 + 1)
            return Reading(unit, v, first, first + 30, True)
        if v.unit == "year" and (span := year_span(v.text + unit.text[v.end - unit.claim.start :][:3])) is not None:
            # a decade covers its years ("in the 1990s" / "in 1998"), a range its span ("from 1974 to 1978")
            return Reading(unit, v, span[0], span[1], True)
        day = float(int(digits[:8]))
        if v.unit == "day" and night_into(unit, v) and (morning := iso_day(v.text_value[:10])) is not None:
            # "overnight into Thursday": the night began on Wednesday, whose evening it also spans
            before = morning - timedelta(days=1)
            return Reading(unit, v, float(before.year * 10000 + before.month * 100 + before.day), day, False)
        return Reading(unit, v, day, day, False)
    if v.kind == "time" and v.value is not None and (side := near_time(v.qualifier)):
        # "shortly before noon" is the hour before it, "just after 4 a.m." the hour after
        low, high = sorted((v.value, v.value + side * NEAR_TIME_MINUTES))
        return Reading(unit, v, low, high, True)
    if v.kind == "time" and v.value is not None:
        # A time of day with its minutes is exact ("10:40" / "11:15" differ), or approximate within a quarter
        # of an hour ("about 6:40" / "vers 7h40" differ); a round hour may be approximate ("about 3 a.m." /
        # "3:12 a.m." are one time)
        approx = not v.exact or bool(v.qualifier)
        slack = TIME_TOLERANCE if v.value % 60 == 0 else (CLOCK_ROUNDING if approx else 0.0)
        return Reading(unit, v, v.value - slack, v.value + slack, approx)
    if v.kind == "duration":
        bounds = interval(v, unit.language)
        if bounds is None or v.unit not in DAYS_IN:
            return None
        k = DAYS_IN[v.unit]
        return Reading(unit, v, bounds[0] * k, bounds[1] * k, bounds[2])
    bounds = interval(v, unit.language)
    if bounds is None:
        return None
    low, high, vague = bounds
    # A time of day with its minutes is exact ("10:40" / "11:15" differ); a round hour or a part of the day
    # may be approximate ("about 3 a.m." / "3:12 a.m." are one time)
    if v.kind == "time" and (vague or low % 60 == 0):
        low, high = low - TIME_TOLERANCE, high + TIME_TOLERANCE
    return Reading(unit, v, low, high, vague)


def reading(unit: Unit, v: Value) -> Reading | None:
    """The interval value ``v`` of ``unit``'s sentence gives (a count or sum with its qualifier read in the
    sentence's language, a day, a time of day): :class:`Reading`, or None for a value with no number."""
    return _reading(unit, v)


def compatible(a: Reading, b: Reading) -> bool:
    """Whether two readings can both hold (:func:`_compatible`: overlapping intervals, neither an open bound far
    from the other's figure, nor two round figures each outside the other's rounding)."""
    return _compatible(a, b)


DAY_WINDOW = 62  # days: two days of one event further apart than this are two events, not a disagreement


BOUND_RATIO = 1.5  # an open bound this far from a stated value says another figure ("at least 2" / "seven")
BOUND_SPAN = 10.0  # ... up to this far: "at least one" killed today and the 2004 tsunami's 230,000 are two counts
_OPEN_UPPER = ("up to", "as many as", "at most")


def _bound(v: Value, language: str | None = None) -> str:
    """How a qualifier bounds a number: ``"lower"`` ("more than 20", "más de 20"), ``"upper"`` ("up to 60
    percent", "as many as 40", "menos de 60", not "nearly", whose interval is already narrow), ``"approx"``
    ("about 800", "unos 50") or ``""``."""
    q = (v.qualifier or "").lower()
    if v.value is None or v.kind in ("date", "time", "duration"):
        return ""
    if language not in (None, "en"):
        return bound_of(q, language)
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
    ka, kb = _bound(a.value, a.unit.language), _bound(b.value, b.unit.language)
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
    if _bound(a.value, a.unit.language) != "approx" or _bound(b.value, b.unit.language) != "approx":
        return False
    x, y = a.value.value or 0.0, b.value.value or 0.0
    return not (a.low <= y <= a.high or b.low <= x <= b.high)


def _compatible(a: Reading, b: Reading) -> bool:
    """Whether two readings can both hold: their intervals overlap, and neither is an open bound far from the
    other's figure nor are they two round figures each outside the other's rounding."""
    if max(a.low, b.low) > min(a.high, b.high):
        return False
    if _tally_sides_differ(a.value, b.value):
        return False
    return not (_far_from_bound(a, b) or _approx_apart(a, b))


def _tally_sides_differ(a: Value, b: Value) -> bool:
    """Whether two tallies differ in their smaller side (``low``; a reading's interval holds the larger side only):
    "74-39" / "74-41", "91 votos a favor y 39 en contra" / "91-37" are two tallies, never one side of an item
    (a new user's voting-age story put 74-39 and 74-41 on one side). A tally that gives no smaller side ("91
    votes in favour") is compatible with any."""
    return (
        a.kind == "tally"
        and b.kind == "tally"
        and a.low is not None
        and b.low is not None
        and a.value is not None
        and b.value is not None
        and a.low != b.low
    )


def _too_far(a: Reading, b: Reading, window: int = DAY_WINDOW) -> bool:
    """Two days of an event more than ``window`` days apart: different events, not one placed twice. A
    month spans its days: "convicted in September" is 45 days from November 14, not 74."""
    if a.value.kind != "date" or b.value.kind != "date" or not a.value.text_value or not b.value.text_value:
        return False
    ra, rb = _days(a.value.text_value), _days(b.value.text_value)
    if ra is None or rb is None:
        return False
    return (max(ra[0], rb[0]) - min(ra[1], rb[1])).days > window


def _days(iso: str) -> tuple[date, date] | None:
    """The first and last day an ISO date ("2019-11-14") or month ("2019-09") spans; None for a year or text
    that is no date."""
    if (week := _week(iso)) is not None:
        return week
    if iso.startswith("--"):  # a day of no known year ("--05-03"), measured in a leap year
        iso = "2000" + iso[1:]
    first = iso_day((iso + "-01")[:10])
    if first is None or len(iso) < 7:
        return None
    if len(iso) >= 10:
        return first, first
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _week(iso: str) -> tuple[date, date] | None:
    """Monday and Sunday of an ISO week ("2024-W10": 4 and 10 March 2024, "last week" in an article of 13
    March); None for any other text."""
    m = _ISO_WEEK.match(iso)
    if m is None:
        return None
    try:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def _day_number(d: date) -> float:
    return float(d.year * 10000 + d.month * 100 + d.day)


def _sides(readings: list[Reading]) -> list[list[Reading]]:
    """Readings grouped so every reading of a side is compatible with the side's first; sides in order of
    first appearance. A vague reading that fits two sides joins the one whose first figure is nearest its own
    ("at least nine" beside 9 rather than 11, whichever source came first)."""
    sides: list[list[Reading]] = []
    for r in readings:
        fits = [side for side in sides if all(_compatible(r, other) for other in side)]
        if len(fits) > 1 and r.vague and r.value.value is not None:
            fits.sort(key=lambda side: abs((side[0].value.value or math.inf) - (r.value.value or 0.0)))
        if fits:
            fits[0].append(r)
        else:
            sides.append([r])
    return sides


def compare_values(
    units: Iterable[Unit],
    canonical: dict[tuple[str, str], str],
    aligned: bool = False,
    across: bool | None = None,
    any_subject: bool = False,
    leads: bool = False,
) -> list[SlotComparison]:
    """Every slot that two or more sources among ``units`` give a value for, its readings grouped into
    compatible sides. A slot a source gives two incompatible values for is left out: the source itself
    tells two things apart that the slot cannot (two counts of boats in one sentence). ``aligned``: the
    units are taken as one claim (no shared name needed for a conflict); ``across``: counts keyed by concept
    (default: when the units are in two or more languages); ``any_subject``: values are compared whatever the
    subjects of their sentences' main clauses (the fined and the regulator that fined them state one fine);
    ``leads``: the units are the sources' leads, whose announcements' days are compared (:func:`.slots.lead_slot`)."""
    units = list(units)
    if across is None:
        across = len({u.language for u in units}) > 1
    by_slot: dict[Slot, list[Reading]] = {}
    for u in units:
        for v in u.values:
            # a count of nobody beyond English is keyed by its concept and act in one language too ("Никто не
            # пострадал": "person injured"), its word ("никто") being no noun a slot could key
            keyed = across or (_nobody(v) and (u.language or "en") != "en")
            read = lead_slot(slot_of(u, v, canonical, keyed), leads=leads)
            for slot in dict.fromkeys((scoped(read, u, v), verdict_day(u, v))):
                r = _reading(u, v) if slot else None
                if slot and r:
                    by_slot.setdefault(slot, []).append(r)
    nobody = _join_nobody(by_slot, units)
    out = []
    for slot, readings in by_slot.items():
        if len({r.unit.source for r in readings}) < 2:
            continue
        if slot == ("time",) and any(_times_given(r.unit) > 1 for r in readings):
            continue  # "started shortly after 9 p.m. and was put out by midnight": two times of two acts
        if slot[0] == "conversion":
            for r in readings:  # rounding and the day's rate: "$143 billion" and "$143.4 billion" are one
                r.low, r.high = r.low * (1 - CONVERSION_TOLERANCE), r.high * (1 + CONVERSION_TOLERANCE)
        if any(_too_far(a, b) for a in readings for b in readings):
            continue
        subjects = {name_key(r.unit.subject) for r in readings if r.unit.subject and _main_clause(r)}
        if len(subjects) > 1 and not any_subject and slot[0] not in _ANY_SUBJECT:
            continue  # "Garrard completed 28 passes", "Manning completed 17": two players' counts
        if slot[0] == "count" and len(slot[2].split()) == 1 and len(_acts(readings)) > 1:
            continue  # "missed four games", "played in 10 games": counts of one noun under two acts
        readings = _current(readings)
        own: dict[int, Reading] = {}
        ambiguous = False
        for r in readings:
            first = own.setdefault(r.unit.source, r)
            if first is not r and not _compatible(first, r):
                ambiguous = True
        if ambiguous:
            continue
        out.append(SlotComparison(slot, _sides(readings), aligned or slot in nobody))
    return out


def _current(readings: list[Reading]) -> list[Reading]:
    """The readings without each source's own earlier estimates: a source that gives a figure and an earlier
    one its clause marks as preliminary or first given ("The 4.2-magnitude earthquake ..., which [the survey]
    originally had rated ... as 4.4") states the revised one (:func:`.estimates.preliminary`). A source whose
    every reading is so marked keeps them: its figure is the preliminary one."""
    marked = {id(r) for r in readings if preliminary(r.unit, r.value)}
    revised = {r.unit.source for r in readings if id(r) not in marked}
    return [r for r in readings if id(r) not in marked or r.unit.source not in revised]


def _nobody(v: Value) -> bool:
    """Whether ``v`` counts nobody of any name ("Nobody was injured", "Niemand wurde verletzt"): an exact zero
    of people (crosswire.facts.casualties, crosswire.facts.values)."""
    return v.kind == "count" and v.value == 0 and v.exact and v.concept == "person"


def _join_nobody(by_slot: dict[Slot, list[Reading]], units: list[Unit]) -> set[Slot]:
    """Add to each slot of a count of nobody ("Nobody was injured", "Никто не пострадал": zero people under an
    act, ``("count", "", "person injured")``) the counts of one or more people of any name under the same act
    that other sources give ("One technician was slightly injured", "Jeden piekarz został ranny"): nobody is
    nobody of any name, so a technician injured is one more than none, while "two firefighters injured" is
    only a part of "five people injured" and keeps its own slot. The act is read back from each sentence
    (:func:`.slots.happened`). A zero of the rest ("nobody else was hurt") is no zero of everyone and is not
    read as one (crosswire.facts.casualties, crosswire.facts.values). Changes ``by_slot`` in place; returns
    the slots a count was added to, whose sentences are one claim (no shared name needed: a sentence saying
    nobody was hurt names no one, and speaks of the story's own event)."""
    joined: set[Slot] = set()
    for slot, readings in list(by_slot.items()):
        if slot[0] != "count" or len(slot) != 3 or not slot[2].startswith("person "):
            continue
        zeros = [r for r in readings if r.value.value == 0 and r.value.exact and "else" not in r.value.text.lower()]
        acts = {happened(r.unit, r.value) for r in zeros} - {None}
        if len(acts) != 1:
            continue
        (act,) = acts
        sources = {r.unit.source for r in zeros}
        taken = {id(r.value) for r in readings}
        for u in units:
            if u.source in sources:
                continue
            for v in u.values:
                if v.kind != "count" or not v.value or v.value < 1 or id(v) in taken or v.unit:
                    continue
                if v.concept not in (None, *PEOPLE_CONCEPTS) or happened(u, v) != act:
                    continue
                r = _reading(u, v)
                if r is not None:
                    readings.append(r)
                    taken.add(id(v))
                    joined.add(slot)
    return joined


def _times_given(unit: Unit) -> int:
    """How many different times of day a sentence gives, whether or not each has a slot ("shortly after 9
    p.m." is a bound, "by midnight" a time): a sentence with two tells two acts' times apart, so its times
    are not one claim's time to set against another sentence's."""
    return len({v.text.lower() for v in unit.values if v.kind == "time"})


# Slots whose values are compared whatever the subjects of the sentences: a person's age. Not the day of an
# act: on ECB+ that set two announcements of one operator ("announced today (20 October 2011)" / "(4 November
# 2011)") and two wordings of one Saturday against each other.
_ANY_SUBJECT = frozenset({"age"})


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


def _spelt(places: frozenset[str]) -> frozenset[str]:
    """Places by their Latin spelling's first letters: one town written in two scripts is one place where the
    names were not linked ("place:Кельмск" / "place:Kelmsk": the 3 vs 4 dead of a new user's balloon story were
    called a different scope). A "c" that is no "ch" is read as the "k" a Cyrillic spelling gives it
    ("Corvath" / "Корвата": 412 against 312 flights cancelled at one airport, in a new user's airline-strike trial,
    was called a different scope)."""
    keys = (re.sub(r"[^a-z]", "", latin(p.partition(":")[2] or p).lower()) for p in places)
    return frozenset(_LATIN_K.sub("k", k)[:PLACE_KEY] for k in keys if k)


# Languages a place name of each script is tried in for its English name (crosswire.facts.languages.places).
_SCRIPT_LANGUAGES = {"cyrillic": ("ru", "uk", "be"), "latin": ("en", "de", "es", "fr", "it", "pl", "pt")}


def _in_english(places: frozenset[str]) -> frozenset[str]:
    """Places by their English names where the country and city gazetteers know them ("place:Норвегия",
    "place:Noruega" and "place:Norway" are all "Norway"), else as they are. Why: the linker leaves a country
    named in two languages unlinked, and "12 satellites for customers in Norway, Poland and Spain" / "14
    спутников заказчиков из Норвегии, Польши и Испании" was called a different scope (a new user's rocket trial)."""
    out = set()
    for p in places:
        name = p.partition(":")[2] or p
        script = "cyrillic" if any("\u0400" <= ch <= "\u04ff" for ch in name) else "latin"
        english = next((e for lang in _SCRIPT_LANGUAGES[script] if (e := english_place(name, lang))), None)
        out.add(english or name)
    return frozenset(out)


_LATIN_K = re.compile(r"c(?!h)")  # the letter Latin spellings write for a Cyrillic "к" ("Corvath" / "Корват")


PLACE_KEY = 5  # letters of a place's Latin spelling compared: "kelms" for Kelmsk, Кельмск, Kelmsku


def reason(cmp: SlotComparison) -> str:
    """The conflict's reason: the event's day, its time of day, different places named or increments of
    different groups (scope: "20 more people" / "five other bank workers"), an earlier estimate against a
    figure given as no estimate ("preliminary vs revised": a side whose every figure its clause marks as
    preliminary or first given, :func:`.estimates.preliminary`), vague against precise, or a different value."""
    if cmp.slot[0] == "time":
        return "different time"
    if cmp.slot[0] in ("day", "scheduled"):
        return "different day"
    if cmp.slot[0] in ("year", "since"):
        return "different time"  # one act's, or one state's start, in two years
    places = [frozenset().union(*(r.unit.places for r in side)) for side in cmp.sides]
    if (
        all(places)
        and not frozenset.intersection(*places)
        and not frozenset.intersection(*map(_spelt, places))
        and not frozenset.intersection(*map(_in_english, places))
    ):
        return "different scope"
    # "20 more people" / "five other bank workers"
    if cmp.slot[0] == "count" and without_year(cmp.slot)[0][-1] == "more":
        groups = [{(r.value.noun or "").partition(" ")[0] for r in side} for side in cmp.sides]
        if not set.intersection(*groups):
            return "different scope"
    if _part_and_whole(cmp.sides):
        return "different scope"  # "At the Basel centre, 62 patients were enrolled" / "The trial enrolled 1,840"
    marked = [[preliminary(r.unit, r.value) for r in side] for side in cmp.sides]
    if any(all(m) for m in marked) and any(not any(m) for m in marked):
        return "preliminary vs revised"  # "a preliminary magnitude of 4.4" / "a 4.2 magnitude earthquake"
    vague = [all(r.vague for r in side) for side in cmp.sides]
    if (
        any(vague)
        and not all(vague)
        and not all(_rounded(r) for side, v in zip(cmp.sides, vague, strict=True) if v for r in side)
    ):
        return "vague vs precise"
    return "different value"


def _rounded(r: Reading) -> bool:
    """Whether a vague reading is a figure given as approximate ("Rund 48.000", "about 4,200"): a number with an
    approximation qualifier, whose range is its written rounding (:func:`interval`). Another source's figure
    outside that range is a different value ("Rund 48.000" / "84,000": digits swapped), not a vague against a
    precise one; a bound ("more than 100") or a vague count ("dozens") stays vague."""
    return r.value.value is not None and bound_of(r.value.qualifier, r.unit.language) == "approx"
