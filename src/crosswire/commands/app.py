"""The ``crosswire`` Typer app (typer + rich) and the commands registered on it; :mod:`crosswire.cli` runs it.

The core commands live in :mod:`crosswire.commands`; the facts, stories, compare and web commands live with
their stage. All of them use :mod:`crosswire.clikit` (consoles, ``--db``, ``--json``, the store opener).

Exit codes: 0 success; 1 nothing could be done with the input (nothing ingested, unknown id, unreadable
files); 2 wrong usage (typer's own). Every command that prints a table also has ``--json``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

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


def _one_line(command: Callable[..., object]) -> str:
    """The first paragraph of ``command``'s docstring as one line: the top-level ``--help`` lists it as written, so
    a docstring's line breaks would break its sentences there."""
    doc = inspect.getdoc(command) or ""
    return " ".join(doc.split("\n\n")[0].split())


# Each command's help is its docstring (``crosswire COMMAND --help``), one line of it in ``crosswire --help``.
for name, command in (
    ("clean", clean),
    ("ingest", ingest),
    ("follow", follow),
    ("batch", batch),
    ("check", check),
    ("refresh", refresh),
    ("articles", articles),
    ("export", export),
    ("demo", demo),
    ("version", version),
    ("facts", facts_command),
    ("stories", stories_command),
    ("recluster", recluster_command),
    ("compare", compare_command),
    # the compare stage's `show` prints the story (crosswire.stories.cli.print_story), then its comparison
    ("show", show_with_comparison),
    ("serve", serve_command),
):
    app.command(name, short_help=_one_line(command))(command)
