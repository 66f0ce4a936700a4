"""A place noun is never part of a person's name: "Rathaus Talheim" was a person for the German reader, and the
English model took "Arena" of "the Hollstedt Arena" for a person (new users' council and football stories,
fix15), so a venue became a name variant to compare. The nouns are ``data/place_heads.toml``'s (its language
lists, matched as :func:`~crosswire.facts.languages.common_words.place_head` matches them, and its
``[english_venues]``).

Input: name spans with their blocks, or the English reader's candidates (body offsets). Output: the same,
changed in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from crosswire.facts.first_names import first_name_gender
from crosswire.facts.languages.base import NameSpan, TextBlock
from crosswire.facts.languages.common_words import place_head
from crosswire.vocab.data import data_toml

if TYPE_CHECKING:
    from crosswire.facts.candidates import Candidate


def retype_venue_names(names: Sequence[tuple[TextBlock, NameSpan]], language: str) -> int:
    """Person and other spans (PER, MISC) of two words or more that open with a place noun (German: open or
    end with one) are the venue's name: "Rathaus Talheim", "Stadion Rheinau" become places (LOC). When the words
    after the noun are a person's name (their first word a first name the name dictionary knows: "Stadion Jonas
    Weber"), the noun is cut off and the span stays the person's. Returns how many spans changed."""
    changed = 0
    for b, n in names:
        if n.label not in ("PER", "MISC"):
            continue
        words = n.normal.split()
        if len(words) < 2:
            continue
        head_first = place_head(words[0], language)
        head_last = language == "de" and place_head(words[-1], language)
        if not (head_first or head_last):
            continue
        rest = words[1:] if head_first else words[:-1]
        if head_first and len(rest) >= 2 and first_name_gender(rest[0]) is not None:
            at = b.text.find(rest[0], n.start - b.start + len(words[0]))
            if at < 0:
                continue
            n.start, n.normal, n.label = b.start + at, " ".join(rest), "PER"
        else:
            n.label = "LOC"
        changed += 1
    return changed


@lru_cache(maxsize=1)
def _english_venues() -> frozenset[str]:
    return frozenset(data_toml("place_heads.toml").get("english_venues", {}).get("en", ()))


def retype_english_venues(cands: Sequence[Candidate]) -> int:
    """The English reader's one-word person candidates that are a venue noun of ``[english_venues]`` ("Arena" of
    "the Hollstedt Arena") become places, joined to the capitalised word right before them when there is one
    ("Hollstedt Arena"; the start, text and first token move back one word). Returns how many changed."""
    changed = 0
    for c in cands:
        if c.type != "person" or c.n_tokens != 1 or c.text.lower() not in _english_venues():
            continue
        c.type = "place"
        if c.tok_start >= 1:
            prev = c.para.doc[c.tok_start - 1]
            if prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start:
                c.take_previous_token()
        changed += 1
    return changed
