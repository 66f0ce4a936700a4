"""The pre-scraped text cleaner: split a page's visible text into title, body, subheadings, captions,
credits and removed furniture.

No library does this for text that has already lost its HTML (trafilatura and jusText need the DOM), so it
is written here, on general signals rather than any site's wording:

* a line rule in the spirit of C4 (a body line has several words and ends like a sentence) and
  nav-likeness (a long line of capitalised words without punctuation is a menu);
* the known-furniture phrases of the one data file (``crosswire/data/furniture.toml``);
* repetition (gallery captions printed twice; near-duplicates merged with rapidfuzz) and photo credits;
* position: the main text is the contiguous run of lines with the best score (a maximum-sum segment, as in
  Finn's Body Text Extraction), and, as in jusText, a short line between body lines is a subheading while
  the same line among furniture is dropped;
* what ends an article: a comments opener ("34 Comments"), a related/most-read list, a "page not found" or
  "next story" block (another page appended);
* the header between headline and text: standfirst (body), author and role lines (credits), date stamps.

One concern per module: :mod:`~crosswire.clean.lines` classifies each line, :mod:`~crosswire.clean.layout`
chooses the main run, :mod:`~crosswire.clean.header` reads the headline and the header; here each line
then gets one decision (:class:`Decision`) and the decisions fill a :class:`~crosswire.clean.parts.TextParts`.

The line scores and thresholds were tuned on ``bench/extraction.py`` (181 pages, several languages)
and checked on the hand-labelled fixture pages in ``tests/fixtures/pages``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswire.clean.credits import CreditLine, byline_agencies, is_role, split_author
from crosswire.clean.header import first_line_headline, gallery_title, header, title_from
from crosswire.clean.layout import MainRun, main_run, mark_caption_copies, mark_repeats
from crosswire.clean.lines import Line, classify_line, heading_like, is_pure_time, unwrap
from crosswire.clean.parts import TextParts

__all__ = ["Decision", "TextParts", "split_text"]

TEASER_LINES = 3  # after an inline "Related"/"Lesen Sie auch": a headline, a summary, maybe a date
TEASER_MAX_WORDS = 25


@dataclass(slots=True, frozen=True)
class Decision:
    """What one line becomes.

    ``action``: "paragraph" or "subheading" (a body block), "caption", "credit", "header credit",
    "byline", "furniture" (removed as the line's own furniture reason) or "remove" (removed for
    ``reason``); ``furniture`` keeps removed text as page furniture (evidence of the outlet)."""

    action: str
    reason: str | None = None
    furniture: bool = False


_PARAGRAPH = Decision("paragraph")
_SUBHEADING = Decision("subheading")
# A line of these kinds is decided by its kind alone (once the header, title and cut are settled).
_BY_KIND = {
    "caption": Decision("caption"),
    "credit": Decision("credit"),
    "byline": Decision("byline"),
    "furniture": Decision("furniture"),
}


def split_text(content: str) -> TextParts:
    """Split a pre-scraped page's text into title, body blocks, captions, credits and removed lines.

    Input: the page's visible text (any line endings). Output: a :class:`TextParts` whose blocks and
    removed lines keep their 1-based input line numbers for the audit trail. Every line lands in exactly
    one place: a block, a caption, a credit, or ``removed`` with the reason. Never raises on odd text.
    """
    parts = TextParts()
    raw_lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [ln for ln in (classify_line(no, text) for no, text in unwrap(raw_lines)) if ln.text]
    if not lines:
        return parts
    lines = _dateline_to_body(lines)
    parts.first_line = lines[0].text
    parts.top_lines = [ln.text for ln in lines[:12] if ln.kind == "short" and ln.words >= 2]
    mark_caption_copies(lines)
    mark_repeats(lines)
    decider = _Decider(lines, main_run(lines))
    parts.title = decider.title_line.text if decider.title_line is not None else gallery_title(lines)
    if decider.title_line is not None and len(lines) > 1 and lines[1] is decider.title_line:
        parts.line_over_title = lines[0].text
    start = decider.run.start
    parts.header_stamps = [
        ln.stamp or ln.text
        for ln in (lines[: start + 3] if start < len(lines) else [])
        if ln.reason == "date/time line" or ln.stamp
    ]
    for i, ln in enumerate(lines):
        _apply(parts, ln, decider.decide(i, ln), decider.header_credit)
    _drop_author_bio(parts)
    return parts


# A wire dateline on a line of its own, under the headline and byline: "KESSINGEN, Valdoria, Nov 23 (NorthWire) -".
_BARE_DATELINE = re.compile(
    r"^[A-Z\u0400-\u042f][A-Z\u0400-\u042f .'-]{2,}(?:,\s*[^,()\n]{1,40}){0,2}"  # "KESSINGEN, Valdoria, Nov 23"
    r"(?:\s*\([^()\n]{1,30}\))?\s*(?:--|-|\u2014|\u2013)$"  # "(NorthWire) -"
)
DATELINE_LOOKAHEAD = 4  # lines: a publication stamp or a blank may stand between the dateline and the text


def _dateline_to_body(lines: list[Line]) -> list[Line]:
    """``lines`` with a dateline printed on its own line joined to the first paragraph after it (within
    :data:`DATELINE_LOOKAHEAD` lines), where a dateline belongs: alone, it read as the headline (a new user's
    wire text was titled "KESSINGEN, Valdoria, Nov 23 (NorthWire) -"), and its place and agency were lost."""
    for i, ln in enumerate(lines[:15]):
        if not _BARE_DATELINE.match(ln.text):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + DATELINE_LOOKAHEAD)):
            if lines[j].words >= 8 and lines[j].text[:1].isupper():
                joined = classify_line(lines[j].no, f"{ln.text} {lines[j].text}")
                return [*lines[:i], *lines[i + 1 : j], joined, *lines[j + 1 :]]
        break
    return lines


class _Decider:
    """One decision per line, in page order, given the main run, the headline and the header. It keeps
    the little state the decisions share: the body text seen (for duplicates), the teaser lines still to
    drop after an inline "Related", and whether a body block came yet."""

    def __init__(self, lines: list[Line], run: MainRun) -> None:
        self.lines, self.run = lines, run
        inside_page = run.start < len(lines)
        # The headline: from the lines above the text, else an inferred one (a gallery's title).
        self.title_line = title_from(lines, run.start, lines[0].text) if inside_page else None
        if self.title_line is None and inside_page and run.start == 0:
            self.title_line = first_line_headline(lines)
        self.standfirst, self.header_credit = header(lines, self.title_line, run.start)
        self.seen_body: set[str] = set()
        self.teasers = 0
        self.has_block = False

    def decide(self, i: int, ln: Line) -> Decision:
        decision = self._decide(i, ln)
        if decision.action in ("paragraph", "subheading"):
            self.has_block = True
        return decision

    def _decide(self, i: int, ln: Line) -> Decision:
        run = self.run
        inside = run.start <= i <= run.end
        if self._teaser(inside, ln):
            return Decision("remove", "related link", furniture=True)
        if ln is self.standfirst:
            self.seen_body.add(ln.text.lower())
            return _PARAGRAPH
        if ln.no in self.header_credit:
            return Decision("header credit")
        if ln is self.title_line:
            return Decision("remove", "title")
        if run.cut is not None and i >= run.cut:
            return Decision("remove", ln.reason if ln.kind == "furniture" and ln.reason else run.cut_reason, True)
        if ln.kind in _BY_KIND:
            return _BY_KIND[ln.kind]
        if i == run.start - 1 and is_pure_time(ln.text):
            return _SUBHEADING  # the first live-blog entry's time
        if not inside:
            return Decision("remove", self._outside_reason(i, ln), furniture=True)
        return self._inside(i, ln)

    def _teaser(self, inside: bool, ln: Line) -> bool:
        """Whether ``ln`` is one of the teaser lines after an inline "Related"/"Read also" in the text."""
        if inside and ln.boundary == "weak":
            self.teasers = TEASER_LINES
        elif inside and self.teasers and ln.kind in ("short", "good", "long"):
            if ln.words < TEASER_MAX_WORDS:
                self.teasers -= 1
                return True
            self.teasers = 0
        return False

    def _outside_reason(self, i: int, ln: Line) -> str:
        if ln.kind not in ("good", "long"):
            return "short non-sentence line"
        related_at = self.run.related_at
        return "related list" if related_at is not None and i >= related_at else "outside main text"

    def _inside(self, i: int, ln: Line) -> Decision:
        """A line in the main run: a body paragraph, a repeat, a subheading or a short stray line."""
        key = ln.text.lower()
        if key in self.seen_body and ln.words >= 3:
            return Decision("remove", "duplicate line")
        if ln.kind in ("good", "long"):
            self.seen_body.add(key)
            return _PARAGRAPH
        if self._subheading(i, ln):
            return _SUBHEADING
        return Decision("remove", "short non-sentence line", furniture=True)

    def _subheading(self, i: int, ln: Line) -> bool:
        """A short line inside the main text is a subheading when it looks like one and body text follows."""
        if not heading_like(ln.text, ln.words) or ln.boundary is not None or not self.has_block:
            return False
        nxt = next(
            (
                o
                for o in self.lines[i + 1 : self.run.end + 1]
                if o.kind in ("good", "long", "short") and o.text.lower() not in self.seen_body
            ),
            None,
        )
        return nxt is not None and nxt.kind in ("good", "long")


def _apply(parts: TextParts, ln: Line, d: Decision, header_credit: dict[int, list[str]]) -> None:
    """Record one line's decision in ``parts``."""
    if d.action in ("paragraph", "subheading"):
        parts.blocks.append(("paragraph" if d.action == "paragraph" else "subheading", ln.text, ln.no))
    elif d.action == "caption":
        if parts.captions.add(ln.text):
            parts.caption_lines.append(ln.text)
            parts.removed.append((ln.text, "caption", ln.no))
        else:
            parts.removed.append((ln.text, "duplicate caption", ln.no))
    elif d.action in ("credit", "header credit", "byline"):
        _apply_credit(parts, ln, d.action, header_credit)
    elif d.action == "furniture":
        if ln.credit is not None:
            parts.agency_copyrights.append((ln.credit, len(parts.removed)))
        parts.removed.append((ln.text, ln.reason or "furniture", ln.no))
        parts.furniture_text.append(ln.text)
    else:
        parts.removed.append((ln.text, d.reason or "removed", ln.no))
        if d.furniture:
            parts.furniture_text.append(ln.text)


def _apply_credit(parts: TextParts, ln: Line, action: str, header_credit: dict[int, list[str]]) -> None:
    if action == "credit":
        assert ln.credit is not None
        parts.credits.append(ln.credit)
    elif action == "header credit":
        names = header_credit[ln.no]
        parts.credits.append(CreditLine(ln.text, split_author(ln.text)[1], names))
        if names and not parts.bylines and not is_role(names[0]):
            # a bare name between the headline and the text is the byline ("Анна Белова" under the date line), and
            # so is a name with its job ("Олена Коваль, кореспондентка")
            parts.bylines.append(names)
            parts.removed.append((ln.text, "byline", ln.no))
            return
    else:
        assert ln.byline is not None
        parts.bylines.append(ln.byline)
        parts.credits.append(CreditLine(ln.text, byline_agencies(ln.text), ln.byline))
    parts.removed.append((ln.text, "byline" if action == "byline" else "credit", ln.no))


def _drop_author_bio(parts: TextParts) -> None:
    """A closing paragraph that starts with the byline's name ("Dana Roe covers city hall ...") is the
    author's bio, not the story."""
    names = {n for names in parts.bylines for n in names} | {n for c in parts.credits for n in c.contributors}
    while len(parts.blocks) > 1 and names:
        kind, text, no = parts.blocks[-1]
        if kind == "paragraph" and len(text.split()) <= 40 and any(text.startswith(n + " ") for n in names):
            parts.blocks.pop()
            parts.removed.append((text, "author bio", no))
        else:
            break
