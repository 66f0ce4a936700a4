"""Figures in any language: numbers written in the article's locale, scaled, qualified and given what they
count as a concept id.

Digits are read by babel in the article's locale, so German "2.000" and French "2 000" are 2000 and Russian
"1,5 млн" is 1,500,000 (a number written in another locale's convention would be misread: the locale is the
article's, not guessed per number). Number words are read by ``text2num`` (French, Spanish, German, Italian,
Portuguese) and ``number-parser`` (Russian, Ukrainian); the forms neither reads (Russian and Ukrainian collective
numerals "пятеро", "п'ятеро"; Polish and Belarusian number words in every case, "pięciu", "dwóch", "пяцёра",
which no offline library covers) are the language's ``number_words`` in ``data/languages.toml``. Number words
in a row that add up ("двадцать пять", "dwudziestu pięciu": a ten then a unit) are one figure. What a figure
counts is the next noun within three words, its lemma (or the word as written)
mapped to a concept id by :func:`crosswire.vocab.concepts.concept_of`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel.numbers import NumberFormatError, get_group_symbol, parse_decimal

from crosswire.facts.languages.ages import age_end, apposed_age_end, of_age_end
from crosswire.facts.languages.base import Token
from crosswire.facts.languages.clock import hour_phrases, is_clock
from crosswire.facts.languages.lexicon import Words, words_for
from crosswire.facts.not_figures import name_numeral, phone_number
from crosswire.facts.records import Figure, FigureType
from crosswire.vocab.concepts import concept_of, held_state, state_concept, unit_of
from crosswire.vocab.currency_names import currency_adjectives, currency_words, scaled_only, sterling_words
from crosswire.vocab.data import data_toml

# Not after a letter or a digit: "A7", "MH17", "G20" name a road, a flight, a summit; they count nothing. Nor
# after a word and a hyphen: "Skyrunner-2", "Ан-124", "COVID-19" name a model or a disease ("Ракета Skyrunner-2
# норвежской компании" gave 2 companies, a new user's rocket trial).
_DIGITS = re.compile(
    r"(?<![\w.,])(?<![^\W\d_]-)\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?(?![\d])"
    r"|(?<![\w.,])(?<![^\W\d_]-)\d+(?:[.,]\d+)?(?![\d])"
)
_HOUR_MINUTE = re.compile(r"^(?:[01]?\d|2[0-4])\.[0-5]\d$")
_SPACES = re.compile(r"[ \u00a0\u202f]")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
TEXT2NUM = frozenset({"fr", "es", "de", "en", "it", "pt", "nl"})
NUMBER_PARSER = frozenset({"ru", "uk", "es", "en"})


def parse_number(text: str, language: str) -> float | None:
    """A number written in digits in ``language``'s locale ("2.000" de -> 2000, "2 000" fr -> 2000, "1,5" ru
    -> 1.5), or None when babel cannot read it in that locale."""
    group = get_group_symbol(language)
    norm = _SPACES.sub(group, text) if _SPACES.match(group) else _SPACES.sub("", text)
    try:
        return float(parse_decimal(norm, locale=language, strict=False))
    except (NumberFormatError, ValueError):
        return None


# Ukrainian writes its apostrophe three ways ("п'ять", "п’ять", "пʼять"); number-parser reads only "ʼ" (U+02BC),
# the ``number_words`` lists only "'".
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
# Languages whose front-end tags no word a numeral (the language-light tier): every word is offered to the
# library, a scale word ("тисячі", thousands) excepted.
_UNTAGGED = frozenset({"uk"})


@lru_cache(maxsize=1 << 14)
def word_number(word: str, language: str) -> float | None:
    """A number written as a word ("zwanzig", "vingt", "двадцать", "пятеро", "pięciu"): the language's
    ``number_words`` (``data/languages.toml``), else text2num or number-parser; None for a word that is no
    number, or in a language no list or library reads."""
    w = word.lower().translate(_APOSTROPHES)
    try:
        listed = words_for(language).number_words.get(w)
    except KeyError:  # a language without words in data/languages.toml
        listed = None
    if listed is not None:
        return listed
    if language == "uk":
        w = w.replace("'", "ʼ")
    if language in TEXT2NUM:
        try:
            from text_to_num import text2num

            return float(text2num(w, language))
        except (ValueError, ImportError):
            pass
    if language in NUMBER_PARSER:
        got = _number_parser(w, language)
        if got is None:  # an oblique case number-parser lacks: "дванадцятьох" read as its "дванадцять"
            for ending, nominative in _case_endings(language):
                if w.endswith(ending) and len(w) > len(ending) + 3:
                    got = _number_parser(w[: -len(ending)] + nominative, language)
                    if got is not None:
                        break
        return got
    return None


def _number_parser(word: str, language: str) -> float | None:
    try:
        got = _np_parse(word, language)
    except (ValueError, ImportError, KeyError):
        got = None
    return float(got) if isinstance(got, int | float) else None


def _np_parse(word: str, language: str) -> int | float | None:
    """``number_parser.parse_number(word, language=language)`` with the language's tables built once per process.

    Why: the library builds its ``LanguageData`` (five dicts of number words, each normalised) on every call,
    ~0.1 ms, and every distinct word a reader offers costs one (967 calls in the compare stage of the 181
    benchmark pages, ~0.1 CPU s; 663 in the facts stage). The steps below are the library's own (0.3.2), reading
    the tables through its private helpers; a library without them is called as it is. The tables are only read
    (``tests/test_speed13_caches.py`` checks the answers against the library's for words of four languages)."""
    try:
        from number_parser import parser as lib

        tokenize, normalize = lib._tokenize, lib._normalize_tokens
        cardinal, skip, build = lib._is_cardinal_token, lib._is_skip_token, lib._build_number
    except (ImportError, AttributeError):
        from number_parser import parse_number as np_parse

        got = np_parse(word, language=language)
        return got if isinstance(got, int | float) else None
    if not word.strip():
        return None
    if word.strip().isnumeric():
        return int(word)
    data = _language_data(language)
    tokens = normalize(tokenize(word, language))
    for index, token in enumerate(tokens):
        if cardinal(token, data) or not token.strip():
            continue
        if skip(token, data) and index != 0:
            continue
        return None
    built = build(tokens, data)
    return int(built[0]) if len(built) == 1 else None


@lru_cache(maxsize=8)
def _language_data(language: str) -> object:
    """number-parser's tables of ``language`` (raises ``ValueError`` for a language it does not read)."""
    from number_parser.parser import LanguageData

    return LanguageData(language)


@lru_cache(maxsize=16)
def _case_endings(language: str) -> tuple[tuple[str, str], ...]:
    """The language's ``number_case_endings`` (``data/languages.toml``): (oblique ending, nominative ending)
    pairs, longest first, tried on a number word the library does not read."""
    try:
        pairs = words_for(language).number_case_endings
    except KeyError:
        return ()
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _prefix(word: str, entries: tuple[tuple[str, object], ...]) -> object | None:
    w = word.lower()
    for key, value in entries:
        if w == key or (len(key) >= 3 and w.startswith(key)):
            return value
    return None


SCALE_STEM = 5  # letters a scale word needs to match as a word's start ("milion" takes "milionów")


def _scale(word: str, words: Words) -> float | None:
    """The multiplier of a scale word after a number: the whole word (a final dot aside: "mln.", "mil"), or a
    listed word of :data:`SCALE_STEM` letters or more the word starts with ("миллиона", "milionów"). A shorter
    entry is an abbreviation or a word that begins others: "mil" (thousand) is not "militares", "mila" not
    "milanesi"."""
    w = word.lower().rstrip(".,")
    for key, value in words.scales:
        if w == key or (len(key) >= SCALE_STEM and w.startswith(key)):
            return float(value)
    return None


def _percent_after(rest: str, words: Words) -> str | None:
    """The percent word or phrase ``rest`` (what follows a number) opens with, as written: a word starting with
    a listed word ("Prozent", "proc."), or a listed phrase as whole words ("per cento", "por ciento"); None
    when it opens with neither."""
    text = rest.lstrip()
    low = text.lower()
    first = text.split(maxsplit=1)[0].rstrip(".,") if text else ""
    for p in sorted(words.percent, key=len, reverse=True):
        if p == "%":
            continue
        if " " in p:
            if low.startswith(p) and (len(low) == len(p) or not low[len(p)].isalnum()):
                return text[: len(p)]
        elif first.lower().startswith(p):
            return first
    return None


def _qualifier(before: str, words: Words) -> tuple[str | None, str | None]:
    """(qualifier as written, its class: "more", "less", "about") ending right before a number. An
    approximation is read first: "около 210", "unos 140", "rund 140" say about that many, not at most or at
    least (a word the data also lists as a bound is read as ``about``, as :mod:`crosswire.compare.claims.qualifiers`
    reads it), so the figure gets no ``low`` or ``high``."""
    low = before.lower().rstrip()
    listed = [
        (q, cls) for cls, items in (("about", words.about), ("more", words.more), ("less", words.less)) for q in items
    ]
    for q, cls in sorted(listed, key=lambda qc: len(qc[0]), reverse=True):  # the longest; of equals, ``about``
        if low.endswith(q) and (len(low) == len(q) or not low[-len(q) - 1].isalnum()):
            if q in words.noun_then_qualifier and _after_noun(before.rstrip()[: -len(q)]):
                return None, None  # "eine Finanzspritze über 8 Milliarden": what the sum is, no bound
            return before.rstrip()[-len(q) :], cls
    return None, None


def _after_noun(before: str) -> bool:
    """Whether ``before`` ends with a capitalised word that does not start its sentence (a German noun)."""
    words = before.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1][-1:].isalpha()


def figures_in(
    text: str, tokens: list[Token], offset: int, sent: tuple[int, int], words: Words, language: str
) -> list[Figure]:
    """The figures of one sentence. ``text`` is the sentence, ``offset`` its body offset, ``tokens`` its
    tokens (body offsets), ``sent`` its body span. Years standing alone (1900-2099) are left to the dates."""
    out: list[Figure] = []
    clocks = [(offset + s, offset + e) for s, e, _ in hour_phrases(text, words)]  # "las dos de la tarde": 14:00
    for m in _DIGITS.finditer(text):
        value = parse_number(m.group(), language)
        if value is None or (_YEAR.match(m.group()) and not _after(text, m.end(), words)):
            continue
        if _time_of_day(text, m.start(), m.end(), words) or _labelled(text, m.start(), words):
            continue
        if phone_number(text, m.start(), m.end()):
            continue  # "le 0 800 130 000": no figure (crosswire.facts.not_figures)
        if name_numeral(text, m.start(), m.end()) and not _after(text, m.end(), words):
            # "Veldmelk Start 1" names a product; a number a scale word or a currency follows is a sum or a
            # figure after a name ("soll Corvan Meddle 63 Millionen Euro abgezweigt haben": 63 million euros,
            # where "Millionen Euro" alone had been read as one million)
            continue
        if any(s <= offset + m.start() < e for s, e in clocks):
            continue
        out.append(_figure(text, m.start(), m.end(), value, tokens, offset, sent, words))
    run: list[tuple[Token, float]] = []
    for i, t in enumerate([*tokens, None]):
        v = None
        if (
            t is not None
            and not any(f.start <= t.start < f.end for f in out)  # not a figure's scale word
            and not any(s <= t.start < e for s, e in clocks)
        ):
            v = _token_number(t, words, language)
            if v is not None and t.lemma in words.ambiguous_numbers and not _content_word_next(tokens, i, words):
                v = None  # "sei stato": "you have been", not six
        if t is not None and v is not None and (not run or _adds(run, t, v, text, offset)):
            run.append((t, v))
            continue
        if run and (total := sum(x for _, x in run)) > 1 and not _bare_magnitude(run, words):
            first, last = run[0][0], run[-1][0]
            out.append(_figure(text, first.start - offset, last.end - offset, total, tokens, offset, sent, words))
            if t is not None and out[-1].start <= t.start < out[-1].end:
                v = None  # the run's scale word ("doce mil", "douze mille": 12,000), read into it, no 1,000 of its own
        run = [(t, v)] if t is not None and v is not None else []
    out.extend(_singular_magnitudes(text, tokens, offset, sent, words, out))
    out.sort(key=lambda f: f.start)
    _read_changes(text, offset, out, words)
    return out


def _singular_magnitudes(
    text: str, tokens: list[Token], offset: int, sent: tuple[int, int], words: Words, found: list[Figure]
) -> list[Figure]:
    """A singular magnitude noun with no numeral before it that heads a count ("Milion widzów", "миллион
    зрителей": ``data/singular_magnitudes.toml``) as the figure one thousand, one million; none inside a figure
    already read (``found``), after a number, or before a word of ``not_counted`` or no lower-case word."""
    table = data_toml("singular_magnitudes.toml")
    listed: dict[str, int] = table["words"].get(words.language, {})
    if not listed:
        return []
    skip = frozenset(table["not_counted"].get(words.language, ()))
    genitive: dict[str, int] = table.get("genitive", {}).get(words.language, {})
    governing = frozenset(table.get("genitive_before", {}).get(words.language, ()))
    out = []
    for i, t in enumerate(tokens):
        prev = tokens[i - 1] if i > 0 else None
        value = listed.get(t.text.lower())
        if value is None and prev is not None and _governs(prev, tokens[i - 2] if i > 1 else None, governing):
            value = genitive.get(t.text.lower())  # "около тысячи человек": about one thousand (conf13)
        if value is None or any(f.start <= t.start < f.end for f in found):
            continue
        start = t.start
        before = word_number(prev.text, words.language) if prev is not None and prev.text.isalpha() else None
        if prev is not None and before == 1:
            start = prev.start  # "один миллион зрителей", "jeden milion": one, written out
        elif prev is not None and (prev.text[:1].isdigit() or before is not None):
            continue  # "2 тысяча": a number the readers take whole
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or not nxt.text[:1].islower() or not nxt.text.isalpha() or nxt.text.lower() in skip:
            continue
        out.append(_figure(text, start - offset, t.end - offset, float(value), tokens, offset, sent, words))
    return out


def _governs(prev: Token, before: Token | None, governing: frozenset[str]) -> bool:
    """Whether the token before a magnitude word (with the one before it: "ok." is two tokens) is a listed word
    that takes the genitive (``genitive_before`` of data/singular_magnitudes.toml)."""
    word = prev.text.lower()
    if word == "." and before is not None:
        word = before.text.lower() + "."
    return word in governing


_NUMBER = r"\d+(?:[.,]\d+)?%?"


def _read_changes(text: str, offset: int, figures: list[Figure], words: Words) -> None:
    """Read each change or range written "с 62 до 64" / "z 62 do 64" / "von 62 auf 64" / "de 62 a 64" (the
    language's ``range_from`` and ``range_to`` words) in place: the second number is a value as written, not
    an "up to" bound (exact, no qualifier, no ``high``), and the first counts or measures what the second
    does ("с 62 до 64 лет": both are years), so that sources giving 62 and 65 or 62 and 64 compare old value
    with old value and new with new. ``text`` is the sentence, ``offset`` its body offset, ``figures`` its
    figures sorted by start (body offsets), changed in place. Raises nothing."""
    if not words.range_from or not words.range_to:
        return
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    pattern = re.compile(
        rf"(?<!\w)(?:{alt(words.range_from)})\s*(?P<a>{_NUMBER})\s+(?:{alt(words.range_to)})\s+(?P<b>{_NUMBER})",
        re.I,
    )
    for m in pattern.finditer(text):
        a = _figure_at(figures, offset + m.start("a"))
        b = _figure_at(figures, offset + m.start("b"))
        if a is None or b is None or a is b:
            continue
        if b.qualifier is not None and b.start < offset + m.start("b"):
            b.text = b.text[offset + m.start("b") - b.start :]
            b.start = offset + m.start("b")
            b.qualifier, b.exact, b.low, b.high = None, True, None, None
        if a.end > offset + m.end("a"):  # "50 до": the number's end, not the "to" word read as its unit
            a.text, a.end = a.text[: offset + m.end("a") - a.start], offset + m.end("a")
        a.type, a.unit, a.currency, a.counted, a.concept = b.type, b.unit, b.currency, b.counted, b.concept


def _figure_at(figures: list[Figure], at: int) -> Figure | None:
    """The figure whose span holds body offset ``at``, or None."""
    return next((f for f in figures if f.start <= at < f.end), None)


def _token_number(t: Token, words: Words, language: str) -> float | None:
    """The number a word token writes, or None: read when the front-end tags it a numeral, the language's
    library reads every word (text2num's languages, and the untagged ones of ``_UNTAGGED`` but for scale
    words), or the language lists the word in ``number_words``."""
    if not t.text[:1].isalpha() or len(t.text) <= 2:
        return None
    listed = t.text.lower().translate(_APOSTROPHES) in words.number_words
    untagged = language in _UNTAGGED and _prefix(t.text, words.scales) is None
    if listed or t.pos == "NUM" or language in TEXT2NUM or untagged:
        return word_number(t.text, language)
    return None


def _bare_magnitude(run: list[tuple[Token, float]], words: Words) -> bool:
    """Whether the run of number words is one plural magnitude word alone ("Millionen Zuschauer", "miles de
    personas", "des millions de", "milhões de"), listed in the language's ``vague_numbers``
    (``data/languages.toml``): a rough count, read by :func:`crosswire.facts.languages.vague.vague_figures` as a
    range (1-10 million), never as the exact 1,000,000 text2num gives the word. A number before it is read with
    it as a scale ("drei Millionen", in :func:`_figure`), and a singular ("eine Million", "un millón") is no
    listed word: both stay exact."""
    return len(run) == 1 and run[0][0].text.lower() in words.vague_numbers


def _adds(run: list[tuple[Token, float]], t: Token, v: float, text: str, offset: int) -> bool:
    """Whether number word ``t`` (value ``v``) continues the run of number words before it as one number
    ("двадцать пять" 25, "сто двадцать" 120): only a space between, and each word a smaller place than
    the last (a hundred, then tens, then units; "двое и трое" or "пять пять" stay apart)."""
    last, prev = run[-1]
    if text[last.end - offset : t.start - offset].strip():
        return False
    return v < prev and (prev % 100 == 0 or (prev % 10 == 0 and v < 10))


def _content_word_next(tokens: list[Token], i: int, words: Words) -> bool:
    """Whether the token after ``tokens[i]`` is a word and no function word of the language (``stop``)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.text[:1].isalpha() and nxt.lemma not in words.stop


def _time_of_day(text: str, start: int, end: int, words: Words) -> bool:
    """Whether the number at ``text[start:end]`` is a time of day, not a count: followed by the language's
    clock word ("22.50 Uhr", "18 h", "18h30") or after it ("18 h 30"), one side of "22:50", or "22.50" where
    "." groups thousands (German, Spanish: no grouped number has two digits after the point; read as 2250 it
    would be a count)."""
    if is_clock(text, start, end, words):  # "o 11.15", "в 11:15", "um 22 Uhr"
        return True
    nxt = text[end:].split(maxsplit=1)
    w = nxt[0].lower().rstrip(".,;") if nxt else ""
    if w in words.clock or any(w.startswith(c) and w[len(c) :].isdigit() for c in words.clock):
        return True
    if _HOUR_MINUTE.match(text[start:end]) and get_group_symbol(words.language) == ".":
        return True
    prev = text[:start].split()[-2:]
    if len(prev) == 2 and prev[1].lower() in words.clock and prev[0].isdigit():
        return True  # the minutes of "18 h 30"
    if text[end : end + 1] == ":" and text[end + 1 : end + 2].isdigit():
        return True
    return text[start - 1 : start] == ":" and text[start - 2 : start - 1].isdigit()


def _labelled(text: str, start: int, words: Words) -> bool:
    """Whether the number at ``text[start:]`` comes right after a word that makes it a name, not a count: the
    language's ``number_labels`` ("Route 9", "трасса №9", "droga nr 9", "la carretera 9"). "№" may be joined
    to the number."""
    before = text[:start]
    if before.endswith("№"):
        return True
    prev = before.split()[-1:] if before[-1:].isspace() else []
    return bool(prev) and prev[0].lower().rstrip(".:") in words.number_labels


def _after(text: str, end: int, words: Words) -> bool:
    nxt = text[end:].split(maxsplit=1)
    return bool(nxt) and (
        _scale(nxt[0], words) is not None
        or _prefix(nxt[0], words.currencies) is not None
        or _named_currency(nxt[0], "", True, words) is not None
        or nxt[0].startswith("%")
        or _percent_after(text[end:], words) is not None
    )


def _figure(
    text: str, s: int, e: int, value: float, tokens: list[Token], offset: int, sent: tuple[int, int], words: Words
) -> Figure:
    ftype: FigureType = "count"
    currency = unit = None
    rest = text[e:]
    nxt = rest.split(maxsplit=1)
    scaled = False
    for _ in range(2):  # "2,3 milliards", "2 mil millones" (a thousand millions)
        if not nxt or (scale := _scale(nxt[0], words)) is None:
            break
        value *= scale
        scaled = True
        e += rest.index(nxt[0]) + len(nxt[0].rstrip(","))
        rest = text[e:]
        nxt = _past_partitive(rest, words)
    head = text[max(0, s - 1) : s]
    aged = age_end(text, e, words.language)
    if aged is None:
        aged = apposed_age_end(text, s, e, words.language)  # "Halloran, de 61 años,": an age, not 61 years
    if aged is None:
        aged = of_age_end(text, s, e, words.language)  # "il sindaco di 52 anni", "âgé de 52 ans"
    if aged is not None:
        # "Die 48-Jährige", "48-летняя жительница": a person's age in years, not a count of 48
        language = words.language
        return figure_at(text, s, aged, offset, sent, "age", value, None, None, None, None, True, language, "year")
    if head in ("$", "€", "£", "₽"):
        currency, ftype, s = str(_prefix(head, words.currencies) or "USD"), "money", s - 1
    elif rest.lstrip().startswith("%"):
        ftype, unit = "percent", "percent"
        e += rest.index("%") + 1
    elif nxt and (pct := _percent_after(rest, words)) is not None:
        ftype, unit = "percent", "percent"
        e += rest.index(pct) + len(pct)
    elif nxt and (cur := _prefix(_currency_word(nxt[0], words), words.currencies)) is not None:
        currency, ftype = str(cur), "money"
        e += rest.index(nxt[0]) + len(nxt[0].rstrip(".,"))
    elif nxt and (cur := _named_currency(nxt[0], rest[rest.index(nxt[0]) + len(nxt[0]) :], scaled, words)):
        # "48 Millionen Pfund", "48 миллионов фунтов стерлингов": a currency named by babel's CLDR names
        currency, ftype = cur, "money"
        e += rest.index(nxt[0]) + len(nxt[0].rstrip(".,"))
        if (sterling := _sterling_after(text, e)) is not None:
            e = sterling  # "livres sterling": the pair is the currency's name
    elif nxt and (named := _adjective_currency(rest, words)) is not None:
        currency, ftype, e = named[0], "money", e + named[1]  # "3 Millionen Schweizer Franken"
    qual, cls = _qualifier(text[:s], words)
    start = s - len(qual) - (len(text[:s]) - len(text[:s].rstrip())) if qual else s
    counted = (
        noun_after(tokens, offset + e, words.adjective_endings, words.genitive_plural_endings)
        if ftype == "count"
        else None
    )
    if counted and finite_after(tokens, offset + e, words):
        counted = None  # "Rund 21.500 kamen": the number is the subject; the verb counts nothing
    if counted and (measure := unit_of(counted, words.language)) is not None:
        # "1400 метров", "1 400 mètres": a quantity in a unit, as English "1,400 metres" is, not a count of metres
        ftype, unit, counted = "quantity", measure, None
        e = _through_unit(tokens, offset, e)
    low = high = None
    if cls == "more":
        low = value
    elif cls == "less":
        high = value
    return figure_at(
        text,
        start,
        e,
        offset,
        sent,
        ftype,
        value,
        low,
        high,
        counted,
        qual,
        cls is None,
        words.language,
        unit,
        currency,
        beside=beside_noun(tokens, offset + e, counted),
    )


def beside_noun(tokens: list[Token], end: int, counted: str | None) -> tuple[str | None, str | None]:
    """(the word right before, the word right after) the counted noun ``counted`` (a lemma) among the words after
    a number ending at body offset ``end``: "15 miembros detenidos" -> (None, "detenidos"); (None, None) when no
    noun is counted. A token that is no word (a number, a comma) is None."""
    if not counted:
        return None, None
    after = [t for t in tokens if t.start >= end][:4]
    at = next((i for i, t in enumerate(after) if t.lemma == counted), None)
    if at is None:
        return None, None

    def word(i: int) -> str | None:
        return after[i].text if 0 <= i < len(after) and after[i].text[:1].isalpha() else None

    return word(at - 1), word(at + 1)


def figure_at(
    text: str,
    s: int,
    e: int,
    offset: int,
    sent: tuple[int, int],
    ftype: FigureType,
    value: float | None,
    low: float | None,
    high: float | None,
    counted: str | None,
    qualifier: str | None,
    exact: bool,
    language: str,
    unit: str | None = None,
    currency: str | None = None,
    beside: tuple[str | None, str | None] = (None, None),
) -> Figure:
    """The :class:`Figure` written as ``text[s:e]`` of a block or sentence ``text`` that starts at body offset
    ``offset`` (character offsets; ``sent`` the sentence's body span), of type ``ftype``, with its value, bounds,
    counted noun, qualifier word, exactness, unit and ISO currency as read; its ``concept`` is the counted noun's
    concept in ``language`` (ISO 639-1) when one is named, or the concept of a held state written ``beside`` it (the
    words right before and after the noun: "15 inhaftierte Mitglieder", "15 miembros detenidos" count prisoners,
    ``vocab.concepts.state_concept``). One constructor for every language's number reader."""
    return Figure(
        text=text[s:e],
        start=offset + s,
        end=offset + e,
        sentence_start=sent[0],
        sentence_end=sent[1],
        type=ftype,
        value=value,
        low=low,
        high=high,
        unit=unit,
        currency=currency,
        counted=counted,
        qualifier=qualifier,
        exact=exact,
        concept=_concept(counted, beside, language) if counted else None,
    )


def _concept(counted: str, beside: tuple[str | None, str | None], language: str) -> str | None:
    """The concept of a figure's counted word ``counted`` with the words ``beside`` it (before, after): the
    state's concept when a held state stands beside a group noun (``vocab.concepts.state_concept``), also where
    the reader took the state itself for the counted word ("15 inhaftierte Mitglieder": "inhaftierte", then the
    noun "Mitglieder" after it); else the counted word's own concept."""
    before, after = beside
    if after and (state := held_state(counted, language)) and concept_of(after, language) in (None, "person"):
        return state
    return state_concept(concept_of(counted, language), before, after, language)


def _through_unit(tokens: list[Token], offset: int, e: int) -> int:
    """The end (sentence offset) of a quantity's unit word, the first word after the number ending at ``e``."""
    after = [t for t in tokens if t.start >= offset + e]
    return after[0].end - offset if after and after[0].text[:1].isalpha() else e


def _past_partitive(rest: str, words: Words) -> list[str]:
    """The words of ``rest`` (what follows a scale word) split like ``rest.split(maxsplit=1)``, with the
    language's partitive ("2,3 milliards de couronnes", "750.000 millones de euros") passed over when a
    currency follows it; an elided one ("milliards d'euros") stays glued to its word (see
    :func:`_currency_word`)."""
    nxt = rest.split(maxsplit=2)
    if len(nxt) > 1 and nxt[0].lower() in words.partitive:
        if _prefix(nxt[1].rstrip(".,"), words.currencies) or _named_currency(nxt[1], "", True, words):
            return [nxt[1], *nxt[2:]]
    return nxt[:1] + ([" ".join(nxt[1:])] if len(nxt) > 1 else [])


def _named_currency(word: str, after: str, scaled: bool, words: Words) -> str | None:
    """The ISO 4217 code (or "crown") of ``word``, the word after an amount, when it is one of the language's
    currency words from babel's names (:func:`crosswire.vocab.currency_names.currency_words`: "Pfund",
    "фунтов", "libras"); None otherwise. A word that also counts things ("Pfund" of weight, "livres" books:
    ``scaled_only``) is a currency only after a scale word (``scaled``) or before a sterling word (``after``, the
    text after ``word``: "livres sterling")."""
    w = _currency_word(word, words).lower()
    code = currency_words(words.language).get(w)
    if code is None:
        return None
    if w in scaled_only(words.language) and not scaled:
        first = after.split(maxsplit=1)[:1]
        if not first or first[0].lower().rstrip(".,;") not in sterling_words():
            return None
    return code


def _adjective_currency(rest: str, words: Words) -> tuple[str, int] | None:
    """(ISO 4217 code, end within ``rest``) of a currency written as an adjective of its babel name and its noun
    right after an amount ("Schweizer Franken", "швейцарских франков",
    :func:`crosswire.vocab.currency_names.currency_adjectives`); None when ``rest`` opens otherwise."""
    m = re.match(r"\s*(\w+)\s+(\w+)", rest)
    if m is None:
        return None
    code = currency_words(words.language).get(m.group(2).lower())
    if code is None or m.group(1).lower() not in currency_adjectives(words.language).get(code, ()):
        return None
    return code, m.end()


def _sterling_after(text: str, e: int) -> int | None:
    """The end of a sterling word right after ``text[:e]`` ("livres| sterling"), or None."""
    m = re.match(r"\s+(\w+)", text[e:])
    if m is None or m.group(1).lower() not in sterling_words():
        return None
    return e + m.end()


def _currency_word(word: str, words: Words) -> str:
    """``word`` without a trailing comma or stop, and without an elided partitive glued to it ("d'euros" ->
    "euros", "d’euros")."""
    w = word.rstrip(".,")
    for p in words.partitive:
        if p[-1:] in "'’" and w.lower().startswith(p) and len(w) > len(p):
            return w[len(p) :]
    return w


def noun_after(
    tokens: list[Token], end: int, adjective_endings: tuple[str, ...] = (), genitive_plural: tuple[str, ...] = ()
) -> str | None:
    """The lemma of the first noun within three words after a number (adjectives skipped; an adjective or
    participle standing for its noun, "50 тыс. протестующих", counts as one). Where no tagger marks adjectives
    (the light tier), a word with one of the language's ``adjective_endings`` right before another noun is
    skipped as one ("62 polskich strażaków" counts strażaków). A participle right after the number with a
    phrase of two words of its own, then a noun with one of ``genitive_plural`` endings, counts that noun
    ("300 запланованих на сьогодні авіарейсів": авіарейсів; :func:`_past_phrase`)."""
    if (
        noun := _past_phrase([t for t in tokens if t.start >= end][:4], adjective_endings, genitive_plural)
    ) is not None:
        return noun
    after = [t for t in tokens if t.start >= end][:3]
    for i, t in enumerate(after):
        if t.pos in ("NOUN", "PROPN") and t.text[:1].isalpha():
            nxt = after[i + 1] if i + 1 < len(after) else None
            if (
                t.pos == "NOUN"
                and nxt is not None
                and nxt.pos == "NOUN"
                and nxt.text[:1].isalpha()
                and t.text.lower().endswith(adjective_endings or ("\0",))
            ):
                continue
            return t.lemma
        if t.pos in ("ADJ", "VERB") and (i + 1 == len(after) or after[i + 1].pos not in ("NOUN", "ADJ")):
            return t.lemma if t.text[:1].isalpha() else None  # a participle or adjective as the noun
        if t.pos == "VERB" and i + 1 < len(after) and after[i + 1].pos == "NOUN" and t.text[:1].isalpha():
            continue  # a participle before its noun: "300 запланированных рейсов" counts рейсов (conf13)
        if t.pos not in ("ADJ", "OTHER", "NUM") or t.text in ",.;:":
            return None
    return None


def _past_phrase(
    after: list[Token], adjective_endings: tuple[str, ...], genitive_plural: tuple[str, ...]
) -> str | None:
    """The counted noun of "<participle> <function word> <word> <noun>" right after a number, when the participle
    is tagged one (ADJ or VERB) or, untagged, ends as the language's adjectives do, the second word is a function
    word (a preposition: "на", "na"), the third a lower-case word, and the fourth a noun in the genitive plural
    (``genitive_plural`` endings): "300 запланированных на сегодня рейсов", "300 zaplanowanych na dziś lotów".
    A locative after the preposition ("задержанных на воскресном митинге") ends otherwise and is never taken."""
    if len(after) < 4 or not genitive_plural:
        return None
    part, function, word, noun = after
    participle = part.pos in ("ADJ", "VERB") or (
        part.pos == "NOUN" and part.text.lower().endswith(adjective_endings or ("\0",))
    )
    if not (participle and part.text[:1].isalpha() and function.pos == "OTHER" and function.text[:1].isalpha()):
        return None
    if not (word.text[:1].isalpha() and word.text[:1].islower() and noun.text[:1].isalpha()):
        return None
    if noun.pos != "NOUN" or not noun.text[:1].islower() or not noun.text.lower().endswith(genitive_plural):
        return None
    return noun.lemma


FINITE_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "pl"})
UNAMBIGUOUS_FRENCH = ("aient", "èrent", "irent", "urent")  # endings only a French finite verb has


def finite_after(tokens: list[Token], end: int, words: Words) -> bool:
    """Whether the word right after a number (ending at body offset ``end``) is a finite verb, so that the number
    counts its subject and no noun ("Rund 21.500 kamen am Samstag", "unos 300 llegaron", "circa 200 arrivarono",
    "ok. 200 protestowało", "quelque 2 000 manifestaient"): a lower-case word with an ending of the language's
    finite verbs (``finite_endings``) whose dictionary lemma is another word ending like the language's
    infinitives (simplemma's; spaCy's verb lemma in French), and, in German, not before a capitalised noun it
    qualifies ("300 verletzte Menschen"). A noun whose lemma looks like an infinitive ("20 militares" ->
    "militar") has no finite ending. A new user's German copy had "kamen" as the counted noun of 21,500."""
    from crosswire.facts.languages.common_words import lemma

    if words.language not in FINITE_LANGUAGES or not words.finite_endings:
        return False
    after = [t for t in tokens if t.start >= end][:2]
    if not after or not after[0].text[:1].islower() or not after[0].text.isalpha():
        return False
    word = after[0].text.lower()
    if not word.endswith(words.finite_endings) or (words.language == "de" and word.startswith("ge")):
        return False
    if words.language == "de" and len(after) > 1 and after[1].text[:1].isupper():
        return False
    if words.language == "fr" and word.endswith(UNAMBIGUOUS_FRENCH):
        return True  # an imperfect's or a simple past's plural, whatever the tagger made of it after a number
    if words.language == "fr":
        found: str | None = after[0].lemma if after[0].pos == "VERB" else None
    else:
        found = lemma(word, words.language)
    endings = ("en", "ern", "eln") if words.language == "de" else words.infinitive_endings
    return found is not None and found != word and found.endswith(endings)
