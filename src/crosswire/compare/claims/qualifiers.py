"""How a qualifier bounds the number it stands before, in any language: a lower bound ("more than 20", "más de
20", "более 20"), an upper one ("up to 60", "menos de 60"), an approximation ("about 50", "unos 50", "около
50") or nothing.

English reads the figure aligner's lists (:mod:`crosswire.compare.figures.lexicon`); the other languages read
their ``more``, ``less`` and ``about`` words of ``data/languages.toml``, the lists the facts stage finds the
qualifiers with. A word a language lists both as a bound and as an approximation ("unos", "около", "casi",
"prawie") is read as an approximation: the lists put it under both because it is both in use, and a
lower-bound reading of "unos 50 pasajeros" set it against 46 passengers. Written by hand: no library
classifies number qualifiers; the words are data.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from crosswire.compare.figures.lexicon import APPROX_Q, LOWER_Q, UPPER_Q
from crosswire.facts.languages.lexicon import words_for
from crosswire.vocab.data import data_toml

Bound = Literal["lower", "upper", "approx", ""]


@lru_cache(maxsize=16)
def _lists(language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(lower, upper, approx) qualifiers of a language other than English, lower case; empty for a language
    ``data/languages.toml`` lacks."""
    try:
        words = words_for(language)
    except KeyError:
        return (), (), ()
    about = tuple(w.lower() for w in words.about)
    more = tuple(w.lower() for w in words.more if w.lower() not in about)
    less = tuple(w.lower() for w in words.less if w.lower() not in about)
    return more, less, about


def bound_of(qualifier: str | None, language: str | None) -> Bound:
    """The class of a qualifier as written ("más de", "About") in ``language`` (ISO 639-1; None or "en" reads
    the English lists): ``"lower"``, ``"upper"``, ``"approx"`` or ``""`` for none or an unknown word."""
    q = " ".join((qualifier or "").lower().split())
    if not q:
        return ""
    english = language in (None, "en")
    if not english and nearly(q, language):
        return "upper"  # "knapp acht Minuten", "почти 210": just under the number (:func:`nearly`)
    lower, upper, approx = (LOWER_Q, UPPER_Q, APPROX_Q) if english else _lists(language or "en")
    if _listed(q, lower, english):
        return "lower"
    if _listed(q, upper, english):
        return "upper"
    if _listed(q, approx, english):
        return "approx"
    return "" if english else bound_of(q, "en")  # a qualifier the facts stage read in English words


@lru_cache(maxsize=16)
def _nearly_words(language: str) -> frozenset[str]:
    table = data_toml("estimates.toml")["nearly"]
    return frozenset(table.get(language, ())) | frozenset(table["en"])


def nearly(qualifier: str | None, language: str | None) -> bool:
    """Whether a qualifier puts its number just under the figure written, as English "nearly" does: "knapp",
    "fast", "casi", "presque", "почти", "prawie" (``data/estimates.toml``, ``[nearly]``). Such a figure is read
    from 85 % of the number up to it (:func:`.values.interval`): "knapp acht Minuten" holds no 8.25 minutes. The
    languages' ``about`` lists hold these words too (the facts stage reads them as qualifiers): here they are
    read as the narrower bound."""
    q = " ".join((qualifier or "").lower().split())
    return bool(q) and q in _nearly_words(language or "en")


def _listed(q: str, items: tuple[str, ...], prefix: bool) -> bool:
    """Whether ``q`` is one of ``items``, or (``prefix``: the English lists, as the figure aligner reads them)
    starts with one."""
    return any(q.startswith(w) if prefix else (q == w or q.startswith(w + " ")) for w in items)


def approximate_time(qualifier: str | None, language: str | None) -> bool:
    """Whether a time of day's qualifier gives it as approximate: an English approximation ("about", "around":
    not "shortly after", "before", which place it off the time) or a word of the language's ``clock_about``
    in ``data/languages.toml`` ("vers", "около", "gegen")."""
    q = " ".join((qualifier or "").lower().split())
    if not q:
        return False
    if language not in (None, "en"):
        try:
            if q in words_for(language).clock_about:
                return True
        except KeyError:
            pass
    return bound_of(q, language) == "approx"


# Qualifiers that put a time of day just off one side of it (English, as the facts stage keeps them: "shortly
# before noon", "just after 4 a.m."), with the direction: -1 before, +1 after. Read within
# :data:`NEAR_TIME_MINUTES` of the time. A bare "before" or "after" bounds a time by one side only and is no
# reading of when (left out).
NEAR_TIME = {
    "shortly before": -1,
    "just before": -1,
    "shortly after": 1,
    "just after": 1,
    "soon after": 1,
}
NEAR_TIME_MINUTES = 60.0  # "shortly before noon" is 11:00 to 12:00: an hour, the rounding of news copy's "shortly"


def near_time(qualifier: str | None) -> int:
    """-1 when ``qualifier`` puts a time just before it, +1 just after, 0 otherwise: :data:`NEAR_TIME` in
    English, and every language's ``shortly_before`` / ``shortly_after`` of ``data/languages.toml`` ("kurz vor",
    "вскоре после", "tuż po")."""
    q = " ".join((qualifier or "").lower().split())
    return NEAR_TIME.get(q, 0) or _near_time_words().get(q, 0)


@lru_cache(maxsize=1)
def _near_time_words() -> dict[str, int]:
    """Every language's words for just before (-1) and just after (+1) a time of day, lower case."""
    out: dict[str, int] = {}
    for language in data_toml("languages.toml"):
        words = words_for(language)
        out.update(dict.fromkeys(words.shortly_before, -1))
        out.update(dict.fromkeys(words.shortly_after, 1))
    return out
