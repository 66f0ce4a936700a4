"""Ages written as one word with their number in languages other than English: "Die 48-Jährige", "48-latek",
"il 48enne" (a person of that age, a noun), and "der 48-jährige Fahrer", "48-летняя жительница", "48-річний
чоловік" (the adjective of age before a person). The figure reader counted them ("Die 48-Jährige sagte" was a
count of 48); English "the 48-year-old" was already an age. The words are ``data/age_words.toml``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.facts.lexicon import role_words
from crosswire.facts.records import Figure
from crosswire.vocab.data import data_toml

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=16)
def _forms(language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    table = data_toml("age_words.toml")
    return (
        tuple(table["nouns"].get(language, ())),
        tuple(table["adjectives"].get(language, ())),
        tuple(table["people"].get(language, ())),
    )


def age_end(text: str, end: int, language: str) -> int | None:
    """The end (an offset of ``text``) of the age word glued to the number that ends at ``end``, when that
    number is a person's age: a noun of age ("48-Jährige", "48-latka", "48enne") or an adjective of age before
    a person's noun, a capitalised name outside German, or a comma or full stop; None for any other number
    ("20-летний срок", "die 30-jährige Geschichte", "48 Häuser")."""
    nouns, adjectives, people = _forms(language)
    if not nouns and not adjectives:
        return None
    m = _WORD.match(text, end + 1 if text[end : end + 1] == "-" else end)
    if m is None:
        return None
    glued = text[end : m.end()]
    if glued in nouns:
        return m.end()
    if not any(glued.lower().startswith(a.lower()) for a in adjectives):
        return None
    if language == "de" and glued[1:2].isupper():
        return m.end()  # "48-Jährige..." not listed: a noun all the same
    rest = text[m.end() :]
    after = rest.lstrip()
    if not after or after[0] in ",.;:":
        return m.end()  # "48-летняя, жительница Орвела": the adjective stands for the person
    nxt = _WORD.match(after)
    if nxt is None:
        return None
    word = nxt.group()
    if word.lower().startswith(people) or person_noun(word, language):
        return m.end()
    if language != "de" and word[:1].isupper():
        return m.end()  # "48-летний Иван Ковалёв": a name
    return None


@lru_cache(maxsize=16)
def _apposition(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(years words, words between the comma and the number) of ``[apposition]`` in ``data/age_words.toml``."""
    table = data_toml("age_words.toml").get("apposition", {})
    return (
        frozenset(table.get("years", {}).get(language, ())),
        frozenset(table.get("before", {}).get(language, ())),
    )


_NAME_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s*[,(]\s*$")
_CLOSES = frozenset(",);.")


def apposed_age_end(text: str, start: int, end: int, language: str) -> int | None:
    """The end (an offset of ``text``) of the years word after the number at ``text[start:end]`` when the number
    is a person's age in apposition to a name ("Halloran, de 61 años, dirigió", "Halloran, 61 anni, ha",
    "Dupont, 61 ans,", "Иванов, 61 год,") or to a noun naming a person (:func:`person_noun`: "il sindaco, di 52
    anni,", "o autarca, de 52 anos,"): a capitalised word or a person's noun and a comma (or a bracket) before
    the number, with
    at most one word of ``before`` between ("de"), and after it a years word of ``[apposition]`` closed by a
    comma, a bracket, a full stop, a semicolon or the text's end. None for any other number ("durante 14
    años", "En 2019, 61 años después")."""
    years, between = _apposition(language)
    if not years:
        return None
    head = text[:start].rstrip()
    words = head.split()
    if words and words[-1].lower() in between:
        head = head[: len(head) - len(words[-1])].rstrip()
    m = _NAME_BEFORE.search(head + " ")
    if m is None or not (m.group(1)[:1].isupper() or person_noun(m.group(1), language)):
        return None
    after = _WORD.match(text, end + 1 if text[end : end + 1] == " " else end)
    if after is None or after.start() != end + 1 or after.group().lower() not in years:
        return None
    rest = text[after.end() :].lstrip()
    return after.end() if not rest or rest[0] in _CLOSES else None


@lru_cache(maxsize=16)
def _people_stems(language: str) -> tuple[str, ...]:
    table = data_toml("age_words.toml")
    return tuple(table["people"].get(language, ())) + tuple(table.get("of_age", {}).get("people", {}).get(language, ()))


def person_noun(word: str, language: str) -> bool:
    """Whether ``word`` (one word, any case) names a person: a stem of ``[people]`` or ``[of_age.people]`` of
    ``data/age_words.toml`` in ``language`` ("Fahrer", "жительница", "uomo") or a one-word role title of
    ``data/roles.toml`` in any language ("mayor", "sindaco", "мэр", "Bürgermeister", "autarca")."""
    w = word.lower()
    return w in role_words() or (bool(w) and w.startswith(_people_stems(language)))


@lru_cache(maxsize=16)
def _of_age(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(a person's noun, "di"/"de", a number and a years word; "âgé de" and a number and a years word) of
    ``[of_age]`` in ``data/age_words.toml``, as patterns whose group ``n`` is the number; None where the language
    lists none."""
    table = data_toml("age_words.toml").get("of_age", {})
    years = data_toml("age_words.toml").get("apposition", {}).get("years", {}).get(language, ())
    of = table.get("of", {}).get(language, ())
    aged = table.get("aged", {}).get(language, ())
    if not years:
        return None, None
    y = "|".join(re.escape(w) for w in sorted(years, key=len, reverse=True))
    noun = None
    if of:
        o = "|".join(re.escape(w) for w in of)
        noun = re.compile(rf"(?P<head>[^\W\d_]+)\s+(?:{o})\s+(?P<n>\d{{1,3}})\s+(?:{y})(?![\w])", re.IGNORECASE)
    before = None
    if aged:
        a = "|".join(re.escape(w) for w in sorted(aged, key=len, reverse=True))
        before = re.compile(rf"(?<![\w])(?:{a})\s+(?P<n>\d{{1,3}})\s+(?:{y})(?![\w])", re.IGNORECASE)
    return noun, before


OF_AGE_REACH = (
    40  # characters either side of the number read for its noun and years word (the longest "aged" phrase is 17)
)


def of_age_end(text: str, start: int, end: int, language: str) -> int | None:
    """The end (an offset of ``text``) of the years word after the number at ``text[start:end]`` when the number
    is an age joined to a person's noun by "of" ("un uomo di 52 anni", "el alcalde de 52 años", "um homem de 52
    anos") or after a word of being aged ("âgé de 52 ans", "âgée de 52 ans", "all'età di 52 anni", "в
    возрасте 52 лет"), of ``[of_age]`` in ``data/age_words.toml``; None for any other number ("una condena de
    12 años", "durante 12 anni": the noun before "de" names no person)."""
    noun, aged = _of_age(language)
    for pattern in (noun, aged):
        if pattern is None:
            continue
        lo = max(0, start - OF_AGE_REACH)
        window = text[lo : end + OF_AGE_REACH]
        for m in pattern.finditer(window):
            if lo + m.start("n") != start or lo + m.end("n") != end:
                continue
            if pattern is noun and not person_noun(m.group("head"), language):
                continue
            return lo + m.end()
    return None


@lru_cache(maxsize=16)
def _decades(language: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    rows = data_toml("age_words.toml").get("decades", {}).get(language, ())
    return tuple((re.compile(rf"(?<![\w-]){re.escape(stem)}\w*", re.IGNORECASE), int(first)) for stem, first in rows)


def decade_ages(text: str, offset: int, sent: tuple[int, int], language: str) -> list[Figure]:
    """The ages a sentence (``text``, at body ``offset``; ``sent`` its body span) gives by a word of a decade of
    life ("la quinquagénaire", "un octogenario", "il cinquantenne"): each an age figure of the decade's years
    (low 50, high 59; no single value), in years. Empty for a language ``data/age_words.toml`` lists none for."""
    out = []
    for pattern, first in _decades(language):
        for m in pattern.finditer(text):
            out.append(
                Figure(
                    text=m.group(),
                    start=offset + m.start(),
                    end=offset + m.end(),
                    sentence_start=sent[0],
                    sentence_end=sent[1],
                    type="age",
                    low=float(first),
                    high=float(first + 9),
                    unit="year",
                    exact=False,
                )
            )
    return sorted(out, key=lambda f: f.start)
