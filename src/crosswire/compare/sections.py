"""The sections of a comparison report, walked once for every text renderer, and what renderers share.

:func:`walk` visits a :class:`~crosswire.compare.records.Comparison` in report order (header, sources, brief,
conflicts, agreed, single-source, name variants, quote variants, timeline, who said what) and calls a
:class:`ReportWriter` for each part; the Markdown (:mod:`crosswire.compare.markdown`) and terminal
(:mod:`crosswire.compare.terminal`) renderers are two writers. The HTML page follows the same order in its
template. Every string these helpers return came from an article and is untrusted: renderers escape it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from crosswire.compare.align import cite
from crosswire.compare.records import (
    BriefSentence,
    ClaimConflict,
    Comparison,
    Conflict,
    ConflictSide,
    FigureConflict,
    FigureItem,
    Item,
    LeftSentence,
    NameVariant,
    QuoteVariant,
    RoleItem,
    SaidQuote,
    SpeakerQuotes,
    TimelineLine,
)
from crosswire.model import Evidence

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Section:
    """One list of a comparison as a report shows it."""

    key: str  # the Comparison field it shows
    title: str
    style: str  # the heading's colour in a terminal


BRIEF = Section("brief", "Brief", "bold")
CONFLICTS = Section("conflicts", "Conflicts", "red")
AGREED = Section("agreed", "Agreed", "green")
SINGLE_SOURCE = Section("single_source", "Single-source", "yellow")
UNMATCHED = Section("unmatched", "Not in any item", "dim")
NAME_VARIANTS = Section("name_variants", "Name variants", "magenta")
QUOTE_VARIANTS = Section("quote_variants", "Quote variants", "magenta")
TIMELINE = Section("timeline", "Timeline", "cyan")
WHO_SAID_WHAT = Section("who_said_what", "Who said what", "cyan")


class ReportWriter(Protocol):
    """What a text renderer writes for each part of a comparison; :func:`walk` calls it in report order."""

    def header(self, c: Comparison) -> None:
        """The title and the counts line."""

    def sources(self, c: Comparison) -> None:
        """The independent sources, each with its articles."""

    def open_section(self, section: Section, empty: bool) -> None:
        """A section's heading, and its note when its list is empty."""

    def close_section(self, section: Section) -> None:
        """Whatever ends a section."""

    def brief_sentence(self, sentence: BriefSentence) -> None:
        """One sentence of the brief."""

    def conflict(self, item: Conflict) -> None:
        """One conflict: headline, reason, explanation, each side with its evidence."""

    def item(self, section: Section, item: Item | LeftSentence) -> None:
        """One agreed or single-source item (``section`` says which) with its evidence."""

    def name_variant(self, variant: NameVariant) -> None:
        """One name spelled differently."""

    def quote_variant(self, variant: QuoteVariant) -> None:
        """One statement quoted in other words."""

    def timeline_line(self, line: TimelineLine) -> None:
        """One day of the timeline."""

    def speaker(self, row: SpeakerQuotes) -> None:
        """One speaker and their quotations."""


def _section(w: ReportWriter, section: Section, entries: Sequence[T], write: Callable[[T], None]) -> None:
    w.open_section(section, not entries)
    for entry in entries:
        write(entry)
    w.close_section(section)


def walk(c: Comparison, w: ReportWriter) -> None:
    """Write every part of ``c`` with ``w``, in report order."""
    w.header(c)
    w.sources(c)
    _section(w, BRIEF, c.brief, w.brief_sentence)
    _section(w, CONFLICTS, c.conflicts, w.conflict)
    _section(w, AGREED, c.agreed, lambda item: w.item(AGREED, item))
    _section(w, SINGLE_SOURCE, c.single_source, lambda item: w.item(SINGLE_SOURCE, item))
    if c.unmatched:  # shown only when a sentence is left: a story whose every sentence is in an item says nothing
        _section(w, UNMATCHED, c.unmatched, lambda item: w.item(UNMATCHED, item))
    _section(w, NAME_VARIANTS, c.name_variants, w.name_variant)
    _section(w, QUOTE_VARIANTS, c.quote_variants, w.quote_variant)
    _section(w, TIMELINE, c.timeline, w.timeline_line)
    _section(w, WHO_SAID_WHAT, c.who_said_what, w.speaker)


# -- shared helpers ------------------------------------------------------------------------------------------
@dataclass(slots=True)
class EvidenceGroup:
    """One evidence sentence (whitespace folded) and the outlets and articles that carry it."""

    text: str
    outlets: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


def evidence_groups(evidence: Iterable[Evidence]) -> list[EvidenceGroup]:
    """Evidence with identical sentences merged (syndicated copies repeat a sentence verbatim), in first-seen
    order; an article without an outlet is named by its id."""
    groups: dict[str, EvidenceGroup] = {}
    for ev in evidence:
        text = " ".join((ev.text or "").split())
        if not text:
            continue
        g = groups.setdefault(text, EvidenceGroup(text))
        outlet = ev.outlet or ev.article or "?"
        if outlet not in g.outlets:
            g.outlets.append(outlet)
        if ev.article and ev.article not in g.articles:
            g.articles.append(ev.article)
    return list(groups.values())


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; ``javascript:`` and friends stay text."""
    return url if url and re.match(r"^https?://", url.strip(), re.IGNORECASE) else None


def item_headline(item: Item | Conflict) -> str:
    """A short title for an item: what a figure counts (with place and time), what a claim conflict
    measures, or the item's summary."""
    if isinstance(item, ClaimConflict):
        return item.measure[:1].upper() + item.measure[1:]
    if isinstance(item, FigureItem) and item.slot.counted:
        slot = item.slot
        parts = [slot.counted]
        if slot.place:
            parts.append(f"in {slot.place}")
        if slot.time:
            parts.append(f"({slot.time})")
        head = " ".join(parts)
        return head[:1].upper() + head[1:]
    return item.summary or item.kind or "item"


def quoted(q: SaidQuote) -> str:
    """A quotation as shown: direct speech in quotation marks, reported speech as it was written."""
    text = " ".join(str(q.text or "").split())
    return text if q.kind and q.kind != "direct" else f"\u201c{text}\u201d"


def summary_with_cites(item: Item | LeftSentence) -> str:
    """The item's summary, with its citations appended unless the summary already carries some; a sentence in
    no item (:class:`LeftSentence`) with why, and the sentence it partly matches."""
    if isinstance(item, LeftSentence):
        line = f"{item.summary} {cite(item.sources)} ({item.reason})"
        if item.nearest:
            line += f"; nearest {cite(item.nearest_sources)}: {' '.join(item.nearest[0].text.split())}"
        return line
    summary = item.summary or item_headline(item)
    if isinstance(item, RoleItem):  # what the sources agree on is the role only, not what else they say
        summary = f"{summary} (the role each source gives)"
    return summary if re.search(r"\[\d+\]", summary) else f"{summary} {cite(item.sources)}".strip()


def conflict_sides(item: Conflict) -> list[ConflictSide]:
    """A conflict's sides; a figure conflict without sides shows one side per value."""
    if item.sides or not isinstance(item, FigureConflict):
        return item.sides
    return [ConflictSide(label=v.text, sources=v.sources, evidence=v.evidence) for v in item.values]
