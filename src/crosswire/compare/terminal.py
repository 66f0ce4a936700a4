"""The terminal report of a comparison on a rich console; every untrusted string goes through rich's ``escape``."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from crosswire.compare.align import cite
from crosswire.compare.brief import with_brief
from crosswire.compare.records import (
    BriefSentence,
    ComparedArticle,
    Comparison,
    Conflict,
    Item,
    LeftSentence,
    NameVariant,
    QuoteVariant,
    SpeakerQuotes,
    TimelineLine,
)
from crosswire.compare.sections import (
    AGREED,
    UNMATCHED,
    Section,
    conflict_sides,
    evidence_groups,
    item_headline,
    quoted,
    summary_with_cites,
    walk,
)
from crosswire.compare.source_names import shown_agency
from crosswire.compare.unread import unread_line, unread_notice
from crosswire.model import Evidence
from crosswire.vocab.calendar import published_label

# What a section says when its list is empty.
_EMPTY = {
    "brief": "nothing aligned across sources",
    "conflicts": "none found",
    "timeline": "no dated events",
    "who_said_what": "no attributed quotations",
}

_OPENING_QUOTES = "\"“‘«„'"  # marks a source sentence may open with


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


class TerminalWriter:
    """A :class:`~crosswire.compare.sections.ReportWriter` printing to a rich console."""

    def __init__(self, console: Console, left: bool = False) -> None:
        self.console = console
        self.left = left  # list "Not in any item" sentence by sentence; else a count per source and how to list
        self.shown: Comparison | None = None  # the comparison being written (set by header)

    def _evidence(self, evidence: Iterable[Evidence], indent: str = "      ") -> None:
        for g in evidence_groups(evidence):
            text = g.text if g.text[:1] in _OPENING_QUOTES else f"“{g.text}”"  # a quote is not quoted twice
            self.console.print(f"{indent}[dim]{_e(text)} — {_e(', '.join(g.outlets))}[/]")

    def header(self, c: Comparison) -> None:
        self.shown = c
        self.console.rule(f"[bold]{_e(c.title or c.id)}[/]")
        dates = " – ".join(d for d in (c.first_seen, c.last_seen) if d)
        self.console.print(
            f"[dim]{_e(c.id)}[/]  {_e(dates)}  {_n(c.stats.articles, 'article')}, "
            f"{_n(c.stats.sources, 'independent source')}: "
            + (
                f"[green]{len(c.agreed)} agreed[/], [red]{_n(len(c.conflicts), 'conflict')}[/], "
                f"[yellow]{len(c.single_source)} single-source[/]"
                if c.stats.sources > 1
                else "nothing to compare across sources (its facts, quotes and timeline follow)"
            )
        )

    def sources(self, c: Comparison) -> None:
        articles = {a.id: a for a in c.articles}
        table = Table("#", "source", "agency", "articles", title="Sources", title_justify="left", show_lines=False)
        for s in c.sources:
            arts = []
            for aid in s.articles:
                a = articles.get(aid) or ComparedArticle(id=aid)
                copy = " (copy)" if a.copy_of else ""
                # the time first, where a long headline cannot wrap it away from its "UTC" or "local"
                when = published_label(a.published)
                arts.append(f"{when + ' · ' if when else ''}{a.outlet or a.name or '?'}: {a.title or aid}{copy}")
            table.add_row(_e(f"[{s.n}]"), _e(s.label), _e(shown_agency(s.outlets, s.agency) or ""), _e("\n".join(arts)))
        self.console.print(table)
        if c.unread:
            self.console.print(f"[bold yellow]Not read[/] ({unread_notice(c.unread)}):")
            for u in c.unread:
                self.console.print(f"  {_e(unread_line(u))}", soft_wrap=True)

    def open_section(self, section: Section, empty: bool) -> None:
        self.console.print()
        style = section.style
        self.console.print(f"[bold {style}]{section.title}[/]" if style != "bold" else f"[bold]{section.title}[/]")
        if empty:
            self.console.print(f"  [dim]{_EMPTY.get(section.key, 'none')}[/]")
        elif section == UNMATCHED and not self.left and self.shown is not None:
            # the section is as long as the articles' unmatched sentences (982 on the 181 real pages): a count
            # per source and the flag that lists them, never silence
            self.console.print(f"  [dim]{_e(left_summary(self.shown))}[/]")

    def close_section(self, section: Section) -> None:
        pass

    def brief_sentence(self, sentence: BriefSentence) -> None:
        self.console.print(f"  • {_e(sentence.text)}")

    def conflict(self, item: Conflict) -> None:
        reason = f" [dim]({_e(item.reason)})[/]" if item.reason else ""
        self.console.print(f"  [bold red]✗[/] [bold]{_e(item_headline(item))}[/]{reason}")
        if item.explanation:
            self.console.print(f"    [italic]{_e(item.explanation)}[/]")
        for side in conflict_sides(item):
            self.console.print(f"    [bold]{_e(side.label)}[/] {_e(cite(side.sources))}")
            self._evidence(side.evidence)

    def item(self, section: Section, item: Item | LeftSentence) -> None:
        if section == UNMATCHED and not self.left:
            return  # counted by left_counts
        style, mark = ("green", "✓") if section == AGREED else ("yellow", "•")
        self.console.print(f"  [{style}]{mark}[/] {_e(summary_with_cites(item))}")
        if not isinstance(item, LeftSentence):  # a left sentence is its own line: no quote of it again
            self._evidence(item.evidence)

    def name_variant(self, variant: NameVariant) -> None:
        spellings = ", ".join(f"{s.text} {cite(s.sources)}" for s in variant.spellings)
        self.console.print(f"  [bold]{_e(variant.entity)}[/] [dim]({_e(variant.type or 'entity')})[/]: {_e(spellings)}")

    def quote_variant(self, variant: QuoteVariant) -> None:
        sim = f" [dim](similarity {variant.similarity:.2f})[/]"
        self.console.print(f"  [bold]{_e(variant.speaker or 'unknown speaker')}[/]{sim}")
        for q in variant.quotes:
            words = f"“{_e(q.text)}”" if q.quoted else f"(reported) {_e(q.text)}"
            self.console.print(f"    {words} {_e(cite(q.sources))}")

    def timeline_line(self, line: TimelineLine) -> None:
        ahead = " [dim](scheduled)[/]" if line.scheduled else ""
        self.console.print(f"  [cyan]{_e(line.date)}[/]{ahead}  {_e(line.text)} {_e(cite(line.sources))}")

    def speaker(self, row: SpeakerQuotes) -> None:
        self.console.print(f"  [bold]{_e(row.speaker or 'unknown speaker')}[/]")
        for q in row.quotes:
            kind = f" [dim]({_e(q.kind)})[/]" if q.kind else ""
            self.console.print(f"    {_e(quoted(q))}{kind} {_e(cite(q.sources))}")


LEFT_FLAG = "--left"  # the flag of `crosswire compare`, `show` and `demo` that lists "Not in any item" in full


def left_summary(c: Comparison) -> str:
    """One line for a comparison's "Not in any item": how many sentences, how many from each source, and how to
    list them ("12 sentences: [1] 5, [2] 4, [3] 3. List them with --left; --markdown, --json and --html always
    do.")."""
    per: dict[int, int] = {}
    for left in c.unmatched:
        for src in left.sources:
            per[src] = per.get(src, 0) + 1
    counts = ", ".join(f"[{src}] {n}" for src, n in sorted(per.items()))
    return (
        f"{_n(len(c.unmatched), 'sentence')}: {counts}. List them with {LEFT_FLAG}; "
        "--markdown, --json and --html always do."
    )


def render_terminal(comparison: Comparison, console: Console, left: bool = False) -> None:
    """A readable report of one comparison on a rich console (an empty brief is filled first). ``left``: list
    every sentence in no item; by default that section is a count per source and the flag that lists them."""
    writer = TerminalWriter(console, left)
    walk(with_brief(comparison), writer)


def _n(count: int, noun: str) -> str:
    """The count with its noun, plural unless one ("1 article", "2 articles")."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
