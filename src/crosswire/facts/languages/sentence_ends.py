"""Whether a point after an abbreviation ends a sentence, in every non-English front-end.

A point after a word of ``inner_abbreviations`` (``data/languages.toml``: "ul.", "np.", "Nr.", "bzw.", "Sr.",
"núm.", "вул.") or after one letter (an initial) ends no sentence. A point after a word of ``end_abbreviations``
("itd.", "usw.", "J.-C.") or after a year mark right after a number ("od 1987 r.", "с 1987 г.", "з 1987 р.")
ends one when the next word opens a sentence: a capitalised function word of the language (``stop``,
``articles``, ``pronouns``), a capitalised word whose lower-case form the language's dictionary lists
(simplemma, or the front-end's own: "Zakład", "Teraz", "Danach", "Сейчас"), or a quotation opened by a dash or
a mark. A year mark after a sentence start that is only a date ("W 2020 r. Sejm przyjął ustawę") ends
none: the date opens the sentence. A new user's Polish story had "od 1987 r. Zakład ma dwie linie" read as one
sentence, and "przy ul." as a sentence of its own.

:func:`point_ends` decides one point; :func:`cut_sentences` applies it to a front-end's sentences (razdel's,
spaCy's), cutting where a sentence runs on past such a point or past a point before a dash-opened quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crosswire.facts.languages.base import Analysis, Sentence
from crosswire.facts.languages.common_words import lemma, lower_word
from crosswire.facts.languages.lexicon import Words

DASHES = "–—―"
_OPEN = '«„"“‘‹»('
_WORD_BEFORE = re.compile(r"([^\s" + re.escape(_OPEN) + r"]+)$")
_NEXT = re.compile(r"\s*([" + DASHES + r"]\s*)?([" + re.escape(_OPEN) + r"]\s*)?([^\W\d_][\w'’-]*)?", re.U)
_NUMBER_BEFORE = re.compile(r"\d\s*$")
_DATE_WORD = re.compile(r"^(?:\d+[.,]?|[^\W\d_]+)$")
# A clock's unit written short right after its number, whose point may end a sentence: one letter ("a las 10 h.",
# "verso le 14 h.", "около 2 ч.") or the Spanish "a. m." / "p. m." (RAE: "hacia las 2 a. m. Los bomberos ...").
# One letter after a number is no initial (an initial stands before a name), so it is read as an end abbreviation:
# the point ends the sentence when the next word opens one (a new user's "by about 2 a.m. Engineers ..." was read
# as one sentence, a false time conflict followed; tests/test_text13_sentences.py has each language's wording).
_UNIT_AFTER_NUMBER = re.compile(r"\d\s*(?:[^\W\d_]|[ap]\.\s?m)$", re.I)


Common = Callable[[str], bool]


def _opens(word: str, words: Words, common: Common | None = None) -> bool:
    """Whether a capitalised ``word`` opens a sentence: a function word, or a common word written capitalised
    (``common``, where given: the front-end's own dictionary, else simplemma's)."""
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    low = word.lower()
    if low in words.stop or low in words.articles or low in words.pronouns or low in words.that:
        return True
    if common is not None:
        return common(word)
    found = lemma(low, words.language)  # "Teraz", "Danach": the lower-case form is a listed word
    return lower_word(word, words.language) or (found is not None and found[:1].islower())


def _only_a_date(prefix: str, words: Words) -> bool:
    """Whether the text before a year mark, from its sentence's start, is a date alone ("W 2020", "Od 1 stycznia
    2024", "13 października 2026"): function words, month names and numbers, four words at most."""
    tokens = prefix.split()
    if not tokens or len(tokens) > 4:
        return False
    for t in tokens:
        low = t.lower().strip(",")
        if not _DATE_WORD.match(low):
            return False
        if not (low[:1].isdigit() or low in words.stop or low.rstrip(".") in words.months):
            return False
    return True


def point_ends(text: str, at: int, start: int, words: Words, common: Common | None = None) -> bool | None:
    """Whether the point at ``text[at]`` ends the sentence that starts at ``start``: True, False, or None when
    the word before it is no abbreviation these rules know (the caller's own rule decides)."""
    m = _WORD_BEFORE.search(text, start, at)
    before = m.group(1).lower() if m else ""
    nxt = _NEXT.match(text, at + 1)
    dash, mark, word = (nxt.group(1), nxt.group(2), nxt.group(3) or "") if nxt else (None, None, "")
    opener = bool(word[:1].isupper()) and (bool(dash) or bool(mark) or _opens(word, words, common))
    if before in words.year_marks and m is not None and _NUMBER_BEFORE.search(text, start, m.start()):
        return opener and not _only_a_date(text[start : m.start()], words)
    if before in words.end_abbreviations or _UNIT_AFTER_NUMBER.search(text, start, at):
        return opener
    if before in words.inner_abbreviations or (len(before) == 1 and before.isalpha()):
        return False
    return None


_RUN_ON = re.compile(r"[.!?…]+[»“”\"’]?(?=\s+(?:[" + DASHES + r"]\s*)?[«„\"“]?[^\W\d_])")


_AFTER_DASH = re.compile(r"\s*[" + DASHES + r"]\s*[«„\"“]?([^\W\d_])")


def _dash_quote_after(text: str, at: int) -> bool:
    """Whether a dash after ``text[at]`` opens a quotation: the word after it is capitalised ("... zakładu. – Tym
    rodzinom ..."). A dash before a lower-case word after a quote's "?" or "!" is its attribution, of the same
    sentence («Они правда меня выпустят?» — приводит ее цитату издание; "«Czy to koniec?» – zapytał")."""
    m = _AFTER_DASH.match(text, at)
    return m is not None and m.group(1).isupper()


def cut_sentences(text: str, out: Analysis, words: Words, common: Common | None = None) -> None:
    """Cut the sentences of ``out`` (in place) where one runs on past a point that :func:`point_ends` says
    ends it, or past a sentence end before a dash-opened quote ("... przed bramą zakładu. – Tym rodzinom
    obiecano ..."): a model's splitter (razdel, spaCy) keeps both as one sentence."""
    sents: list[Sentence] = []
    for s in out.sentences:
        cur = s
        for m in _RUN_ON.finditer(text, s.start, s.end):
            if m.end() >= cur.end or m.start() <= cur.start:
                continue
            if m.group() == ".":
                ends = point_ends(text, m.start(), cur.start, words, common)
                dash = _dash_quote_after(text, m.end())
                if not (ends or (ends is None and dash)):
                    continue
            elif not _dash_quote_after(text, m.end()):
                continue
            nxt = m.end()
            while nxt < cur.end and text[nxt].isspace():
                nxt += 1
            k = next((i for i in range(cur.first, cur.last) if out.tokens[i].start >= nxt), cur.last)
            if k in (cur.first, cur.last):
                continue
            sents.append(Sentence(cur.start, m.end(), cur.first, k))
            cur = Sentence(nxt, cur.end, k, cur.last)
        sents.append(cur)
    out.sentences[:] = sents
