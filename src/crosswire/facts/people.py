"""Person entities grouped across articles: one group per person, whatever the language or script of each
mention, and the group a surname or given name alone joins.

Part of the cross-article linker (:mod:`crosswire.facts.linking`); guards keep different people apart: both
surnames must match closely, and when both articles give a first name those must be compatible too; a
surname-only entity joins a full name only when one full-name group carries that surname (or dominates).
Beyond word-by-word matches, groups join when a two-word name is the first and a later given name of the one
three-word name holding them ("Asia Noreen" / "Asia Noreen Bibi") and when two transcriptions split one name
into words otherwise ("Kim Jong-un" / "Ким Чен Ын": :class:`Spelt`); a single word may also be a possessive
adjective of a surname (Slovene "Trumpov").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from crosswire.facts.name_stems import possessive_owner
from crosswire.facts.name_words import (
    FIRST_NAME_THRESHOLD,
    SURNAME_THRESHOLD,
    NameWord,
    first_compatible,
    generation,
    is_derived,
    is_generational,
    name_parts,
    same_word,
    similar,
)
from crosswire.facts.records import Entity
from crosswire.facts.spelt import Spelt

__all__ = ["People", "Spelt", "one_of"]

# A surname alone joins the largest of several full-name groups with that surname when it has this many times
# the members of the next ("Johnson" in Brexit coverage is Boris Johnson, not the one mention of another). In
# English; beyond English CROSS_DOMINANT (below) applies: on the BSNLP 2021 tune half, 5 instead of 3 there lost
# 7 true pairs and 8 wrong ones (a bare "Smith" is Owen Smith as often as Iain Duncan Smith, "Болтон" John
# Bolton, not Henry); 4 lost 4 true and 7 wrong, 8 lost 34 true.
DOMINANT = 3
# The same for a single name word beyond English, and for one placed by the groups' spellings in other languages
# (People._across): set on the BSNLP 2021 tune half (bench/bsnlp.py), where 3 let too many first names join the
# dominant person.
CROSS_DOMINANT = 5
# The shortest skeleton of a given name alone that People._by_first_name places: at 4, "Anna" / "Ania" joined
# "Anna Soubry" on the BSNLP 2021 tune half.
FIRST_ALONE_MIN = 5
# A given name alone names only a person mentioned this many times (the one the coverage is about: "Theresa",
# "Boris"); on the BSNLP 2021 tune half the pairs placed on smaller groups were right at 0.75 ("Філіп" is
# Prince Philip, not Philip Hammond), those on groups of 8+ members at 1.0.
FIRST_ALONE_MEMBERS = 8
# The shortest skeleton or case stem of a given name alone that People._only_carrier places on the one person
# carrying it: at 4, "Julija" / "Юлия" join "Юлия Скрипаль" on the BSNLP 2021 tune half. A name this long as
# written (folded) counts even when its skeleton is shorter ("Asia", "Ilia": "asa", "ila").
FIRST_UNIQUE_MIN = 4


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
        self._firsts: dict[str, dict[int, _Group]] | None = None  # given-name stem -> groups, after _merge
        self._first_blocks: dict[str, dict[int, _Group]] | None = None  # given name's letter -> groups
        # (article id, entity id) -> the rule that gave a person entity its id: "full name" (joined word by word
        # as written), how its group joined another ("merged across languages", "first and later given name",
        # "split otherwise"), how a single word was placed (People._place) or "alone"; filled by canonical()
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

    def _across(self, word: NameWord) -> _Group | None:
        """The one group a single surname names, judged on the groups' names written in other languages (so
        English-only input is never decided here): the one group (or the one with :data:`CROSS_DOMINANT` times
        the members of the next) with that surname spelt the same way (equal skeletons or case stems:
        "Merkel" / "Меркель" once "Angela Merkel" and "Ангела Меркел" are one group, "Trumpa" / "Trump");
        None otherwise. When several people carry the surname (a family), a word derived from it by a
        surname-forming suffix names none of them: Czech "Skripalovi" is the Skripals (or "to Skripal"), not
        Sergei once Yulia Skripal is named too (:func:`is_derived`, as :func:`similar` reads it)."""
        stems = set(word.stems)
        hits = [
            g
            for g in self._candidates(word)
            if any(f.language != word.language for f, _ in g.words)
            and any(not stems.isdisjoint(la.stems) for _, la in g.words)
        ]
        if len(hits) > 1:
            hits = [
                g for g in hits if any(not stems.isdisjoint(w.stems) and not is_derived(w, word) for _, w in g.words)
            ]
        return one_of(hits, CROSS_DOMINANT)

    def _by_first_name(self, word: NameWord) -> _Group | None:
        """The one group (or the one with :data:`CROSS_DOMINANT` times the members of the next) whose given
        names, written in another language by one member at least, include ``word`` spelt the same way (equal
        skeletons or case stems: "Тереза" / "Theresa May", "Бориса" / "Boris Johnson") and who has
        :data:`FIRST_ALONE_MEMBERS` members or more; before that, the only person carrying that given name
        (:meth:`_only_carrier`). Across languages only, as :meth:`_across`: English-only input is never decided
        here."""
        unique = self._only_carrier(word)
        if unique is not None:
            return unique
        stems = [s for s in word.stems if len(s) >= FIRST_ALONE_MIN]
        found = {id(g): g for stem in stems for g in self._first_index().get(stem, {}).values()}
        many = [g for g in found.values() if len({f.language for f, _ in g.words}) > 1]
        one = one_of(many, CROSS_DOMINANT)
        return one if one is not None and len(one.members) >= FIRST_ALONE_MEMBERS else None

    def _first_index(self) -> dict[str, dict[int, _Group]]:
        """Given-name stem -> the groups with that given name (built once, after :meth:`_merge`)."""
        if self._firsts is None:
            self._firsts = {}
            for g in self.groups:
                for f, _ in g.words:
                    for stem in f.stems:
                        self._firsts.setdefault(stem, {})[id(g)] = g
        return self._firsts

    def _carriers(self, word: NameWord) -> dict[int, _Group]:
        """The groups whose given names include ``word`` spelt the same way: equal skeletons or case stems of
        :data:`FIRST_UNIQUE_MIN` letters or more (or of a word that long as written: "Asia", "Ilia")."""
        stems = [s for s in word.stems if max(len(s), len(word.folded)) >= FIRST_UNIQUE_MIN]
        return {id(g): g for stem in stems for g in self._first_index().get(stem, {}).values()}

    def _given_elsewhere(self, word: NameWord, group: _Group) -> bool:
        """Whether ``word`` is the given name of another person of the collection and not one of ``group``'s
        (:meth:`_carriers`), beyond English: "Адам" alone is Adam Lazowski's given name, not a spelling of
        Gerry Adams's surname it is only close to; "Дейвид" may still join David Davis."""
        if word.language in (None, "en"):
            return False
        carriers = self._carriers(word)
        return bool(carriers) and id(group) not in carriers

    def _only_carrier(self, word: NameWord) -> _Group | None:
        """The one group whose given names include ``word`` spelt the same way (equal skeletons or case stems of
        :data:`FIRST_UNIQUE_MIN` letters or more) when no other group has a given name close to it in any
        language (:func:`similar` at the first-name threshold, consonant keys included: "Джим" is not taken for
        Jim Mellon while Jim Ratcliffe is named too), and that group is named in another language than
        ``word``'s; None otherwise."""
        found = self._carriers(word)
        if len(found) != 1:
            return None
        (one,) = found.values()
        if all(f.language == word.language for f, _ in one.words):
            return None
        if self._first_blocks is None:
            self._first_blocks = {}
            for g in self.groups:
                for f, _ in g.words:
                    for letter in f.letters:
                        self._first_blocks.setdefault(letter, {})[id(g)] = g
        near = {id(g): g for letter in word.letters for g in self._first_blocks.get(letter, {}).values()}
        rivals = (g for g in near.values() if g is not one)
        return None if any(similar(word, f, FIRST_NAME_THRESHOLD) for g in rivals for f, _ in g.words) else one

    def _place(self, last: NameWord) -> tuple[_Group | None, bool, str]:
        """The group a single name word joins, whether any group's surname was close to it, and the rule that
        placed it ("equal surname", "given name", "close surname", "across languages", "possessive"; "" when
        none did). A surname
        equal as written (skeleton) to one of a group's surnames wins over those it is only close to ("Ivanova" joins
        "Anna Ivanova", not "Sergei Ivanov"); when some of those groups also write it so before the language's
        rules, one of those only (Czech "Blintová" is the woman whose surname a Czech source wrote "Blintová",
        not her husband "Bill Blint", however often he is named: both are "blint" after the rule for "-ová");
        then a given name
        equal to one group's ("Бориса" is Boris Johnson's, not close to "Borisov"), then the one close group
        (not when the word is another person's given name: :meth:`_given_elsewhere`), then, when no group has
        the surname spelt the same way (namesakes none of whom dominates stay apart: "O'Leary" alone is not
        Brendan O'Leary's because Michael O'Leary is named too), the one named across languages."""
        candidates = self._candidates(last)
        hits = self._close_groups(last, candidates)
        skels = set(last.skels)
        exact = [g for g in candidates if any(not skels.isdisjoint(la.skels) for _, la in g.words)]
        written = [g for g in exact if any(la.skels[:1] == last.skels[:1] for _, la in g.words)]
        dom = DOMINANT if last.language in (None, "en") else CROSS_DOMINANT
        steps: list[tuple[str, Callable[[], _Group | None]]] = [
            ("equal surname", lambda: one_of(written, dom) if 0 < len(written) < len(exact) else one_of(exact, dom)),
            ("given name", lambda: None if exact else self._by_first_name(last)),
            ("close surname", lambda: self._close(last, hits, dom)),
            ("across languages", lambda: None if exact else self._across(last)),
            ("possessive", lambda: None if hits else self._owner(last)),
        ]
        for rule, step in steps:
            if (one := step()) is not None:
                return one, bool(hits), rule
        return None, bool(hits), ""

    @staticmethod
    def _close_groups(word: NameWord, candidates: list[_Group]) -> list[_Group]:
        """The groups whose surname is close to ``word`` (:func:`similar` without the sound keys). Beyond
        English, only a surname one letter longer or shorter at most as spelt by a member: Jaro-Winkler rewards
        a shared opening, and "Bartek" / "Bart", "Beckham" / "Betts" (Polish "ck" read as "ts") scored 0.93
        and 0.91 on the BSNLP 2021 tune half, where a misspelling ("Трам" for "Трамп", "Vershofstadt") differs
        by one letter."""
        hits = [g for g in candidates if similar(word, g.last, SURNAME_THRESHOLD, sound=False)]
        if word.language in (None, "en"):
            return hits
        lengths = {len(s) for s in word.skels}
        return [g for g in hits if any(abs(n - len(s)) <= 1 for n in lengths for _, w in g.words for s in w.skels)]

    def _close(self, word: NameWord, hits: list[_Group], dominant: int) -> _Group | None:
        """The one group (or the dominant one) of ``hits``, unless ``word`` is another person's given name
        (:meth:`_given_elsewhere`)."""
        one = one_of(hits, dominant)
        return None if one is None or self._given_elsewhere(word, one) else one

    def _owner(self, word: NameWord) -> _Group | None:
        """The one group (or the one with :data:`DOMINANT` times the members of the next) with a surname close
        to the name a possessive adjective is made of (:func:`possessive_owner`: Slovene "Trumpov",
        "Junckerjev", Czech "Trumpův"); None when ``word`` reads as no possessive."""
        owner = possessive_owner(word.text, word.language)
        if owner is None:
            return None
        base = NameWord.of(owner, word.language)
        hits = [
            g
            for g in self._candidates(base)
            if any(similar(base, la, SURNAME_THRESHOLD, sound=False) for _, la in g.words)
        ]
        return one_of(hits)

    def canonical(self) -> dict[tuple[str, str], str]:
        """(article id, entity id) -> "person:<name>"; a surname alone joins the one group with that surname.
        :attr:`rules` gains, per entity, the rule that gave it its id."""
        self._merge()
        out = {}
        for g in self.groups:
            for article, e in g.members:
                out[(article, e.id)] = f"person:{g.name}"
                self.rules.setdefault((article, e.id), "full name")
        alone: list[tuple[NameWord, str]] = []  # surnames with no full name, grouped among themselves
        for article, e, last in self.surname_only:
            one, hits, rule = self._place(last)
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


def one_of(hits: list[_Group], dominant: int = DOMINANT) -> _Group | None:
    """The one group of ``hits``, or the one with ``dominant`` times the members of the next; else None."""
    hits = sorted(hits, key=lambda g: -len(g.members))
    if len(hits) == 1 or (hits and len(hits[0].members) >= dominant * len(hits[1].members)):
        return hits[0]
    return None
