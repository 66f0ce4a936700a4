"""Dates in any language: day-month(-year) and month-year spans found with the language's month names (babel,
every case and abbreviation), numeric dates, years, weekdays and day words ("вчера", "gestern"), resolved
against the publication date.

Absolute spans are resolved by dateparser told the language (``languages=[...]``), weekdays to the last such
day on or before publication (news reports what happened) unless a word before it points ahead ("до
пятницы", "bis Freitag", "jusqu'à vendredi": the next such day after publication), day words by their offset.
A date after the publication day is marked ``scheduled``.

Each date keeps its clause's tense (``tense``: "future", "past" or None, :func:`date_tense`), read from the clause's
finite verb: a listed future form or ending (a verb's by simplemma's lemma), an auxiliary before an infinitive ("va
a", "ma się"), a Slavic perfective non-past (pymorphy2 for Russian; for Polish and Ukrainian, where no analyser of
aspect ships, a written rule over simplemma's lemmas: :func:`perfective_future`), or a past form. A month written
alone after the language's "in" ("en marzo", "w marcu") is a month date (:func:`_bare_months`): dateparser reads
none inside a sentence in these languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from crosswire.clean.written_dates import ORDINAL_MARK, without_ordinal_marks
from crosswire.facts.date_context import pick_year
from crosswire.facts.gatherings import called_for
from crosswire.facts.languages.lexicon import Words, month_pattern, words_for
from crosswire.facts.records import DateFact

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
WEEK_STEM = 2  # a weekday matches when the word starts with its name minus this many letters (cases)


@lru_cache(maxsize=16)
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    months = month_pattern(words_for(language))
    forms = _located_forms(language)
    located = "".join("|" + re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return (
        # "14 ноября 2026 г.", "14. Mai", "14 de noviembre de 2026" (Spanish joins day, month and year with "de");
        # the month a whole word (its forms are all listed), so "40 maisons" is no "40 mai", "12 Märkte" no March;
        # an abbreviation's dot ("24 нояб. утром") is the date's, a sentence's full stop is not ("во вторник, 24
        # ноября." was shown as the day "24 ноября.", a new user's rocket trial)
        re.compile(
            rf"\b\d{{1,2}}{ORDINAL_MARK}?\.?\s+(?:de\s+)?(?:{months})(?!\w)(?:\.(?!\s*$))?"
            rf"(?:\s+(?:de\s+|del\s+)?\d{{4}})?"
            rf"(?:\s*(?:г\.|года?|року|году|roku|r\.))?",
            re.I,
        ),
        re.compile(rf"\b(?:{months})\s+\d{{1,2}}{ORDINAL_MARK}?(?:,?\s+\d{{4}})?\b", re.I),
        # "septiembre de 2025"; the Slavic locative after "in" with its year ("w maju 2027 roku", "в мае 2027 года",
        # "у травні 2027 року": data/bare_months.toml forms), read before the year alone takes its "2027 года"
        re.compile(
            rf"\b(?:{months}{located})\s+(?:de\s+|del\s+)?\d{{4}}\b"
            rf"(?:\s*(?:г\.|года?|году|року|roku|r\.)(?!\w))?",
            re.I,
        ),
        re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b"),
        re.compile(r"\b(?:19|20)\d\d\b(?=\s*(?:г\.|года?|году|року|рік|roku|rok)\b)", re.I),
        # a year after the language's "in" ("construit en 1998", "im Jahr 1998"): the year alone is the date
        re.compile(
            rf"\b(?:{'|'.join(re.escape(w) for w in words_for(language).year_before) or '(?!)'})\s+"
            r"((?:19|20)\d\d)\b(?![.,]?\d)",
            re.I,
        ),
    )


def _parse(text: str, language: str, base: date | None) -> date | None:
    """The day ``text`` (a date span) names, by dateparser, relative to ``base``. Spans repeat across a
    story's articles ("14 апреля"), so a span is parsed once per (language, publication day); without
    ``base`` dateparser reads it against today, which is not cached."""
    text = without_ordinal_marks(text)  # "1er décembre", "1º de diciembre": dateparser reads plain days
    return _parse_on(text, language, base) if base is not None else _dateparser(text, language, None)


@lru_cache(maxsize=1 << 12)
def _parse_on(text: str, language: str, base: date) -> date | None:
    return _dateparser(text, language, base)


def _dateparser(text: str, language: str, base: date | None) -> date | None:
    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    got = dateparser.parse(text, languages=[language], settings=settings)
    return got.date() if got else None


def dates_in(
    text: str, offset: int, sent: tuple[int, int], words: Words, language: str, base: date | None
) -> list[DateFact]:
    """The dates of one sentence (``text``; ``offset`` its body offset), resolved against ``base``."""
    out: list[DateFact] = []
    taken: list[tuple[int, int]] = []
    patterns = _patterns(language) if _DIGIT.search(text) else ()  # every pattern holds a digit
    for i, pat in enumerate(patterns):
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            span = m.group().strip()
            if i == 4:  # a year alone
                out.append(_fact(span, offset + m.start(), sent, span, "year", False, base))
            elif i == 5:  # a year after "in": the year's own span
                out.append(_fact(m.group(1), offset + m.start(1), sent, m.group(1), "year", False, base))
            else:
                has_day = i in (0, 1, 3)
                if base is None and has_day and not _YEAR_DIGITS.search(span):
                    # "am 3. Mai" in an article with no publication date: no year is made up for it (dateparser
                    # would read today's), the day of the year is kept, as the English reader keeps it
                    if (unplaced := _unplaced(span, offset + m.start(), sent, language)) is not None:
                        out.append(unplaced)
                        taken.append((m.start(), m.end()))
                    continue
                day = _parse(span, language, base)
                if day is None and i == 2:
                    day = _located_month(span, language)
                if day is None:
                    continue
                if base is not None and not _YEAR_DIGITS.search(span):
                    # "le 15 janvier" in a December article: the year the clause's direction gives, else the nearest
                    day = pick_year(day, base, has_day, year_direction(text, m.start(), words))
                value = day.isoformat() if has_day else day.isoformat()[:7]
                out.append(_fact(span, offset + m.start(), sent, value, "day" if has_day else "month", False, base))
            taken.append((m.start(), m.end()))
    if base is not None:
        out.extend(_bare_months(text, offset, sent, words, base, taken))
    calendar = [d for d in out if d.granularity == "day"]
    out.extend(_beside_calendar(_day_words(text, offset, sent, words, base, taken), calendar, text, offset))
    out.extend(_year_phrases(text, offset, sent, words, base, taken))
    # each date keeps its clause's tense: a planned act's day stays planned on the timeline when a report of that
    # very day writes it in the present (DateFact.tense)
    out = [replace(d, tense=date_tense(text, d.start - offset, words)) for d in out]
    return sorted(out, key=lambda d: d.start)


def _located_forms(language: str) -> dict[str, int]:
    """The month forms babel does not give, written after "in" (data/bare_months.toml ``forms``: Polish "maju",
    Russian "мае", Ukrainian "травні") -> month number; empty for a language the file gives none."""
    from crosswire.vocab.data import data_toml

    table = data_toml("bare_months.toml").get(language) or {}
    return {k.lower(): int(v) for k, v in table.get("forms", {}).items()}


def _located_month(span: str, language: str) -> date | None:
    """The first day of the month a month form and its year name ("мае 2027 года", "травні 2027 року": dateparser
    reads neither; it reads Polish "maju 2027"), or None when ``span`` starts with no such form."""
    word, _, rest = span.partition(" ")
    month = _located_forms(language).get(word.lower())
    year = _YEAR_DIGITS.search(rest)
    return date(int(year.group()), month, 1) if month is not None and year is not None else None


@lru_cache(maxsize=16)
def _bare_month_table(language: str) -> tuple[re.Pattern[str] | None, dict[str, int], dict[str, int]]:
    """(pattern of a bare month after one of the language's ``before`` words, month form -> number, year phrase
    after the month -> years from publication), from ``data/bare_months.toml`` and babel's wide month names
    (abbreviations are left out: Spanish "mar" is the sea). No pattern for a language the file lacks."""
    from babel.dates import get_month_names

    from crosswire.vocab.data import data_toml

    table = data_toml("bare_months.toml").get(language)
    if table is None:
        return None, {}, {}
    months: dict[str, int] = {}
    for month_context in ("format", "stand-alone"):
        for n, name in get_month_names("wide", month_context, locale=language).items():
            months.setdefault(name.lower(), int(n))
    months.update({k.lower(): int(v) for k, v in table.get("forms", {}).items()})
    before = "|".join(re.escape(w) for w in sorted(table["before"], key=len, reverse=True))
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    # the month a whole word, no day or year after it (those are the calendar patterns'), no hyphen ("Mai-Programm")
    pattern = re.compile(rf"(?<!\w)(?:{before})\s+(?P<month>{names})(?![\w-])(?!\.?\s*(?:de\s+|del\s+)?\d)", re.I)
    years = {k.lower(): int(v) for k, v in table.get("year_after", {}).items()}
    return pattern, months, years


def _bare_months(
    text: str, offset: int, sent: tuple[int, int], words: Words, base: date, taken: list[tuple[int, int]]
) -> list[DateFact]:
    """Months written alone after the language's "in" ("se reunirán en marzo", "im März", "w marcu", "в марте",
    "у березні"): month facts ("2027-03"), the year given by a phrase right after the month ("en marzo del año
    pasado", "w marcu ubiegłego roku"), else by "last"/"next" after it ("en mars dernier", "marzo prossimo"), else
    by the clause's direction (:func:`year_direction`: "se reunirán en marzo" in a December article is next
    March, "se reunieron en marzo" this year's). A month with no such word before it ("las elecciones de marzo",
    "jeden März") names a period or an event and is left; so is a capitalised month where the language writes them
    in lower case (a name: "Mayo"). Written by hand: dateparser reads "en marzo" alone as this year's March, and
    finds no month inside a sentence in these languages."""
    pattern, months, years = _bare_month_table(words.language)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        s, e = m.span("month")
        if any(a < e and s < b for a, b in taken):
            continue
        written = m.group("month")
        if written[:1].isupper() and not words.weekday_upper and text[:s].strip(" \"'«„“(—–-"):
            continue
        month = months[written.lower()]
        after = " ".join(re.findall(r"[\w'’]+", text[e : e + 40].lower()))
        year = next((base.year + n for phrase, n in years.items() if after.startswith(phrase)), None)
        if year is None:
            if any(after.startswith(w) for w in words.back_after):
                direction: str | None = "past"
            elif any(after.startswith(w) for w in words.ahead_after):
                direction = "will"
            else:
                direction = year_direction(text, s, words)
                if direction == "near" and past_in(verb_clause(text, s, words), words):
                    # a month of a past act ("se reunieron en marzo") is the last such month; a day and month keeps
                    # the nearest (a past verb may set a day ahead: "se aplazó al 15 de enero")
                    direction = "past"
            year = pick_year(date(base.year, month, 1), base, False, direction).year
        out.append(_fact(written, offset + s, sent, f"{year:04d}-{month:02d}", "month", False, base))
        taken.append((s, e))
    return out


def _beside_calendar(days: list[DateFact], calendar: list[DateFact], text: str, offset: int) -> list[DateFact]:
    """``days`` (weekdays and day words) with a weekday written right beside a calendar day of the same weekday
    ("Giovedì 3 dicembre", "jeudi 3 décembre", "Donnerstag, 3. Dezember", "el jueves 3 de diciembre") given that
    day: the explicit date wins over the tense's reading of the weekday, as in English ("Sunday, Sept. 13,
    2020"). Before, "Giovedì 3 dicembre il parlamento terrà un'audizione" named two days (the Thursday before and 3
    December) and the hearing was on no timeline line (a new user's hostage story)."""
    out = []
    for d in days:
        near = next((c for c in calendar if _adjacent(text, d, c, offset)), None)
        if near is not None and near.value is not None and d.value is not None:
            if date.fromisoformat(near.value).weekday() == date.fromisoformat(d.value).weekday():
                d = replace(d, value=near.value, scheduled=near.scheduled)
        out.append(d)
    return out


def _adjacent(text: str, a: DateFact, b: DateFact, offset: int) -> bool:
    """Whether two date spans of ``text`` (body offsets, ``offset`` the sentence's) are separated only by spaces,
    a comma, an article or "den" ("jeudi 3", "Donnerstag, den 3.", "el jueves 3")."""
    first, second = sorted((a, b), key=lambda d: d.start)
    gap = text[first.end - offset : second.start - offset].strip(" ,\u00a0").lower()
    return second.start >= first.end and gap in ("", "den", "le", "el", "il", "o", "a")


_YEAR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_LEAP_YEAR = date(2000, 1, 1)  # a base whose year has a 29 February, for the day of a year no one names


def _unplaced(span: str, start: int, sent: tuple[int, int], language: str) -> DateFact | None:
    """A day-and-month span with no year in an undated article: no ``value``, its ``month_day`` ("--05-03")."""
    day = _parse_on(without_ordinal_marks(span), language, _LEAP_YEAR)
    if day is None:
        return None
    return _fact(span, start, sent, None, None, False, None, month_day=f"--{day.month:02d}-{day.day:02d}")


def _year_phrases(
    text: str, offset: int, sent: tuple[int, int], words: Words, base: date | None, taken: list[tuple[int, int]]
) -> list[DateFact]:
    """Years given relative to publication ("l'an dernier", "в прошлом году", "w ubiegłym roku": the
    language's ``relative_years``), as year facts resolved against ``base``; without a publication date each
    is a fact with no value (a date no anchor places, as the English and Chinese readers give one: the
    comparison dates such a sentence to no year, :attr:`crosswire.compare.claims.units.Unit.unanchored`).
    Written by hand: dateparser reads such a phrase alone but finds none inside a sentence (its
    ``search_dates`` takes any word for a date in these languages)."""
    if not words.relative_years:
        return []
    out = []
    low = text.lower()
    for phrase, years in words.relative_years.items():
        if phrase not in low:  # the pattern is the phrase as written: no substring, no match
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            written = text[m.start() : m.end()]
            value = None if base is None else str(base.year + years)
            out.append(_fact(written, offset + m.start(), sent, value, "year", True, base))
    return out


@lru_cache(maxsize=16)
def _day_cues(words: Words) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(day words, weekday stems): a sentence holding none of them in lower case has no day word (a word
    matches a weekday only when it starts with the weekday's stem, see :func:`_day_words`)."""
    stems = tuple(name[: max(4, len(name) - WEEK_STEM)] for name in words.weekdays)
    return tuple(words.relative), stems


def _day_words(
    text: str, offset: int, sent: tuple[int, int], words: Words, base: date | None, taken: list[tuple[int, int]]
) -> list[DateFact]:
    if base is None:  # day words and weekdays are read against the publication day only
        return []
    relative, stems = _day_cues(words)
    low = text.lower()
    if not any(r in low for r in relative) and not any(s in low for s in stems):
        return []
    out = _day_phrases(text, offset, sent, words, base, taken)
    taken = [*taken, *((d.start - offset, d.end - offset) for d in out)]
    for m in _word_pattern(words).finditer(text):
        w = m.group().lower()
        if (w not in words.relative and not (len(w) >= 4 and w.startswith(stems))) or any(
            s <= m.start() < e for s, e in taken
        ):
            continue
        value = None
        if w in words.relative:
            if _previous_word(text, m.start()) in words.relative_noun_after:
                continue  # "por la mañana": the morning, not tomorrow
            value = (base + timedelta(days=words.relative[w])).isoformat()
        else:
            if _previous_word(text, m.start()) in words.weekday_noun_after:
                continue  # "окружающей среды": the environment, not Wednesday
            wd = weekday_of(m.group(), not text[: m.start()].strip(" \"'«„“(—–-"), words)
            if wd is not None:
                before = text[: m.start()].lower().split()[-2:]
                ahead = any(b in words.ahead for b in before)
                starts = starts_from(text, m.start(), words)
                after = " " + " ".join(re.findall(r"\w+", text[m.end() : m.end() + 24].lower())) + " "
                if any(after.startswith(f" {w} ") for w in words.back_after):
                    # "lundi dernier", "lunedì scorso": the last such day before publication
                    value = (base - timedelta(days=(base.weekday() - wd - 1) % 7 + 1)).isoformat()
                elif any(after.startswith(f" {w} ") for w in words.ahead_after):
                    # "lundi prochain", "el lunes que viene": the coming one after publication
                    value = (base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1)).isoformat()
                elif called_off_day(text, m.start(), m.group(), words):
                    # "a annulé l'enchère de jeudi", "odwołało czwartkową aukcję": the day the act was set for
                    value = (base + timedelta(days=(wd - base.weekday()) % 7)).isoformat()
                elif starts and _past_clause(text, m.start(), words):
                    # "Ab Montag war die Straße gesperrt": from a day of a past state, the last such day
                    value = (base - timedelta(days=(base.weekday() - wd) % 7)).isoformat()
                elif starts:
                    # "relèveraient leurs taux dès lundi", "gelten ab Montag": a change from the coming day on
                    value = (base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1)).isoformat()
                elif (
                    ahead
                    and all(b not in words.ahead or b in words.until for b in before)
                    and _past_clause(text, m.start(), words)
                ):
                    # "Bis Dienstagmittag war die Straße gesperrt": until a day of a past state, the last such day
                    value = (base - timedelta(days=(base.weekday() - wd) % 7)).isoformat()
                elif (
                    ahead
                    and all(b not in words.ahead or b in words.until for b in before)
                    and not _after_future(text, m.start(), words)
                ):
                    # "wurden bis Sonntagmittag entlassen", "закрыло до полудня воскресенья" in Sunday's paper: that
                    # Sunday; under a future verb ("seguirán cerradas hasta el sábado" on a Saturday) a week on
                    value = (base + timedelta(days=(wd - base.weekday()) % 7)).isoformat()
                elif (
                    ahead
                    or _not_before(text, m.start(), words)
                    or _earliest(text, m.start(), words)
                    or _set_for(text, m.start(), words, m.group())
                ):
                    value = (base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1)).isoformat()
                elif (
                    _after_future(text, m.start(), words)
                    or _planned(text, m.start(), words)
                    or _future_clause(text, m.start(), words.language)
                    or _scheduled_clause(text, m.start(), words)
                    or called_for(text[: m.start()], words.language)
                    or future_condition(text, m.start(), words)
                ):
                    # "reabrirán el domingo", "Клуб проведёт парад ... в понедельник", "convocó una concentración el
                    # sábado" (a gathering called for a day): the coming one, today included
                    value = (base + timedelta(days=(wd - base.weekday()) % 7)).isoformat()
                else:
                    value = (base - timedelta(days=(base.weekday() - wd) % 7)).isoformat()
        if value is not None:
            out.append(_fact(m.group(), offset + m.start(), sent, value, "day", True, base))
    return out


@lru_cache(maxsize=16)
def _word_pattern(words: Words) -> re.Pattern[str]:
    """A word (apostrophes inside it kept), with a weekday part the language joins by a hyphen
    ("terça-feira": ``weekday_parts`` entries that start with "-") kept on it."""
    joined = "|".join(re.escape(p) for p in words.weekday_parts if p.startswith("-"))
    word = r"\w+(?:['’ʼ]\w+)*"  # Ukrainian writes an apostrophe inside words: "п'ятницю"
    return re.compile(rf"{word}(?:{joined})?" if joined else word)


def _day_phrases(
    text: str, offset: int, sent: tuple[int, int], words: Words, base: date, taken: list[tuple[int, int]]
) -> list[DateFact]:
    """Day words of two or more words ("nella notte", "na madrugada", "depois de amanhã": the ``relative``
    keys with a space), resolved by their offset, unless a word of ``relative_then`` follows ("nella notte tra
    lunedì e martedì": the weekdays after it give the day)."""
    out = []
    low = text.lower()
    for phrase, days in words.relative.items():
        if " " not in phrase or phrase not in low:  # the pattern is the phrase as written: no substring, no match
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            nxt = re.match(r"\s+(\w+)", low[m.end() :])
            if (nxt and nxt.group(1) in words.relative_then) or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = (base + timedelta(days=days)).isoformat()
            out.append(_fact(text[m.start() : m.end()], offset + m.start(), sent, value, "day", True, base))
    return out


def starts_from(text: str, start: int, words: Words) -> bool:
    """Whether the weekday at ``start`` is the first day of a change or state: a ``from_day`` word among the two
    words before it ("dès lundi", "à partir de lundi", "ab Montag", "a partire da lunedì"), or a ``from_since``
    word there ("desde el lunes", "od poniedziałku", "с понедельника") with a future or conditional form in its
    clause ("subirían los tipos desde el lunes", "banki podniosłyby ... od poniedziałku"). Written by hand:
    dateparser reads "à partir de lundi" alone but not its direction inside a reported clause (a new user's
    "relèveraient leurs taux ... dès lundi" of a Wednesday went to the Monday before)."""
    before = re.findall(r"\w+", text[:start].lower())[-2:]
    if any(b in words.from_day for b in before):
        return True
    if not any(b in words.from_since for b in before):
        return False
    clause = _clause_words(text, start)
    return future_in(clause, words, strict=True) or _future_clause(text, start, words.language)


def _future_form(clause: list[str], words: Words) -> bool:
    """Whether a word of ``clause`` is one of the language's ``future`` forms (a form, or "-rán": an ending)."""
    for form in words.future:
        if form.startswith("-"):
            if any(w.endswith(form[1:]) and len(w) > len(form) + 2 for w in clause):
                return True
        elif form in clause:
            return True
    return False


def called_off_day(text: str, start: int, weekday: str, words: Words) -> bool:
    """Whether the weekday at ``start`` (written ``weekday``) dates a planned act its clause calls off, moves or tells
    of in the future: a ``called_off`` stem in the clause ("a annulé", "canceló", "odwołało", "sagte ... ab") or
    a ``future`` form anywhere in it ("czwartkowa aukcja ... odbędzie się zgodnie z planem"), and the weekday
    the act's own (a ``day_of`` word right before it, after a noun: "l'enchère de jeudi", "la subasta del
    jueves", "l'asta di giovedì", German "die Auktion am Donnerstag" with the capitalised noun before "am"; or a
    weekday adjective: "czwartkową aukcję"). The act did not take place, so its day is still to come; the day of
    calling it off ("a annulé jeudi l'enchère") stays the tense's. Hand-made, as English reads "cancelled
    Thursday's auction" (:mod:`crosswire.facts.date_context`)."""
    clause = _clause_words(text, start)
    if not any(_calls_off(stem, clause) for stem in words.called_off) and not future_in(clause, words, strict=True):
        return False
    low = weekday.lower()
    if words.weekday_adjective and low.endswith(words.weekday_adjective) and weekday_of(weekday, False, words):
        stem = next((n for n in words.weekdays if low.startswith(n[: max(4, len(n) - WEEK_STEM)])), "")
        return bool(stem) and low != stem and not low.endswith(_ACCUSATIVE_ENDINGS)
    before = re.findall(r"[\w'’]+", text[:start])[-2:]
    if not before or before[-1].lower() not in words.day_of:
        return False
    if words.language == "de":
        return len(before) == 2 and before[0][:1].isupper() and before[0].lower() not in words.articles
    return len(before) == 2 and before[0].lower() not in words.stop - words.day_of


def year_direction(text: str, start: int, words: Words) -> str:
    """Which year a day and month written without one at ``start`` takes (:func:`crosswire.facts.date_context.
    pick_year`): "will" (on or after publication) when its clause tells of what is still to come (a future or
    conditional form, a plan, a present of a scheduled act, "until", "from" or "for" right before it: "se
    celebrarán el 15 de enero", "jusqu'au 15 janvier", "ab dem 7. Dezember"), "past" under a past auxiliary of
    the language and no such word ("wurde am 28. Dezember beschlossen"), else "near": the occurrence nearest the
    publication day, as news copy writes the year only for a day of another year (a new user's "15 janvier" in a
    December article was dated eleven months back, though its verb was a future). Dateparser's own choice
    (``PREFER_DATES_FROM``) reads no clause, so the year is picked here."""
    clause = _clause_words(text, start)
    before = re.findall(r"[\w'’]+", text[:start].lower())[-2:]
    if (
        future_in(clause, words, strict=True)
        or _planned(text, start, words)
        or _future_clause(text, start, words.language)
        or any(b in words.ahead or b in words.from_day or b in words.for_day for b in before)
        or (any(w in words.scheduled for w in clause) and not any(w in words.past for w in clause))
    ):
        return "will"
    if any(w in words.past for w in clause):
        return "past"
    return "near"


def _calls_off(stem: str, clause: list[str]) -> bool:
    """Whether ``clause`` holds the ``called_off`` entry ``stem``: a word starting with it, or for an entry of two
    words (a separable verb: "sagte ab") a word starting with each."""
    return all(any(w.startswith(part) for w in clause) for part in stem.split())


FUTURE_REACH = 5  # words: "mają zostać ponownie uruchomione w niedzielę"
V2_REACH = 1  # words after a weekday read for a future auxiliary: the finite verb of "Am Dienstag soll ..."


def _not_before(text: str, start: int, words: Words) -> bool:
    """Whether the weekday at ``start`` follows "not ... before" in its clause: one of the language's
    ``before`` words among the three words before it ("antes del jueves", "wcześniej niż w czwartek") and a
    ``negation`` earlier in the clause ("ne pourront pas regagner leur logement avant jeudi", "смогут не
    раньше четверга"): the earliest day something can still happen, so a day ahead of publication."""
    clause = re.findall(r"\w+", re.split(r"[,;:]", text[:start])[-1].lower())
    near = [i for i, w in enumerate(clause) if w in words.before and i >= len(clause) - 3]
    return bool(near) and any(w in words.negation for w in clause[: near[-1]])


# The endings of a Slavic weekday's accusative noun ("na środę", "на пятницу", "na wtorek"): an adjective of a
# weekday after "na" is no day set for ("To reakcja na niedzielny wypadek", a reaction to Sunday's accident).
_ACCUSATIVE_ENDINGS = ("ek", "ę", "к", "г", "у", "ю", "е", "ь")


def _set_for(text: str, start: int, words: Words, weekday: str = "") -> bool:
    """Whether the weekday at ``start`` is the day an act is set for: a ``for_day`` word right before it, or
    before its article ("a décrété une journée de deuil pour mercredi", "convocó una huelga para el jueves",
    "ogłosił żałobę na środę"), so a day ahead of publication whatever the verb's tense (the declaring is past,
    the day declared is to come: a new user's French mourning day went to the Wednesday before the Tuesday of
    publication). Not after a word of ``for_day_not_after`` or a weekday among the three words before ("w nocy z
    wtorku na środę", "в ночь на среду": the night into a day, told after it)."""
    if not words.for_day:
        return False
    if words.weekday_cases and weekday and not weekday.lower().endswith(_ACCUSATIVE_ENDINGS):
        return False
    before = re.findall(r"\w+", text[:start].lower())[-5:]
    if len(before) >= 2 and before[-1] not in words.for_day and len(before[-1]) <= 3:
        before = before[:-1]  # an article between: "para el jueves", "für den Mittwoch"
    if not before or before[-1] not in words.for_day:
        return False
    return not any(w in words.for_day_not_after or w.startswith(_weekday_stems(words)) for w in before[-4:-1])


def _weekday_stems(words: Words) -> tuple[str, ...]:
    """The first four letters of the language's weekday names (their inflected forms share them)."""
    return tuple({w[:4] for w in words.weekdays if len(w) >= 4})


def _earliest(text: str, start: int, words: Words) -> bool:
    """Whether one of the language's ``earliest`` words stands among the two words before the weekday at
    ``start`` ("öffnet erst am Montag wieder", "frühestens Montag") and no ``past`` auxiliary in its clause
    ("erst am Montag wurde bekannt"): where the present tense tells of the future, the earliest day of an
    act still to come, so ahead of publication."""
    if not words.earliest:
        return False
    before = re.findall(r"\w+", text[:start].lower())[-2:]
    if not any(b in words.earliest for b in before):
        return False
    clause = re.split(r"[,;:.]", text)
    at = len(re.split(r"[,;:.]", text[:start])) - 1
    return not any(w in words.past for w in re.findall(r"\w+", clause[at].lower()))


def _clause_words(text: str, start: int) -> list[str]:
    """The lower-case words of the clause (between commas, semicolons, colons and full stops) holding ``start``,
    without capitalised words inside the sentence: names, never verbs ("Le tribunal de Velmara a rendu son verdict
    mardi" has no future in "-ra"; a new user's French verdict went to the next Tuesday and the next year, dates11)."""
    opened = max((m.end() for m in re.finditer(r"[,;:.]", text[:start])), default=0)
    closed = re.search(r"[,;:.]", text[start:])
    end = start + closed.start() if closed else len(text)
    return [
        m.group().lower()
        for m in re.finditer(r"\w+", text[opened:end])
        if not _name_like(m.group(), text[: opened + m.start()])
    ]


def _past_clause(text: str, start: int, words: Words) -> bool:
    """Whether a simple-past auxiliary of the language (``until_past``: "war", "wurde", "hatte") stands in the
    clause of the weekday at ``start``: "Bis Dienstagmittag war die Straße gesperrt" tells of a state that has
    ended, as English "was closed until Tuesday" does (:func:`crosswire.facts.date_context.phrase_direction`);
    a present perfect ("hat ... bis Montag gesperrt") does not."""
    return bool(words.until_past) and any(w in words.until_past for w in _clause_words(text, start))


def _scheduled_clause(text: str, start: int, words: Words) -> bool:
    """Whether the clause of the weekday at ``start`` holds a present form of a verb of a scheduled act
    (``scheduled``: "Die Frist endet am Freitag", "Am Freitag beginnt der Prozess", "el plazo vence el
    viernes"), no past auxiliary (``past``: "Der Streik wurde am Freitag beendet") and no "since" right before
    the weekday (``since``: "Der Streik ist seit Freitag beendet"): the act is still to
    come, so the weekday is the coming one. Input: the sentence, the weekday's offset, the language's words."""
    clause = _clause_words(text, start)
    if any(w in words.past for w in clause) or any(w in words.since for w in _WORD.findall(text[:start].lower())[-2:]):
        return False  # "wurde am Freitag beendet"; "ist seit Freitag beendet": since a day, so past
    if any(w in words.scheduled for w in clause):
        return True
    # a verb-second clause puts its future auxiliary right after an opening weekday ("Am Dienstag sollen die
    # Gespräche weitergehen", "Am Freitag wird das Urteil verkündet"), where :func:`_after_future` does not look
    after = re.findall(r"\w+", text[start:].lower())[1 : 1 + V2_REACH]
    return any(w in words.future for w in after if not w.startswith("-"))


def _previous_word(text: str, start: int) -> str:
    words = re.findall(r"\w+", text[:start].lower())
    return words[-1] if words else ""


def _after_future(text: str, start: int, words: Words) -> bool:
    """Whether the weekday at ``start`` is dated by a future verb: one among the :data:`FUTURE_REACH` words before
    it in its clause (:func:`future_in`: "reabrirán el domingo", "devaient rouvrir dimanche matin"), or, further
    or after it, the clause's finite verb read strictly (:func:`future_in` with ``strict``: an ending alone counts
    only on a word whose simplemma lemma is an infinitive, "reunirá" -> "reunir", not the name "Veldra"): "el
    ministro se reunirá con los representantes de los pescadores el miércoles", "W czwartek rada zbierze się".
    The clause runs between punctuation and the language's ``that`` words (:func:`verb_clause`): "dijo el lunes
    que viajará" keeps the Monday of saying. Before, only the five words before the weekday were read, and a
    Spanish future six words before it dated a planned meeting to the week before (dates11)."""
    opened = max((m.end() for m in re.finditer(r"[,;:]", text[:start])), default=0)
    before = [  # the words before the weekday in its clause, names left out (see verb_clause)
        m.group().lower()
        for m in re.finditer(r"\w+", text[opened:start])
        if not _name_like(m.group(), text[: opened + m.start()])
    ][-FUTURE_REACH:]
    return future_in(before, words) or future_in(verb_clause(text, start, words), words, strict=True)


def _name_like(word: str, before: str) -> bool:
    """Whether ``word`` (as written; ``before`` the sentence's text before it) is a name or a dateline, never a
    verb: capitalised inside the sentence, or written in capitals ("VELMARA - Le tribunal ...")."""
    return (word[:1].isupper() and bool(before.strip(" \"'«„“(—–-"))) or (len(word) > 1 and word.isupper())


def verb_clause(text: str, start: int, words: Words) -> list[str]:
    """The lower-case words of the clause holding ``start``: between commas, semicolons, colons, full stops, the
    language's ``that`` words ("que", "że", "що", "dass") and its ``relative_pronouns`` ("qui", "który"), which
    open a clause of their own verb ("ont signé mercredi un accord qui doit permettre ...": past, dates14). A
    capitalised word inside the sentence is a name, never a verb, where the language writes verbs in lower case
    (all): it is left out ("à Veldra" is no future in "-ra")."""
    opened = max((m.end() for m in re.finditer(r"[,;:.]", text[:start])), default=0)
    closed = re.search(r"[,;:.]", text[start:])
    end = start + closed.start() if closed else len(text)
    found = [
        (opened + m.start() < start, m.group().lower())  # offsets into the clause, ``start`` into the sentence
        for m in re.finditer(r"[\w'’]+", text[opened:end])
        if not _name_like(m.group(), text[: opened + m.start()])
    ]
    before = [w for (b, w) in found if b]
    after = [w for (b, w) in found if not b]
    opens = words.that | words.relative_pronouns  # "qui doit permettre": the relative clause's verb is its own
    cut = max((i + 1 for i, w in enumerate(before) if w in opens), default=0)
    stop = next((i for i, w in enumerate(after) if i > 0 and w in opens), len(after))
    return before[cut:] + after[:stop]


def future_in(clause: list[str], words: Words, strict: bool = False) -> bool:
    """Whether a word of ``clause`` (lower-case words) is a future verb of the language: a ``future`` form or
    ending ("reunirá", "wird", "będzie"), a perfective non-past (:func:`perfective_future`; Russian by pymorphy2,
    :data:`FUTURE_FORMS`), or an auxiliary of ``future_with_infinitive`` with an infinitive among the three words
    after it ("va a reunirse", "ma się spotkać"; not "va a la reunión", "ma dużo pracy"). ``strict``: a word
    matched by an ending only (a ``future`` entry starting with "-") counts when its simplemma lemma is an
    infinitive ("rencontrera" -> "rencontrer"; not "caméra")."""
    analyser = FUTURE_FORMS.get(words.language)
    for i, w in enumerate(clause):
        if w in words.future_with_infinitive:
            if any(_infinitive(x, words) for x in clause[i + 1 : i + 4]):
                return True
            continue
        if w in words.future or perfective_future(w, words) or (analyser is not None and analyser(w)):
            return True
        if _future_form([w], words) and (not strict or _verb_form(w, words)):
            return True
    return False


def _verb_form(word: str, words: Words) -> bool:
    """Whether a word with a future ending is a verb's: its simplemma lemma is an infinitive ("reunirá" ->
    "reunir", "rencontrera" -> "rencontrer"); "caméra", "extra" and unknown words are not."""
    found = _verb_lemma(word, words.language)
    return found is not None and found != word and _infinitive(found, words)


def _infinitive(word: str, words: Words) -> bool:
    """Whether ``word`` ends like an infinitive of the language, with three letters besides the ending."""
    return any(word.endswith(e) and len(word) >= len(e) + 3 for e in words.infinitive_endings)


@lru_cache(maxsize=1 << 14)
def _verb_lemma(word: str, language: str) -> str | None:
    """simplemma's lemma of ``word``: the light tier's table where it has one, else (French, read by spaCy
    elsewhere, whose table the light tier does not load) simplemma's own look-up; None for an unknown word."""
    from crosswire.facts.languages.common_words import _table, lemma

    if _table(language) is not None or language != "fr":
        return lemma(word, language)
    import simplemma

    return str(simplemma.lemmatize(word, lang=language)) if simplemma.is_known(word, lang=language) else None


def perfective_future(word: str, words: Words) -> bool:
    """Whether ``word`` (lower case) is a Polish or Ukrainian perfective verb's third-person non-past, which is
    its future ("przedstawi", "zbierze", "podpiszą", "зустрінеться", "розгляне", "оголосить"): a prefix of
    ``perfective_prefixes`` with three letters after it, an ending of ``perfective_endings``, no prefixed
    imperfective's present ending (``imperfective_endings``: "przedstawia", "podpisuje", "dochodzi",
    "зустрічається", "проводить"), and a simplemma lemma that is an infinitive and not one of
    ``imperfective_verbs`` ("dotyczy", "залежить"). A written rule: no analyser of aspect ships for these
    languages (see ``data/languages.toml``)."""
    if not words.perfective_prefixes or len(word) < 5:
        return False
    if not word.endswith(words.perfective_endings) or word.endswith(words.imperfective_endings):
        return False
    if words.participle_endings and word.endswith(words.participle_endings):
        return False  # a passive participle ("uszkodzony", "zamknięty"): its lemma is the infinitive too
    if word.endswith(words.past_plural_endings):
        return False  # a past plural ("zakończyły", "przyjęli"): no third-person non-past ends so
    if not any(word.startswith(p) and len(word) >= len(p) + 3 for p in words.perfective_prefixes):
        return False
    found = _verb_lemma(word, words.language)
    if found is not None and _past_of_own_stem(word, found, words):
        return False  # a past plural of the infinitive's own stem ("podpisali", "zakończyli"), not "pozwoli"
    return (
        found is not None
        and found != word
        and _infinitive(found, words)
        and found not in words.imperfective_verbs
        and any(found.startswith(p) for p in words.perfective_prefixes)
    )


def _past_of_own_stem(word: str, lemma: str, words: Words) -> bool:
    """Whether ``word`` is a past form built on its infinitive's own stem: an ending of ``past_stem_endings`` whose
    stem, with an infinitive ending, is ``lemma`` ("podpisali" -> "podpisa" + "ć" = "podpisać"; "pozwoli" is no
    "pozwoć")."""
    for ending in words.past_stem_endings:
        if word.endswith(ending) and any(word[: -len(ending)] + i == lemma for i in words.infinitive_endings):
            return True
    return False


def past_in(clause: list[str], words: Words) -> bool:
    """Whether a word of ``clause`` is a past finite verb: a past auxiliary (``past``: "wurde", "hatte"), a form
    with one of ``past_endings`` whose simplemma lemma is an infinitive ("reunió", "spotkał", "зустрівся"), a
    compound past (an auxiliary of ``past_auxiliaries`` and a participle after it: "a rendu", "si sono
    incontrati"), or a Russian past by pymorphy2."""
    if any(w in words.past for w in clause):
        return True
    if words.language == "ru":
        return any(_russian_past(w) for w in clause)
    for i, w in enumerate(clause):
        if words.past_endings and len(w) >= 4 and w.endswith(words.past_endings) and _past_form(w, words):
            return True
        if w in words.past_auxiliaries and any(
            len(p) >= 4 and p.endswith(words.participle_endings) and _past_form(p, words) for p in clause[i + 1 : i + 4]
        ):
            return True  # a compound past: "a rendu", "si sono incontrati", "se han reunido", "ist ... gestorben"
    return False


def _past_form(word: str, words: Words) -> bool:
    """Whether ``word`` is a verb form by its simplemma lemma: another word, an infinitive of the language (German
    infinitives end in "en", "ern", "eln")."""
    found = _verb_lemma(word, words.language)
    if found is None or found == word:
        return False
    return found.endswith(("en", "ern", "eln")) if words.language == "de" else _infinitive(found, words)


def date_tense(text: str, start: int, words: Words) -> str | None:
    """The tense of the clause of the date at ``start`` of the sentence ``text``
    (:attr:`crosswire.facts.records.DateFact.tense`): "future" for a future verb (:func:`future_in`) or a plan with
    an infinitive (:func:`_planned`), "past" for a past verb (:func:`past_in`), None otherwise (a present: "los
    ministros se reúnen el jueves", or no verb read)."""
    clause = verb_clause(text, start, words)
    if future_in(clause, words, strict=True) or _planned(text, start, words) or future_condition(text, start, words):
        return "future"
    return "past" if past_in(clause, words) else None


def future_condition(text: str, start: int, words: Words) -> bool:
    """Whether the weekday at ``start`` dates a clause of condition or time (opened by a mark of
    ``data/future_conditions.toml`` before the weekday, between punctuation) under a future: "Si les ministres
    règlent les derniers détails mardi soir, les deux chefs signeront l'accord", "Wenn die Minister sich am
    Dienstag einigen, wird das Abkommen unterzeichnet", "Если министры в среду согласуют детали, соглашение
    будет подписано": the clause holds no past verb (:func:`past_in`) and the rest of the sentence a future form
    (:func:`future_in`, strictly). Such a day is still ahead, today included (dates14: a preview's "expected to
    sign ... if their ministers settle the last details on Tuesday evening" was shown as done). Input: the
    sentence, the weekday's offset, the language's words."""
    from crosswire.facts.dates import condition_marks

    marks = condition_marks().get(words.language)
    if not marks:
        return False
    opened = max((m.end() for m in re.finditer(r"[,;:]", text[:start])), default=0)
    closed = re.search(r"[,;:]", text[start:])
    end = start + closed.start() if closed else len(text)
    low = text[opened:start].lower()
    if not any(re.search(rf"(?<!\w){re.escape(mark)}(?!\w)", low) for mark in marks):
        return False
    clause = [w.lower() for w in re.findall(r"[\w'’]+", text[opened:end])]
    if past_in(clause, words) or future_in(clause, words, strict=True):
        return False  # "si les ministres ont réglé ... mardi": a past; a future in the clause reads as it is
    rest = [
        m.group().lower()
        for m in re.finditer(r"[\w'’]+", text[:opened] + " " + text[end:])
        if not _name_like(m.group(), "x")
    ]
    return future_in(rest, words, strict=True) or _future_clause(text[:opened] + " " + text[end:], 0, words.language)


def _planned(text: str, start: int, words: Words) -> bool:
    """Whether a verb of agreeing, deciding or planning (a ``plan`` stem of ``data/languages.toml``) stands among
    the :data:`FUTURE_REACH` words before ``start`` in its clause with an infinitive after it, before the weekday
    ("стороны договорились встретиться в субботу", "aceptaron reunirse el sábado"): what was agreed is still to
    come, so the weekday is the coming one. Without an infinitive ("acordaron el sábado") the weekday dates the
    agreement and this is False. Input: the sentence, the weekday's offset, the language's words."""
    if not words.plan or not words.infinitive_endings:
        return False
    clause = re.split(r"[,;:]", text[:start])[-1]
    before = re.findall(r"\w+", clause.lower())[-FUTURE_REACH:]
    for i, w in enumerate(before):
        if not w.startswith(words.plan):
            continue
        for later in before[i + 1 :]:
            if any(later.endswith(e) and len(later) >= len(e) + 3 for e in words.infinitive_endings):
                return True
    return False


def _russian_future(word: str) -> bool:
    from crosswire.facts.languages.russian import future_verb  # loads pymorphy2: only for Russian text

    return future_verb(word)


def _russian_past(word: str) -> bool:
    from crosswire.facts.languages.russian import past_verb  # loads pymorphy2: only for Russian text

    return past_verb(word)


# Languages whose verbs' tense a morphological analyser gives: the word's future form, which no fixed list holds
# (every perfective verb's non-past is a future in Russian: "проведёт", "состоится", "выйдут").
FUTURE_FORMS: dict[str, Callable[[str], bool]] = {"ru": _russian_future}


def _future_clause(text: str, start: int, language: str) -> bool:
    """Whether the clause (between commas, semicolons and colons) holding the weekday at ``start`` has a finite
    verb in the future by the language's analyser (:data:`FUTURE_FORMS`), before or after the weekday ("Клуб
    проведёт чемпионский парад с трофеем по центру Брастова в понедельник", "В понедельник клуб проведёт
    парад"): the weekday is then the coming one."""
    future = FUTURE_FORMS.get(language)
    if future is None:
        return False
    opened = max((m.end() for m in re.finditer(r"[,;:]", text[:start])), default=0)
    closed = re.search(r"[,;:]", text[start:])
    clause = text[opened : start + closed.start() if closed else len(text)]
    return any(future(w) for w in re.findall(r"\w+", clause.lower()))


def weekday_of(word: str, opens: bool, words: Words) -> int | None:
    """The weekday (Monday=0) ``word`` names, or None. ``opens``: the word opens its sentence.

    Where weekdays inflect (``weekday_cases``: Slavic cases, "пятницы", "piątku") a word matches by the
    weekday's stem (:data:`WEEK_STEM` letters off, at most two letters more); elsewhere only as written, or in
    German joined to a part of the day ("Donnerstagabend": ``weekday_parts``). Where the language writes
    weekdays in lower case (Spanish, French, the Slavic languages), a capitalised word inside a sentence is a
    name, not a weekday: the Spanish name "Marta" is not "martes"."""
    if word[:1].isupper() and not opens and not words.weekday_upper:
        return None
    w = word.lower()
    if w in words.not_weekdays:  # "четверо" (four people), "среди" (among): a weekday's stem, no weekday
        return None
    for name, wd in words.weekdays.items():
        if words.weekday_cases:
            if len(w) >= 4 and w.startswith(name[: max(4, len(name) - WEEK_STEM)]) and len(w) <= len(name) + 2:
                return wd
        elif w == name or (w.startswith(name) and w[len(name) :] in words.weekday_parts):
            return wd
    return None


def _fact(
    text: str,
    start: int,
    sent: tuple[int, int],
    value: str | None,
    granularity: str | None,
    relative: bool,
    base: date | None,
    month_day: str | None = None,
) -> DateFact:
    """The date fact of the span ``text`` at ``start`` (an offset into the body) in the sentence ``sent`` (start,
    end): ``value`` an ISO day, month or year (None: no anchor places it), scheduled when a day after ``base``."""
    day = date.fromisoformat(value) if value is not None and granularity == "day" else None
    return DateFact(
        text=text,
        start=start,
        end=start + len(text),
        sentence_start=sent[0],
        sentence_end=sent[1],
        value=value,
        granularity=granularity,
        relative=relative,
        scheduled=bool(day and base and day > base),
        month_day=month_day,
    )
