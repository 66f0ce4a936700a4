"""The timeline: one line per dated claim, citing only the sources whose own sentence states that claim.

A line is an aligned group of sentences (or one source's sentence, when no other source states it) that a day dates:
the day comes from a sentence of the group that states it (a resolved calendar day, not a day given by the outlet's
clock such as "today"), and the line cites only the sources whose own sentence in the group names that day and gives
the figures the line's sentence gives (every one, or, for a sentence of fewer details, one at least and none at
another value of its kind: :func:`states_line`), shown as its evidence. A day still ahead when the article was
written is a scheduled line, marked as such, not a past event; lines of one day that the alignment puts together are
one line, past when one article wrote the day as past, and a sentence of it that gives the day only as planned is
then a scheduled line of its own (:func:`planned_apart`). Two sentences of one group that date it differently make
no line (that is a conflict, reported as one). An appeal to readers is not an event, whatever day it names: an English
sentence in the imperative ("Call police on 101 quoting reference 0412 of 8 June") or one that tells its readers
what to do ("Anyone with information is asked to contact ...") makes no line (:func:`appeals_to_readers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from crosswire.compare.align import StoryData, uniq_evidence, without_dateline
from crosswire.compare.claims.act_places import act_places_differ
from crosswire.compare.claims.align import ClaimAlignment, other_doers, quotes_apart, scores_differ
from crosswire.compare.claims.background import background_day
from crosswire.compare.claims.fates import group_fates_differ, states_differ
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.items import evidence
from crosswire.compare.claims.pairs import same_value
from crosswire.compare.claims.polar import polar_differ
from crosswire.compare.claims.same_day import Draft, join_across_languages
from crosswire.compare.claims.slots import CLOCK_WORDS
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import compatible, reading
from crosswire.compare.claims.when import night_into
from crosswire.compare.quote_meaning import ruled_apart
from crosswire.compare.records import TimelineLine
from crosswire.facts.languages.lexicon import words_for
from crosswire.facts.records import Value
from crosswire.model import Evidence
from crosswire.vocab.calendar import iso_day
from crosswire.vocab.data import data_toml

MIN_WORDS = 6  # a dateline or a caption is shorter than a sentence that says what happened
MAX_CHARS = 240
# "Anyone with information should call", "Witnesses are urged to contact", "those affected can ring": who is
# asked (the reader or someone like them), then the asking, then what to do. Words of police and charity
# appeals in English news copy.
APPEAL = re.compile(
    r"\b(?:anyone|anybody|someone|witnesses|those|readers|members of the public|people)\b[^.;]{0,80}?"
    r"\b(?:should|can|may|is|are)\s+(?:(?:being\s+)?(?:asked|urged|encouraged|invited|told)\s+to\s+)?"
    r"(?:call|contact|ring|phone|email|e-mail|text|report|come forward|get in touch|visit)\b",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"[\"“‘']?\s*(?:please\s+|so\s+|then\s+)?([A-Za-z]+)", re.IGNORECASE)


def appeals_to_readers(unit: Unit) -> bool:
    """Whether ``unit``'s sentence asks its readers to do something rather than says what happened: an
    English sentence whose main verb opens it in its bare form (the imperative: "Call police ...", "Contact
    Crimestoppers ...", "Please ring ...") or that names who should call, contact or come forward
    (:data:`APPEAL`). Other languages are left as they are (no word list for them)."""
    if unit.language != "en":
        return False
    first = _FIRST_WORD.match(unit.text.strip())
    if first and unit.claim.predicates and first.group(1).lower() == unit.claim.predicates[0]:
        return not unit.claim.quoted  # a quoted imperative is someone's words, shown with who said them
    return APPEAL.search(unit.text) is not None


def _days(unit: Unit, inherited: Mapping[int, Value] | None = None) -> list[Value]:
    """The days the sentence dates what it reports by. A day of an act told as background ("had left Sofia late
    on Friday night ... when it left the road at about 6:40 a.m.", :func:`.background.background_day`) is left
    out: the sentence reports another act, which it does not date. A sentence that names no day but says it
    happened that same day takes the day ``inherited`` gives it (:func:`same_day_anchors`)."""
    own = _own_days(unit)
    if not own and inherited and unit.index in inherited:
        return [inherited[unit.index]]
    return own


def _own_days(unit: Unit) -> list[Value]:
    """The days ``unit``'s sentence names for what it reports (see :func:`_days`), a night dated by the day it
    began (:func:`_night_eve`)."""
    out: list[Value] = []
    for v in unit.values:
        if (
            v.kind == "date"
            and v.unit == "day"
            and v.text_value
            and not v.text_value.startswith("--")  # a day of no known year ("--05-03") dates no line
            and v.text.strip().lower() not in CLOCK_WORDS
            and not background_day(unit, v)
            and not since_day(unit, v)
        ):
            day = _night_eve(unit, v)
            if all(d.text_value != day.text_value for d in out):
                out.append(day)
    return out


def since_day(unit: Unit, v: Value) -> bool:
    """Whether day ``v`` of ``unit``'s sentence is the day a state began, told after a word of "since" right
    before it ("stranded since Monday", "bloqués depuis lundi", "seit Montag gesperrt"; the languages' ``since``
    words of ``data/languages.toml``), or after a word of both "from" and "since" (``from_since``: "od
    poniedziałku", "с понедельника", "desde el lunes") in an aside between commas ("Несколько пассажиров, застрявших
    с понедельника, сели ..."; not "обещает восстановить расписание с пятницы", the day of a resumption): the
    sentence reports another act ("Plusieurs voyageurs français, bloqués depuis lundi, ont pu embarquer ..." boarded
    on Thursday; a new user's airline strike, trial 41, showed them on Monday's line), so the day dates no line.
    Offsets: ``v.start`` is a body offset, as ``unit.claim.start``."""
    at = v.start - unit.claim.start
    if not 0 <= at <= len(unit.text):
        return False
    before = re.findall(r"\w+", unit.text[:at].lower())[-2:]
    if unit.language in (None, "en"):
        return "since" in before
    words = words_for(unit.language)
    if any(w in words.since and w not in words.from_since for w in before):
        return True
    if not any(w in words.from_since for w in before) or v.scheduled or v.tense == "future":
        return False
    opened = unit.text.rfind(",", 0, at)
    return opened >= 0 and "," in unit.text[at:]  # an aside: "застрявших с понедельника,"


def _night_eve(unit: Unit, v: Value) -> Value:
    """Day ``v``, or the day before it when ``v`` is the morning end of a night ("dans la nuit de mardi à
    mercredi", "in der Nacht zum Mittwoch", "w nocy z wtorku na środę": :func:`.when.night_into`): a night is one
    date span, dated on the timeline by the day it began, so one event told as "late on Tuesday", "in the night
    to Wednesday" and "in the night of Tuesday to Wednesday" is one line, not two lines on two days (a new user's
    rescue-at-sea trial showed one sinking on 13 and on 14 October)."""
    if not night_into(unit, v) or v.text_value is None:
        return v
    try:
        eve = date.fromisoformat(v.text_value[:10]) - timedelta(days=1)
    except ValueError:
        return v
    return replace(v, text_value=eve.isoformat())


@lru_cache(maxsize=1)
def _same_day_phrases() -> dict[str, re.Pattern[str]]:
    """language -> the pattern of its same-day phrases (``data/same_day.toml``), whole words, lower case."""
    out = {}
    for lang, phrases in data_toml("same_day.toml")["phrases"].items():
        alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        out[lang] = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    return out


def says_same_day(text: str, language: str) -> bool:
    """Whether a sentence puts what it reports on the day its article has just dated: "Hours after the failure,
    the council voted ...", "Муниципальный совет в тот же день проголосовал ..." (the phrases of
    ``data/same_day.toml`` for ``language``, ISO 639-1; every language's when it has none listed)."""
    phrases = _same_day_phrases()
    low = text.lower()
    patterns = [phrases[language]] if language in phrases else list(phrases.values())
    return any(p.search(low) for p in patterns)


def same_day_anchors(units: Iterable[Unit]) -> dict[int, Value]:
    """unit index -> the day a sentence that names no day of its own is dated by: when it says it happened that
    same day (:func:`says_same_day`), the one day the nearest sentence before it in its article dates by (a
    sentence naming two days or none anchors nothing, and a scheduled day is no day of what happened). A wire's
    "Hours after the failure, Andoy municipal council voted 11-6 ..." under "... exploded on Tuesday" was left
    off the timeline, which then held one line for a story of two acts (a new user's rocket story)."""
    by_article: dict[str, list[Unit]] = {}
    for u in units:
        by_article.setdefault(u.article, []).append(u)
    out: dict[int, Value] = {}
    for article_units in by_article.values():
        last: Value | None = None
        for u in sorted(article_units, key=lambda x: x.claim.start):
            own = _own_days(u)
            if own:
                days = {d.text_value: d for d in own}
                last = own[0] if len(days) == 1 and not own[0].scheduled else None
            elif last is not None and says_same_day(u.text, u.language):
                out[u.index] = last
    return out


def _common_day(units: list[Unit], inherited: Mapping[int, Value] | None = None) -> Value | None:
    """The one day that every dated sentence of an aligned group names; None when they name none in common
    (a disagreement, reported as a conflict, not a line) or several. A sentence may name a second day beside
    the group's ("reached the mill on Tuesday 3 June, two days after the fire started on Sunday 1 June"
    beside "reached the mill fire on 3 June"): the group is still dated by the day they share."""
    named = [{d.text_value: d for d in _days(u, inherited)} for u in units]
    named = [n for n in named if n]
    if not named:
        return None
    common = set(named[0]).intersection(*named[1:])
    if len(common) != 1:
        return None
    day = common.pop()
    # a day one article wrote ahead and another, written after it, as past is one act that has happened
    return next((n[day] for n in named if not n[day].scheduled), named[0][day])


# Kinds of value that date a line rather than state what happened: a clock time is when on the line's day the act
# took place; two sources naming the day but different hours both state the line's event (the hours are a time
# conflict, reported as one). A new user's story cited only [1][2] for the detection on Tuesday "at 3:40" though
# the French "détectée mardi vers 5 h 40" states it on that day.
DATING_KINDS = frozenset({"date", "time"})


def _figures(unit: Unit) -> list[Value]:
    """The figures a line's sentence states beside its day: counts, amounts, durations ... (days and clock times
    aside: :data:`DATING_KINDS`)."""
    return [v for v in unit.values if v.kind not in DATING_KINDS and (v.value is not None or v.low is not None)]


def states_figures(unit: Unit, first: Unit) -> bool:
    """Whether ``unit``'s own sentence gives every figure the line's sentence ``first`` gives (same kind,
    same value: :func:`crosswire.compare.claims.pairs.same_value`). A sentence that gives another figure or
    none does not state the line: "... sending 23 people to hospital [1][2]" cited a source whose sentence
    there named no figure and which put the count at 32 (a new user's six-outlet story)."""
    return all(any(same_value(x, y) for y in unit.values) for x in _figures(first))


# Kinds of figure a sentence of fewer details must still give when the line's sentence gives one: a count is how
# many the act touched ("six of the seven" freed is another statement than "seven" freed), while a rate's former
# level ("from 7.0 percent") or a rank ("its first emergency move") is a detail another source may leave out.
WHOLE_KINDS = frozenset({"count"})


def figures_clash(unit: Unit, first: Unit) -> bool:
    """Whether ``unit``'s sentence gives a figure of a kind the line's sentence ``first`` gives, at a value
    ``first`` does not give ("sending 23 people to hospital" / "32 people were taken to hospital"; "released seven
    aid workers" / "Six des sept employés ... ont été libérés"): two values of one measure, a conflict or another
    act, never one line. A figure of a kind the other does not give ("250 points de base" beside "from 7.0
    percent") clashes with nothing."""
    kinds = {x.kind for x in _figures(first)}
    return any(y.kind in kinds and not any(same_value(y, z) for z in first.values) for y in _figures(unit))


def states_line(told: list[Unit], first: Unit) -> bool:
    """Whether a source's sentences ``told`` (aligned with the line's sentence ``first``) state its event as far as
    figures go: every figure ``first`` gives (:func:`states_figures`), or, for a sentence of fewer details, one
    figure of it at least and none at another value of its kind (:func:`figures_clash`). A rate rise told "to 9.5
    percent from 7.0 percent ..., its first emergency move since March 2019" in one source, "de 250 points de base,
    à 9,5 %" in another and "von 7 auf 9,5 Prozent" in a third is one event on one day: a new user's trial showed
    it as two lines of that day, each citing one source, the three others on none."""
    figures = _figures(first)
    given = [any(same_value(x, y) for u in told for y in u.values) for x in figures]
    if all(given):
        return True
    if any(not g and x.kind in WHOLE_KINDS for x, g in zip(figures, given, strict=True)):
        return False  # "Six des sept employés ... ont été libérés" states no line of "released seven aid workers"
    return any(given) and not any(figures_clash(u, first) for u in told)


def gives_otherwise(unit: Unit, first: Unit) -> bool:
    """Whether ``unit``'s own sentence gives what the line's sentence ``first`` says differently: another final
    score ("pokonując Dynamo Karst 3:1" cited for "со счётом 2:1"), another doer of its act, the other state of
    a group (:func:`.align.scores_differ`, :func:`.align.other_doers`, :func:`.fates.states_differ`), the other
    pole of a state a negation flips ("now under control" cited for "not yet under control":
    :func:`crosswire.compare.quote_meaning.ruled_apart`), another fate of a counted group ("found alive" cited for
    "Two fishermen were still missing": :func:`.fates.group_fates_differ`), a quotation of the opposite meaning
    (« La mer était de notre côté » cited for "The sea was against us": :func:`.align.quotes_apart`), the other
    pole of one act ("odbędzie się zgodnie z planem" cited for "cancelled Thursday's auction":
    :func:`.polar.polar_differ`), or one act at another place (:func:`.act_places.act_places_differ`); such a
    source is a side of a conflict, never a citation of the line."""
    if scores_differ(unit, first) or other_doers(unit, first) or states_differ(unit, first):
        return True
    if polar_differ(unit, first) or act_places_differ(unit, first):
        return True
    if group_fates_differ(unit, first):
        return True
    if unit.claim.quoted and first.claim.quoted and quotes_apart(unit, first):
        return True
    return ruled_apart(unit.text, unit.language, first.text, first.language) is not None


def _own_figures(u: Unit, first: Unit, groups: list[Group]) -> Unit | None:
    """Another sentence of ``u``'s article that an aligned group holds with the line's sentence ``first`` (or with
    another source's sentence of its group) and that
    gives every figure ``first`` gives, as ``first`` gives it (:func:`states_figures`, :func:`gives_otherwise`);
    None when there is none. A source may split in two what the line's sentence says in one: "To reakcja na
    sobotni wypadek w Tarnelu" names the day, "W wypadku rannych zostało dziewięć osób" (agreed with "Nine people
    were injured on Saturday ...") the figure; the two state the line together (a new user's bus-recall story
    cited the Polish outlet on neither crash-day line)."""
    # the line's group, and the groups that share another source's sentence with it (a sentence the scorer never
    # paired with ``first`` itself: "W wypadku rannych zostało dziewięć osób" is grouped with the Russian,
    # Spanish and German renderings of "Nine people were injured ...")
    linked = {x.index for g in groups if any(y.index == first.index for y in g.units) for x in g.units}
    for g in groups:
        if not any(x.index in linked and x.source != u.source for x in g.units):
            continue
        for x in g.units:
            if (
                x.article == u.article
                and x.index != u.index
                and states_figures(x, first)
                and not gives_otherwise(x, first)
            ):
                return x
    return None


def _line(
    data: StoryData,
    day: Value,
    units: list[Unit],
    groups: list[Group] | None = None,
    inherited: Mapping[int, Value] | None = None,
) -> TimelineLine:
    # the units of a draft joined across languages give the day as values of their own sentences
    dated = [u for u in units if any(d.text_value == day.text_value for d in _days(u, inherited))] or units
    # a sentence with a verb says what happened; one that names no other day says it of this day only (a
    # sentence on the election of 9 August and Sunday's protest is shown on neither day when another will do)
    first = min(dated, key=lambda u: (not u.claim.predicates, len({d.text_value for d in _days(u, inherited)}) > 1))
    text = " ".join(evidence(data, first).text.split())  # after its dateline, as its evidence is shown
    # a source whose dated sentence leaves the figures to another of its sentences agreed with the line's is
    # cited by both (:func:`_own_figures`)
    told = {u.index: x for u in dated if u is not first and (x := _own_figures(u, first, groups or [])) is not None}
    dated = [
        u for u in dated if u is first or (states_line([u], first) and not gives_otherwise(u, first)) or u.index in told
    ]
    cited = [*dated, *(x for x in told.values() if all(x.index != u.index for u in dated))]
    # a line says what happened on its day: only the sentences that name that day state it (a group agreed on
    # "1,212 passengers" cited "was carrying 1,212 passengers" for "Rescuers took the 1,212 passengers off
    # ... at 4.40am on Tuesday", which that source put at 3.40am: a new user's ferry story)
    return TimelineLine(
        date=str(day.text_value),
        text=text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 3].rstrip() + "…",
        sources=sorted({u.source for u in cited}),
        evidence=[evidence(data, u) for u in sorted(cited, key=lambda u: (u.source, u.index))],
        scheduled=day.scheduled,
    )


def _drafts(found: ClaimAlignment, inherited: Mapping[int, Value] | None = None) -> list[Draft]:
    """The would-be lines: each aligned group with a day its sentences share, then each sentence of no group
    that names one day. A draft with no verb in any sentence (a dateline, or a sentence of a language with no
    parser here) stays only if it joins another draft across languages (:mod:`.same_day`)."""
    drafts: list[Draft] = []
    grouped: set[int] = set()
    for group in found.groups:
        grouped.update(u.index for u in group.units)
        units = [u for u in group.units if not appeals_to_readers(u)]
        day = _common_day(units, inherited)
        if day is not None:
            drafts.append(Draft(day, units))
    for unit in found.units:
        if unit.index in grouped or len(unit.text.split()) < MIN_WORDS or appeals_to_readers(unit):
            continue
        days = {d.text_value: d for d in _days(unit, inherited)}
        if len(days) == 1:
            drafts.append(Draft(next(iter(days.values())), [unit]))
    return drafts


def timeline(data: StoryData, found: ClaimAlignment) -> list[TimelineLine]:
    """The story's timeline, by day, then by how many sources state the line (most first). A line is an
    aligned group, or one source's sentence, that a day dates, joined with the drafts of that day that state
    the same event in another language (:func:`crosswire.compare.claims.same_day.join_across_languages`)."""
    # A line says what happened: a draft with no verb ("ZAROVSK, Karovia, June 10 (MPA) -", or a tour's
    # listing of dates "... NY July 30 -- ...") is not an event.
    inherited = same_day_anchors(found.units)
    lines = [
        _line(data, d.day, d.units, found.groups, inherited)
        for d in join_across_languages(_drafts(found, inherited), found.near)
        if any(u.claim.predicates for u in d.units)
    ]
    # Two groups led by one sentence (it agrees with an English and a Russian sentence, and apart with a
    # Belarusian one) are one line citing all of them: each cited sentence names the line's day.
    # So are two lines of one day led by one sentence as a wire story and its re-run print it ("MIROVETS,
    # Bulgaria - Nine people were killed ..." / "Nine people were killed ...": a new user's trial listed both,
    # each citing the wire): one source is never cited twice for one event.
    out: dict[tuple[str, str], TimelineLine] = {}
    for line in sorted(lines, key=lambda t: (t.date, -len(t.sources), len(t.text), t.text)):
        first = out.get((line.date, line.text)) or _copy_of(line, out.values())
        if first is None:
            out[(line.date, line.text)] = line
            continue
        first.evidence = uniq_evidence([*first.evidence, *line.evidence])
        first.sources = sorted({*first.sources, *line.sources})
        first.scheduled = first.scheduled and line.scheduled
    joined = [
        _faithful(_without_otherwise(line, found.units), found.units, data, inherited)
        for line in _aligned_lines(_folded(list(out.values())), found)
    ]
    published = {a.id: iso_day(a.published) if a.published else None for a in data.articles}
    for line in joined:
        line.scheduled = line_scheduled(line, found.units, published, inherited)
    planned = [p for line in joined for p in planned_apart(line, data, found.units, published, inherited)]
    return sorted([*joined, *planned], key=lambda t: (t.date, -len(t.sources), t.text))


def planned_apart(
    line: TimelineLine,
    data: StoryData,
    units: list[Unit],
    published: Mapping[str, date | None],
    inherited: Mapping[int, Value] | None = None,
) -> list[TimelineLine]:
    """The cited sentences of a line shown as done that date its day only as planned, taken out of it, each as a
    scheduled line of its own source: "У вівторок, 1 грудня, ... суд має оголосити вирок" (the court *is to*
    announce its verdict, in the evening before) was cited for "A court in Velmara on Tuesday sentenced ..." (a
    tester's court story, trial 40), and a reader took the preview for a report of the verdict. A line is one act,
    past when one article wrote it as past (:func:`line_scheduled`); the planning sentence still says only that it
    was planned. Changes ``line`` in place (its evidence and sources); none taken when the line would cite nothing
    else, when it is scheduled itself, or for the sentence its text shows. Output: the new lines, in the line's
    evidence order."""
    if line.scheduled:
        return []
    head = line.text.removesuffix("…")[:60]

    def planned(ev: Evidence) -> bool:
        return _reads_day(line, ev, units, inherited) and line_scheduled(
            _one_cited(line, ev), units, published, inherited
        )

    shown = [ev for ev in line.evidence if " ".join(ev.text.split()).startswith(head)]
    ahead = [ev for ev in line.evidence if ev not in shown and planned(ev)]
    if shown and all(planned(ev) for ev in shown):
        # the sentence the line shows is itself the plan ("The prime ministers ... will meet on Wednesday ... to try
        # to agree terms", a preview, heading the line of the Wednesday signing that four other outlets report as
        # done: a new user's trial 42): the line shows a cited sentence that states the act as done instead, and
        # the plan is a scheduled line of its own (dates14)
        done = [
            ev for ev in line.evidence if ev not in shown and ev not in ahead and _reads_day(line, ev, units, inherited)
        ]
        if done:
            text = " ".join(done[0].text.split())
            line.text = text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 3].rstrip() + "…"
            ahead = [ev for ev in line.evidence if ev in shown or ev in ahead]
    left = [ev for ev in line.evidence if ev not in ahead]
    if not ahead or not left:
        return []
    line.evidence = left
    line.sources = sorted({data.source_of[ev.article] for ev in left if ev.article in data.source_of})
    out = []
    for ev in ahead:
        text = " ".join(ev.text.split())
        out.append(
            TimelineLine(
                date=line.date,
                text=text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 3].rstrip() + "…",
                sources=[data.source_of[ev.article]] if ev.article in data.source_of else [],
                evidence=[ev],
                scheduled=True,
            )
        )
    return out


def _one_cited(line: TimelineLine, ev: Evidence) -> TimelineLine:
    """The line citing ``ev`` alone, not scheduled (so :func:`line_scheduled` reads only that sentence's days)."""
    return replace(line, evidence=[ev], sources=[], scheduled=False)


def _reads_day(line: TimelineLine, ev: Evidence, units: list[Unit], inherited: Mapping[int, Value] | None) -> bool:
    """Whether a unit ``ev`` lies in gives the line's day itself (a day read, not a line's mark kept)."""
    return any(
        v.text_value == line.date
        for u in units
        if u.article == ev.article and u.claim.start <= ev.start < u.claim.end
        for v in _days(u, inherited)
    )


def line_scheduled(
    line: TimelineLine,
    units: list[Unit],
    published: Mapping[str, date | None],
    inherited: Mapping[int, Value] | None = None,
) -> bool:
    """Whether ``line`` is a planned act, shown "(scheduled)": some cited sentence dates it ahead (a day after its
    article's publication day, or a future verb on a day not before it: "the ministers will meet today") and none
    states the act as done (a past verb on a day not after its publication day, "raised its rate on Monday" in
    Monday's paper, or a day before its publication day told in no future: a report written after the day).
    Before, the line took the mark only when every cited sentence's day was after its own article's day, so an
    article of the day itself ("the ministers meet on Thursday", present, in Thursday's paper) dropped it and
    the plan read as done (dates11). The day values read are those of the line's date in the units its
    evidence lies in (character offsets into the cleaned body); with none found the line keeps its mark.

    Input: the line, the story's units, article id -> publication day (None: unknown), the days inherited by
    sentences that say "that same day" (:func:`same_day_anchors`). Output: the mark."""
    planned = done = False
    read = False
    for ev in line.evidence:
        for u in units:
            if u.article != ev.article or not (u.claim.start <= ev.start < u.claim.end):
                continue
            pub = published.get(u.article)
            for v in _days(u, inherited):
                if v.text_value != line.date:
                    continue
                read = True
                day = iso_day(v.text_value)
                before = day is not None and pub is not None and day < pub
                if v.scheduled or (v.tense == "future" and not before):
                    planned = True
                elif v.tense == "past" or (before and v.tense != "future"):
                    done = True
    return planned and not done if read else line.scheduled


def _held_lead(line: TimelineLine, units: list[Unit]) -> tuple[list[tuple[Evidence, list[Unit]]], Unit | None]:
    """Each evidence sentence of ``line`` with the units it lies in (by character offset into the cleaned body),
    and the unit of the sentence the line's text shows (its first 60 characters), None when no cited sentence
    starts with it."""
    head = line.text.removesuffix("…")[:60]
    held = [
        (ev, [u for u in units if u.article == ev.article and u.claim.start <= ev.start < u.claim.end])
        for ev in line.evidence
    ]
    lead = next((us[0] for ev, us in held if us and " ".join(ev.text.split()).startswith(head)), None)
    return held, lead


def _without_otherwise(line: TimelineLine, units: list[Unit]) -> TimelineLine:
    """The line citing none of the sentences that give what its leading sentence (the one its text shows) says
    differently (:func:`gives_otherwise`): two groups led by one sentence are joined into one line, and a sentence
    of one of them may give the other pole of a state ("now under control" cited for "not yet under control")."""
    held, lead = _held_lead(line, units)
    if lead is None:
        return line
    kept = [(ev, us) for ev, us in held if not any(gives_otherwise(u, lead) for u in us)]
    if len(kept) < len(held):
        line.evidence = [ev for ev, _us in kept]
        line.sources = sorted({u.source for _ev, us in kept for u in us})
    return line


def _clocks(unit: Unit) -> list[Value]:
    """The sentence's times of day with an hour (a part of the day, "in the evening", is no clock time)."""
    return [v for v in unit.values if v.kind == "time" and v.value is not None]


def states_values(told: list[Unit], lead: Unit) -> bool:
    """Whether a source's cited sentences ``told`` give, between them, every figure and every clock time the line's
    sentence ``lead`` gives (figures as :func:`states_figures` reads them; a time of day within its rounding,
    :func:`.values.compatible`), and no sentence of them is a side against it (:func:`gives_otherwise`). A line
    showing "issued the grounding order at 6 a.m. local time on Tuesday" cited five sources, one of whose
    sentences said "alle 8" and three of which gave no time (a new user's airline story): an editor reads the
    time as every cited source's. Input: one source's units and the line's; output: a bool."""
    if any(gives_otherwise(u, lead) for u in told):
        return False
    if not states_line(told, lead):
        return False
    for x in _clocks(lead):
        rx = reading(lead, x)
        found = [(u, y) for u in told for y in _clocks(u)]
        if rx is None or not any((ry := reading(u, y)) is not None and compatible(rx, ry) for u, y in found):
            return False
    return True


def _faithful(
    line: TimelineLine, units: list[Unit], data: StoryData, inherited: Mapping[int, Value] | None = None
) -> TimelineLine:
    """The line citing only the sources whose own cited sentences give what its text gives (:func:`states_values`),
    its text the cited sentence that keeps the most sources (a sentence of :data:`MIN_WORDS` or more naming the
    line's day; the line's own first on a tie). Lines joined from several groups (:func:`_aligned_lines`) or across
    languages cite sentences no check compared with the line's text; a source left out is a side of a conflict or
    states less than the text shows. A line whose text no cited sentence gives stays as it was."""
    held, lead = _held_lead(line, units)
    if lead is None:
        return line
    by_source: dict[int, list[Unit]] = {}
    for _ev, us in held:
        for u in us:
            by_source.setdefault(u.source, []).append(u)

    def kept(first: Unit) -> set[int]:
        # a source giving a figure of the leading sentence's kind at another value stays off whichever sentence
        # shows the line: a sentence naming no figure ("Sono stati liberati martedì i sette operatori ...") would
        # otherwise keep "Six des sept ... ont été libérés" beside "released seven aid workers"
        return {
            src
            for src, told in by_source.items()
            if first in told
            or (states_values(told, first) and (first is lead or not any(figures_clash(t, lead) for t in told)))
        }

    dated = [
        u
        for us in by_source.values()
        for u in us
        if len(u.text.split()) >= MIN_WORDS and any(d.text_value == line.date for d in _days(u, inherited))
    ]
    best = max([lead, *dated], key=lambda u: (len(kept(u)), u is lead))
    sources = kept(best)
    if best is not lead:
        text = " ".join(evidence(data, best).text.split())
        line.text = text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 3].rstrip() + "…"
    if sources != set(line.sources):
        line.evidence = [ev for ev, us in held if any(u.source in sources for u in us)]
        line.sources = sorted(sources)
    return line


def _line_units(line: TimelineLine, units: Iterable[Unit]) -> set[int]:
    """Indexes of the units whose sentence holds one of ``line``'s evidence spans (same article, the span's start
    inside the sentence: a span may start after the sentence's dateline)."""
    return {
        u.index
        for ev in line.evidence
        for u in units
        if u.article == ev.article and u.claim.start <= ev.start < u.claim.end
    }


def _aligned_lines(lines: list[TimelineLine], found: ClaimAlignment) -> list[TimelineLine]:
    """The lines with each line of a day joined into the line of that day citing more sources when a sentence of
    one and a sentence of the other are a pair the scorer takes for one claim (at the agreement bar): one event on
    one day is one line, citing every source whose own sentence states it. A wire's "Lindavik city council on
    Wednesday evening approved 40 million kronor ($3.7 million) ..." [2] was its own line beside the line of the
    same vote in four other sources (its pair with the Spanish sentence of that line scored 0.87; the group had
    left it out, a wire copy's other wording being in it). A line joins through the best counterpart of one of its
    own sentences: a sentence paired at the bar with one that shares only its topic has its best pair elsewhere.
    Lines are joined in order of sources cited (most first); a line joins at most one other."""
    at = {id(line): _line_units(line, found.units) for line in lines}
    by_index = {u.index: u for u in found.units}
    # each sentence's best counterpart in another source, when the scorer takes the two for one claim: a lead
    # paired at the bar with a quote that only shares its topic (0.62) has its own rendering elsewhere (0.95)
    best: dict[int, int] = {}
    for i in {i for ids in at.values() for i in ids}:
        scored = found.agreeing_counterparts(by_index[i])
        if scored and scored[0][0] >= found.agree:
            best[i] = scored[0][1].index
    kept: list[TimelineLine] = []
    for line in sorted(lines, key=lambda t: (t.date, -len(t.sources), -len(t.evidence))):
        into = next(
            (
                k
                for k in kept
                if k.date == line.date
                and any(best.get(a) in at[id(k)] for a in at[id(line)])
                # a sentence giving what the other line says differently (another score, doer, state) is a side
                # of a conflict, never a citation of that line
                and not any(gives_otherwise(by_index[a], by_index[b]) for a in at[id(line)] for b in at[id(k)])
            ),
            None,
        )
        if into is None:
            kept.append(line)
            continue
        into.evidence = uniq_evidence([*into.evidence, *line.evidence])
        into.sources = sorted({*into.sources, *line.sources})
        into.scheduled = into.scheduled and line.scheduled  # one act: past when one article wrote it as past
        at[id(into)] |= at[id(line)]
    return kept


def _folded(lines: list[TimelineLine]) -> list[TimelineLine]:
    """The lines without those whose every cited sentence another line of the same day cites too: one event on
    one day is one line. A group of two languages' sentences and the group of the same sentences with one more
    source's were two lines ("Nine people were injured on Saturday ..." [1][3][4][5] and "В субботу в результате
    аварии ... пострадали девять человек" [3][4][5]: a new user's bus-recall story listed the crash day twice).
    The line citing more sources is kept, with the folded line's sources (its own already)."""
    kept: list[TimelineLine] = []
    for line in sorted(lines, key=lambda t: (t.date, -len(t.sources), -len(t.evidence))):
        at = {(e.article, e.start) for e in line.evidence}
        into = next((k for k in kept if k.date == line.date and at <= {(e.article, e.start) for e in k.evidence}), None)
        if into is None:
            kept.append(line)
    return kept


COPY_RATIO = 85  # rapidfuzz ratio (0-100) at which two lead sentences are one sentence with small edits, as in
# crosswire.compare.stage (a wire copy's sentence with its dateline or a word changed)


# A copy may also add a clause to the sentence it copies ("..., affecting about 21,000 passengers, several hundred
# of them travelling to or from Varnholm." / "..., affecting about 21,000 passengers.": a new user's airline story
# listed both, each citing the wire): the shorter, of this share of the longer's length or more, is then inside
# it with small edits (rapidfuzz partial ratio, 0-100, at least PART_RATIO). The two sentences above read 100 and
# 0.60 of the length (the share asked is a half); two sentences of one story on one subject read under 80.
PART_RATIO = 95
PART_SHARE = 0.5


def _copy_of(line: TimelineLine, lines: Iterable[TimelineLine]) -> TimelineLine | None:
    """The line of the same day and the same sources whose lead sentence is ``line``'s with small edits (a
    dateline, a word), by :data:`COPY_RATIO` after the datelines are taken off, or holds it or is held in it with
    a clause added in another article of one source (:func:`_extended_copy`); None when there is none."""
    text = without_dateline(line.text)
    return next(
        (
            o
            for o in lines
            if o.date == line.date
            and set(line.sources) <= set(o.sources)
            and (fuzz.ratio(text, without_dateline(o.text)) >= COPY_RATIO or _extended_copy(line, o))
        ),
        None,
    )


def _extended_copy(a: TimelineLine, b: TimelineLine) -> bool:
    """Whether two lines of one source, led by sentences of two articles, are one sentence and its copy with a
    clause added: the shorter (:data:`PART_SHARE` of the longer's length or more) inside the longer by
    :data:`PART_RATIO`, the final full stop left off."""
    if len(a.sources) != 1 or a.sources != b.sources:
        return False
    if {ev.article for ev in a.evidence} & {ev.article for ev in b.evidence}:
        return False  # one article's two sentences: two events it tells
    x, y = (without_dateline(t.text).rstrip(".!…") for t in (a, b))
    short, long = sorted((x, y), key=len)
    return len(short) >= PART_SHARE * len(long) and fuzz.partial_ratio(short, long) >= PART_RATIO
