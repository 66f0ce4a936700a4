"""Commands over the store: ``refresh``, ``articles`` and ``export``, and the progress bars ``ingest`` and
``follow`` (:mod:`crosswire.commands.ingest`) share.

Exit codes: 0 success; 1 nothing could be done with the input (nothing ingested, no such store); 2 wrong usage.
Progress bars go to stderr, only when it is a terminal and ``--json`` is off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
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
from crosswire.export import EXPORT_FORMATS, EXPORT_WHAT, export_store
from crosswire.pipeline import StageProgress, refresh_store
from crosswire.stages import STAGES
from crosswire.vocab.calendar import published_label


def progress_bars(quiet: bool) -> Progress:
    """Progress bars on stderr, shown only on a terminal and when not ``quiet``."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet or not err_console.is_terminal,
        transient=True,
    )


def stage_progress(progress: Progress) -> StageProgress:
    """A progress callback that shows one bar per stage, labelled as the stage list says, added when the
    stage starts."""
    labels = {s.name: s.label for s in STAGES}
    tasks: dict[str, TaskID] = {}

    def on_stage(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(labels.get(stage, stage), total=total)
        progress.update(tasks[stage], completed=done, total=total)

    return on_stage


def refresh(
    db: Path | None = DbOption,
    compare: bool = typer.Option(True, "--compare/--no-compare", help="Refresh stale or missing comparisons too."),
    json_out: bool = JsonOption,
) -> None:
    """Bring the store up to date after an upgrade or an interrupted run: recompute facts of an older
    version, place articles without a story, refresh comparisons that are missing or stale."""
    with open_store(db, must_exist=True) as store, progress_bars(json_out) as progress:
        done = refresh_store(store, compare=compare, on_progress=stage_progress(progress))
    if json_out:
        print_json(done)
    else:
        say(
            f"facts recomputed {done['facts']}, articles placed in stories {done['stories']}, "
            f"comparisons refreshed {done['comparisons']}"
        )


def outlet_cell(outlet: str | None, agency: str | None) -> str:
    """The outlet column's text: the outlet, and the agency after a label on its own line ("The Harbour
    Post" / "agency: Meridian Wire"), so that copied or wrapped text never runs the two together ("The
    Harbour Post Meridian Wire"); an agency's own story says so once ("Meridian Wire (agency)")."""
    if not agency:
        return esc(outlet or "")
    if not outlet or outlet == agency:
        return f"{esc(agency)} [dim](agency)[/]"
    return f"{esc(outlet)}\n[dim]agency: {esc(agency)}[/]"


# Characters the outlet column keeps in any terminal: the longest word of most outlets' names ("Hanseatischer",
# "NorthWire", "Северные") fits whole.
OUTLET_MIN_WIDTH = 14
WIDE_TERMINAL = 120  # columns: below, a day and its time ("2026-11-24 14:30 local", 22) take two lines


def articles_table(rows: list[dict[str, Any]], total: int, prefixes: dict[str, str], width: int | None = None) -> Table:
    """Stored articles one per row: id (unique prefix), day, outlet and agency, language, words, and the
    title, which wraps by word. ``width``: the terminal's columns, when known; below :data:`WIDE_TERMINAL` the
    publication time wraps under its day."""
    table = Table(title=f"{total} articles", expand=True)
    table.add_column("id", no_wrap=True)
    # the day and the time wrap onto two lines in a narrow terminal, leaving the outlet its room
    narrow = width is not None and width < WIDE_TERMINAL
    table.add_column("published", no_wrap=not narrow, max_width=len("2026-11-24 ") if narrow else None)
    # an outlet's name is never cut to "NorthW…" (an 80-column terminal): a long word folds onto the next line
    table.add_column("outlet", ratio=1, min_width=OUTLET_MIN_WIDTH, overflow="fold")
    table.add_column("lang", no_wrap=True)
    table.add_column("words", justify="right", no_wrap=True)
    table.add_column("title", ratio=2, min_width=20)
    for r in rows:
        outlet = outlet_cell(r["outlet"], r["agency"])
        table.add_row(
            esc(prefixes.get(r["id"], r["id"])),
            esc(published_label(r["published"])),
            outlet,
            esc(r["language"]),
            str(r["word_count"]),
            esc(r["title"]),
        )
    return table


def articles(
    db: Path | None = DbOption,
    json_out: bool = JsonOption,
    limit: int = typer.Option(200, help="Show at most this many."),
) -> None:
    """List stored articles."""
    with open_store(db, readonly=True) as store:
        rows = store.article_rows(limit=limit)
        total = store.count_articles()
        prefixes = {} if json_out else unique_prefixes(store.article_ids())
    if json_out:
        print_json({"total": total, "articles": rows})
        return
    console.print(articles_table(rows, total, prefixes, console.width))


def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet."),
    what: str = typer.Option(
        "articles",
        "--what",
        "-w",
        help="articles (re-ingestable), stories, comparisons (one row per agreed item, conflict, single-source "
        "item, quote and timeline line, with evidence in CSV/Parquet), facts, or all (CSV/Parquet: one file per "
        "kind in the --output folder).",
    ),
    json_lines: bool = typer.Option(False, "--json", help="JSON Lines on stdout or --output (= --format jsonl)."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File (folder for --what all in csv/parquet) to write; default stdout."
    ),
    db: Path | None = DbOption,
) -> None:
    """Export the store: articles (JSONL re-ingests as the same articles with the same ids), stories, their
    comparisons and facts. Records are written as they are read, so a large store streams."""
    if json_lines:
        if fmt not in ("jsonl", "json"):
            raise fail(f"--json writes JSON Lines; it cannot be combined with --format {fmt}", code=2)
        fmt = "jsonl"
    if fmt not in EXPORT_FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}", code=2)
    if what not in EXPORT_WHAT:
        raise fail(f"unknown --what {what!r}; choose one of {', '.join(EXPORT_WHAT)}", code=2)
    if fmt == "parquet" and output is None:
        raise fail(f"parquet needs --output {'FOLDER' if what == 'all' else 'FILE'}", code=2)
    if fmt == "csv" and what == "all" and output is None:
        raise fail("csv of --what all needs --output FOLDER (one file per kind)", code=2)
    with open_store(db, readonly=True) as store:
        counts = export_store(store, what, fmt, output)
    if output is not None:
        done = ", ".join(
            _exported(kind, n, rows=fmt != "jsonl" and kind in ("comparisons", "facts")) for kind, n in counts.items()
        )
        err_console.print(f"exported {done} to {esc(output)}")


_SINGULAR = {"articles": "article", "stories": "story", "comparisons": "comparison", "facts": "fact"}


def _exported(kind: str, n: int, rows: bool) -> str:
    """ "1 story", "3 articles"; CSV and Parquet count rows, one per item (comparisons) or per fact (facts):
    "12 comparison rows"."""
    if rows:
        return f"{n} {_SINGULAR.get(kind, kind)} row{'' if n == 1 else 's'}"
    return f"{n} {_SINGULAR.get(kind, kind) if n == 1 else kind}"
