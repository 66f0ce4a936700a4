"""What a cleaner found on a page, before it becomes an Article: ``TextParts``.

Both cleaners fill it (the text cleaner from lines, the HTML cleaner from the extracted tree) and
:func:`crosswire.clean.assemble.finish_article` turns it into an :class:`~crosswire.model.Article`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crosswire.clean.captions import CaptionSet
from crosswire.clean.credits import CreditLine
from crosswire.model import BlockKind


@dataclass(slots=True)
class TextParts:
    """What a cleaner found: title, body blocks, captions, credits, bylines and removed lines (with the
    1-based input line number where the input was text), plus the page furniture and header lines that
    metadata is read from."""

    title: str | None = None
    first_line: str | None = None
    blocks: list[tuple[BlockKind, str, int]] = field(default_factory=list)  # (kind, text, line)
    captions: CaptionSet = field(default_factory=CaptionSet)
    caption_lines: list[str] = field(default_factory=list)
    credits: list[CreditLine] = field(default_factory=list)
    bylines: list[list[str]] = field(default_factory=list)
    removed: list[tuple[str, str, int | None]] = field(default_factory=list)  # (text, reason, line or None)
    furniture_text: list[str] = field(default_factory=list)
    top_lines: list[str] = field(default_factory=list)  # the first lines of the page (site name, menus)
    # the page's first line when the headline stands right under it ("Polar Wire" over "Rocket explodes ..."):
    # where a pasted text prints the outlet's name
    line_over_title: str | None = None
    header_stamps: list[str] = field(default_factory=list)  # date/time lines above the text ("Published ...")
    agency_copyrights: list[tuple[CreditLine, int]] = field(default_factory=list)  # (credit, index in removed)
    author: str | None = None  # an HTML page's meta author as printed ("Helen Carver, Marrowby Herald")
