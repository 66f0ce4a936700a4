"""Conflicts over the name of a street: one outlet writes "found in a second-floor apartment on Independent
Street", another "the stove in the Independence Street apartment"; "arrested at a Philip Street apartment" /
"barricaded in a dwelling on Phillips Road" (issue 12's classes: the place of an event, a name that differs
between outlets with no value read).

A street's name is read off each claim sentence by the words ``data/street_names.toml`` gives per language (a
street word after the name, before it, or a one-word name's ending) and compared as a key: its words in Latin
letters, folded, each without the case ending of its language (:func:`crosswire.facts.name_stems.case_stem`:
Polish "ulica Marszałkowska" / "na ulicy Marszałkowskiej" is one street). Two keys of one story that are not equal
but near (rapidfuzz ratio :data:`NEAR` or more: one or two letters apart) name one street written two ways,
since a story's addresses are few and two streets whose names differ by a letter or two are seldom both in it;
when no source writes both spellings (:func:`~crosswire.compare.claims.items.sources_apart`: one outlet writing
both is a typo of its own, or two streets it tells apart), the sources disagree on the street: a conflict,
"different value", each side citing the sentences that write its spelling. Keys that differ more ("Philip
Street" / "Elm Road") are two streets, or two acts in two places: nothing is said of them. Keys that are equal
("Lindenstraße" / "Linden Street", "Main St." / "Main Street") agree.

Written by hand: no library reads street names across these languages; the street words are data.

Offsets are character offsets into the unit's sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.facts.name_stems import case_stem
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import latin

# rapidfuzz ratio (0-100) of two street keys at which they are one street written two ways: "independent" /
# "independence" (87), "philip" / "phillips" (86); two streets of one name's start stay under it ("park" /
# "parker" 80, "elm" / "elmwood" 60). Chosen by hand on those pairs (bench/mined_conflicts tune half, ECB+ topic
# 32) and checked on every ECB+ topic half (bench/compare_ecb.py: no street conflict of two real streets).
NEAR = 85.0
MIN_KEY = 4  # letters of a street key under which it is not compared ("Elm", "Oak": one letter is a new name)
MAX_NAME_WORDS = 3  # capitalised words a street's name may have ("Martin Luther King Boulevard")
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True, slots=True)
class _Words:
    """One language's street words (see ``data/street_names.toml``)."""

    after: frozenset[str]
    before: frozenset[str]
    endings: tuple[str, ...]
    joins: frozenset[str]
    skip: frozenset[str]
    declines: bool


@cache
def _words(language: str) -> _Words | None:
    entry = data_toml("street_names.toml").get(language)
    if entry is None:
        return None
    return _Words(
        after=frozenset(entry.get("after", [])),
        before=frozenset(entry.get("before", [])),
        endings=tuple(entry.get("endings", [])),
        joins=frozenset(entry.get("joins", [])),
        skip=frozenset(entry.get("skip", [])),
        declines=bool(entry.get("declines", False)),
    )


def _capital(tok: str) -> bool:
    return tok[:1].isupper()


def street_key(name_words: list[str], language: str) -> str:
    """A street's name as compared: each word in Latin letters, lower case, letters only, without its case
    ending in ``language`` (ISO 639-1), joined by spaces ("Marszałkowskiej" -> "marszalkowsk"). Input: the
    name's words as written (no street word), a possessive "'s" dropped; output: a string, empty when no letters
    are left."""
    # a possessive is the name's own word: "Wellington's High Street" is "Wellington High Street"
    words = [re.sub(r"[^a-z]", "", latin(re.sub(r"['’]s$", "", w)).lower()) for w in name_words]
    return " ".join(case_stem(w, language) for w in words if w)


def streets_in(text: str, language: str) -> list[tuple[str, str]]:
    """The streets a sentence names: (the street as written, its key of :func:`street_key`) in order of their
    place in ``text``. Input: one sentence and its language (ISO 639-1); a language with no entry in
    ``data/street_names.toml`` gives none. Raises nothing."""
    words = _words(language)
    if words is None:
        return []
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[tuple[str, str, int]] = []

    def adjacent(i: int, j: int) -> bool:  # token i then token j with only spaces between
        return text[toks[i][2] : toks[j][1]].strip() == ""

    for i, (tok, start, end) in enumerate(toks):
        low = tok.lower()
        bare = low.rstrip(".")
        if (low in words.after or bare in words.after) and _capital(tok):
            j = i
            while j > 0 and i - j < MAX_NAME_WORDS and adjacent(j - 1, j):
                prev = toks[j - 1][0]
                if not _capital(prev) or prev.lower() in words.skip or prev.lower().rstrip(".") in words.after:
                    break
                j -= 1
            if j < i:
                name = [t for t, _s, _e in toks[j:i]]
                out.append((text[toks[j][1] : end].rstrip("."), street_key(name, language), toks[j][1]))
            continue
        if low in words.before:
            name_toks: list[int] = []
            k = i + 1
            while k < len(toks) and len(name_toks) < MAX_NAME_WORDS + 2 and adjacent(k - 1, k):
                nxt = toks[k][0]
                opening = not any(_capital(toks[n][0]) for n in name_toks)  # joins only before the name
                if _capital(nxt) or (opening and (nxt.lower() in words.joins or _elided_capital(nxt, words.joins))):
                    name_toks.append(k)
                    k += 1
                    continue
                break
            while name_toks and toks[name_toks[-1]][0].lower() in words.joins:
                name_toks.pop()
            name = [_unelided(toks[k][0], words.joins) for k in name_toks]
            name = [w for w in name if w.lower() not in words.joins]
            if name and any(_capital(w) for w in name):
                written = text[start : toks[name_toks[-1]][2]].rstrip(".")
                out.append((written, street_key(name, language), start))
            continue
        if _capital(tok):
            for ending in words.endings:
                if bare.endswith(ending) and len(bare) >= len(ending) + MIN_KEY:
                    word = tok.rstrip(".")
                    out.append((word, street_key([word[: -len(ending)]], language), start))
                    break
    return [(w, k) for w, k, _at in sorted(out, key=lambda x: x[2]) if len(k.replace(" ", "")) >= MIN_KEY]


def _elided_capital(tok: str, joins: frozenset[str]) -> bool:
    """Whether ``tok`` is an elided join before a capitalised word ("d'Alésia", "l'Opéra")."""
    return any(tok.lower().startswith(j) and j.endswith("'") and _capital(tok[len(j) :]) for j in joins)


def _unelided(tok: str, joins: frozenset[str]) -> str:
    for j in joins:
        if j.endswith("'") and tok.lower().startswith(j) and _capital(tok[len(j) :]):
            return tok[len(j) :]
    return tok


CASE_ENDING = 3  # letters of a case ending: "marszalkowsk|a" / "marszalkowsk|iej" differ in their last three or fewer


@dataclass(slots=True)
class _Spelling:
    written: str
    units: list[Unit] = field(default_factory=list)

    def declines(self) -> bool:
        """Whether any sentence writing it is of a language whose street names take case endings."""
        return any((w := _words(u.language)) is not None and w.declines for u in self.units)


def _declined(a: str, b: str) -> bool:
    """Whether keys ``a`` and ``b`` differ only in the last :data:`CASE_ENDING` letters or fewer of each."""
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return len(a) - common <= CASE_ENDING and len(b) - common <= CASE_ENDING


def _near(a: str, b: str, keys: dict[str, _Spelling]) -> bool:
    if a == b or fuzz.ratio(a, b) < NEAR:
        return False
    return not ((keys[a].declines() or keys[b].declines()) and _declined(a, b))


def street_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per street the story's sources write two ways (see the module docstring): keys near each
    other (:data:`NEAR`) joined into one street, each key a side citing the sentences that write it, kept only
    when no source writes two of its keys. Input: the story's claim units and data; output: conflicts
    ("different value", measure "street named")."""
    keys: dict[str, _Spelling] = {}
    for u in units:
        for written, key in streets_in(u.text, u.language):
            entry = keys.setdefault(key, _Spelling(written))
            if u not in entry.units:
                entry.units.append(u)
    names = sorted(keys)
    parent = {k: k for k in names}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if _near(a, b, keys):
                parent[root(b)] = root(a)
    clusters: dict[str, list[str]] = {}
    for k in names:
        clusters.setdefault(root(k), []).append(k)
    out = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        sides = [(keys[k].written, keys[k].units) for k in members]
        if not sources_apart([us for _w, us in sides]):
            continue
        out.append(worded_conflict(data, "street named", "different value", sides))
    return out
