"""Where a single name word goes: the person group a surname or a given name alone joins, if any.

Part of the cross-article linker (:mod:`crosswire.facts.people`, which forms the groups of full names first).
A word joins a group when it is that group's surname spelt the same way (or the surname of the person the
coverage is about, by :data:`DOMINANT` / :data:`CROSS_DOMINANT`), the given name of the only person carrying it,
a surname close to one group's, a case form of a surname written in other languages, or a possessive adjective
of a surname; and not when it only resembles a surname (a given name of another person, a word that only opens
like it, a family plural, a namesake none of whom dominates).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from crosswire.facts.name_stems import possessive_owner
from crosswire.facts.name_words import FIRST_NAME_THRESHOLD, SURNAME_THRESHOLD, NameWord, is_derived, similar

if TYPE_CHECKING:
    from crosswire.facts.people import _Group

# A surname alone joins the largest of several full-name groups with that surname when it has this many times
# the members of the next ("Johnson" in Brexit coverage is Boris Johnson, not the one mention of another). In
# English; beyond English CROSS_DOMINANT (below) applies: on the BSNLP 2021 tune half, 5 instead of 3 there lost
# 7 true pairs and 8 wrong ones (a bare "Smith" is Owen Smith as often as Iain Duncan Smith, "Болтон" John
# Bolton, not Henry); 4 lost 4 true and 7 wrong, 8 lost 34 true.
DOMINANT = 3
# The same for a single name word beyond English, and for one placed by the groups' spellings in other languages
# (SingleWords._across): set on the BSNLP 2021 tune half (bench/bsnlp.py), where 3 let too many first names join the
# dominant person.
CROSS_DOMINANT = 5
# The shortest skeleton of a given name alone that SingleWords._by_first_name places: at 4, "Anna" / "Ania" joined
# "Anna Soubry" on the BSNLP 2021 tune half.
FIRST_ALONE_MIN = 5
# A given name alone names only a person mentioned this many times (the one the coverage is about: "Theresa",
# "Boris"); on the BSNLP 2021 tune half the pairs placed on smaller groups were right at 0.75 ("Філіп" is
# Prince Philip, not Philip Hammond), those on groups of 8+ members at 1.0.
FIRST_ALONE_MEMBERS = 8
# The shortest skeleton or case stem of a given name alone that SingleWords._only_carrier places on the one person
# carrying it: at 4, "Julija" / "Юлия" join "Юлия Скрипаль" on the BSNLP 2021 tune half. A name this long as
# written (folded) counts even when its skeleton is shorter ("Asia", "Ilia": "asa", "ila").
FIRST_UNIQUE_MIN = 4


class SingleWords:
    """The groups of full names of a collection (after they are joined), read for single words: built once per
    collection, its indexes of given names built on first use."""

    def __init__(self, groups: list[_Group], candidates: Callable[[NameWord], list[_Group]]) -> None:
        self.groups = groups
        self._candidates = candidates
        self._firsts: dict[str, dict[int, _Group]] | None = None  # given-name stem -> groups
        self._first_blocks: dict[str, dict[int, _Group]] | None = None  # given name's letter -> groups

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

    def place(self, last: NameWord) -> tuple[_Group | None, bool, str]:
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


def one_of(hits: list[_Group], dominant: int = DOMINANT) -> _Group | None:
    """The one group of ``hits``, or the one with ``dominant`` times the members of the next; else None."""
    hits = sorted(hits, key=lambda g: -len(g.members))
    if len(hits) == 1 or (hits and len(hits[0].members) >= dominant * len(hits[1].members)):
        return hits[0]
    return None
