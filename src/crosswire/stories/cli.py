"""Typer command functions for stories: ``crosswire stories`` and ``crosswire recluster``, registered by the
main app, and :func:`print_story`, the terminal view of one story that ``crosswire show`` (the compare stage's
command) prints before the comparison. :func:`show_command` shows a story alone.

Kept free of imports from :mod:`crosswire.cli` so that module can import this one without a cycle. Untrusted
text (titles, outlets, paragraphs) is escaped before rich renders it (:func:`crosswire.clikit.esc`).
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from crosswire.clikit import (
    DbOption,
    JsonOption,
    console,
    err_console,
    esc,
    fail,
    open_store,
    print_json,
    say,
    unique_prefixes,
)
from crosswire.stories.read import get_story, list_stories
from crosswire.stories.records import CopyGroup, Story
from crosswire.stories.wire import when
from crosswire.vocab.calendar import NO_ZONE_MARK, iso_datetime

__all__ = ["console", "err_console", "print_story", "recluster_command", "show_command", "stories_command"]


def _outlets(outlets: list[str], shown: int = 4) -> str:
    return ", ".join(outlets[:shown]) + (f" +{len(outlets) - shown}" if len(outlets) > shown else "")


def _days(first: str | None, last: str | None) -> str:
    """The first day, and the last on a second line when it differs."""
    if not first and not last:
        return "-"
    return esc(first or "-") if (last or first) == first else f"{esc(first or '-')}\n{esc(last)}"


def stories_table(stories: list[Story], title: str | None = None) -> Table:
    """Stories one per row: id in full, days, articles and copies, then the title over its outlets, the one
    column that wraps (by word) so the table reads at 80 columns. ``title`` defaults to "N stories"."""
    table = Table(title=title or f"{len(stories)} {'story' if len(stories) == 1 else 'stories'}", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("seen", no_wrap=True)
    table.add_column("arts", justify="right", no_wrap=True)
    table.add_column("copies", justify="right", no_wrap=True)
    table.add_column("title · outlets", ratio=1, min_width=20)
    for s in stories:
        title = f"{esc(s.title or '-')}\n[dim]{esc(_outlets(s.outlets))}[/]"
        table.add_row(esc(s.id), _days(s.first_seen, s.last_seen), str(s.size), str(s.copy_count), title)
    return table


def stories_command(json_out: bool = JsonOption, db: Path | None = DbOption) -> None:
    """List stories: same-event articles grouped, most recent first, with outlets and wire copies."""
    with open_store(db, readonly=True) as store:
        stories = list_stories(store)
    if json_out:
        print_json({"stories": [s.to_dict() for s in stories]})
        return
    console.print(stories_table(stories))


def show_command(
    story: str = typer.Argument(..., help="Story id or a unique prefix of it."),
    json_out: bool = JsonOption,
    db: Path | None = DbOption,
) -> None:
    """Show one story: its articles, the wire copies outlets ran, and what each copy changed."""
    with open_store(db, readonly=True) as store:
        found = get_story(store, story)
        prefixes = unique_prefixes(store.article_ids())
    if found is None:
        raise fail(f"no story with id or unique prefix {story!r}")
    if json_out:
        print_json(found.to_dict())
        return
    print_story(found, prefixes)


def _published(value: str | None) -> str:
    """An ISO datetime with a zone as its UTC day and time of day (two lines, comparable across outlets' time
    zones), one without a zone as its own day and time marked as the page's local time (no zone is invented;
    :data:`~crosswire.vocab.calendar.NO_ZONE_MARK`), a bare date as itself, anything else as given."""
    local = iso_datetime(value.strip()) if value and len(value.strip()) > 10 else None
    if local is not None and local.tzinfo is None:
        return f"{local:%Y-%m-%d}\n{local:%H:%M} {NO_ZONE_MARK}"
    day, moment = when(value)
    if moment is not None:
        return f"{moment:%Y-%m-%d}\n{moment:%H:%M} UTC"
    return esc(value[:10] if day is not None and value else value or "-")


def print_story(story: Story, prefixes: dict[str, str] | None = None) -> None:
    """One story for the terminal: header, articles, and what each wire copy changed (shared with ``show``
    in the compare stage, which prints the comparison after it). Ids are shown as ``prefixes`` gives them
    (:func:`crosswire.clikit.unique_prefixes` over the store's ids), else as prefixes unique in the story."""
    ids = prefixes or unique_prefixes(a.id for a in story.articles)
    say(f"[bold]{esc(story.title)}[/]  [dim]{esc(story.id)}[/]")
    say(
        f"{esc(story.first_seen or 'undated')} – {esc(story.last_seen or 'undated')}; "
        f"outlets: {esc(', '.join(story.outlets))}; agencies: {esc(', '.join(story.agencies) or '-')}"
    )
    table = Table(title=f"{story.size} articles", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("outlet", ratio=1)
    table.add_column("copy of", no_wrap=True)
    table.add_column("title", ratio=2, min_width=20)
    for a in story.articles:
        outlet = esc(a.outlet) + (f"\n[dim]{esc(a.agency)}[/]" if a.agency else "")
        copy_of = esc(ids.get(a.copy_of, a.copy_of)) if a.copy_of else ""
        table.add_row(esc(ids.get(a.id, a.id)), _published(a.published), outlet, copy_of, esc(a.title))
    console.print(table)
    for group in story.copies:
        _print_copy_group(group, ids)


def _print_copy_group(group: CopyGroup, ids: dict[str, str]) -> None:
    """A wire copy's outlets, then per copy its own headline and the paragraphs it removed and added, one
    line each (paragraphs are not hard-wrapped: the terminal wraps them)."""
    say(f"\n[bold]Wire copy[/] {esc(ids.get(group.wire, group.wire))} run by {esc(', '.join(group.outlets))}")
    for ch in group.changes or []:
        name = esc(ids.get(ch.article, ch.article))
        if not ch.added and not ch.removed and not ch.title:
            say(f"  {name}: [dim]unchanged[/]")
            continue
        say(f"  {name}:")
        if ch.title:
            say(f"    headline: {esc(ch.title)}")
        for p in ch.removed:
            say(f"    [red]- {esc(p)}[/]")
        for p in ch.added:
            say(f"    [green]+ {esc(p)}[/]")


def recluster_command(
    db: Path | None = DbOption,
    json_out: bool = JsonOption,
    compare: bool = typer.Option(
        True, "--compare/--no-compare", help="Recompute the comparisons of stories whose articles changed."
    ),
) -> None:
    """Rebuild all stories from every article in ingest order and report what differs from before; then
    recompute the comparisons the rebuild made stale or missing (those of unchanged stories are kept)."""
    from crosswire.commands.store import progress_bars, stage_progress
    from crosswire.pipeline import refresh_store
    from crosswire.stories.stage import recluster

    with open_store(db) as store:
        report = recluster(store)
        refreshed = 0
        if compare:
            with progress_bars(json_out) as progress:
                refreshed = refresh_store(store, on_progress=stage_progress(progress))["comparisons"]
    if json_out:
        print_json({**report.to_dict(), "comparisons_refreshed": refreshed})
        return
    u = report.update
    say(
        f"{_n(report.articles, 'article')} → {_n(report.stories_after, 'story', 'stories')} (before: "
        f"{report.stories_before}); "
        f"{u.copies} syndicated copies, {u.merges} merges; comparisons kept {report.comparisons_kept}, "
        f"recomputed {refreshed}"
    )
    if report.equal:
        say("identical to the stored stories")
    else:
        say(
            f"[yellow]{report.moved_count} articles differ from the stored stories:[/] "
            f"{esc(', '.join(report.moved[:20]))}{' …' if report.moved_count > 20 else ''}"
        )


def _n(count: int, one: str, many: str | None = None) -> str:
    """ "1 story", "3 stories": a count with its noun in the right number."""
    return f"{count} {one if count == 1 else many or one + 's'}"
