"""speed13's exact cuts: each cache answers as the uncached code, per language and per document.

- number-parser's tables built once per language (``facts.languages.numbers._np_parse``) against the library's
  own ``parse_number``, words of the four languages it reads (and none it does not);
- a unit's partial outcome (``compare.claims.remainders.partial``) cached by body, span and language;
- the words in quotation marks (``compare.claims.opposed.quoted_words``) cached by text;
- the story's mistyped person ids (``compare.claims.align.typed_apart``) read once per story;
- ``re``'s own pattern cache enlarged by ``regex_cache.install`` (and put back by ``uninstall``).

The freeze of the compare stage's loaded objects after a process's first comparison is in
``test_speed13_freeze.py``.
"""

from __future__ import annotations

import re

import pytest
from number_parser import parse_number

from crosswire import regex_cache
from crosswire.compare.align import StoryData
from crosswire.compare.claims import align as align_mod
from crosswire.compare.claims import opposed, remainders
from crosswire.compare.claims.units import Unit
from crosswire.facts.languages import numbers
from crosswire.facts.records import Claim

# -- number-parser ------------------------------------------------------------------------------------------------

WORDS = {
    "en": [
        "seven",
        "twenty",
        "twenty-one",
        "twenty one",
        "hundred",
        "one hundred",
        "thousand",
        "dozen",
        "",
        " ",
        "12",
        "seventh",
        "million",
        "two million",
        "the",
        "and",
        "forty two",
        "seven eight",
        "nine hundred five",
    ],
    "es": [
        "siete",
        "veinte",
        "veintiuno",
        "cien",
        "ciento",
        "mil",
        "doscientos",
        "trescientas",
        "y",
        "hola",
        "veinte y dos",
        "millón",
        "dos mil",
        "séptimo",
    ],
    "ru": [
        "семь",
        "двадцать",
        "двадцать пять",
        "сто",
        "тысяча",
        "пятеро",
        "двенадцать",
        "двенадцати",
        "и",
        "человек",
        "миллион",
        "два миллиона",
        "сорок",
    ],
    "uk": [
        "сім",
        "двадцять",
        "п'ять",
        "пʼять",
        "дванадцять",
        "дванадцятьох",
        "сто",
        "тисяча",
        "людей",
        "двадцять п'ять",
        "сорок",
    ],
}


@pytest.mark.parametrize("language", sorted(WORDS))
def test_number_parser_with_tables_built_once_answers_as_the_library(language: str) -> None:
    for word in WORDS[language]:
        try:
            expected = parse_number(word, language=language)
        except ValueError:
            expected = "raises"
        try:
            got = numbers._np_parse(word, language)
        except ValueError:
            got = "raises"
        assert got == expected, (language, word)


def test_number_parser_tables_per_language_never_shared() -> None:
    # "сорок" is forty in Russian and Ukrainian alike, "siete" only in Spanish: each language's own tables
    assert numbers._np_parse("siete", "es") == 7
    assert numbers._np_parse("siete", "en") is None
    assert numbers._np_parse("seven", "es") is None
    assert numbers._np_parse("seven", "en") == 7
    assert numbers._language_data("ru") is not numbers._language_data("uk")


def test_number_parser_language_it_does_not_read_raises_as_before() -> None:
    with pytest.raises(ValueError):
        parse_number("sieben", language="de")
    with pytest.raises(ValueError):
        numbers._np_parse("sieben", "de")
    assert numbers._number_parser("sieben", "de") is None  # the reader's own guard, unchanged


def test_word_number_reads_the_same_with_the_built_tables() -> None:
    numbers.word_number.cache_clear()
    assert numbers.word_number("двадцать", "ru") == 20.0
    assert numbers.word_number("дванадцятьох", "uk") == 12.0
    assert numbers.word_number("trescientas", "es") == 300.0


# -- a partial outcome, per unit ---------------------------------------------------------------------------------


def _data(bodies: dict[str, str], canonical: dict[tuple[str, str], str] | None = None) -> StoryData:
    return StoryData(articles=[], bodies=bodies, facts={}, sources=[], canonical=canonical or {})


def _unit(index: int, article: str, text: str, start: int, language: str, negated: bool = False) -> Unit:
    claim = Claim(id=f"c{index}", start=start, end=start + len(text), language=language, negated=negated)
    return Unit(index=index, source=index, article=article, claim=claim, text=text, position=0.0)


PARTIAL = {
    "en": ("Six of the seven aid workers were freed on Tuesday.", "Seven aid workers were freed on Tuesday."),
    "fr": ("Six des sept employés ont été libérés mardi.", "Les sept employés ont été libérés mardi."),
    "es": ("Seis de los siete trabajadores fueron liberados el martes.", "Los siete trabajadores fueron liberados."),
    "de": ("Sechs der sieben Helfer wurden am Dienstag freigelassen.", "Alle Helfer wurden freigelassen."),
}


def _uncached_partial(u: Unit, data: StoryData) -> bool:
    if u.claim.negated:
        return False
    text = remainders.sentence_of(u, data)
    if not remainders._pattern("freed").search(text):
        return False
    return (
        bool(remainders._pattern("remaining").search(text)) or remainders.part_and_total(text, u.language) is not None
    )


@pytest.mark.parametrize("language", sorted(PARTIAL))
def test_partial_cached_answers_as_the_uncached_reading(language: str) -> None:
    part, whole = PARTIAL[language]
    body = f"Intro line here.\n{part} {whole}\nThe rest is still held, officials said."
    data = _data({"a1": body})
    units = [
        _unit(0, "a1", part, body.index(part), language),
        _unit(1, "a1", whole, body.index(whole), language),
        _unit(2, "a1", part, body.index(part), language, negated=True),
        _unit(3, "missing", part, 0, language),  # no body stored: the unit's own text
    ]
    remainders._partial_at.cache_clear()
    for _ in range(2):  # cold, then warm
        for u in units:
            assert remainders.partial(u, data) == _uncached_partial(u, data), (language, u.index)
    assert remainders.partial(units[0], data) is True
    assert remainders.partial(units[2], data) is False


def test_partial_cache_never_answers_for_another_document_or_language() -> None:
    part = "Six of the seven aid workers were freed on Tuesday."
    freed_only = "Seven aid workers were freed on Tuesday, the group said."
    body_a = part + " " + freed_only
    body_b = freed_only + " " + part  # the same offsets hold another sentence
    u = _unit(0, "a", part, 0, "en")
    remainders._partial_at.cache_clear()
    assert remainders.partial(u, _data({"a": body_a})) is True
    assert remainders.partial(u, _data({"a": body_b})) == _uncached_partial(u, _data({"a": body_b}))
    assert remainders.partial(u, _data({"a": body_b})) is False
    # a number word read in the unit's language only: "sept" is no English number word
    fr = "Six des sept employés ont été libérés mardi."
    for language in ("fr", "en", "fr"):
        unit = _unit(1, "f", fr, 0, language)
        data = _data({"f": fr})
        assert remainders.partial(unit, data) == _uncached_partial(unit, data), language


# -- words in quotation marks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The minister said: "We will not pay any ransom."',
        "Er sagte: „Keiner werde fliegen“, so der Sprecher.",
        "« Nous ne paierons pas », a déclaré le ministre.",
        "«Мы не будем платить», — сказал министр.",
        "Nobody was quoted in this sentence.",
        'Too short "ab" to count.',
    ],
)
def test_quoted_words_cached_answers_as_the_uncached_function(text: str) -> None:
    opposed.quoted_words.cache_clear()
    uncached = opposed.quoted_words.__wrapped__
    assert opposed.quoted_words(text) == uncached(text)
    assert opposed.quoted_words(text) == uncached(text)  # warm


# -- mistyped person ids, once per story --------------------------------------------------------------------------


def test_typed_apart_read_once_per_story_and_again_for_another() -> None:
    first = _data(
        {"a": "Lindavik Vatten said the plant was closed."},
        {("a", "e1"): "person:Lindavik Vatten", ("a", "e2"): "organisation:Lindavik Vatten"},
    )
    second = _data(
        {"b": "Anna Berg said the plant was closed."},
        {("b", "e1"): "person:Anna Berg", ("b", "e2"): "organisation:Lindavik Vatten"},
    )
    align_mod._TYPED_READ[0] = None
    assert align_mod.typed_apart(first) == frozenset({"person:Lindavik Vatten"})
    assert align_mod.typed_apart(first) == frozenset({"person:Lindavik Vatten"})  # the story's answer again
    assert align_mod.typed_apart(second) == frozenset()  # another story: read again
    # a story whose names are read anew (another dict, or one that grew) is read again
    first.canonical = {**first.canonical, ("a", "e3"): "place:Anna Berg"}
    assert align_mod.typed_apart(first) == frozenset({"person:Lindavik Vatten"})
    first.canonical[("a", "e4")] = "person:Anna Berg"
    assert align_mod.typed_apart(first) == frozenset({"person:Lindavik Vatten", "person:Anna Berg"})


# -- re's own cache ------------------------------------------------------------------------------------------------


def test_re_cache_enlarged_while_the_regex_cache_is_installed() -> None:
    if not regex_cache._state["installed"]:
        pytest.skip("no cache folder in this run")
    assert re._MAXCACHE == regex_cache.RE_CACHE_SIZE  # type: ignore[attr-defined]
    patterns = [rf"speed13-{i}-\w+" for i in range(600)]  # more than re's own 512
    compiled = [re.compile(p) for p in patterns]
    assert all(re.compile(p) is c for p, c in zip(patterns, compiled, strict=True))  # none dropped, none rebuilt
