"""Quotation marks: where each quotation of a paragraph begins and ends.

Paired by hand, per paragraph, because no library pairs them robustly: an apostrophe ("Belarus' borders",
"don't") must never open or close a quotation, an unclosed double quote runs to the end of the paragraph (the
news convention for a quotation that continues), and single quotes count only when a real opening mark (after
a space, before a letter) has a matching close.
"""

from __future__ import annotations

import re

DOUBLE_OPEN = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
SINGLE_OPEN = {"'": "'", "\u2018": "\u2019"}
ALL_QUOTE_MARKS = set(DOUBLE_OPEN) | set(DOUBLE_OPEN.values()) | set(SINGLE_OPEN) | set(SINGLE_OPEN.values())
# Any mark that may open a quotation: the scan jumps from one to the next instead of testing every character
# (the facts stage scans every paragraph of every article).
_OPENING = re.compile("[" + re.escape("".join(sorted(set(DOUBLE_OPEN) | set(SINGLE_OPEN)))) + "]")


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's inner text in ``text``; apostrophes are never taken for quotes."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        found = _OPENING.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch in DOUBLE_OPEN:
            close = DOUBLE_OPEN[ch]
            j = text.find(close, i + 1)
            if j == -1:
                j = n  # an unclosed quote runs on to the end of the paragraph
            if text[i + 1 : j].strip():
                spans.append((i + 1, j))
            i = j + 1
            continue
        if ch in SINGLE_OPEN and _opens(text, i):
            closing = _single_close(text, i, SINGLE_OPEN[ch])
            if closing is not None:
                spans.append((i + 1, closing))
                i = closing + 1
                continue
        i += 1
    return spans


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([\u2014-:") and after.isalnum()


def _single_close(text: str, i: int, close: str) -> int | None:
    j = i + 1
    while True:
        j = text.find(close, j)
        if j == -1 or j - i > 400:
            return None
        after = text[j + 1] if j + 1 < len(text) else " "
        if not after.isalnum() and text[j - 1] != " ":
            # "Belarus' borders" inside a quotation would end it early; an s' followed by a lower-case word is a
            # possessive, so keep looking.
            rest = text[j + 1 :].lstrip()
            if text[j - 1] == "s" and after == " " and rest[:1].islower() and text.find(close, j + 1) != -1:
                j += 1
                continue
            return j
        j += 1
