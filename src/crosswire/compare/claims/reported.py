"""A statement one source prints as a sentence and another reports as a clause of a longer sentence: "The company
will pay for the clean-up." against "Milan Sorel ... apologised to residents on Tuesday and said the company would
pay for the clean-up, which could take weeks." The pair scorer weighs the long sentence's other words against the
pair (0.29 at a cosine of 0.31 in the invented test story), so such a pair was never agreed; agreed7's clause lift
(any clause alike by embedding) was right for 7 of 20 ECB+ pairs and withdrawn. This reads far less: the short
sentence's words, every one of them in order, are the clause the long sentence opens with a verb of saying
(``data/reported_speech.toml``: "said", "promising that", "told reporters"), its auxiliaries read in their
reported tense ("will" as "would", German "wird" as "werde"), the clause ending where the long sentence's clause
does (a comma, a semicolon, a dash, a colon or its end). Same language only. Input: two claim units; output:
whether one states the other's whole statement as reported speech.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.claims.units import Unit
from crosswire.stories.text import ENGLISH_STOP_WORDS  # scikit-learn's list, read without importing it
from crosswire.vocab.data import data_toml

# words of a statement before it is read as one: "The company will pay." (4) is a statement; "He will." is not
MIN_WORDS = 4
# words of the statement that are no stop word (English) or of four letters or more (other languages)
MIN_CONTENT = 2
# words an addressee may take between the verb of saying and its clause ("told the council that ...")
ADDRESSEE_WORDS = 2
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_CLAUSE_END = re.compile(r"\s*(?:[,;:.!?—–]|\s-\s|$)")
# a trailing attribution of the short sentence itself: "The company will pay for the clean-up, Sorel said."
_ATTRIBUTION_WORDS = 5


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[frozenset[str], frozenset[str], dict[str, str]]]:
    """{language: (openers, words for "that", backshift)} from ``data/reported_speech.toml``."""
    out = {}
    for lang, row in data_toml("reported_speech.toml").items():
        out[lang] = (
            frozenset(w.casefold() for w in row.get("openers", [])),
            frozenset(w.casefold() for w in row.get("that", [])),
            {k.casefold(): v.casefold() for k, v in row.get("backshift", {}).items()},
        )
    return out


def reported_clause(a: Unit, b: Unit) -> bool:
    """Whether one of two same-language sentences is the other's reported clause (see the module)."""
    if a.language != b.language or a.language not in _table():
        return False
    short, long = (a, b) if len(a.text) <= len(b.text) else (b, a)
    return reports(short.text, long.text, short.language)


@lru_cache(maxsize=1 << 12)
def reports(statement: str, sentence: str, language: str) -> bool:
    """Whether ``sentence`` reports ``statement`` (a whole sentence, its own trailing attribution aside) as a
    clause opened by a verb of saying of ``language``, word for word with auxiliaries in their reported tense."""
    table = _table().get(language)
    if table is None:
        return False
    openers, that, shift = table
    wanted = _wanted(statement, language)
    if not wanted or wanted[-1] not in sentence.casefold():
        return False
    tokens = [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(sentence)]
    read = [shift.get(t, t) for _s, _e, t in tokens]
    n = len(wanted)
    for i in range(1, len(read) - n + 1):
        if tuple(read[i : i + n]) != wanted or not _opened(read[:i], openers, that):
            continue
        if _CLAUSE_END.match(sentence, tokens[i + n - 1][1]):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _wanted(statement: str, language: str) -> tuple[str, ...]:
    """The statement's words in their reported tense, or () when it is too short to be read as a statement."""
    openers, _that, shift = _table()[language]
    words = _statement_words(statement, openers)
    if len(words) < MIN_WORDS or _content(words, language) < MIN_CONTENT:
        return ()
    return tuple(shift.get(w, w) for w in words)


def _statement_words(statement: str, openers: frozenset[str]) -> list[str]:
    """The statement's words, case-folded, a trailing attribution of a few words holding a verb of saying after
    its last comma left out ("..., Sorel said.")."""
    text = statement.strip().rstrip(".!")
    head, comma, tail = text.rpartition(",")
    if comma:
        tail_words = [w.casefold() for w in _TOKEN.findall(tail)]
        if 0 < len(tail_words) <= _ATTRIBUTION_WORDS and openers & set(tail_words):
            text = head
    return [w.casefold() for w in _TOKEN.findall(text)]


def _opened(before: list[str], openers: frozenset[str], that: frozenset[str]) -> bool:
    """Whether the words before a clause end with a verb of saying, then "that" or an addressee of up to
    :data:`ADDRESSEE_WORDS` words (or both), or the verb alone."""
    tail = before[-(ADDRESSEE_WORDS + 2) :]
    if tail and tail[-1] in that:
        tail = tail[:-1]
    return any(w in openers for w in tail[-(ADDRESSEE_WORDS + 1) :]) and bool(tail)


def _content(words: list[str], language: str) -> int:
    if language == "en":
        return sum(1 for w in words if w not in ENGLISH_STOP_WORDS and len(w) > 1)
    return sum(1 for w in words if len(w) >= 4)
