"""``crosswire clean FILES``: clean pages without storing them and show each article, or print it as JSON."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from crosswire.clikit import JsonOption, console, esc, print_json, report_skipped
from crosswire.ingest import expand_paths, read_path
from crosswire.model import Article, IngestError, to_dict
from crosswire.pipeline import clean_one

REMOVED_SHOWN = 100  # characters of a removed line shown in the table


def clean(
    files: list[Path] = typer.Argument(..., help="Pages to clean: text, HTML, WARC, feeds, JSONL."),
    json_out: bool = JsonOption,
) -> None:
    """Print each cleaned article: metadata, body, subheadings, captions, credits, and what was removed."""
    articles: list[Article] = []
    for item in expand_paths(files):
        docs = [item] if isinstance(item, IngestError) else read_path(item)
        for doc in docs:
            result = doc if isinstance(doc, IngestError) else clean_one(doc)
            if isinstance(result, IngestError):
                report_skipped(result)
            else:
                articles.append(result)
    if json_out:
        print_json({"articles": [to_dict(a) for a in articles]})
    else:
        for article in articles:
            render_article(article)
    if not articles:
        raise typer.Exit(1)


def render_article(article: Article) -> None:
    """One cleaned article for the terminal: metadata, body, captions and credits, then the removed lines."""
    console.rule(esc(article.title or article.source))
    console.print(_metadata(article))
    console.print()
    for block in article.blocks:
        console.print(f"[bold]## {esc(block.text)}[/]" if block.kind == "subheading" else esc(block.text))
        console.print()
    if article.captions:
        console.print("[bold magenta]Captions[/]")
        for c in article.captions:
            shown = c.credit if c.credit and c.credit.startswith("(") else f"({c.credit})"  # once in brackets
            credit = f" [dim]{esc(shown)}[/]" if c.credit else ""
            console.print(f"  • {esc(c.text)}{credit}")
    if article.credits:
        console.print("[bold magenta]Credits[/]")
        for credit_line in article.credits:
            console.print(f"  • {esc(credit_line)}")
    if article.removed:
        console.print(_removed(article))


def _metadata(article: Article) -> Table:
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold cyan", no_wrap=True)
    meta.add_column()
    for label, value in [
        ("source", article.source),
        ("id", article.id),
        ("title", article.title),
        ("outlet", article.outlet),
        ("agency", article.agency),
        ("dateline", article.dateline),
        ("byline", article.byline),
        ("contributors", ", ".join(article.contributors)),
        ("published", article.published),
        ("language", article.language),
        ("words", str(article.word_count)),
    ]:
        meta.add_row(label, esc(value or "—"))
    return meta


def _removed(article: Article) -> Table:
    table = Table(title="Removed", title_justify="left", expand=True)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("reason", ratio=1)
    table.add_column("removed text", ratio=2, min_width=20)
    for r in article.removed:
        text = r.text if len(r.text) <= REMOVED_SHOWN else r.text[: REMOVED_SHOWN - 3] + "..."
        table.add_row(str(r.line or ""), esc(r.reason), esc(text))
    return table
