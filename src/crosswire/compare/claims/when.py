"""Where a sentence places an act in time beyond a bare date: a year that starts a state, a day that ends a night,
and the verb a date hangs from when the parse gave none.

- **The start of a state**: "has chaired the board since 2004" / "seit 2004" / "depuis 2005" / "с 2004 года"
  give the year a state began, a measure of its own beside the year of a one-off act ("the plant opened in
  1998"): :func:`starts_state` reads the language's word before the year (``[when.since]`` of
  ``data/claim_acts.toml``).
- **A night into a day**: "overnight into Thursday", "в ночь на четверг", "in der Nacht zum Donnerstag" name the
  morning end of a night that began the evening before, so "Wednesday night" and "late on Wednesday" agree with
  it (:func:`night_into`, ``[when.night_into]``).
- **The verb of a date**: the parsers of some languages hang no verb on a date (Russian and French give the
  sentence's predicates but not the date's head); a sentence with one date dates its main act
  (:func:`date_verb`).

Why hand-written: dateparser and the date reader resolve "seit 2004" and "в ночь на четверг" to a year and a day
but say nothing of the state or the night around them; the words are data, per language.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from lemminflect import getLemma

from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Value
from crosswire.vocab.data import data_toml

_WHEN = data_toml("claim_acts.toml").get("when", {})
SINCE: dict[str, tuple[str, ...]] = {lang: tuple(words) for lang, words in _WHEN.get("since", {}).items()}
NIGHT_INTO: dict[str, tuple[str, ...]] = {lang: tuple(words) for lang, words in _WHEN.get("night_into", {}).items()}
ACT_WORDS: dict[str, dict[str, list[str]]] = data_toml("claim_acts.toml").get("day_act_words", {})
# the acts only the sources' leads compare (``lead_acts``: an announcement), given way to any other act a
# sentence's stems name
_LEAD_ACT_NAMES = frozenset(g[0] for g in data_toml("claim_acts.toml").get("lead_acts", []))
REACH = 24  # characters before a date read for its marker: the longest phrase of the lists and its spaces


_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_DECADE = re.compile(
    r"\b(1[5-9]\d0|20\d0)\s?[’']?s\b|\b(?:années|años|anni|jahre)\s+(1[5-9]\d0|20\d0)|"
    r"\b(1[5-9]\d0|20\d0)(?:er|-е|-х|-ті|-tych)\b",
    re.I,
)


def year_span(text: str) -> tuple[float, float] | None:
    """The first and last year a year's text spans when it is a decade ("the 1990s", "1930's", "los años
    1990", "1990er", "1990-х") or a range of years ("from 1974 to 1978"); None for one year. Input: the
    value's text as written."""
    decade = _DECADE.search(text)
    if decade:
        first = int(next(g for g in decade.groups() if g))
        return float(first), float(first + 9)
    years = [int(y) for y in _YEAR.findall(text)]
    if len(years) >= 2:
        return float(min(years)), float(max(years))
    return None


def _before(unit: Unit, v: Value) -> str:
    """The lower-cased words right before value ``v`` in its sentence, spaces collapsed, with a leading space."""
    at = max(0, v.start - unit.claim.start)
    return " " + " ".join(unit.text[max(0, at - REACH) : at].lower().split())


def _ends_with_any(text: str, phrases: tuple[str, ...]) -> bool:
    return any(text.endswith(" " + p) or (p.endswith("'") and text.endswith(" " + p[:-1])) for p in phrases)


def starts_state(unit: Unit, v: Value) -> bool:
    """Whether year ``v`` of ``unit``'s sentence is the start of a state: the language's "since" word right
    before it ("since 2004", "seit 2004", "с 2004 года", "dal 2004"). Input: a unit and one of its values
    (body offsets, as the unit's claim). Raises nothing."""
    return _ends_with_any(_before(unit, v), SINCE.get(unit.language or "en", ()))


@cache
def _night_span(language: str) -> re.Pattern[str] | None:
    """The language's night-span phrases (``[when.night_span]``) as one pattern anchored at the end of the words
    before a day, ``*`` standing for one to three words (the first day as written); None for a language with
    none listed."""
    phrases = _WHEN.get("night_span", {}).get(language, [])
    if not phrases:
        return None
    alternation = "|".join(
        r"\s+".join(r"\S+(?:\s+\S+){0,2}?" if w == "*" else re.escape(w) for w in p.split()) for p in phrases
    )
    return re.compile(rf"(?<!\w)(?:{alternation})$")


SPAN_REACH = 60  # characters before a day read for a night span: "nuit du mardi 13 octobre au" and its night word


def night_into(unit: Unit, v: Value) -> bool:
    """Whether day ``v`` of ``unit``'s sentence is the morning end of a night ("overnight into Thursday",
    "в ночь на четверг", ``[when.night_into]``), or the second day of a night told as a span of two ("in the
    night of Tuesday to Wednesday", "w nocy z wtorku na środę", ``[when.night_span]``): the night then began on
    the day before, and the two days are one date span. Raises nothing."""
    language = unit.language or "en"
    if _ends_with_any(_before(unit, v), NIGHT_INTO.get(language, ())):
        return True
    span = _night_span(language)
    if span is None:
        return False
    at = max(0, v.start - unit.claim.start)
    return span.search(" ".join(unit.text[max(0, at - SPAN_REACH) : at].lower().split())) is not None


# An act named by a noun right before a date ("since the fatal police shooting of Dario Velk on Saturday night",
# "after the stabbing in Kessa late Friday") or right after it as a possessive ("Saturday's shooting"): the date
# dates the noun's act, not the clause's verb ("Protests have gripped the city since ..."). English -ing nouns
# whose verb lemminflect knows (shooting -> shoot, bombing -> bomb, sentencing -> sentence).
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|this|last|that)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+ing)"
    r"(?:\s+of\s+(?:[\w.'’-]+\s+){1,4}?)?(?:\s*(?:in|at|near|outside)\s+(?:[A-Z][\w-]*\s+){1,3})?"
    r"\s*(?:on|late|early|late on|early on)?\s*$"
)
_NOUN_AFTER = re.compile(r"^\s*['’]s\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+ing)\b")
_NOT_ACTS = frozenset({"evening"})  # -ing words lemminflect reads as verbs that name no act here
ACT_NOUN_REACH = 80  # characters before a date read for its act noun: a noun, an "of" phrase, a place


def act_noun(unit: Unit, v: Value) -> str | None:
    """The verb lemma of the act noun that date ``v`` of an English sentence dates (see :data:`_NOUN_BEFORE`),
    or None when no such noun stands right before or after it. Input: a unit and one of its values (body
    offsets, as the unit's claim). Raises nothing."""
    if (unit.language or "en") != "en":
        return None
    return _act_noun_at(unit.text, max(0, v.start - unit.claim.start), max(0, v.end - unit.claim.start))


@lru_cache(maxsize=1 << 14)
def _act_noun_at(text: str, at: int, end: int) -> str | None:
    """:func:`act_noun` of the span ``text[at:end]`` of an English sentence (cached: each pair of sentences
    asks for both sentences' dates)."""
    m = _NOUN_BEFORE.search(text[max(0, at - ACT_NOUN_REACH) : at]) or _NOUN_AFTER.match(text[end:])
    if m is None or (noun := m.group("noun")) in _NOT_ACTS:
        return None
    lemmas = getLemma(noun, upos="VERB", lemmatize_oov=False)
    return lemmas[0] if lemmas and lemmas[0] != noun else None


def date_verb(unit: Unit, v: Value) -> str | None:
    """The verb lemma (or act name) date ``v`` dates: an act noun right beside it (:func:`act_noun`: "the
    shooting of the boy on Saturday night" dates the shooting), else its own (``v.verb``), else, outside
    English and in a sentence that gives no other date (whose verb it could be), the sentence's main
    predicate, or, where the language's parse names none, the one act whose word stems the sentence holds
    (:func:`act_by_words`); None when nothing says."""
    if noun := act_noun(unit, v):
        return noun
    if v.verb:
        return v.verb
    lang = unit.language or "en"
    if lang == "en":
        return None
    dates = {x.text_value for x in unit.values if x.kind == "date"}
    if len(dates) != 1:
        # a second date in the clause of a telling verb is the day it was told ("ruszy w maju 2027 roku,
        # poinformował w poniedziałek prezydent"): the one date left dates the sentence's act, not the telling
        told = {x.text_value for x in unit.values if x.kind == "date" and told_date(unit, x)}
        if v.text_value in told or dates - told != {v.text_value}:
            return None  # several dates of acts, or one day written twice ("am Freitagmorgen, dem 27. November")
        acts = [p for p in unit.claim.predicates if p not in _LEAD_WORDS]
        return acts[0] if acts else _nearest_act(_clause(unit, v, upto=True), lang)
    if unit.claim.predicates:
        return unit.claim.predicates[0]
    return act_by_words(unit.text, lang)


TELLING: dict[str, tuple[str, ...]] = {lang: tuple(words) for lang, words in _WHEN.get("telling", {}).items()}
_LEAD_WORDS = frozenset(w for g in data_toml("claim_acts.toml").get("lead_acts", []) for w in g)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")


def _clause(unit: Unit, v: Value, upto: bool = False) -> str:
    """The clause of ``unit``'s sentence around value ``v``: the text between the punctuation marks (comma,
    semicolon, colon, bracket, dash) before and after it; with ``upto``, only the part before ``v``."""
    at, end = v.start - unit.claim.start, v.end - unit.claim.start
    text = unit.text
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, max(0, at))]
    after = _CLAUSE_BREAK.search(text, max(0, end))
    stop = max(0, at) if upto else (after.start() if after else len(text))
    return text[(before[-1] if before else 0) : stop]


def _nearest_act(text: str, language: str) -> str | None:
    """The act (``day_act_words``) whose stem begins the word nearest the end of ``text`` (a clause up to a
    date): "La construcción del puente comenzará en mayo" -> ``"start"`` (the noun "construcción" begins with
    the stem of ``build`` too, but further from the date); None when no stem occurs."""
    low = " " + " ".join(text.lower().split())
    best: tuple[int, str] | None = None
    for act, stems in ACT_WORDS.get(language, {}).items():
        for stem in stems:
            at = max(low.rfind(" " + stem), low.rfind("-" + stem))
            if at >= 0 and (best is None or at > best[0]):
                best = (at, act)
    return best[1] if best is not None else None


def told_date(unit: Unit, v: Value) -> bool:
    """Whether date ``v`` sits in the clause of a telling verb (``[when.telling]`` of ``data/claim_acts.toml``:
    "poinformował w poniedziałek", "сообщил в понедельник", "teilte am Montag mit"): the day the news was told,
    not a day of the act the sentence reports. English is read by its parse (the date's own verb) instead."""
    stems = TELLING.get(unit.language or "en", ())
    low = " " + " ".join(_clause(unit, v).lower().split())
    return any(" " + stem in low for stem in stems)


def act_by_words(text: str, language: str) -> str | None:
    """The act (its name in ``day_acts``) whose stems of ``[day_act_words.<language>]`` begin a word of
    ``text`` (a stem of two words: occur in it), when exactly one act does: "hat der Bank am Mittwochabend
    die Lizenz entzogen" -> ``"revoke"``. None for none or two."""
    low = " " + " ".join(text.lower().split())
    found = {
        act
        for act, stems in ACT_WORDS.get(language, {}).items()
        for stem in stems
        if (" " + stem) in low or ("-" + stem) in low
    }
    if len(found) > 1:  # "stürzte am Montag ein, teilte die Polizei mit": the collapse, not its announcement
        found -= _LEAD_ACT_NAMES
    return found.pop() if len(found) == 1 else None
