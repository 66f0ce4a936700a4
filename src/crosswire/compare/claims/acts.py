"""What a count of people says happened to them, as one act however an outlet words it: "439 children
removed" and "450 children apprehended" are one count; "25 million people killed" and "50 million deaths"
another; "19 wives" and "married to 20 women" a third.

The same lists key the other values of one act: a phrase after a count names its act when its verb names none
("forcing 300 residents from their homes" are residents evacuated, "led 12 workers to safety" a rescue), an
increment ("a further 300", "20 more people") is never set against a total, a length of time is keyed by the
act ("deliberated" and "took 15 minutes to find him guilty" are one verdict), and a day set ahead by the event
it is set for, a noun and its verb one event ("court appearance" / "appear in court").

The words are data (``data/claim_acts.toml``; the acts of people met in tolls, dead, injured, detained and
evacuated, come from ``data/concepts.toml``). Why hand-written: no library maps news wording of a count to the
act it counts; the lists are the editor's judgement of which words name one act, kept small so a word it
does not know keeps its own wording rather than joining a wrong act. No installed library gives a noun's verb
("appearance" -> "appear"): lemminflect inflects within one part of speech, and WordNet's derivational links
(nltk, wn) are not a dependency and would bring a data download; the event list is hand-made and small.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.figures.lexicon import PEOPLE
from crosswire.vocab.concepts import concept_of
from crosswire.vocab.data import data_toml
from crosswire.vocab.quantities import CARRYING_VERBS
from crosswire.vocab.terms import singular

PEOPLE_NOUNS = frozenset(singular(w) for w in PEOPLE)
TOLL_ACTS = frozenset({"dead", "injured", "detained", "evacuated"})  # concepts that say what befell people
_LAST_WORDS = re.compile(r"([^\W\d_]+)\W+(?:to|by|of)?\W*$")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """(word -> act name, noun -> "<people noun> <act>") from the data file."""
    d = data_toml("claim_acts.toml")
    acts = {w: group[0] for group in d["acts"] for w in group}
    return acts, dict(d["nouns"])


def act_of(word: str | None) -> str | None:
    """The act a verb or participle names ("apprehended" -> ``remove``, "killed" -> ``dead``), or None for
    a word no list holds."""
    if not word:
        return None
    w = word.lower()
    concept = concept_of(w, "en")
    if concept in TOLL_ACTS:
        return concept
    return _lexicon()[0].get(w)


def verb_act(verb: str | None) -> str | None:
    """A governing verb as its act when a list holds it, else the verb itself (None stays None); verbs of
    having or carrying are one act, "have" (:data:`crosswire.vocab.quantities.CARRYING_VERBS`: "had 310
    passengers on board" and "was carrying 240 passengers" are one measure)."""
    if verb in CARRYING_VERBS:
        return "have"
    return act_of(verb) or verb


def event_act(verb: str) -> str:
    """The event a day is set for, a noun and its verb one event ("appearance" and "appear" -> ``appear``;
    the data file's ``events``), else the word as :func:`verb_act` reads it."""
    return _events().get(verb) or verb_act(verb) or verb


def occurring_event(verb: str, text: str) -> str | None:
    """The event a day set ahead is for when its verb says only that something occurs (``occurs`` in
    ``data/claim_acts.toml``: "take place", "be held"): the one event of the data's ``events`` whose word the
    sentence ``text`` holds ("The trophy parade will take place on Tuesday" -> ``parade``); None for another
    verb, or a sentence with no such word or two events' words."""
    d = data_toml("claim_acts.toml")
    if verb not in d.get("occurs", []):
        return None
    found = {_events()[w] for w in re.findall(r"[^\W\d_]+", text.lower()) if w in _events()}
    return next(iter(found)) if len(found) == 1 else None


def is_event(act: str) -> bool:
    """Whether ``act`` names an event of the data file's ``events`` list (``appear``, ``sentence``)."""
    return act in _events().values()


@lru_cache(maxsize=1)
def _events() -> dict[str, str]:
    return {w: group[0] for group in data_toml("claim_acts.toml")["events"] for w in group}


def people_count(noun: str, before: str, verb: str | None = None, after: str = "") -> str | None:
    """The slot noun of a count of people: "<people noun> <act>" ("person dead", "child remove", "woman
    marry"), the counted phrase as written when its participle names no listed act ("person quarantined"),
    or None when nothing says what happened to them ("three people").

    Input: the counted phrase (head first, then the participle the figure reader found: "child removed")
    and the sentence's text before the number, whose last word may carry the act the parse did not attach
    ("alleged to be married to 20 women"), then the count's governing verb unless it names a toll ("800
    people live there"). ``after``: the sentence's text after the number, whose first words may name the
    act as a phrase when the participle names none ("forcing 300 residents from their homes": evacuated;
    see :func:`phrase_act`)."""
    words = noun.split()
    head = words[0]
    nouns = _lexicon()[1]
    if len(words) > 1 and head in PEOPLE_NOUNS:
        act = act_of(words[1]) or phrase_act(after)
        return f"{head} {act}" if act else noun
    if head in nouns:  # "deaths", "deaths caused": the noun names the act, whatever verb governs it
        return nouns[head]
    if head not in PEOPLE_NOUNS:
        return None
    m = _LAST_WORDS.search(before)
    act = (act_of(m.group(1)) if m else None) or _untolled(act_of(verb)) or phrase_act(after)
    return f"{head} {act}" if act else None


PHRASE_WINDOW = 8  # words after the number: "20 more people had to be ushered to safety"


@lru_cache(maxsize=1 << 14)
def phrase_act(after: str) -> str | None:
    """The act a phrase of the data file's ``phrases`` names among the first :data:`PHRASE_WINDOW` words of
    ``after`` (the text after a count's number) up to the end of its clause: "300 residents from their
    homes" -> ``evacuated``, "20 more people had to be ushered to safety" -> ``rescue``; None when no phrase
    is there. Why phrases: the verb of such a clause names no act of its own ("forcing", "ushered"), the
    phrase after it does. Cached: each pair of sentences asks for both sentences' counts (the data is fixed)."""
    clause = _CLAUSE_END.split(after.lower(), maxsplit=1)[0]  # "12 bodies, and 3 are missing": not the 12
    words = " ".join(_WORDS.findall(clause)[:PHRASE_WINDOW])
    for phrase, act in _phrases():
        if re.search(rf"\b{re.escape(phrase)}\b", words):
            return act
    return None


def reading_act(verb: str | None, after: str) -> str | None:
    """The act a count under ``verb`` names: a listed verb's act, else a phrase's after the number
    (:func:`phrase_act`: "led 12 workers to safety" is a rescue), else the verb itself (or None)."""
    return act_of(verb) or phrase_act(after) or verb_act(verb)


_INCREMENT_BEFORE = re.compile(r"\b(?:a further|another|an additional|an extra)\s*$", re.I)
_INCREMENT_AFTER = re.compile(r"^\s*(?:more|other|additional|further|extra|new)\b", re.I)


def increment(before: str, after: str) -> bool:
    """Whether a count is an increment on another ("a further 300 residents", "20 more people", "five other
    workers"): an increment and a total of one act are two measures, never a conflict; two increments of
    one act may be. Input: the sentence's text before the count's span and after it."""
    return bool(_INCREMENT_BEFORE.search(before) or _INCREMENT_AFTER.match(after))


_WORDS = re.compile(r"[^\W\d_]+|\d+")
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:and|but|while|as|after|before|when)\s")


@lru_cache(maxsize=1)
def _phrases() -> list[tuple[str, str]]:
    return [(p, act) for act, phrases in data_toml("claim_acts.toml")["phrases"].items() for p in phrases]


def _untolled(act: str | None) -> str | None:
    """An act read from a count's governing verb, unless it is a toll's: "three people also died in a strike
    on another school" governs its count from a clause of its own (another strike's toll) as often as not,
    where "800 people live in the community" does not."""
    return None if act in TOLL_ACTS else act


def names_act(slot_noun: str) -> bool:
    """Whether a count slot's noun ("child remove", "woman marry") ends in an act of the data file's
    lists other than a toll's: what was done to the people counted is named, so two counts of it in one
    story speak of one thing. Tolls ("person dead") are left out: a story of a war or a disaster gives the
    tolls of several strikes or places, each its own."""
    words = slot_noun.split()
    return len(words) == 2 and words[1] in _act_names() and words[1] not in TOLL_ACTS


def holder_of(entities: frozenset[str], before: str) -> str | None:
    """The person a held count belongs to ("Blackmore, alleged to have 19 wives"): of the sentence's
    person entities (canonical ids ``person:<name>``), the one whose last name stands nearest before the
    number in ``before``; None when none is named there."""
    best, at = None, -1
    for e in entities:
        kind, _, name = e.partition(":")
        if kind != "person" or not name.split():
            continue
        m = [x.start() for x in re.finditer(rf"\b{re.escape(name.split()[-1])}\b", before)]
        if m and m[-1] > at:
            best, at = e, m[-1]
    return best


def held_act(slot_noun: str) -> bool:
    """Whether the slot's act is one a count holds for one person (see ``held`` in the data file)."""
    words = slot_noun.split()
    return len(words) == 2 and words[1] in data_toml("claim_acts.toml")["held"]


@lru_cache(maxsize=1)
def _act_names() -> frozenset[str]:
    return frozenset(group[0] for group in data_toml("claim_acts.toml")["acts"])
