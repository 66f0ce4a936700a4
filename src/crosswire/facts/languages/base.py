"""What every language front-end gives the shared extractor: tokens, sentences and names of one text.

A front-end reads one block of text (a paragraph) and returns an :class:`Analysis` whose offsets are
character offsets into that text; :func:`crosswire.facts.languages.build.extract` shifts them into the
article body. The records are small and plain so a front-end backed by any library (natasha, spaCy, regular
expressions) fills them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Pos = Literal["NOUN", "PROPN", "VERB", "ADJ", "NUM", "PUNCT", "OTHER"]
NameLabel = Literal["PER", "LOC", "ORG", "MISC"]


class MissingExtra(RuntimeError):
    """A front-end's library is not installed; the message names the extra to install."""


@dataclass(slots=True)
class Token:
    """A word or punctuation mark: span, lemma (lower case; the word itself where there is no lemmatiser)
    and a coarse part of speech."""

    start: int
    end: int
    text: str
    lemma: str
    pos: Pos = "OTHER"

    def lower_ok(self, words: Any) -> bool:
        """Whether this token's lower-case form is not one of ``words.stop`` (a function word)."""
        return self.lemma not in words.stop


@dataclass(slots=True)
class Sentence:
    """A sentence: its span and the index range of its tokens in :attr:`Analysis.tokens`."""

    start: int
    end: int
    first: int
    last: int  # one past the last token


@dataclass(slots=True)
class NameSpan:
    """A named entity mention: span, label, and its normal (nominative, dictionary) form. ``common``: a
    single word that is also a dictionary noun (German "Eingang", "Merkel"): the extractor keeps it only
    as a person named in full elsewhere in the article."""

    start: int
    end: int
    label: NameLabel
    normal: str
    common: bool = False


@dataclass(slots=True)
class Analysis:
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    names: list[NameSpan] = field(default_factory=list)


class TextBlock(Protocol):
    """A block of the cleaned body as the name readers see it: its start (a character offset into the body) and
    its text."""

    start: int
    text: str


class FrontEnd(Protocol):
    """One language's reader. ``languages``: the ISO 639-1 codes it reads; ``tier``: "model" when a
    statistical model finds names and lemmas, "light" when rules do."""

    languages: tuple[str, ...]
    tier: str

    def analyse(self, text: str, language: str | None = None) -> Analysis:
        """Tokens, sentences and names of ``text`` (offsets into ``text``). Raises nothing for any text."""
        ...
