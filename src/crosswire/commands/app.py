"""The ``crosswire`` Typer app (typer + rich) and the commands registered on it; :mod:`crosswire.cli` runs it.

The core commands live in :mod:`crosswire.commands`; the facts, stories, compare and web commands live with
their stage. All of them use :mod:`crosswire.clikit` (consoles, ``--db``, ``--json``, the store opener).

Exit codes: 0 success; 1 nothing could be done with the input (nothing ingested, unknown id, unreadable
files); 2 wrong usage (typer's own). Every command that prints a table also has ``--json``.
"""

from __future__ import annotations

import typer

from crosswire import __version__
from crosswire.clikit import console
from crosswire.commands.batch import batch, check
from crosswire.commands.clean import clean
from crosswire.commands.demo import demo
from crosswire.commands.ingest import follow, ingest
from crosswire.commands.store import articles, export, refresh
from crosswire.compare.cli import compare_command
from crosswire.compare.cli import show_command as show_with_comparison
from crosswire.facts.cli import facts_command
from crosswire.stories.cli import recluster_command, stories_command
from crosswire.web.cli import serve_command

app = typer.Typer(
    name="crosswire",
    help="Compare how outlets report one event, fact by fact, with every claim cited to its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def version() -> None:
    """Print crosswire's version."""
    console.print(__version__)


for command in (clean, ingest, follow, batch, check, refresh, articles, export, demo, version):
    app.command()(command)
app.command("facts", help="Entities, quotes, figures, dates and events of an article, with evidence.")(facts_command)
app.command("stories", help="List stories: syndicated copies and same-event articles grouped.")(stories_command)
app.command("recluster", help="Rebuild all stories from the stored articles.")(recluster_command)
app.command("compare", help="Ingest files into a temporary store and compare each story, fact by fact.")(
    compare_command
)
# The compare stage's `show` prints the story (crosswire.stories.cli.print_story), then its comparison.
app.command("show", help="Show one story and its comparison.")(show_with_comparison)
app.command("serve", help="Serve the web UI and JSON API (127.0.0.1 by default).")(serve_command)
