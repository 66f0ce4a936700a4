"""Wordings of one quote that say different things (issue 12: "not a single patient was put in danger" quoted by
four outlets, «ни один пациент не погиб», no patient died, by a fifth, was shown as one statement in other words).

A quote variant groups the wordings of one statement by sentence similarity; similar sentences may still differ
in what they state. Each wording is read for three typed values, in its own language:

- its **numbers**: those the facts stage read in the quote's span ("nine" -> 9, "two million euros" ->
  2,000,000), then any digits left (times of day left out: "3 p.m." and "15:00" are one time, "0737 GMT" is
  none), each as its significant digits ("12,000", "12.000", "12 000" and 12 are "12"; "€2 million" and
  "two million euros" "2": scales and separators differ by language, so 10 and 100 are not told apart) with
  the unit of length, mass or speed after it ("48km" and "30 miles" are two measures, as are "10 kilometres
  (6.2 miles)" and a magnitude 6.1). Two wordings that give numbers of one unit, neither set holding the
  other, differ in a number;
- its **outcomes** (``[outcomes]`` of ``data/quote_meanings.toml``: died, injured, in danger), each denied
  or stated (a word of ``[negation]`` before it in its clause, within :data:`NEGATION_WINDOW` words). Two
  wordings that each name outcomes with none in common differ in an outcome ("in danger" / "died"); one
  outcome denied by one and stated by the other differs in negation ("nobody died" / "two patients died");
- for two wordings in **one language** that share nearly all their words (:data:`SAME_WORDS`,
  :data:`OTHER_WORDS`), a negation word in one and none in the other ("we will raise taxes" / "we will not raise
  taxes").

A wording that leaves a value out (a shorter quotation, a number not repeated) is no difference: each side must
state its own value. Offsets are character offsets into the cleaned body (through
:class:`~crosswire.model.Evidence`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import Literal

from crosswire.compare.align import StoryData, cite, uniq_evidence
from crosswire.compare.proposition import EVIDENCE_PAIR, evidence_pole
from crosswire.compare.records import ConflictSide
from crosswire.facts.numbers import read_number
from crosswire.model import Evidence
from crosswire.vocab.data import data_toml

NEGATION_WINDOW = 6  # words before an outcome word a negation may stand in ("not a single patient was put in
# danger": five); set on the invented fixtures of tests/test_compare_quote_meaning.py
SAME_WORDS = 0.6  # Jaccard overlap of two same-language wordings' words (negations left out) above which a
# negation in one only is a flipped statement; rewordings of one quote in tests score 0.6-1.0, two statements 0.1-0.4
OTHER_WORDS = 2  # words (negations aside) one wording may have that the other lacks: more is a longer quotation
# whose extra clause may hold the negation ("... and nobody was hurt" / "...")

_TIME = re.compile(
    r"\b\d{1,2}[:.h]\d{2}\b|\b\d{4}\s*(?:gmt|utc)\b|\b\d{1,2}\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|h\b|uhr\b|heures?\b|horas?\b|ч\b|час)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_NEXT_WORD = re.compile(r"\s*-?\s*([^\W\d_]+)")
Number = tuple[str, str]  # (significant digits, unit of measure or "")
_CLAUSE = re.compile(r"[,;:–—()\"«»“”„]")
_WORD = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)


@dataclass(slots=True, frozen=True)
class Wording:
    """One wording of a quote as read here: its text, language, sources, evidence and the number words the facts
    stage read in it."""

    text: str
    language: str | None
    sources: tuple[int, ...]
    evidence: tuple[Evidence, ...]
    number_words: tuple[tuple[str, Number], ...] = ()  # (as written, number) the facts stage read in it
    names: tuple[str, ...] = ()  # the names of entities but persons the facts stage read in it, as written


QuoteDifferenceReason = Literal[
    "different number",
    "different duration",
    "different outcome",
    "different negation",
    "opposite meaning",
    "different modality",
    "ruled out against possible",
    "different place",
    "added reservation",
    "proven against unproven",
]


@dataclass(slots=True, kw_only=True)
class QuoteDifference:
    """Where wordings of one statement say different things: a number, an outcome, or an outcome one wording
    denies and another states ("not a single patient was put in danger" / "ни один пациент не погиб", no patient
    died); faithful translations have none. Read by :func:`crosswire.compare.quote_meaning.difference` and turned
    into a quote conflict ("different meaning", :func:`crosswire.compare.quotes.split_meanings`): such wordings
    are never one quote variant."""

    reason: QuoteDifferenceReason
    """``"different number"``, ``"different duration"`` (lengths of time in other units: "within a few weeks" /
    «в течение нескольких месяцев»), ``"different outcome"``, ``"different negation"``, ``"opposite meaning"`` (two
    poles of one direction or time: "behind us" / "still ahead"), ``"different modality"`` (a possibility against a
    certainty), ``"proven against unproven"`` (one wording asserts proven what another asserts unproven: "found no
    evidence that the money was hidden" / «sah es als erwiesen an, dass das Geld ... versteckt wurde»),
    ``"ruled out against possible"`` (a clause one wording denies or rules out, another holds possible: "we
    will not reverse it" / «nous pourrions encore la revoir») or ``"added reservation"`` ("aunque no lo
    compartimos") or ``"different place"`` (another place named in one slot: "to the plant in Dorvan" / «à l'usine
    de Karsk»)."""
    explanation: str
    """The difference in one sentence, with the sides and their citations."""
    sides: list[ConflictSide] = field(default_factory=list)
    """The sides: each wording's words for the value as written, the sources that quote it so, their sentences."""


def _pattern(words: list[str]) -> re.Pattern[str]:
    alts = [re.escape(w[:-1]) + r"\w*" if w.endswith("-") else re.escape(w) for w in sorted(words, key=len)[::-1]]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, re.Pattern[str]], dict[str, dict[str, re.Pattern[str]]]]:
    """(language -> negation pattern, language -> {outcome -> pattern}) from ``data/quote_meanings.toml``."""
    table = data_toml("quote_meanings.toml")
    negation = {lang: _pattern(words) for lang, words in table.get("negation", {}).items()}
    outcomes: dict[str, dict[str, re.Pattern[str]]] = {}
    for outcome, by_lang in table.get("outcomes", {}).items():
        for lang, words in by_lang.items():
            outcomes.setdefault(lang, {})[outcome] = _pattern(words)
    return negation, outcomes


@lru_cache(maxsize=1)
def _pole_tables() -> dict[str, dict[str, tuple[re.Pattern[str], re.Pattern[str]]]]:
    """language -> {pair -> (pattern of pole a, pattern of pole b)} from ``[poles]`` of
    ``data/quote_meanings.toml``; a pair is read in a language that lists both its poles."""
    out: dict[str, dict[str, tuple[re.Pattern[str], re.Pattern[str]]]] = {}
    for pair, sides in data_toml("quote_meanings.toml").get("poles", {}).items():
        a, b = sides.get("a", {}), sides.get("b", {})
        for lang in a.keys() & b.keys():
            out.setdefault(lang, {})[pair] = (_pattern(a[lang]), _pattern(b[lang]))
    return out


@lru_cache(maxsize=1)
def _hedge_tables() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """(language -> pattern) of ``[possibility]``, ``[concession]`` and ``[disagreement]`` of
    ``data/quote_meanings.toml``."""
    table = data_toml("quote_meanings.toml")
    return tuple(  # type: ignore[return-value]
        {lang: _pattern(words) for lang, words in table.get(name, {}).items()}
        for name in ("possibility", "concession", "disagreement")
    )


def _hedges(text: str, language: str | None) -> list[re.Match[str]]:
    """The ``[possibility]`` phrases of a wording (matched lower-cased), leaving out one written capitalised after
    the wording's first word: a name or a month ("in May"), not a hedge."""
    pat = _hedge_tables()[0].get(language or "en")
    if pat is None:
        return []
    first = _WORD.search(text)
    return [
        m
        for m in pat.finditer(text.lower())
        if not (text[m.start()].isupper() and first is not None and m.start() > first.start())
    ]


def negation_pattern(language: str | None) -> re.Pattern[str] | None:
    """The pattern of ``[negation]`` words of a language (matched lower-cased); None for one the table lacks."""
    return _tables()[0].get(language or "en")


def unhedged(text: str, language: str | None) -> str:
    """:func:`_unhedged`, for the clause reader of :mod:`crosswire.compare.quote_polarity`."""
    return _unhedged(text, language)


def _unhedged(text: str, language: str | None) -> str:
    """The lower-cased wording with its hedge phrases blanked (same length): the negation inside "cannot rule out"
    or «nie możemy wykluczyć» denies the ruling out, not what follows it."""
    low = text.lower()
    for m in _hedges(text, language):
        low = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end() :]
    return low


def possibility(text: str, language: str | None) -> str | None:
    """The words as written that make a wording a possibility rather than a certainty ("may", "cannot rule out",
    «nie możemy wykluczyć», «не исключено»: ``[possibility]``), the first of them; None for a wording stated as
    certain, or in a language the table does not hold."""
    found = _hedges(text, language)
    return text[found[0].start() : found[0].end()] if found else None


def reservation(text: str, language: str | None) -> str | None:
    """The concession of a wording that holds a reservation, as written from its opening word to the end of its
    clause ("aunque no lo compartimos", "even though we disagree with it"): a word of ``[concession]`` followed,
    in its clause, by a word of ``[negation]`` or ``[disagreement]``; None when the wording has none."""
    _poss, concession, disagreement = _hedge_tables()
    lang = language or "en"
    con, neg = concession.get(lang), _tables()[0].get(lang)
    if con is None:
        return None
    low = _unhedged(text, language)
    for m in con.finditer(low):
        end = next((c.start() for c in _CLAUSE.finditer(low, m.end())), len(low))
        clause = low[m.end() : end]
        dis = disagreement.get(lang)
        if (neg is not None and neg.search(clause)) or (dis is not None and dis.search(clause)):
            return text[m.start() : end].strip()
    return None


def conceded(text: str, language: str | None) -> bool:
    """Whether a wording holds any word of ``[concession]`` ("although", «хотя»), a reservation or not."""
    con = _hedge_tables()[1].get(language or "en")
    return con is not None and con.search(text.lower()) is not None


RESERVED_LENGTH = 0.6  # a wording without a reservation is another statement's whole wording, not a cut quotation
# of the reserved one, when it has at least this share of the reserved wording's words (languages differ in word
# counts: "Acataremos el fallo" / "We will abide by the ruling"); set on the invented fixtures of
# tests/test_compare_quote_shift.py


def reserved_apart(a: str, a_language: str | None, b: str, b_language: str | None) -> str | None:
    """The reservation one wording states and the other, a whole wording of the statement, lacks ("Acataremos el
    fallo, aunque no lo compartimos" / "We will study the ruling and respect it": "aunque no lo compartimos");
    None when both or neither state one, when the other has a concession of its own, or when it is a cut
    quotation (fewer than :data:`RESERVED_LENGTH` of the reserved wording's words, or, in one language, only
    words of it). Input: two quote wordings with their language codes."""
    ra, rb = reservation(a, a_language), reservation(b, b_language)
    if (ra is None) == (rb is None):
        return None
    reserved, rl, other, ol = (a, a_language, b, b_language) if ra is not None else (b, b_language, a, a_language)
    if conceded(other, ol):
        return None
    words_r, words_o = _words(reserved), _words(other)
    if rl == ol:  # one language: a cut quotation is the reserved wording's own words
        return None if set(words_o) <= set(words_r) else ra or rb
    return None if len(words_o) < RESERVED_LENGTH * len(words_r) else ra or rb


def _words(text: str) -> list[str]:
    return [m.group() for m in _WORD.finditer(text.lower())]


def modality_apart(a: str, a_language: str | None, b: str, b_language: str | None) -> str | None:
    """The outcome or pole two wordings read the same way, one as a possibility and the other as a certainty
    ("Two patients may have died" / "Two patients died": "died"); None when none is. Input: two quote wordings
    with their language codes."""
    if (possibility(a, a_language) is None) == (possibility(b, b_language) is None):
        return None
    if _hedged_alike(Wording(a, a_language, (), ()), Wording(b, b_language, (), ())):
        return possibility(a, a_language) or possibility(b, b_language)
    ra = {**outcomes(a, a_language), **poles(a, a_language)}
    rb = {**outcomes(b, b_language), **poles(b, b_language)}
    return next((w for w in sorted(ra.keys() & rb.keys()) if ra[w][0] == rb[w][0]), None)


def meaning_apart(
    a: str, a_language: str | None, b: str, b_language: str | None, connectives: bool = True
) -> str | None:
    """Whether two wordings of one statement say different things, each read in its own language: an outcome
    denied and stated or two poles (:func:`opposite_outcomes`), one read as a possibility and the other as a
    certainty (:func:`modality_apart`), or a reservation only one states (:func:`reserved_apart`); what differs,
    or None. Input: two quote wordings with their language codes; ``connectives`` False leaves out the pole pairs
    marked connective (before or after), as when the reading is to link two quotations below the bar."""
    return (
        opposite_outcomes(a, a_language, b, b_language, connectives)
        or modality_apart(a, a_language, b, b_language)
        or reserved_apart(a, a_language, b, b_language)
    )


@lru_cache(maxsize=1)
def raw_pairs() -> frozenset[str]:
    """The pairs of ``[poles]`` marked ``raw`` (ruled out or open): read with their hedge phrases kept, and read on
    whole sentences by :func:`ruled_apart`."""
    return frozenset(p for p, t in data_toml("quote_meanings.toml").get("poles", {}).items() if t.get("raw"))


def ruled_apart(a: str, a_language: str | None, b: str, b_language: str | None) -> str | None:
    """The pair of ``[poles]`` marked ``raw`` that two sentences, quoted or not, read at opposite poles, each in
    its own language ("Police have not ruled out arson" / «Поджог полиция исключила»; "Un sabotage n'est pas
    exclu" / "Se descartó un sabotaje": "ruled out or open"); None when none is. A negation flips a claim's
    polarity, so the two are never one agreed claim nor one quote in two wordings. Input: two sentences with their
    language codes."""
    pa, pb = poles(a, a_language), poles(b, b_language)
    return next((p for p in sorted(pa.keys() & pb.keys() & sentence_pairs()) if pa[p][0] != pb[p][0]), None)


def sentence_pairs() -> frozenset[str]:
    """The pairs of ``[poles]`` read on whole sentences, quoted or not (:func:`ruled_apart`): those marked ``raw``
    (ruled out or open) and the evidential reading of :mod:`crosswire.compare.proposition` (proven or unproven:
    "Investigators found no evidence of arson" / «Los investigadores dieron por probado el incendio provocado»)."""
    return raw_pairs() | {EVIDENCE_PAIR}


def ruled_left_out(a: str, a_language: str | None, b: str, b_language: str | None) -> str | None:
    """The pair of ``[poles]`` marked ``raw`` that one sentence reads and the other, in a language the table
    holds too, does not ("Sabotage has not been ruled out at this stage" / "l'enquête n'en était qu'à ses
    débuts", one police chief's two statements: a new user's train-derailment story agreed them); None
    otherwise. A sentence that rules a course out or keeps it open says something its silence does not."""
    pa, pb = poles(a, a_language), poles(b, b_language)
    tables = _pole_tables()
    for pair in sorted(raw_pairs()):
        held = pair in tables.get(a_language or "en", {}) and pair in tables.get(b_language or "en", {})
        if held and (pair in pa) != (pair in pb):
            return pair
    return None


@lru_cache(maxsize=1)
def _connectives() -> frozenset[str]:
    """The pairs of ``[poles]`` marked ``connective`` (before or after): see ``data/quote_meanings.toml``."""
    return frozenset(p for p, t in data_toml("quote_meanings.toml").get("poles", {}).items() if t.get("connective"))


def significant(number: str | float) -> str:
    """A number's significant digits: "12,000", "12.000", 12000.0 and "12" -> "12"; "4,5" and 4.5e6 -> "45"."""
    text = f"{number:.6f}" if isinstance(number, float) else number
    return re.sub(r"\D", "", text).strip("0") or "0"


def measure_unit(word: str) -> str:
    """The unit of length, mass, speed ... a word names, one spelling per unit ("kilometres", "kilometers" ->
    "kilometre", as :data:`crosswire.compare.claims.slots.MEASURE_UNITS` spells it); "" for any other word."""
    from crosswire.compare.claims.slots import MEASURE_UNITS

    return MEASURE_UNITS.get(word.casefold(), "")


def numbers(text: str, read: tuple[tuple[str, Number], ...] = ()) -> frozenset[Number]:
    """The numbers a wording gives: ``read`` (as written, number: the facts stage's reading) where the text
    holds them, then the digits left, times of day left out, each with the unit word after it."""
    bare, out = text, set()
    for written, number in read:
        if written and written in bare:
            bare = bare.replace(written, " ")
            out.add(number)
    bare = _TIME.sub(" ", bare)
    for m in _DIGITS.finditer(bare):
        unit = _NEXT_WORD.match(bare, m.end())
        out.add((significant(m.group()), measure_unit(unit.group(1)) if unit else ""))
    return frozenset(out)


DURATION_WORDS = 3  # words before a unit of time shown with it ("within a few weeks", "в течение нескольких месяцев")


@lru_cache(maxsize=1)
def _duration_tables() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """language -> [(unit of time, pattern of its words)] from ``[durations]`` of ``data/quote_meanings.toml``."""
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for unit, by_lang in data_toml("quote_meanings.toml").get("durations", {}).items():
        for lang, words in by_lang.items():
            out.setdefault(lang, []).append((unit, _pattern(words)))
    return out


def durations(text: str, language: str | None) -> dict[str, str]:
    """Unit of time -> the words as written that name a length of it (the unit's word and up to
    :data:`DURATION_WORDS` words before it in its clause) for each unit of ``[durations]`` the wording names in its
    language: "The river will recover within a few weeks" -> {"week": "within a few weeks"}; «Река восстановится в
    течение нескольких месяцев» -> {"month": "в течение нескольких месяцев"}. ``{}`` for none, or a language the
    table does not hold."""
    low = text.lower()
    out: dict[str, str] = {}
    for unit, pat in _duration_tables().get(language or "en", []):
        m = pat.search(low)
        if m is None:
            continue
        clause_start = max((c.end() for c in _CLAUSE.finditer(low, 0, m.start())), default=0)
        before = list(_WORD.finditer(low, clause_start, m.start()))[-DURATION_WORDS:]
        out[unit] = text[before[0].start() if before else m.start() : m.end()]
    return out


def durations_apart(a: str, a_language: str | None, b: str, b_language: str | None) -> bool:
    """Whether two wordings both name lengths of time (:func:`durations`) in units neither of which holds the
    other's ("within a few weeks" / «в течение нескольких месяцев»). Input: two quote wordings with their language
    codes."""
    da, db = durations(a, a_language), durations(b, b_language)
    ua, ub = frozenset(da), frozenset(db)
    if not (ua and ub) or ua <= ub or ub <= ua:
        return False
    la, lb = _length_in_days(da), _length_in_days(db)
    # "two weeks" / "14 days": one length in two units, no difference (within LENGTH_SLACK: "a month" written as
    # "30 days" or "four weeks")
    return la is None or lb is None or abs(la - lb) > LENGTH_SLACK * max(la, lb)


# Days in each unit of ``[durations]`` (a month and a year at their common rounding: 30 and 365 days)
DAYS_IN = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
LENGTH_SLACK = 0.1  # two lengths within a tenth of the longer are one length (four weeks = 28 days ~ a month)


def _length_in_days(found: dict[str, str]) -> float | None:
    """The length in days that one unit's words state with a number read by
    :func:`crosswire.facts.numbers.read_number` just before the unit word ("within two weeks" -> 14.0, "in 14 days"
    -> 14.0); None for two units, a vague or unread number ("a few weeks", a number word of a language the reader
    does not hold)."""
    if len(found) != 1:
        return None
    ((unit, words),) = found.items()
    tokens = words.split()[:-1]  # the unit word is last
    for k in (3, 2, 1):
        if len(tokens) >= k:
            r = read_number(" ".join(tokens[-k:]))
            if r is not None and r.value is not None and r.exact:
                return float(r.value) * DAYS_IN[unit]
    return None


Reading = dict[str, tuple[bool, str]]


def _read_once(read: Callable[[str, str | None], Reading]) -> Callable[[str, str | None], Reading]:
    """``read`` cached by (text, language), a new dict each call: a comparison reads one sentence or wording's
    outcomes and poles for every pair and check it is in, and the reading depends on the text and the data
    tables only."""
    cached = lru_cache(maxsize=1 << 14)(read)

    @wraps(read)
    def reading(text: str, language: str | None) -> Reading:
        return dict(cached(text, language))

    return reading


@_read_once
def outcomes(text: str, language: str | None) -> dict[str, tuple[bool, str]]:
    """Outcome -> (denied, the words as written from the negation to the outcome word) for each outcome of
    ``[outcomes]`` the wording names in its language (``{}`` for a language the table does not hold)."""
    negation, by_lang = _tables()
    pats, neg = by_lang.get(language or "en", {}), negation.get(language or "en")
    low = _unhedged(text, language)
    out: dict[str, tuple[bool, str]] = {}
    for outcome, pat in pats.items():
        m = pat.search(low)
        if m is None:
            continue
        denial = _denied(low, m.start(), neg)
        shown_from = denial.start() if denial is not None else _hedge_before(text, language, m.start())
        out[outcome] = (denial is not None, text[shown_from : m.end()])
    return out


def _hedge_before(text: str, language: str | None, start: int) -> int:
    """Where a label from ``start`` begins: at a hedge phrase before it in its clause or the clause before, which
    it governs ("Nie możemy wykluczyć ryzyka", "We cannot rule out, that ... were in danger"), so that the label
    shows the possibility, else at ``start``."""
    low = text.lower()
    bounds = [c.end() for c in _CLAUSE.finditer(low, 0, start)]
    clause_start = bounds[-2] if len(bounds) >= 2 else 0
    return next((m.start() for m in _hedges(text, language) if clause_start <= m.start() < start), start)


def _denied(low: str, start: int, neg: re.Pattern[str] | None) -> re.Match[str] | None:
    """The negation word before ``start`` in its clause, within :data:`NEGATION_WINDOW` words, if any."""
    clause_start = max((c.end() for c in _CLAUSE.finditer(low, 0, start)), default=0)
    words = list(_WORD.finditer(low, clause_start, start))[-NEGATION_WINDOW:]
    first = words[0].start() if words else start
    return neg.search(low, first, start) if neg is not None else None


def _widest_end(pat: re.Pattern[str], low: str, m: re.Match[str]) -> int:
    """The end of the longest entry matched from inside ``m``'s span ("is behind" in "is behind us": "behind
    us" ends later), so that a label shows the whole phrase."""
    ends = (x.end() for i in range(m.start(), m.end()) if (x := pat.match(low, i)) is not None)
    return max(ends, default=m.end())


@_read_once
def poles(text: str, language: str | None) -> dict[str, tuple[bool, str]]:
    """Pair -> (whether the wording reads pole b, the words as written from a negation to the pole word) for each
    pair of ``[poles]`` (past or to come, rising or falling, before or after) of which the wording reads one pole
    only, in its language: "The worst is behind us" -> {"past or to come": (False, "behind us")}; «Худшее ещё
    впереди» -> (True, "впереди"); "it is not over" -> (True, "not over"); a pole denied reads as the other
    ("no ha pasado": True). A wording naming both poles of a pair reads neither; ``{}`` for a language the table
    does not hold."""
    neg = _tables()[0].get(language or "en")
    unhedged, raw = _unhedged(text, language), text.lower()
    out: dict[str, tuple[bool, str]] = {}
    for pair, (pa, pb) in _pole_tables().get(language or "en", {}).items():
        low = raw if pair in raw_pairs() else unhedged  # "not ruled out" is a hedge and this pair's own words
        ma, mb = pa.search(low), pb.search(low)
        if (ma is None) == (mb is None):
            continue
        m, pat, pole_b = (mb, pb, True) if mb is not None else (ma, pa, False)
        assert m is not None
        if _blocked(pair, language or "en", low, m.start()):
            continue  # "hope to bring the blaze under control": a hope or a plan, no state
        denial = _denied(low, m.start(), neg)
        if denial is not None and pair in _connectives():
            continue  # "not ... until after": a connective's denial says when, not the other pole
        # a forbidding word before the pole flips it as a negation does ("banned the aircraft from flying"); with a
        # negation too it is flipped back ("did not ban them from flying"): negative concord aside, one each
        forbid = _forbidden(pair, language or "en", low, m.start())
        permit = _permitted(pair, language or "en", low, m.start())
        starts = [x.start() for x in (denial, forbid, permit) if x is not None]
        shown_from = min(starts, default=m.start())
        out[pair] = (
            pole_b != ((denial is not None) != (forbid is not None)),
            text[shown_from : _widest_end(pat, low, m)],
        )
    out.update(evidence_pole(text, language))  # proven or unproven: crosswire.compare.proposition
    return out


BLOCKER_WORDS = 3  # words before a pole's phrase, in its clause, read for its pair's ``blockers``


@lru_cache(maxsize=1)
def _operator_tables() -> dict[str, list[tuple[str, re.Pattern[str], re.Pattern[str] | None]]]:
    """language -> [(operator pair, pattern of its forbidding pole b, pattern of its permitting pole a)] for the
    pairs of ``[poles]`` marked ``operator`` (allowed or forbidden)."""
    out: dict[str, list[tuple[str, re.Pattern[str], re.Pattern[str] | None]]] = {}
    for pair, table in data_toml("quote_meanings.toml").get("poles", {}).items():
        if table.get("operator"):
            for lang, words in table.get("b", {}).items():
                permit = table.get("a", {}).get(lang)
                out.setdefault(lang, []).append((pair, _pattern(words), _pattern(permit) if permit else None))
    return out


def _forbidden(pair: str, language: str, low: str, start: int) -> re.Match[str] | None:
    """A forbidding word of an ``operator`` pair of ``[poles]`` ("banned", «vietato», « interdit ») among the
    :data:`NEGATION_WINDOW` words before ``start`` in its clause, which flips another pair's pole there as a
    negation does; None when there is none or ``pair`` is the operator pair itself."""
    for op, pat, _permit in _operator_tables().get(language, []):
        if op != pair:
            found = _denied(low, start, pat)
            if found is not None:
                return found
    return None


def _permitted(pair: str, language: str, low: str, start: int) -> re.Match[str] | None:
    """A permitting word of an ``operator`` pair ("allow", «permitiremos») in the same window: transparent to the
    pole's reading, shown in its label («Permitiremos que algunos de estos aviones sigan volando»)."""
    for op, _pat, permit in _operator_tables().get(language, []):
        if op != pair and permit is not None:
            found = _denied(low, start, permit)
            if found is not None:
                return found
    return None


@lru_cache(maxsize=1)
def negative_poles() -> dict[str, bool]:
    """Pair -> whether its pole b (else pole a) is the stated denial of the act, for the pairs of ``[poles]``
    marked ``negative`` ("stay on the ground" is "not fly", "remains closed" "not open", "forbidden" "not
    allowed"): a clause reading that pole holds a denial in its words, though no word of ``[negation]``."""
    return {
        pair: table["negative"] == "b"
        for pair, table in data_toml("quote_meanings.toml").get("poles", {}).items()
        if table.get("negative") in ("a", "b")
    }


def reads_negative(text: str, language: str | None) -> str | None:
    """The first pair of ``[poles]`` marked ``negative`` that a wording reads at its negative pole ("Diese
    Flugzeuge bleiben am Boden": "out of or in service"), else None. Input: a clause or wording and its language
    code."""
    neg = negative_poles()
    read = poles(text, language)
    return next((p for p in sorted(read.keys() & neg.keys()) if read[p][0] == neg[p]), None)


@lru_cache(maxsize=1)
def _pole_blockers() -> dict[tuple[str, str], frozenset[str]]:
    """(pair, language) -> the words of the pair's ``blockers`` table of ``[poles]`` (a hope, a plan, a condition:
    "hope to bring the blaze under control"), for the pairs that list them."""
    return {
        (pair, lang): frozenset(words)
        for pair, table in data_toml("quote_meanings.toml").get("poles", {}).items()
        for lang, words in table.get("blockers", {}).items()
    }


def _blocked(pair: str, language: str, low: str, start: int) -> bool:
    """Whether one of the pair's ``blockers`` stands among the :data:`BLOCKER_WORDS` words before ``start`` in its
    clause (``low``: the lower-cased text)."""
    words = _pole_blockers().get((pair, language))
    if not words:
        return False
    clause_start = max((c.end() for c in _CLAUSE.finditer(low, 0, start)), default=0)
    return any(w.group() in words for w in list(_WORD.finditer(low, clause_start, start))[-BLOCKER_WORDS:])


def opposite_poles(
    a: str, a_language: str | None, b: str, b_language: str | None, connectives: bool = True
) -> str | None:
    """The first pair of ``[poles]`` the two texts read at opposite poles, each in its own language ("The worst is
    behind us" / «Худшее ещё впереди»: "past or to come"; "prices are rising" / "los precios bajan": "rising or
    falling"); None when none is. Input: two sentences or quote wordings with their language codes;
    ``connectives`` False leaves out the pairs marked connective (before or after)."""
    pa, pb = poles(a, a_language), poles(b, b_language)
    left_out = frozenset() if connectives else _connectives()
    for pair in sorted((pa.keys() & pb.keys()) - left_out):
        if pa[pair][0] != pb[pair][0]:
            return pair
    return None


def opposite_outcomes(
    a: str, a_language: str | None, b: str, b_language: str | None, connectives: bool = True
) -> str | None:
    """The first outcome of ``[outcomes]`` one text denies and the other states, each read in its own language
    ("I will not run again" / "i jeszcze wrócę", and I will be back: "stand again"; "nobody died" / "two
    patients died": "died"), else the first pair of ``[poles]`` the two read at opposite poles
    (:func:`opposite_poles`: "The worst is behind us" / «Худшее ещё впереди», the worst is still ahead: "past or
    to come"); None when neither is. Input: two sentences or quote wordings with their language codes;
    ``connectives`` as for :func:`opposite_poles`."""
    oa, ob = outcomes(a, a_language), outcomes(b, b_language)
    for outcome in sorted(oa.keys() & ob.keys()):
        if oa[outcome][0] != ob[outcome][0]:
            return outcome
    return opposite_poles(a, a_language, b, b_language, connectives)


def meaning_alike(a: str, a_language: str | None, b: str, b_language: str | None) -> str | None:
    """The first outcome of ``[outcomes]`` or pair of ``[poles]`` (connectives left out: before or after) that both
    wordings read, and read the same way, each in its own language, when none is read apart
    (:func:`meaning_apart`): «Ни в какой момент вода не была опасной» / « À aucun moment l'eau n'a été impropre à
    la consommation » both read "safe" ("safe or unsafe"). None otherwise. Input: two quote wordings with their
    language codes. What it says: the two state one typed value alike, which a weak encoder score between two
    renderings of one statement does not (read by :func:`crosswire.compare.quotes._pairs`)."""
    if meaning_apart(a, a_language, b, b_language, connectives=False) is not None:
        return None
    ra = {**outcomes(a, a_language), **poles(a, a_language)}
    rb = {**outcomes(b, b_language), **poles(b, b_language)}
    shared = sorted((ra.keys() & rb.keys()) - _connectives())
    return next((w for w in shared if ra[w][0] == rb[w][0]), None)


def _content(text: str, language: str | None) -> tuple[frozenset[str], bool]:
    """(the wording's words without its negation and hedge words, whether it has a negation outside a hedge)."""
    neg = _tables()[0].get(language or "en")
    low = _unhedged(text, language)
    negated = neg is not None and neg.search(low) is not None
    bare = neg.sub(" ", low) if neg is not None else low
    return frozenset(m.group() for m in _WORD.finditer(bare)), negated


def difference(data: StoryData, speaker: str, wordings: list[Wording]) -> QuoteDifference | None:
    """The first typed difference between wordings of one statement (a number, then a negation or an outcome),
    each side the wordings that give one value; None when the wordings state the same values or leave them
    out. ``speaker`` names the statement in the explanation."""
    found = (
        _number_difference(wordings)
        or _duration_difference(wordings)
        or _place_difference(wordings)
        or _outcome_difference(wordings)
        or _pole_difference(wordings)
        or _negation_difference(wordings)
        or _polarity_difference(wordings)
        or _modality_difference(wordings)
        or _reservation_difference(wordings)
    )
    if found is None:
        return None
    reason, sides = found
    out_sides = [
        ConflictSide(
            label=label,
            sources=sorted({n for w in ws for n in w.sources}),
            evidence=uniq_evidence([ev for w in ws for ev in w.evidence]),
        )
        for label, ws in sides
    ]
    out_sides.sort(key=lambda s: min(s.sources))
    what = {
        "different number": "numbers",
        "different duration": "how long it takes",
        "different outcome": "what happened",
        "different negation": "whether",
        "opposite meaning": "meaning, saying opposite things",
        "different modality": "whether it is certain or only possible",
        "ruled out against possible": "whether it is ruled out or still possible",
        "different place": "the place they name",
        "added reservation": "a reservation only some state",
        "proven against unproven": "whether it is proven, one saying proven and another unproven",
    }
    explanation = (
        f"The wordings of {speaker}'s statement differ in {what[reason]}"
        + (" it happened" if reason == "different negation" else "")
        + ": "
        + " vs ".join(f"“{s.label}” {cite(s.sources)}" for s in out_sides)
        + "."
    )
    return QuoteDifference(reason=reason, explanation=explanation, sides=out_sides)


_Sides = list[tuple[str, list[Wording]]]


def _grouped(
    wordings: list[Wording], key: Callable[[Wording], Hashable | None], label: Callable[[Wording], str]
) -> dict[Hashable, tuple[str, list[Wording]]]:
    groups: dict[Hashable, tuple[str, list[Wording]]] = {}
    for w in wordings:
        k = key(w)
        if k is not None:
            groups.setdefault(k, (label(w), []))[1].append(w)
    return groups


def _number_difference(wordings: list[Wording]) -> tuple[QuoteDifferenceReason, _Sides] | None:
    def key(w: Wording) -> frozenset[Number] | None:
        return numbers(w.text, w.number_words) or None

    groups = _grouped(wordings, key, lambda w: ", ".join(_number_texts(w)) or w.text)
    sets: list[frozenset[Number]] = list(groups)  # type: ignore[arg-type]
    return ("different number", list(groups.values())) if any(_apart(a, b) for a, b in _pairs(sets)) else None


def _pairs(items: list[frozenset[Number]]) -> list[tuple[frozenset[Number], frozenset[Number]]]:
    return [(a, b) for i, a in enumerate(items) for b in items[i + 1 :]]


def _apart(a: frozenset[Number], b: frozenset[Number]) -> bool:
    """Whether two wordings' numbers of some one unit differ, neither holding the other's."""
    for unit in {u for _n, u in a} & {u for _n, u in b}:
        xa, xb = {n for n, u in a if u == unit}, {n for n, u in b if u == unit}
        if not (xa <= xb or xb <= xa):
            return True
    return False


def _number_texts(w: Wording) -> list[str]:
    """The numbers of a wording as written: the facts stage's readings, then the digits left."""
    bare, out = w.text, []
    for written, _number in w.number_words:
        if written and written in bare:
            bare = bare.replace(written, " " * len(written))
            out.append(written)
    bare = _TIME.sub(lambda m: " " * len(m.group()), bare)
    return out + [m.group() for m in _DIGITS.finditer(bare)]


def _duration_difference(wordings: list[Wording]) -> tuple[QuoteDifferenceReason, _Sides] | None:
    """Wordings naming lengths of time in different units (:func:`durations`), neither wording's units holding the
    other's: "within a few weeks" / «в течение нескольких месяцев» (months). A wording naming no unit, or the
    units of a longer wording and fewer (a cut quotation), is no difference. Each side the wordings naming one set
    of units, labelled by its first wording's words for them."""
    read = {id(w): durations(w.text, w.language) for w in wordings}

    def key(w: Wording) -> frozenset[str] | None:
        return frozenset(read[id(w)]) or None

    groups = _grouped(wordings, key, lambda w: " / ".join(read[id(w)].values()))
    firsts = [ws[0] for _label, ws in groups.values()]
    apart = any(
        durations_apart(a.text, a.language, b.text, b.language) for i, a in enumerate(firsts) for b in firsts[i + 1 :]
    )
    return ("different duration", list(groups.values())) if apart else None


def _place_difference(wordings: list[Wording]) -> tuple[QuoteDifferenceReason, _Sides] | None:
    """Two wordings naming different places in one slot (:func:`crosswire.compare.quote_places.places_apart`:
    "… to the company's plant in Dorvan" / «… à l'usine de Karsk»), each side labelled by its place name as
    written."""
    from crosswire.compare.quote_places import places_apart

    for i, a in enumerate(wordings):
        for b in wordings[i + 1 :]:
            found = places_apart(a.text, a.language, a.names, b.text, b.language, b.names)
            if found is not None:
                return "different place", [(found[0], [a]), (found[1], [b])]
    return None


def _outcome_difference(wordings: list[Wording]) -> tuple[QuoteDifferenceReason, _Sides] | None:
    read = {id(w): outcomes(w.text, w.language) for w in wordings}

    def key(w: Wording) -> frozenset[tuple[str, bool]] | None:
        return frozenset((o, denied) for o, (denied, _shown) in read[id(w)].items()) or None

    def label(w: Wording) -> str:
        return " / ".join(shown for _denied, shown in read[id(w)].values())

    groups = _grouped(wordings, key, label)
    keys: list[frozenset[tuple[str, bool]]] = list(groups)  # type: ignore[arg-type]
    reason: QuoteDifferenceReason | None = None
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            da, db = dict(a), dict(b)
            if any(da[o] != db[o] for o in da.keys() & db.keys()):
                reason = "different negation"
            elif not da.keys() & db.keys() and reason is None:
                reason = "different outcome"
    return (reason, list(groups.values())) if reason is not None else None


def _pole_difference(wordings: list[Wording]) -> tuple[QuoteDifferenceReason, _Sides] | None:
    """Wordings read at opposite poles of one pair of ``[poles]`` ("behind us" / "впереди"), each side the
    wordings reading one pole, labelled with the pole's words as written."""
    read = {id(w): poles(w.text, w.language) for w in wordings}
    found: list[tuple[int, str, dict[bool, tuple[str, list[Wording]]]]] = []
    for pair in sorted({p for r in read.values() for p in r}):
        sides: dict[bool, tuple[str, list[Wording]]] = {}
        for w in wordings:
            if pair in read[id(w)]:
                pole_b, shown = read[id(w)][pair]
                sides.setdefault(pole_b, (shown, []))[1].append(w)
        if len(sides) == 2:
            found.append((sum(len(ws) for _l, ws in sides.values()), pair, sides))
    if not found:
        return None
    # the pair most wordings read gives the sides: "not allow to fly" / "bleiben am Boden" / «ne laisserons pas
    # voler» against «sigan volando» (out of or in service), not the permission only two of them word
    _n, pair, sides = max(found, key=lambda f: f[0])
    # "found no evidence that ..." / «sah es als erwiesen an, dass ...»: crosswire.compare.proposition
    reason: QuoteDifferenceReason = "proven against unproven" if pair == EVIDENCE_PAIR else "opposite meaning"
    return reason, list(sides.values())


def _negation_difference(wordings: list[Wording]) -> tuple[QuoteDifferenceReason, _Sides] | None:
    read = {id(w): _content(w.text, w.language) for w in wordings}
    for i, a in enumerate(wordings):
        for b in wordings[i + 1 :]:
            (wa, na), (wb, nb) = read[id(a)], read[id(b)]
            if a.language != b.language or na == nb or not wa or not wb:
                continue
            if len(wa ^ wb) <= OTHER_WORDS and len(wa & wb) / len(wa | wb) >= SAME_WORDS:
                return "different negation", [(a.text, [a]), (b.text, [b])]
    return None


def _polarity_difference(wordings: list[Wording]) -> tuple[QuoteDifferenceReason, _Sides] | None:
    """Two wordings whose matching clauses one states and the other denies
    (:func:`crosswire.compare.quote_polarity.polarity_apart`: "We were warned about this bridge" / «Nessuno ci
    aveva avvertito su questo ponte»; "we will not reverse it" / «nous pourrions encore la revoir»), each side
    labelled by its clause as written; "ruled out against possible" when the stated clause holds the act possible
    (:func:`crosswire.compare.quote_polarity.held_possible`), else "different negation"."""
    from crosswire.compare.quote_polarity import clauses, held_possible, polarity_apart

    for i, a in enumerate(wordings):
        for b in wordings[i + 1 :]:
            found = polarity_apart(a.text, a.language, b.text, b.language)
            if found is None:
                continue
            a_denied = dict(clauses(a.text, a.language)).get(found[0], False)
            stated, stated_lang = (found[1], b.language) if a_denied else (found[0], a.language)
            possible = held_possible(stated, stated_lang)
            reason: QuoteDifferenceReason = "ruled out against possible" if possible else "different negation"
            return reason, [(found[0], [a]), (found[1], [b])]
    return None


def _modality_difference(wordings: list[Wording]) -> tuple[QuoteDifferenceReason, _Sides] | None:
    """A wording stating as possible what another states as certain: one outcome or pole read the same way by
    both (:func:`modality_apart`: "may have died" / "died"), or, in one language, the same words but a hedge
    ("We may raise taxes" / "We will raise taxes"). Each side labelled by its words as written."""
    for i, a in enumerate(wordings):
        for b in wordings[i + 1 :]:
            if not modality_apart(a.text, a.language, b.text, b.language):
                continue
            hedged, certain = (a, b) if possibility(a.text, a.language) is not None else (b, a)
            return "different modality", [(_hedge_label(hedged), [hedged]), (certain.text, [certain])]
    return None


def _hedged_alike(a: Wording, b: Wording) -> bool:
    """Two wordings of one language with nearly all their words in common (hedges left out) of which one only
    holds a hedge."""
    if a.language != b.language or (possibility(a.text, a.language) is None) == (
        possibility(b.text, b.language) is None
    ):
        return False
    (wa, _na), (wb, _nb) = _content(a.text, a.language), _content(b.text, b.language)
    return bool(wa and wb) and len(wa ^ wb) <= OTHER_WORDS and len(wa & wb) / len(wa | wb) >= SAME_WORDS


def _hedge_label(w: Wording) -> str:
    """A hedged wording's label: from its hedge to the end of the hedge's clause ("Nie możemy wykluczyć ryzyka dla
    pasażerów")."""
    found = _hedges(w.text, w.language)
    if not found:
        return w.text
    low = w.text.lower()
    end = next((c.start() for c in _CLAUSE.finditer(low, found[0].end())), len(low))
    return w.text[found[0].start() : end].strip()


def _reservation_difference(wordings: list[Wording]) -> tuple[QuoteDifferenceReason, _Sides] | None:
    """Wordings stating a reservation (:func:`reservation`: "aunque no lo compartimos") against whole wordings of the
    statement stating none (:func:`reserved_apart`), each side labelled by its first wording as written (the
    reservation alone would not say what it qualifies)."""
    reserved = [w for w in wordings if reservation(w.text, w.language) is not None]
    others = [
        w
        for w in wordings
        if w not in reserved and any(reserved_apart(r.text, r.language, w.text, w.language) for r in reserved)
    ]
    if not reserved or not others:
        return None
    return "added reservation", [(reserved[0].text, reserved), (others[0].text, others)]
