"""Typer command functions for stories; the main app registers them (``crosswire stories|show|recluster``).

Kept free of imports from :mod:`crosswire.cli` so that module can import this one without a cycle. Untrusted
text (titles, outlets, paragraphs) is escaped before rich renders it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from crosswire.store import Store
from crosswire.store.db import StoreError
from crosswire.stories.read import get_story, list_stories
from crosswire.stories.stage import recluster

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _open(db: Path | None, *, readonly: bool) -> Store:
    try:
        if readonly and db is not None and not Path(db).exists():
            raise StoreError(f"{db}: no such store (run `crosswire ingest` first)")
        return Store(db, readonly=readonly)
    except StoreError as exc:
        err_console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from exc


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def stories_command(
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    db: Path | None = typer.Option(None, "--db", envvar="CROSSWIRE_DB", help="Store file (default ./crosswire.db)."),
) -> None:
    """List stories: same-event articles grouped, most recent first, with outlets and wire copies."""
    with _open(db, readonly=True) as store:
        stories = list_stories(store)
    if json_out:
        _print_json({"stories": stories})
        return
    table = Table(title=f"{len(stories)} stories")
    for name in ("id", "first seen", "last seen", "articles", "copies"):
        table.add_column(name, no_wrap=True)
    table.add_column("outlets", ratio=1)
    table.add_column("title", ratio=2)
    for s in stories:
        copies = sum(len(c["articles"]) - 1 for c in s["copies"])
        outlets = ", ".join(s["outlets"][:4]) + (f" +{len(s['outlets']) - 4}" if len(s["outlets"]) > 4 else "")
        table.add_row(
            _e(s["id"]),
            _e(s["first_seen"] or "-"),
            _e(s["last_seen"] or "-"),
            str(s["size"]),
            str(copies),
            _e(outlets),
            _e(s["title"]),
        )
    console.print(table)


def show_command(
    story: str = typer.Argument(..., help="Story id or a unique prefix of it."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    db: Path | None = typer.Option(None, "--db", envvar="CROSSWIRE_DB", help="Store file (default ./crosswire.db)."),
) -> None:
    """Show one story: its articles, the wire copies outlets ran, and what each copy changed."""
    with _open(db, readonly=True) as store:
        data = get_story(store, story)
    if data is None:
        err_console.print(f"[red]error:[/] no story with id or unique prefix {escape(repr(story))}")
        raise typer.Exit(1)
    if json_out:
        _print_json(data)
        return
    print_story(data)


def print_story(data: dict) -> None:
    """One story for the terminal: header, articles, and what each wire copy changed (shared with ``show``
    in the compare stage, which prints the comparison after it)."""
    console.print(f"[bold]{_e(data['title'])}[/]  [dim]{_e(data['id'])}[/]")
    console.print(
        f"{_e(data['first_seen'] or 'undated')} – {_e(data['last_seen'] or 'undated')}; "
        f"outlets: {_e(', '.join(data['outlets']))}; agencies: {_e(', '.join(data['agencies']) or '-')}"
    )
    table = Table("id", "published", "outlet", "agency", "copy of", "title", title=f"{data['size']} articles")
    for a in data["articles"]:
        table.add_row(
            _e(a["id"]),
            _e(a["published"] or "-"),
            _e(a["outlet"]),
            _e(a["agency"]),
            _e(a["copy_of"] or ""),
            _e(a["title"]),
        )
    console.print(table)
    for group in data["copies"]:
        console.print(f"\n[bold]Wire copy[/] {_e(group['wire'])} run by {_e(', '.join(group['outlets']))}")
        for ch in group["changes"]:
            if not ch["added"] and not ch["removed"] and not ch.get("title"):
                console.print(f"  {_e(ch['article'])}: [dim]unchanged[/]")
                continue
            console.print(f"  {_e(ch['article'])}:")
            if ch.get("title"):
                console.print(f"    headline: {_e(ch['title'])}")
            for p in ch["removed"]:
                console.print(f"    [red]- {_e(p)}[/]")
            for p in ch["added"]:
                console.print(f"    [green]+ {_e(p)}[/]")


def recluster_command(
    db: Path | None = typer.Option(None, "--db", envvar="CROSSWIRE_DB", help="Store file (default ./crosswire.db)."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Rebuild all stories from every article in ingest order and report what differs from before."""
    with _open(db, readonly=False) as store:
        report = recluster(store)
    if json_out:
        _print_json(report.as_dict())
        return
    u = report.update
    console.print(
        f"{report.articles} articles → {report.stories_after} stories (before: {report.stories_before}); "
        f"{u.copies} syndicated copies, {u.merges} merges"
    )
    if report.equal:
        console.print("identical to the stored stories")
    else:
        console.print(
            f"[yellow]{report.moved_count} articles differ from the stored stories:[/] "
            f"{_e(', '.join(report.moved[:20]))}{' …' if report.moved_count > 20 else ''}"
        )
