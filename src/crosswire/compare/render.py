"""Renderers of a comparison dict (compare-schema.md): terminal (rich), Markdown, JSON and one HTML page.

Every string that came from an article (titles, outlets, sentences, labels built from them) is untrusted:
rich output goes through :func:`rich.markup.escape`, HTML through Jinja's autoescape (plus a Content Security
Policy that forbids scripts, and links only for http(s) URLs), Markdown through :func:`md_escape`. All renderers
show the same sections in the same order: articles and sources, brief, conflicts (each side with its evidence
sentences), agreed, single-source, name variants, quote variants, timeline, who said what.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from crosswire.compare.brief import cite, with_brief

TEMPLATES = Path(__file__).resolve().parent / "templates"

Comparison = dict[str, Any]


# -- shared helpers ----------------------------------------------------------------------------------------
def evidence_groups(evidence: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Evidence with identical sentences merged (syndicated copies repeat a sentence verbatim):
    ``[{"text", "outlets": [...], "articles": [...]}]`` in first-seen order."""
    groups: dict[str, dict[str, Any]] = {}
    for ev in evidence or []:
        text = " ".join((ev.get("text") or "").split())
        if not text:
            continue
        g = groups.setdefault(text, {"text": text, "outlets": [], "articles": []})
        outlet = ev.get("outlet") or ev.get("article") or "?"
        if outlet not in g["outlets"]:
            g["outlets"].append(outlet)
        if ev.get("article") and ev["article"] not in g["articles"]:
            g["articles"].append(ev["article"])
    return list(groups.values())


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; ``javascript:`` and friends stay text."""
    return url if url and re.match(r"^https?://", url.strip(), re.IGNORECASE) else None


def item_headline(item: dict[str, Any]) -> str:
    """A short title for an item: what a figure counts (with place and time) or the item's summary."""
    slot = item.get("slot") or {}
    if slot.get("counted"):
        parts = [str(slot["counted"])]
        if slot.get("place"):
            parts.append(f"in {slot['place']}")
        if slot.get("time"):
            parts.append(f"({slot['time']})")
        head = " ".join(parts)
        return head[:1].upper() + head[1:]
    return item.get("summary") or item.get("kind") or "item"


def quoted(q: dict[str, Any]) -> str:
    """A quotation as shown: direct speech in quotation marks, reported speech as it was written."""
    text = " ".join(str(q.get("text") or "").split())
    return text if q.get("kind") and q.get("kind") != "direct" else f"\u201c{text}\u201d"


def summary_with_cites(item: dict[str, Any]) -> str:
    """The item's summary, with its citations appended unless the summary already carries some."""
    summary = item.get("summary") or item_headline(item)
    return summary if re.search(r"\[\d+\]", summary) else f"{summary} {cite(item.get('sources') or [])}".strip()


def _sides(item: dict[str, Any]) -> list[dict[str, Any]]:
    sides = item.get("sides") or []
    if sides:
        return sides
    return [
        {"label": v.get("text"), "sources": v.get("sources") or [], "evidence": v.get("evidence") or []}
        for v in item.get("values") or []
    ]


def _source_by_n(comparison: Comparison) -> dict[int, dict[str, Any]]:
    return {int(s["n"]): s for s in comparison.get("sources") or [] if s.get("n") is not None}


def prepare(comparison: Comparison) -> Comparison:
    """The comparison as renderers use it: brief filled in when the stage left it empty."""
    return with_brief(comparison)


# -- JSON ----------------------------------------------------------------------------------------------------
def render_json(comparisons: Sequence[Comparison]) -> str:
    """``{"stories": [comparison, ...]}`` as indented JSON (UTF-8 text, not ASCII-escaped)."""
    return json.dumps({"stories": [prepare(c) for c in comparisons]}, ensure_ascii=False, indent=2) + "\n"


# -- Markdown ------------------------------------------------------------------------------------------------
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>#:]|\d+(?=[.)]))")


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


def render_markdown(comparisons: Sequence[Comparison]) -> str:
    """Every comparison as one Markdown document."""
    return "\n\n---\n\n".join(_markdown_one(prepare(c)) for c in comparisons) + "\n"


def _md_cites(sources: Iterable[int]) -> str:
    return md_escape(cite(sources))


def _md_evidence(lines: list[str], evidence: Iterable[dict[str, Any]], indent: str = "  ") -> None:
    for g in evidence_groups(evidence):
        lines.append(f"{indent}> {md_escape(g['text'])} — *{md_escape(', '.join(g['outlets']))}*")


def _markdown_one(c: Comparison) -> str:
    e = md_escape
    stats = c.get("stats") or {}
    lines = [f"# {e(c.get('title') or c.get('id'))}", ""]
    dates = " – ".join(d for d in (c.get("first_seen"), c.get("last_seen")) if d)
    lines.append(
        f"Story `{e(c.get('id'))}`{(' · ' + e(dates)) if dates else ''} · {stats.get('articles', len(c.get('articles') or []))} articles"
        f" · {stats.get('sources', len(c.get('sources') or []))} independent sources · "
        f"{len(c.get('agreed') or [])} agreed · {len(c.get('conflicts') or [])} conflicts · "
        f"{len(c.get('single_source') or [])} single-source"
    )
    lines += ["", "## Sources", ""]
    articles = {a.get("id"): a for a in c.get("articles") or []}
    for s in c.get("sources") or []:
        agency = f" (agency: {e(s.get('agency'))})" if s.get("agency") else ""
        lines.append(f"- **\\[{int(s['n'])}\\] {e(s.get('label'))}**{agency}")
        for aid in s.get("articles") or []:
            a = articles.get(aid, {"id": aid})
            title = e(a.get("title") or aid)
            url = safe_url(a.get("url"))
            shown = f"[{title}](<{_md_url(url)}>)" if url else title
            extra = [x for x in (a.get("outlet"), (a.get("published") or "")[:10]) if x]
            copy = f", copy of `{e(a['copy_of'])}`" if a.get("copy_of") else ""
            lines.append(f"  - {shown} — {e(', '.join(extra))}{copy}")
    lines += ["", "## Brief", ""]
    brief = c.get("brief") or []
    lines += [f"- {e(s.get('text'))}" for s in brief] or ["*No brief: nothing aligned across sources.*"]

    lines += ["", "## Conflicts", ""]
    if not c.get("conflicts"):
        lines.append("*No conflicts found.*")
    for item in c.get("conflicts") or []:
        reason = f" — {e(item.get('reason'))}" if item.get("reason") else ""
        lines += [f"### {e(item_headline(item))}{reason}", ""]
        if item.get("explanation"):
            lines += [e(item["explanation"]), ""]
        for side in _sides(item):
            lines.append(f"- **{e(side.get('label'))}** {_md_cites(side.get('sources') or [])}")
            _md_evidence(lines, side.get("evidence") or [])
        lines.append("")

    for key, heading, empty in (
        ("agreed", "Agreed", "No fact reported by two or more independent sources."),
        ("single_source", "Single-source", "Every fact is reported by more than one source."),
    ):
        lines += [f"## {heading}", ""]
        if not c.get(key):
            lines.append(f"*{empty}*")
        for item in c.get(key) or []:
            lines.append(f"- {e(summary_with_cites(item))}")
            _md_evidence(lines, item.get("evidence") or [])
        lines.append("")

    lines += ["## Name variants", ""]
    if not c.get("name_variants"):
        lines.append("*None.*")
    for v in c.get("name_variants") or []:
        spellings = ", ".join(
            f"{e(s.get('text'))} {_md_cites(s.get('sources') or [])}" for s in v.get("spellings") or []
        )
        lines.append(f"- **{e(v.get('entity'))}** ({e(v.get('type') or 'entity')}): {spellings}")
        _md_evidence(lines, v.get("evidence") or [])
    lines += ["", "## Quote variants", ""]
    if not c.get("quote_variants"):
        lines.append("*None.*")
    for v in c.get("quote_variants") or []:
        sim = f" (similarity {float(v['similarity']):.2f})" if isinstance(v.get("similarity"), (int, float)) else ""
        lines.append(f"- **{e(v.get('speaker') or 'Unknown speaker')}**{sim}")
        for q in v.get("quotes") or []:
            lines.append(f"  - “{e(q.get('text'))}” {_md_cites(q.get('sources') or [])}")
            _md_evidence(lines, q.get("evidence") or [], indent="    ")

    lines += ["", "## Timeline", ""]
    if not c.get("timeline"):
        lines.append("*No dated events.*")
    for t in c.get("timeline") or []:
        lines.append(f"- **{e(t.get('date'))}** {e(t.get('text'))} {_md_cites(t.get('sources') or [])}")

    lines += ["", "## Who said what", ""]
    if not c.get("who_said_what"):
        lines.append("*No attributed quotations.*")
    for w in c.get("who_said_what") or []:
        lines.append(f"- **{e(w.get('speaker') or 'Unknown speaker')}**")
        for q in w.get("quotes") or []:
            kind = f" *({e(q.get('kind'))})*" if q.get("kind") else ""
            lines.append(f"  - {e(quoted(q))}{kind} {_md_cites(q.get('sources') or [])}")
    return "\n".join(lines).rstrip() + "\n"


# -- HTML ----------------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _jinja_env():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every {{ }} is escaped, whatever the template name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        cite=cite,
        evidence_groups=evidence_groups,
        safe_url=safe_url,
        item_headline=item_headline,
        sides=_sides,
        summary_with_cites=summary_with_cites,
        quoted=quoted,
    )
    return env


def render_html(comparisons: Sequence[Comparison], *, title: str | None = None) -> str:
    """One self-contained page (inline CSS, no scripts, no external assets) showing every comparison."""
    stories = [prepare(c) for c in comparisons]
    page_title = title or (stories[0].get("title") if len(stories) == 1 else f"{len(stories)} stories compared")
    return _jinja_env().get_template("comparison.html.j2").render(title=page_title or "crosswire", stories=stories)


# -- terminal ------------------------------------------------------------------------------------------------
def render_terminal(comparison: Comparison, console: Console) -> None:
    """A readable report on a rich console; every untrusted string is escaped."""
    c = prepare(comparison)
    e = _e
    stats = c.get("stats") or {}
    console.rule(f"[bold]{e(c.get('title') or c.get('id'))}[/]")
    dates = " – ".join(d for d in (c.get("first_seen"), c.get("last_seen")) if d)
    console.print(
        f"[dim]{e(c.get('id'))}[/]  {e(dates)}  {stats.get('articles', len(c.get('articles') or []))} articles, "
        f"{stats.get('sources', len(c.get('sources') or []))} independent sources: "
        f"[green]{len(c.get('agreed') or [])} agreed[/], [red]{len(c.get('conflicts') or [])} conflicts[/], "
        f"[yellow]{len(c.get('single_source') or [])} single-source[/]"
    )
    articles = {a.get("id"): a for a in c.get("articles") or []}
    table = Table("#", "source", "agency", "articles", title="Sources", title_justify="left", show_lines=False)
    for s in c.get("sources") or []:
        arts = []
        for aid in s.get("articles") or []:
            a = articles.get(aid, {"id": aid})
            copy = " (copy)" if a.get("copy_of") else ""
            arts.append(f"{a.get('outlet') or '?'}: {a.get('title') or aid} {(a.get('published') or '')[:10]}{copy}")
        table.add_row(e(f"[{int(s['n'])}]"), e(s.get("label")), e(s.get("agency") or ""), e("\n".join(arts)))
    console.print(table)

    _heading(console, "Brief")
    for s in c.get("brief") or []:
        console.print(f"  • {e(s.get('text'))}")
    if not c.get("brief"):
        console.print("  [dim]nothing aligned across sources[/]")

    _heading(console, "Conflicts", "red")
    if not c.get("conflicts"):
        console.print("  [dim]none found[/]")
    for item in c.get("conflicts") or []:
        reason = f" [dim]({e(item.get('reason'))})[/]" if item.get("reason") else ""
        console.print(f"  [bold red]✗[/] [bold]{e(item_headline(item))}[/]{reason}")
        if item.get("explanation"):
            console.print(f"    [italic]{e(item['explanation'])}[/]")
        for side in _sides(item):
            console.print(f"    [bold]{e(side.get('label'))}[/] {e(cite(side.get('sources') or []))}")
            _evidence_terminal(console, side.get("evidence") or [], "      ")

    for key, heading, style, mark in (
        ("agreed", "Agreed", "green", "✓"),
        ("single_source", "Single-source", "yellow", "•"),
    ):
        _heading(console, heading, style)
        if not c.get(key):
            console.print("  [dim]none[/]")
        for item in c.get(key) or []:
            console.print(f"  [{style}]{mark}[/] {e(summary_with_cites(item))}")
            _evidence_terminal(console, item.get("evidence") or [], "      ")

    _heading(console, "Name variants", "magenta")
    if not c.get("name_variants"):
        console.print("  [dim]none[/]")
    for v in c.get("name_variants") or []:
        spellings = ", ".join(f"{s.get('text')} {cite(s.get('sources') or [])}" for s in v.get("spellings") or [])
        console.print(f"  [bold]{e(v.get('entity'))}[/] [dim]({e(v.get('type') or 'entity')})[/]: {e(spellings)}")
    _heading(console, "Quote variants", "magenta")
    if not c.get("quote_variants"):
        console.print("  [dim]none[/]")
    for v in c.get("quote_variants") or []:
        sim = (
            f" [dim](similarity {float(v['similarity']):.2f})[/]"
            if isinstance(v.get("similarity"), (int, float))
            else ""
        )
        console.print(f"  [bold]{e(v.get('speaker') or 'unknown speaker')}[/]{sim}")
        for q in v.get("quotes") or []:
            console.print(f"    “{e(q.get('text'))}” {e(cite(q.get('sources') or []))}")

    _heading(console, "Timeline", "cyan")
    if not c.get("timeline"):
        console.print("  [dim]no dated events[/]")
    for t in c.get("timeline") or []:
        console.print(f"  [cyan]{e(t.get('date'))}[/]  {e(t.get('text'))} {e(cite(t.get('sources') or []))}")

    _heading(console, "Who said what", "cyan")
    if not c.get("who_said_what"):
        console.print("  [dim]no attributed quotations[/]")
    for w in c.get("who_said_what") or []:
        console.print(f"  [bold]{e(w.get('speaker') or 'unknown speaker')}[/]")
        for q in w.get("quotes") or []:
            kind = f" [dim]({e(q.get('kind'))})[/]" if q.get("kind") else ""
            console.print(f"    {e(quoted(q))}{kind} {e(cite(q.get('sources') or []))}")


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _heading(console: Console, text: str, style: str = "bold") -> None:
    console.print()
    console.print(f"[bold {style}]{text}[/]" if style != "bold" else f"[bold]{text}[/]")


def _evidence_terminal(console: Console, evidence: Iterable[dict[str, Any]], indent: str) -> None:
    for g in evidence_groups(evidence):
        console.print(f"{indent}[dim]“{_e(g['text'])}” — {_e(', '.join(g['outlets']))}[/]")
