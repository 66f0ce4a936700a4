"""Figure items: the records (``docs/compare-schema.md``) of agreed, conflicting and single-source figures.

Labels are built from the figures' own words: the slot's ``counted`` from the concept and noun around the
number (or the facts stage's ``counted`` phrase), sides and values as the sources wrote them. A label names
what the number counts: the noun right after it when that noun is the thing the concept is about ("opened 140
shelters" counts shelters, not people in shelters); a sum of money with nothing else to name it is named by
what the sentence says it is (:func:`~crosswire.compare.figures.measures.money_label`: "value of the
paintings"), "amount" only when the sentence says nothing.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Sequence
from functools import cache

from crosswire.compare.align import cite, uniq_evidence, without_dateline
from crosswire.compare.figures.lexicon import EVENT_NOUNS, OF_NOUN, OTHER_SHOCKS, PEOPLE_WORDS, SCALE_WORDS
from crosswire.compare.figures.measures import money_label
from crosswire.compare.figures.pairing import compatible, published_day, time_rel
from crosswire.compare.figures.slots import Fig
from crosswire.compare.number_text import display_number
from crosswire.compare.records import ConflictReason, ConflictSide, FigureConflict, FigureItem, FigureSlot, FigureValue
from crosswire.model import Evidence
from crosswire.vocab.data import data_toml


def _slot(figs: list[Fig]) -> FigureSlot:
    f0 = figs[0]
    counted = next((f.fig.counted for f in figs if _names_a_thing(f.fig.counted)), None)
    scoped = [f for f in figs if f.scope]
    same_place = all(f.scope_names & scoped[0].scope_names for f in scoped)
    if len({f.source for f in figs}) > 1 and len({f.source for f in scoped}) < 2:
        same_place = False  # one source's place phrase is not where the others' figure applies
    return FigureSlot(
        counted=_counted_label(f0, counted),
        place=scoped[0].scope if scoped and same_place else None,
        time=next((f.time_label for f in figs if f.time_label), None),
        unit=f0.kind.split(":", 1)[1] if f0.kind.startswith("quantity") else None,
        currency=f0.kind.split(":", 1)[1] if f0.kind.startswith("money") else None,
    )


def _names_a_thing(counted: str | None) -> bool:
    """Whether the facts stage's ``counted`` phrase can label a figure: not a stub ("m."), not a scale word
    ("trillion" of "$1 trillion", "bn")."""
    if not counted or len(counted.strip(". ")) <= 2:
        return False
    return counted.split()[0].lower().strip(".") not in SCALE_WORDS


def _counted_label(f: Fig, counted: str | None) -> str:
    if f.concept == "magnitude":
        # "a magnitude 4.1 tremor", "a 5.2 aftershock": the magnitude of that event, not of "the earthquake"
        return f"{f.noun.rstrip('s')} magnitude" if f.noun in OTHER_SHOCKS else "earthquake magnitude"
    if f.concept:
        noun = f.noun if f.noun and f.noun not in ("people",) and not f.noun.endswith("ed") else "people"
        if f.kind.startswith("money"):
            return counted or f.concept
        if noun in EVENT_NOUNS:
            return noun  # "deaths", not "deaths killed"
        if noun in f.concept:
            # "three missing" counts people; "140 shelters" counts shelters, not people in shelters
            return f.concept if noun in PEOPLE_WORDS or noun == f.concept else noun
        return f"{noun} {f.concept}"
    if counted:
        return counted
    # "a depth of only 10 kilometres", "a reward of £100,000": the noun before "of" names the measure.
    m = OF_NOUN.search(f.before_text)
    if m:
        return m.group(1)
    if f.kind.startswith("money") and not f.noun:
        return money_label(f.before_text) or "amount"
    return f.noun or "amount"


def _evidence(figs: list[Fig]) -> list[Evidence]:
    return uniq_evidence(ev for f in figs for ev in f.evidence)


def _sources(figs: list[Fig]) -> list[int]:
    return sorted({f.source for f in figs})


def _value(figs: list[Fig]) -> FigureValue:
    f = figs[0]
    return FigureValue(
        text=f.text,
        value=f.value if f.fig.value is not None and not f.vague and f.fig.exact else None,
        low=None if math.isinf(f.low) else (f.fig.low if f.fig.low is not None else f.value),
        high=None if math.isinf(f.high) else (f.fig.high if f.fig.high is not None else f.value),
        qualifier=f.fig.qualifier,
        exact=bool(f.fig.exact and not f.vague),
        sources=_sources(figs),
        evidence=_evidence(figs),
    )


def _side_label(figs: list[Fig]) -> str:
    f = figs[0]
    text = display_number(f.text, f.fig.value)  # "2.100" as "2,100": labels in one display form
    return f"{text} ({f.scope})" if f.scope else text


def _explain(reason: str, sides: list[list[Fig]], label: str) -> str:
    parts = " vs ".join(f"{_side_label(s)} {cite(x.source for x in s)}" for s in sides)
    if reason == "different time":
        days = sorted({d.isoformat() for s in sides for f in s if (d := published_day(f)) is not None})
        return (
            f"The reports were published on different days ({', '.join(days)}) and the later ones give "
            f"higher figures for {label}, as a toll still being counted does: {parts}."
        )
    if reason == "different scope":
        scopes = [s[0].scope or "unspecified place" for s in sides]
        return (
            f"The sources count {label} over different areas ({' vs '.join(scopes)}): {parts}"
            "; the figures are not directly comparable."
        )
    if reason == "vague vs precise":
        return f"One source gives a vague estimate, another a precise figure, and they do not overlap: {parts}."
    return f"The sources give incompatible figures for {label}: {parts}."


def _summary(slot: FigureSlot, sides: list[list[Fig]], when: str | None = None) -> str:
    head = slot.counted[:1].upper() + slot.counted[1:]
    context = [c for c in (slot.place if len(sides) == 1 else None, when) if c]
    if context:
        head += f" ({', '.join(context)})"
    if len(sides) == 1:
        # One side: each distinct value once ("More than 50,000 [2], Some 60,000 [3]"; "$2.3 billion [3][4]").
        by_value: dict[tuple[float | None, str | None, float | None, float | None], list[Fig]] = {}
        for f in sides[0]:
            by_value.setdefault((f.value, f.fig.qualifier, f.fig.low, f.fig.high), []).append(f)
        body = ", ".join(
            f"{display_number(v[0].text, v[0].fig.value)} {cite(x.source for x in v)}" for v in by_value.values()
        )
    else:
        body = " vs ".join(f"{_side_label(s)} {cite(x.source for x in s)}" for s in sides)
    return f"{head}: {body}"


def agreed_item(side: list[Fig]) -> FigureItem:
    """The item of figures two or more sources agree on (one value per distinct wording)."""
    slot = _slot(side)
    by_text: dict[str, list[Fig]] = {}
    for f in side:
        by_text.setdefault(f.text, []).append(f)
    return FigureItem(
        summary=_summary(slot, [side]),
        sources=_sources(side),
        evidence=_evidence(side),
        slot=slot,
        values=[_value(v) for v in by_text.values()],
    )


def conflict_item(sides: list[list[Fig]], reason: ConflictReason) -> FigureConflict:
    """The item of a conflict: one value and one side per group of agreeing figures."""
    allf = [f for s in sides for f in s]
    slot = _slot(allf)
    if reason == "different scope":
        slot.place = None
    return FigureConflict(
        summary=_summary(slot, sides),
        sources=_sources(allf),
        evidence=_evidence(allf),
        slot=slot,
        values=[_value(s) for s in sides],
        reason=reason,
        explanation=_explain(reason, sides, slot.counted),
        sides=[ConflictSide(label=_side_label(s), sources=_sources(s), evidence=_evidence(s)) for s in sides],
    )


def notable(f: Fig) -> bool:
    """Whether a figure no other source reports is worth listing as single-source."""
    if f.concept is not None or f.kind.startswith(("money", "quantity", "percent")):
        return True
    # A plain count of a plural noun ("120 rescuers"), not a reference number or a list position.
    return f.noun is not None and f.noun.endswith("s") and (f.value or 0) >= 10


def unnamed(f: Fig) -> bool:
    """Whether a figure's sentence says nothing of what it measures, so that alone it would be labelled
    "Amount": a length or a share with no noun ("diverted three of its ships to the port of Kallvik, about
    200 km to the north" was listed as "Amount: about 200 km", an incidental distance, not the fact). Such a
    figure's single-source item is summarised by its sentence (:func:`single_item`). Money is not: its label
    falls back on the words before it (:func:`crosswire.compare.figures.measures.money_label`)."""
    return f.kind.startswith(("quantity", "percent")) and _slot([f]).counted == "amount"


@cache
def _clause_end(language: str) -> re.Pattern[str]:
    """A clause boundary of ``language``: a semicolon, or a word of ``data/clause_joins.toml`` (optional comma
    before it)."""
    words = sorted(data_toml("clause_joins.toml")["joins"].get(language, []), key=len, reverse=True)
    joins = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\s*;|,?\s+(?:{joins})\s+" if joins else r"\s*;", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
QUOTE_MARKS = '"“”«»„'
MIN_CLAUSE_WORDS = 4  # a shorter kept clause says too little alone: the whole sentence is shown


def own_clause(sentence: str, f: Fig, language: str = "en") -> str:
    """The summary of a figure ``f`` that names nothing it measures: its ``sentence`` (as shown, dateline
    removed) up to the end of the figure's own clause when a later clause gives another number, else the whole
    sentence. "Australia bushfires have scorched 12M acres and killed at least 2 people." for the acres reads
    "Australia bushfires have scorched 12M acres": the deaths are another fact (here one other outlets give
    differently), not what only this source says. The result is the source's own words, a contiguous span
    from the sentence's start; the item's evidence still cites the whole sentence. Clause boundaries:
    :func:`_clause_end` (``data/clause_joins.toml``); fewer than :data:`MIN_CLAUSE_WORDS` words kept, a kept
    part ending in a bare number (a range read at its first end), a cut inside quoted words (a speaker's "borrow
    money at 3 percent and then lend it to us for 5" is one statement), or the figure not found in the sentence:
    the whole sentence."""
    where = [m.start() for m in re.finditer(re.escape(f.text), sentence)]
    if not where:
        return sentence
    at = min(where, key=lambda i: abs(i - len(f.before_text.strip())))
    end = at + len(f.text)
    cut = _clause_end(language).search(sentence, end)
    if cut is None or not _DIGIT.search(sentence, cut.end()):
        return sentence
    kept = sentence[: cut.start()].rstrip(" ,")
    if kept[-1:].isdigit():  # "between 10 and 20 acres" read at its 10: the number's phrase goes on
        return sentence
    if any(q in kept for q in QUOTE_MARKS):  # a speaker's words are shown as spoken ("at 3 percent and ... for 5")
        return sentence
    return kept if len(kept.split()) >= MIN_CLAUSE_WORDS else sentence


def echoes(f: Fig, used: list[Fig]) -> bool:
    """A leftover that repeats what another source already reports in an item (the same value said twice in
    one article pairs only once) is not single-source; nor is the same number of the same thing under another
    concept ("forcing 1,250 workers to leave" beside an agreed "1.250 Beschäftigte" / "1,250 employees")."""
    return any(
        (g.key == f.key or (f.what is not None and g.what == f.what and f.value is not None and f.value == g.value))
        and g.source != f.source
        and compatible(f, g)
        and time_rel(f, g) != "different"
        for g in used
    )


def other_time(f: Fig) -> str | None:
    """The time a figure's own sentence dates it to, as a reader would say it ("May 2025", "1978", "3 June
    2025"), when that time lies wholly outside the week up to its article's publication: the figure is then of
    another event than the one reported ("A magnitude 4.1 tremor shook the same area last month", in a report
    of the day's magnitude 6.4 quake). None when the sentence gives no time, or one inside that week, or the
    article has no date."""
    if not f.times or f.published is None or f.time_label is None:
        return None
    start, end = f.published
    if not all(hi < start or lo > end for lo, hi in f.times):
        return None
    return readable_time(f.time_label)


def readable_time(value: str) -> str:
    """An ISO date, month or year as written in an English report: "2025-05" -> "May 2025", "2025-06-03" ->
    "3 June 2025", "1978" -> "1978"; any other string as it is."""
    parts = value.split("-")
    if not all(p.isdigit() for p in parts) or not 1 <= len(parts) <= 3:
        return value
    if len(parts) == 1:
        return parts[0]
    month = calendar.month_name[int(parts[1])] if 1 <= int(parts[1]) <= 12 else parts[1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def single_item(f: Fig, copies: Sequence[Fig] = ()) -> FigureItem:
    """The item of a figure only one source gives. Its summary names what the figure counts, its place, and
    the time its sentence dates it to when that is another time than its article's (:func:`other_time`):
    shown alone, without a second source's figure beside it, the figure must say which event it is of. A
    figure whose sentence names nothing it measures (:func:`unnamed`) is summarised by that sentence.
    ``copies``: the same figure in the source's other articles (a wire's copy), cited too."""
    slot = _slot([f])
    sentence = next((ev.text for ev in f.evidence if ev.text), None)
    summary = _summary(slot, [[f]], other_time(f))
    return FigureItem(
        summary=own_clause(without_dateline(sentence), f) if unnamed(f) and sentence else summary,
        sources=[f.source],
        evidence=_evidence([f, *copies]),
        slot=slot,
        values=[_value([f])],
    )
