"""The polarity of a quote's (or a reported statement's) main proposition, read in its own language: stated or
denied, proven or unproven.

A new user's court story quoted one judge as "The court found no evidence that the money was hidden abroad" in
English and as «Das Gericht sah es als erwiesen an, dass das Geld im Ausland versteckt wurde» (found it proven) in
German; the two were shown as one quote in two wordings (similarity 0.79). Earlier passes read such opposites
from lists of pole pairs (``[poles]`` of ``data/quote_meanings.toml``: behind us / still ahead, against us / on
our side) and from a verb's negation (:mod:`crosswire.compare.quote_polarity`); a proposition asserted as proven
against one asserted as unproven is neither. This module is the one place that reads a proposition's polarity:

- :func:`evidential`: an evidential predicate (a noun of evidence, "proven", «erwiesen», «probado», «provato»,
  «udowodniono»: ``[evidence]`` of ``data/quote_meanings.toml``) and its polarity, the count of denials around it
  in its clause (a negative determiner on the noun: "no evidence", «keine Beweise», «aucune preuve», «nessuna
  prova», «żadnych dowodów»; a negation on its verb: "not proven", «nicht erwiesen», «no hay pruebas», «nie
  udowodniono»; a word of lack: «brak dowodów», « faute de preuves »): odd is unproven, even proven ("not without
  evidence" is proven);
- :func:`polarity`: the proposition's reading, the evidential one when the wording has one, else the verb's
  negation of :func:`crosswire.compare.quote_polarity.clauses` ("did not", "never", «nie», «jamais», «nunca»,
  «mai»).

Propositions are compared one at a time, never over the whole quote (a new user's airline story, trial 37): a
predicate and its antonym are the two poles of one pair of ``[poles]`` ("out of or in service": fly / stay on the
ground; "allowed or forbidden": permit / forbid), so "We will not allow these aircraft to fly" (pole b denied)
and „Diese Flugzeuge bleiben am Boden“ (pole a) read alike while «Permitiremos que algunos ... sigan volando»
reads the other way (:func:`crosswire.compare.quote_meaning.poles`; a forbidding word before a pole flips it as a
negation does, a permitting one is transparent); a clause whose words state a pair's ``negative`` pole ("bleiben
am Boden", "bleibt gesperrt") is never the plainly stated side of another wording's negation, and two clauses
that read one pair alike are never a stated and a denied one
(:func:`crosswire.compare.quote_polarity.polarity_apart`); and each sentence of a quotation is a clause of its own,
so a rendering of one sentence is compared with that sentence only ("The safety of our passengers comes first. We
will not cut corners" / „Die Sicherheit unserer Passagiere hat für uns Vorrang“: a partial variant, no denial).

Why not spaCy's dependency parse: the shared install carries parsing models for English only (French's is loaded
without its parser), and a reading that differs by language would let two renderings of one statement read apart
for the parser's sake; the window rules read all languages alike, on the words the tables list.

:func:`evidential` feeds the pole pair :data:`EVIDENCE_PAIR` of
:func:`crosswire.compare.quote_meaning.poles`, so every reader of poles (quote variants'
``_pole_difference``, :func:`crosswire.compare.quote_meaning.meaning_apart` and ``meaning_alike``, the agreed
items' :func:`crosswire.compare.claims.align.quotes_apart`, the conflict builder
:func:`crosswire.compare.claims.opposed.opposed_quote_conflicts`, and the brief, which is built from those
items) reads it with the table's pairs, and the clause reader of :mod:`crosswire.compare.quote_polarity` reads a
clause's denial from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswire.vocab.data import data_toml

EVIDENCE_PAIR = "proven or unproven"  # the pole pair the evidential reading is given as (pole a proven, b unproven)
BEFORE_WORDS = 5  # words before an evidential word a denial of it stands in ("found no evidence", "il n'y a aucune
# preuve": 1-3; "Das Gericht hielt es nach vierzehn Monaten nicht für erwiesen": 2); set on the invented wordings
# of tests/test_compare_quotes36.py
SHOWN_WORDS = 10  # a clause up to its proposition of at most this many words is a reading's label as a whole
AFTER_WORDS = 3  # words after it ("Beweise gab es keine", «Erwiesen ist das nicht», "evidence was not found")
_WORD = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)
_FRENCH_NE = frozenset({"ne", "n'", "n’"})  # counted by their second word ("pas", "aucune", "jamais")


def _pattern(words: list[str]) -> re.Pattern[str]:
    alts = [re.escape(w[:-1]) + r"\w*" if w.endswith("-") else re.escape(w) for w in sorted(words, key=len)[::-1]]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


@dataclass(frozen=True, slots=True)
class _Tables:
    nouns: re.Pattern[str]
    proven: re.Pattern[str] | None
    unproven: re.Pattern[str] | None
    denials: re.Pattern[str]
    complementizers: re.Pattern[str] | None


@lru_cache(maxsize=1)
def _tables() -> dict[str, _Tables]:
    """language -> the ``[evidence]`` patterns of ``data/quote_meanings.toml`` (a language without nouns of
    evidence is not read), its denials those of ``[negation]`` and ``[evidence.lack]`` (French "ne" left out)."""
    table = data_toml("quote_meanings.toml")
    ev = table.get("evidence", {})
    out: dict[str, _Tables] = {}
    for lang, nouns in ev.get("nouns", {}).items():
        denials = [
            w
            for w in [*table.get("negation", {}).get(lang, []), *ev.get("lack", {}).get(lang, [])]
            if w not in _FRENCH_NE
        ]

        def pat(name: str, lang: str = lang) -> re.Pattern[str] | None:
            words = ev.get(name, {}).get(lang, [])
            return _pattern(words) if words else None

        out[lang] = _Tables(_pattern(nouns), pat("proven"), pat("unproven"), _pattern(denials), pat("complementizers"))
    return out


@dataclass(frozen=True, slots=True)
class Polarity:
    """How a wording holds its main proposition."""

    denied: bool
    """True for a proposition denied ("we did not act", «No volveremos») or asserted unproven ("no evidence that
    ...", «nicht erwiesen»)."""
    evidential: bool
    """Whether the reading comes from an evidential predicate (proven / unproven) rather than a verb's negation."""
    shown: str
    """The words as written that give the reading (the clause up to its proposition), or the clause."""


def _first(t: _Tables, low: str, start: int, end: int) -> tuple[re.Match[str], str] | None:
    """The first evidential phrase in ``low[start:end]``, with its kind ("unproven", "proven" or "noun"); at one
    place the longest, the unproven before the proven ("non provato" over "provato")."""
    found: list[tuple[int, int, int, re.Match[str], str]] = []
    for rank, (kind, p) in enumerate((("unproven", t.unproven), ("proven", t.proven), ("noun", t.nouns))):
        m = p.search(low, start, end) if p is not None else None
        if m is not None:
            found.append((m.start(), -(m.end() - m.start()), rank, m, kind))
    if not found:
        return None
    _s, _l, _r, m, kind = min(found, key=lambda f: f[:3])
    return m, kind


def _read(text: str, language: str, start: int, end: int) -> tuple[bool, str] | None:
    """The evidential reading of ``text[start:end]`` (one clause), as :func:`evidential`."""
    from crosswire.compare.quote_meaning import unhedged

    t = _tables().get(language)
    if t is None:
        return None
    low = unhedged(text, language).replace("’", "'")
    hit = _first(t, low, start, end)
    if hit is None:
        return None
    m, kind = hit
    before = list(_WORD.finditer(low, start, m.start()))[-BEFORE_WORDS:]
    window_start = before[0].start() if before else m.start()
    comp = t.complementizers.search(low, m.end(), end) if t.complementizers is not None else None
    after_words = list(_WORD.finditer(low, m.end(), comp.start() if comp is not None else end))[:AFTER_WORDS]
    after_end = after_words[-1].end() if after_words else m.end()
    denials = [d for d in t.denials.finditer(low, window_start, after_end) if not (m.start() <= d.start() < m.end())]
    denials += [d for d in t.denials.finditer(low, m.start(), m.end()) if kind != "unproven"]  # "not proven"
    count = len(denials) + (1 if kind == "unproven" else 0)
    if kind == "noun" and count == 0:
        # a noun of evidence states a proof only when the proposition follows it ("evidence that", "Beweise
        # dafür", «pruebas de que»): "we will examine the evidence" states none
        nxt = list(_WORD.finditer(low, m.end(), end))[:2]
        if comp is None or not nxt or comp.start() > nxt[-1].start():
            return None
    if t.denials.search(low, max(after_end, comp.end() if comp is not None else after_end), end) is not None:
        return None  # the proposition itself denied ("no evidence that he did not ..."): not read
    # shown: the clause up to the proposition ("The court found no evidence", "Das Gericht sah es als erwiesen
    # an"), or, in a long clause, from the first denial to the evidential word
    end_shown = max(comp.start() if comp is not None else after_end, m.end())
    if len(_WORD.findall(low, start, end_shown)) > SHOWN_WORDS:
        start = min((d.start() for d in denials if d.start() < m.start()), default=m.start())
    return count % 2 == 1, text[start:end_shown].strip(" ,;:")


def evidential(text: str, language: str | None) -> tuple[bool, str] | None:
    """(whether the proposition is asserted unproven, the words as written that say so: the clause up to the
    proposition, or in a clause of more than :data:`SHOWN_WORDS` words from its first denial to the evidential
    word) for the first clause of a wording (:func:`crosswire.compare.quote_polarity.clause_spans`) that holds an
    evidential predicate of ``[evidence]``: "The court found no evidence that the money was hidden abroad" ->
    (True, "The court found no evidence"); «Das Gericht sah es als erwiesen an, dass ...» -> (False, "Das Gericht
    sah es als erwiesen an"); "It is not without evidence that ..." -> (False, "It is not without evidence").
    None for a wording with none, one whose proposition is itself denied, or a language the table lacks. Input: a
    quote wording or a sentence and its language code."""
    from crosswire.compare.quote_polarity import clause_spans

    return _evidential(text, language or "en", tuple(clause_spans(text, language)))


@lru_cache(maxsize=1 << 14)
def _evidential(text: str, language: str, spans: tuple[tuple[int, int], ...]) -> tuple[bool, str] | None:
    if language not in _tables():
        return None
    for a, b in spans:
        found = _read(text, language, a, b)
        if found is not None:
            return found
    return None


def polarity(text: str, language: str | None) -> Polarity | None:
    """The polarity of a wording's main proposition: the evidential reading (:func:`evidential`) when it has one,
    else the first clause's verb negation (:func:`crosswire.compare.quote_polarity.clauses`); None for a wording
    with no clause. Input: a quote wording or a sentence and its language code."""
    from crosswire.compare.quote_polarity import clauses

    proof = evidential(text, language)
    if proof is not None:
        return Polarity(denied=proof[0], evidential=True, shown=proof[1])
    read = clauses(text, language)
    if not read:
        return None
    clause, denied = read[0]
    return Polarity(denied=denied, evidential=False, shown=clause)


def evidence_pole(text: str, language: str | None) -> dict[str, tuple[bool, str]]:
    """{:data:`EVIDENCE_PAIR`: (pole b, i.e. unproven; the words as written)} for a wording that holds an
    evidential predicate, else ``{}``: the reading :func:`crosswire.compare.quote_meaning.poles` adds to the
    table's pairs."""
    proof = evidential(text, language)
    return {EVIDENCE_PAIR: proof} if proof is not None else {}
