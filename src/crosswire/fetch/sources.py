"""The list ``crosswire follow`` polls: URLs given directly, or files listing them one per line."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from crosswire.fetch.urls import is_url, normalise
from crosswire.ingest import display_name
from crosswire.model import IngestError


def read_sources(sources: Iterable[str]) -> tuple[list[str], list[IngestError]]:
    """(URLs to follow, in order and each once; problems, one per bad line or unreadable file).

    A source is a URL, or a text file of URLs: one per line, blank lines and ``#`` comments ignored. Read
    again before every pass, so an edited list takes effect without a restart."""
    urls: list[str] = []
    problems: list[IngestError] = []
    for source in sources:
        lines = [(source, source)] if is_url(source) else _lines(source, problems)
        for where, text in lines:
            url = normalise(text)
            if url is None:
                problems.append(IngestError(where, f"not an http(s) URL: {text[:100]!r}"))
            elif url not in urls:
                urls.append(url)
    return urls, problems


def _lines(source: str, problems: list[IngestError]) -> list[tuple[str, str]]:
    """(``file:line``, URL text) of each non-comment line of a sources file."""
    name = display_name(source)
    try:
        text = Path(source).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        problems.append(IngestError(name, f"cannot read the sources file ({exc.strerror or exc})"))
        return []
    out = []
    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines: "\f", "\u2028" end no line
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if line:
            out.append((f"{name}:{number}", line))
    return out
