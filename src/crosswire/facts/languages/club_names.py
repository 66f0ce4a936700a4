"""A name that opens with an organisation word, or follows one, is an organisation's, never a person's: "FC
Blau-Weiß Rheinau", "SV Grünhagen", "Eintracht Hollstedt", "Sportfreunde Talheim" and "der Verein ..." were read
as people by the language models (a new user's football story, fix15), so their "said" became a person's quote
and the club a person to compare. The words are ``data/organisation_words.toml``'s (matched as
:func:`~crosswire.facts.languages.common_words.organisation_word` matches them).

Input: the article's name spans with their blocks (body offsets). Output: the same spans, changed in place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosswire.facts.first_names import first_name_gender
from crosswire.facts.languages.base import NameSpan, TextBlock
from crosswire.facts.languages.common_words import organisation_word

if TYPE_CHECKING:
    from crosswire.facts.candidates import Candidate

# A short prefix written with a capital inside it ("FC", "SV", "TSV", "VfB", "SpVgg"): a club's abbreviation,
# joined to the name when it stands right before it.
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{0,3}[A-Z][a-z]{0,2}")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.-]*)\s+$")


# Organisation words that stand before a club's name as its head ("Verein Sportfreunde Talheim", "Club Sparta
# Orvel"); any other organisation word before a name ends another body's name ("Caspia Air Marcin Ruiz": the
# company, then its chief) and makes nothing of the name after it.
_HEAD_NOUNS = frozenset({"verein", "club", "klub", "клуб", "sportverein", "turnverein"})


def _prefix(word: str, language: str) -> bool:
    """Whether ``word``, right before a name, makes the name a club's: a capitalised abbreviation that is an
    organisation word ("FC", "SV", "VfB") or a club's head noun (:data:`_HEAD_NOUNS`)."""
    if not word[:1].isupper() or not organisation_word(word, language):
        return False
    return bool(_ABBREVIATION.fullmatch(word)) or word.lower() in _HEAD_NOUNS


def retype_club_names(names: Sequence[tuple[TextBlock, NameSpan]], language: str) -> int:
    """Make person and other (PER, MISC) spans organisations (ORG) when the name's first word is an organisation
    word ("Eintracht Hollstedt", "Sportfreunde Talheim"), when its last word is one and its first word is no
    known first name ("Tarsker Sparkasse"; not "Anna Post"), or when the word right before the span is one
    ("FC" + "Blau-Weiß Rheinau", "Verein" + "Sportfreunde Talheim"); a capitalised abbreviation before it
    ("FC", "SV", "VfB") is joined to the span. A name of one word is left as it is. Returns how many spans
    changed."""
    changed = 0
    for b, n in names:
        if n.label not in ("PER", "MISC"):
            continue
        words = n.normal.split()
        if len(words) < 2:
            continue
        inside = organisation_word(words[0], language) or (
            organisation_word(words[-1], language) and first_name_gender(words[0]) is None
        )
        m = _WORD_BEFORE.search(b.text[: n.start - b.start])
        before = m.group(1) if m else ""
        prefixed = _prefix(before, language)
        if not (inside or prefixed):
            continue
        n.label = "ORG"
        if prefixed and m is not None and _ABBREVIATION.fullmatch(before):
            n.start = b.start + m.start(1)
            n.normal = f"{before} {n.normal}"
        changed += 1
    return changed


def retype_prefixed_organisations(cands: Sequence[Candidate], language: str = "en") -> int:
    """The English reader's candidates (:class:`crosswire.facts.candidates.Candidate`, body offsets) typed a
    person or other that stand right after a capitalised organisation word ("FC" + "Blau-Weiss Rheinau", "Club"
    + "Sparta Orvel") become organisations; an abbreviation before them ("FC", "SV", "VfB") is joined to the
    mention (its start, text and first token move back one word). Changes the candidates in place; returns how
    many changed."""
    changed = 0
    for c in cands:
        if c.type not in ("person", "other") or c.tok_start < 1:
            continue
        prev = c.para.doc[c.tok_start - 1]
        word = prev.text
        if not _prefix(word, language):
            continue
        c.type = "organisation"
        if _ABBREVIATION.fullmatch(word):
            c.take_previous_token()
        changed += 1
    return changed
