"""The Markdown report of comparisons (CommonMark + GFM), every untrusted string escaped by :func:`md_escape`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

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
    Source,
    SpeakerQuotes,
    TimelineLine,
)
from crosswire.compare.sections import (
    AGREED,
    SINGLE_SOURCE,
    Section,
    conflict_sides,
    evidence_groups,
    item_headline,
    quoted,
    safe_url,
    summary_with_cites,
    walk,
)
from crosswire.compare.source_names import shown_agency
from crosswire.compare.unread import unread_line, unread_notice
from crosswire.model import Evidence
from crosswire.vocab.calendar import published_label

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>#:]|\d+(?=[.)]))")

# What a section says when its list is empty.
_EMPTY = {
    "brief": "No brief: nothing aligned across sources.",
    "conflicts": "No conflicts found.",
    "agreed": "No fact reported by two or more independent sources.",
    "single_source": "No single-source item found.",
    "unmatched": "Every sentence is in an item above.",
    "name_variants": "None.",
    "quote_variants": "None.",
    "timeline": "No dated events.",
    "who_said_what": "No attributed quotations.",
}


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _original(article_id: str, articles: dict[str, ComparedArticle]) -> str:
    """The article a copy syndicates, as a reader knows it: its outlet and title (its id only when it is not
    among the story's articles)."""
    a = articles.get(article_id)
    if a is None or not (a.outlet or a.name or a.title):
        return f"`{md_escape(article_id)}`"
    named = ", ".join(x for x in (a.outlet or a.name, f"“{a.title}”" if a.title else None) if x)
    return md_escape(named)


def md_escape(text: object) -> str:
    """Untrusted text made inert in Markdown (CommonMark + GFM tables).

    Why by hand: no maintained library escapes Markdown for output (markdown-it-py parses, it does not
    escape). CommonMark lets any ASCII punctuation be backslash-escaped, so this escapes every character that
    can open inline markup (emphasis, code, links, images, raw HTML, entities, tables, strikethrough) and the
    block markers that only matter at the start of a line (``#``, ``-``, ``+``, ``=``, ``>``, ``1.``); newlines
    are folded into spaces so a value cannot start a new block. Parentheses and ``!`` stay as they are: they only
    form links and images after a ``[``, which is always escaped.
    """
    s = " ".join(str("" if text is None else text).split())
    s = _MD_INLINE.sub(r"\\\1", s)
    match = _MD_LINE_START.match(s)
    if match:
        lead, token = match.group(1), match.group(2)
        if token.isdigit():  # "1." would start an ordered list: escape the dot after the digits
            end = match.end()
            s = s[:end] + "\\" + s[end:]
        else:
            s = lead + "\\" + s[len(lead) :]
    return s


def _md_url(url: str) -> str:
    """A URL safe inside ``<...>`` link destinations: no spaces, line breaks or angle brackets."""
    return re.sub(r"[\s<>]", lambda m: f"%{ord(m.group()):02X}", url.strip())


def _cites(sources: Iterable[int]) -> str:
    return md_escape(cite(sources))


class MarkdownWriter:
    """A :class:`~crosswire.compare.sections.ReportWriter` collecting Markdown lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def text(self) -> str:
        """The document written so far."""
        return "\n".join(self.lines).rstrip() + "\n"

    def _evidence(self, evidence: Iterable[Evidence], indent: str = "  ") -> None:
        for i, g in enumerate(evidence_groups(evidence)):
            if i:
                self.lines.append(f"{indent}>")  # a paragraph break: each outlet's sentence stands apart
            self.lines.append(f"{indent}> {md_escape(g.text)} — *{md_escape(', '.join(g.outlets))}*")

    def header(self, c: Comparison) -> None:
        e = md_escape
        dates = " – ".join(d for d in (c.first_seen, c.last_seen) if d)
        self.lines += [f"# {e(c.title or c.id)}", ""]
        self.lines.append(
            f"Story `{e(c.id)}`{(' · ' + e(dates)) if dates else ''} · {_n(c.stats.articles, 'article')}"
            f" · {_n(c.stats.sources, 'independent source')} · "
            f"{len(c.agreed)} agreed · {_n(len(c.conflicts), 'conflict')} · "
            f"{len(c.single_source)} single-source"
        )

    def sources(self, c: Comparison) -> None:
        self.lines += ["", "## Sources", ""]
        articles = {a.id: a for a in c.articles}
        for s in c.sources:
            self._source(s, articles)
        if c.unread:
            self.lines += ["", f"**Not read** ({unread_notice(c.unread)}):", ""]
            self.lines += [f"- {md_escape(unread_line(u))}" for u in c.unread]

    def _source(self, s: Source, articles: dict[str, ComparedArticle]) -> None:
        e = md_escape
        shown = shown_agency(s.outlets, s.agency)
        agency = f" (agency: {e(shown)})" if shown else ""
        self.lines.append(f"- **\\[{s.n}\\] {e(s.label)}**{agency}")
        for aid in s.articles:
            a = articles.get(aid) or ComparedArticle(id=aid)
            title = e(a.title or aid)
            url = safe_url(a.url)
            shown = f"[{title}](<{_md_url(url)}>)" if url else title
            extra = [x for x in (a.outlet or a.name, published_label(a.published)) if x]
            copy = f", copy of {_original(a.copy_of, articles)}" if a.copy_of else ""
            self.lines.append(f"  - {shown} — {e(', '.join(extra))}{copy}")

    def open_section(self, section: Section, empty: bool) -> None:
        blank = [] if self.lines and self.lines[-1] == "" else [""]  # one blank line before every heading
        self.lines += [*blank, f"## {section.title}", ""]
        if empty:
            self.lines.append(f"*{_EMPTY[section.key]}*")

    def close_section(self, section: Section) -> None:
        if section in (AGREED, SINGLE_SOURCE):
            self.lines.append("")

    def brief_sentence(self, sentence: BriefSentence) -> None:
        self.lines.append(f"- {md_escape(sentence.text)}")

    def conflict(self, item: Conflict) -> None:
        e = md_escape
        reason = f" — {e(item.reason)}" if item.reason else ""
        self.lines += [f"### {e(item_headline(item))}{reason}", ""]
        if item.explanation:
            self.lines += [e(item.explanation), ""]
        for side in conflict_sides(item):
            self.lines.append(f"- **{e(side.label)}** {_cites(side.sources)}")
            self._evidence(side.evidence)
        self.lines.append("")

    def item(self, section: Section, item: Item | LeftSentence) -> None:
        self.lines.append(f"- {md_escape(summary_with_cites(item))}")
        if not isinstance(item, LeftSentence):  # a left sentence is its own line: no quote of it again
            self._evidence(item.evidence)

    def name_variant(self, variant: NameVariant) -> None:
        e = md_escape
        spellings = ", ".join(f"{e(s.text)} {_cites(s.sources)}" for s in variant.spellings)
        self.lines.append(f"- **{e(variant.entity)}** ({e(variant.type or 'entity')}): {spellings}")
        self._evidence(variant.evidence)

    def quote_variant(self, variant: QuoteVariant) -> None:
        e = md_escape
        self.lines.append(f"- **{e(variant.speaker or 'Unknown speaker')}** (similarity {variant.similarity:.2f})")
        for q in variant.quotes:
            words = f"“{e(q.text)}”" if q.quoted else f"(reported) {e(q.text)}"
            self.lines.append(f"  - {words} {_cites(q.sources)}")
            self._evidence(q.evidence, indent="    ")

    def timeline_line(self, line: TimelineLine) -> None:
        e = md_escape
        ahead = " _(scheduled)_" if line.scheduled else ""
        self.lines.append(f"- **{e(line.date)}**{ahead} {e(line.text)} {_cites(line.sources)}")

    def speaker(self, row: SpeakerQuotes) -> None:
        e = md_escape
        self.lines.append(f"- **{e(row.speaker or 'Unknown speaker')}**")
        for q in row.quotes:
            kind = f" *({e(q.kind)})*" if q.kind else ""
            self.lines.append(f"  - {e(quoted(q))}{kind} {_cites(q.sources)}")


def render_markdown(comparisons: Sequence[Comparison]) -> str:
    """Every comparison as one Markdown document (comparisons separated by a rule); an empty brief is filled."""
    docs = []
    for c in comparisons:
        writer = MarkdownWriter()
        walk(with_brief(c), writer)
        docs.append(writer.text())
    return "\n\n---\n\n".join(docs) + "\n"
