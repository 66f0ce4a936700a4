"""Conflicts over who said one statement: two outlets print the same quoted words and put two different people
to them ("'We are reviewing the contract,' club president Nils Varga said" / "'We are reviewing the
contract,' club president Nils Horvat said"; "„Wir prüfen den Vertrag“, sagte Vereinschef Nils Horvat").
One statement has one speaker: an editor flags the name (issue 12's classes: which official, a name that
differs between outlets with no value read).

Read only off a pair of sentences of one language that the pair scorer relates (:data:`PAIR_BAR`), of two
sources, whose quoted words share a run of :data:`SHARED_RUN` words or more (one statement), and whose words
outside the quotation marks each name a speaker: a run of two or more capitalised words (initials count: "A.J.
Smith") right before or right after a speech verb ("Nils Varga said", "said Nils Varga"; English forms of
``data/quote_speakers.toml``, elsewhere the ``speech`` stems of ``data/languages.toml``), titles of that file
taken off its start ("Vereinschef", "Bürgermeister"). The two speakers differ when their last names differ and
are no spelling of one name (rapidfuzz ratio under :data:`SAME_NAME`: "Miliote" / "Milliote" is one man written
two ways, :mod:`crosswire.compare.names`'s concern), and neither sentence writes the other's last name (a
sentence naming both may quote one through the other). A sentence whose speaker the outlet does not name
("the club said") gives nothing; nor does a language whose speech words are lemmas only (French, Russian: the
inflected verb is not matched), a gap this reader leaves.

Written by hand: the facts stage reads speakers from a parse whose entity model misses names with initials
("A.J. Smith"), and no library maps a quotation to its speaker across outlets.

Offsets are character offsets into the unit's sentence.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold, latin

# Words a run of quoted words two sentences share must have for them to print one statement: "We're aware of the
# off-the-field issue involving Vincent" (9) in ECB+ topic 35; two things said alike ("We are very pleased")
# stay under it. Chosen by hand on that pair and checked on every ECB+ topic half (bench/compare_ecb.py).
SHARED_RUN = 6
# rapidfuzz ratio (0-100) of two last names at which they are one name spelled two ways ("miliote" / "milliote"
# 93, "smith" / "smyth" 80), not two people ("smith" / "butler" 18)
SAME_NAME = 75.0
# Pair score at which two sentences are compared: under the agreement bar (0.6), since two sentences that differ in
# their speaker read less alike (an invented pair identical but for "Nils Varga" / "Nils Horvat" scored 0.56);
# the bar of the weak pairs of :mod:`.align` (WEAK_BAR); the shared quoted run is what ties them
PAIR_BAR = 0.4
COMPOUND_TITLE = 6  # letters of a title that ends a compound title word ("Vereins|präsident"; not "dr", "chef")
_QUOTED = re.compile(r"[\"“„«»‚]\s*(.+?)\s*(?:[\"”“»«‘]|'')")
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")


@cache
def _speech(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(speech verb forms, speech verb stems) of ``language``: English forms of ``data/quote_speakers.toml``,
    else the ``speech`` entries of ``data/languages.toml`` (read as the start of a form)."""
    own = data_toml("quote_speakers.toml").get(language, {})
    if "speech" in own:
        return frozenset(own["speech"]), ()
    entry = data_toml("languages.toml").get(language, {})
    return frozenset(), tuple(entry.get("speech", []))


@cache
def _inverted(language: str) -> frozenset[str] | None:
    """The speech verb forms of ``language`` a speaker may follow ("said Nils Varga"; not "told": "Felt told
    attorney John O'Connor" names the listener), or None when any may (languages.toml's stems)."""
    own = data_toml("quote_speakers.toml").get(language, {})
    return frozenset(own["inverted"]) if "inverted" in own else None


@cache
def _titles(language: str) -> frozenset[str]:
    own = data_toml("quote_speakers.toml").get(language, {})
    return frozenset(own.get("titles", data_toml("languages.toml").get(language, {}).get("titles", [])))


def _is_speech(word: str, language: str) -> bool:
    forms, stems = _speech(language)
    low = word.lower().rstrip(".")
    return low in forms or (bool(stems) and low.startswith(stems))


def quoted_and_rest(text: str) -> tuple[str, str]:
    """(the sentence's quoted words joined by " … ", its other words) — both "" parts when it quotes nothing.
    Quotation marks of any style, and ECB+'s closing ``''``."""
    quoted = [m.group(1) for m in _QUOTED.finditer(text)]
    return " … ".join(quoted), _QUOTED.sub(" ", text)


def speaker_in(text: str, language: str) -> str | None:
    """The person the words outside a sentence's quotation marks name as its speaker: two or more capitalised
    words right before or after a speech verb, titles off their start ("Chargers general manager A.J. Butler
    said" -> "A.J. Butler"); None when there is none or the run is one word ("Smith said")."""
    _quote, rest = quoted_and_rest(text)
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(rest)]
    titles = _titles(language)

    def title(i: int) -> bool:  # a title, or a compound ending in one ("Vereinspräsident")
        low = toks[i][0].lower().rstrip(".")
        return low in titles or any(low.endswith(t) for t in titles if len(t) >= COMPOUND_TITLE)

    def capital(i: int) -> bool:
        return toks[i][0][:1].isupper() and not title(i)

    def adjacent(i: int, j: int) -> bool:
        return rest[toks[i][2] : toks[j][1]].strip() == ""

    for i, (tok, _s, _e) in enumerate(toks):
        if not _is_speech(tok, language):
            continue
        j = i
        while j > 0 and adjacent(j - 1, j) and capital(j - 1):
            j -= 1
        if i - j >= 2:
            return " ".join(t for t, _s2, _e2 in toks[j:i]).rstrip(",")
        inverted = _inverted(language)
        if inverted is not None and tok.lower().rstrip(".") not in inverted:
            continue
        k = i + 1
        while k < len(toks) and adjacent(k - 1, k) and title(k):
            k += 1  # "sagte Bürgermeister Hans Meier"
        end = k
        while end < len(toks) and adjacent(end - 1, end) and capital(end):
            end += 1
        if end - k >= 2:
            return " ".join(t for t, _s2, _e2 in toks[k:end]).rstrip(",.")
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def _shared_run(a: str, b: str) -> int:
    """Words of the longest run of words two texts share (folded)."""
    wa, wb = _words(a), _words(b)
    best = 0
    prev = [0] * (len(wb) + 1)
    for x in wa:
        cur = [0] * (len(wb) + 1)
        for j, y in enumerate(wb, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def _last(name: str) -> str:
    words = re.findall(r"[a-z]+", latin(name).lower())
    return words[-1] if words else ""


def speakers_differ(a: Unit, b: Unit) -> tuple[str, str] | None:
    """(speaker of ``a``, speaker of ``b``) when the two sentences print one statement (a shared run of
    :data:`SHARED_RUN` quoted words) and name two different people as its speaker (see the module
    docstring); None otherwise."""
    if a.language != b.language:
        return None
    qa, _ra = quoted_and_rest(a.text)
    qb, _rb = quoted_and_rest(b.text)
    if not qa or not qb or _shared_run(qa, qb) < SHARED_RUN:
        return None
    sa, sb = speaker_in(a.text, a.language), speaker_in(b.text, b.language)
    if sa is None or sb is None:
        return None
    la, lb = _last(sa), _last(sb)
    if not la or not lb or la == lb or fuzz.ratio(la, lb) >= SAME_NAME:
        return None
    if lb in re.findall(r"[a-z]+", latin(a.text).lower()) or la in re.findall(r"[a-z]+", latin(b.text).lower()):
        return None  # a sentence naming both may quote one through the other
    return sa, sb


def speaker_conflicts(pairs: list[Pair], data: StoryData) -> list[ClaimConflict]:
    """One conflict per two people the sources put to one statement (:func:`speakers_differ` on each pair
    scored :data:`PAIR_BAR` or above); each side is a speaker as written with the sentences that name them,
    kept only when no source gives both. Reason "different agent", measure "who said it"."""
    found: dict[frozenset[str], dict[str, tuple[str, list[Unit]]]] = {}
    for p in pairs:
        if p.score < PAIR_BAR or p.a.source == p.b.source:
            continue
        named = speakers_differ(p.a, p.b)
        if named is None:
            continue
        sides = found.setdefault(frozenset({_last(named[0]), _last(named[1])}), {})
        for u, name in ((p.a, named[0]), (p.b, named[1])):
            _written, units = sides.setdefault(_last(name), (name, []))
            if u not in units:
                units.append(u)
    out = []
    for sides in found.values():
        told = list(sides.values())
        if len(told) < 2 or not sources_apart([us for _n, us in told]):
            continue
        out.append(worded_conflict(data, "who said it", "different agent", told))
    return out
