"""The ``crosswire`` command line: :func:`main` (the console script) runs the Typer app of
:mod:`crosswire.commands.app`, where the commands are registered.

This module is kept free of imports of the stages: importing the app loads spaCy, scikit-learn and the rest of
the stages' libraries (seconds on a warm machine, tens of seconds on a cold start), and a command that runs for
long, ``crosswire serve``, says that it is starting before that wait rather than after it (:func:`main`).
``from crosswire.cli import app`` still gives the app (:func:`__getattr__` imports it on first use).

Exit codes: 0 success; 1 nothing could be done with the input (nothing ingested, unknown id, unreadable
files); 2 wrong usage (typer's own). Every command that prints a table also has ``--json``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

STARTING = "crosswire: starting (loading the libraries and language models: 5-30 s, longer on a busy machine)..."
"""What ``crosswire serve`` prints on stderr at once, before the app and its models are imported."""


def _announces_start(argv: Sequence[str]) -> bool:
    """Whether ``argv`` (without the program name) runs ``crosswire serve`` (not its ``--help``)."""
    words = [a for a in argv if not a.startswith("-")]
    return bool(words) and words[0] == "serve" and "--help" not in argv


def main() -> None:
    """Run the ``crosswire`` command line on ``sys.argv``."""
    if _announces_start(sys.argv[1:]):
        print(STARTING, file=sys.stderr, flush=True)
    from crosswire.commands.app import app

    app()


def __getattr__(name: str) -> Any:
    """``crosswire.cli.app``: the Typer app, imported on first use."""
    if name == "app":
        from crosswire.commands.app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":
    main()
