"""Times of day on the 24-hour clock of the languages read beside English: "a las 10:40", "10 h 40", "20h12",
"o 11.15", "в 11:15", "gegen 22.50 Uhr" -> minutes after midnight, as ``Value(kind="time")``.

A time of day is a value two outlets can disagree on ("stopped at 10:40" / "в 11:15 остановилась"), and
one the number readers must not take for a count ("o 11.15" is no 11.15 of anything). Written by hand:
dateparser and babel parse a time given alone, not one found inside a sentence beside other numbers; the
words that mark a clock are data (``data/languages.toml``: ``clock`` after the number, ``clock_before``
before it).
"""

from __future__ import annotations

import re

from babel.numbers import get_group_symbol

from crosswire.facts.languages.lexicon import Words
from crosswire.facts.records import Value

# Hours and minutes joined by ":", ".", or the letter "h" (French, Spanish: "10h40", "10 h 40"); an hour
# alone before a clock word ("18 h", "22 Uhr").
_CLOCK = re.compile(
    r"(?<![\d.,:])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.]|\s?h\s?)(?P<m>[0-5]\d))?(?![\d]|[.,:]\d)", re.IGNORECASE
)
DAY_MINUTES = 24 * 60


def _word_after(text: str, end: int) -> str:
    nxt = text[end:].split(maxsplit=1)
    return nxt[0].lower().rstrip(".,;:)") if nxt else ""


def _words_before(text: str, start: int, n: int) -> str:
    return " ".join(text[:start].lower().split()[-n:])


def _after_clock_preposition(text: str, start: int, words: Words) -> bool:
    """Whether a clock preposition ends right before ``start`` ("o", "в", "um", "a las", "à")."""
    return any(_words_before(text, start, len(p.split())) == p for p in (*words.clock_before, *words.clock_about))


def _about_before(text: str, start: int, words: Words) -> str | None:
    """The language's word for an approximate clock time ending right before ``start`` ("vers", "Около"), or
    for one just before or after it ("kurz nach", "незадолго до"), as written, or None."""
    for p in sorted((*words.clock_about, *words.shortly_before, *words.shortly_after), key=len, reverse=True):
        n = len(p.split())
        if _words_before(text, start, n) == p:
            return " ".join(text[:start].split()[-n:])
    return None


def is_clock(text: str, start: int, end: int, words: Words, *, grouped: bool = True) -> bool:
    """Whether the number at ``text[start:end]`` (one of the forms of :data:`_CLOCK`) is a time of day: hours
    and minutes joined by ":" or "h"; joined by "." when a clock word follows ("22.50 Uhr"), a clock
    preposition comes before ("o 11.15", "um 9.30") or the language groups thousands with "." (no grouped
    number has two digits after the point; ``grouped=False`` leaves this reading out, for a number that is
    to be a time value rather than merely not a count); an hour alone only with a clock word after it
    ("18 h", "22 Uhr").
    """
    m = _CLOCK.fullmatch(text[start:end])
    if m is None:
        return False
    sep = (m.group("sep") or "").strip().lower()
    after = _word_after(text, end)
    if m.group("m") is None:  # "um 22 Uhr", "à 18 h"; not "pendant 7 h" (a length of time)
        if _day_part(text, end, words) is not None:  # "в 8 часов утра"
            return _after_clock_preposition(text, start, words)
        if _lone_hour(text, start, end, words):  # "diffuso alle 22, a mercati chiusi"
            return True
        return after in words.clock and (after == "uhr" or _after_clock_preposition(text, start, words))
    if sep in (":", "h"):
        return True
    if _measure_word(after, words):
        return False  # "um 2.50 Euro", "в 2.50 раза": an amount
    grouped = grouped and get_group_symbol(words.language) == "."
    return after in words.clock or _after_clock_preposition(text, start, words) or grouped


_CLAUSE_END = re.compile(r"\s*(?:[,;:.!?)]|[–—]|$)")


def _lone_hour(text: str, start: int, end: int, words: Words) -> bool:
    """Whether the hour at ``text[start:end]`` stands alone after one of the language's ``hour_before`` words
    and ends its clause ("un comunicato diffuso alle 22, a mercati chiusi", "às 22."): a time of day. Why: a
    new user's Italian statement "alle 22" was read as a count of 22, and its time never set against the
    other outlets' "7 a.m.". So is an hour followed by an article of the language's ``hour_then`` ("ha ordinato
    martedì alle 8 il fermo": the article opens the verb's object, so the hour counts nothing; a new user's
    airline story read a count of 8 there, set it against a dateline's day and missed its 6 a.m.). An hour with
    a noun after it ("alle 3 vittime") is left to the other readings."""
    if not words.hour_before:
        return False
    after = _word_after(text, end)
    elided = re.match(r"\w+['’]", after)  # "alle 8 l'autorità"
    opens = after in words.hour_then or (elided is not None and elided.group() in words.hour_then)
    if _CLAUSE_END.match(text, end) is None and not opens:
        return False
    return any(_words_before(text, start, len(p.split())) == p for p in words.hour_before)


def _day_part(text: str, end: int, words: Words) -> tuple[int, int] | None:
    """For an hour ending at ``end`` followed by the language's word for hours and a part of the day ("8 часов
    утра", "7 годині вечора"): (hours the part adds to an hour of 1-11, the end of the part's word); else None.
    "в 8 часов" alone is left out (it may be eight hours); the part of the day makes it a clock time."""
    m = re.match(r"\s+(\w+)\s+(\w+)", text[end:])
    if m is None or m.group(1).lower() not in words.clock_hours:
        return None
    shift = words.day_parts.get(m.group(2).lower())
    return None if shift is None else (shift, end + m.end())


def hour_phrases(text: str, words: Words) -> list[tuple[int, int, int]]:
    """Times of day written as an hour, in digits or a word, then a part of the day after a clock preposition
    ("hacia las dos de la tarde", "a las 9 de la noche", "verso le tre del pomeriggio"): (start, end, minutes
    after midnight) in ``text``, the span from the hour to the end of the part of the day. The parts are the
    language's ``hour_day_parts`` (phrase -> hours added to an hour of 1-11); an hour above 12 or that no
    reader takes for a number is left out. Raises nothing."""
    if not words.hour_day_parts or not words.clock_before:
        return []
    parts = "|".join(re.escape(p) for p in sorted(words.hour_day_parts, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w-])(?P<h>\d{{1,2}}|\w+)\s+(?P<part>{parts})(?![\w-])", text, re.I):
        if not _after_clock_preposition(text, m.start(), words):
            continue
        hour_text = m.group("h")
        if hour_text.isdigit():
            hour: float | None = float(hour_text)
        else:
            from crosswire.facts.languages.numbers import word_number  # numbers imports this module

            hour = word_number(hour_text, words.language)
        if hour is None or not 1 <= hour <= 12 or hour != int(hour):
            continue
        shift = words.hour_day_parts[m.group("part").lower()]
        out.append((m.start(), m.end(), (int(hour) % 12 + shift) * 60))
    return out


def _measure_word(word: str, words: Words) -> bool:
    """Whether ``word`` (lower case) names a currency, a scale or a percentage in the language."""
    return (
        any(word.startswith(c.lower()) for c, _ in words.currencies)
        or any(word.startswith(p) for p, _ in words.scales)
        or any(word.startswith(p) for p in words.percent)
    )


def clock_values(text: str, offset: int, words: Words) -> list[Value]:
    """The times of day in one sentence (``text``, starting at body offset ``offset``), each a
    ``Value(kind="time", value=minutes after midnight, exact=True)`` spanning the number (and its "h"); a time
    after a word of the language's ``clock_about`` ("vers 7h40", "около 6:40") has that word as its
    ``qualifier`` and ``exact=False``, as English "at about 6:40 a.m." has. Raises nothing."""
    out = []
    for m in _CLOCK.finditer(text):
        end = m.end()
        if not is_clock(text, m.start(), end, words, grouped=False):
            continue
        hour = int(m.group("h"))
        part = _day_part(text, end, words) if m.group("m") is None else None
        if part is not None:  # "8 часов утра" is 8:00, "8 часов вечера" 20:00, "12 часов ночи" midnight
            hour = (hour % 12) + part[0] if hour <= 12 else hour
            end = part[1]
        minutes = hour * 60 + int(m.group("m") or 0)
        if minutes >= DAY_MINUTES:
            continue
        about = _about_before(text, m.start(), words)
        out.append(
            Value(
                kind="time",
                text=text[m.start() : end],
                start=offset + m.start(),
                end=offset + end,
                value=float(minutes),
                qualifier=about,
                exact=about is None,
            )
        )
    for s, e, minutes in hour_phrases(text, words):
        if any(v.start < offset + e and offset + s < v.end for v in out):
            continue  # read already ("a las 9.30 de la noche")
        about = _about_before(text, s, words)
        out.append(
            Value(
                kind="time",
                text=text[s:e],
                start=offset + s,
                end=offset + e,
                value=float(minutes),
                qualifier=about,
                exact=about is None,
            )
        )
    return sorted([*out, *day_point_values(text, offset, words)], key=lambda v: v.start)


def day_point_values(text: str, offset: int, words: Words) -> list[Value]:
    """Midnight and noon named in words in one sentence ("kurz nach Mitternacht", "после полуночи", "o północy",
    "à minuit", "al mediodía"): a ``Value(kind="time")`` of 0 or 720 minutes after midnight, spanning the word,
    when a word of ``day_point_before`` (or of ``shortly_before`` / ``shortly_after`` / ``clock_about``) comes
    right before it or it is one of ``day_point_adverbs`` ("опівночі"): "na północy" is in the north, "Mittag"
    alone may be lunch, and a phrase of ``not_day_points`` ("po południu") is the afternoon. A qualifier before
    it ("kurz nach", "около", or a preposition that is no ``day_point_at`` word: "avant") is kept and makes it
    inexact, as English "shortly before midnight" is: midnight is 0 on either side of it, as the English reader
    gives it (the comparison reads "shortly before" as the hour before). Raises nothing."""
    out: list[Value] = []
    for forms, minutes in ((words.midnight, 0.0), (words.noon, 720.0)):
        if not forms:
            continue
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.I)
        for m in pattern.finditer(text):
            if any(_words_before(text, m.end(), len(p.split())) == p for p in words.not_day_points):
                continue  # "po południu": the afternoon
            about = _about_before(text, m.start(), words)
            if about is None and m.group().lower() not in words.day_point_adverbs:
                prep = next(
                    (p for p in words.day_point_before if _words_before(text, m.start(), len(p.split())) == p), None
                )
                if prep is None:
                    continue
                if prep not in words.day_point_at:  # "nach Mitternacht", "avant midi": a side of it, no "at"
                    about = " ".join(text[: m.start()].split()[-len(prep.split()) :])
            out.append(
                Value(
                    kind="time",
                    text=m.group(),
                    start=offset + m.start(),
                    end=offset + m.end(),
                    value=minutes,
                    qualifier=about,
                    exact=about is None,
                )
            )
    return out
