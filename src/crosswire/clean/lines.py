"""The lines of a pre-scraped page and the classifier that gives each its kind before the main text is
chosen: a body sentence ("good"), a long line, a short one, furniture (with the reason), a caption, a credit
or a byline.

The classifier is a fixed order of readers (credit lines, furniture phrases, photo credits, bylines) and
then of simple rules whose kind and reason are data (``LINE_RULES``); what is left is scored by length and
sentence punctuation, in the spirit of C4's line rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from crosswire.clean.captions import has_photo_credit, normalise, strip_template_residue
from crosswire.clean.credits import (
    CreditLine,
    agencies_in,
    agency_named,
    byline_agency,
    parse_byline,
    parse_credit,
    trailing_agency,
)
from crosswire.clean.furniture import boundary_strength, furniture_reason
from crosswire.clean.published import FULL_DATE
from crosswire.clean.stamps import parse_byline_stamp
from crosswire.clean.written_dates import written_date_pattern

_SENTENCE_END = re.compile(r"[.!?…。！？؟।][\"”’'»)\]」』]*$|[\"”»」』]$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"\w+")
_TIME_OR_AGE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d+\s*(?:s|m|h|d|w|mo|y|secs?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)"
    r"\s+ago\b|\b(?:yesterday|today)\s+at\b|\b\d{1,2}h\d{2}\b|(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b",
    re.I,
)
_PURE_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$", re.I)
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.I)
GOOD_MIN_WORDS = 3
LONG_LINE_WORDS = 15
HEADING_MAX_WORDS = 15
# Line scores for the main-text run: a sentence line earns its words (capped), a short line or furniture
# costs a little, so a run survives a few ads or captions but not a menu. Tuned on bench/extraction.py.
GOOD_OFFSET = 6.0
SHORT_PENALTY = -5.0
FURNITURE_PENALTY = -8.0
# Furniture set into the text like a caption ("Читайте также: <headline>", "Lire aussi : <headline>"): it
# neither makes nor breaks the main run (scored 0, as captions and credits are).
INSET_REASONS = frozenset({"related link"})


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in the input
    text: str  # whitespace-normalised
    words: int
    kind: str = "short"  # good | long | short | furniture | caption | credit | byline | empty
    reason: str | None = None
    credit: CreditLine | None = None
    byline: list[str] | None = None
    stamp: str | None = None  # the publication stamp a byline line prints after its names ("— Publié le ...")
    boundary: str | None = None  # "strong" (comments follow) or "weak" (a related list follows)
    repeat: bool = False  # the same text came earlier on the page

    @property
    def score(self) -> float:
        if self.repeat:
            return 0.0  # a copy neither makes nor breaks the main text (and cleaning stays idempotent)
        if self.kind == "good":
            return min(self.words, 60) - GOOD_OFFSET
        if self.kind == "long":
            return self.words / 3
        if self.kind == "short":
            return SHORT_PENALTY
        if self.kind == "furniture" or (self.kind == "byline" and self.reason == "date/time line"):
            return 0.0 if self.reason in INSET_REASONS else FURNITURE_PENALTY
        return 0.0


def word_count(text: str) -> int:
    """Words, counting CJK runs (written without spaces) as one word per two characters."""
    n = len(text.split())
    cjk = len(_CJK.findall(text))
    return max(n, cjk // 2) if cjk else n


def is_sentence(text: str) -> bool:
    """The line ends like a sentence (final punctuation, closing quotes and brackets allowed)."""
    return bool(_SENTENCE_END.search(text))


_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff]")


def _garbled(text: str) -> bool:
    """Binary-looking: many control, private-use, surrogate or replacement characters."""
    return len(_BAD_CHARS.findall(text)) > max(2, len(text) // 5)


def _menu_like(text: str, words: int) -> bool:
    """A run of capitalised words with no sentence punctuation (a flattened menu)."""
    if text.count(" | ") >= 2 and not is_sentence(text):
        return True  # "About us | Contact | Terms"
    if words < 6 or is_sentence(text) or re.search(r"[,;]", text):
        return False
    tokens = [t for t in text.split() if _WORD.search(t)]
    if not tokens:
        return False
    caps = sum(1 for t in tokens if t[0].isupper() or not t[0].isalpha())
    return caps / len(tokens) >= 0.75


def _timestamp_like(text: str, words: int) -> bool:
    """A date or time stamp ("November 19, 2019 at 6:34 am", "2 days ago", "Posted by X on ...", "10 марта
    2026, 09:40", "14. September 2020")."""
    written = written_date_pattern()
    date = written.search(text)
    # "19 listopada 2026 r.", "19 ноября 2026 г.": the stop ends the year's abbreviation, not a sentence
    dated = date is not None and date.end() == len(text.rstrip()) and date.group(0).endswith(".")
    if words > 16 or (is_sentence(text) and not dated):
        return False
    found = _TIME_OR_AGE.search(text) or FULL_DATE.search(text) or written.search(text)
    if not found:
        return False
    rest = _TIME_OR_AGE.sub(" ", written.sub(" ", FULL_DATE.sub(" ", text)))
    return len(rest.split()) <= 9


def heading_like(text: str, words: int) -> bool:
    """A line that could be a headline or subheading: 1-15 words opening with a capital, a digit or a quote
    mark, not ending like a sentence."""
    if not any(c.isalpha() for c in text):
        return False
    if not 1 <= words <= HEADING_MAX_WORDS or (text.endswith((".", ",", ";", ":")) and not text.endswith("...")):
        return False
    first = text.lstrip("'\"‘“«(")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or not first.isalpha())


def unwrap(raw_lines: list[str]) -> list[tuple[int, str]]:
    """Join hard-wrapped paragraphs (a blank-separated group of similar-width lines that mostly break
    mid-sentence) so each paragraph is one line; other lines pass through with their numbers."""
    out: list[tuple[int, str]] = []
    group: list[tuple[int, str]] = []

    def flush() -> None:
        if len(group) >= 2:
            texts = [t.strip() for _, t in group]
            inner = texts[:-1]
            widths = [len(t) for t in inner]
            mid = sum(1 for t in inner if not is_sentence(t) and not t.endswith(")") and not has_photo_credit(t))
            distinct = len({t[:30].lower() for t in texts}) == len(texts)
            continued = len(group) >= 3 or texts[1][:1].islower()
            if (
                min(widths) >= 40
                and max(widths) <= 110
                and mid == len(inner)
                and distinct
                and continued
                and max(widths) - min(widths) <= 40
                and not any(furniture_reason(t) for t in texts)
            ):
                out.append((group[0][0], " ".join(texts)))
                group.clear()
                return
        out.extend(group)
        group.clear()

    for i, text in enumerate(raw_lines, start=1):
        if text.strip():
            group.append((i, text))
        else:
            flush()
    flush()
    return out


def is_pure_time(text: str, words: int = 0) -> bool:
    """ "14:05 GMT": a live-blog entry heading inside the text, a stamp outside it."""
    return bool(_PURE_TIME.match(text))


# Simple line rules, tried in order after the readers: (test on text and word count, kind, reason).
LINE_RULES: tuple[tuple[Callable[[str, int], bool], str, str | None], ...] = (
    (is_pure_time, "short", None),
    (_timestamp_like, "furniture", "date/time line"),
    (_menu_like, "furniture", "navigation"),
)


def classify_line(no: int, text: str) -> Line:
    """The kind of one input line (``no`` is its 1-based number), with the reason when it is furniture and
    what a credit or byline line names; the text comes back normalised (template residue stripped)."""
    if _garbled(text):
        return Line(no, text, 0, "furniture", "binary/garbled")
    text, residue_caption = strip_template_residue(text)
    text = normalise(text)
    line = Line(no, text, word_count(text))
    if residue_caption and line.words >= 3:
        line.kind = "caption"
        return line
    for read in _READERS:
        if read(line):
            return line
    for test, kind, reason in LINE_RULES:
        if test(line.text, line.words):
            line.kind, line.reason = kind, reason
            return line
    tagged = trailing_agency(text)  # "... until Wednesday. (EFE)": the sentence ends before the agency's tag
    if (line.words >= GOOD_MIN_WORDS and is_sentence(tagged[0] if tagged else text)) or (
        line.words >= 5 and text.endswith(":")
    ):
        line.kind = "good"
    elif line.words >= LONG_LINE_WORDS:
        line.kind = "long"
    return line


def _read_credit(line: Line) -> bool:
    """ "(AFP)", "Reporting by ...", "By Ana Ruiz, AP": a credit line."""
    credit = parse_credit(line.text)
    if credit is not None and (credit.agencies or credit.contributors):
        line.kind, line.credit = "credit", credit
        return True
    agencies = byline_agency(line.text)
    if agencies and parse_byline(line.text):
        return False  # "Von Anna Weber / dpa", "By Mara Lind, Reuters": a reporter's byline with the wire beside
    if agencies:
        line.kind, line.credit = "credit", CreditLine(line.text, agencies)
        return True
    return False


def _read_furniture(line: Line) -> bool:
    """A known furniture phrase (the data file's); a short line also gets its boundary strength."""
    if line.words <= 12:
        line.boundary = boundary_strength(line.text, line.words)
    reason = furniture_reason(line.text, line.words)
    if not reason:
        return False
    line.kind, line.reason = "furniture", reason
    if reason == "legal" and _COPYRIGHT.match(line.text):
        agencies = agencies_in(line.text) or _copyright_agency(line.text)
        if agencies:  # "Copyright 2024 The Associated Press": a credit unless the agency is the outlet
            line.credit = CreditLine(line.text, agencies)
    return True


# The name a copyright line gives: after the mark and an optional year or span, up to a stop or "All rights".
_COPYRIGHT_NAME = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[^.,|©]{2,60}?)"
    r"\s*(?:[.,|]|\s+all rights|$)",
    re.I,
)


def _copyright_agency(text: str) -> list[str]:
    """The agency a copyright line names when the data file does not list it ("© 2026 Vistula Wire. All
    rights reserved."): [the name] when :func:`~crosswire.clean.credits.agency_named` reads one, else []."""
    m = _COPYRIGHT_NAME.match(text)
    named = agency_named(m.group("name")) if m else None
    return [named] if named else []


def _read_photo_caption(line: Line) -> bool:
    if line.words >= 4 and has_photo_credit(line.text):
        line.kind = "caption"
        return True
    return False


def _read_byline(line: Line) -> bool:
    """ "By Jane Roe", "Par Jean Morel — Publié le 14 mai 2026 à 21h05": a byline line, with the stamp it
    prints after the names (:func:`~crosswire.clean.stamps.parse_byline_stamp`)."""
    with_stamp = parse_byline_stamp(line.text)
    if with_stamp:
        line.kind, (line.byline, line.stamp) = "byline", with_stamp
        if _timestamp_like(line.text, line.words):
            # "Текст: Лида Буслаева · 11 октября 2018" reads as a date line too: it still bounds the main text as one
            line.reason = "date/time line"
        return True
    names = parse_byline(line.text)
    if names:
        line.kind, line.byline = "byline", names
        return True
    return False


_READERS: tuple[Callable[[Line], bool], ...] = (_read_credit, _read_furniture, _read_photo_caption, _read_byline)
