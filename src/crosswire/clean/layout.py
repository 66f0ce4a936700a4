"""Where the article's text lies among a page's classified lines: the main run (the best-scoring
contiguous run of lines, a maximum-sum segment as in Finn's Body Text Extraction) and what ends it (the
comments, another page appended, a related-stories list). Repeated lines and caption copies are marked
first so they neither make nor break the run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswire.clean.captions import split_credit
from crosswire.clean.lines import GOOD_OFFSET, Line

MIN_ARTICLE_WORDS = 40
MAX_BOUNDARY_TRIES = 5
MARKER_SHARE = 0.25  # the text before a comments marker must hold this share of the page's best score
COUNTED_MARKER_SHARE = 0.05
_COUNTED_MARKER = re.compile(r"\d|\brepl(?:y|ies)\b|\bresponses?\b", re.I)
RELATED_AFTER_SHARE = 0.3  # a related list after the text: less than this share of the text's words follows


def _in_menu(lines: list[Line], i: int) -> bool:
    """Whether line i sits among one- and two-word menu items ("Twitter / Comments / Print")."""
    near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return len(near) == 2 and all(ln.kind in ("furniture", "short") and ln.words <= 2 for ln in near)


def _span_score(lines: list[Line], span: tuple[int, int] | None) -> float:
    return sum(ln.score for ln in lines[span[0] : span[1] + 1]) if span else 0.0


def _best_segment(lines: list[Line]) -> tuple[int, int] | None:
    """Indices (start, end inclusive) of the maximum-sum run of line scores (Kadane)."""
    best, best_span = 0.0, None
    running, start = 0.0, 0
    for i, line in enumerate(lines):
        if running <= 0:
            running, start = 0.0, i
        running += line.score
        if running > best:
            best, best_span = running, (start, i)
    return best_span


def _related_list_start(lines: list[Line], start: int, end: int) -> int | None:
    """Index of a "Related"/"Trending"-style line inside the main run after which little text follows (a
    list of teasers, not more of the article; an inline "Related" box mid-article is handled by the
    teaser-line rule instead); None if there is none."""
    for i in range(start + 1, end + 1):
        if lines[i].boundary != "weak":
            continue
        before = [ln.words for ln in lines[start:i] if ln.kind == "good"]
        after = [ln.words for ln in lines[i + 1 : end + 1] if ln.kind == "good"]
        if sum(before) < MIN_ARTICLE_WORDS:
            continue
        if sum(after) < RELATED_AFTER_SHARE * sum(before):
            return i
    return None


CLOSING_MAX_WORDS = int(GOOD_OFFSET)  # a sentence line this short scores <= 0 and falls off a run's end
# Furniture a page sets between two paragraphs of its text (an ad slot): the statement lines on its far side are
# still the article's when furniture, a boundary or the page's end follows them.
BETWEEN_PARAGRAPHS = frozenset({"advertisement"})


def _with_closing_sentences(lines: list[Line], run: MainRun) -> int:
    """The run's end, moved over the statement lines that close an article ("The mine employs 420 workers.",
    "Il processo è durato quattordici mesi."): a sentence line of :data:`CLOSING_MAX_WORDS` words or fewer
    scores zero or below, so the best run stops before it even when the page ends there; and a paragraph after
    an ad slot (:data:`BETWEEN_PARAGRAPHS`) is cut off by the slot's cost. Only lines right after the run, each
    a statement line (kind ``good``, a full stop) or such a slot, and only up to the page's end or to a line
    the page marks as furniture, a boundary or a byline: statement lines followed by more text of their own
    kind are left to the run's scoring. A new user's Italian page lost its closing six-word sentence above
    "Leggi anche: ..." (the rule took only sentences of five words or fewer)."""
    end = run.end
    i = end + 1
    last = end
    while i < len(lines) and (_closing_sentence(lines[i]) or _between_paragraphs(lines[i])):
        if _closing_sentence(lines[i]):
            last = i
        i += 1
    if last == end:
        return end
    i = last + 1
    if i < len(lines) and not _ends_text(lines[i]):
        return end
    return last


def _with_opening_sentences(lines: list[Line], run: MainRun) -> int:
    """The run's start, moved back over the short statement lines that open an article right under its header
    ("The road has been closed since Sunday." under the date line): such a line scores zero or below, so the
    best run starts after it. Only statement lines of at most :data:`CLOSING_MAX_WORDS` words right before the
    run, and only when the page's start, furniture, a byline, a date line or a heading (no full stop) is above
    them."""
    start = run.start
    i = start - 1
    while i >= 0 and _closing_sentence(lines[i]) and lines[i].words <= CLOSING_MAX_WORDS:
        i -= 1
    if i == start - 1:
        return start
    above = lines[i] if i >= 0 else None
    if above is not None and not (
        _ends_text(above) or (above.kind in ("short", "long") and not _STOP.search(above.text))
    ):
        return start
    return i + 1


# The most words a headline or standfirst line above a byline holds when the main run swallowed it: a deck runs to
# 20-25 words (a new user's Spanish deck, 21); a line longer than this is a paragraph with no stop.
HEADER_LINE_MAX_WORDS = 30


def _after_header(lines: list[Line], run: MainRun) -> int:
    """The run's start, moved past the byline or date line under a headline and standfirst that the run swallowed:
    a headline and a deck written as long sentences without a stop (15 and 21 words: "Los pilotos de Vestmark Air
    vuelven a volar tras arrancar una subida del 9 %") score as long lines, and their words outweigh the byline's and
    date line's cost, so the best run started at the headline; the headline then stayed a body sentence, the masthead
    above read as the writer and the date line went unread (a new user's Spanish file). Moved only when every run
    line above the first byline or date line is a long or short line of at most :data:`HEADER_LINE_MAX_WORDS` words
    ending with no stop, and no sentence line comes before it; the start becomes the line after the last byline or
    date line above the first sentence line."""
    first = next((i for i in range(run.start, run.end + 1) if lines[i].kind == "good"), None)
    if first is None or first == run.start:
        return run.start
    marks = [
        i
        for i in range(run.start, first)
        if lines[i].kind == "byline" or (lines[i].kind == "furniture" and lines[i].reason == "date/time line")
    ]
    if not marks or marks[0] == run.start:
        return run.start
    above = lines[run.start : marks[0]]
    if any(
        ln.kind not in ("long", "short") or ln.words > HEADER_LINE_MAX_WORDS or _STOP.search(ln.text) for ln in above
    ):
        return run.start
    return marks[-1] + 1


def _ends_text(line: Line) -> bool:
    """A line that bounds an article's text: furniture, a byline or credit, or a boundary marker."""
    return line.kind in ("furniture", "byline", "credit") or line.boundary is not None


def _between_paragraphs(line: Line) -> bool:
    return line.kind == "furniture" and line.reason in BETWEEN_PARAGRAPHS


_STATEMENT_END = re.compile(r"(?<!\.\.)(?<!…)\.[\"”’»)]*$")  # a full stop, not an ellipsis; no question
_STOP = re.compile(r"[.!?…][\"”’»)]*$")


def _closing_sentence(line: Line) -> bool:
    """A statement line: a sentence (kind ``good``) ending in a full stop ("The mine employs 420 workers."; not
    "Like this article?" nor "Tell us what YOU think...", the calls that close a page), not a repeat."""
    return line.kind == "good" and not line.repeat and _STATEMENT_END.search(line.text) is not None


@dataclass(slots=True)
class MainRun:
    """Where the article's text lies among the page's lines (indices, end inclusive) and what ends it."""

    start: int
    end: int
    cut: int | None = None  # from here on the page is something else: comments, or another page
    cut_reason: str = "other page"
    related_at: int | None = None  # a related/teaser list starts here


def mark_caption_copies(lines: list[Line]) -> None:
    """A line that repeats a credited caption's text, or a long line printed twice in a row, is a caption."""
    caption_keys = {split_credit(ln.text)[0].lower() for ln in lines if ln.kind == "caption"}
    for i, ln in enumerate(lines):
        if ln.kind in ("good", "long", "short") and ln.words >= 4:
            key = ln.text.lower()
            neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            repeated = any(
                o.no in (ln.no - 1, ln.no + 1) and split_credit(o.text)[0].lower() == key for o in neighbours
            )
            if key in caption_keys or (repeated and ln.words >= 8):
                ln.kind = "caption"


def mark_repeats(lines: list[Line]) -> None:
    """A body line whose text came earlier on the page is a repeat (scored 0)."""
    seen: set[str] = set()
    for ln in lines:
        if ln.kind in ("good", "long"):
            key = ln.text.lower()
            ln.repeat = key in seen
            seen.add(key)


def _comments_start(lines: list[Line]) -> int | None:
    """Index of the line that opens the comments ("34 Comments", "Leave a Reply"), when the text before it
    holds a fair share of the page's text (a "Comments" link in a header or share menu does not)."""
    full_score = _span_score(lines, _best_segment(lines))
    words_before, tried = 0, 0
    for i, ln in enumerate(lines):
        if ln.boundary == "strong" and words_before >= MIN_ARTICLE_WORDS and not _in_menu(lines, i):
            tried += 1
            if tried > MAX_BOUNDARY_TRIES:
                return None  # each try rescans the page; a page of repeated markers must stay linear
            # "34 Comments" or "Leave a Reply" is surer than a bare "Comments" and may follow a short article
            share = COUNTED_MARKER_SHARE if _COUNTED_MARKER.search(ln.text) else MARKER_SHARE
            if _span_score(lines, _best_segment(lines[:i])) >= share * full_score:
                return i
        if ln.kind == "good":
            words_before += ln.words
    return None


def main_run(lines: list[Line]) -> MainRun:
    """The best-scoring run of lines before any comments; a later "other page" notice ends it, and so
    does a related list."""
    comments_at = _comments_start(lines)
    scored = lines[:comments_at] if comments_at is not None else lines
    span = _best_segment(scored)
    run = MainRun(*span) if span else MainRun(len(lines), len(lines) - 1)
    for i in range(run.start, len(scored)):
        if lines[i].kind == "furniture" and lines[i].reason == "other page":
            run.cut = i
            span = _best_segment(lines[:i])
            run.start, run.end = span if span else (len(lines), len(lines) - 1)
            break
    run.end = _with_closing_sentences(scored, run)
    run.start = _with_opening_sentences(scored, run)
    run.start = _after_header(scored, run)
    run.related_at = _related_list_start(lines, run.start, run.end)
    if run.related_at is not None:
        run.end = run.related_at - 1
    if comments_at is not None and (run.cut is None or comments_at < run.cut):
        run.cut, run.cut_reason = comments_at, "comments"
    return run
