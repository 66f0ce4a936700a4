"""Cross-article canonical entities: one id for "Tikhanovskaya" and "Tsikhanouskaya", two for two Bidens.

Names are compared on a transliteration skeleton (accents folded, the letters that Russian, Belarusian and
Ukrainian romanisations swap made equal) with Jaro-Winkler similarity (jellyfish) and a Metaphone check.
Guards keep different people apart: both surnames must match closely, and when both articles give a first
name those must be compatible too; a surname-only entity joins a full name only when exactly one full-name
group carries that surname. Organisations and places link on their folded name or acronym.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import jellyfish

from crosswire.facts.lexicon import countries
from crosswire.facts.name_stems import MIN_STEM, case_stem
from crosswire.facts.records import ArticleFacts, Entity
from crosswire.facts.sound import sound_key
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import HONORIFICS, fold, initials, is_name_suffix, latin

SURNAME_THRESHOLD = 0.90
FIRST_NAME_THRESHOLD = 0.80
# A surname alone joins the largest of several full-name groups with that surname when it has this many times
# the members of the next ("Johnson" in Brexit coverage is Boris Johnson, not the one mention of another).
DOMINANT = 3
# The same for a single name word placed by the groups' spellings in other languages (_People._across): set on
# the BSNLP 2021 tune half (bench/bsnlp.py), where 3 let too many first names join the dominant person.
CROSS_DOMINANT = 5
# The shortest consonant key (crosswire.facts.sound) that links two words of different languages alone.
SOUND_MIN = 2
# The shortest skeleton of a given name alone that _People._by_first_name places: at 4, "Anna" / "Ania" joined
# "Anna Soubry" on the BSNLP 2021 tune half.
FIRST_ALONE_MIN = 5
# A given name alone names only a person mentioned this many times (the one the coverage is about: "Theresa",
# "Boris"); on the BSNLP 2021 tune half the pairs placed on smaller groups were right at 0.75 ("Філіп" is
# Prince Philip, not Philip Hammond), those on groups of 8+ members at 1.0.
FIRST_ALONE_MEMBERS = 8
# Suffixes that make a surname of a given name in Slavic languages (on skeletons: "Borisov", "Ivanova",
# "Petrenko", "Pavlovich", "Jankowski"), with the feminine and declined forms of each.
_SURNAME_SUFFIX = re.compile(r"[oe]v[aiu]?|[oe]vi|in[aiu]?|enko|uk|[oe]vi[ck]h?|ovs?k[aiy]|sk[aiy]")
# Romanisation variants, applied in order: Tsikhanouskaya ~ Tikhanovskaya, Lukashenka ~ Lukashenko.
SKELETON_RULES = [
    (r"^ts", "t"),
    (r"kh", "h"),
    (r"zh", "j"),
    (r"sch|shch", "sh"),
    (r"ou(?=[sk])", "ov"),
    (r"ia|ya|ja", "a"),
    (r"iu|yu|ju", "u"),
    (r"ie|ye|je", "e"),
    (r"y", "i"),
    (r"w", "v"),
    (r"ff$", "v"),
    (r"(.)\1", r"\1"),
]


_LANGUAGE_RULES = data_toml("name_rules.toml")


@lru_cache(maxsize=64)
def _rules(language: str | None, when: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    spec = _LANGUAGE_RULES.get(language or "", {}).get(when, [])
    return tuple((re.compile(pat), rep) for pat, rep in spec)


def _by_word(text: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    words = text.split()
    for pat, rep in rules:
        words = [pat.sub(rep, w) for w in words]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def skeleton(name: str, language: str | None = None) -> str:
    """The form a name is compared in across spellings and scripts: transliterated to Latin letters
    (anyascii), the spelling rules of the name's ``language`` applied (``data/name_rules.toml``: German
    "Sch-", French "J-"/"ou", Polish "sz"/"cz", Czech feminine "-ová", Bulgarian "ъ"), then the shared
    romanisation rules (:data:`SKELETON_RULES`). Lower-case a-z and spaces; "" when nothing is left.

    Input: a name as written, the ISO 639-1 code of the language it is written in (None: no language rules).
    Example: ``skeleton("Ціханоўская", "be") == skeleton("Tikhanovskaya") == "tihanovskaa"``."""
    raw = _by_word(name.lower(), _rules(language, "before"))
    s = re.sub(r"[^a-z ]", "", fold(latin(raw)))
    s = _by_word(s, _rules(language, "after"))
    for pat, rep in SKELETON_RULES:
        s = re.sub(pat, rep, s)
    return s


@lru_cache(maxsize=1 << 16)
def vowel_key(skel: str) -> str:
    """A skeleton with every run of vowels made one "a" and "h" after a consonant dropped: the form two
    transcriptions of one foreign name share when they spell its vowels differently ("Trump" / "Трамп" /
    "Тръмп", "May" / "Мэй", "Johnson" / "Джонсон"). Used only for equality, across languages, of words of 3+
    letters."""
    s = re.sub(r"dzh|dj|dz(?=h)", "j", skel)
    s = re.sub(r"(?<=[bdfgjklmnprtvwz])h|(?<=[aeiouy])h(?![aeiouy])", "", s)
    return re.sub(r"[aeiouy]+", "a", s)


def _name_parts(entity: Entity) -> tuple[list[str], str]:
    """The given names (first, then any middle names written capitalised: "Alexander Boris de Pfeffel
    Johnson" -> Alexander, Boris, Pfeffel) and the surname of a person's name; no given name for one word."""
    words = [w for w in re.split(r"[\s.]+", entity.name.strip()) if w]
    words = [w for w in words if w.rstrip(".").lower() not in HONORIFICS and not is_name_suffix(w)]
    if not words:
        return [], ""
    middle = [w for w in words[1:-1] if w[:1].isupper() and len(w) > 1]
    return ([words[0], *middle] if len(words) > 1 else []), words[-1]


@dataclass(frozen=True, slots=True)
class _Word:
    """One name word (a first name or a surname) with the forms it is compared in: its skeleton without and
    with its language's spelling rules (a Czech text writes "Johnson" as English does, and "Jelena" as Czech
    does, so both readings are kept) and its transliterated, folded form."""

    text: str
    language: str | None
    skels: tuple[str, ...]
    folded: str
    sound: str
    stems: tuple[str, ...]  # the skeletons, and each without a case ending of its language (name_stems)

    @classmethod
    def of(cls, text: str, language: str | None) -> _Word:
        skels = tuple(dict.fromkeys(s for s in (skeleton(text), skeleton(text, language)) if s))
        stems = tuple(dict.fromkeys([*skels, *(case_stem(s, language) for s in skels)]))
        return cls(text, language, skels, fold(latin(text)), sound_key(text, language), stems)

    @property
    def letters(self) -> set[str]:
        """The first letters of its skeletons and of its sound key: the blocks it is looked up in."""
        return {s[0] for s in self.skels} | {vowel_key(s)[0] for s in self.skels} | set(self.sound[:1])


def _derived(sa: str, sb: str) -> bool:
    """Whether one skeleton is the other with a Slavic surname-forming suffix: "Borisov" is not "Boris",
    "Petrenko" not "Petro" (a family name made from a given name; close by Jaro-Winkler, never one name)."""
    short, long_ = sorted((sa, sb), key=len)
    return long_.startswith(short) and _SURNAME_SUFFIX.fullmatch(long_[len(short) :]) is not None


def _similar_skel(sa: str, sb: str, threshold: float, cross: bool) -> bool:
    if sa == sb:
        return True
    if cross and min(len(sa), len(sb)) >= 3 and vowel_key(sa) == vowel_key(sb):
        return True
    if len(sa) <= 3 or len(sb) <= 3:
        return False
    jw = jellyfish.jaro_winkler_similarity(sa, sb)
    if jw >= threshold:
        return True
    return jw >= threshold - 0.06 and jellyfish.metaphone(sa) == jellyfish.metaphone(sb)


def _similar(a: _Word, b: _Word, threshold: float, sound: bool = True) -> bool:
    """Whether two name words are one name; ``sound``: also when, across languages, their consonant keys are
    equal (off for a single word with no first name beside it, where the key alone joins too much: "Bulhaři"
    / "Blair" on the BSNLP 2021 tune half)."""
    if not a.skels or not b.skels or _derived(a.skels[-1], b.skels[-1]):
        return False  # "Boris" / "Borisov", on the skeletons with each language's rules (Czech "-ová" gone)
    if min(len(a.folded), len(b.folded)) >= 4 and jellyfish.jaro_winkler_similarity(a.folded, b.folded) >= threshold:
        return True  # "Yulia" / "Yuliya": close as written even where the skeleton is too short to judge
    cross = a.language != b.language
    if sound and cross and len(a.sound) >= SOUND_MIN and a.sound == b.sound:
        return True  # "Thatcher" / "Тачър", "Jean-Claude" / "Жан-Клод" (crosswire.facts.sound)
    if any(_same_stem(x, y) for x in a.stems for y in b.stems):
        return True  # "Putinem" / "Путин", "Trumpa" / "Трамп": one name in two grammatical cases
    return any(_similar_skel(x, y, threshold, cross) for x in a.skels for y in b.skels)


def _same_stem(x: str, y: str) -> bool:
    """Two equal case stems (crosswire.facts.name_stems: 4+ letters). Equal only: stems equal but for their
    vowels joined "Rumunia" and "Рахман", "Češky" and "Tusk" on the BSNLP 2021 tune half."""
    return x == y and len(x) >= MIN_STEM


def _initial(w: _Word) -> bool:
    """Whether a given name is an initial: one letter, or letters without a vowel ("Дж." for "J.")."""
    return len(w.text.rstrip(".")) == 1 or (bool(w.skels) and not re.search(r"[aeiouy]", w.skels[0]))


def _first_compatible(a: _Word | None, b: _Word | None) -> bool:
    if a is None or b is None:
        return True
    x, y = a.text.rstrip("."), b.text.rstrip(".")
    if _initial(a) or _initial(b):
        return bool(a.letters & b.letters) or x[0].lower() == y[0].lower()
    if a.language != b.language and a.sound and a.sound == b.sound:
        return True  # a short first name's consonants, across languages: "Guy" / "Ги" (its surname matched)
    return _similar(a, b, FIRST_NAME_THRESHOLD)


def _key(entity: Entity) -> str:
    key = fold(entity.name)
    if key.startswith("the "):
        key = key[4:]
    if entity.type == "place":
        key = fold(countries().get(key, key))
    return key


@dataclass(slots=True)
class _Group:
    """People taken for one person across articles: the first and last name of its first member, the
    display name, the (article id, entity) members and the distinct (first, last) words of all members."""

    first: _Word
    last: _Word
    name: str
    members: list[tuple[str, Entity]] = field(default_factory=list)
    words: list[tuple[_Word, _Word]] = field(default_factory=list)

    def add(self, article: str, e: Entity, firsts: list[_Word], last: _Word) -> None:
        self.members.append((article, e))
        self.words.extend(w for w in ((f, last) for f in firsts) if w not in self.words)

    def matches(self, first: _Word, last: _Word, cross_only: bool) -> bool:
        """Whether (first, last) names this group's person: close to its first member's name, or (across
        languages only) to any member's name written in another language."""
        if not cross_only and _similar(last, self.last, SURNAME_THRESHOLD) and _first_compatible(first, self.first):
            return True
        return any(
            f.language != first.language and _similar(last, la, SURNAME_THRESHOLD) and _first_compatible(first, f)
            for f, la in self.words
        )


class _People:
    """Person entities grouped across articles, blocked on the first letter of the surname's skeleton
    (which keeps the grouping near linear on a whole store)."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.blocks: dict[str, list[_Group]] = {}
        self.surname_only: list[tuple[str, Entity, _Word]] = []
        self._firsts: dict[str, dict[int, _Group]] | None = None  # given-name stem -> groups, after _merge

    def add(self, article: str, e: Entity, language: str | None = None) -> None:
        given, last_text = _name_parts(e)
        last = _Word.of(last_text, language)
        if not given:
            self.surname_only.append((article, e, last))
            return
        # every given name may be the one another spelling keeps ("Boris Johnson" for "Alexander Boris de
        # Pfeffel Johnson"); the first is the group's own
        firsts = [_Word.of(g, language) for g in given]
        for g in self._candidates(last):
            if any(g.matches(first, last, cross_only=False) for first in firsts):
                g.add(article, e, firsts, last)
                return
        group = _Group(firsts[0], last, e.name, [(article, e)], [(f, last) for f in firsts])
        self.groups.append(group)
        for letter in last.letters:
            self.blocks.setdefault(letter, []).append(group)

    def _candidates(self, last: _Word) -> list[_Group]:
        """The groups whose surname shares a skeleton's first letter with ``last``, each once, oldest first."""
        found = {id(g): g for letter in last.letters for g in self.blocks.get(letter, [])}
        return sorted(found.values(), key=self.groups.index) if len(last.letters) > 1 else list(found.values())

    def _merge(self) -> None:
        """Join groups that name one person across languages: a later group joins the first earlier one
        holding a name, written in another language, that one of its names matches (in place)."""
        kept: list[_Group] = []
        kept_ids: set[int] = set()
        for h in self.groups:
            into = next(
                (
                    g
                    for g in self._candidates(h.last)
                    if id(g) in kept_ids and any(g.matches(f, la, cross_only=True) for f, la in h.words)
                ),
                None,
            )
            if into is None:
                kept.append(h)
                kept_ids.add(id(h))
                continue
            into.members.extend(h.members)
            into.words.extend(w for w in h.words if w not in into.words)
        for blocked in self.blocks.values():
            blocked[:] = [g for g in blocked if id(g) in kept_ids]
        self.groups = kept

    def _across(self, word: _Word) -> _Group | None:
        """The one group a single surname names, judged on the groups' names written in other languages (so
        English-only input is never decided here): the one group (or the one with :data:`CROSS_DOMINANT` times
        the members of the next) with that surname spelt the same way (equal skeletons or case stems:
        "Merkel" / "Меркель" once "Angela Merkel" and "Ангела Меркел" are one group, "Trumpa" / "Trump");
        None otherwise."""
        stems = set(word.stems)
        hits = [
            g
            for g in self._candidates(word)
            if any(f.language != word.language for f, _ in g.words)
            and any(not stems.isdisjoint(la.stems) for _, la in g.words)
        ]
        return _one_of(hits, CROSS_DOMINANT)

    def _by_first_name(self, word: _Word) -> _Group | None:
        """The one group (or the one with :data:`CROSS_DOMINANT` times the members of the next) whose given
        names, written in another language by one member at least, include ``word`` spelt the same way (equal
        skeletons or case stems: "Тереза" / "Theresa May", "Бориса" / "Boris Johnson") and who has
        :data:`FIRST_ALONE_MEMBERS` members or more. Across languages only, as :meth:`_across`: English-only
        input is never decided here."""
        if self._firsts is None:
            self._firsts = {}
            for g in self.groups:
                if len({f.language for f, _ in g.words}) > 1:
                    for f, _ in g.words:
                        for stem in f.stems:
                            self._firsts.setdefault(stem, {})[id(g)] = g
        stems = [s for s in word.stems if len(s) >= FIRST_ALONE_MIN]
        found = {id(g): g for stem in stems for g in self._firsts.get(stem, {}).values()}
        one = _one_of(list(found.values()), CROSS_DOMINANT)
        return one if one is not None and len(one.members) >= FIRST_ALONE_MEMBERS else None

    def _place(self, last: _Word) -> tuple[_Group | None, bool]:
        """The group a single name word joins, and whether any group's surname was close to it. A surname
        equal as written (skeleton) to one of a group's surnames wins over those it is only close to ("Ivanova" joins
        "Anna Ivanova", not "Sergei Ivanov"), then a given name equal to one group's ("Бориса" is Boris
        Johnson's, not close to "Borisov"), then the one close group or the one named across languages."""
        candidates = self._candidates(last)
        hits = [g for g in candidates if _similar(last, g.last, SURNAME_THRESHOLD, sound=False)]
        skels = set(last.skels)
        exact = [g for g in candidates if any(not skels.isdisjoint(la.skels) for _, la in g.words)]
        one = _one_of(exact) or (None if exact else self._by_first_name(last))
        return one or _one_of(hits) or self._across(last), bool(hits)

    def canonical(self) -> dict[tuple[str, str], str]:
        """(article id, entity id) -> "person:<name>"; a surname alone joins the one group with that surname."""
        self._merge()
        out = {}
        for g in self.groups:
            for article, e in g.members:
                out[(article, e.id)] = f"person:{g.name}"
        alone: list[tuple[_Word, str]] = []  # surnames with no full name, grouped among themselves
        for article, e, last in self.surname_only:
            one, hits = self._place(last)
            if one is not None:
                name = one.name  # the one person of that surname, or the one the coverage is about
            elif hits:
                name = e.name
            else:
                name = next((n for w, n in alone if _similar(last, w, SURNAME_THRESHOLD, sound=False)), e.name)
                if name == e.name:
                    alone.append((last, e.name))
            out[(article, e.id)] = f"person:{name}"
        return out


def _one_of(hits: list[_Group], dominant: int = DOMINANT) -> _Group | None:
    """The one group of ``hits``, or the one with ``dominant`` times the members of the next; else None."""
    hits = sorted(hits, key=lambda g: -len(g.members))
    if len(hits) == 1 or (hits and len(hits[0].members) >= dominant * len(hits[1].members)):
        return hits[0]
    return None


def link_entities(facts: Sequence[ArticleFacts]) -> dict[tuple[str, str], str]:
    """Map (article id, entity id) to a global canonical id: ``"<type>:<canonical name>"``.

    Input: the facts of any number of articles. Output: one entry per entity of every article, in article
    order (non-person entities as met, then people by group); entities taken for the same real-world entity
    share the id ("person:Svetlana Tikhanovskaya", "organisation:European Union"). Raises nothing."""
    out: dict[tuple[str, str], str] = {}
    people = _People()
    others: dict[tuple[str, str], str] = {}
    for f in facts:
        for e in f.entities:
            if e.type == "person":
                people.add(f.article, e, f.language)
                continue
            name = others.setdefault((e.type, _key(e)), e.name)
            out[(f.article, e.id)] = f"{e.type}:{name}"
    out.update(people.canonical())
    _join_acronyms(out, others)
    return out


def _join_acronyms(out: dict[tuple[str, str], str], others: dict[tuple[str, str], str]) -> None:
    """Acronyms join the spelled-out name: "EU" in one article, "European Union" in another (in place)."""
    by_initials: dict[str, str] = {}
    for (etype, _k), name in others.items():
        if etype in ("organisation", "place") and not name.replace(".", "").isupper():
            letters = initials(name)
            if len(letters) >= 2:
                by_initials.setdefault(letters, f"{etype}:{name}")
    for (article, eid), cid in list(out.items()):
        etype, _, name = cid.partition(":")
        bare = name.replace(".", "")
        if etype != "person" and bare.isupper() and 2 <= len(bare) <= 6 and bare in by_initials:
            out[(article, eid)] = by_initials[bare]
