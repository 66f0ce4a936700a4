"""Numbers in a sentence that are no figure of the news: a telephone number ("le 0 800 130 000", "call
0800 555 0199", "+44 20 7946 0958") and the numeral of a name ("Veldmelk Start 1", "Red Dead Redemption 2").

A new user's infant-formula recall story read the French hotline "0 800 130 000" as a count of 800,130,000 and
the product "Veldmelk Start 1" as a count of one in every language; the second number then stood beside the
recalled tins in each lead sentence, so the Italian "1,2 milioni" sentence gave two counts and was left off the
1.2-million side of the tins conflict. Written by hand: shapes, no language's words.
"""

from __future__ import annotations

import re

# A telephone number: a leading zero and more digits after it (a count is never written "0 800" or "0800"), or
# a "+" country code before the digits; groups of digits joined by spaces, dots, hyphens or slashes.
_PHONE = re.compile(r"(?:\+\s?\d{1,3}|0)(?:[\s.\-/]?\(?\d+\)?)+")
# Digits a telephone number has at the least: national numbers run 6 to 12 digits (ITU-T E.164 allows 15 with the
# country code); fewer is a count, a minute ("7: 01 p. m.") or a code.
PHONE_DIGITS = 6
# The word before a number: a capitalised word (letters, a hyphen or an apostrophe inside).
_LAST_WORD = re.compile(r"(\S+)\s+(\S+)\s*$")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def phone_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a number as the figure reader matched it, character offsets) is a telephone
    number: it opens with "0" followed by another digit group ("0 800 130 000", "0800 130 000", "020 7946
    0958"), or a "+" stands right before it ("+44 20 7946 0958"), with :data:`PHONE_DIGITS` digits or more. "0.5",
    "0,75", "01" and a lone "0" are numbers."""
    number = text[start:end].strip()
    if sum(c.isdigit() for c in number) < PHONE_DIGITS:
        return False  # "01" of "7: 01 p. m.", "007": too short for a telephone number
    if text[max(0, start - 1) : start] == "+" or text[max(0, start - 2) : start] == "+ ":
        return True
    if not number.startswith("0") or len(number) < 2:
        return False
    rest = number[1:]
    return rest[0].isdigit() or (rest[0] in " \u00a0\u202f-/" and rest[1:2].isdigit())


def name_numeral(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` (digits only, no separator) is the numeral of a name: it follows
    two capitalised words that stand together inside the sentence, not at its start ("of its Veldmelk Start 1
    infant formula", "le lait infantile Veldmelk Start 1", "the Red Dead Redemption 2 launch"). A date ("Dec 1"
    after a comma), a German noun ("bei dem Unfall 3 Menschen": one capitalised word) or a count at the start of a
    sentence is left alone."""
    number = text[start:end].strip()
    if not number.isdigit():
        return False
    m = _LAST_WORD.search(text[:start])
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if not (_WORD.fullmatch(first) and _WORD.fullmatch(second)):
        return False  # punctuation between or after the words: "Netherlands, Dec 1"
    if not (first[:1].isupper() and second[:1].isupper()):
        return False
    head = text[: m.start(1)].rstrip()
    return bool(head) and head[-1] not in '.!?:;«"“„('  # the first word is not the sentence's first
