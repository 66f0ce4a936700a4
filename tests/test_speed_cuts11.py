"""speed11's exact cuts (a substring pre-check before each pattern of a table's phrase): the readers against an
oracle that cannot rot.

The oracle is each reader's contract written here in the simplest way there is, with no regular expression and
none of the module's helpers: a phrase of the reader's own table "stands" in a text where ``str.find`` finds it
and no word character (a letter, a digit or "_", what ``\\w`` matches) touches it on either side (for a title,
no hyphen either); places are taken left to right without overlap. A copy of the old code kept here (as this
file did before) would be tested instead of the readers and would rot as they change; the contract does not.

Compared on invented sentences in six languages, each with the answer an editor would give (so a reader that
stops reading its table fails too), on every phrase of the tables in invented contexts, and on hypothesis-made
text from the tables' words, their pieces and separators. And the cut itself: a text holding none of a table's
phrases builds no pattern (which fails on the code before speed11, which searched one per title)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.facts.company_speakers import _body_words, names_word
from crosswire.facts.languages import dates as dates_mod
from crosswire.facts.languages import roles as roles_mod
from crosswire.facts.languages.lexicon import Words, words_for
from crosswire.facts.languages.quotes import _agent_words

LANGUAGES = ["de", "fr", "es", "it", "pl", "ru", "uk", "pt", "be"]


def _languages_with(table: Callable[[str], object]) -> list[str]:
    out = []
    for lang in LANGUAGES:
        try:
            if any(table(lang)):  # type: ignore[call-overload]
                out.append(lang)
        except KeyError:
            continue
    return out


# --- the oracle: each reader's contract, by str.find and character tests ---------------------------------------


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _title_edge(c: str) -> bool:
    return _word_char(c) or c == "-"


def places(
    low: str, phrase: str, edge: Callable[[str], bool] = _word_char, right: bool = True
) -> list[tuple[int, int]]:
    """(start, end) of each place ``phrase`` stands in ``low``, left to right, none overlapping: no ``edge``
    character right before it, nor (``right``) right after it."""
    out: list[tuple[int, int]] = []
    i = low.find(phrase)
    while i >= 0:
        j = i + len(phrase)
        if (i == 0 or not edge(low[i - 1])) and (not right or j == len(low) or not edge(low[j])):
            out.append((i, j))
            i = low.find(phrase, j)
        else:
            i = low.find(phrase, i + 1)
    return out


def words_of(text: str) -> list[str]:
    """Runs of letters, digits, "_", apostrophes and hyphens."""
    out, cur = [], ""
    for c in text:
        if _word_char(c) or c in "'’-":
            cur += c
        elif cur:
            out.append(cur)
            cur = ""
    return [*out, cur] if cur else out


def ref_names_word(low: str, whole: frozenset[str], stems: tuple[str, ...]) -> bool:
    """A whole word or phrase of the table stands in the text, or a word starts with one of its stems."""
    return any(places(low, w) for w in whole) or any(places(low, s, right=False) for s in stems)


def ref_after(text: str, language: str) -> str | None:
    """The first title of the table (longest first) whose first place in the text has at most two words before
    it, none of them a former or deputy word."""
    phrases, former = roles_mod._titles(language)
    low = text.lower()
    for phrase in phrases:
        found = places(low, phrase, _title_edge)
        if not found:
            continue
        lead = words_of(low[: found[0][0]])
        if len(lead) <= 2 and not any(w in former for w in lead):
            return phrase
    return None


Fact = tuple[str, int, int, int, int, str | None, str | None, bool, bool]


def _fields(facts: list) -> list[Fact]:
    return [
        (f.text, f.start, f.end, f.sentence_start, f.sentence_end, f.value, f.granularity, f.relative, f.scheduled)
        for f in facts
    ]


def _free(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return not any(s < span[1] and span[0] < e for s, e in taken)


def ref_year_phrases(
    text: str, offset: int, sent: tuple[int, int], words: Words, base: date | None, taken: list[tuple[int, int]]
) -> list[Fact]:
    """Each place of a relative-year phrase not in a taken span: a year fact, publication year plus the
    phrase's years (no value without a publication day), never scheduled."""
    low, out = text.lower(), []
    for phrase, years in words.relative_years.items():
        for s, e in places(low, phrase):
            if _free((s, e), taken):
                value = None if base is None else str(base.year + years)
                out.append((text[s:e], offset + s, offset + e, *sent, value, "year", True, False))
    return out


def ref_day_phrases(
    text: str, offset: int, sent: tuple[int, int], words: Words, base: date, taken: list[tuple[int, int]]
) -> list[Fact]:
    """Each place of a day phrase of two or more words not in a taken span and not followed by a word of
    ``relative_then``: a day fact, the publication day plus the phrase's days, scheduled when ahead of it."""
    low, out = text.lower(), []
    for phrase, days in words.relative.items():
        if " " not in phrase:
            continue
        for s, e in places(low, phrase):
            rest = low[e:]
            gap = len(rest) - len(rest.lstrip())
            nxt = ""
            for c in rest[gap:] if gap else "":
                if not _word_char(c):
                    break
                nxt += c
            if (nxt and nxt in words.relative_then) or not _free((s, e), taken):
                continue
            day = base + timedelta(days=days)
            out.append((text[s:e], offset + s, offset + e, *sent, day.isoformat(), "day", True, day > base))
    return out


# --- invented sentences with the answer an editor gives -------------------------------------------------------

SPEAKERS = [  # (language, table, text, holds a word of the table)
    ("de", _body_words, "Ein Sprecher der Feuerwehr sagte am Abend, das Feuer sei gelöscht.", True),
    ("de", _body_words, "Der Hafen von Lindavik bleibt bis Freitag gesperrt.", False),
    ("fr", _body_words, "Selon la gendarmerie, deux randonneurs ont été secourus.", True),
    ("fr", _body_words, "Le pont de Varenne a rouvert dimanche matin.", False),
    ("es", _body_words, "Los bomberos voluntarios llegaron a las tres de la tarde.", True),
    ("ru", _body_words, "Как сообщили в полиции, пострадавших нет.", True),
    ("ru", _body_words, "Мост через реку Кестра открыли в воскресенье.", False),
    ("pl", _body_words, "Według policjantów kierowca był trzeźwy.", True),
    ("pl", _agent_words, "Strażnik miejski zamknął ulicę na dwie godziny.", True),
    ("pl", _agent_words, "Most na rzece Kestra otwarto w niedzielę.", False),
]

TITLES = [  # (language, apposition after a name's comma, the title)
    ("de", "Sprecher der Stadtwerke", "sprecher"),
    ("de", "seit Jahren Richter am Landgericht", "richter"),
    ("fr", "maire de Varenne", "maire"),
    ("es", "alcalde de Lindavik", "alcalde"),
    ("es", "vecino del barrio desde hace años", None),
    ("pl", "prezes spółki Kestra", "prezes"),
    ("ru", "мэр города Кестра", "мэр"),
    ("ru", "житель соседнего дома", None),
]

YEARS = [  # (language, text, year read from a publication day in 2026)
    ("de", "Im vergangenen Jahr kamen 400 Besucher.", "2025"),
    ("fr", "L'an dernier, la digue avait cédé.", "2025"),
    ("es", "El año pasado cerró la fábrica.", "2025"),
    ("pl", "W ubiegłym roku most zamknięto.", "2025"),
    ("ru", "В прошлом году мост закрыли.", "2025"),
]

DAYS = [  # (language, text, day read from 20 Nov 2026; None: a weekday after it gives the day)
    ("it", "Nella notte il fiume è esondato.", "2026-11-20"),
    ("it", "Nella notte tra lunedì e martedì il fiume è esondato.", None),
    ("pt", "Depois de amanhã a ponte reabre.", "2026-11-22"),
    ("pt", "Esta madrugada a ponte caiu.", "2026-11-20"),
]

BASE = date(2026, 11, 20)
SENT = (100, 200)


@pytest.mark.parametrize(("lang", "table", "text", "holds"), SPEAKERS)
def test_names_word_on_invented_sentences(lang: str, table, text: str, holds: bool) -> None:
    stems, whole = table(lang)
    low = text.lower()
    assert names_word(low, whole, stems) == ref_names_word(low, whole, stems) == holds


@pytest.mark.parametrize(("lang", "text", "title"), TITLES)
def test_title_after_a_name_on_invented_appositions(lang: str, text: str, title: str | None) -> None:
    assert roles_mod._after(text, lang) == ref_after(text, lang) == title


@pytest.mark.parametrize(("lang", "text", "year"), YEARS)
def test_relative_years_on_invented_sentences(lang: str, text: str, year: str) -> None:
    words = words_for(lang)
    for base in (BASE, None):
        got = _fields(dates_mod._year_phrases(text, 100, SENT, words, base, []))
        assert got == ref_year_phrases(text, 100, SENT, words, base, [])
        assert [f[5] for f in got] == [year if base else None]


@pytest.mark.parametrize(("lang", "text", "day"), DAYS)
def test_day_phrases_on_invented_sentences(lang: str, text: str, day: str | None) -> None:
    words = words_for(lang)
    got = _fields(dates_mod._day_phrases(text, 100, SENT, words, BASE, []))
    assert got == ref_day_phrases(text, 100, SENT, words, BASE, [])
    assert [f[5] for f in got] == ([day] if day else [])


# --- every phrase of the tables in invented contexts ------------------------------------------------------------


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
        f"{word}_1",
        word[:-1] if len(word) > 2 else word,
        f"{word} y {word}",
        f"{word}{word}",
        f"«{word}»",
        "Nichts davon steht hier.",
    ]


def test_names_word_on_every_word_of_its_tables() -> None:
    """Speaking bodies (company_speakers) and agent words (languages.quotes): every word of each language's table
    in every context."""
    checked = 0
    for table in (_body_words, _agent_words):
        for lang in _languages_with(lambda lang, t=table: t(lang)[1] | frozenset(t(lang)[0])):
            stems, whole = table(lang)
            for word in [*whole, *stems]:
                for text in contexts(word):
                    low = text.lower()
                    assert names_word(low, whole, stems) == ref_names_word(low, whole, stems), (lang, text)
                    checked += 1
    assert checked > 500  # the tables were read


def test_title_after_a_name_on_every_title() -> None:
    """``roles._after``: every title of each language in every context (titles of ``data/roles.toml``), and after
    a former or deputy word."""
    checked = 0
    for lang in _languages_with(lambda lang: roles_mod._titles(lang)[0]):
        phrases, former = roles_mod._titles(lang)
        for phrase in phrases:
            for text in [*contexts(phrase), f"{sorted(former)[0]} {phrase}" if former else phrase]:
                assert roles_mod._after(text, lang) == ref_after(text, lang), (lang, text)
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize("lang", ["de", "fr", "es", "pl", "ru", "it", "pt"])
def test_relative_years_and_day_phrases_on_every_phrase(lang: str) -> None:
    """``dates._year_phrases`` and ``dates._day_phrases`` on every phrase of the language's tables in every
    context, with and without a publication day, and with a span already taken."""
    words = words_for(lang)
    phrases = [*words.relative_years, *(p for p in words.relative if " " in p)]
    assert phrases or lang not in ("de", "fr", "es", "pl", "ru", "it", "pt")
    for phrase in phrases:
        for text in [*contexts(phrase), f"{phrase} {next(iter(words.relative_then), 'x')} 3"]:
            for taken in ([], [(0, 3)]):
                for day in (BASE, None):
                    new = _fields(dates_mod._year_phrases(text, 100, SENT, words, day, taken))
                    assert new == ref_year_phrases(text, 100, SENT, words, day, taken), (lang, text)
                new = _fields(dates_mod._day_phrases(text, 100, SENT, words, BASE, taken))
                assert new == ref_day_phrases(text, 100, SENT, words, BASE, taken), (lang, text)


# --- generated text ---------------------------------------------------------------------------------------------


def _pieces(phrases: list[str]) -> list[str]:
    """The phrases, their halves and separators a reader must not cross."""
    return sorted({*phrases, *(p[: len(p) // 2] for p in phrases), " ", "-", ",", "x", "_", "й", "ß", "  "})


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_names_word_on_generated_text(data: st.DataObject) -> None:
    table = data.draw(st.sampled_from([_agent_words, _body_words]))
    lang = data.draw(st.sampled_from(_languages_with(lambda lang: table(lang)[1])))
    stems, whole = table(lang)
    low = "".join(data.draw(st.lists(st.sampled_from(_pieces([*whole, *stems])), max_size=8))).lower()
    assert names_word(low, whole, stems) == ref_names_word(low, whole, stems)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_title_after_a_name_on_generated_text(data: st.DataObject) -> None:
    lang = data.draw(st.sampled_from(_languages_with(lambda lang: roles_mod._titles(lang)[0])))
    phrases, former = roles_mod._titles(lang)
    pieces = [*_pieces(list(phrases[:40])), *sorted(former), ", ", "la", "der"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=6)))
    assert roles_mod._after(text, lang) == ref_after(text, lang)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_relative_dates_on_generated_text(data: st.DataObject) -> None:
    lang = data.draw(st.sampled_from(["de", "fr", "es", "pl", "ru", "it", "pt"]))
    words = words_for(lang)
    phrases = [*words.relative_years, *(p for p in words.relative if " " in p), *list(words.relative_then)[:3]]
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(phrases)), max_size=6)))
    taken = data.draw(st.sampled_from([[], [(0, 3)], [(2, 9)]]))
    day = data.draw(st.sampled_from([BASE, None]))
    got = _fields(dates_mod._year_phrases(text, 100, SENT, words, day, taken))
    assert got == ref_year_phrases(text, 100, SENT, words, day, taken)
    got = _fields(dates_mod._day_phrases(text, 100, SENT, words, BASE, taken))
    assert got == ref_day_phrases(text, 100, SENT, words, BASE, taken)


# --- the cut itself -----------------------------------------------------------------------------------------------


def test_a_text_without_any_title_builds_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The code before built (and past the re cache recompiled) one pattern per title of the language for every
    apposition read; a text holding no title's words now searches none."""
    calls: list[str] = []
    real = re.search

    def counting(pattern, string, flags=0):
        calls.append(pattern if isinstance(pattern, str) else pattern.pattern)
        return real(pattern, string, flags)

    monkeypatch.setattr(roles_mod.re, "search", counting)
    assert roles_mod._after("mit 43 Jahren, wohnhaft in Lindavik", "de") is None
    assert calls == []
    assert roles_mod._after("Bürgermeisterin von Lindavik", "de") is not None
    assert calls  # a title the text holds is searched
