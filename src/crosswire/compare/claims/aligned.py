"""Conflicts read off sentences aligned across languages: two sentences of two languages that are each other's
nearest in the other's source, standing out from their neighbours (:func:`aligned_across`), state one claim, so
what their typed values say differently is a disagreement between the sources, whatever act the claim is about:

- two different days ("el domingo 15 de noviembre" / "samedi"; "cancelled ... on Saturday" / "dokończony w
  niedzielę"): :func:`day_conflicts`;
- a named person as the doer in one and a class of agent in the other, which names no one ("Maintenance
  technician Pawel Sikora shut off the main valve" / "Вентиль компрессора перекрыли пожарные"):
  :func:`agent_conflicts`;
- two figures of one measure ("About 140 emergency patients were diverted" / "около 210 пациентов ... были
  перенаправлены"; "a ransom of 4.5 million euros" / "un rescate de 2,5 millones de euros"):
  :func:`figure_conflicts`.

Before this module these pairs were only kept out of agreements (:func:`.align.contradict`), and the act lists
of :mod:`.agents` and :mod:`.act_days` saw none of their acts, so the losing side vanished (a new user's ice-rink
story, six articles in five languages). Written by hand: no library compares aligned sentences' values; the
alignment bars are those of :data:`.pairs.ACROSS_MARGIN` and :data:`.pairs.ACROSS_COSINE`.

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from rapidfuzz import fuzz

from crosswire.compare.align import StoryData
from crosswire.compare.claims.agents import CLAUSE, agents_in, has_words
from crosswire.compare.claims.count_states import WHOLE, count_state, same_state, states_apart
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.match_scores import final_score
from crosswire.compare.claims.money import money_concept, one_money_kind
from crosswire.compare.claims.one_act_days import one_act
from crosswire.compare.claims.pairs import ACROSS_COSINE, ACROSS_MARGIN, FEATURES, Pair, same_value
from crosswire.compare.claims.past import past_year
from crosswire.compare.claims.qualified import qualifier
from crosswire.compare.claims.slots import HAPPENED, PEOPLE_CONCEPTS, happened
from crosswire.compare.claims.story_wide import people, years_apart
from crosswire.compare.claims.units import Unit, dates_of, different_days
from crosswire.compare.claims.values import BOUND_SPAN, Reading, SlotComparison, compatible, reading
from crosswire.compare.claims.when import night_into
from crosswire.compare.figures.pairing import DisjointSets
from crosswire.compare.records import ClaimConflict
from crosswire.facts.records import Value
from crosswire.vocab.concepts import unit_of


def aligned_across(p: Pair) -> bool:
    """Whether a pair of two languages is each other's nearest sentence in the other's source, with a sentence
    embedding cosine of at least :data:`.pairs.ACROSS_COSINE` and a ratio margin of at least
    :data:`.pairs.ACROSS_MARGIN`: the bars at which such pairs stated one claim in 59 of 60 cases (see there)."""
    if p.a.language == p.b.language:
        return False
    f = dict(zip(FEATURES, p.features, strict=True))
    return f["mutual_best"] == 1.0 and f["embedding"] >= ACROSS_COSINE and f["margin"] >= ACROSS_MARGIN


# Two times of day this far apart (minutes) are two times, not one time given loosely ("vers 12 h 40" / "about
# 12:45"): a quarter of an hour, the step in which news copy rounds a time it gives as approximate.
CLOCK_SLACK = 15.0


def different_clocks(a: Unit, b: Unit) -> bool:
    """Whether each sentence gives one time of day and the two are more than :data:`CLOCK_SLACK` minutes apart
    ("samedi vers 23 h 15" / "on Saturday at about 21:15"): such sentences state no claim in common."""
    ta = [v.value for v in a.values if v.kind == "time" and v.value is not None]
    tb = [v.value for v in b.values if v.kind == "time" and v.value is not None]
    return len(ta) == 1 and len(tb) == 1 and abs(ta[0] - tb[0]) > CLOCK_SLACK


def _components(edges: list[tuple[Unit, Unit]]) -> list[list[Unit]]:
    """The connected sets of units of the given edges, each in unit order, ordered by their first unit."""
    sets: DisjointSets[int] = DisjointSets()
    by_index: dict[int, Unit] = {}
    for a, b in edges:
        by_index[a.index], by_index[b.index] = a, b
        sets.union(a.index, b.index)
    groups: dict[int, list[Unit]] = {}
    for i in sorted(by_index):
        groups.setdefault(sets.find(i), []).append(by_index[i])
    return list(groups.values())


def _widened(side: list[Unit], pairs: list[Pair], agree: float, fits: Callable[[Unit], bool]) -> list[Unit]:
    """The side with every sentence that a pair at the agreement bar ``agree`` joins to one of its sentences and
    that ``fits`` it (gives the side's day, names the side's doer): the English "Maintenance technician Pawel
    Sikora shut off the main valve" agreed with the Polish "zawór sprężarki zakręcił konserwator Paweł Sikora",
    which alone was aligned closely enough with the Russian firefighters' sentence to make the conflict."""
    members = {u.index: u for u in side}
    grew = True
    while grew:
        grew = False
        for p in pairs:
            if p.score < agree or (p.a.index in members) == (p.b.index in members):
                continue
            new = p.b if p.a.index in members else p.a
            if fits(new):
                members[new.index] = new
                grew = True
    return sorted(members.values(), key=lambda u: u.index)


def day_conflicts(pairs: list[Pair], data: StoryData, agree: float) -> list[ClaimConflict]:
    """Conflicts over the day of one claim: aligned pairs (:func:`aligned_across`) whose sentences give days and
    none in common, joined through shared sentences into one conflict per claim; a side per set of days, labelled
    by the words that give them and the ISO date. Dropped when a source stands on two sides or two sides share a
    day (a sentence giving two days)."""
    edges = [
        (p.a, p.b)
        for p in pairs
        if aligned_across(p)
        and different_days(p.a, p.b)
        and not nights_of(p.a) & nights_of(p.b)
        and _days_near(p.a, p.b)
        and one_act(p.a, p.b)  # a start against a start, not two days of a running story (dates14)
    ]
    out = []
    for units in _components(edges):
        sides: dict[frozenset[str], list[Unit]] = {}
        for u in units:
            sides.setdefault(dates_of(u), []).append(u)
        for days, side in sides.items():
            sides[days] = _widened(side, pairs, agree, partial(_gives_days, days=days))
        keys = list(sides)
        spans = [frozenset().union(*(nights_of(u) for u in side)) for side in sides.values()]
        if len(keys) < 2 or any(x & y for i, x in enumerate(spans) for y in spans[i + 1 :]):
            continue
        if not sources_apart(list(sides.values())):
            continue
        out.append(worded_conflict(data, "day", "different day", [(_day_label(us), us) for us in sides.values()]))
    return out


def nights_of(u: Unit) -> frozenset[str]:
    """The days (ISO dates) a sentence's date values give, with the eve of a day written as the morning end of a
    night ("in der Nacht zum Sonntag", "в ночь на воскресенье", "overnight into Sunday": the night began on
    Saturday, so "on Saturday night" states the same time; :func:`crosswire.compare.claims.when.night_into`,
    whose phrases are the data file's ``[when.night_into]``). Raises nothing."""
    days = set(dates_of(u))
    for v in u.values:
        if v.kind == "date" and v.unit == "day" and v.text_value and _iso(v.text_value) and night_into(u, v):
            days.add((date.fromisoformat(v.text_value) - timedelta(days=1)).isoformat())
    return frozenset(days)


DAY_GAP = 31  # days: one event's outlets place it (or what it sets ahead) within a month; further apart, two events
# days between a month and a day or month of one planned act two outlets give (counted from the month's nearer end):
# a start set for a month slips by a season ("in March 2027" / "am 4. Juni 2027"), while a pair aligned across two
# years' events of one store stays apart. Hand-set (claims12, twelfth pass) on the invented plans of
# tests/test_claims12_month_days.py; no tune item gives two months of one act.
MONTH_GAP = 183


def _days_near(a: Unit, b: Unit) -> bool:
    """Whether the nearest of the two sentences' days lie at most :data:`DAY_GAP` days apart (:data:`MONTH_GAP`
    when one of them is a month, counted from its nearer end): a pair aligned
    across two unrelated events of one store ("on Tuesday" in June 2025 and in March 2026) gives no day
    conflict."""
    gaps = [
        (max(0, (max(xa, ya) - min(xb, yb)).days), MONTH_GAP if len(x) == 7 or len(y) == 7 else DAY_GAP)
        for x in dates_of(a)
        for y in dates_of(b)
        if (xs := _span(x)) is not None and (ys := _span(y)) is not None
        for (xa, xb), (ya, yb) in [(xs, ys)]
    ]
    return any(gap <= bar for gap, bar in gaps)


def _span(day: str) -> tuple[date, date] | None:
    """The first and last day of an ISO day ("2027-03-04") or month ("2027-03"); None for neither."""
    if _iso(day):
        d = date.fromisoformat(day)
        return d, d
    if len(day) == 7 and _iso(day + "-01"):
        first = date.fromisoformat(day + "-01")
        return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return None


def _iso(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


def _day_label(units: list[Unit]) -> str:
    """The days a side gives as its sentences write them (their capitals kept: "Saturday", not "saturday"; one
    spelling once, whatever its case), with the ISO date: "samedi / Saturday (2026-11-14)"."""
    written: dict[str, str] = {}
    for u in units:
        for v in u.values:
            if v.kind == "date" and v.text_value and v.text_value in dates_of(u):
                written.setdefault(v.text.lower(), v.text)
    days = sorted({d for u in units for d in dates_of(u)})
    return f"{' / '.join(written.values())} ({', '.join(days)})"


def _writes_name(u: Unit, person: str) -> bool:
    """Whether the sentence writes the person's name (a capitalised word of it, transliterated, first five
    letters: :func:`crosswire.compare.quotes.anchors`), though its entities hold no such person: "Паромный
    оператор Nordlink" names the doer "Nordlink" of "Ferry operator Nordlink withdrew", whom the English model
    typed a person and the Russian an organisation."""
    from crosswire.compare.quotes import anchors

    name = {a for a in anchors("x " + (person.partition(":")[2] or person)) if not a.startswith("#")}
    return bool(name) and bool(name & anchors(u.text))


def agent_conflicts(pairs: list[Pair], data: StoryData, agree: float) -> list[ClaimConflict]:
    """Conflicts over who did one act: an aligned pair (:func:`aligned_across`, no two different days) where one
    sentence's main clause has a named person as its subject (not its speaker) and the other names no person
    and ties a class of agent of ``data/agents.toml`` to its main clause (:func:`clause_agent`), a class the
    first sentence does not name (a "firefighter Jan Novak" is a firefighter). Any act: the act is what the
    two aligned sentences state. One conflict per person and agent class, each side citing its sentences."""
    found: dict[tuple[str, str], tuple[list[Unit], list[Unit], list[str]]] = {}
    for p in pairs:
        if not aligned_across(p) or different_days(p.a, p.b):
            continue
        for doer, other in ((p.a, p.b), (p.b, p.a)):
            person = _acting_person(doer)
            if person is None or people(other) or other.claim.negated or doer.claim.negated:
                continue
            agent = clause_agent(other)
            if agent is None or agent[0] in {cls for _s, _e, cls in agents_in(doer.text, doer.language)}:
                continue
            if _writes_name(other, person):  # "Паромный оператор Nordlink": the agent word and the name are one doer
                continue
            named, agents, written = found.setdefault((person, agent[0]), ([], [], []))
            named.append(doer)
            agents.append(other)
            if agent[1].lower() not in {w.lower() for w in written}:
                written.append(agent[1].lower())
    out = []
    for (person, cls), (named, agents, written) in found.items():
        named = _widened(named, pairs, agree, partial(_done_by, person=person))
        agents = _widened(agents, pairs, agree, partial(_done_by_class, cls=cls))
        if not sources_apart([named, agents]):
            continue
        sides = [(person.partition(":")[2] or person, named), (" / ".join(written), agents)]
        out.append(worded_conflict(data, _act_label(named + agents), "different agent", sides))
    return out


def person_agent_conflicts(pairs: list[Pair], data: StoryData, agree: float) -> list[ClaimConflict]:
    """Conflicts over which named person did one act: a pair scored at the agreement bar ``agree`` whose two
    sentences' main clauses have two different named people as subjects, neither named in the other sentence
    (:func:`.align.other_doers`: "Ilya Verban scored the winning goal in the 112th minute" / "Dario Mendez scored
    the winning goal ... in the 112th minute"), and no two different days. In one language the two must share
    their main verb and their words but for the names (:func:`_same_words`: one act); across languages they must
    be aligned (:func:`aligned_across`), or each other's nearest at the agreement bar (a pair that would otherwise
    have been agreed), and give one number (:func:`_shared_number`: "на 112-й минуте" / "en el minuto 112"). One
    conflict per
    pair of people ("different agent"), each side citing the sentences that name its person as the doer."""
    from crosswire.compare.claims.align import doer, other_doers  # align imports this module

    found: dict[frozenset[str], dict[str, list[Unit]]] = {}
    for p in pairs:
        a, b = p.a, p.b
        if a.claim.negated or b.claim.negated or different_days(a, b) or not other_doers(a, b):
            continue
        if a.language == b.language:
            if p.score < agree or not set(a.claim.predicates) & set(b.claim.predicates) or not _same_words(a, b):
                continue
        elif not (aligned_across(p) or (p.score >= agree and p.features[FEATURES.index("mutual_best")] == 1.0)):
            continue
        elif not _shared_number(a, b):
            continue
        across = a.language != b.language
        da, db = doer(a, across) or "", doer(b, across) or ""  # other_doers: both name a doer
        sides = found.setdefault(frozenset({da, db}), {})
        for u, person in ((a, da), (b, db)):
            side = sides.setdefault(person, [])
            if u not in side:
                side.append(u)
    out = []
    for sides in found.values():
        told = sorted(sides.items(), key=lambda kv: min(u.source for u in kv[1]))
        if not sources_apart([us for _p, us in told]):
            continue
        labelled = [(person.partition(":")[2] or person, us) for person, us in told]
        english = [u for _p, us in told for u in us if u.language == "en"]
        label = _act_label(english) if english else "who did it"  # a verb's lemma in its own language reads wrong
        out.append(worded_conflict(data, label, "different agent", labelled))
    return out


# rapidfuzz token-sort ratio (0-100) of two sentences with their doers' names taken out at which they state one act
# in other words: "Ilya Verban scored the winning goal in the 112th minute with a header" / "Dario Mendez scored
# the winning goal for Olvena in the 112th minute, heading in a corner" (83). On ECB+ pairs at the agreement
# bar naming two people's acts ("Marine Commandos boarded the pirate dhow" / "As Mysore engaged the pirates, the
# commandos boarded the Salahaddin") stay under 60; a bar of 80 kept every one of them out.
SAME_ACT_RATIO = 80


def _same_words(a: Unit, b: Unit) -> bool:
    """Whether two sentences of one language say the same words but for their doers' names
    (:data:`SAME_ACT_RATIO`)."""
    return fuzz.token_sort_ratio(_unnamed(a), _unnamed(b)) >= SAME_ACT_RATIO


def _unnamed(u: Unit) -> str:
    """The sentence, lower case, without the words of the people it names."""
    names = {w for p in people(u) for w in (p.partition(":")[2] or p).lower().split()}
    return " ".join(w for w in re.findall(r"[\w'-]+", u.text.lower()) if w not in names)


def _shared_number(a: Unit, b: Unit) -> bool:
    """Whether the two sentences give one number (of any kind: "на 112-й минуте" / "en el minuto 112"): across
    languages, what ties two doers' sentences to one act besides the sentence encoder."""
    na = [v.value for v in a.values if v.value is not None and v.kind != "date"]
    nb = [v.value for v in b.values if v.value is not None and v.kind != "date"]
    return any(x == y for x in na for y in nb)


def _gives_days(u: Unit, days: frozenset[str]) -> bool:
    return dates_of(u) == days


def _done_by(u: Unit, person: str) -> bool:
    return _acting_person(u) == person


def _done_by_class(u: Unit, cls: str) -> bool:
    found = clause_agent(u)
    return not people(u) and found is not None and found[0] == cls


def _acting_person(u: Unit) -> str | None:
    """The canonical id of the named person the sentence's main clause has as subject, when not its speaker."""
    if u.subject and u.subject.startswith("person:") and u.subject != u.speaker:
        return u.subject
    return None


def clause_agent(u: Unit) -> tuple[str, str] | None:
    """(agent class, as written) of the one agent of ``data/agents.toml`` in the sentence's first clause that
    holds no attribution word ("Según los bomberos, ..." and "По данным пожарной службы, ..." report who said
    it, not who did it); None for none, two, one joined to another ("police and firefighters") or one after a
    blocker word of the data (a negation, a relative word)."""
    for clause in CLAUSE.split(u.text):
        if not re.search(r"\w", clause):
            continue
        if has_words(clause, "attribution", u.language):
            continue
        found = agents_in(clause, u.language)
        if len(found) != 1 or has_words(clause, "and", u.language):
            return None
        start, end, cls = found[0]
        if has_words(clause[:start], "blockers", u.language):
            return None  # "No one knows whether police ...", "Les voisins qui ..." is no doer of the main clause
        return cls, clause[start:end]
    return None


def _act_label(units: list[Unit]) -> str:
    """How the conflict names the act: "who" and the main verb of an English sentence among ``units`` in the past
    ("who shut", "who scored"); "who did it" when no sentence is English."""
    english = [u for u in units if u.language == "en" and u.claim.predicates]
    if not english:
        return "who did it"  # a verb's lemma in another language reads wrong in an English label
    return f"who {_past(english[0].claim.predicates[0])}"


def _past(lemma: str) -> str:
    """The simple past of an English verb's lemma ("score" -> "scored", "shut" -> "shut"), by lemminflect's
    tables, a particle kept after it ("set off" -> "set off"); the lemma itself when the tables have no past. A label
    reads "who scored", not "who score"."""
    from lemminflect import getInflection

    verb, _, particle = lemma.partition(" ")  # "set off" -> "set" + "off"
    forms = getInflection(verb, tag="VBD")
    return " ".join(w for w in (forms[0] if forms else verb, particle) if w)


def aligned_conflicts(
    pairs: list[Pair], data: StoryData, agree: float, found: list[ClaimConflict]
) -> list[ClaimConflict]:
    """:func:`day_conflicts`, :func:`agent_conflicts` and :func:`person_agent_conflicts` of the pairs, less those
    whose reason a conflict in ``found`` already gives on the same sentences (the act lists of :mod:`.agents` and
    :mod:`.act_days` may have read them)."""
    seen = {(c.reason, (ev.article, ev.start)) for c in found for ev in c.evidence}
    out = []
    found_here = [
        *day_conflicts(pairs, data, agree),
        *agent_conflicts(pairs, data, agree),
        *person_agent_conflicts(pairs, data, agree),
    ]
    for c in found_here:
        if not any((c.reason, (ev.article, ev.start)) in seen for ev in c.evidence):
            out.append(c)
    return out


# The kinds of value a figure conflict compares: what a number counts or sums, not a day or a time of day (their
# own rules above and in .align) nor a rank or an age.
FIGURE_KINDS = ("count", "money", "percent", "quantity")


def _figures(u: Unit) -> list[Value]:
    """The sentence's figures (counts, sums, shares and quantities with a number), less the numbers of its final
    score (:func:`.match_scores.final_score`: "2-1" is a result, not two counts) and figures given only as a range
    ("miles de aficionados", "десятки": a vague number noun, no writer's figure to set against another's)."""
    found = [
        v
        for v in u.values
        if v.kind in FIGURE_KINDS and v.value is not None and not (v.low is not None and v.high is not None)
    ]
    score = final_score(u.text, u.language)
    if score is not None:
        start = u.claim.start + score[3]
        end = start + len(score[2])
        found = [v for v in found if not (v.start < end and start < v.end)]
    return found


Measure = tuple[str, str]


def _measure_key(v: Value) -> Measure:
    """(kind, unit or currency) a figure is compared within: euros with euros, a count with a count, metres with
    metres. A count of a unit of measure (its concept a unit of ``data/concepts.toml``: "4,200 hectares", which
    the English reader counts, as ``hectare``) is a quantity in that unit, as "6800 гектаров" is read. A quantity's
    unit is its unit id whatever the language wrote ("some 420 tonnes", which the English reader keeps as written,
    and "около 420 тонн", stored as ``tonne``: a new user's spill story left the English wire off the 420 side)."""
    unit = unit_of(v.concept, None) if v.kind == "count" and v.concept else None
    if v.kind == "quantity" and v.unit:
        unit = unit_of(v.unit, None)
    return ("quantity", unit) if unit else (v.kind, v.unit or "")


# the sentence's figures and a figure's measure, for the other readers of figures (:mod:`.outvoted`)
story_figures = _figures
figure_measure = _measure_key


def _figure_reading(u: Unit, measure: Measure, chosen: Chosen | None = None) -> Reading | None:
    """The reading of the sentence's one figure of ``measure``; None for none or two ("About 60 containers fell
    overboard as waves of up to eight metres hit": one count and one quantity in metres). ``chosen``: the one
    figure a pair already picked out of a sentence giving several (:func:`_pair_readings`), by measure and unit
    index."""
    if chosen is not None and (r := chosen.get((measure, u.index))) is not None:
        return r
    found = [v for v in _figures(u) if _measure_key(v) == measure]
    return reading(u, found[0]) if len(found) == 1 else None


Chosen = dict[tuple[Measure, int], Reading]


_WRITTEN = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![\d])|(?<![\d.,])\d+(?![\d])")


def _written_numbers(text: str) -> set[float]:
    """The whole numbers written in digits in ``text``, thousands separators of any language dropped ("1,204",
    "1.204", "310"): a number the values of a sentence may leave untyped ("votes to 310": no noun after it)."""
    return {float(re.sub(r"\D", "", m.group())) for m in _WRITTEN.finditer(text)}


def _pair_readings(a: Unit, b: Unit, measure: Measure) -> tuple[Reading, Reading] | None:
    """The one figure of ``measure`` each sentence of an aligned pair sets against the other's: its only one, or,
    when a sentence gives several, the one left after the figures both sentences give are set aside ("mit 1.712
    zu 388 Stimmen" / "por 1.912 votos contra 388": a tally whose losing count both give, so 1,712 is set against
    1,912). None when no single figure is left on each side, or when nothing was shared that would have paired
    the rest (two counts against one, none in common: which of the two is the other's figure is not known). A figure
    the other sentence writes in digits without typing it counts as given by both ("by 1,912 votes to 388", where
    no noun follows 388: :func:`_written_numbers`)."""
    fa = [v for v in _figures(a) if _measure_key(v) == measure]
    fb = [v for v in _figures(b) if _measure_key(v) == measure]
    if (len(fa) > 1 or len(fb) > 1) and (by_state := _state_pair(a, fa, b, fb)) is not None:
        return by_state
    if len(fa) > 1 or len(fb) > 1:
        wa, wb = _written_numbers(a.text), _written_numbers(b.text)
        kept_a = [x for x in fa if not any(same_value(x, y) for y in fb) and x.value not in wb]
        kept_b = [y for y in fb if not any(same_value(y, x) for x in fa) and y.value not in wa]
        if len(kept_a) + len(kept_b) == len(fa) + len(fb):
            return None
        fa, fb = kept_a, kept_b
    if len(fa) != 1 or len(fb) != 1:
        return None
    ra, rb = reading(a, fa[0]), reading(b, fb[0])
    return (ra, rb) if ra is not None and rb is not None else None


def _state_pair(a: Unit, fa: list[Value], b: Unit, fb: list[Value]) -> tuple[Reading, Reading] | None:
    """The one pair of counts of one state (:mod:`.count_states`) that two sentences giving several counts set
    against each other, their values apart ("Die Küstenwache konnte 11 Seeleute retten, zwei weitere gelten als
    vermisst" / "Z 14-osobowej załogi uratowano 12 rybaków, dwóch wciąż jest zaginionych": 11 vs 12 rescued, the 2
    missing alike); None when no such pair, or two, or a state given twice in one sentence."""
    sa = [(x, count_state(a, x)) for x in fa]
    sb = [(y, count_state(b, y)) for y in fb]
    found = []
    for x, s in sa:
        if s is None or sum(t == s for _, t in sa) > 1 or sum(t == s for _, t in sb) != 1:
            continue
        y = next(y for y, t in sb if t == s)
        rx, ry = reading(a, x), reading(b, y)
        if rx is not None and ry is not None and not compatible(rx, ry):
            found.append((rx, ry))
    return found[0] if len(found) == 1 else None


def _one_year(a: Reading, b: Reading) -> bool:
    """Whether two figures are stated of one year: both of this event, or both of one past year
    (:func:`.past.past_year`: "El año pasado una explosión mató a dos trabajadores" is last year's toll, no rival
    to "Three workers were killed in the blast")."""
    return past_year(a.unit, a.value) == past_year(b.unit, b.value)


# concepts of data/concepts.toml that count people (or what befell them): an unknown noun beside one of them may
# count homes, boats or flights, another measure (:func:`_unnamed_thing`)
_PEOPLE_NOUNS = "protester police soldier child refugee worker witness prisoner firefighter rescuer"
_OF_PEOPLE = PEOPLE_CONCEPTS | HAPPENED | frozenset(_PEOPLE_NOUNS.split())


def _unnamed_thing(x: Value, y: Value) -> bool:
    """Whether two counts of an aligned pair (each other's translation, :func:`aligned_across`) may count one
    thing though only one names a concept of ``data/concepts.toml``: the other's noun is one no list knows
    ("180,000 households" [en], a house, / "240 tysięcy gospodarstw domowych" [pl], none; a new user's gas story
    kept the pair apart as "numbers of one measure each gives alone" and showed no conflict). The pair is one
    claim by the aligner, each sentence gives this one count (:func:`_pair_readings`), and the two are within
    :data:`.values.BOUND_SPAN` times of each other. Not when the known concept is people's
    (:data:`_OF_PEOPLE`: "180,000 residents" / "240 tysięcy gospodarstw" count people and homes),
    nor two concepts (:func:`_same_thing`)."""
    if x.kind != "count" or y.kind != "count" or (x.concept is None) == (y.concept is None):
        return False
    if (x.concept or y.concept) in _OF_PEOPLE:
        return False
    a, b = abs(x.value or 0.0), abs(y.value or 0.0)
    return bool(a and b and max(a, b) <= BOUND_SPAN * min(a, b)) and _measure_key(x) == _measure_key(y)


def _same_thing(x: Value, y: Value) -> bool:
    """Whether two figures may measure one thing: within :data:`.values.BOUND_SPAN` times of each other (the 41,200
    crowd and the 112th minute of a cup final are two things), and counts of one concept or both of none
    (``data/concepts.toml``: "40 boats" / "40 Häuser" count two things, "сорок лет" / "cuatro décadas" years and
    something no list knows)."""
    a, b = abs(x.value or 0.0), abs(y.value or 0.0)
    if not a or not b or max(a, b) > BOUND_SPAN * min(a, b):
        return False
    kx, ky = _measure_key(x), _measure_key(y)
    return kx == ky and (kx[0] != "count" or x.concept == y.concept)


def _within_span(x: Value, y: Value) -> bool:
    """Whether two counts of one state may be one figure: within :data:`.values.BOUND_SPAN` times of each other
    (both non-zero), and of one concept, or of people of no other description (:data:`.slots.PEOPLE_CONCEPTS`, or
    no concept: "Seeleute", "rybaków", "crew members"); "two firefighters injured" is a part of "five people
    injured", not a rival figure."""
    a, b = abs(x.value or 0.0), abs(y.value or 0.0)
    plain = PEOPLE_CONCEPTS | {None}
    one_group = x.concept == y.concept or (x.concept in plain and y.concept in plain)
    return bool(a and b and max(a, b) <= BOUND_SPAN * min(a, b)) and one_group


def _one_figure(r: Reading, x: Reading) -> bool:
    """Whether two readings may give one figure: counts of one state (:mod:`.count_states`, whatever nouns count
    the people), never two states; else :func:`_same_thing`."""
    if states_apart(r.unit, r.value, x.unit, x.value):
        return False
    if same_state(r.unit, r.value, x.unit, x.value):
        return _within_span(r.value, x.value)
    return _same_thing(r.value, x.value)


def _one_act(a: Unit, ra: Reading, b: Unit, rb: Reading) -> bool:
    """Whether two counts of people of one concept count them under one act (:func:`.slots.happened`): "aveva
    arruolato 62 pazienti" (enrolled, one centre) and "a participação de 120 pacientes" (nothing said) are two
    counts, as "three patients died" and "1,840 patients enrolled" are (a new user's drug-trial story had one
    centre's and one country's patients set against each other). Counts of other things: True."""
    if ra.value.kind != "count" or ra.value.concept not in PEOPLE_CONCEPTS:
        return True
    return happened(a, ra.value, own_verb=True) == happened(b, rb.value, own_verb=True)


def _one_kind(a: Unit, ra: Reading, b: Unit, rb: Reading) -> bool:
    """Whether the figures of a sentence and its stand-out nearest sentence (:mod:`.dissent`, no pair the scorer
    aligned) count one named thing: counts of one concept of ``data/concepts.toml`` (not two of none: "About
    60,000 homes" may be a pair's only known noun), sums of one money concept (:func:`.money.money_concept`:
    "оштрафовал банк на 3,1 млрд крон", a fine, is no "capital shortfall of 2.3 billion crowns"; the currency
    is the measure's already; or a sum of one side's concept among the senses the other's clause may have,
    :func:`.money.one_money_kind`). Other measures (a length in metres, a percentage) are one by their unit."""
    if ra.value.kind == "count":
        return ra.value.concept is not None and ra.value.concept == rb.value.concept
    if ra.value.kind == "money":
        return one_money_kind(a, ra.value, b, rb.value)
    return True


def _figure_edges(
    pairs: list[Pair],
    chosen: Chosen,
    nearest: list[tuple[Unit, Unit]],
    vouched: frozenset[frozenset[int]] = frozenset(),
) -> dict[Measure, list[tuple[Unit, Unit]]]:
    """The aligned pairs (:func:`aligned_across`, and the ``nearest`` pairs of :func:`.dissent.stand_out_pairs`;
    no two different days, neither negated) each setting one figure of one measure against the other's
    (:func:`_pair_readings`), the two incompatible (:func:`.values.compatible`: "about 140" and "около 210" are
    two figures, "about 140" and "около 140" one), by measure. The figure picked out of a sentence giving
    several is written to ``chosen``. ``vouched``: pairs whose figures an agreement already ties to one claim
    (:mod:`.outvoted`), compared as aligned pairs are, without :func:`_one_kind`."""
    edges: dict[Measure, list[tuple[Unit, Unit]]] = {}
    aligned = [(p.a, p.b) for p in pairs if aligned_across(p)]
    scored = {frozenset((a.index, b.index)) for a, b in aligned} | vouched
    for a, b in [*aligned, *nearest]:
        if different_days(a, b) or a.claim.negated or b.claim.negated:
            continue
        for measure in {_measure_key(v) for v in _figures(a)} & {_measure_key(v) for v in _figures(b)}:
            two = _pair_readings(a, b, measure)
            if two is None:
                continue
            ra, rb = two
            if states_apart(a, ra.value, b, rb.value):
                continue  # "12 of its 14 crew members" rescued / "dos siguen desaparecidos": two parts of one whole
            one = same_state(a, ra.value, b, rb.value) and _within_span(ra.value, rb.value)
            one = one or (frozenset((a.index, b.index)) in scored and _unnamed_thing(ra.value, rb.value))
            if not (one or _same_thing(ra.value, rb.value)) or not _one_year(ra, rb) or not _one_act(a, ra, b, rb):
                continue
            if qualifier(a, ra.value) != qualifier(b, rb.value):
                continue  # "about 600 temporary workers" is a part of the 2,400 workers (:mod:`.qualified`)
            if ra.value.concept == "year" and years_apart(a, b):
                continue  # two people's ages or terms
            if frozenset((a.index, b.index)) not in scored and not (one or _one_kind(a, ra, b, rb)):
                continue
            if compatible(ra, rb):
                continue
            for u, r in ((a, ra), (b, rb)):
                if _figure_reading(u, measure) is None:
                    chosen.setdefault((measure, u.index), r)
            edges.setdefault(measure, []).append((a, b))
    return edges


def _fits(
    u: Unit, measure: Measure, side: list[Reading], others: list[list[Reading]], chosen: Chosen | None = None
) -> bool:
    """Whether the sentence's one figure of ``measure`` stands on ``side``: compatible with each of its readings
    and with none of the ``others``' (a vague figure fitting two sides takes neither)."""
    r = (
        _figure_reading(u, measure, chosen)
        or _state_reading(u, measure, side, chosen)
        or _concept_reading(u, measure, side, chosen)
    )
    if r is None or not all(_one_figure(r, x) and _one_year(r, x) and compatible(r, x) for x in side):
        return False
    if any(qualifier(u, r.value) != qualifier(x.unit, x.value) for x in side):
        return False  # a qualified group's count joins no side of the whole's (:mod:`.qualified`)
    return not any(all(compatible(r, x) for x in other) for other in others)


def _state_reading(u: Unit, measure: Measure, side: list[Reading], chosen: Chosen | None) -> Reading | None:
    """The reading of the one count of ``measure`` in a sentence giving several that is of the state every reading
    of ``side`` is of (:mod:`.count_states`: "rescuers pulled 12 of its 14 crew members", joining the side of "12
    rescued"), written to ``chosen``; None when the side's readings are of no one state, or the sentence gives no
    such count or two."""
    states = {count_state(x.unit, x.value) for x in side}
    state = next(iter(states)) if len(states) == 1 else None
    if state is None or chosen is None:
        return None
    found = [v for v in _figures(u) if _measure_key(v) == measure and count_state(u, v) == state]
    r = reading(u, found[0]) if len(found) == 1 else None
    if r is not None:
        chosen.setdefault((measure, u.index), r)
    return r


def _concept_reading(u: Unit, measure: Measure, side: list[Reading], chosen: Chosen | None) -> Reading | None:
    """The reading of the one count of ``measure`` in a sentence giving several that counts the concept every
    reading of ``side`` counts (``data/concepts.toml``: "grounded all 31 aircraft ..., with 143 passengers on
    board" joins the side of "los 31 aviones"; a new user's airline story left the wire off the side its
    agreed item cited it for), written to ``chosen``; None when the side's readings count no one concept, or the
    sentence gives no such count or two."""
    concepts = {x.value.concept for x in side}
    concept = next(iter(concepts)) if len(concepts) == 1 else None
    if concept is None or chosen is None or measure[0] != "count":
        return None
    found = [v for v in _figures(u) if _measure_key(v) == measure and v.concept == concept]
    r = reading(u, found[0]) if len(found) == 1 else None
    if r is not None:
        chosen.setdefault((measure, u.index), r)
    return r


def _figure_slot(measure: Measure, sides: list[list[Reading]]) -> tuple[str, ...]:
    """The slot a figure conflict is labelled by (:func:`.items.conflict_item` reads it): a sum by the concept
    an English clause names, else any side's ("ransom": ``data/money_concepts.toml``), a count by its English
    noun, else its concept or noun, a share as a share."""
    readings = sorted((r for side in sides for r in side), key=lambda r: r.unit.language != "en")
    kind, unit = measure
    if kind == "money":
        concept = next((c for r in readings if (c := money_concept(r.unit, r.value))), None)
        return ("money", unit, f"={concept}" if concept else "")
    if kind == "percent":
        return ("share", "")
    noun = next((r.value.noun for r in readings if r.unit.language == "en" and r.value.noun), None)
    noun = noun or next((r.value.concept or r.value.noun for r in readings if r.value.concept or r.value.noun), "")
    noun = noun or ""
    states = {count_state(r.unit, r.value) for r in readings} if kind == "count" else set()
    state = states.pop() if len(states) == 1 else None
    if state is not None and state != WHOLE and not noun.endswith(f" {state}"):
        english = any(r.unit.language == "en" and r.value.noun for r in readings)
        noun = f"{noun if english else 'person'} {state}"  # "members rescued", "people rescued": the state counts
    return (kind, unit, noun or "")


def figure_conflicts(
    pairs: list[Pair],
    agree: float,
    found: list[SlotComparison],
    nearest: list[tuple[Unit, Unit]] | None = None,
    vouched: list[tuple[Unit, Unit]] | None = None,
) -> list[SlotComparison]:
    """Conflicts over one figure stated in two languages: aligned pairs (:func:`aligned_across`) whose sentences
    each give one figure of one measure (one kind, one currency or unit) and the two cannot both hold, joined
    through shared sentences into one conflict per claim, each side widened by the pairs at the agreement bar
    ``agree`` whose sentence gives the side's figure ("About 140 emergency patients were diverted" [en], "Unos 140
    pacientes" [es], "Rund 140 Notfallpatienten" [de] against "около 210 пациентов ... были перенаправлены" [ru]).

    Why: two such sentences are one claim, so :func:`.align.contradict` keeps them out of an agreement, but across
    languages their counted nouns are each language's own words and seldom meet in a slot of
    :mod:`.values`; the dissenting source then vanished from the story, and the others' agreement read as
    unanimous (a new user's hospital story). Left out: a conflict whose two sentences ``found`` already sets on two
    sides, and one a source stands on both sides of (:func:`.items.sources_apart`). ``nearest``: more pairs to
    compare, each a sentence and its stand-out nearest in another language's source (:mod:`.dissent`); a
    sentence giving several figures of the measure (a tally, "1.712 zu 388") sets against the other's the one
    figure they do not share (:func:`_pair_readings`). ``vouched``: pairs of an agreed figure's sentence and a
    third source's other figure of it (:func:`.outvoted.outvoted_pairs`). Output: value comparisons
    (``aligned``), each a conflict of two or more sides, labelled through :func:`_figure_slot`."""
    apart = {frozenset((a.unit.index, b.unit.index)) for cmp in found for a, b in _across(cmp.sides)}
    out = []
    chosen: Chosen = {}
    tied = frozenset(frozenset((a.index, b.index)) for a, b in vouched or [])
    for measure, edges in _figure_edges(pairs, chosen, [*(nearest or []), *(vouched or [])], tied).items():
        for units in _components(edges):
            sides: list[list[Reading]] = []
            for u in units:
                r = _figure_reading(u, measure, chosen)
                if r is None:
                    continue
                home = next((side for side in sides if all(compatible(r, x) for x in side)), None)
                if home is None:
                    sides.append([r])
                else:
                    home.append(r)
            if len(sides) < 2:
                continue
            widened = []
            for i, side in enumerate(sides):
                fits = partial(_fits, measure=measure, side=side, others=sides[:i] + sides[i + 1 :], chosen=chosen)
                members = _widened([r.unit for r in side], pairs, agree, fits)
                widened.append([x for u in members if (x := _figure_reading(u, measure, chosen)) is not None])
            widened.sort(key=lambda side: min(r.unit.source for r in side))
            if not sources_apart([[r.unit for r in side] for side in widened]):
                continue
            if any(frozenset((a.unit.index, b.unit.index)) in apart for a, b in _across(widened)):
                continue
            out.append(SlotComparison(_figure_slot(measure, widened), widened, aligned=True))
    return out


def _across(sides: list[list[Reading]]) -> list[tuple[Reading, Reading]]:
    """Every two readings on two different sides."""
    return [(a, b) for i, side in enumerate(sides) for other in sides[i + 1 :] for a in side for b in other]
