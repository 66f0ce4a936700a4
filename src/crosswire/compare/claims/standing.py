"""The standing of a statement: an act told as still to come (planned, expected, conditional) or as done.

A story's preview says "the two sides are expected to sign the deal on Tuesday evening"; the later reports say
"signed the deal on Tuesday". The two sentences share every content word, so the pair scorer rates them one
claim, and an agreed item (and the brief's lead) cited the preview's source for a signing it never reported. A
plan and the act done are two facts: :func:`standings_apart` keeps them out of one agreed item (the guard of
:func:`.items.agreed_items`) and :func:`crosswire.compare.brief` out of one "reports it too".

:func:`standing` reads a sentence's text alone (the brief has no parse, only evidence text):

* English by the words of ``data/standings.toml``: a modal ("will", "would", "may"), a form of "be" with an
  expectation and "to" ("are expected to", "is due to", "are to"), or a verb of planning with "to" and a verb
  ("agreed to sign") is a plan; a perfect ("has signed"), a passive past ("was signed"), a simple past ("signed",
  "met"; not a verb of saying, nor a word after a determiner) is an act done.
* Every other language by the future, plan and past forms the date reader knows (``data/languages.toml``; read by
  :func:`crosswire.facts.languages.dates.future_in` and :func:`~crosswire.facts.languages.dates.past_in`), the
  language's verbs of saying left out ("dijo que firmarán" is a plan), names left out (a capitalised word inside
  the sentence).

A sentence that reads both ways ("The deal signed on Tuesday will create 500 jobs") or neither has no standing
(None) and is kept with anything: the rule speaks only where the text is plain.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Literal

from crosswire.compare.claims.units import Unit
from crosswire.vocab.data import data_toml

Standing = Literal["plan", "done"]

_EN_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|['’](?:ll|ve|re|s)\b")
_WORD = re.compile(r"[\w'’]+")
MIN_PAST = 5  # letters of a word ending in "-ed" read as a simple past ("fled" is listed; "shed", "bred" are not)
PLAN_REACH = 3  # words after "be" + an expectation, or a verb of planning, in which "to" must stand
PERFECT_REACH = 3  # words after "has"/"had" in which its participle stands ("has not yet signed")


@cache
def _english() -> dict[str, frozenset[str]]:
    """The English word lists of ``data/standings.toml``, each as a set of lower-case words."""
    return {k: frozenset(v) for k, v in data_toml("standings.toml")["en"].items()}


def _regular_past(word: str) -> bool:
    """Whether a lower-case English word ends like a regular past: "-ed", five letters or more, and not "-eed"
    unless "-reed" ("succeed", "proceed", "indeed" are no past; "agreed", "freed" are)."""
    return word.endswith("ed") and len(word) >= MIN_PAST and (not word.endswith("eed") or word.endswith("reed"))


def _participle(word: str, en: dict[str, frozenset[str]]) -> bool:
    """Whether a lower-case English word is a past form: "-ed" (five letters or more), "-en" ("taken"), "been",
    or a listed irregular past ("met", "held")."""
    return _regular_past(word) or word in en["irregular"] or word.endswith("en")


def _english_plan(words: list[str], en: dict[str, frozenset[str]]) -> bool:
    """Whether English words (lower case, in order) tell an act ahead or conditional: see the module docstring."""
    for i, w in enumerate(words):
        after = words[i + 1 : i + 1 + PLAN_REACH]
        if w in en["modals"]:
            if after[:1] == ["have"] or after[:2] in (["not", "have"], ["also", "have"]):
                continue  # "would have signed", "may have fled": a past read as possible, no plan
            return True
        if w in en["be"] and after and after[0] in en["expected"] and "to" in after:
            return True
        if w in en["plans"] and after[:1] == ["to"] and len(after) > 1 and after[1] not in en["determiners"]:
            return True
    return False


def _english_done(words: list[str], en: dict[str, frozenset[str]]) -> bool:
    """Whether English words (lower case, in order) tell an act as done: a perfect, a passive past or a simple
    past (see the module docstring)."""
    for i, w in enumerate(words):
        before = words[i - 1] if i else ""
        if w in en["perfect"]:
            after = words[i + 1 : i + 1 + PERFECT_REACH]
            if after[:1] != ["to"] and any(_participle(x, en) and x not in en["not_done"] for x in after):
                return True
            continue
        if w in en["not_done"] or before in en["determiners"] or before in en["modals"] or before == "to":
            continue
        if before in en["be"] and before not in ("was", "were"):
            continue  # "is expected", "are based": a present passive or an adjective
        if _regular_past(w) or w in en["irregular"]:
            return True
    return False


@lru_cache(maxsize=1 << 14)
def standing(text: str, language: str) -> Standing | None:
    """The standing of one sentence (``text``, of ``language``, ISO 639-1): "plan" when it tells an act still to
    come or conditional, "done" when it tells an act as done, None when it reads both ways, neither, or its
    language has no words for it. Raises nothing."""
    if language == "en":
        en = _english()
        words = _EN_WORD.findall(text.lower())
        plan, done = _english_plan(words, en), _english_done(words, en)
    else:
        found = _other_language(text, language)
        if found is None:
            return None
        plan, done = found
    if plan == done:
        return None
    return "plan" if plan else "done"


def _other_language(text: str, language: str) -> tuple[bool, bool] | None:
    """(plan, done) of a sentence of a language of ``data/languages.toml`` other than English; None when it has no
    entry. Names (a capitalised word inside the sentence) and verbs of saying are left out."""
    from crosswire.facts.languages.dates import _name_like, _verb_lemma, future_in, past_in
    from crosswire.facts.languages.lexicon import words_for

    try:
        lex = words_for(language)
    except KeyError:
        return None
    words = [m.group().lower() for m in _WORD.finditer(text) if not _name_like(m.group(), text[: m.start()])]
    said = [w for w in words if lex.is_speech(w, _verb_lemma(w, language) or w)]
    plain = [w for w in words if w not in said]
    plan = future_in(plain, lex, strict=True) or _plans(plain, lex)
    return plan, past_in(plain, lex)


def _plans(words: list[str], lex: object) -> bool:
    """Whether a verb of planning or agreeing (``plan`` stems of ``data/languages.toml``) is followed, within
    :data:`PLAN_REACH` words, by an infinitive ("acordaron firmar", "договорились подписать")."""
    stems: tuple[str, ...] = getattr(lex, "plan", ())
    endings: tuple[str, ...] = getattr(lex, "infinitive_endings", ())
    if not stems or not endings:
        return False
    for i, w in enumerate(words):
        if w.startswith(stems) and any(
            x.endswith(e) and len(x) >= len(e) + 3 for x in words[i + 1 : i + 1 + PLAN_REACH] for e in endings
        ):
            return True
    return False


def unit_standing(u: Unit) -> Standing | None:
    """:func:`standing` of a unit's sentence."""
    return standing(u.text, u.language or "en")


def same_act(a: Unit, b: Unit) -> bool:
    """Whether two sentences name one act: a kind of act of ``data/act_kinds.toml`` both name (a signing, a
    meeting, a visit, a vote, an arrest; in every language of the list), acts whose holding is itself the news,
    as :func:`.act_kinds.planned_and_held` reads them. Without it a plan and a done act are read as two acts of
    one story, which this rule does not judge ("Jackman will host the ceremony" beside "The Academy named
    Jackman host", one fact agreed in the tune2 half's gold).

    A verb both sentences' clauses share ("sign" of "are expected to sign" and of "signed", in one language) was
    tried as the same act too (tense15): no item changed on the four development halves (the rule never fired
    there), and the held-out report half's agreed recall fell from 0.699 to 0.689 (three agreements; read as an
    aggregate of the eval gate only, below its floor): the act kinds alone leave it at 0.699."""
    from crosswire.compare.claims.act_kinds import SPEECH, kinds

    return bool(kinds(a) & kinds(b) - {SPEECH})


def standings_apart(a: Unit, b: Unit) -> bool:
    """Whether one sentence tells an act as planned, expected or conditional and the other tells that same act
    (:func:`same_act`) as done: two facts, never one agreed item. Raises nothing."""
    sa, sb = unit_standing(a), unit_standing(b)
    return sa is not None and sb is not None and sa != sb and same_act(a, b)
