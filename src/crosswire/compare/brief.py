"""The cited brief: a short consolidated account of a story, built from its :class:`Comparison`.

Why template-built and extractive rather than generated: every sentence must be traceable to the sources it
cites, and a reader must be able to trust that no claim was invented. The lead is a verbatim evidence sentence
cited by the source(s) whose article holds it;
every other sentence is a fixed template filled with the comparison's own labels, values and verbatim
sentences. No library does "summarise an aligned fact table with citations", so this is hand-written; it is a
pure function of the comparison (same input, same brief).

Order: the lead (the agreed main event), conflicts stated as conflicts, key agreed figures, notable
single-source facts, then name and quotation variants. Every sentence ends with its citations ``[n]``, where
``n`` is the number of one of ``comparison.sources`` (``docs/compare-schema.md``, :class:`BriefSentence`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from crosswire.compare.align import cite, without_dateline
from crosswire.compare.records import (
    BriefSentence,
    ClaimConflict,
    Comparison,
    Conflict,
    ConflictSide,
    FigureConflict,
    FigureItem,
    Item,
    VariantQuote,
)
from crosswire.model import Evidence

MAX_AGREED_FIGURES = 4
MAX_SINGLE_SOURCE = 3
MAX_VARIANTS = 2
OPENING_CHARS = 250
LEAD_CHARS = 1200  # an item whose sentences start this far into their articles (on average) is not the lead
# Quantity qualifiers that open a figure's label: lower-cased inside a sentence ("At least 23" -> "at least 23").
QUALIFIER_WORDS = frozenset(
    "a about almost an approximately around at close estimated fewer less more nearly over roughly some tens "
    "hundreds thousands dozens under up well".split()
)

# Why a conflict exists, as a clause appended to the conflict sentence ("different value" needs no note).
REASON_NOTES = {
    "different scope": "covering different scopes",
    "different time": "referring to different times",
    "vague vs precise": "some vague, some precise",
    "different day": "placing it on different days",
    "different outcome": "reporting different outcomes",
    "different role": "giving different roles",
    "different agent": "naming different agents",
    "different meaning": "quoting it with different meanings",
    "preliminary vs revised": "some giving a preliminary figure",
    "different place": "placing it at different places",
}


class _Brief:
    """The sentences written so far; each cites only valid source numbers, and a text is said once."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.valid = {s.n for s in comparison.sources}
        self.source_of = _source_numbers(comparison)
        self.sentences: list[BriefSentence] = []
        self._seen: set[str] = set()
        self.folded: set[int] = set()  # conflicts (their index) a sentence above names every side of, cited
        self.conflicts_told = False  # whether the conflicts' section is written (a later sentence points up)

    def backed(self, sources: Iterable[int], evidence: Iterable[Evidence]) -> tuple[list[int], list[Evidence]]:
        """The valid ones of ``sources`` that one of ``evidence``'s sentences belongs to, and those sentences:
        a source is cited only when its own sentence backs the citation."""
        wanted = {int(n) for n in sources if n in self.valid}
        evs = [e for e in evidence if self.source_of.get(e.article) in wanted]
        return sorted({self.source_of[e.article] for e in evs}), evs

    def add(
        self, body: str, sources: Iterable[int], evidence: Iterable[Evidence], cited_below: Iterable[int] = ()
    ) -> None:
        """``body [n]...`` for the sources backed by their own sentence among ``evidence``; nothing when none
        is, or when the body was said already. A disputed value it states is told once (:func:`_told`);
        ``cited_below``: sources the lines right after it cite in their own sentences (not named again)."""
        ns, evs = self.backed(sources, evidence)
        body = _tidy(body)
        if not ns or not body:
            return
        key = body.casefold()
        if key in self._seen:
            return
        self._seen.add(key)
        told = _told(self, body, evs, {*ns, *cited_below})
        cited = sorted({*ns, *told.sources})
        text = f"{body}{told.marker} {cite(ns)}{told.clause}."
        self.sentences.append(BriefSentence(text=text, sources=cited, evidence=[*evs, *told.evidence]))
        self.folded |= told.folded

    def add_raw(self, text: str, sources: Iterable[int], evidence: Iterable[Evidence]) -> bool:
        """A sentence that carries its own citations: said only when every valid one of ``sources`` is backed
        by its own sentence among ``evidence`` (its text cites them all). Returns whether it was said."""
        ns, evs = self.backed(sources, evidence)
        if ns and ns == self.only_valid(sources):
            self.sentences.append(BriefSentence(text=text, sources=ns, evidence=evs))
            return True
        return False

    def only_valid(self, sources: Iterable[int] | None) -> list[int]:
        return _valid(sources, self.valid)


def build_brief(comparison: Comparison) -> list[BriefSentence]:
    """The brief of one comparison: ``[BriefSentence("... [1][2].", [1, 2]), ...]``.

    Items whose sources are not among ``comparison.sources`` are cited only by their valid sources, and
    dropped if none is left: a sentence without a valid citation is never produced.
    """
    brief = _Brief(comparison)
    lead_text = _lead_sentences(brief)
    for index, item in enumerate(comparison.conflicts):
        if index in brief.folded or _subsumed(index, comparison.conflicts):
            continue  # the lead names every side of it with its sources, or another line says it: said once
        sentence = _conflict_sentence(item, brief)
        if sentence is not None:
            brief.sentences.append(sentence)
    brief.conflicts_told = True
    _figure_sentences(brief)
    _single_source_sentences(brief, lead_text)
    _variant_sentences(brief)
    return brief.sentences


def with_brief(comparison: Comparison) -> Comparison:
    """The comparison with its ``brief`` filled in (a copy) when the stage left it empty."""
    if comparison.brief:
        return comparison
    return dataclasses.replace(comparison, brief=build_brief(comparison))


def _subsumed(index: int, conflicts: Sequence[Conflict]) -> bool:
    """Whether another conflict of the same measure says all that ``conflicts[index]`` says: each of its sides'
    values is a side of the other with (at least) its sources ("People killed: 12 [1] vs 14 [4]" beside "People
    killed: 12 [1][2] vs 14 [4]", a figure's conflict and a claim's on one toll). Of two equal ones the first
    stays."""
    mine = conflicts[index]
    subject = _tidy(_subject(mine)).casefold()

    def sides(c: Conflict) -> dict[str, set[int]]:
        return {_label(s.label).casefold(): set(s.sources) for s in c.sides if s.label}

    own = sides(mine)
    if len(own) < 2:
        return False
    for j, other in enumerate(conflicts):
        if j == index or _tidy(_subject(other)).casefold() != subject:
            continue
        theirs = sides(other)
        if all(k in theirs and v <= theirs[k] for k, v in own.items()) and (own != theirs or j < index):
            return True
    return False


# -- sections ------------------------------------------------------------------------------------------------
def _lead_sentences(brief: _Brief) -> str | None:
    """The lead and who else reports it; returns the lead's evidence text (None when there is no lead)."""
    lead = _lead(brief.comparison, brief.valid)
    if lead is None:
        return None
    lead_item, lead_ev, own, others = lead
    summary = _strip_stop(_strip_citations(lead_item.summary or ""))
    lines = _also_reported(brief.comparison, lead_item, others, summary) if others and summary else []
    if others and lead_item.kind in ("event", "claim") and summary and not lines:
        # the others' sentences restate the lead, in translation or in other words: the lead says they report
        # it too, citing each by its own sentence, rather than citing its own source alone or repeating the
        # event as "X also reports: <the same fact>" (a new user's wildfire brief did both)
        also, evs = brief.backed(others, lead_item.evidence)
        gainsay = _contradicting(brief, lead_ev, evs) | _other_sides(brief, own, lead_ev)
        body = _tidy(_strip_stop(without_dateline(lead_ev.text)))
        unstated = gainsay | _without_values(brief, body, lead_ev, evs) | _other_standing(brief, lead_ev, evs)
        also = [n for n in also if n not in unstated]
        evs = [e for e in evs if brief.source_of.get(e.article) not in unstated]
        if also:
            names = _source_label(brief.comparison, also)
            told = _told(brief, body, [lead_ev], {*own, *also})
            text = (
                f"{body}{told.marker} {cite(own)}; {names} {'reports' if len(also) == 1 else 'report'} it too "
                f"{cite(also)}{told.clause}."
            )
            if brief.add_raw(text, [*own, *also, *told.sources], [lead_ev, *evs, *told.evidence]):
                brief.folded |= told.folded
            brief._seen.add(body.casefold())
            return lead_ev.text
    also_lines = lines if others and lead_item.kind in ("event", "claim") and summary else []
    # the lead's disputed values are told in its clause: a line below stating another side's value would say it
    # twice (left out); one stating the lead's own value quotes its sources in their own words (not named twice)
    conflicts = brief.comparison.conflicts
    body = _strip_stop(without_dateline(lead_ev.text))
    lead_sides = {i: side for i, _c, side in stated_sides(conflicts, body, [lead_ev])}
    kept: list[tuple[str, list[int]]] = []
    same: list[int] = []
    for line, cited in also_lines:
        theirs = [e for e in lead_item.evidence if brief.source_of.get(e.article) in cited]
        sides = [(i, side) for i, _c, side in stated_sides(conflicts, line, theirs) if i in lead_sides]
        if any(side is not lead_sides[i] for i, side in sides):
            continue
        kept.append((line, cited))
        same += cited if sides else []
    brief.add(body, own, [lead_ev], same)
    for line, cited in kept:
        brief.add(line, cited, lead_item.evidence)
    return lead_ev.text


SEE_ABOVE = " (disputed: see above)"  # a sentence stating a value the conflicts above already list
SEE_BELOW = " (disputed: see below)"  # ... a value whose conflict no clause of it could tell
# ... of a conflict whose values may all hold (a different scope or time): no dispute, the other figures are there
SEE_ABOVE_OTHER = " (see above)"
SEE_BELOW_OTHER = " (see below)"


def disputed_in(conflicts: Sequence[Conflict], text: str, evidence: Sequence[Evidence]) -> list[str]:
    """The measures ("time of day", "amount of caustic soda") of the conflicts whose side a sentence states: one of
    the side's sentences is among ``evidence`` (overlapping it) and ``text`` writes one of the side label's wordings
    ("some 420 tonnes", "Tuesday" of "Tuesday / вторник (2026-11-24)"), as whole words, case aside. Input: the
    comparison's conflicts, a brief sentence's text and evidence; output: the measures, in conflict order, once each.
    Read by the brief (:func:`_told`) and by the structural citation test."""
    out: list[str] = []
    for _index, conflict, _side in stated_sides(conflicts, text, evidence):
        measure = _tidy(_subject(conflict)) or "details"
        if measure not in out:
            out.append(measure)
    return out


def stated_sides(
    conflicts: Sequence[Conflict], text: str, evidence: Sequence[Evidence]
) -> list[tuple[int, Conflict, ConflictSide]]:
    """``(index in conflicts, conflict, the side stated)`` for each conflict a sentence states a side of, as
    :func:`disputed_in` reads it (the first such side of each conflict)."""
    low = text.lower()
    out: list[tuple[int, Conflict, ConflictSide]] = []
    for index, conflict in enumerate(conflicts):
        for side in getattr(conflict, "sides", []) or []:
            if not side.label or not any(_meets(e, x) for e in side.evidence for x in evidence):
                continue
            if any(w and _phrase(w).search(low) for w in side_wordings(side.label)) or _writes_numbers(
                side.label, text
            ):
                out.append((index, conflict, side))
                break
    return out


def _writes_numbers(label: str, text: str) -> bool:
    """Whether ``text`` writes every number of a side's ``label`` in digits, whatever its separators ("unas 2.000
    toneladas" of the side "about 2,000 tonnes"): a side's own sentence in another language than its English
    label states its value so. False for a label without digits."""
    wanted = {float(d.replace(",", "").replace(".", "")) for d in _DIGITS.findall(label)}
    if not wanted:
        return False
    written = {float(d.replace(",", "").replace(".", "")) for d in _DIGITS.findall(text)}
    return wanted <= written


_DIGITS = re.compile(r"(?<![\d.,])\d+(?:[.,]\d{3})*(?![\d])")


def side_wordings(label: str) -> list[str]:
    """A side label's wordings, lower case, a resolved date dropped: "Tuesday / вторник (2026-11-24)" ->
    ``["tuesday", "вторник"]``."""
    return [re.sub(r"\s*\(\d{4}-\d\d(?:-\d\d)?\)$", "", p).strip() for p in label.lower().split(" / ")]


def _meets(a: Evidence, b: Evidence) -> bool:
    """Whether two evidence spans overlap in one article."""
    return a.article == b.article and a.start < b.end and b.start < a.end


@dataclasses.dataclass(frozen=True)
class _Told:
    """What a brief sentence adds for the disputed values it states: ``marker`` goes before its citations (a
    pointer to the conflicts' lines), ``clause`` after them (every other side's value with its sources), citing
    ``sources`` by ``evidence``; ``folded``: the conflicts the clause tells whole."""

    marker: str = ""
    clause: str = ""
    sources: tuple[int, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    folded: frozenset[int] = frozenset()


def _told(brief: _Brief, body: str, evidence: Sequence[Evidence], cited: set[int]) -> _Told:
    """How a brief sentence that states a disputed value tells the dispute, once: before the conflicts' section it
    names each other side's value with its sources ("...; Lake Post gives the amount of diesel as about 310 tonnes
    [3]"), and the conflict's own line is left out; after it, or when its conflict was told already, a short
    pointer (:data:`SEE_ABOVE`). An editor names a disputed value once with its sources; "...; sources differ on
    the amount of diesel [1]" above "Reports of the amount of diesel differ: ..." said the dispute twice in the
    conflict's own words (notes10). ``cited``: the sources the sentence cites already. Unchanged when the sentence
    states no side."""
    stated = stated_sides(brief.comparison.conflicts, body, evidence)
    if not stated:
        return _Told()
    by_measure: dict[str, list[tuple[int, Conflict, ConflictSide]]] = {}
    for row in stated:  # one measure's conflicts (a figure's and a claim's on the same toll) are told as one
        by_measure.setdefault((_tidy(_subject(row[1])) or "details").casefold(), []).append(row)
    parts: list[str] = []
    sources: set[int] = set()
    evs: list[Evidence] = []
    folded: set[int] = set()
    pointer = ""
    for members in by_measure.values():
        indices = {index for index, _c, _s in members}
        disputed = any(c.reason not in FOLD_NOTES for _i, c, _s in members)
        if brief.conflicts_told or indices & brief.folded:
            pointer = SEE_ABOVE if disputed or pointer == SEE_ABOVE else SEE_ABOVE_OTHER
            continue
        told = _measure_told(brief, members, cited | sources)
        if told is None:
            pointer = pointer or (SEE_BELOW if disputed else SEE_BELOW_OTHER)
            continue
        for text, ns, oevs in told:
            parts.append(text)
            sources |= set(ns)
            evs += oevs
        folded |= indices
    return _Told(
        marker=pointer,
        clause="".join(f"; {p}" for p in parts),
        sources=tuple(sorted(sources)),
        evidence=tuple(evs),
        folded=frozenset(folded),
    )


def _measure_told(
    brief: _Brief, members: list[tuple[int, Conflict, ConflictSide]], cited: set[int]
) -> list[tuple[str, list[int], list[Evidence]]] | None:
    """The clauses that tell one measure's conflicts whole beside a sentence stating one of their values, each
    other value once with every source giving it (sides of the same label merged), and the stated value's sources
    the sentence does not cite; None when a value has no source backed by its own sentence (the conflict's own
    line then tells it)."""
    measure = _tidy(_subject(members[0][1])) or "details"
    counted = any(isinstance(c, FigureConflict) and c.slot.counted.strip() for _i, c, _s in members)
    stated = {_label(side.label).casefold() for _i, _c, side in members}
    values: dict[str, tuple[str, set[int], list[Evidence]]] = {}
    for _index, conflict, _side in members:
        for other in conflict.sides:
            if not other.label:
                continue
            key = _label(other.label).casefold()
            ns, oevs = brief.backed(other.sources, other.evidence)
            if not ns and key not in stated:
                return None
            label, had, had_evs = values.get(key, (other.label, set(), []))
            values[key] = (label, had | set(ns), had_evs + [e for e in oevs if e not in had_evs])
    if not any(key not in stated for key in values):
        return None
    out: list[tuple[str, list[int], list[Evidence]]] = []
    for key, (label, ns_set, oevs) in values.items():
        also = key in stated
        ns = sorted(ns_set - cited) if also else sorted(ns_set)
        if not ns:
            continue
        oevs = [e for e in oevs if brief.source_of.get(e.article) in ns]
        note = "" if also else next((FOLD_NOTES[c.reason] for _i, c, _s in members if c.reason in FOLD_NOTES), "")
        out.append((_side_clause(brief, measure, label, ns, also=also, counted=counted, note=note), ns, oevs))
    return out


FOLD_NOTES = {"different scope": " (another scope)", "different time": " (another time)"}  # values that may all
# hold, each of its own scope or time: the clause says so after the value


def _side_clause(
    brief: _Brief, measure: str, label: str, sources: list[int], *, also: bool, counted: bool = False, note: str = ""
) -> str:
    """One side of a dispute told in a clause: "Lake Post gives the amount of diesel as about 310 tonnes [3]",
    "Talpost gives 14 people killed [3]" (``counted``: ``measure`` is what a figure counts; a label that is a
    number), "Diário da Costa differs on who stopped the leak: empresa [3]"; ``also``: the value the sentence
    states, of sources it does not cite ("Radio Nord also gives some 180 tonnes [6]"); ``note``: after the value
    (:data:`FOLD_NOTES`)."""
    who = _source_label(brief.comparison, sources) or "another source"
    one = len(sources) == 1
    value = _label(label)
    gives = "gives" if one else "give"
    if also and " / " in value:  # a label of several wordings ("Wednesday / Mittwochabend"): which is theirs?
        return f"{who} also {gives} the same {_same(measure)}{note} {cite(sources)}"
    if also:
        return f"{who} also {gives} {value}{note} {cite(sources)}"
    if counted and value[-1:].isdigit():
        return f"{who} {gives} {value} {measure}{note} {cite(sources)}"
    if measure.startswith(("who ", "what ", "when ", "where ", "how ")):
        return f"{who} {'differs' if one else 'differ'} on {measure}: {value}{note} {cite(sources)}"
    unit = measure.split()[-1].casefold()
    if len(measure.split()) > 1 and _phrase(unit).search(value.casefold()):
        return f"{who} {gives} {value}{note} {cite(sources)}"  # "quantity in tonnes" of "about 3,500 tonnes"
    return f"{who} {gives} the {measure} as {value}{note} {cite(sources)}"


def _same(measure: str) -> str:
    """What a source that also gives a side's value gives, as English reads it after "the same": a measure that
    counts something ("people killed") is a figure ("the same figure for people killed"), another is itself ("the
    same day"). Before, "also give that people killed" (a new user's bridge story) read as a garbled sentence."""
    first = measure.split()[0].casefold() if measure.split() else ""
    counted = first in {"people", "persons", "number"} or measure.casefold().endswith(("killed", "injured", "dead"))
    return f"figure for {measure}" if counted else measure


def _other_sides(brief: _Brief, own: list[int], lead_ev: Evidence) -> set[int]:
    """The sources on another side than the lead sentence's of a conflict whose value it states, not on its side:
    told with their own value in the lead's clause (:func:`_told`), never said to report the lead "too"."""
    body = _tidy(_strip_stop(without_dateline(lead_ev.text)))
    out: set[int] = set()
    for _index, conflict, side in stated_sides(brief.comparison.conflicts, body, [lead_ev]):
        for other in conflict.sides:
            if other is not side:
                out |= set(other.sources)
        out -= set(side.sources)
    return out - set(own)


def _without_values(brief: _Brief, body: str, lead_ev: Evidence, evs: list[Evidence]) -> set[int]:
    """The sources the lead would cite as reporting it too whose own sentences (``evs``) do not state every
    number the lead sentence ``body`` writes (its dateline dropped): "... leaving 84,000 residents under a
    boil-water advisory [2]; БалтИнфо and Le Vigilant report it too [1][5]" named two sources whose sentences give
    no count (a new user's water-utility brief). Numbers are read as digits or number words of each sentence's
    language (:func:`_numbers_in`); a lead with no number asks nothing."""
    langs = {a.id: a.language or "en" for a in brief.comparison.articles}
    wanted = _numbers_in(body, langs.get(lead_ev.article, "en"))
    if not wanted:
        return set()
    stated: dict[int, set[float]] = {}
    for e in evs:
        n = brief.source_of.get(e.article)
        if n is not None:
            stated.setdefault(n, set()).update(_numbers_in(e.text or "", langs.get(e.article, "en")))
    return {n for n, nums in stated.items() if not wanted <= nums}


def _other_standing(brief: _Brief, lead_ev: Evidence, evs: list[Evidence]) -> set[int]:
    """The sources the lead would cite as reporting it too whose own sentence (``evs``) tells the act in another
    standing than the lead's (:func:`crosswire.compare.claims.standing.standing`): a plan ("are expected to sign
    the deal") beside the act done ("signed the deal"), or the other way. A brief sentence cites a source only for
    what its own sentence states, in that tense (tense15: a new user's brief opened with a preview's plan cited to
    four sources that reported the signed deal). Sentences of no standing ask nothing."""
    from crosswire.compare.claims.standing import standing

    langs = {a.id: a.language or "en" for a in brief.comparison.articles}
    own = standing(lead_ev.text or "", langs.get(lead_ev.article, "en"))
    if own is None:
        return set()
    out: set[int] = set()
    for e in evs:
        n = brief.source_of.get(e.article)
        theirs = standing(e.text or "", langs.get(e.article, "en"))
        if n is not None and theirs is not None and theirs != own:
            out.add(n)
    return out


_NUMBER_WORD = re.compile(r"[^\W_]+|\d[\d.,]*")


def _numbers_in(text: str, language: str) -> set[float]:
    """The numbers ``text`` writes, in digits ("1,240", "4") or as words of ``language`` ("four")."""
    from crosswire.facts.languages.numbers import word_number

    out: set[float] = set()
    for w in _NUMBER_WORD.findall(text):
        if w[0].isdigit():
            digits = w.rstrip(".,").replace(",", "").replace(".", "")
            if digits.isdigit():
                out.add(float(digits))
        else:
            n = word_number(w.lower(), language)
            if n is not None:
                out.add(float(n))
    return out


def _phrase(phrase: str) -> re.Pattern[str]:
    """A conflict side's words (lower case) as a whole-word pattern."""
    return re.compile(rf"(?<!\w){re.escape(phrase.strip())}(?!\w)")


MEASURE_STEM = 4  # letters of a conflict's measure word the lead must hold ("days" / "day", "hectares" / "hect")
_NOT_MEASURE = frozenset({"number", "the", "and", "more", "time", "different"})  # no measure's own word


def _contradicting(brief: _Brief, lead_ev: Evidence, evs: list[Evidence]) -> set[int]:
    """The sources the lead would cite as reporting it too (their own sentences ``evs``) that stand on a side of a
    conflict whose value the lead sentence does not carry, while another side's value is in the lead sentence
    (and on no such side): "the company said on Wednesday, four days after ..." is not cited to a source that
    says "fünf Tage nachdem" (a new user's bus-recall brief), whichever of its sentences backs the lead event.
    Values are compared as numbers (a side's label; the lead's digits or number words of its language), of a
    conflict whose measure the lead names ("number of days": "four days after")."""
    langs = {a.id: a.language or "en" for a in brief.comparison.articles}
    language = langs.get(lead_ev.article, "en")
    lead_numbers = _numbers_in(lead_ev.text or "", language)
    if not lead_numbers:
        return set()
    theirs = {brief.source_of[e.article] for e in evs if e.article in brief.source_of}
    out: set[int] = set()
    low = (lead_ev.text or "").lower()
    for conflict in brief.comparison.conflicts:
        label = getattr(conflict, "measure", None) or _subject(conflict)
        measure = [w for w in re.findall(r"[a-z]{3,}", label.lower()) if w not in _NOT_MEASURE]
        named = any(re.search(rf"\b{re.escape(w[:MEASURE_STEM])}", low) for w in measure)
        sides = [s for s in getattr(conflict, "sides", []) or [] if s.label]
        # a side whose words the lead writes ("tres días después" / the side "tres") is the lead's own
        written = [any(_phrase(p).search(low) for p in s.label.lower().split(" / ") if p.strip()) for s in sides]
        if len(sides) >= 2 and any(written) and not all(written):
            agreeing = {n for side, w in zip(sides, written, strict=True) if w for n in side.sources}
            for side, w in zip(sides, written, strict=True):
                if not w:
                    out |= (set(side.sources) & theirs) - agreeing
            continue
        if not named:
            continue  # the lead's number is of another measure ("two firefighters" beside "2 p.m.")
        # a side's label as its sentences write it ("cuatro", "fünf"): its numbers read in their languages
        labels = [
            set().union(
                *(_numbers_in(s.label, lang) for lang in {"en", *(langs.get(e.article, "en") for e in s.evidence)})
            )
            for s in sides
        ]
        if len(sides) < 2 or not all(labels):
            continue
        held = [bool(nums & lead_numbers) for nums in labels]
        if not any(held):
            continue
        agreeing = {n for side, holds in zip(sides, held, strict=True) if holds for n in side.sources}
        for side, holds in zip(sides, held, strict=True):
            if not holds:
                out |= (set(side.sources) & theirs) - agreeing
    return out


def _figure_sentences(brief: _Brief) -> None:
    """Up to :data:`MAX_AGREED_FIGURES` agreed figures, most sources and earliest first; none of a measure a
    conflict reports."""
    # a measure the sources contradict each other on is told by its conflict's sentence: "Sources agree on
    # the people injured: Nine [2][3]" after "Reports of the people injured differ: Nine [1][2][5], 17 [4]"
    # read as two answers (a new user's ferry story)
    disputed = {_subject(c).casefold() for c in brief.comparison.conflicts}
    figures = [
        i
        for i in brief.comparison.agreed
        if isinstance(i, FigureItem) and i.values and _subject(i).casefold() not in disputed
    ]
    figures.sort(key=lambda i: (-len(brief.only_valid(i.sources)), _first_position(i)))
    for item in figures[:MAX_AGREED_FIGURES]:
        subject = _tidy(_subject(item))
        values = [v for v in item.values if v.text and brief.only_valid(v.sources)]
        texts = _unique([_label(v.text) for v in values])
        if not subject or not texts:
            continue
        if len(texts) == 1:
            brief.add(f"Sources agree on the {subject}: {texts[0]}", item.sources, item.evidence)
        else:  # the same figure written differently: cite each wording where it appears
            parts = ", ".join(f"{_label(v.text)} {cite(brief.only_valid(v.sources))}" for v in values)
            evs = [e for v in values for e in v.evidence]
            brief.add_raw(
                f"Figures for the {subject} are consistent: {parts}.", [n for v in values for n in v.sources], evs
            )


def _single_source_sentences(brief: _Brief, lead_text: str | None) -> None:
    for item in _notable_single_source(brief.comparison.single_source, brief.valid, lead_text):
        ev = _evidence(item)
        label = _copy_label(brief.comparison, item) or _source_label(brief.comparison, item.sources)
        sentence = _strip_stop(ev.text) if ev else _strip_citations(item.summary or "")
        only = "Only " if len(brief.comparison.sources) > 1 else ""  # one source: "only" would say nothing
        brief.add(f"{only}{label} reports: {sentence}" if label else sentence, item.sources, item.evidence)


def _variant_sentences(brief: _Brief) -> None:
    """Up to :data:`MAX_VARIANTS` name variants, then as many quote variants."""
    for variant in brief.comparison.name_variants[:MAX_VARIANTS]:
        spellings = [s for s in variant.spellings if brief.only_valid(s.sources)]
        if len(spellings) < 2:
            continue
        parts = ", ".join(f"{_tidy(s.text)} {cite(brief.only_valid(s.sources))}" for s in spellings)
        entity = _tidy(_reader_name(brief.comparison, variant.entity or spellings[0].text))
        sources = [n for s in spellings for n in s.sources]
        evs = [e for s in spellings for e in s.evidence]
        brief.add_raw(f"The name {entity} is spelled differently: {parts}.", sources, evs)
    for qv in brief.comparison.quote_variants[:MAX_VARIANTS]:
        quotes = [q for q in qv.quotes if brief.only_valid(q.sources)]
        if len(quotes) < 2:
            continue
        wordings = _wordings(quotes, brief)
        if len(wordings) < 2:
            continue  # one wording, several sources: not "different wordings"
        sources = [n for q in quotes for n in q.sources]
        evs = [e for q in quotes for e in q.evidence]
        # every source quoting the speaker on that point: the other sources on the variant's side of a quote
        # conflict on the same sentences, then each other side, said to give the words another meaning (a new
        # user's recall brief listed two sources' wordings and left out the third's contrary one)
        same, other = _meaning_sides(brief, qv.speaker, evs, {n for _, ns, _ in wordings for n in ns})
        for side in (same, other):
            sources += [n for _, ns, _, _ in side for n in ns]
            evs += [e for _, _, _, es in side for e in es]
        wordings += [(text, ns, direct) for text, ns, direct, _ in same]
        wordings.sort(key=lambda w: min(w[1]))
        parts = "; ".join(_wording_part(text, ns, direct) for text, ns, direct in wordings)
        if other:
            parts += "; with a different meaning: " + "; ".join(
                _wording_part(text, ns, direct) for text, ns, direct, _ in other
            )
        speaker = _tidy(_reader_name(brief.comparison, qv.speaker) if qv.speaker else "One speaker")
        what = "quoted" if all(direct for _, _, direct in wordings) else "given"
        brief.add_raw(f"{speaker}'s words are {what} in different wordings: {parts}.", sources, evs)


def _wording_part(text: str, sources: list[int], direct: bool) -> str:
    return f"\u201c{text}\u201d {cite(sources)}" if direct else f"(reported) {text} {cite(sources)}"


_Said = tuple[str, list[int], bool, list[Evidence]]  # (wording, sources, in quotation marks, sentences)


def _meaning_sides(
    brief: _Brief, speaker: str, evs: list[Evidence], shown: set[int]
) -> tuple[list[_Said], list[_Said]]:
    """For a quote variant of ``speaker`` with sentences ``evs`` and sources ``shown``: the wordings of the
    sources not shown that a "different meaning" conflict on what the speaker said (one sharing a sentence with
    the variant) puts on the variant's side, and those of its other sides, each source with its own sentence
    and wording (the quotation "Who said what" gives for that sentence, else the words the sentence prints in
    quotation marks)."""
    at = {(e.article, e.start) for e in evs}
    for c in brief.comparison.conflicts:
        if not isinstance(c, ClaimConflict) or c.reason != "different meaning" or not _said_by(c.measure, speaker):
            continue
        if not at & {(e.article, e.start) for e in c.evidence}:
            continue
        same: list[_Said] = []
        other: list[_Said] = []
        for side in c.sides:
            ours = bool(at & {(e.article, e.start) for e in side.evidence})
            for e in side.evidence:
                n = brief.source_of.get(e.article)
                if n is None or n not in brief.valid or (ours and n in shown):
                    continue
                text, direct = _said_in(brief.comparison, speaker, e)
                (same if ours else other).append((text, [n], direct, [e]))
        return same, other
    return [], []


def _said_by(measure: str, speaker: str) -> bool:
    """Whether a conflict's measure is "what <name> said" of the speaker: the name as the variant gives it or with
    words before it ("what Mayor Mara Tolen said" of "Mara Tolen": the claim reader names the speaker as the
    sentence does, the quote reader by the person's name)."""
    if not (measure.startswith("what ") and measure.endswith(" said")):
        return False
    name = measure[len("what ") : -len(" said")]
    return name == speaker or name.endswith(" " + speaker)


def _said_in(comparison: Comparison, speaker: str, ev: Evidence) -> tuple[str, bool]:
    """The wording of ``speaker``'s that the sentence ``ev`` carries, and whether it is in quotation marks: the
    quotation "Who said what" lists for that sentence, else the words it prints in quotation marks, else the
    sentence."""
    for row in comparison.who_said_what:
        if row.speaker != speaker:
            continue
        for q in row.quotes:
            if any(e.article == ev.article and q.text in ev.text for e in q.evidence):
                return _strip_stop(q.text), q.kind == "direct"
    # imported here: the claims package loads lemminflect (and spaCy), which a command that only renders a
    # stored comparison must not wait for (tests/test_serve_start.py)
    from crosswire.compare.claims.opposed import quoted_words

    words = quoted_words(ev.text)
    return (_strip_stop(words), True) if words else (_strip_stop(ev.text), False)


def _wordings(quotes: list[VariantQuote], brief: _Brief) -> list[tuple[str, list[int], bool]]:
    """(text, sources, whether the sources print it in quotation marks) per distinct wording of a statement:
    sources printing the same words are cited together, and a reported clause is never put in quotation
    marks (it is the outlet's paraphrase, not the speaker's words)."""
    out: dict[str, tuple[str, list[int], bool]] = {}
    for q in quotes:
        text = _strip_stop(q.text)
        key = " ".join(text.split()).casefold()
        direct = q.quoted
        prev = out.get(key)
        sources = sorted({*(prev[1] if prev else []), *brief.only_valid(q.sources)})
        out[key] = (prev[0] if prev else text, sources, direct and (prev[2] if prev else True))
    return list(out.values())


def _reader_name(comparison: Comparison, name: str) -> str:
    """``name`` as the brief's reader writes it: the brief is English, so a person whose spellings differ
    across the sources is named as an English-language source spells them, else in the Latin script ("The
    name Marina Dubovskaya ...", not the Russian source's "Марина Дубовская" because that source came
    first); ``name`` itself when no name variant holds it."""
    variant = next((v for v in comparison.name_variants if name in (v.entity, *(s.text for s in v.spellings))), None)
    if variant is None:
        return name
    english = _english_articles(comparison)
    # the spelling most sources use first; on a tie the one the other sections name the person by
    by_use = sorted(variant.spellings, key=lambda s: (-len(s.sources), s.text != variant.entity))
    in_english = [s.text for s in by_use if any(e.article in english for e in s.evidence)]
    latin = [s.text for s in by_use if _latin_script(s.text)]
    return next(iter(in_english or latin), name)


def _english_articles(comparison: Comparison) -> set[str]:
    return {a.id for a in comparison.articles if (a.language or "en") == "en"}


def _latin_script(text: str) -> bool:
    """Whether every letter of ``text`` is Latin (basic, Latin-1 or Latin Extended-A/B)."""
    return all(ord(c) < 0x250 for c in text if c.isalpha())


def _conflict_sentence(item: Conflict, brief: _Brief) -> BriefSentence | None:
    """``Reports of the crowd differ: tens of thousands [1], an estimated 150,000 [2].`` Each side cites the
    sources whose own sentence gives its value."""
    raw = [(s.label, s.sources, s.evidence) for s in item.sides if s.label]
    if len(raw) < 2 and isinstance(item, FigureConflict):
        raw = [(v.text, v.sources, v.evidence) for v in item.values if v.text]
    sides = [(label, *brief.backed(srcs, evs)) for label, srcs, evs in raw]
    sides = [(label, ns, evs) for label, ns, evs in sides if ns]
    if len(sides) < 2:  # no usable sides: still say that the sources disagree, in the item's own words
        sources, evs = brief.backed(item.sources, item.evidence)
        summary = _strip_stop(_strip_citations(item.summary or ""))
        if not sources or not summary:
            return None
        return BriefSentence(text=f"Reports differ: {summary} {cite(sources)}.", sources=sources, evidence=evs)
    subject = _tidy(_subject(item)) or "this point"
    parts = ", ".join(f"{_label(label)} {cite(ns)}" for label, ns, _evs in sides)
    note = REASON_NOTES.get(item.reason or "")
    if item.reason == "different agent" or subject.startswith(("who ", "what ", "whether ")):
        # the measure is a question: "who raised the alarm", "what Anton Belic said" (a quote told two ways),
        # "whether the agreement was signed" (a polar act's label; "Reports of the whether ..." read a trial's brief)
        text = f"Reports differ on {subject}" + (f", {note}" if note and item.reason == "different agent" else "")
        text += f": {parts}."
    else:
        text = f"Reports of the {subject} differ{', ' + note if note else ''}: {parts}."
    return BriefSentence(
        text=text,
        sources=sorted({n for _l, ns, _e in sides for n in ns}),
        evidence=[e for _l, _ns, evs in sides for e in evs],
    )


# -- the lead ------------------------------------------------------------------------------------------------
def _lead(comparison: Comparison, valid: set[int]) -> tuple[Item, Evidence, list[int], list[int]] | None:
    """The main event: ``(item, evidence sentence, its own sources, the item's other sources)``.

    The lead shows the main event's (:func:`_main_event`) earliest verbatim sentence and cites only the
    source(s) whose article holds that sentence, because the sentence usually carries details the other
    sources do not share; the caller says separately who else reports the event.
    """
    source_of = _source_numbers(comparison)
    best = _main_event(comparison, valid, source_of)
    if best is None:
        return None
    sources = _valid(best.sources, valid)
    evs = [e for e in best.evidence if (e.text or "").strip()]
    english = _english_articles(comparison)  # the brief is English: an English source's sentence leads
    ev = min(
        evs,
        key=lambda e: (
            e.article not in english,
            _opening(e.start),
            source_of.get(e.article, 1 << 20),
            e.start,
            len(e.text),
        ),
    )
    key = _tidy(ev.text)
    own = {source_of[e.article] for e in evs if _tidy(e.text) == key and e.article in source_of}
    own_list = _valid(own, valid) or sources[:1]
    return best, ev, own_list, [n for n in sources if n not in own_list]


def _main_event(comparison: Comparison, valid: set[int], source_of: dict[str, int]) -> Item | None:
    """The agreed item (event or figure, then any agreed item, then single-source events and then anything)
    among those with (nearly) the most sources whose sentences come earliest in their articles: news writing
    puts the main event first (the inverted pyramid). Only items with evidence and a valid source count."""
    # a person's role (kind "role") is no event: its words are a phrase, not a sentence to lead with
    agreed = [i for i in comparison.agreed if i.kind != "role" and _evidence(i) and _valid(i.sources, valid)]
    single = [i for i in comparison.single_source if _evidence(i) and _valid(i.sources, valid)]

    def early(items: Sequence[Item]) -> list[Item]:
        return [i for i in items if _mean_position(i, source_of) < LEAD_CHARS]

    # What the sources say deep in their articles is background (the Black Death's toll under a story on
    # this week's plague cases): an early single-source event leads before a late agreement.
    main = [i for i in agreed if i.kind in ("event", "claim", "figure")]
    single_events = [i for i in single if i.kind == "event"]
    pools = (early(main), early(agreed), early(single_events), main, agreed, single_events, single)
    pool = next((p for p in pools if p), None)
    if pool is None:
        return None
    # Among the items nearly as widely reported as the widest (three quarters of its sources), the one the
    # articles open with: "12,000 evacuated" from five sources must not lead over the dam burst that four
    # open with, when the fifth source's opening sentence was not aligned.
    most = max(len(_valid(i.sources, valid)) for i in pool)
    wide = [i for i in pool if 4 * len(_valid(i.sources, valid)) >= 3 * most]
    return min(wide, key=lambda i: (_mean_position(i, source_of), -len(_valid(i.sources, valid)), i.summary or ""))


def _also_reported(comparison: Comparison, item: Item, others: list[int], summary: str) -> list[tuple[str, list[int]]]:
    """Who else reports the lead event, worded so that nothing is put in a source's mouth.

    A summary written for what the sources share is said of all of them. A summary that is one source's own
    sentence (the usual case: the parse's "who did what to whom" reads badly alone) carries that source's
    details, so each other source is quoted in its own sentence instead: the first other source's sentence,
    cited to every source that wrote it; the rest, whose own sentences differ, are left to the sections
    below. No line when that sentence is in another language than the lead sentence: it restates the lead in
    translation."""

    def who(sources: list[int], also: str = "") -> str:
        return f"{_source_label(comparison, sources)} {also}{'reports' if len(sources) == 1 else 'report'}"

    source_of = _source_numbers(comparison)
    evs = [e for e in item.evidence if (e.text or "").strip()]
    own = _tidy(_strip_stop(without_dateline(summary)))
    if not any(own == _tidy(_strip_stop(without_dateline(e.text))) for e in evs):
        return [(f"{who(others, 'also ')}: {summary}", others)]
    theirs = [e for e in evs if source_of.get(e.article) in others]
    if not theirs:
        return [(f"{who(others)} the same event", others)]
    english = _english_articles(comparison)
    first = min(theirs, key=lambda e: (e.article not in english, source_of[e.article], e.start))
    language = {a.id: a.language or "en" for a in comparison.articles}
    lead = [e for e in evs if own == _tidy(_strip_stop(without_dateline(e.text)))]
    if all(language.get(first.article) != language.get(e.article) for e in lead):
        # a translation of the lead sentence repeats in another language what the line above says ("Gazeta
        # Północna also reports: Minister zdrowia Ilona Varga odwiedziła ..." under "Health Minister Ilona Varga
        # visited ...": a new user's six-language brief); the agreed item below cites every source
        return []
    if _restates(first.text, [e.text for e in lead]):
        return []  # "X also reports: <the lead's own fact in other words>" tells nothing new
    wrote = sorted({source_of[e.article] for e in theirs if _tidy(e.text) == _tidy(first.text)})
    # The sources that wrote another sentence get no line of their own: "X and Y report the same event in
    # Spanish and French" told a reader nothing (a new user's coach-crash brief); what they add is in the
    # sections below, each item with their own sentences.
    return [(f"{who(wrote, 'also ')}: {_strip_stop(without_dateline(first.text))}", wrote)]


RESTATED_SHARE = 0.9  # share of a sentence's content words the lead sentence holds for it to restate the lead:
# "A wildfire that broke out on Saturday in the Sarna hills ... has killed two firefighters" (every word in the
# lead) restates it; an "also reports" sentence with details of its own ("... before dawn") holds under 0.8
_CONTENT = re.compile(r"[^\W\d_]{3,}")


def _restates(text: str, leads: list[str]) -> bool:
    """Whether ``text`` says nothing the lead sentence does not: at least :data:`RESTATED_SHARE` of its words
    of three letters or more (case-folded, a possessive's "'s" dropped) are among one lead sentence's."""
    words = {w.casefold() for w in _CONTENT.findall(text.replace("'s ", " ").replace("’s ", " "))}
    if not words:
        return False
    for lead in leads:
        held = {w.casefold() for w in _CONTENT.findall(lead.replace("'s ", " ").replace("’s ", " "))}
        if len(words & held) >= RESTATED_SHARE * len(words):
            return True
    return False


def _source_numbers(comparison: Comparison) -> dict[str, int]:
    """Article id -> the number of the independent source it belongs to."""
    return {a: s.n for s in comparison.sources for a in s.articles}


def _opening(start: int) -> int:
    """Sentences starting in an article's first :data:`OPENING_CHARS` count as equally early: datelines and
    bylines shift the first sentence by a few dozen characters, which says nothing about importance. Among
    equally early sentences the lowest source number wins, so the lead is stable."""
    return 0 if start < OPENING_CHARS else start


def _mean_position(item: Item, source_of: dict[str, int]) -> float:
    """Mean over sources of where the item's first sentence starts in that source's article."""
    first: dict[int | str, int] = {}
    for e in item.evidence:
        key = source_of.get(e.article, e.article)
        first[key] = min(first.get(key, 1 << 30), e.start)
    return sum(first.values()) / len(first) if first else float(1 << 30)


# -- helpers -------------------------------------------------------------------------------------------------
def _notable_single_source(items: list[Item], valid: set[int], lead: str | None) -> list[Item]:
    """Up to :data:`MAX_SINGLE_SOURCE` single-source facts: figures and events before quotes, earliest in their
    article first, taking one per source in turn so one talkative outlet does not fill the brief."""
    rank = {"figure": 0, "event": 1, "claim": 1, "quote": 2, "entity": 3}
    usable = [i for i in items if _valid(i.sources, valid) and (_evidence(i) or i.summary)]
    if lead:
        usable = [i for i in usable if not ((ev := _evidence(i)) and lead in ev.text)]
    usable.sort(key=lambda i: (rank.get(i.kind or "", 9), _first_position(i)))
    by_source: dict[int, list[Item]] = {}
    for item in usable:
        by_source.setdefault(_valid(item.sources, valid)[0], []).append(item)
    picked: list[Item] = []
    while len(picked) < MAX_SINGLE_SOURCE and any(by_source.values()):
        for n in sorted(by_source):
            if by_source[n] and len(picked) < MAX_SINGLE_SOURCE:
                picked.append(by_source[n].pop(0))
    return picked


def _subject(item: Item | Conflict) -> str:
    """What a figure counts, with its place: ``people injured in Zarovsk``; what a claim conflict measures;
    else the summary's head."""
    if isinstance(item, ClaimConflict):
        return item.measure
    counted = item.slot.counted.strip() if isinstance(item, FigureItem) else ""
    if isinstance(item, FigureItem) and counted:
        place = (item.slot.place or "").strip()
        return f"{counted} in {place}" if place and place.casefold() not in counted.casefold() else counted
    summary = _strip_citations(item.summary or "")
    head = summary.split(":", 1)[0].strip()
    return head[:1].lower() + head[1:] if head and head.split()[0].isalpha() and not head[:2].isupper() else head


def _source_label(comparison: Comparison, sources: list[int]) -> str:
    labels = {s.n: s.label for s in comparison.sources}
    names = [str(labels[n]) for n in sources if labels.get(n)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _copy_label(comparison: Comparison, item: Item) -> str | None:
    """The one outlet whose article alone gives a single-source item, when its source joins several outlets (a
    wire and its copies): a copy's own added sentence is that newspaper's, not the agency's ("Only The Aldine
    Courier / MPA reports" credited a wire with a line only its copy printed: a new user's train-derailment
    story). None otherwise (the source's label stands)."""
    if len(item.sources) != 1:
        return None
    source = next((s for s in comparison.sources if s.n == item.sources[0]), None)
    outlets = {e.outlet for e in item.evidence if e.outlet}
    articles = {e.article for e in item.evidence}
    if source is None or len(source.articles) < 2 or len(outlets) != 1 or len(articles) != 1:
        return None  # one article's source, or a sentence several of its articles print
    outlet = next(iter(outlets))
    return outlet if outlet in source.outlets and outlet != source.label else None


def _evidence(item: Item) -> Evidence | None:
    evs = [e for e in item.evidence if (e.text or "").strip()]
    return evs[0] if evs else None


def _first_position(item: Item) -> tuple[int, str]:
    if not item.evidence:
        return (1 << 30, item.summary or "")
    return (min(e.start for e in item.evidence), item.summary or "")


def _valid(sources: Iterable[int] | None, valid: set[int]) -> list[int]:
    return sorted({int(n) for n in sources or [] if n in valid})


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


def _label(text: str) -> str:
    """A figure as written, for use mid-sentence: a capitalised opening qualifier is lower-cased."""
    text = _tidy(text)
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and first.lower() in QUALIFIER_WORDS:
        return first.lower() + text[len(first) :]
    return text


def _tidy(text: str) -> str:
    """Whitespace folded, and any ``[n]`` already in the (untrusted) text turned into ``(n)`` so that only the
    brief's own citations look like citations."""
    return re.sub(r"\[(\d+)\]", r"(\1)", " ".join(str(text).split()))


def _strip_stop(text: str) -> str:
    """A sentence without its final full stop, so the citation can go before it."""
    text = _tidy(text)
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _strip_citations(text: str) -> str:
    return _tidy(re.sub(r"\s*(\[\d+\])+", "", text))
