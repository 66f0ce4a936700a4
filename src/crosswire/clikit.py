"""The toolkit every ``crosswire`` command module shares: consoles, the ``--db`` and ``--json`` options, the
store opener with its error line, the JSON printer and the table helpers.

Messages are never hard-wrapped: an error or "skipped" line is one line on stderr whatever the terminal width
(rich would otherwise break it at 80 columns when stderr is not a terminal), so "one line per bad file" holds
and the lines can be grepped. Tables wrap their text columns by word; ids are shown in full or as a unique
prefix (:func:`unique_prefixes`). Untrusted text (titles, outlets, paragraphs) goes through :func:`esc` before
rich renders it, so markup-like text is shown, not interpreted.

This module imports nothing from :mod:`crosswire.cli`, so the stage CLIs (facts, stories, compare, web) can
use it and be registered by the main app without an import cycle.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable

import typer
from rich.console import Console
from rich.markup import escape

from crosswire.model import IngestError
from crosswire.store import Store
from crosswire.store.dataset import is_dataset, open_dataset
from crosswire.store.db import StoreError, resolve_db_path

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = typer.Option(None, "--db", envvar="CROSSWIRE_DB", help="Store file (default ./crosswire.db).")
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")

MIN_PREFIX = 8  # shortest id prefix a table shows (git's default abbreviation length, near enough)
MIN_SAVED = 4  # an id is shortened only when that saves at least this many characters


def esc(value: object) -> str:
    """``value`` as text rich prints literally (None as the empty string)."""
    return escape("" if value is None else str(value))


def say(message: str) -> None:
    """One status line on stdout (rich markup allowed; escape untrusted parts), never hard-wrapped."""
    console.print(message, soft_wrap=True)


def error(message: str) -> None:
    """``error: <message>`` on stderr as one line; ``message`` is plain text (it is escaped here)."""
    err_console.print(f"[red]error:[/] {escape(message)}")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` as an error line and return the exit to raise: ``raise fail("...")``."""
    error(message)
    return typer.Exit(code)


def report_skipped(err: IngestError) -> None:
    """``skipped <source>: <reason>`` on stderr, one line per input that could not be read."""
    err_console.print(f"[yellow]skipped[/] {escape(err.source)}: {escape(err.reason)}")


def print_json(data: object) -> None:
    """``data`` as indented UTF-8 JSON on stdout (records are serialised by the caller, with ``to_dict``)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def open_store(db: str | os.PathLike[str] | None, *, readonly: bool = False, must_exist: bool | None = None) -> Store:
    """The store at ``db`` (``--db``, else ``$CROSSWIRE_DB``, else ./crosswire.db); for a folder holding a
    Parquet dataset (:mod:`crosswire.store.dataset`), the store that indexes it.

    ``must_exist`` (default: when ``readonly``) refuses to create a store where there is none. Any problem is
    one ``error:`` line naming the file and exit status 1 (``typer.Exit``).
    """
    path = resolve_db_path(db)
    if (readonly if must_exist is None else must_exist) and not path.exists():
        raise fail(f"{path}: no such store (run `crosswire ingest` first)")
    try:
        if is_dataset(path):  # a Parquet dataset (crosswire batch --parquet): its index, built once
            path = open_dataset(path)
        return Store(path, readonly=readonly)
    except (StoreError, ValueError) as exc:
        raise fail(str(exc)) from exc


def unique_prefixes(ids: Iterable[str], *, shortest: int = MIN_PREFIX) -> dict[str, str]:
    """Each id's shortest prefix (at least ``shortest`` characters) that no other of ``ids`` starts with; the
    whole id when no prefix is unique or one would save fewer than :data:`MIN_SAVED` characters. Pass every id
    a user could mean (the store's, for articles)."""
    ordered = sorted(set(ids))
    out: dict[str, str] = {}
    for i, ident in enumerate(ordered):
        shared = max(
            _common(ident, ordered[i - 1]) if i > 0 else 0,
            _common(ident, ordered[i + 1]) if i + 1 < len(ordered) else 0,
        )
        prefix = ident[: max(shortest, shared + 1)]
        out[ident] = prefix if len(ident) - len(prefix) >= MIN_SAVED else ident
    return out


def _common(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
