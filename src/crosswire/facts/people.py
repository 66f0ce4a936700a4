"""Person entities grouped across articles: one group per person, whatever the language or script of each
mention, and the group a surname or given name alone joins.

Part of the cross-article linker (:mod:`crosswire.facts.linking`); guards keep different people apart: both
surnames must match closely, and when both articles give a first name those must be compatible too; a
surname-only entity joins a full name only when one full-name group carries that surname (or dominates).
Beyond word-by-word matches, groups join when a two-word name is the first and a later given name of the one
three-word name holding them ("Asia Noreen" / "Asia Noreen Bibi") and when two transcriptions split one name
into words otherwise ("Kim Jong-un" / "Ким Чен Ын": :class:`Spelt`); a son named as his father is another
person beyond English ("Donald Trump Jr.": :func:`crosswire.facts.name_words.generation`). Where a single word
goes is :mod:`crosswire.facts.single_words`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crosswire.facts.name_words import (
    SURNAME_THRESHOLD,
    NameWord,
    first_compatible,
    generation,
    is_generational,
    name_parts,
    same_word,
    similar,
)
from crosswire.facts.records import Entity
from crosswire.facts.single_words import SingleWords
from crosswire.facts.spelt import Spelt

__all__ = ["People", "Spelt"]


@dataclass(slots=True)
class _Group:
    """People taken for one person across articles: the first and last name of its first member, the
    display name, which of a father and son of one name it is (:func:`generation`: "" for most), the
    (article id, entity) members, the distinct (first, last) words of all members and the (first, later given
    name) words of the members named by three words or more ("Asia Noreen Bibi" gives (Asia, Noreen))."""

    first: NameWord
    last: NameWord
    name: str
    generation: str
    members: list[tuple[str, Entity]] = field(default_factory=list)
    words: list[tuple[NameWord, NameWord]] = field(default_factory=list)
    middles: list[tuple[NameWord, NameWord]] = field(default_factory=list)
    spelt: list[Spelt] = field(default_factory=list)

    def add(self, article: str, e: Entity, firsts: list[NameWord], last: NameWord, spelt: Spelt) -> None:
        self.members.append((article, e))
        if spelt not in self.spelt:
            self.spelt.append(spelt)
        self.words.extend(w for w in ((f, last) for f in firsts) if w not in self.words)
        if not is_generational(last.text) and (last.text[:1].isupper() or not firsts[0].text[:1].isupper()):
            self.middles.extend(w for w in ((firsts[0], m) for m in firsts[1:]) if w not in self.middles)

    def matches(self, first: NameWord, last: NameWord, cross_only: bool) -> bool:
        """Whether (first, last) names this group's person: close to its first member's name, or (across
        languages only) to any member's name written in another language."""
        if not cross_only and similar(last, self.last, SURNAME_THRESHOLD) and first_compatible(first, self.first):
            return True
        return any(
            f.language != first.language and similar(last, la, SURNAME_THRESHOLD) and first_compatible(first, f)
            for f, la in self.words
        )

    def absorb(self, other: _Group) -> None:
        """Take ``other``'s members and words (in place)."""
        self.members.extend(other.members)
        self.words.extend(w for w in other.words if w not in self.words)
        self.middles.extend(w for w in other.middles if w not in self.middles)
        self.spelt.extend(w for w in other.spelt if w not in self.spelt)

    def contains(self, first: NameWord, second: NameWord) -> bool:
        """Whether a two-word name is a member's given name and a later name of it, beyond English: "Asia
        Noreen" of "Asia Noreen Bibi", "Pedro Sánchez" of "Pedro Sánchez Pérez-Castejón", "Владимир
        Владимирович" of "Vladimir Vladimirovich Putin". The second word must be the same word (:func:`same_word`),
        not only close to it: "Ivan Petrov" is not "Ivan Petrovich Sidorov"."""
        if first.language in (None, "en") and all(f.language in (None, "en") for f, _ in self.middles):
            return False  # English input keeps its rules
        return any(first_compatible(first, f) and same_word(second, m) for f, m in self.middles)


class People:
    """Person entities grouped across articles, blocked on the first letter of the surname's skeleton
    (which keeps the grouping near linear on a whole store)."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.blocks: dict[str, list[_Group]] = {}
        self.surname_only: list[tuple[str, Entity, NameWord]] = []
        # (article id, entity id) -> the rule that gave a person entity its id: "full name" (joined word by word
        # as written), how its group joined another ("merged across languages", "first and later given name",
        # "split otherwise"), how a single word was placed (SingleWords.place) or "alone"; filled by canonical()
        self.rules: dict[tuple[str, str], str] = {}

    def add(self, article: str, e: Entity, language: str | None = None) -> None:
        given, last_text = name_parts(e, language)
        last = NameWord.of(last_text, language)
        if not given:
            self.surname_only.append((article, e, last))
            return
        # every given name may be the one another spelling keeps ("Boris Johnson" for "Alexander Boris de
        # Pfeffel Johnson"); the first is the group's own
        firsts = [NameWord.of(g, language) for g in given]
        spelt = Spelt.of(e.name, language)
        gen = generation(e.name, language)  # "Donald Trump Jr." is not his father "Donald Trump"
        for g in self._candidates(last):
            if g.generation == gen and any(g.matches(first, last, cross_only=False) for first in firsts):
                g.add(article, e, firsts, last, spelt)
                return
        group = _Group(firsts[0], last, e.name, gen)
        group.add(article, e, firsts, last, spelt)
        self.groups.append(group)
        for letter in last.letters:
            self.blocks.setdefault(letter, []).append(group)

    def _candidates(self, last: NameWord) -> list[_Group]:
        """The groups whose surname shares a skeleton's first letter with ``last``, each once, oldest first."""
        found = {id(g): g for letter in last.letters for g in self.blocks.get(letter, [])}
        return sorted(found.values(), key=self.groups.index) if len(last.letters) > 1 else list(found.values())

    def _merge(self) -> None:
        """Join groups that name one person: a later group joins the first earlier one holding a name, written
        in another language, that one of its names matches; then a group named by two words only joins the one
        group holding them as a first and a later given name (:meth:`_Group.contains`). In place; a joined
        group's blocks lead to the group it joined."""
        into: dict[int, _Group] = {}
        kept_ids: set[int] = set()
        for h in self.groups:
            found = next(
                (
                    g
                    for g in self._candidates(h.last)
                    if id(g) in kept_ids
                    and g.generation == h.generation
                    and any(g.matches(f, la, cross_only=True) for f, la in h.words)
                ),
                None,
            )
            if found is None:
                kept_ids.add(id(h))
            else:
                self._join(into, h, found, "merged across languages")
        self._join_parts(into)
        self._join_spelt(into)
        for blocked in self.blocks.values():
            blocked[:] = list({id(g): g for g in (into.get(id(g), g) for g in blocked)}.values())
        self.groups = [g for g in self.groups if id(g) not in into]

    def _join(self, into: dict[int, _Group], h: _Group, found: _Group, rule: str) -> None:
        """``found`` absorbs ``h``, whose members' rule becomes ``rule`` (in place)."""
        into[id(h)] = found
        found.absorb(h)
        self.rules.update({(article, e.id): rule for article, e in h.members})

    def _join_parts(self, into: dict[int, _Group]) -> None:
        """Each group none of whose members has three words or more joins the one group holding one of its
        (first, last) names as a member's first and later given name (:meth:`_Group.contains`), when exactly
        one does; ``into`` gains each joined group's id (in place)."""
        by_middle: dict[str, dict[int, _Group]] = {}
        for g in self.groups:
            if id(g) not in into:
                for _, m in g.middles:
                    for letter in m.letters:
                        by_middle.setdefault(letter, {})[id(g)] = g
        for h in self.groups:
            if id(h) in into or h.middles:
                continue
            near = {id(g): g for _, la in h.words for letter in la.letters for g in by_middle.get(letter, {}).values()}
            hits = [
                g
                for g in near.values()
                if g is not h and g.generation == h.generation and any(g.contains(f, la) for f, la in h.words)
            ]
            if len(hits) == 1:
                self._join(into, h, hits[0], "first and later given name")

    def _join_spelt(self, into: dict[int, _Group]) -> None:
        """A later group joins the first earlier one holding a name written in another language, split into
        words otherwise, whose consonants are the same (:class:`Spelt`: "Ким Чен Ын" / "Kim Jong-un",
        "Малък-Браун" / "Malloch Brown"); ``into`` gains each joined group's id (in place)."""
        first: dict[tuple[str, str], _Group] = {}
        for h in self.groups:
            if id(h) in into:
                continue
            found = next(
                (
                    g
                    for sp in h.spelt
                    if (g := first.get((h.generation, sp.key))) is not None and any(sp.joins(o) for o in g.spelt)
                ),
                None,
            )
            if found is not None:
                self._join(into, h, found, "split otherwise")
                continue
            for sp in h.spelt:
                if sp.key:
                    first.setdefault((h.generation, sp.key), h)

    def canonical(self) -> dict[tuple[str, str], str]:
        """(article id, entity id) -> "person:<name>"; a surname alone joins the one group with that surname.
        :attr:`rules` gains, per entity, the rule that gave it its id."""
        self._merge()
        out = {}
        for g in self.groups:
            for article, e in g.members:
                out[(article, e.id)] = f"person:{g.name}"
                self.rules.setdefault((article, e.id), "full name")
        words = SingleWords(self.groups, self._candidates)
        alone: list[tuple[NameWord, str]] = []  # surnames with no full name, grouped among themselves
        for article, e, last in self.surname_only:
            one, hits, rule = words.place(last)
            self.rules[(article, e.id)] = rule or "alone"
            if one is not None:
                name = one.name  # the one person of that surname, or the one the coverage is about
            elif hits:
                name = e.name
            else:
                name = next((n for w, n in alone if similar(last, w, SURNAME_THRESHOLD, sound=False)), e.name)
                if name == e.name:
                    alone.append((last, e.name))
            out[(article, e.id)] = f"person:{name}"
        return out
