"""``crosswire demo``: ingest the example corpus that ships with crosswire, show its articles and stories,
compare its biggest story and the story written in the most languages (the corpus's five-language event),
saying which articles could not be read."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from crosswire.clikit import JsonOption, console, esc, fail, open_store, print_json, say
from crosswire.commands.ingest import ingest_line, ingest_with_progress, stages_line
from crosswire.compare.records import Comparison
from crosswire.compare.render import render_terminal
from crosswire.store import Store
from crosswire.stories import Story, list_stories
from crosswire.stories.cli import stories_table
from crosswire.vocab.calendar import published_label


def find_examples() -> Path | None:
    """The example corpus: beside the source tree (a checkout), or under the current folder."""
    here = Path(__file__).resolve()
    for base in [*here.parents, Path.cwd()]:
        candidate = base / "examples" / "corpus"
        if candidate.is_dir() and any(candidate.iterdir()):
            return candidate
    return None


def demo(
    db: Path | None = typer.Option(None, "--db", help="Store to fill (default: a fresh temporary file)."),
    corpus: Path | None = typer.Option(None, "--corpus", help="Corpus folder (default: the shipped examples/)."),
    json_out: bool = JsonOption,
    left: bool = typer.Option(
        False, "--left", help='List every sentence "Not in any item" (default: a count per source).'
    ),
) -> None:
    """Ingest the example corpus that ships with crosswire, show what it holds and compare its biggest story
    and the one written in the most languages."""
    corpus = corpus or find_examples()
    if corpus is None or not corpus.is_dir():
        raise fail("example corpus not found; pass --corpus PATH")
    with tempfile.TemporaryDirectory(prefix="crosswire-demo-") as tmp:
        with open_store(db or Path(tmp) / "demo.db") as store:
            summary = ingest_with_progress(store, [corpus], facts=True, quiet=json_out)
            rows = store.article_rows()
            stories = list_stories(store)
            comparison = biggest_comparison(store, stories)
            multilingual = multilingual_comparison(store, stories)
        if json_out:
            print_json(
                {
                    "ingest": summary.to_dict(),
                    "articles": rows,
                    "stories": [s.to_dict() for s in stories],
                    "comparison": comparison.to_dict() if comparison is not None else None,
                    "cross_language_comparison": multilingual.to_dict() if multilingual is not None else None,
                }
            )
            return
        console.rule(f"crosswire demo — {esc(corpus)}")
        say(ingest_line(summary))
        say(stages_line(summary))
        console.print(_articles_table(rows))
        if stories:
            console.print(stories_table(stories, "Stories"))
        shown = [c for c in (comparison, multilingual) if c is not None]
        for c in shown[:1] if len(shown) == 2 and shown[0].id == shown[1].id else shown:
            console.print()
            render_terminal(c, console, left)
            if c.unread:
                console.print(_unread_table(c))


def _articles_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title="Articles", expand=True)
    table.add_column("outlet", ratio=1)
    table.add_column("lang", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("words", justify="right", no_wrap=True)
    table.add_column("title", ratio=2, min_width=20)
    for r in rows:
        outlet = esc(r["outlet"] or "—") + (f"\n[dim]{esc(r['agency'])}[/]" if r["agency"] else "")
        published = esc(published_label(r["published"]))
        table.add_row(
            outlet, esc(r["language"] or "?"), published, esc(r["kind"]), str(r["word_count"]), esc(r["title"])
        )
    return table


def _unread_table(comparison: Comparison) -> Table:
    """The articles whose facts could not be read, with why: nothing they say is compared above."""
    table = Table(title="Not read (nothing these articles say is compared above)", expand=True)
    table.add_column("source", no_wrap=True)
    table.add_column("outlet", ratio=1)
    table.add_column("lang", no_wrap=True)
    table.add_column("why", ratio=2)
    for u in comparison.unread:
        table.add_row(f"[{u.source}]", esc(u.outlet or u.article), esc(u.language or "?"), esc(u.reason))
    return table


def biggest_comparison(store: Store, stories: list[Story]) -> Comparison | None:
    """The comparison of the story with the most articles (the first such in list order)."""
    if not stories:
        return None
    from crosswire.compare.stage import get_comparison

    biggest = max(stories, key=lambda s: s.size)
    return get_comparison(store, biggest.id)


def multilingual_comparison(store: Store, stories: list[Story]) -> Comparison | None:
    """The comparison of the story written in the most languages (two or more; the first such in list
    order), None when every story is in one language."""
    multi = [s for s in stories if len(s.languages) > 1]
    if not multi:
        return None
    from crosswire.compare.stage import get_comparison

    return get_comparison(store, max(multi, key=lambda s: len(s.languages)).id)
