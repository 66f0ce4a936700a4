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

The line scores and thresholds below were tuned on ``bench/extraction.py`` (181 pages, several languages)
and checked on the hand-labelled fixture pages in ``tests/fixtures/pages``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crosswire.clean.captions import CaptionSet, has_photo_credit, normalise, split_credit, strip_template_residue
from crosswire.clean.credits import (
    CreditLine,
    agencies_in,
    byline_agency,
    is_role,
    parse_byline,
    parse_credit,
    parse_name_line,
)
from crosswire.clean.furniture import boundary_strength, furniture_reason
from crosswire.clean.metadata import FULL_DATE
from crosswire.vocab.titles import TITLE_SEPARATORS

_SENTENCE_END = re.compile(r"[.!?…。！？؟।][\"”’'»)\]」』]*$|[\"”»」』]$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"\w+")
_GALLERY_TITLE = re.compile(r"^(?:gallery|photos|slideshow|video|in pictures)\s*:\s*(?P<title>.{8,200})$", re.I)
_TITLE_SEPARATORS = (*TITLE_SEPARATORS, " · ")  # a pre-scraped page title also uses a middle dot

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
MIN_ARTICLE_WORDS = 40
MAX_BOUNDARY_TRIES = 5
MARKER_SHARE = 0.25  # the text before a comments marker must hold this share of the page's best score
COUNTED_MARKER_SHARE = 0.05
_COUNTED_MARKER = re.compile(r"\d|\brepl(?:y|ies)\b|\bresponses?\b", re.I)
RELATED_AFTER_SHARE = 0.3  # a related list after the text: less than this share of the text's words follows
TEASER_LINES = 3  # after an inline "Related"/"Lesen Sie auch": a headline, a summary, maybe a date
TEASER_MAX_WORDS = 25
# Line scores for the main-text run: a sentence line earns its words (capped), a short line or furniture
# costs a little, so a run survives a few ads or captions but not a menu. Tuned on bench/extraction.py.
GOOD_OFFSET = 6.0
SHORT_PENALTY = -5.0
FURNITURE_PENALTY = -8.0


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in the input
    text: str  # whitespace-normalised
    words: int
    kind: str = "short"  # good | long | short | furniture | caption | credit | byline | empty
    reason: str | None = None
    credit: CreditLine | None = None
    byline: list[str] | None = None
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
        if self.kind == "furniture":
            return FURNITURE_PENALTY
        return 0.0


@dataclass(slots=True)
class TextParts:
    """What the text cleaner found; ``document.clean_document`` turns it into an Article."""

    title: str | None = None
    first_line: str | None = None
    blocks: list[tuple[str, str, int]] = field(default_factory=list)  # (kind, text, line)
    captions: CaptionSet = field(default_factory=CaptionSet)
    caption_lines: list[str] = field(default_factory=list)
    credits: list[CreditLine] = field(default_factory=list)
    bylines: list[list[str]] = field(default_factory=list)
    removed: list[tuple[str, str, int | None]] = field(default_factory=list)  # (text, reason, line or None)
    furniture_text: list[str] = field(default_factory=list)
    top_lines: list[str] = field(default_factory=list)  # the first lines of the page (site name, menus)
    header_stamps: list[str] = field(default_factory=list)  # date/time lines above the text ("Published ...")
    agency_copyrights: list[tuple[CreditLine, int]] = field(default_factory=list)  # (credit, index in removed)


def word_count(text: str) -> int:
    """Words, counting CJK runs (written without spaces) as one word per two characters."""
    n = len(text.split())
    cjk = len(_CJK.findall(text))
    return max(n, cjk // 2) if cjk else n


def is_sentence(text: str) -> bool:
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
    """A date or time stamp ("November 19, 2019 at 6:34 am", "2 days ago", "Posted by X on ...")."""
    if words > 16 or is_sentence(text):
        return False
    found = _TIME_OR_AGE.search(text) or FULL_DATE.search(text)
    if not found:
        return False
    rest = _TIME_OR_AGE.sub(" ", FULL_DATE.sub(" ", text))
    return len(rest.split()) <= 9


def _heading_like(text: str, words: int) -> bool:
    if not any(c.isalpha() for c in text):
        return False
    if not 1 <= words <= HEADING_MAX_WORDS or (text.endswith((".", ",", ";", ":")) and not text.endswith("...")):
        return False
    first = text.lstrip("'\"‘“«(")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or not first.isalpha())


def _unwrap(raw_lines: list[str]) -> list[tuple[int, str]]:
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


def _classify(no: int, text: str) -> Line:
    if _garbled(text):
        return Line(no, text, 0, "furniture", "binary/garbled")
    text, residue_caption = strip_template_residue(text)
    text = normalise(text)
    words = word_count(text)
    line = Line(no, text, words)
    if residue_caption and words >= 3:
        line.kind = "caption"
        return line
    credit = parse_credit(text)
    if credit is not None and (credit.agencies or credit.contributors):
        line.kind, line.credit = "credit", credit
        return line
    agencies = byline_agency(text)
    if agencies:
        line.kind, line.credit = "credit", CreditLine(text, agencies)
        return line
    if words <= 12:
        line.boundary = boundary_strength(text, words)
    reason = furniture_reason(text, words)
    if reason:
        line.kind, line.reason = "furniture", reason
        if reason == "legal" and _COPYRIGHT.match(text):
            agencies = agencies_in(text)
            if agencies:  # "Copyright 2024 The Associated Press": a credit unless the agency is the outlet
                line.credit = CreditLine(text, agencies)
        return line
    if words >= 4 and has_photo_credit(text):
        line.kind = "caption"
        return line
    names = parse_byline(text)
    if names:
        line.kind, line.byline = "byline", names
        return line
    if _PURE_TIME.match(text):
        return line  # "14:05 GMT": a live-blog entry heading inside the text, a stamp outside it
    if _timestamp_like(text, words):
        line.kind, line.reason = "furniture", "date/time line"
        return line
    if _menu_like(text, words):
        line.kind, line.reason = "furniture", "navigation"
        return line
    if (words >= GOOD_MIN_WORDS and is_sentence(text)) or (words >= 5 and text.endswith(":")):
        line.kind = "good"
    elif words >= LONG_LINE_WORDS:
        line.kind = "long"
    return line


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


def _title_from(lines: list[Line], end: int, first_line: str | None) -> Line | None:
    """The headline: a heading-like line before the main text, preferring one that repeats the page title
    ("Headline - Site") and else the one nearest the body."""
    stem = None
    if first_line and any(sep in first_line for sep in _TITLE_SEPARATORS):
        stem = first_line
        for sep in _TITLE_SEPARATORS:
            if sep in stem:
                stem = stem.rsplit(sep, 1)[0]
        stem = normalise(stem).lower()
    candidates = [
        ln
        for ln in lines[:end]
        if ln.kind in ("short", "long", "good")
        and 2 <= ln.words <= 30
        and not ln.text.endswith((".", ","))
        and not (ln.kind == "good" and ln.words > 20)
    ]
    if stem:
        for ln in candidates:
            if ln.text.lower() == stem or (len(stem) > 12 and ln.text.lower().startswith(stem)):
                return ln
    heading = [
        ln
        for ln in candidates
        if _heading_like(ln.text, ln.words) and ln.words >= 3 and not parse_name_line(ln.text) and not is_role(ln.text)
    ]
    if not heading:
        return None
    substantial = [ln for ln in heading if ln.words >= 6]
    title = substantial[-1] if substantial else heading[-1]
    if len(heading) >= 2 and title is heading[-1]:
        prev = heading[-2]
        gap = [ln for ln in lines if prev.no < ln.no < title.no]
        # a longer line right under a headline is its standfirst
        if not gap and title.words >= 10 and prev.words < title.words:
            return prev
    return title


@dataclass(slots=True)
class MainRun:
    """Where the article's text lies among the page's lines (indices, end inclusive) and what ends it."""

    start: int
    end: int
    cut: int | None = None  # from here on the page is something else: comments, or another page
    cut_reason: str = "other page"
    related_at: int | None = None  # a related/teaser list starts here


def _mark_caption_copies(lines: list[Line]) -> None:
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


def _mark_repeats(lines: list[Line]) -> None:
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


def _main_run(lines: list[Line]) -> MainRun:
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
    run.related_at = _related_list_start(lines, run.start, run.end)
    if run.related_at is not None:
        run.end = run.related_at - 1
    if comments_at is not None and (run.cut is None or comments_at < run.cut):
        run.cut, run.cut_reason = comments_at, "comments"
    return run


def _header(lines: list[Line], title_line: Line | None, start: int) -> tuple[Line | None, dict[int, list[str]]]:
    """Between the headline and the text: the standfirst (it is body) and the author name and role lines
    (credits), by line number with the names they carry."""
    header_from = lines.index(title_line) + 1 if title_line is not None else 0
    header = lines[header_from:start] if start < len(lines) else []
    standfirst = None
    if (
        title_line is not None
        and header
        and header[0].kind in ("short", "long", "good")
        and header[0].words >= 10
        and not header[0].text.endswith(":")
    ):
        standfirst = header[0]
    credits: dict[int, list[str]] = {}
    for ln in header:
        if ln.kind == "short" and ln is not standfirst:
            names = parse_name_line(ln.text)
            if names or is_role(ln.text):
                credits[ln.no] = names or []
    return standfirst, credits


def split_text(content: str) -> TextParts:
    """Classify every line of a pre-scraped page; the result keeps line numbers for the audit trail."""
    parts = TextParts()
    raw_lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = _unwrap(raw_lines)
    lines = [_classify(no, text) for no, text in numbered]
    lines = [ln for ln in lines if ln.text]
    if not lines:
        return parts
    parts.first_line = lines[0].text
    parts.top_lines = [ln.text for ln in lines[:12] if ln.kind == "short" and ln.words >= 2]

    _mark_caption_copies(lines)
    _mark_repeats(lines)
    run = _main_run(lines)
    start, end, cut, cut_reason, related_at = run.start, run.end, run.cut, run.cut_reason, run.related_at

    # The headline: from the lines above the text, else an inferred one (a gallery's title).
    title_line = _title_from(lines, start, parts.first_line) if start < len(lines) else None
    if title_line is None:
        for ln in lines:
            m = _GALLERY_TITLE.match(ln.text)
            if m:
                parts.title = m.group("title").strip()
                break
    else:
        parts.title = title_line.text
    standfirst, header_credit = _header(lines, title_line, start)
    for ln in lines[: start + 3] if start < len(lines) else []:
        if ln.reason == "date/time line":
            parts.header_stamps.append(ln.text)

    seen_body: set[str] = set()
    teasers = 0  # lines still to drop after an inline "Related"/"Read also" inside the text
    for i, ln in enumerate(lines):
        inside = start <= i <= end
        if inside and ln.boundary == "weak":
            teasers = TEASER_LINES
        elif inside and teasers and ln.kind in ("short", "good", "long"):
            if ln.words < TEASER_MAX_WORDS:
                teasers -= 1
                parts.removed.append((ln.text, "related link", ln.no))
                parts.furniture_text.append(ln.text)
                continue
            teasers = 0
        if ln is standfirst:
            seen_body.add(ln.text.lower())
            parts.blocks.append(("paragraph", ln.text, ln.no))
            continue
        if ln.no in header_credit:
            parts.credits.append(CreditLine(ln.text, [], header_credit[ln.no]))
            parts.removed.append((ln.text, "credit", ln.no))
            continue
        after_cut = cut is not None and i >= cut
        if ln is title_line:
            parts.removed.append((ln.text, "title", ln.no))
            continue
        if after_cut:
            parts.removed.append((ln.text, ln.reason if ln.kind == "furniture" and ln.reason else cut_reason, ln.no))
            parts.furniture_text.append(ln.text)
            continue
        if ln.kind == "caption":
            if parts.captions.add(ln.text):
                parts.caption_lines.append(ln.text)
                parts.removed.append((ln.text, "caption", ln.no))
            else:
                parts.removed.append((ln.text, "duplicate caption", ln.no))
            continue
        if ln.kind == "credit":
            assert ln.credit is not None
            parts.credits.append(ln.credit)
            parts.removed.append((ln.text, "credit", ln.no))
            continue
        if ln.kind == "byline":
            assert ln.byline is not None
            parts.bylines.append(ln.byline)
            parts.credits.append(CreditLine(ln.text, [], ln.byline))
            parts.removed.append((ln.text, "byline", ln.no))
            continue
        if ln.kind == "furniture":
            if ln.credit is not None:
                parts.agency_copyrights.append((ln.credit, len(parts.removed)))
            parts.removed.append((ln.text, ln.reason or "furniture", ln.no))
            parts.furniture_text.append(ln.text)
            continue
        if i == start - 1 and _PURE_TIME.match(ln.text):
            parts.blocks.append(("subheading", ln.text, ln.no))  # the first live-blog entry's time
            continue
        if not inside:
            if ln.kind in ("good", "long"):
                reason = "related list" if related_at is not None and i >= related_at else "outside main text"
            else:
                reason = "short non-sentence line"
            parts.removed.append((ln.text, reason, ln.no))
            parts.furniture_text.append(ln.text)
            continue
        key = ln.text.lower()
        if key in seen_body and ln.words >= 3:
            parts.removed.append((ln.text, "duplicate line", ln.no))
            continue
        if ln.kind in ("good", "long"):
            seen_body.add(key)
            parts.blocks.append(("paragraph", ln.text, ln.no))
            continue
        # A short line inside the main text: a subheading when it looks like one and body text follows.
        nxt = next(
            (
                o
                for o in lines[i + 1 : end + 1]
                if o.kind in ("good", "long", "short") and o.text.lower() not in seen_body
            ),
            None,
        )
        if (
            _heading_like(ln.text, ln.words)
            and ln.boundary is None
            and nxt is not None
            and nxt.kind in ("good", "long")
            and parts.blocks
        ):
            parts.blocks.append(("subheading", ln.text, ln.no))
        else:
            parts.removed.append((ln.text, "short non-sentence line", ln.no))
            parts.furniture_text.append(ln.text)
    _drop_author_bio(parts)
    return parts


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
