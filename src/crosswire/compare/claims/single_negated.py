"""A sentence telling what is not so, or not known, beside its source's sentence that another source states is
no fact only its source reports when that other source's sentence holds the negation its neighbour lacks.

One source may split into two sentences what another says in one, and put the negation in the second: "„Die
Sicherheit unserer Passagiere hat für uns Vorrang", sagte er. Abkürzungen werde es bei den Prüfungen nicht geben."
against « ... a assuré que la sécurité des passagers passait avant tout et que la compagnie ne prendrait « aucun
raccourci » » (a new user's airline story), or "Wann die Flugzeuge wieder abheben dürfen, ist offen. Die Behörde will
erst nach Abschluss aller Prüfungen entscheiden." against « Les inspections dureront au moins dix jours, selon
l'autorité, qui n'a pas voulu avancer de date pour la reprise des vols ». The second German sentence of each was
listed "only" the German outlet's: it names no one, and the sentence encoder reads a negated clause across languages
far from its counterpart (cosines -0.02 to 0.26), so neither the pair scorer nor singles12's neighbour rule
(:mod:`.single_neighbours`, 0.35) found it. What the pair shares is the negation: the neighbour is linked to the
other source's sentence (an item cites both, or the pair scorer relates them) and that sentence says "not" or
"open" where the neighbour does not; the would-be single sentence is where its source says it.

A sentence naming a person or organisation says who acts and is its own claim (as in :mod:`.single_neighbours`);
only other languages' sentences count (within one language the pair scorer reads a negation's words). Negation
words are ``[negation]`` of ``data/declarations.toml``, open matters ``data/unsettled.toml``. Pure: reads the
units' text and the items' evidence. Offsets are character offsets into the cleaned body (units and evidence).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from crosswire.compare.claims.align import SENTENCE_BAR, ClaimAlignment
from crosswire.compare.claims.declared import _negated_text
from crosswire.compare.claims.single_neighbours import ACTORS, _neighbours
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimItem, EventItem, Item
from crosswire.model import Evidence
from crosswire.vocab.data import data_toml


@lru_cache(maxsize=32)
def _open_words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The patterns of ``data/unsettled.toml``'s open-matter words of ``lang`` (whole words, lower case): those
    that count anywhere, and those (written "?...") that count only beside a question word; None for none."""
    table = data_toml("unsettled.toml")
    words = table.get("open", {}).get(lang, [])
    questions = table.get("questions", {}).get(lang, [])
    plain = [w for w in words if not w.startswith("?")]
    asked = [w[1:] for w in words if w.startswith("?")] if questions else []
    return _pattern(plain), _pattern(asked)


def _pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


@lru_cache(maxsize=1 << 14)
def not_so(text: str, lang: str) -> bool:
    """Whether a sentence in language ``lang`` says something is not so (a negation word of its language) or not
    known (an open matter: "unclear", "nie wiadomo", "Ob ..., ist offen")."""
    if _negated_text(text, lang):
        return True
    low = text.lower()
    plain, asked = _open_words(lang)
    if plain is not None and plain.search(low):
        return True
    if asked is None or not asked.search(low):
        return False
    questions = set(data_toml("unsettled.toml").get("questions", {}).get(lang, []))
    return any(w in questions for w in re.findall(r"\w+", low))


def _within(ev: Evidence, u: Unit) -> bool:
    """Whether the evidence span lies in, or holds, the unit's sentence."""
    return ev.article == u.article and ev.start < u.claim.end and u.claim.start < ev.end


def _linked(n: Unit, shown: Sequence[object], claims: ClaimAlignment) -> list[tuple[str, str, int]]:
    """(text, article, start) of the other sources' sentences linked to ``n``: those an item of ``shown`` cites
    beside it, and those the pair scorer relates to it (at the related bar, :data:`.align.SENTENCE_BAR`, or
    above: the bar of :mod:`.single_sentences`)."""
    out: list[tuple[str, str, int]] = []
    for item in shown:
        evidence: list[Evidence] = list(getattr(item, "evidence", []))
        if any(_within(ev, n) for ev in evidence):
            out += [(ev.text, ev.article, ev.start) for ev in evidence if ev.article != n.article]
    bar = min(claims.related, SENTENCE_BAR)
    out += [(v.text, v.article, v.claim.start) for score, v in claims.counterparts(n) if score >= bar]
    return out


@dataclass(frozen=True, slots=True)
class Links:
    """What :func:`rest_of` reads besides the units: the items shown so far (agreed, conflicts, quote variants)
    and article id -> source number / language."""

    shown: Sequence[object]
    source_of: Mapping[str, int]
    language_of: Mapping[str, str]


# The last story's units read by :func:`_story_index` (the list, its length, its index and its neighbours): every
# would-be single item and every left sentence of one story asks, and reading them once per call was quadratic.
_LAST: list[tuple[list[Unit], int, dict[int, Unit], dict[int, set[int]]]] = []


def _story_index(units: list[Unit]) -> tuple[dict[int, Unit], dict[int, set[int]]]:
    """Unit index -> unit, and unit index -> its neighbours' indices (:func:`.single_neighbours._neighbours`), of
    one story's units, read once while the list is unchanged."""
    if _LAST and _LAST[0][0] is units and _LAST[0][1] == len(units):
        return _LAST[0][2], _LAST[0][3]
    by_index = {w.index: w for w in units}
    near = _neighbours(units)
    _LAST[:] = [(units, len(units), by_index, near)]
    return by_index, near


def rest_of(u: Unit, claims: ClaimAlignment, links: Links) -> Unit | None:
    """The other source's sentence ``u`` tells the rest of, or None: ``u`` names no person or body
    (:data:`.single_neighbours.ACTORS`) and says something is not so or not known (:func:`not_so`), and a
    sentence of its own source next to it, saying neither, is linked (:func:`_linked`: cited beside it by an item
    of ``links.shown``, or related by the pair scorer) to another source's sentence in another language that
    says something is not so or not known. That sentence as a unit of ``claims`` (the one holding its start),
    else ``u``'s neighbour."""
    lang = u.language or "en"
    if any(cid.partition(":")[0] in ACTORS for cid in u.entities) or not not_so(u.text, lang):
        return None
    by_index, near = _story_index(claims.units)
    for k in sorted(near.get(u.index, set())):
        n = by_index[k]
        if n.source != u.source or not_so(n.text, n.language or lang):
            continue
        for text, art, start in _linked(n, links.shown, claims):
            other = links.language_of.get(art, "en")
            if links.source_of.get(art) in (None, u.source) or other == lang or not not_so(text, other):
                continue
            at = [w for w in claims.units if w.article == art and w.claim.start <= start < w.claim.end]
            return at[0] if at else n
    return None


def negated_rest(items: Sequence[Item], claims: ClaimAlignment, links: Links) -> set[int]:
    """Positions in ``items`` (would-be single-source events and claims) whose sentence tells the rest of
    another source's sentence in another language (:func:`rest_of`). Figures and quotes are left out (a
    figure's value is its own; a quote is the quote aligner's)."""
    out: set[int] = set()
    for i, item in enumerate(items):
        if isinstance(item, (EventItem, ClaimItem)) and any(rest_of(u, claims, links) for u in claims.units_of(item)):
            out.add(i)
    return out
