"""``crosswire facts TARGET``: the facts of one file or one stored article, as rich tables or JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from crosswire.facts.records import ArticleFacts
from crosswire.facts.stage import FACTS_VERSION, extract_facts
from crosswire.model import Article, IngestError

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def _fail(message: str) -> typer.Exit:
    err_console.print(f"[red]error:[/] {escape(message)}")
    return typer.Exit(1)


def _articles_from_file(path: Path) -> list[Article]:
    from crosswire.clean import clean_document
    from crosswire.ingest import read_path

    articles, errors = [], []
    for item in read_path(path):
        if isinstance(item, IngestError):
            errors.append(item)
            continue
        try:
            articles.append(clean_document(item))
        except Exception as exc:  # the cleaner's failure on one document is reported, not raised
            errors.append(IngestError(item.source, f"could not clean: {exc}"))
    for err in errors:
        err_console.print(f"[yellow]skipped[/] {escape(err.source)}: {escape(err.reason)}")
    return articles


def _facts_from_store(target: str, db: Path | None) -> tuple[list[Article], list[ArticleFacts]] | None:
    from crosswire.store import Store
    from crosswire.store.db import StoreError, resolve_db_path

    path = resolve_db_path(db)
    if not path.exists():
        return None
    try:
        store = Store(path, readonly=True)
    except StoreError as exc:
        raise _fail(str(exc)) from exc
    try:
        ids = [target] if store.has_article(target) else store.find_articles(target)
        if len(ids) > 1:
            raise _fail(f"{target!r} matches {len(ids)} articles: {', '.join(ids[:5])} ...; give more of the id")
        if not ids:
            return None
        article = store.get_article(ids[0])
        if article is None:
            return None
        row = store.conn.execute("SELECT version, data FROM facts WHERE article_id = ?", (article.id,)).fetchone()
        if row is not None and row["version"] >= FACTS_VERSION:
            return [article], [ArticleFacts.from_dict(json.loads(row["data"]))]
        return [article], extract_facts([article])
    finally:
        store.close()


def facts_command(
    target: str = typer.Argument(..., help="A file to read, or an article id (or id prefix) in the store."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
    db: Path | None = typer.Option(None, "--db", envvar="CROSSWIRE_DB", help="Store file (default ./crosswire.db)."),
) -> None:
    """Entities, quotes, figures, dates and events of one article."""
    path = Path(target)
    if path.is_file():
        articles = _articles_from_file(path)
        if not articles:
            raise _fail(f"{target}: no article could be read from this file")
        facts = extract_facts(articles)
    else:
        found = _facts_from_store(target, db)
        if found is None:
            raise _fail(f"{target!r} is neither a file nor an article id in the store")
        articles, facts = found
    if json_out:
        data = [f.to_dict() for f in facts]
        sys.stdout.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n")
        return
    for article, f in zip(articles, facts, strict=True):
        render(article, f)


def render(article: Article, f: ArticleFacts, out: Console | None = None) -> None:
    """Human tables; every string from the article is escaped (untrusted text)."""
    out = out or console
    title = escape(article.title or article.id)
    out.print(f"[bold]{title}[/]  [dim]{escape(article.id)} · {escape(f.language or '?')}[/]")
    if f.skipped:
        out.print(f"[yellow]skipped:[/] {escape(f.skipped)}")
        return
    t = Table(title="Entities", show_lines=False)
    for col in ("id", "type", "name", "mentions", "roles", "nationality"):
        t.add_column(col)
    for e in f.entities:
        t.add_row(
            e.id, e.type, escape(e.name), str(len(e.mentions)), escape(", ".join(e.roles)), escape(e.nationality or "")
        )
    out.print(t)
    t = Table(title="Quotes")
    for col in ("kind", "speaker", "verb", "text"):
        t.add_column(col)
    for q in f.quotes:
        t.add_row(q.kind, escape(q.speaker_name or "?"), escape(q.verb or ""), escape(_short(q.text)))
    out.print(t)
    t = Table(title="Figures")
    for col in ("text", "type", "value", "counted", "qualifier", "place", "time", "source"):
        t.add_column(col)
    for g in f.figures:
        value = f"{g.value:,}" if g.value is not None else f"{g.low:,}–{g.high:,}" if g.low is not None else ""
        if g.currency:
            value += f" {g.currency}"
        elif g.unit:
            value += f" {g.unit}"
        t.add_row(
            escape(g.text),
            g.type,
            value,
            escape(g.counted or ""),
            escape(g.qualifier or ""),
            escape(g.place or ""),
            g.time or "",
            escape(g.attribution or ""),
        )
    out.print(t)
    t = Table(title="Dates")
    for col in ("text", "resolved", "granularity"):
        t.add_column(col)
    for d in f.dates:
        t.add_row(escape(d.text), d.value or "?", d.granularity or "")
    out.print(t)
    t = Table(title="Events")
    for col in ("subject", "verb", "object"):
        t.add_column(col)
    for ev in f.events:
        verb = ("not " if ev.negated else "") + (f"{ev.modal} " if ev.modal else "") + ev.verb
        t.add_row(escape(_short(ev.subject or "", 40)), escape(verb), escape(_short(ev.object or "", 50)))
    out.print(t)


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
