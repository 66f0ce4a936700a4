"""The ``crosswire`` command line (typer + rich).

Exit codes: 0 success; 1 nothing could be done with the input (nothing ingested, unknown id, unreadable
files); 2 wrong usage (typer's own). Every command that prints a table also has ``--json``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from crosswire import __version__
from crosswire.compare.records import Comparison
from crosswire.export import EXPORT_FORMATS, export_articles
from crosswire.ingest import expand_paths, read_path
from crosswire.model import Article, IngestError, to_dict
from crosswire.pipeline import IngestSummary, clean_one, ingest_documents, refresh_store, run_later_stages
from crosswire.store import Store
from crosswire.store.db import StoreError

app = typer.Typer(
    name="crosswire",
    help="Compare how outlets report one event, fact by fact, with every claim cited to its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

DbOption = typer.Option(None, "--db", envvar="CROSSWIRE_DB", help="Store file (default ./crosswire.db).")
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _open_store(db: Path | None, *, readonly: bool = False) -> Store:
    try:
        if readonly and db is not None and not Path(db).exists():
            raise StoreError(f"{db}: no such store (run `crosswire ingest` first)")
        return Store(db, readonly=readonly)
    except StoreError as exc:
        err_console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from exc


def _default_db() -> Path:
    """Where commands look when neither --db nor CROSSWIRE_DB is given."""
    from crosswire.store.db import DEFAULT_DB

    return Path(DEFAULT_DB)


def _report_error(err: IngestError) -> None:
    err_console.print(f"[yellow]skipped[/] {escape(err.source)}: {escape(err.reason)}")


# ---------------------------------------------------------------------------------------------------------
@app.command()
def clean(
    files: list[Path] = typer.Argument(..., help="Pages to clean: text, HTML, WARC, feeds, JSONL."),
    json_out: bool = JsonOption,
) -> None:
    """Print each cleaned article: metadata, body, subheadings, captions, credits, and what was removed."""
    articles: list[Article] = []
    failed = 0
    for item in expand_paths(files):
        docs = [item] if isinstance(item, IngestError) else read_path(item)
        for doc in docs:
            result = doc if isinstance(doc, IngestError) else clean_one(doc)
            if isinstance(result, IngestError):
                failed += 1
                _report_error(result)
            else:
                articles.append(result)
    if json_out:
        _print_json({"articles": [to_dict(a) for a in articles]})
    else:
        for article in articles:
            _render_article(article)
    if not articles:
        raise typer.Exit(1)


def _render_article(article: Article) -> None:
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold cyan")
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
        meta.add_row(label, escape(value or "—"))
    console.rule(escape(article.title or article.source))
    console.print(meta)
    console.print()
    for block in article.blocks:
        if block.kind == "subheading":
            console.print(f"[bold]## {escape(block.text)}[/]")
        else:
            console.print(escape(block.text))
        console.print()
    if article.captions:
        console.print("[bold magenta]Captions[/]")
        for c in article.captions:
            credit = f" [dim]({escape(c.credit)})[/]" if c.credit else ""
            console.print(f"  • {escape(c.text)}{credit}")
    if article.credits:
        console.print("[bold magenta]Credits[/]")
        for credit_line in article.credits:
            console.print(f"  • {escape(credit_line)}")
    if article.removed:
        table = Table("line", "reason", "removed text", title="Removed", title_justify="left", show_lines=False)
        for r in article.removed:
            text = r.text if len(r.text) <= 100 else r.text[:97] + "..."
            table.add_row(str(r.line or ""), escape(r.reason), escape(text))
        console.print(table)


# ---------------------------------------------------------------------------------------------------------
def _ingest_with_progress(
    store: Store, paths: list[Path], *, facts: bool, compare: bool = True, quiet: bool = False
) -> IngestSummary:
    """Ingest with one progress bar for the files, then one per later stage (facts, stories, compare)."""
    files = list(expand_paths(paths))
    errors_first = [f for f in files if isinstance(f, IngestError)]
    real = [f for f in files if not isinstance(f, IngestError)]

    def documents():  # type: ignore[no-untyped-def]
        yield from errors_first
        for path in real:
            yield from read_path(path)
            progress.advance(task)

    with _progress_bars(quiet) as progress:
        task = progress.add_task("ingesting files", total=len(real))
        summary = ingest_documents(store, documents(), on_error=_report_error)
        on_stage = _stage_progress(progress)
        if summary.stored or store.articles_without_story():
            run_later_stages(store, summary, facts=facts, compare=compare, on_progress=on_stage)
    return summary


def _stage_progress(progress: Progress) -> Callable[[str, int, int], None]:
    """A progress callback that shows one bar per later stage, added when the stage starts."""
    tasks: dict[str, TaskID] = {}

    def on_stage(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(_STAGE_LABELS.get(stage, stage), total=total)
        progress.update(tasks[stage], completed=done, total=total)

    return on_stage


def _progress_bars(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet or not err_console.is_terminal,
        transient=True,
    )


_STAGE_LABELS = {"facts": "extracting facts", "stories": "grouping stories", "compare": "comparing stories"}


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files, folders or glob patterns of any input kind."),
    db: Path | None = DbOption,
    facts: bool = typer.Option(True, "--facts/--no-facts", help="Extract facts from new articles."),
    compare: bool = typer.Option(
        True, "--compare/--no-compare", help="Compare the stories that gained articles (else done when first shown)."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Read, clean and store articles, then extract facts, group stories and compare the stories that grew;
    report read, stored, skipped-as-duplicate and failed."""
    store = _open_store(db)
    with store:
        summary = _ingest_with_progress(store, paths, facts=facts, compare=compare, quiet=json_out)
    if json_out:
        _print_json(summary.as_dict())
    else:
        console.print(
            f"read {summary.read}, stored {summary.stored}, skipped as duplicate {summary.duplicates}, "
            f"failed {summary.failed}  [dim]({escape(str(store.path))})[/]"
        )
    if summary.stored == 0 and summary.duplicates == 0:
        raise typer.Exit(1)


@app.command()
def refresh(
    db: Path | None = DbOption,
    compare: bool = typer.Option(True, "--compare/--no-compare", help="Refresh stale or missing comparisons too."),
    json_out: bool = JsonOption,
) -> None:
    """Bring the store up to date after an upgrade or an interrupted run: recompute facts of an older
    version, place articles without a story, refresh comparisons that are missing or stale."""
    path = db or _default_db()
    if not Path(path).exists():
        err_console.print(f"[red]error:[/] {escape(str(path))}: no such store (run `crosswire ingest` first)")
        raise typer.Exit(1)
    with _open_store(path) as store, _progress_bars(json_out) as progress:
        done = refresh_store(store, compare=compare, on_progress=_stage_progress(progress))
    if json_out:
        _print_json(done)
    else:
        console.print(
            f"facts recomputed {done['facts']}, articles placed in stories {done['stories']}, "
            f"comparisons refreshed {done['comparisons']}"
        )


@app.command()
def articles(
    db: Path | None = DbOption,
    json_out: bool = JsonOption,
    limit: int = typer.Option(200, help="Show at most this many."),
) -> None:
    """List stored articles."""
    with _open_store(db or _default_db(), readonly=True) as store:
        rows = store.article_rows(limit=limit)
        total = store.count_articles()
    if json_out:
        _print_json({"total": total, "articles": rows})
        return
    table = Table("id", "published", "outlet", "agency", "lang", "words", "title", title=f"{total} articles")
    for r in rows:
        table.add_row(
            escape(r["id"][:16]),
            escape((r["published"] or "")[:10]),
            escape(r["outlet"] or ""),
            escape(r["agency"] or ""),
            escape(r["language"] or ""),
            str(r["word_count"]),
            escape((r["title"] or "")[:70]),
        )
    console.print(table)


@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File to write (default: stdout for jsonl/csv)."
    ),
    db: Path | None = DbOption,
) -> None:
    """Export stored articles; JSONL re-ingests as the same articles with the same ids."""
    if fmt not in EXPORT_FORMATS:
        err_console.print(f"[red]error:[/] unknown format {escape(fmt)!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        raise typer.Exit(2)
    if fmt == "parquet" and output is None:
        err_console.print("[red]error:[/] parquet needs --output FILE")
        raise typer.Exit(2)
    with _open_store(db or _default_db(), readonly=True) as store:
        count = export_articles(store, fmt, output)
    if output is not None:
        err_console.print(f"exported {count} articles to {escape(str(output))}")


# ---------------------------------------------------------------------------------------------------------
def find_examples() -> Path | None:
    """The example corpus: beside the source tree (a checkout), or under the current folder."""
    here = Path(__file__).resolve()
    for base in [*here.parents, Path.cwd()]:
        candidate = base / "examples" / "corpus"
        if candidate.is_dir() and any(candidate.iterdir()):
            return candidate
    return None


@app.command()
def demo(
    db: Path | None = typer.Option(None, "--db", help="Store to fill (default: a fresh temporary file)."),
    corpus: Path | None = typer.Option(None, "--corpus", help="Corpus folder (default: the shipped examples/)."),
    json_out: bool = JsonOption,
) -> None:
    """Ingest the example corpus that ships with crosswire, show what it holds and compare its biggest story."""
    corpus = corpus or find_examples()
    if corpus is None or not corpus.is_dir():
        err_console.print("[red]error:[/] example corpus not found; pass --corpus PATH")
        raise typer.Exit(1)
    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="crosswire-demo-")
        db = Path(tmp.name) / "demo.db"
    try:
        with _open_store(db) as store:
            summary = _ingest_with_progress(store, [corpus], facts=True, quiet=json_out)
            rows = store.article_rows()
            stories = _stories_or_none(store)
            comparison = _biggest_comparison(store, stories)
        if json_out:
            shown = comparison.to_dict() if comparison is not None else None
            _print_json({"ingest": summary.as_dict(), "articles": rows, "stories": stories, "comparison": shown})
            return
        console.rule(f"crosswire demo — {escape(str(corpus))}")
        console.print(
            f"read {summary.read}, stored {summary.stored}, skipped as duplicate {summary.duplicates}, "
            f"failed {summary.failed}"
        )
        table = Table("outlet", "agency", "published", "kind", "words", "title", title="Articles")
        for r in rows:
            table.add_row(
                escape(r["outlet"] or "—"),
                escape(r["agency"] or ""),
                escape((r["published"] or "")[:10]),
                escape(r["kind"]),
                str(r["word_count"]),
                escape((r["title"] or "")[:60]),
            )
        console.print(table)
        if stories:
            st = Table("story", "articles", "outlets", "title", title="Stories")
            for s in stories:
                st.add_row(
                    escape(s["id"][:12]),
                    str(len(s.get("articles", []))),
                    escape(", ".join(o for o in s.get("outlets", []) if o)),
                    escape(s.get("title") or ""),
                )
            console.print(st)
        if comparison is not None:
            from crosswire.compare.render import render_terminal

            console.print()
            render_terminal(comparison, console)
    finally:
        if tmp is not None:
            tmp.cleanup()


def _biggest_comparison(store: Store, stories: list[dict] | None) -> Comparison | None:
    """The comparison of the story with the most articles (the first such in list order), if compare is installed."""
    if not stories:
        return None
    try:
        from crosswire.compare import get_comparison
    except ImportError:
        return None
    biggest = max(stories, key=lambda s: len(s.get("articles") or []))
    return get_comparison(store, biggest["id"])


def _stories_or_none(store: Store) -> list[dict] | None:
    try:
        from crosswire.stories import list_stories
    except ImportError:
        return None
    return list_stories(store)


@app.command()
def version() -> None:
    """Print crosswire's version."""
    console.print(__version__)


def _register_stage_commands() -> None:
    """Commands that live with their stage (facts, stories) join the app when the stage is installed."""
    try:
        from crosswire.facts.cli import facts_command

        app.command("facts", help="Entities, quotes, figures, dates and events of an article, with evidence.")(
            facts_command
        )
    except ImportError:
        pass
    try:
        from crosswire.stories.cli import recluster_command, show_command, stories_command

        app.command("stories", help="List stories: syndicated copies and same-event articles grouped.")(stories_command)
        app.command("recluster", help="Rebuild all stories from the stored articles.")(recluster_command)
    except ImportError:
        show_command = None
    try:
        # The compare stage's `show` replaces the stories one: the story, then its comparison.
        from crosswire.compare.cli import compare_command
        from crosswire.compare.cli import show_command as show_with_comparison

        app.command("compare", help="Ingest files into a temporary store and compare each story, fact by fact.")(
            compare_command
        )
        app.command("show", help="Show one story and its comparison.")(show_with_comparison)
    except ImportError:
        if show_command is not None:
            app.command("show", help="Show one story.")(show_command)
    try:
        from crosswire.web.cli import serve_command

        app.command("serve", help="Serve the web UI and JSON API (127.0.0.1 by default).")(serve_command)
    except ImportError:
        pass


_register_stage_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
