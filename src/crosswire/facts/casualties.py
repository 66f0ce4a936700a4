"""Counts of the dead and injured written without digits, in the languages a front-end reads: zero ("Никто не
пострадал", "Nikt nie został ranny", "Nadie resultó herido", "Niemand wurde verletzt", "keine Verletzten") and
one ("Один техник получил лёгкие травмы", "Jeden piekarz został ranny", "Un panadero resultó herido").

The figure reader reads numbers, and a run of number words only when it adds up to more than one (a lone "один",
"un", "ein" is as often an article or a pronoun as a count), so a sentence saying that nobody was hurt, or that
one person was, gave no count to set against another source's ("nobody injured" / "one technician injured": a
new user's rocket-explosion trial found neither a conflict nor a single-source item). English zeros are read by
:func:`crosswire.facts.values._none_values` and English "one" by the parse's figure reader.

Written by hand over the sentence's words (no parse: the front-ends parse no syntax): the words are data,
``data/casualty_counts.toml`` per language; what a casualty is, is ``data/concepts.toml`` (``dead``,
``injured``, ...). Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswire.facts.records import Value
from crosswire.vocab.concepts import concept_of
from crosswire.vocab.data import data_toml

# What befell people (the concepts of data/concepts.toml a casualty count counts): as
# crosswire.compare.claims.slots.HAPPENED, which reads the act of a count back from its sentence.
CASUALTY_CONCEPTS = frozenset({"dead", "injured", "detained", "evacuated", "hospitalized"})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_CLAUSE = re.compile(r"[,;:()]|\s[–—-]\s")


@dataclass(frozen=True, slots=True)
class _Words:
    nobody: tuple[tuple[str, ...], ...]
    needs_negation: bool
    none_before: tuple[tuple[str, ...], ...]
    others: frozenset[str]
    one: frozenset[str]
    partitive: frozenset[str]
    negation: frozenset[str]


@lru_cache(maxsize=16)
def _words(language: str) -> _Words | None:
    """The language's table of ``data/casualty_counts.toml`` (with its negation words from
    ``data/languages.toml``), or None for a language it does not list."""
    table = data_toml("casualty_counts.toml").get(language)
    if table is None:
        return None
    negation = data_toml("languages.toml").get(language, {}).get("negation", [])
    return _Words(
        nobody=tuple(tuple(w.split()) for w in table.get("nobody", [])),
        needs_negation=bool(table.get("needs_negation", False)),
        none_before=tuple(tuple(w.split()) for w in table.get("none_before", [])),
        others=frozenset(table.get("others", [])),
        one=frozenset(table.get("one", [])),
        partitive=frozenset(table.get("partitive", [])),
        negation=frozenset(negation),
    )


def _casualty(word: str, language: str) -> bool:
    return concept_of(word, language) in CASUALTY_CONCEPTS


def _at(words: list[re.Match[str]], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words from ``i`` on spell ``phrase`` (lower case)."""
    return i + len(phrase) <= len(words) and all(words[i + k].group().lower() == w for k, w in enumerate(phrase))


def casualty_values(text: str, offset: int, language: str) -> list[Value]:
    """The counts of zero and one dead or injured that ``text`` (one sentence, body offset ``offset``) states
    in ``language`` without digits, as :class:`Value` (kind ``count``, value 0.0 or 1.0, ``noun`` the counted
    word as written in lower case, ``concept`` ``person`` for a zero: nobody is nobody of any name); [] for a
    language ``data/casualty_counts.toml`` does not list. Each clause gives one count at most, and none when it
    also holds a digit (the figure reader's). Raises nothing."""
    table = _words(language)
    if table is None:
        return []
    out: list[Value] = []
    pos = 0
    for clause in _CLAUSE.split(text):
        start = text.find(clause, pos)
        pos = start + len(clause)
        if any(ch.isdigit() for ch in clause):
            continue
        words = list(_WORD.finditer(clause))
        acts = [i for i, w in enumerate(words) if _casualty(w.group(), language)]
        if not acts:
            continue
        found = _zero(words, acts, table) or _one(words, acts, table, language)
        if found is None:
            continue
        i, j, value, noun, concept = found
        out.append(
            Value(
                kind="count",
                text=clause[words[i].start() : words[j].end()],
                start=offset + start + words[i].start(),
                end=offset + start + words[j].end(),
                value=value,
                noun=noun,
                exact=True,
                concept=concept,
            )
        )
    return out


def _zero(words: list[re.Match[str]], acts: list[int], table: _Words) -> tuple[int, int, float, str, str | None] | None:
    """(first word, last word, 0.0, noun, concept) of a zero the clause states: a ``nobody`` word (with no
    ``others`` word beside it, and a negation when the language needs one), or a ``none_before`` word right
    before a casualty noun; None otherwise."""
    low = [w.group().lower() for w in words]
    for i in range(len(words)):
        for phrase in table.nobody:
            if not _at(words, i, phrase):
                continue
            near = low[max(0, i - 2) : i + len(phrase) + 2]
            if any(w in table.others for w in near):
                return None  # "nobody else was hurt": the rest of a group, no count of everyone
            if table.needs_negation and not any(w in table.negation or w.startswith("n'") for w in low):
                continue  # "une personne a été blessée": a person, not nobody
            return i, i + len(phrase) - 1, 0.0, " ".join(phrase), "person"
    for a in acts:
        for phrase in table.none_before:
            i = a - len(phrase)
            if i >= 0 and _at(words, i, phrase):
                return i, a, 0.0, low[a], "person"
    return None


def _one(
    words: list[re.Match[str]], acts: list[int], table: _Words, language: str
) -> tuple[int, int, float, str, str | None] | None:
    """(the "one" word, the noun, 1.0, noun, its concept) of a count of one the clause states: a ``one`` word
    opening the clause or right after a casualty word, followed by a noun that is no ``partitive`` ("one of")
    and no casualty word itself; None otherwise."""
    low = [w.group().lower() for w in words]
    for i, w in enumerate(low):
        if w not in table.one or i + 1 >= len(low):
            continue
        if not (i == 0 or (i - 1) in acts):
            continue
        noun = low[i + 1]
        if noun in table.partitive or noun in table.one or (i + 1) in acts:
            continue
        return i, i + 1, 1.0, noun, concept_of(noun, language)
    return None
