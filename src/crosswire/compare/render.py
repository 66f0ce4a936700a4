"""Renderers of a :class:`~crosswire.compare.records.Comparison`: JSON, one HTML page, Markdown and terminal.

Every string that came from an article (titles, outlets, sentences, labels built from them) is untrusted:
rich output goes through :func:`rich.markup.escape`, HTML through Jinja's autoescape (plus a Content Security
Policy that forbids scripts, and links only for http(s) URLs), Markdown through :func:`md_escape`. All renderers
show the same sections in the same order (:mod:`crosswire.compare.sections`): articles and sources, brief,
conflicts (each side with its evidence sentences), agreed, single-source, name variants, quote variants,
timeline, who said what. The JSON is the contract in ``docs/compare-schema.md``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from crosswire.compare.align import cite
from crosswire.compare.brief import with_brief
from crosswire.compare.markdown import md_escape, render_markdown
from crosswire.compare.records import ComparedArticle, Comparison
from crosswire.compare.sections import (
    conflict_sides,
    evidence_groups,
    item_headline,
    quoted,
    safe_url,
    summary_with_cites,
)
from crosswire.compare.source_names import shown_agency
from crosswire.compare.terminal import render_terminal
from crosswire.compare.unread import unread_line, unread_notice
from crosswire.vocab.calendar import published_label

__all__ = [
    "md_escape",
    "prepare",
    "render_html",
    "render_json",
    "render_markdown",
    "render_terminal",
    "safe_url",
]

TEMPLATES = Path(__file__).resolve().parent / "templates"


def prepare(comparison: Comparison) -> Comparison:
    """The comparison as renderers use it: brief filled in when the stage left it empty."""
    return with_brief(comparison)


def render_json(comparisons: Sequence[Comparison]) -> str:
    """``{"stories": [comparison, ...]}`` as indented JSON (UTF-8 text, not ASCII-escaped)."""
    stories = [prepare(c).to_dict() for c in comparisons]
    return json.dumps({"stories": stories}, ensure_ascii=False, indent=2) + "\n"


@lru_cache(maxsize=1)
def _jinja_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every {{ }} is escaped, whatever the template name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        cite=cite,
        evidence_groups=evidence_groups,
        safe_url=safe_url,
        item_headline=item_headline,
        sides=conflict_sides,
        summary_with_cites=summary_with_cites,
        quoted=quoted,
        published_label=published_label,
        unread_line=unread_line,
        shown_agency=shown_agency,
        unread_notice=unread_notice,
        unlisted_article=lambda aid: ComparedArticle(id=aid),  # a source's article the list lacks
    )
    return env


def render_html(comparisons: Sequence[Comparison], *, title: str | None = None) -> str:
    """One self-contained page (inline CSS, no scripts, no external assets) showing every comparison."""
    stories = [prepare(c) for c in comparisons]
    page_title = title or (stories[0].title if len(stories) == 1 else f"{len(stories)} stories compared")
    return _jinja_env().get_template("comparison.html.j2").render(title=page_title or "crosswire", stories=stories)
