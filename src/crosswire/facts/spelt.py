"""A person's name as one consonant key, for two transcriptions that split one name into words otherwise.

Part of the cross-article linker (:mod:`crosswire.facts.people`): "Ким Чен Ын" (three words), "Kim Jong-un"
(two) and "Kim Dzong Un" keep their consonants, which the word-by-word rules cannot see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswire.facts.sound import sound_key

# The shortest consonant key of a whole name that joins two names split into words otherwise (Spelt): five
# consonants, as in "Kim Jong-un" ("kmjnn"); a shorter key is too likely shared by two people.
SPELT_MIN = 5


@dataclass(frozen=True, slots=True)
class Spelt:
    """A person's name as one consonant key: the consonant keys (:func:`crosswire.facts.sound.sound_key`) of
    its words joined, with its language and shape (how many parts each word has, split on hyphens). Two
    transcriptions that split one name into words otherwise keep its consonants: "Ким Чен Ын" (three words),
    "Kim Jong-un" (two, the second of two parts) and "Kim Dzong Un" are all "kmjnn"."""

    language: str | None
    key: str  # "" for a name too short to be told by its consonants
    shape: tuple[int, ...]

    @classmethod
    def of(cls, name: str, language: str | None) -> Spelt:
        words = [w for w in re.split(r"[\s.]+", name) if w]
        key = "".join(sound_key(w, language) for w in words)
        return cls(language, key if len(key) >= SPELT_MIN else "", tuple(len(w.split("-")) for w in words))

    def joins(self, other: Spelt) -> bool:
        """Whether ``other`` is this name split otherwise, in another language (never two English names):
        equal keys and different shapes. Two names split alike are compared word by word instead, where
        "Ivan Ivanov" and "Ivana Ivanova", equal by their consonants, stay two people."""
        return (
            bool(self.key)
            and self.key == other.key
            and self.shape != other.shape
            and self.language != other.language
            and bool({self.language, other.language} - {None, "en"})
        )
