"""``crosswire facts TARGET``: the facts of one file or one stored article, as rich tables or JSON."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from crosswire.clikit import DbOption, console, esc, fail, open_store, print_json, report_skipped
from crosswire.facts.records import ArticleFacts, Figure
from crosswire.ingest import read_path
from crosswire.model import Article, IngestError
from crosswire.pipeline import clean_one
from crosswire.store.db import resolve_db_path
from crosswire.vocab.calendar import published_label


def _articles_from_file(path: Path) -> list[Article]:
    """The articles a file holds, cleaned; every input that cannot be read or cleaned is reported."""
    articles = []
    for item in read_path(path):
        result = item if isinstance(item, IngestError) else clean_one(item)
        if isinstance(result, IngestError):
            report_skipped(result)
        else:
            articles.append(result)
    return articles


def _facts_from_store(target: str, db: Path | None) -> tuple[list[Article], list[ArticleFacts]] | None:
    """The stored article ``target`` names (an id or a unique prefix) with its facts: the stored ones when
    they are of the current version, else extracted now (not stored). None when the store has no such
    article (or there is no store); an ambiguous prefix is an error."""
    if not resolve_db_path(db).exists():
        return None
    from crosswire.facts.stage import FACTS_VERSION, extract_facts

    with open_store(db, readonly=True) as store:
        ids = [target] if store.has_article(target) else store.find_articles(target)
        if len(ids) > 1:
            raise fail(f"{target!r} matches {len(ids)} articles: {', '.join(ids[:5])} ...; give more of the id")
        article = store.get_article(ids[0]) if ids else None
        if article is None:
            return None
        if (store.facts_version(article.id) or 0) >= FACTS_VERSION:
            stored = store.get_facts(article.id)
            if stored is not None:
                return [article], [ArticleFacts.from_dict(stored)]
        return [article], extract_facts([article])


def facts_command(
    target: str = typer.Argument(..., help="A file to read, or an article id (or id prefix) in the store."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
    db: Path | None = DbOption,
) -> None:
    """Entities, quotes, figures, dates and events of an article (a file, or an article id in the store), each
    with its evidence sentence; with --json also the article's claims."""
    from crosswire.facts.stage import extract_facts  # spaCy loads here, not for every crosswire command

    path = Path(target)
    if path.is_file():
        articles = _articles_from_file(path)
        if not articles:
            raise fail(f"{target}: no article could be read from this file")
        facts = extract_facts(articles)
    else:
        found = _facts_from_store(target, db)
        if found is None:
            raise fail(f"{target!r} is neither a file nor an article id in the store")
        articles, facts = found
    if json_out:
        data = [f.to_dict() for f in facts]
        print_json(data[0] if len(data) == 1 else data)
        return
    for article, f in zip(articles, facts, strict=True):
        render(article, f)


def render(article: Article, f: ArticleFacts, out: Console | None = None) -> None:
    """Human tables; every string from the article is escaped (untrusted text). Text columns wrap by word."""
    out = out or console
    out.print(
        f"[bold]{esc(article.title or article.id)}[/]  [dim]{esc(article.id)} · {esc(f.language or '?')}"
        + (f" · {esc(published_label(article.published))}" if article.published else "")
        + "[/]",
        soft_wrap=True,
    )
    if f.skipped:
        out.print(f"[yellow]skipped:[/] {esc(f.skipped)}", soft_wrap=True)
        return
    for table in (_entities(f), _quotes(f), _figures(f), _dates(f), _events(f)):
        out.print(table)


def _table(title: str, *columns: tuple[str, bool]) -> Table:
    """A table whose columns are ``(name, wraps)``: wrapping columns share the width, the others keep theirs."""
    table = Table(title=title, expand=True)
    for name, wraps in columns:
        if wraps:
            table.add_column(name, ratio=1, min_width=10)
        else:
            table.add_column(name, no_wrap=True)
    return table


def _entities(f: ArticleFacts) -> Table:
    t = _table(
        "Entities",
        ("id", False),
        ("type", False),
        ("name", True),
        ("mentions", False),
        ("roles", True),
        ("nationality", False),
    )
    for e in f.entities:
        t.add_row(e.id, e.type, esc(e.name), str(len(e.mentions)), esc(", ".join(e.roles)), esc(e.nationality or ""))
    return t


def _quotes(f: ArticleFacts) -> Table:
    t = _table("Quotes", ("kind", False), ("speaker", True), ("verb", False), ("text", True))
    for q in f.quotes:
        t.add_row(q.kind, esc(q.speaker_name or "?"), esc(q.verb or ""), esc(_short(q.text)))
    return t


def _value(g: Figure) -> str:
    """A figure's value (or range) with its currency or unit, and its qualifier on a second line."""
    value = f"{g.value:,}" if g.value is not None else f"{g.low:,}–{g.high:,}" if g.low is not None else ""
    if g.currency:
        value += f" {g.currency}"
    elif g.unit:
        value += f" {g.unit}"
    return esc(value) + (f"\n[dim]{esc(g.qualifier)}[/]" if g.qualifier else "")


def _figures(f: ArticleFacts) -> Table:
    t = _table("Figures", ("text", True), ("type", False), ("value", False), ("counted", True))
    t.add_column("place · time", ratio=1)
    t.add_column("source", ratio=1)
    for g in f.figures:
        context = "\n".join(esc(x) for x in (g.place, g.time) if x)
        t.add_row(esc(g.text), g.type, _value(g), esc(g.counted or ""), context, esc(g.attribution or ""))
    return t


def _dates(f: ArticleFacts) -> Table:
    t = _table("Dates", ("text", True), ("resolved", False), ("granularity", False))
    for d in f.dates:
        t.add_row(esc(d.text), d.value or "?", d.granularity or "")
    return t


def _events(f: ArticleFacts) -> Table:
    t = _table("Events", ("subject", True), ("verb", False), ("object", True))
    for ev in f.events:
        verb = ("not " if ev.negated else "") + (f"{ev.modal} " if ev.modal else "") + ev.verb
        t.add_row(esc(_short(ev.subject or "", 40)), esc(verb), esc(_short(ev.object or "", 50)))
    return t


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
