"""The state a count of people goes with: rescued, still missing, freed, still held, dead, injured ..., or the
whole group the others are parts of (the crew, those on board), in every language the tables list.

Why: counts of different parts of one whole are no rival figures. "rescuers pulled 12 of its 14 crew members" and
"con 14 tripulantes a bordo, de los que dos siguen desaparecidos" give 12 rescued and 2 missing of one crew of 14,
which the figure pairing of :mod:`.aligned` set against each other once the 14 both give was set aside ("Members:
12 vs 2", a new user's rescue at sea); and one state's counts in two languages are one figure whatever noun counts
the people ("Die Küstenwache konnte 11 Seeleute retten" / "uratowano 12 rybaków": 11 vs 12 rescued, missed because
each sentence also gave other counts). A count is compared only with a count of the same state.

The words are data (``data/people_states.toml``; the tolls' states from ``data/concepts.toml``). Hand-made: no
library reads which participle a count in a sentence of several counts goes with; the rule is the count's own
stretch (:func:`count_state`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from crosswire.compare.claims.slots import HAPPENED
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Value
from crosswire.vocab.concepts import concept_of
from crosswire.vocab.data import data_toml

WHOLE = "whole"  # the state of a count of the whole group: the crew, those on board
# the states of the data file other than the whole ("rescued", "missing", "freed", "held"): a label's last word
STATE_IDS = frozenset(data_toml("people_states.toml")) - {WHOLE}
_WORD = re.compile(r"[^\W\d_]+")
# the marks that end a count's clause (as :mod:`.slots` splits clauses), and the full-width marks of Chinese
_CLAUSE = re.compile(r"[,;:()，；：（）]|\s[–—-]\s")
_NUMBERED = ("count", "quantity", "money", "percent")


@lru_cache(maxsize=1)
def _tables() -> dict[str, list[tuple[str, str]]]:
    """Per language, (word or stem, state) from ``data/people_states.toml``, longest first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for state, langs in data_toml("people_states.toml").items():
        for lang, words in langs.items():
            out.setdefault(lang, []).extend((w.casefold(), state) for w in words)
    for words in out.values():
        words.sort(key=lambda x: -len(x[0]))
    return out


def _states_in(text: str, language: str, *, whole: bool) -> set[str]:
    """The states the words of ``text`` name in ``language``: the table's words (English whole words and
    phrases; other languages' stems at a word's start, phrases whole) and the tolls' concepts (:data:`.slots.
    HAPPENED`: "killed", "Verletzte", "blessés"). ``whole``: read the words of the whole group too."""
    toks = _WORD.findall(text.casefold())
    joined = " " + " ".join(toks) + " "
    found: set[str] = set()
    for word, state in _tables().get(language, []):
        if state == WHOLE and not whole:
            continue
        if " " in word or language == "en":
            hit = f" {word} " in joined
        else:
            hit = any(t.startswith(word) for t in toks)
        if hit:
            found.add(state)
    for w in (*toks, *(f"{a} {b}" for a, b in pairwise(toks))):
        if (c := concept_of(w, language)) in HAPPENED:
            found.add(c)
    return found


def count_state(u: Unit, v: Value) -> str | None:
    """The state count ``v`` of ``u``'s sentence goes with, or None when no word says or two do.

    Read off the count's own stretch: from the number to the next figure or its clause's end first (the noun and
    participle after it: "11 Seeleute retten", "dos siguen desaparecidos", "14 tripulantes a bordo": a word of
    the whole group there makes it :data:`WHOLE`), else back from the number to the figure before it or its
    clause's start (the verb before it: "rescuers pulled 12", "uratowano 12 rybaków"; never a whole's word,
    which is the noun of the count before). Only counts are read; the language is the sentence's."""
    if v.kind != "count" or v.value is None:
        return None
    lang = u.language or "en"
    base = u.claim.start
    at, end = v.start - base, v.end - base
    if not 0 <= at <= len(u.text):
        return None
    figures = [w for w in u.values if w.kind in _NUMBERED and w is not v]
    nxt = min((w.start - base for w in figures if w.start >= v.end), default=len(u.text))
    after = _CLAUSE.split(u.text[end : max(end, nxt)])[0]
    found = _states_in(after, lang, whole=True)
    if WHOLE in found:
        return WHOLE
    if found:
        return found.pop() if len(found) == 1 else None
    prev = max((w.end - base for w in figures if w.end <= v.start), default=0)
    before = _CLAUSE.split(u.text[max(0, prev) : at])[-1]
    found = _states_in(before, lang, whole=False)
    return found.pop() if len(found) == 1 else None


def states_apart(a: Unit, x: Value, b: Unit, y: Value) -> bool:
    """Whether two counts are of two states, so never one figure: both states known and different ("12 rescued"
    / "2 missing"; the whole crew / a part of it)."""
    sa, sb = count_state(a, x), count_state(b, y)
    return sa is not None and sb is not None and sa != sb


def same_state(a: Unit, x: Value, b: Unit, y: Value) -> bool:
    """Whether two counts are of one known state ("11 Seeleute retten" / "uratowano 12 rybaków": both rescued):
    one measure, whatever nouns count the people (a sailor, a fisherman, a crew member)."""
    sa = count_state(a, x)
    return sa is not None and sa == count_state(b, y)


def one_number_two_states(a: Unit, b: Unit) -> bool:
    """Whether two sentences give one number of people in two states and no count of one state: "Seven people
    were injured in the blast" / "Seven people died in the blast" ("Siete personas resultaron heridas" / "Siete
    personas murieron"). Two such sentences read alike (the number, the event, the source they credit) but state
    two facts that cannot be one claim: an agreement of the two cited a source for a toll it does not give (a
    new user's invented story, in Spanish and German; the same in English). Their values are compared elsewhere
    (a toll's conflict needs the same state: :func:`same_state`); here they are only kept from agreeing.
    Input: two units of one story; counts only (offsets into each article's body, read by :func:`count_state`)."""
    apart = False
    for x in a.values:
        if x.kind != "count" or x.value is None:
            continue
        for y in b.values:
            if y.kind != "count" or y.value != x.value:
                continue
            if same_state(a, x, b, y):
                return False
            apart = apart or states_apart(a, x, b, y)
    return apart
