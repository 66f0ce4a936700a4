"""speed11's exact cuts: each reader with its substring pre-check gives what the code it replaces gave (kept here),
on the reader's own word tables in invented sentences of every language the tables hold, and on generated text
(hypothesis); and a text holding none of a table's words builds no pattern (which fails on the code before)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.facts.company_speakers import _body_words, names_word
from crosswire.facts.languages import dates as dates_mod
from crosswire.facts.languages import roles as roles_mod
from crosswire.facts.languages.lexicon import Words, words_for
from crosswire.facts.languages.quotes import _agent_words
from crosswire.facts.records import DateFact

LANGUAGES = ["de", "fr", "es", "it", "pl", "ru", "uk", "pt", "be"]


def _languages_with(table) -> list[str]:
    out = []
    for lang in LANGUAGES:
        try:
            if any(table(lang)):
                out.append(lang)
        except KeyError:
            continue
    return out


# --- the code the cuts replace (main c99bdbb), kept to compare against ---------------------------------------


def old_names_word(low: str, whole: frozenset[str], stems: tuple[str, ...]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in whole) or any(
        re.search(rf"(?<!\w){re.escape(w)}", low) for w in stems
    )


def old_after(text: str, language: str) -> str | None:
    phrases, former = roles_mod._titles(language)
    low = text.lower()
    for phrase in phrases:
        m = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low)
        if m is None:
            continue
        lead = roles_mod._words(low[: m.start()])
        if len(lead) > 2 or any(w in former for w in lead):
            continue
        return phrase
    return None


def old_year_phrases(
    text: str, offset: int, sent: tuple[int, int], words: Words, base: date | None, taken: list[tuple[int, int]]
) -> list[DateFact]:
    if not words.relative_years:
        return []
    out = []
    low = text.lower()
    for phrase, years in words.relative_years.items():
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            written = text[m.start() : m.end()]
            if base is None:
                out.append(
                    DateFact(written, offset + m.start(), offset + m.end(), sent[0], sent[1], None, "year", True)
                )
                continue
            out.append(dates_mod._fact(written, offset + m.start(), sent, str(base.year + years), "year", True, base))
    return out


def old_day_phrases(
    text: str, offset: int, sent: tuple[int, int], words: Words, base: date, taken: list[tuple[int, int]]
) -> list[DateFact]:
    out = []
    low = text.lower()
    for phrase, days in words.relative.items():
        if " " not in phrase:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            nxt = re.match(r"\s+(\w+)", low[m.end() :])
            if (nxt and nxt.group(1) in words.relative_then) or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = (base + timedelta(days=days)).isoformat()
            out.append(dates_mod._fact(text[m.start() : m.end()], offset + m.start(), sent, value, "day", True, base))
    return out


# --- invented contexts around each word of a table --------------------------------------------------------------


def contexts(word: str) -> list[str]:
    """A table's word or phrase as a reader meets it: alone, inside a sentence, capitalised, glued to other letters
    on either side, cut short, hyphenated, twice, and beside punctuation."""
    return [
        word,
        f"{word} said on Tuesday",
        f"Laut {word} ist der Hafen gesperrt",
        f"el {word}, según fuentes",
        word.upper(),
        word.capitalize() + " und die Stadt",
        f"x{word}",
        f"{word}x und mehr",
        f"ex-{word} Marta Nowak",
        f"{word}-Chef",
        word[:-1] if len(word) > 2 else word,
        f"{word} y {word}",
        f"«{word}»",
        "Nichts davon steht hier.",
    ]


def test_names_word_as_every_pattern_searched_on_its_own_tables() -> None:
    """Speaking bodies (company_speakers) and agent words (languages.quotes): every word of each language's table
    in every context, and each table's words inside the other languages' contexts."""
    checked = 0
    for table in (_body_words, _agent_words):
        for lang in _languages_with(lambda lang, t=table: t(lang)[1] | frozenset(t(lang)[0])):
            stems, whole = table(lang)
            for word in [*whole, *stems]:
                for text in contexts(word):
                    low = text.lower()
                    assert names_word(low, whole, stems) == old_names_word(low, whole, stems), (lang, text)
                    checked += 1
    assert checked > 500  # the tables were read


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_names_word_on_generated_text(data: st.DataObject) -> None:
    """Text drawn from a table's words, their pieces and separators, in any order."""
    lang = data.draw(st.sampled_from(_languages_with(lambda lang: _agent_words(lang)[1])))
    stems, whole = _agent_words(lang)
    pieces = sorted([*whole, *stems, *(w[: len(w) // 2] for w in whole), " ", "-", ",", "x", "й", "ß"])
    low = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=8))).lower()
    assert names_word(low, whole, stems) == old_names_word(low, whole, stems)


def test_title_after_a_name_as_before() -> None:
    """``roles._after``: every title of each language in every context (titles of ``data/roles.toml``)."""
    checked = 0
    for lang in _languages_with(lambda lang: roles_mod._titles(lang)[0]):
        phrases, former = roles_mod._titles(lang)
        for phrase in phrases:
            for text in [*contexts(phrase), f"{sorted(former)[0]} {phrase}" if former else phrase]:
                assert roles_mod._after(text, lang) == old_after(text, lang), (lang, text)
                checked += 1
    assert checked > 1000


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_title_after_a_name_on_generated_text(data: st.DataObject) -> None:
    lang = data.draw(st.sampled_from(_languages_with(lambda lang: roles_mod._titles(lang)[0])))
    phrases, former = roles_mod._titles(lang)
    pieces = [*phrases[:40], *sorted(former), " ", "-", ", ", "la", "der", "x"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=6)))
    assert roles_mod._after(text, lang) == old_after(text, lang)


def test_a_text_without_any_title_builds_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cut itself: the code before built (and past the re cache recompiled) one pattern per title of the
    language for every apposition read; a text holding no title's words now searches none."""
    calls: list[str] = []
    real = re.search

    def counting(pattern, string, flags=0):
        calls.append(pattern if isinstance(pattern, str) else pattern.pattern)
        return real(pattern, string, flags)

    monkeypatch.setattr(roles_mod.re, "search", counting)
    assert roles_mod._after("mit 43 Jahren, wohnhaft in Lindavik", "de") is None
    assert calls == []
    assert roles_mod._after("die Bürgermeisterin von Lindavik", "de") is not None or calls  # a title is searched


@pytest.mark.parametrize("lang", ["de", "fr", "es", "pl", "ru", "it", "pt"])
def test_relative_years_and_day_phrases_as_before(lang: str) -> None:
    """``dates._year_phrases`` and ``dates._day_phrases`` on every phrase of the language's tables in every
    context, with and without a publication day, and with a span already taken."""
    words = words_for(lang)
    phrases = [*words.relative_years, *(p for p in words.relative if " " in p)]
    base = date(2026, 11, 20)
    for phrase in phrases or ["-"]:
        for text in [*contexts(phrase), f"{phrase} {next(iter(words.relative_then), 'x')} 3"]:
            for taken in ([], [(0, 3)]):
                for day in (base, None):
                    new = dates_mod._year_phrases(text, 100, (100, 200), words, day, taken)
                    assert new == old_year_phrases(text, 100, (100, 200), words, day, taken), (lang, text)
                new = dates_mod._day_phrases(text, 100, (100, 200), words, base, taken)
                assert new == old_day_phrases(text, 100, (100, 200), words, base, taken), (lang, text)
