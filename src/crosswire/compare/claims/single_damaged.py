"""A sentence that lost words when its page was scraped is no fact "only X reports": its words as shown are not
what the outlet published, so the reader cannot check them and the item may state less than, or other than, the
source did.

Scraped news text loses the words of removed links, embeds and teasers, and the cleaner then joins what was around
them. Two traces of that are visible in the text alone, in any language written with spaces:

- **glued fragments** (:func:`glued`): two pieces of text joined with no space at a sentence mark: a comma between
  two letters ("wystąpiły problemy techniczne,żczyni Eurowizji Junior": the words between were a link), or a full
  stop after a lower-case word with a capitalised word right after it ("reportan al menos en esta capital.Las
  precipitaciones": the death toll before "en esta capital" was a link and is gone). A web address ("money.pl",
  "fr.de") has a lower-case letter after its dot, an abbreviation ("U.S.", "z.B.") one letter before it, and a
  decimal number digits, so none of them is read as glued;
- **a doubled run** (:func:`doubled`): the same run of :data:`MIN_RUN` words or more written twice in a row ("Am 10.
  April kam sie der Erde noch ein letztes Mal ganz nahe. noch ein letztes Mal ganz nahe.": a teaser's text left in
  after the sentence it repeats).

Such a sentence's item is left out of "only X reports" (:func:`damaged_sentences`); the sentence stays among the
article's unmatched sentences. Source of the class: the development halves of the alignment gold (tune, tune2,
mtune, mtune2 at 564ffe3, ``bench/compare_alignment.py --errors``): of the 273 single-source items, three were
damaged this way, all three wrong by the gold's sentence rule (each restated a fact another outlet states, with the
words that showed it lost: a flood's cause and toll, a singer's mishap, a probe's last flyby), and no right item was.
The 181 hand-checked article bodies of ``../shared/bench/article-extraction`` (clean text) are the check on the
other side (``tests/test_single15_damaged.py``).

Hand-written: no library tells lost words in scraped text; the marks and the run length are the rule's only
parameters. Pure: reads the items' evidence texts. Offsets are the evidence's (character offsets into the
cleaned body); nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosswire.compare.records import Item

# Words of a doubled run. Two words repeat in ordinary prose ("very, very", "Jetzt teilen: Jetzt teilen:" is a
# share button's label, furniture's to remove); three or more written twice in a row did not occur in the 181 clean
# article bodies (see the module docstring) and is the shape of a teaser's sentence left beside its original.
MIN_RUN = 3
# Two words joined at a comma or a full stop with no space: "techniczne,żczyni", "capital.Las". Read by
# :func:`glued`, which looks at the letters' case on each side.
_JOINED = re.compile(r"(?<!\w)([^\W\d_]+)([.,])(?=([^\W\d_]+))", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE_ENDS = (".", "!", "?", "…")  # marks that end the first copy of a doubled run


def glued(text: str) -> bool:
    """Whether ``text`` (one sentence) joins two fragments at a comma or a full stop with no space between
    (module docstring): at a comma, two lower-case words of two letters or more ("problemy techniczne,żczyni"; a
    decimal comma has digits, a list written "A,B" capitals, and a capitalised word before the comma is left alone:
    a typo's missing space "То,что" is more often there than lost words); at a full stop, a lower-case word of two
    letters or more and a capitalised word ("esta capital.Las precipitaciones"; a web address "money.pl" or
    "Node.js" has a lower-case word after its dot, an abbreviation "U.S." or "z.B." one letter before it)."""
    for m in _JOINED.finditer(text):
        left, mark, right = m.group(1), m.group(2), m.group(3)
        if len(left) < 2 or len(right) < 2 or not left.islower():
            continue
        if mark == "," and right.islower():
            return True
        if mark == "." and right[0].isupper() and right[1:].islower():
            return True
    return False


def doubled(text: str, run: int = MIN_RUN) -> bool:
    """Whether ``text`` writes the same ``run`` words or more twice in a row across a sentence's end (case ignored):
    "noch ein letztes Mal ganz nahe. noch ein letztes Mal ganz nahe." The first copy must end at a full stop, an
    exclamation or a question mark and the second begin in lower case, as no sentence does: words said twice
    within a sentence are a speaker's ("We got her, we got her!") or a charge list's ("methamphetamine, possession
    of methamphetamine, possession of heroin"), a sentence repeating the last one's words starts with a capital
    ("We got her. We got her."), and two flights of one list ("FR6728 Bruksela Kraków ... FR6729 Kraków
    Bruksela") are not one run twice in a row."""
    spans = [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [w for w, _, _ in spans]
    n = len(words)
    for size in range(run, n // 2 + 1):
        for i in range(n - 2 * size + 1):
            if words[i : i + size] != words[i + size : i + 2 * size]:
                continue
            between = text[spans[i + size - 1][2] : spans[i + size][1]]
            second = text[spans[i + size][1] : spans[i + size][2]]
            if any(mark in between for mark in SENTENCE_ENDS) and second.islower():
                return True
    return False


def damaged(text: str) -> bool:
    """Whether a sentence lost words at scraping (:func:`glued` or :func:`doubled`)."""
    return glued(text) or doubled(text)


def damaged_sentences(items: Sequence[Item]) -> set[int]:
    """Positions in ``items`` (would-be single-source items of one story) whose evidence sentence is damaged
    (:func:`damaged`). An item's evidence text is its sentence as the cleaned body writes it; an item without
    evidence text is kept."""
    return {i for i, it in enumerate(items) if any(ev.text and damaged(ev.text) for ev in it.evidence)}
