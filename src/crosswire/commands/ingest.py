"""``crosswire ingest`` (files, folders, globs and URLs: pages, feeds, sitemaps) and ``crosswire follow``
(poll a list of feeds and sitemaps on a schedule, keeping the store, its stories and comparisons current).

URLs go through the polite fetcher (:mod:`crosswire.fetch`); every input that yields no article is one
``skipped <input>: <reason>`` line on stderr. Exit codes: 0 success; 1 nothing could be done with the input
(nothing stored, nothing already there); 2 wrong usage.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import typer

from crosswire.clikit import DbOption, JsonOption, esc, fail, open_store, print_json, report_skipped, say
from crosswire.commands.store import progress_bars, stage_progress
from crosswire.fetch import Fetcher, FetchPolicy, is_url, read_sources, read_urls
from crosswire.ingest import expand_paths, read_path
from crosswire.model import IngestError, RawDocument
from crosswire.pipeline import IngestSummary, ingest_documents, run_later_stages
from crosswire.store import Store

DelayOption = typer.Option(1.0, "--delay", min=0.0, help="Seconds between two requests to one host.")
MaxPagesOption = typer.Option(500, "--max-pages", min=1, help="Pages fetched from one feed or sitemap per run.")
TimeoutOption = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait for a server to answer.")


def ingest_with_progress(
    store: Store,
    inputs: list[str] | list[Path],
    *,
    facts: bool,
    compare: bool = True,
    quiet: bool = False,
    policy: FetchPolicy | None = None,
    max_pages: int = 500,
) -> IngestSummary:
    """Ingest files and URLs with one progress bar for the inputs, then one per later stage (facts, stories,
    compare). URLs are fetched politely with ``policy``; the later stages run on everything pending."""
    texts = [os.fspath(i) for i in inputs]
    urls = [t for t in texts if is_url(t)]
    files = list(expand_paths([t for t in texts if not is_url(t)]))
    errors_first = [f for f in files if isinstance(f, IngestError)]
    real = [f for f in files if not isinstance(f, IngestError)]
    with progress_bars(quiet) as progress, Fetcher(store, policy) as fetcher:
        task = progress.add_task("reading inputs", total=len(real) + len(urls))

        def documents() -> Iterator[RawDocument | IngestError]:
            yield from errors_first
            for path in real:
                yield from read_path(path)
                progress.advance(task)
            for url in urls:
                yield from read_urls([url], fetcher, max_pages=max_pages)
                progress.advance(task)

        summary = ingest_documents(store, documents(), on_error=report_skipped)
        run_later_stages(store, summary, facts=facts, compare=compare, on_progress=stage_progress(progress))
    return summary


def ingest_line(summary: IngestSummary) -> str:
    """The one-line report of an ingest."""
    line = (
        f"read {summary.read}, stored {summary.stored}, skipped as duplicate {summary.duplicates}, "
        f"failed {summary.failed}"
    )
    if summary.not_articles:
        line += f", not articles {summary.not_articles}"
    if summary.skipped_records:
        line += f", archive records skipped {summary.skipped_records}"
    return line


def stages_line(summary: IngestSummary) -> str:
    """The later stages' report of an ingest: articles given facts, stories made and updated, comparisons
    written; a stage that did not run (``--no-facts``, ``--no-compare``) is named as skipped."""
    parts = [
        "facts skipped" if summary.facts_written is None else f"facts extracted {summary.facts_written}",
        "stories skipped"
        if summary.stories_new is None
        else f"stories made {summary.stories_new}, updated {summary.stories_updated or 0}",
        "comparisons skipped"
        if summary.comparisons_written is None
        else f"comparisons written {summary.comparisons_written}",
    ]
    return ", ".join(parts)


def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, folders, glob patterns or URLs (pages, feeds, sitemaps)."),
    db: Path | None = DbOption,
    facts: bool = typer.Option(True, "--facts/--no-facts", help="Extract facts from new articles."),
    compare: bool = typer.Option(
        True, "--compare/--no-compare", help="Compare the stories that gained articles (else done when first shown)."
    ),
    delay: float = DelayOption,
    max_pages: int = MaxPagesOption,
    timeout: float = TimeoutOption,
    json_out: bool = JsonOption,
) -> None:
    """Read, clean and store articles, then extract facts, group stories and compare the stories that grew;
    report read, stored, skipped-as-duplicate and failed."""
    policy = FetchPolicy(delay=delay, timeout=timeout)
    with open_store(db) as store:
        summary = ingest_with_progress(
            store, inputs, facts=facts, compare=compare, quiet=json_out, policy=policy, max_pages=max_pages
        )
    if json_out:
        print_json(summary.to_dict())
    else:
        say(f"{ingest_line(summary)}  [dim]({esc(store.path)})[/]")
        say(stages_line(summary))
    if summary.stored == 0 and summary.duplicates == 0:
        raise typer.Exit(1)


def follow(
    sources: list[str] = typer.Argument(
        ..., help="Feed or sitemap URLs, or files listing them (one per line, # for comments)."
    ),
    db: Path | None = DbOption,
    every: float = typer.Option(15.0, "--every", min=0.0, help="Minutes between two passes over the sources."),
    passes: int = typer.Option(0, "--passes", min=0, help="Stop after this many passes (0: run until stopped)."),
    once: bool = typer.Option(False, "--once", help="One pass, then stop (same as --passes 1)."),
    facts: bool = typer.Option(True, "--facts/--no-facts", help="Extract facts from new articles."),
    compare: bool = typer.Option(True, "--compare/--no-compare", help="Compare the stories that grew."),
    delay: float = DelayOption,
    max_pages: int = MaxPagesOption,
    timeout: float = TimeoutOption,
    json_out: bool = JsonOption,
) -> None:
    """Poll feeds and sitemaps: fetch what is new (conditional requests: unchanged feeds cost a 304), store
    it, and bring facts, stories and comparisons up to date; one line per pass."""
    limit = 1 if once else passes
    policy = FetchPolicy(delay=delay, timeout=timeout)
    done = 0
    try:
        while True:
            urls, problems = read_sources(sources)
            if not urls:
                for problem in problems:
                    report_skipped(problem)
                raise fail("no feed or sitemap URL to follow")
            with open_store(db) as store:
                summary = ingest_with_progress(
                    store, urls, facts=facts, compare=compare, quiet=True, policy=policy, max_pages=max_pages
                )
                for problem in problems:
                    report_skipped(problem)
            done += 1
            if json_out:
                print_json({"pass": done, **summary.to_dict()})
            else:
                say(f"pass {done}: {ingest_line(summary)}; {stages_line(summary)}")
            if limit and done >= limit:
                return
            time.sleep(every * 60)
    except KeyboardInterrupt:
        say(f"stopped after {done} passes")
