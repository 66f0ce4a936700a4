"""Polar outcomes of one act across languages: one source reports that the ransom was paid, others that it was
refused ("The network refused to pay the ransom" / "Кессингенская клиническая сеть заплатила выкуп" / "La Red
Clínica se negó a pagar el rescate"); an offer accepted and rejected; a report confirmed and denied. A new user's
six-language ransomware story showed "refused to pay" as agreed and left the Russian "paid" sentence out of the
report altogether (it had no candidate pair: the two read too unlike for the pair scorer).

A sentence states a pole of an act when its words hold one of the pole's phrases (``[polar.<id>.poles]`` of
``data/facts_outcomes.toml``, per language), a longer phrase winning over one inside it ("refused to pay" over
"pay"), not right after a word of a demand or a condition (``[polar_blockers]``: "demanded that the ransom be
paid"; an act whose request is the act itself lists its own ``blockers``, a question's or a condition's words:
"asked Marek to stay on as caretaker" states it, "asked whether he would stay on" does not), and turned to the
other pole after a negation word (``[polar_negation]``: "did not pay", "не заплатила"). A sentence stating both
poles (a change: "refused at first, then paid") states none. Two sentences are tied to
one act by a word of the act's object in each (``objects``: one ransom to a story), or, for acts a story may hold
several of (``tie = "pair"``: offers, reports), by also being a pair the claim aligner relates (scored at
:data:`TIE_BAR`), or, for acts many parties do each (``tie = "name"``: each party's vote), by a name few of the
story's sentences hold (:data:`RARE_NAME`) written in both ("Agrarian Party" / "Partia Agrarna"). A sentence
with the pole's words but no object word ("Der Klinikverbund lehnte eine Zahlung ab") joins a side when it is
related so to a sentence tied to the act. An act whose object comes in kinds a story may hold several of
(``kinds``: a boil-water advisory, a curfew, a state of emergency, each lifted or still in force) is compared kind
by kind; an act one story holds one of (``tie = "story"``: who carried out an attack, claimed by a group or
suspected by investigators) needs no object word; an act whose poles name two parties (``apart``) states no two
poles in two sentences naming one person or body. Written by hand: no library maps these verbs
across languages, and the parse (``[lemmas]``) reads English only. An act one person undergoes (``tie = "person"``:
a defendant's bail paid or not) ties two sentences also by their naming one person and no other
(:func:`one_person`), or by a pair so related.

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import outcome_conflict, sources_apart, worded_conflict
from crosswire.compare.claims.pairs import ACROSS_FLOOR, ACROSS_MARGIN, FEATURES, Pair
from crosswire.compare.claims.units import Unit, days_of
from crosswire.compare.records import ClaimConflict
from crosswire.vocab import phrases
from crosswire.vocab.data import data_toml

# Pair score at which two sentences are one act's for an act a story may hold several of, and at which a sentence
# with a pole but no object word joins a side: the aligner's weak bar (:data:`.align.WEAK_BAR`), where sentences
# of one act begin to read alike ("Der Klinikverbund lehnte eine Zahlung ab" / "The Kessingen Clinical Network
# refused to pay the ransom": 0.60).
TIE_BAR = 0.4
# For acts tied by a name (``tie = "name"``: each party's vote), a name ties two sentences when at most this share
# of the story's sentences holds it: the party voting ("Agrarian Party" / "Partia Agrarna", a few sentences), not
# the country or the prime minister every other sentence names. Set on the invented fixtures of
# tests/test_compare_polar_politics.py (a party's name in 2-4 of 20-40 sentences, the country's in over half).
RARE_NAME = 0.25
NEGATION_WORDS = 2  # words before a pole's phrase read for a negation ("was not paid", "не заплатила")
BLOCKER_WORDS = 3  # words before a pole's phrase read for a demand or a question ("asked whether the family had paid")
AFTER_WORDS = 6  # words after a pole's phrase read for its act's ``blockers_after``: a German clause ends on its
# predicate ("bekannte sich vor dem Landgericht schuldig", "bekannte sich bislang niemand")
_CLAUSE = re.compile(r"[,;:.!?()«»\"“”„—–]")


@dataclass(frozen=True, slots=True)
class Act:
    """One polar act of the data: id, conflict label, tie rule, object pattern and pole patterns per language."""

    id: str
    label: str
    tie: str
    objects: dict[str, re.Pattern[str]]
    poles: dict[str, list[tuple[str, re.Pattern[str]]]]
    negated: dict[str, str]
    blockers: dict[str, re.Pattern[str]] | None = None  # the act's own blockers per language, else [polar_blockers]
    reason: str = "different outcome"  # the conflict's type: "different agent" when the poles name who decided
    # kinds of the act's object a story may hold several of, each compared on its own (a boil-water advisory
    # lifted is no curfew still in force): (kind, conflict label, object pattern per language); () for none
    kinds: tuple[tuple[str, str, dict[str, re.Pattern[str]]], ...] = ()
    # whether the poles name two parties (a group claiming an attack, a suspect investigators name): two
    # sentences writing one name name one party, and state no two poles
    apart: bool = False
    # words that, standing at most :data:`AFTER_WORDS` words after a pole's phrase in its clause, make it no
    # outcome (``blockers_after``, per language): a verb-second clause puts the subject or the negation after the
    # verb ("Zu dem Anschlag bekannte sich bislang niemand"), and one verb may state another act ("bekannte sich
    # schuldig": a guilty plea, not a claim of an attack)
    blockers_after: dict[str, re.Pattern[str]] | None = None
    # for ``tie = "pair"``: a sentence is also tied through the sentence just before it in its article (a vote
    # told over two sentences: "Am Dienstagabend kam der Stadtrat zu einer Sondersitzung zusammen. Eine Mehrheit
    # lehnte es ab, ...", the first related to the other side's "the city council voted to close ...")
    tie_before: bool = False
    # for a vote's acts (``tally_sides``): a pole's phrase whose subject is a count ("14 voted against it", "31
    # Ratsmitglieder stimmten für das Vorhaben", "14 stimmten dagegen") tells one side of a tally, not the outcome
    tally_sides: bool = False


def _alternation(words: list[str]) -> re.Pattern[str]:
    """Whole-word phrases (an entry ending in "-" a stem), longest first, as one lower-case pattern."""
    return phrases.alternation(p.lower() for p in words)


@lru_cache(maxsize=32)
def _any_pole(lang: str) -> re.Pattern[str] | None:
    """One pattern matching wherever a pole phrase of any act in ``lang`` matches (None when the language has
    none): most sentences state no pole, and one search rules them out instead of one per act and pole. The
    phrases' common look-behind is tested once per position, before the alternatives."""
    parts = [pat.pattern for act in acts() for _pole, pat in act.poles.get(lang, [])]
    if not parts:
        return None
    return phrases.one_search(parts)


@lru_cache(maxsize=1)
def acts() -> list[Act]:
    """The polar acts of ``data/facts_outcomes.toml``, compiled."""
    out = []
    spec: dict[str, Any]
    for aid, spec in data_toml("facts_outcomes.toml").get("polar", {}).items():
        words = {lang: list(ws) for lang, ws in spec.get("objects", {}).items()}
        kinds = []
        for kind, kspec in spec.get("kinds", {}).items():
            langs = {lang: ws for lang, ws in kspec.items() if lang != "label" and ws}
            for lang, ws in langs.items():
                words.setdefault(lang, []).extend(ws)
            kinds.append((kind, kspec.get("label", kind), {lang: _alternation(ws) for lang, ws in langs.items()}))
        objects = {lang: _alternation(ws) for lang, ws in words.items() if ws}
        poles: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for pole, langs in spec.get("poles", {}).items():
            for lang, ws in langs.items():
                if ws:
                    poles.setdefault(lang, []).append((pole, _alternation(ws)))
        out.append(
            Act(
                aid,
                spec.get("label", aid),
                spec.get("tie", "pair"),
                objects,
                poles,
                spec.get("negated", {}),
                {lang: _alternation(ws) for lang, ws in spec["blockers"].items() if ws} if "blockers" in spec else None,
                spec.get("reason", "different outcome"),
                tuple(kinds),
                bool(spec.get("apart", False)),
                {lang: _alternation(ws) for lang, ws in spec["blockers_after"].items() if ws}
                if "blockers_after" in spec
                else None,
                bool(spec.get("tie_before", False)),
                bool(spec.get("tally_sides", False)),
            )
        )
    return out


@lru_cache(maxsize=32)
def _near_words(section: str, lang: str) -> re.Pattern[str] | None:
    words = data_toml("facts_outcomes.toml").get(section, {}).get(lang, [])
    return _alternation(words) if words else None


def _before(low: str, at: int, words: int) -> str:
    """The last ``words`` words before ``at`` in its clause."""
    clause = low[max((m.end() for m in _CLAUSE.finditer(low, 0, at)), default=0) : at]
    return " ".join(re.findall(r"[\w'’-]+", clause)[-words:])


def _after(low: str, at: int, words: int) -> str:
    """The first ``words`` words after ``at`` in its clause."""
    end = next((m.start() for m in _CLAUSE.finditer(low, at)), len(low))
    return " ".join(re.findall(r"[\w'’-]+", low[at:end])[:words])


# words at most between a negative quantifier and the pole's phrase: the noun and the auxiliaries ("not a single
# [cent was] paid", "nessun [riscatto è stato] pagato"). Four would read "not one dollar of ransom was paid" too,
# and "No sooner had the family paid" as no payment (the invented sentences of tests/test_labels11_negated_*)
NONE_GAP = 3


@lru_cache(maxsize=16)
def _none_pattern(lang: str) -> re.Pattern[str] | None:
    """A clause's words before a pole (as :func:`_before` joins them) ending in a negative quantifier of
    ``[polar_none]`` in ``lang`` that opens them or follows an opener, then at most :data:`NONE_GAP` words, none
    of them an opener (in "No one said the family paid" the quantifier is another verb's subject)."""
    table = data_toml("facts_outcomes.toml").get("polar_none", {})
    words, openers = table.get("words", {}).get(lang, []), table.get("openers", {}).get(lang, [])
    if not words:
        return None
    none = _alternation(words).pattern
    whole = [o for o in openers if not o.endswith(("'", "’"))]
    elided = "|".join(re.escape(o) for o in openers if o.endswith(("'", "’")))  # "qu'aucune": no space after
    leads = ["^"]
    gap = r"\s[\w'’-]+"
    if whole:
        opener = _alternation(whole).pattern
        leads.append(rf"(?:^|.*\s){opener}\s")
        gap = rf"\s(?!{opener})[\w'’-]+"
    if elided:
        leads.append(rf"(?:^|.*\s)(?:{elided})")
    return re.compile(rf"(?:{'|'.join(leads)}){none}(?:{gap}){{0,{NONE_GAP}}}$")


def none_before(low: str, at: int, lang: str) -> bool:
    """Whether the subject of a pole's phrase starting at ``at`` in ``low`` (a lower-case sentence of ``lang``)
    is none at all: a negative quantifier (``[polar_none.words]`` of ``data/facts_outcomes.toml``: "not a
    single", "kein", "nessun", "никакого") opens the phrase's clause or follows an opener ("said", "that",
    "qu'"), at most :data:`NONE_GAP` words before the phrase. "Not a single cent was paid", "the ministry said
    no ransom was paid": True; "There is no evidence the family paid", "No one said the family paid": False."""
    pat = _none_pattern(lang)
    return pat is not None and pat.search(_before(low, at, NONE_GAP + 8)) is not None


# words before a vote's pole read for a count as its subject: the count and a noun or two ("14 voted against",
# "14 councillors voted against", "31 Ratsmitglieder stimmten für", "14 de los concejales votaron en contra").
COUNT_WORDS = 3
_COUNT_DIGITS = re.compile(r"\d{1,3}")


def counted_subject(low: str, at: int, lang: str) -> bool:
    """Whether a count stands among the last :data:`COUNT_WORDS` words of the clause before a pole's phrase
    starting at ``at`` in ``low`` (a lower-case sentence of ``lang``): a number of one to three digits, or a
    number word of two or more (one is an article in several languages: "ein", "un"), hyphenated ("thirty-one")
    or not. "Thirty-one councillors backed the scheme and 14 voted against it": True for "voted against" (a
    tally's minority, not the vote's outcome, a new user's council story read as "rejected"); "The council
    voted against the plan", "Eine Mehrheit lehnte es ab": False."""
    from crosswire.facts.languages.numbers import word_number

    for word in _before(low, at, COUNT_WORDS).split():
        if _COUNT_DIGITS.fullmatch(word):
            return True
        if not any(c.isdigit() for c in word) and (n := word_number(word, lang)) is not None and 2 <= n <= 999:
            return True
    return False


@lru_cache(maxsize=1 << 14)
def poles_in(text: str, lang: str) -> dict[str, str]:
    """Act id -> the one pole ``text`` (one sentence of language ``lang``) states of it ("paid", "refused to
    pay"); an act whose phrases give no pole, or two, is left out. A longer phrase of any act wins over one
    inside it ("se negó a pagar" is a refusal to pay, not a denial)."""
    low = text.lower()
    anywhere = _any_pole(lang)
    if anywhere is None or anywhere.search(low) is None:
        return {}
    common, negation = _near_words("polar_blockers", lang), _near_words("polar_negation", lang)
    found = [
        (m.start(), m.end(), act, pole)
        for act in acts()
        for pole, pat in act.poles.get(lang, [])
        for m in pat.finditer(low)
    ]
    found = [f for f in found if not _verbal_noun(low, f[0], f[1], lang, f[2], f[3])]
    kept: list[tuple[int, int, Act, str]] = []
    for s, e, act, pole in sorted(found, key=lambda f: (f[0] - f[1], f[0])):  # longest first
        # one phrase may state a pole of two acts ("rejected" an offer, a court "rejected" a request): each act's
        # object tells which is meant
        if not any(s < e2 and s2 < e and (s, e) != (s2, e2) for s2, e2, _a, _p in kept):
            kept.append((s, e, act, pole))
    stated: dict[str, set[str]] = {}
    for s, e, act, pole in kept:
        blockers = common if act.blockers is None else act.blockers.get(lang)
        if blockers is not None and blockers.search(_before(low, s, BLOCKER_WORDS)):
            continue
        after = act.blockers_after.get(lang) if act.blockers_after is not None else None
        if after is not None and after.search(_after(low, e, AFTER_WORDS)):
            continue
        if act.tally_sides and counted_subject(low, s, lang):
            continue
        if (negation is not None and negation.search(_before(low, s, NEGATION_WORDS))) or none_before(low, s, lang):
            if pole not in act.negated:
                continue
            pole = act.negated[pole]
        stated.setdefault(act.id, set()).add(pole)
    return {aid: next(iter(poles)) for aid, poles in stated.items() if len(poles) == 1}


@lru_cache(maxsize=16)
def _noun_endings(lang: str) -> tuple[str, ...]:
    """The verbal-noun endings of ``[polar_verbal_nouns]`` in ``lang``, longest first; () for a language with none."""
    words = data_toml("facts_outcomes.toml").get("polar_verbal_nouns", {}).get(lang, [])
    return tuple(sorted((w.lower() for w in words), key=len, reverse=True))


@lru_cache(maxsize=512)
def _written_out(act_id: str, pole: str, lang: str) -> frozenset[str]:
    """The last words of the pole's phrases in ``lang`` that a list writes out in full (no stem): "подписания" of
    "до подписания"."""
    spec = data_toml("facts_outcomes.toml").get("polar", {}).get(act_id, {})
    phrases_ = spec.get("poles", {}).get(pole, {}).get(lang, [])
    lasts = [p.lower().split()[-1] for p in phrases_ if p.split()]
    return frozenset(alt for last in lasts for alt in last.split("|") if not alt.endswith("-"))


def _verbal_noun(low: str, start: int, end: int, lang: str, act: Act, pole: str) -> bool:
    """Whether a pole's phrase, matched at ``low[start:end]`` (the sentence in lower case), ends in a word its stem
    reached that is a verbal noun of ``lang`` (``[polar_verbal_nouns]``: "підписання" by "підписан-"), which names
    the act and states no outcome of it. A word the list writes out in full is never one, nor a verbal noun right
    after a word for "after" (``[polar_verbal_nouns_done]``: "po wpłaceniu poręczenia", after paying bail)."""
    endings = _noun_endings(lang)
    words = low[start:end].split()
    if not endings or not words:
        return False
    last = words[-1]
    if last in _written_out(act.id, pole, lang) or not last.endswith(endings):
        return False
    done = data_toml("facts_outcomes.toml").get("polar_verbal_nouns_done", {}).get(lang, [])
    before = re.findall(r"[\w'’-]+", low[:start])
    return not (len(words) == 1 and before and before[-1] in done)


def has_object(text: str, lang: str, act: Act) -> bool:
    """Whether ``text`` writes a word of the act's object in ``lang`` ("ransom", "выкуп", "okupu"); always True
    for an act one story holds one of (``tie = "story"``: who carried out the attack)."""
    if act.tie == "story":
        return True
    pat = act.objects.get(lang)
    return pat is not None and pat.search(text.lower()) is not None


def kinds_of(text: str, lang: str, act: Act) -> frozenset[str]:
    """The kinds of the act's object ``text`` writes a word of ("boil-water advisory": the advisory; "couvre-feu":
    the curfew); empty for an act with no kinds, or a sentence naming none."""
    low = text.lower()
    return frozenset(k for k, _label, pats in act.kinds if (p := pats.get(lang)) is not None and p.search(low))


def _names(text: str) -> set[str]:
    from crosswire.compare.quotes import anchors

    return {a for a in anchors(text) if not a.startswith("#")}


def _parties(u: Unit) -> frozenset[str]:
    """The people and bodies a sentence names (canonical ids, places left out: "organisation:Frostbyte")."""
    return frozenset(c for c in u.entities if not c.startswith("place:"))


def polar_differ(a: Unit, b: Unit) -> bool:
    """Whether two sentences state two poles of one act, one of them naming its object ("refused to pay the
    ransom" / "заплатила выкуп"; "lehnte eine Zahlung ab" / "заплатила выкуп"), for an act tied by a name also
    sharing a name ("Agrarian Party" / "Partia Agrarna"): never one claim."""
    pa, pb = poles_in(a.text, a.language), poles_in(b.text, b.language)
    for act in acts():
        if act.id in pa and act.id in pb and pa[act.id] != pb[act.id]:
            if act.tie == "name" and not _names(a.text) & _names(b.text):
                continue
            if act.apart and _parties(a) & _parties(b):
                continue  # one party named on both sides ("Frostbyte claimed it" / "police suspect Frostbyte")
            ka, kb = kinds_of(a.text, a.language, act), kinds_of(b.text, b.language, act)
            if ka and kb and not ka & kb:
                continue  # two measures ("the curfew was lifted" / "the state of emergency remains in force")
            if has_object(a.text, a.language, act) or has_object(b.text, b.language, act):
                return True
    return False


def _each_nearest(p: Pair) -> bool:
    """Whether a pair is each other's nearest sentence by the ratio margin of a translation
    (:data:`.pairs.ACROSS_MARGIN`) and a cosine of at least :data:`.pairs.ACROSS_FLOOR`."""
    f = dict(zip(FEATURES, p.features, strict=True))
    return f["mutual_best"] == 1.0 and f["margin"] >= ACROSS_MARGIN and f["embedding"] >= ACROSS_FLOOR


def polar_conflicts(units: list[Unit], pairs: list[Pair], data: StoryData) -> list[ClaimConflict]:
    """One conflict per act whose two poles different sources state (typed by the act's ``reason``: "different
    outcome", or "different agent" for an act whose poles name who decided it; the measure is the
    act's ``label``, each side citing every sentence of its pole), when no source states both (a change told)
    and the sides do not give two different days (refused on Monday, paid on Friday). Input: the story's units
    and the aligner's scored candidate pairs; output: claim conflicts, [] when none."""
    score: dict[frozenset[int], float] = {}
    for p in pairs:
        key = frozenset((p.a.index, p.b.index))
        score[key] = max(score.get(key, 0.0), p.score)

    # pairs of two languages each other's nearest sentence by a clear margin: a sentence stating a core member's
    # pole in another language joins its side through such a pair under the tie bar ("An amendment ... was
    # rejected" / "Поправку ... було відхилено", 0.30, margin 1.68: a new user's voting-age story left it out)
    mutual = {frozenset((p.a.index, p.b.index)) for p in pairs if p.a.language != p.b.language and _each_nearest(p)}

    def related(u: Unit, v: Unit) -> bool:
        return score.get(frozenset((u.index, v.index)), 0.0) >= TIE_BAR

    def before(u: Unit) -> Unit | None:
        """The sentence just before ``u`` in its article (units are in story order), None for a first one."""
        prev = units[u.index - 1] if u.index > 0 and units[u.index - 1].index == u.index - 1 else None
        return prev if prev is not None and prev.article == u.article else None

    def related_before(u: Unit, v: Unit) -> bool:
        bu, bv = before(u), before(v)
        return related(u, v) or (bu is not None and related(bu, v)) or (bv is not None and related(u, bv))

    def related_or_person(u: Unit, v: Unit) -> bool:
        return one_person(u, v) or (related(u, v) and not other_persons(u, v))

    def echoes(u: Unit, v: Unit) -> bool:
        return frozenset((u.index, v.index)) in mutual

    names = {u.index: _names(u.text) for u in units}
    seen: dict[str, int] = {}
    for ns in names.values():
        for n in ns:
            seen[n] = seen.get(n, 0) + 1
    rare = {i: {n for n in ns if seen[n] <= max(2, RARE_NAME * len(units))} for i, ns in names.items()}

    def named(u: Unit, v: Unit) -> bool:
        return bool(rare[u.index] & rare[v.index])

    out = []
    read = [(u, poles_in(u.text, u.language)) for u in units]  # each sentence's poles, read once for every act
    for act in acts():
        told = {u.index: pole for u, poles in read if (pole := poles.get(act.id))}
        if len(set(told.values())) < 2:
            continue
        stating = [u for u in units if u.index in told]
        tie = related_before if act.tie_before else (related_or_person if act.tie == "person" else related)
        if not act.kinds:
            core = [u for u in stating if has_object(u.text, u.language, act)]
            found = _act_conflict(data, act, act.label, told, stating, core, stating, tie, named, echoes)
            out += [found] if found else []
            continue
        kinds = {u.index: kinds_of(u.text, u.language, act) for u in stating}
        for kind, label, _pats in act.kinds:  # each kind of measure on its own; a sentence naming none may join
            core = [u for u in stating if kind in kinds[u.index]]
            free = [u for u in stating if not kinds[u.index] or kind in kinds[u.index]]
            found = _act_conflict(data, act, label, told, free, core, stating, related, named, echoes)
            out += [found] if found else []
    return out


def one_person(u: Unit, v: Unit) -> bool:
    """Whether two sentences name one person (in any grammatical case: :func:`.named_sums.holder_key`) and neither
    names a person the other does not: for ``tie = "person"``, acts one person undergoes (a bail paid or not), where
    two outlets' sentences on it read too unlike for the aligner ("Marek Dunn left custody ... after he posted bail"
    / "Marek Dunn did not post bail, but the court released him anyway": 0.33) and a story may hold two
    defendants' (each tied to their own name only)."""
    from crosswire.compare.claims.named_sums import holder_key

    pu = {holder_key(e, u.language) for e in u.entities if e.startswith("person:")}
    pv = {holder_key(e, v.language) for e in v.entities if e.startswith("person:")}
    return bool(pu) and pu == pv


def other_persons(u: Unit, v: Unit) -> bool:
    """Whether two sentences each name a person and no person of one is named by the other: for ``tie =
    "person"``, two people's own acts however alike the aligner reads them ("Mayor Tom Barrow conceded defeat on
    Sunday night" / "His rival Anna Keel refused to concede defeat on Sunday night": one candidate conceded, the
    other did not, both true; tests/test_compare_concessions.py)."""
    from crosswire.compare.claims.named_sums import holder_key

    pu = {holder_key(e, u.language) for e in u.entities if e.startswith("person:")}
    pv = {holder_key(e, v.language) for e in v.entities if e.startswith("person:")}
    return bool(pu) and bool(pv) and not pu & pv


WEEK_DAYS = 7


def _one_weekday(days: list[frozenset[str]]) -> bool:
    """Whether two sides' days (ISO dates) are one weekday read in two directions: every side has a day exactly
    :data:`WEEK_DAYS` days from one of each other side's. A scheduled act's day is a weekday name in news copy
    ("the match on Sunday was postponed" / "das Spiel am Sonntag wurde abgesagt"), and whether it is the coming
    or the past one is read per language from its clause (crosswire.facts.date_context, crosswire.facts.languages.
    dates); its outcomes in two languages then fell on two Sundays and were taken for two events."""

    def apart(a: str, b: str) -> bool:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) == WEEK_DAYS

    return all(any(apart(a, b) for a in x for b in y) for i, x in enumerate(days) for y in days[i + 1 :])


def _act_conflict(
    data: StoryData,
    act: Act,
    label: str,
    told: dict[int, str],
    stating: list[Unit],
    core: list[Unit],
    every: list[Unit],
    related: Callable[[Unit, Unit], bool],
    named: Callable[[Unit, Unit], bool],
    echoes: Callable[[Unit, Unit], bool] = lambda u, v: False,
) -> ClaimConflict | None:
    """The conflict of one act (or one kind of its object) whose two poles different sources state: ``told``
    maps a unit to its pole, ``stating`` are the units that may join a side, ``core`` those tied to the act by
    its object, ``every`` all units stating a pole of the act (for ``tie = "name"``). None when no two sources
    stand on two poles, a source states both, the sides give two different days, or (``apart``) a name is
    written on two sides (one party claimed and suspected)."""
    if act.tie in ("pair", "person"):  # a sentence tied to one of the other pole by the aligner (or one person)
        core = [u for u in core if any(related(u, v) and told[v.index] != told[u.index] for v in core)]
    elif act.tie == "name":  # a sentence sharing a rare name with one of the other pole, one naming the object
        core = [
            u
            for u in every
            if any(named(u, v) and told[v.index] != told[u.index] and (u in core or v in core) for v in every)
        ]
    members = list(core)
    if act.tie != "name":
        members += [
            u
            for u in stating
            if u not in core and any(related(u, c) or (echoes(u, c) and told[u.index] == told[c.index]) for c in core)
        ]
    sides: dict[str, list[Unit]] = {}
    for u in sorted(members, key=lambda u: (u.source, u.index)):
        sides.setdefault(told[u.index], []).append(u)
    if len(sides) < 2 or not sources_apart(list(sides.values())):
        return None
    if act.apart and any(_parties(u) & _parties(v) for u in members for v in members if told[u.index] != told[v.index]):
        return None
    days = [frozenset().union(*(days_of(u) for u in us)) for us in sides.values()]
    if all(days) and not frozenset.intersection(*days) and not (act.kinds and _one_weekday(days)):
        return None
    ordered = sorted(sides.items(), key=lambda kv: min(u.source for u in kv[1]))
    if act.reason == "different outcome":
        return outcome_conflict(data, "", ordered, measure=label)
    # the poles name who decided ("ordered by the authorities" / "voluntary") or who did it
    return worded_conflict(data, label, act.reason, ordered)
