"""Typer command functions for comparisons; the main app registers them (``crosswire compare|show``).

Kept free of imports from :mod:`crosswire.cli` so that module can import this one without a cycle. Output
forms: the terminal report (rich), ``--json`` (``{"skipped": [{"source", "reason"}, ...], "stories":
[comparison, ...]}``, each comparison as ``docs/compare-schema.md`` describes it; ``skipped`` only from
``compare``), ``--markdown`` and ``--html`` (one self-contained page); ``--out PATH`` writes to a file instead of
stdout.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

from crosswire.clikit import console, err_console
from crosswire.compare.records import Comparison
from crosswire.compare.render import render_html, render_json, render_markdown, render_terminal
from crosswire.model import IngestError
from crosswire.store import Store
from crosswire.store.db import StoreError, resolve_db_path
from crosswire.stories.cli import print_story

JsonOpt = typer.Option(
    False, "--json", help='Print JSON: {"skipped": \\[inputs not read], "stories": \\[comparison, ...]}.'
)
MarkdownOpt = typer.Option(False, "--markdown", help="Print Markdown.")
HtmlOpt = typer.Option(False, "--html", help="Print one self-contained HTML page.")
OutOpt = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout.")
LeftOpt = typer.Option(
    False, "--left", help='In the terminal, list every sentence "Not in any item" (default: a count per source).'
)


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _form(json_out: bool, markdown: bool, html: bool) -> str:
    chosen = [name for name, on in (("json", json_out), ("markdown", markdown), ("html", html)) if on]
    if len(chosen) > 1:
        err_console.print("[red]error:[/] choose at most one of --json, --markdown, --html")
        raise typer.Exit(2)
    return chosen[0] if chosen else "terminal"


def emit(
    comparisons: list[Comparison],
    form: str,
    out: Path | None,
    *,
    extra: dict[str, Any] | None = None,
    left: bool = False,
) -> None:
    """Write comparisons in one form to ``out`` or stdout. ``extra`` keys join the JSON document; ``left``: the
    terminal form lists every sentence in no item (Markdown, JSON and HTML always do)."""
    if form == "terminal":
        if out is None:
            for c in comparisons:
                render_terminal(c, console, left)
                console.print()
            return
        with open(out, "w", encoding="utf-8") as fh:
            file_console = Console(file=fh, highlight=False, color_system=None, width=100)
            for c in comparisons:
                render_terminal(c, file_console, left)
                file_console.print()
    else:
        if form == "json":
            text = render_json(comparisons)
            if extra:
                doc = {**extra, **json.loads(text)}
                text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        elif form == "markdown":
            text = render_markdown(comparisons)
        else:
            text = render_html(comparisons)
        if out is None:
            sys.stdout.write(text)
        else:
            Path(out).write_text(text, encoding="utf-8")
    if out is not None:
        err_console.print(f"wrote {len(comparisons)} {'story' if len(comparisons) == 1 else 'stories'} to {_e(out)}")


def compare_stored_stories(store: Store, *, reuse: bool = False) -> list[Comparison]:
    """Compare every story of the store: stories with two or more articles first, then the store's order.
    ``reuse``: a story whose stored comparison still covers its articles keeps it (a kept store's re-run)."""
    from crosswire.compare.stage import compare_story, get_comparison
    from crosswire.stories import list_stories

    stories = list_stories(store)
    stories.sort(key=lambda s: s.size < 2)  # stable: keeps list_stories' order within
    comparisons = []
    for s in stories:
        c = get_comparison(store, s.id) if reuse else compare_story(store, s.id)
        if c is not None:
            comparisons.append(c)
    return comparisons


def compare_command(
    files: list[Path] = typer.Argument(..., help="Articles to compare: text, HTML, WARC, feeds, JSONL, folders."),
    json_out: bool = JsonOpt,
    markdown: bool = MarkdownOpt,
    html: bool = HtmlOpt,
    out: Path | None = OutOpt,
    left: bool = LeftOpt,
    db: Path | None = typer.Option(
        None,
        "--db",
        help="Keep the articles, stories and comparisons in this store file (created if missing) instead of a "
        "temporary one; every story in it is compared, stored comparisons still current are reused, so a second "
        "run on the same files writes another form at no cost.",
    ),
) -> None:
    """Ingest FILES into a temporary store (or the one --db names), group them into stories and compare each
    story, fact by fact."""
    form = _form(json_out, markdown, html)
    skipped_inputs: list[dict[str, str]] = []

    def skipped(err: IngestError) -> None:
        skipped_inputs.append({"source": str(err.source), "reason": str(err.reason)})
        err_console.print(f"[yellow]skipped[/] {_e(err.source)}: {_e(err.reason)}")

    if db is None:
        with tempfile.TemporaryDirectory(prefix="crosswire-compare-") as tmp:
            comparisons = _ingest_and_compare(Path(tmp) / "compare.db", files, skipped, kept=False)
    else:
        comparisons = _ingest_and_compare(db, files, skipped, kept=True)
    if not comparisons:
        err_console.print("[red]error:[/] no story to compare")
        raise typer.Exit(1)
    # --json names what was skipped beside the stories, as the terminal's "skipped" lines do
    emit(comparisons, form, out, extra={"skipped": skipped_inputs}, left=left)
    if db is None:
        err_console.print(RUN_IDS_NOTE, highlight=False)


def _ingest_and_compare(
    path: Path, files: list[Path], skipped: Callable[[IngestError], None], *, kept: bool
) -> list[Comparison]:
    """Ingest ``files`` into the store at ``path`` and compare its stories. A temporary store (``kept`` False)
    that stores nothing exits 1; a kept one may already hold every input (a re-run: "nothing new" is said, and
    its stories are compared, reusing the stored comparisons that are still current). Raises ``typer.Exit(1)``
    on an unreadable store."""
    from crosswire.pipeline import ingest_set

    try:
        with Store(path) as store:
            # reading, the language models and the comparison take tens of seconds (six articles of a new user's
            # trial: 12-14 s of CPU, 30-50 s on a loaded machine): each stage says what it does and, on stderr that
            # is no terminal, how long it took, so no wait is announced as "a few seconds"
            n = len(files)
            reading = f"reading {n} input{'s' if n != 1 else ''} and extracting facts ({STAGE_NOTE})"
            with _stage(reading) as stage:
                summary = ingest_set(store, files, on_error=skipped)
                if summary.stored == 0 and not (kept and summary.duplicates):
                    err_console.print("[red]error:[/] nothing ingested: no readable article in the input")
                    raise typer.Exit(1)
                if summary.stored == 0:
                    err_console.print(f"nothing new: every article is already in {_e(path)}", highlight=False)
                stories = store.story_ids()
                stage.next(f"comparing {_count(len(stories), 'story', 'stories')}")
                return compare_stored_stories(store, reuse=kept)
    except StoreError as exc:
        err_console.print(f"[red]error:[/] {_e(exc)}")
        raise typer.Exit(1) from exc


# What the first stage of ``compare`` loads, for its progress line: each language's models (spaCy's pipelines,
# natasha's Russian ones, the morphology dictionaries) load once per run, before its first article's facts. Measured
# on the trial's inputs: one English article 6.7 s of CPU in all, six articles in five languages 14 s.
STAGE_NOTE = "loading each language's models first: 5-15 s of CPU in all, longer on a busy machine"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class _Stage:
    """Progress of ``compare``'s stages on stderr: a spinner with the stage's words on a terminal; elsewhere one
    line when a stage starts and one with its wall time when it ends ("reading 6 inputs ... done in 41 s")."""

    def __init__(self, what: str) -> None:
        self.what, self.started = what, time.monotonic()
        self.status = err_console.status(what) if err_console.is_terminal else None
        if self.status is None:
            err_console.print(f"{what}...", highlight=False)

    def next(self, what: str) -> None:
        """End the current stage and start ``what``."""
        self._done()
        self.what, self.started = what, time.monotonic()
        if self.status is not None:
            self.status.update(what)
        else:
            err_console.print(f"{what}...", highlight=False)

    def _done(self) -> None:
        if self.status is None:
            err_console.print(f"  done in {time.monotonic() - self.started:.0f} s", highlight=False)


@contextmanager
def _stage(what: str) -> Iterator[_Stage]:
    """A :class:`_Stage` for the ``with`` block: its spinner stops, or its last stage reports its time, at the end."""
    stage = _Stage(what)
    if stage.status is not None:
        with stage.status:
            yield stage
        return
    yield stage
    stage._done()


# What a ``compare`` run's story ids are (printed to stderr after its output, one line that fits 80 columns: a
# paragraph after every run was noise, a new user's trial): the run keeps no store, and a store names a story after
# the first article it received, so ``stories`` may list another id for one story; ``show`` finds it by this one.
RUN_IDS_NOTE = "[dim]note: ids are this run's; keep: crosswire ingest FILES --db DB; crosswire show[/]"


def show_command(
    story: str = typer.Argument(..., help="Story id or a unique prefix of it."),
    json_out: bool = typer.Option(False, "--json", help='Print JSON: the story with its "comparison".'),
    markdown: bool = MarkdownOpt,
    html: bool = HtmlOpt,
    out: Path | None = OutOpt,
    db: Path | None = typer.Option(None, "--db", envvar="CROSSWIRE_DB", help="Store file (default ./crosswire.db)."),
    left: bool = LeftOpt,
) -> None:
    """Show one stored story: its articles and wire copies, then its comparison (computed if missing or stale)."""
    from crosswire.compare.stage import get_comparison
    from crosswire.stories import get_story

    form = _form(json_out, markdown, html)
    path = resolve_db_path(db)
    if not path.exists():
        err_console.print(f"[red]error:[/] {_e(path)}: no such store (run `crosswire ingest` first)")
        raise typer.Exit(1)
    try:
        with Store(path) as store:
            data = get_story(store, story)
            comparison = get_comparison(store, data.id) if data is not None else None
    except StoreError as exc:
        err_console.print(f"[red]error:[/] {_e(exc)}")
        raise typer.Exit(1) from exc
    if data is None:
        err_console.print(f"[red]error:[/] no story with id or unique prefix {_e(repr(story))}")
        raise typer.Exit(1)
    if form == "json":
        shown = comparison.to_dict() if comparison is not None else None
        text = json.dumps({**data.to_dict(), "comparison": shown}, ensure_ascii=False, indent=2) + "\n"
        if out is None:
            sys.stdout.write(text)
        else:
            Path(out).write_text(text, encoding="utf-8")
        return
    if form != "terminal":
        if comparison is None:
            err_console.print("[red]error:[/] this story has no comparison")
            raise typer.Exit(1)
        emit([comparison], form, out)
        return
    print_story(data)
    if comparison is not None:
        console.print()
        render_terminal(comparison, console, left)
