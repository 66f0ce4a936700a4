"""Chinese read without a model: sentences, numbers, money, percentages, counts, dates, times of day and quotes.

Chinese writes no spaces between words, so the token-based readers of the other languages
(:mod:`crosswire.facts.languages.numbers`, :mod:`~crosswire.facts.languages.dates`,
:mod:`~crosswire.facts.languages.quotes`) find nothing in it. This module reads the forms news copy prints with
regular expressions over the characters, its words in ``data/languages.toml`` ``[zh]`` and the counted nouns in
``data/concepts.toml`` (``zh`` lists):

* sentences end at 。！？ (and a closing quotation mark after one);
* numbers in Arabic digits ("750,000", "1.2") or Chinese numerals ("一百万", "三千五百", "两"), with the
  multipliers 千 / 万 / 亿 after them ("120 万", "3.5亿"): :func:`parse_number`;
* percentages ("15%", "百分之十五"), money (a currency after the number: "4500 万美元", "7600 万列弗"), counts
  with a measure word and the noun it counts ("8 套公寓", "3 架飞机", "5人死亡"), rough numbers ("数千人");
* dates ("2020年9月14日", "9月14日", "周二" / "星期二", "今天" / "昨天" from the publication date) and times of
  day ("下午3点30分", "10时许");
* quotations in “” and 「」 with the speaker named before or after them by a speech verb (说, 表示, 称, 指出), and
  reported speech ("X表示，...").

Names: words in Latin letters (capitalised runs) and countries in their Chinese names (babel's territory names).
Chinese names of people and organisations need a word segmenter (``jieba``), which is not a dependency: without
one they are not read, and a speaker is kept as the phrase before the speech verb.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from crosswire.facts.languages.base import Analysis, NameLabel, NameSpan, Sentence, Token
from crosswire.facts.languages.lexicon import Words, words_for
from crosswire.facts.languages.numbers import figure_at
from crosswire.facts.records import DateFact, Figure, FigureType, Quote, Value
from crosswire.vocab.concepts import concept_of, unit_of
from crosswire.vocab.data import data_toml

LANGUAGE = "zh"
HAN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
HAN_BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_HAN_NUM = "零〇一二两兩三四五六七八九十百千万萬亿億"
_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
# a number: digits (with a multiplier after them, spaces allowed: "120 万") or a run of Chinese numerals
_NUMBER = re.compile(rf"(?<![A-Za-z\d.])(?:{_ARABIC}(?:\s*[十百千万萬亿億]+)?|[{_HAN_NUM}]+)")
_SENT_END = re.compile(r"[。！？!?]+[”」』\"）)]*")
_LATIN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z0-9&'’-]*(?:\s+[A-Z][A-Za-z0-9&'’-]*)*")
_TOKEN = re.compile(rf"{_ARABIC}|[A-Za-z][A-Za-z0-9'’-]*|[{_HAN_NUM}]+|[\u3400-\u9fff]|[^\s\w]", re.U)
MAX_COUNTED = 2  # characters of a counted noun no listed word names: "公寓", "烟花" (most nouns are two)
STATUS_REACH = 8  # characters after a count of people within which its state is read: "5人在事故中死亡"
SPEAKER_MAX = 16  # characters of the speaker phrase before a speech verb


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return dict(data_toml("languages.toml")[LANGUAGE])


def _longest_first(items: Any) -> tuple[str, ...]:
    return tuple(sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def _concept_words() -> tuple[str, ...]:
    """Every ``zh`` word of ``data/concepts.toml``, longest first."""
    return _longest_first({w for words in data_toml("concepts.toml").values() for w in words.get(LANGUAGE, [])})


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Chinese country names (babel's ``zh`` and ``zh_Hant`` territory names) -> English name."""
    from babel import Locale

    english = Locale("en").territories
    out: dict[str, str] = {}
    for loc in ("zh", "zh_Hant"):
        for code, name in Locale.parse(loc).territories.items():
            if code.isalpha() and code in english and len(name) >= 2:
                out.setdefault(name, english[code])
    return out


# -- numerals ---------------------------------------------------------------------------------------------------


def parse_number(text: str) -> float | None:
    """The value of a number as Chinese prints it, or None when ``text`` is none.

    Input: Arabic digits with thousands commas and a decimal point ("750,000", "1.2"), Chinese numerals ("一百万",
    "三千五百", "一千零五", "十二"), digit-by-digit numerals ("二〇二〇"), and either followed by the multipliers
    十 / 百 / 千 / 万 / 亿 ("120 万" = 1,200,000; "3.5亿" = 350,000,000; "1.2万亿" = 1.2e12). Spaces are ignored.
    Output: the value as a float. Examples: ``parse_number("一百万") == 1e6``, ``parse_number("7600 万") == 7.6e7``."""
    s = "".join(text.split())
    if not s:
        return None
    m = re.match(_ARABIC, s)
    lead: float | None = None
    if m:
        lead = float(m.group().replace(",", ""))
        s = s[m.end() :]
        if not s:
            return lead
    if any(ch not in _HAN_NUM for ch in s):
        return None
    if lead is None and len(s) > 1 and all(ch in HAN_DIGITS for ch in s):  # "二〇二〇": digit by digit
        return float("".join(str(HAN_DIGITS[ch]) for ch in s))
    total = section = 0.0
    num = lead if lead is not None else 0.0
    seen = lead is not None
    for ch in s:
        if ch in HAN_DIGITS:
            num, seen = float(HAN_DIGITS[ch]), True
        elif ch in HAN_UNITS:
            section += (num if seen and num else 1.0) * HAN_UNITS[ch]
            num, seen = 0.0, False
        else:  # 万 / 亿: everything so far below it is multiplied
            big = HAN_BIG[ch]
            below = section + num
            if big == 1e4:
                total += (below or 1.0) * big
            else:
                total = (total + below or 1.0) * big
            section, num, seen = 0.0, 0.0, False
    return total + section + num


# -- the front-end ---------------------------------------------------------------------------------------------


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of Chinese ``text`` (character offsets): a sentence ends after 。！？ (or ! ?) and any
    closing quotation mark or bracket right after it; leading spaces are skipped."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if text[start : m.end()].strip():
            out.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


class ChineseFrontEnd:
    """Tokens, sentences and names of Chinese text by rules (no model, no word segmenter)."""

    languages: tuple[str, ...] = ("zh",)
    tier = "light"

    def analyse(self, text: str, language: str | None = None) -> Analysis:
        """Tokens (a number, a word in Latin letters, a listed word - speech verbs, counted nouns, countries -
        or one character), sentences (:func:`sentences`) and names (:func:`names_in`) of ``text``."""
        words = words_for(LANGUAGE)
        out = Analysis()
        vocab = _vocabulary()
        for s_start, s_end in sentences(text):
            first = len(out.tokens)
            i = s_start
            while i < s_end:
                if text[i].isspace():
                    i += 1
                    continue
                listed = next((w for w in vocab if text.startswith(w, i) and i + len(w) <= s_end), None)
                if listed is not None:
                    pos = "VERB" if listed in words.speech_set else ("PROPN" if listed in _places() else "NOUN")
                    out.tokens.append(Token(i, i + len(listed), listed, listed, pos))  # type: ignore[arg-type]
                    i += len(listed)
                    continue
                m = _TOKEN.match(text, i)
                if m is None or m.end() > s_end:
                    i += 1
                    continue
                tok = m.group()
                pos = "NUM" if parse_number(tok) is not None else "PROPN" if tok[:1].isupper() else "OTHER"
                if pos == "OTHER" and not any(ch.isalnum() for ch in tok):
                    pos = "PUNCT"
                out.tokens.append(Token(i, m.end(), tok, tok.lower(), pos))  # type: ignore[arg-type]
                i = m.end()
            out.sentences.append(Sentence(s_start, s_end, first, len(out.tokens)))
        out.names = names_in(text)
        return out


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[str, ...]:
    words = words_for(LANGUAGE)
    return _longest_first({*words.speech, *_concept_words(), *_places()} - {""})


def names_in(text: str) -> list[NameSpan]:
    """Names in Chinese ``text``: countries by their Chinese names (babel; normal form the Chinese name, so
    :func:`crosswire.facts.languages.places.english_place` gives the English one), and runs of capitalised
    words in Latin letters ("TurkStream", "Bulgargaz"): a place when the English gazetteer knows it, a person
    for two or three words, else ``MISC``. Output: spans in text order, none overlapping."""
    from crosswire.facts.languages.places import english_place

    out: list[NameSpan] = []
    taken: list[tuple[int, int]] = []
    places = _longest_first(_places())
    for name in places:
        for m in re.finditer(re.escape(name), text):
            if not any(a < m.end() and m.start() < z for a, z in taken):
                out.append(NameSpan(m.start(), m.end(), "LOC", name))
                taken.append((m.start(), m.end()))
    for m in _LATIN_NAME.finditer(text):
        name = m.group().strip()
        if len(name) < 2 or any(a < m.end() and m.start() < z for a, z in taken):
            continue
        label: NameLabel = "MISC"
        if english_place(name, "en"):
            label = "LOC"
        elif 2 <= len(name.split()) <= 3:
            label = "PER"
        out.append(NameSpan(m.start(), m.start() + len(name), label, name))
    return sorted(out, key=lambda n: n.start)


# -- dates and times -------------------------------------------------------------------------------------------

_N = rf"(?:\d{{1,4}}|[{_HAN_NUM}]{{1,4}})"
_FULL_DATE = re.compile(
    rf"(?P<y>\d{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*(?:(?P<m>{_N})\s*月\s*(?:(?P<d>{_N})\s*[日号號])?)?"
)
_DATELINE = re.compile(
    r"\s*[\u4e00-\u9fff]{0,8}?(?:社|台|报|報|网|網)?[\u4e00-\u9fff]{0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊)"
    r"(?![话話视視脑腦影力网網池站梯子器])"  # "电话": a telephone call, no dateline
)
_DAY_MONTH = re.compile(rf"(?<![\d年])(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*[日号號]")


def _int(text: str | None) -> int | None:
    v = parse_number(text) if text else None
    return int(v) if v is not None and v == int(v) else None


def _nearest_year(month: int, day: int, base: date | None) -> date | None:
    """The day ``month``/``day`` of the year nearest the publication day ``base`` (a story's "1月1日" in late
    December is the coming New Year's Day); None without ``base`` or for no such day."""
    if base is None:
        return None
    best: date | None = None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - base).days) < abs((best - base).days):
            best = d
    return best


def dates_in(text: str, offset: int, sent: tuple[int, int], base: date | None) -> list[DateFact]:
    """Dates of one Chinese sentence ``text`` (starting at body offset ``offset``; ``sent`` its body span),
    resolved against the publication day ``base``: "2020年9月14日" (day), "2020年9月" (month), "2020 年"
    (year), "9月14日" (day, of the year nearest ``base``), a weekday "周二" / "星期二" (the last such day on or
    before ``base``; after 下 the next week's, after 上 the last week's), and the day words of ``[zh]
    relative`` ("今天", "昨天"). A day after ``base`` is ``scheduled``. The day of a wire's opening dateline
    ("新华社成都9月14日电", the day the copy was filed) is none of the story's dates. Output: DateFacts with
    body offsets."""
    d = _data()
    out: list[DateFact] = []
    # a wire's dateline ("新华社成都9月14日电"): the day the copy was filed, not a date of the story's facts
    line = _DATELINE.match(text)
    lead = line.end() if line else 0

    def add(s: int, e: int, value: str | None, gran: str, relative: bool = False) -> None:
        if s < lead or any(x.start < offset + e and offset + s < x.end for x in out):
            return
        ahead = bool(base and value and len(value) == 10 and date.fromisoformat(value) > base)
        out.append(DateFact(text[s:e], offset + s, offset + e, sent[0], sent[1], value, gran, relative, ahead))

    for m in _FULL_DATE.finditer(text):
        y = _int(m.group("y"))
        mo, dy = _int(m.group("m")), _int(m.group("d"))
        if y is None or not 1000 <= y <= 2999:
            continue
        if mo is not None and dy is not None:
            try:
                add(m.start(), m.end(), date(y, mo, dy).isoformat(), "day")
            except ValueError:
                continue
        elif mo is not None and 1 <= mo <= 12:
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month")
        elif mo is None:
            add(m.start(), m.end(), f"{y:04d}", "year")
    for m in _DAY_MONTH.finditer(text):
        mo, dy = _int(m.group("m")), _int(m.group("d"))
        if mo is None or dy is None:
            continue
        day = _nearest_year(mo, dy, base)
        add(m.start(), m.end(), day.isoformat() if day else None, "day", True)
    heads = "|".join(re.escape(h) for h in _longest_first(d["weekday_heads"]))
    nums = "".join(d["weekday_numbers"])
    shift = "|".join(re.escape(w) for w in _longest_first([*d.get("ahead", []), *d.get("before", [])]))
    for m in re.finditer(rf"(?P<shift>{shift})?(?:{heads})(?P<n>[{nums}])", text):
        wd = int(d["weekday_numbers"][m.group("n")])
        day = None
        if base is not None:
            monday = base - timedelta(days=base.weekday())
            if m.group("shift") in d.get("ahead", []):  # "下周二": next week's
                day = monday + timedelta(days=7 + wd)
            elif m.group("shift") in d.get("before", []):  # "上周五": last week's
                day = monday - timedelta(days=7 - wd)
            elif _coming(text, m.start(), d.get("coming", [])):  # "将于周五结束": the coming one, today included
                day = base + timedelta(days=(wd - base.weekday()) % 7)
            else:  # news reports what happened: the last such day on or before publication
                day = base - timedelta(days=(base.weekday() - wd) % 7)
        add(m.start(), m.end(), day.isoformat() if day else None, "day", True)
    for word, years in sorted(d.get("relative_years", {}).items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(word), text):  # "去年": the year before publication
            add(m.start(), m.end(), f"{base.year + int(years):04d}" if base else None, "year", True)
    for word, days in sorted(d.get("relative", {}).items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(word), text):
            day = base + timedelta(days=int(days)) if base else None
            add(m.start(), m.end(), day.isoformat() if day else None, "day", True)
    return sorted(out, key=lambda x: x.start)


def _coming(text: str, at: int, words: list[str]) -> bool:
    """Whether a word of ``[zh] coming`` stands right before the weekday at ``at`` in ``text``, or before one
    preposition before it (于 / 在 / 於): "将于周五", "将周五", "计划在周五"."""
    before = text[max(0, at - 4) : at]
    if before[-1:] in ("于", "在", "於"):
        before = before[:-1]
    return any(before.endswith(w) for w in words)


def times_in(text: str, offset: int) -> list[Value]:
    """Times of day in one Chinese sentence: an hour before 点 / 时 ("10点", "10时"), with minutes ("10点30分")
    or a half ("3点半"), after a part of the day of ``[zh] day_parts`` ("下午3点" is 15:00), and "10:30".
    许 / 左右 after one make it approximate. 小时 (an hour's duration) and 时间 / 时候 (time) are no time
    of day. Output: ``Value(kind="time", value=minutes after midnight)`` with body offsets."""
    d = _data()
    parts = "|".join(re.escape(p) for p in _longest_first(d["day_parts"]))
    clock = "".join(d["clock"])
    about = "|".join(re.escape(w) for w in _longest_first(d["clock_about"]))
    pat = re.compile(
        rf"(?P<part>{parts})?\s*(?P<h>\d{{1,2}}|[零一二两三四五六七八九十]{{1,3}})\s*(?<!小)[{clock}](?![间間候期代段])"
        rf"(?:\s*(?P<m>\d{{1,2}}|[零一二三四五六七八九十]{{1,3}})\s*分(?!钟|鐘|之)|(?P<half>半))?(?P<about>{about})?"
        r"|(?<![\d:])(?P<hh>\d{1,2}):(?P<mm>\d{2})(?![\d:])"
    )
    out: list[Value] = []
    for m in pat.finditer(text):
        if m.group("hh") is not None:
            hour, minute = int(m.group("hh")), int(m.group("mm"))
        else:
            h = _int(m.group("h"))
            if h is None or text[m.end("h") : m.end("h") + 2] in ("小时", "小時"):
                continue
            hour = h
            minute = 30 if m.group("half") else (_int(m.group("m")) or 0)
            if m.group("part") is None and m.group("m") is None and not m.group("half") and not m.group("about"):
                # "3点" alone: a time only where 点 is no point ("3点建议"): followed by nothing wordlike
                nxt = text[m.end() : m.end() + 1]
                if nxt and "\u4e00" <= nxt <= "\u9fff" and nxt not in "前后後起钟鐘左到至":
                    continue
            if m.group("part") is not None and 1 <= hour < 12:
                hour += int(d["day_parts"][m.group("part")])
        if not (0 <= hour <= 24 and 0 <= minute < 60):
            continue
        approx = m.group("about") if m.groupdict().get("about") else None
        out.append(
            Value(
                kind="time",
                text=m.group().strip(),
                start=offset + m.start() + (len(m.group()) - len(m.group().lstrip())),
                end=offset + m.end(),
                value=float(hour % 24 * 60 + minute),
                qualifier=approx,
                exact=approx is None,
            )
        )
    return out


# -- figures -----------------------------------------------------------------------------------------------------


def _qualifier_before(before: str, words: Words) -> tuple[str | None, str | None]:
    """(the qualifier word right before a number, its class: "more" / "less" / "about") or (None, None)."""
    after = set(_data().get("qualifier_after", []))
    b = re.sub(r"(?:[有达達了]|共有)\s*$", "", before.rstrip()).rstrip()  # "大约有 750,000", "超过了 8"
    for cls, items in (("about", words.about), ("less", words.less), ("more", words.more)):
        for w in _longest_first(x for x in items if x not in after):
            if b.endswith(w):
                return w, cls
    return None, None


def _class(word: str, words: Words) -> str:
    return "about" if word in words.about else "less" if word in words.less else "more"


def _counted(rest: str) -> tuple[str | None, int]:
    """What a number counts, from the text right after it (and its measure word): the longest listed word of
    ``data/concepts.toml`` it starts with, else up to :data:`MAX_COUNTED` Chinese characters before a function
    word or a punctuation mark. Output: (the noun or None, its length in characters)."""
    r = rest.lstrip()
    gap = len(rest) - len(r)
    hit = next((w for w in _concept_words() if r.startswith(w)), None)
    if hit:
        return hit, gap + len(hit)
    stop = words_for(LANGUAGE).stop
    n = 0
    while n < min(len(r), MAX_COUNTED) and "\u4e00" <= r[n] <= "\u9fff" and r[n] not in stop:
        n += 1
    return (r[:n], gap + n) if n >= 2 else (None, 0)


def _status(rest: str) -> str | None:
    """A state of people named within :data:`STATUS_REACH` characters after their count, in its clause
    ("5人死亡", "3名警察受伤", "12人在冲突中被捕"): a listed word of a concept other than ``person``."""
    clause = re.split(r"[，,。；;！？、]", rest, maxsplit=1)[0][:STATUS_REACH]
    person = set(data_toml("concepts.toml")["person"].get(LANGUAGE, []))
    for w in _concept_words():
        if w not in person and w in clause and concept_of(w, LANGUAGE) in STATES:
            return w
    return None


STATES = frozenset({"dead", "injured", "evacuated", "hospitalized", "detained"})
# counted people whom a state after them names by it ("3名乘客受伤": injured), as the comparison keys English
# "three passengers were injured" (crosswire.compare.claims.slots.PEOPLE_CONCEPTS); workers stay workers
PEOPLE = frozenset({"person", "passenger", "miner"})


def figures_in(
    text: str, offset: int, sent: tuple[int, int], taken: list[tuple[int, int]] | None = None
) -> list[Figure]:
    """Figures of one Chinese sentence ``text`` (body offset ``offset``; ``sent`` its body span); spans in
    ``taken`` (body offsets: dates, times) are skipped.

    Reads a number (:func:`parse_number`) with a qualifier before it ("约", "超过") or after it ("多", "余",
    "左右"), then: a percent sign or 百分之 before it (percent); a currency of ``[zh] currencies`` (money); a
    unit of ``data/concepts.toml`` (quantity: "7 公里"); else a count, of the noun after its measure word
    ("8 套公寓" counts 公寓; "5人死亡" counts the dead). A number of Chinese numerals alone is kept only with a
    measure word, a unit, a currency, a percentage or a listed noun after it, and never when it is one ("一"
    is mostly an article: "一名男子", a man). Rough numbers of ``[zh] vague_numbers`` ("数千人") are ranges.
    Output: Figures with body offsets, ``concept`` the counted noun's concept id."""
    words = words_for(LANGUAGE)
    d = _data()
    after_q = _longest_first(d.get("qualifier_after", []))
    measures = _longest_first(d["measure_words"])
    people = set(d["person_measures"])
    durations = _longest_first(d.get("durations", []))
    currencies = words.currencies
    taken = list(taken or [])
    out: list[Figure] = []

    def free(s: int, e: int) -> bool:
        return not any(a < offset + e and offset + s < z for a, z in taken)

    for phrase, span in sorted(d.get("vague_numbers", {}).items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(phrase), text):
            if not free(m.start(), m.end()):
                continue
            e = m.end()
            rest = text[e:]
            mw = next((w for w in measures if rest.lstrip().startswith(w)), None)
            if mw:
                e += len(rest) - len(rest.lstrip()) + len(mw)
            skip = 1 if text[e : e + 1] == "的" else 0
            counted, n = _counted(text[e + skip :])
            if mw in people and counted is None:
                counted = "人"
            out.append(
                figure_at(
                    text, m.start(), e, offset, sent, "count", None, span[0], span[1], counted, phrase, False, LANGUAGE
                )
            )
            taken.append((offset + m.start(), offset + e))
    for m in _NUMBER.finditer(text):
        s, e = m.start(), m.end()
        raw = m.group()
        han_only = not raw[:1].isdigit()
        if not free(s, e) or text[max(0, s - 1) : s] == "第":
            continue
        pct_before = text[:s].endswith("百分之")
        if pct_before and raw.startswith(("百", "分")):
            continue
        value = parse_number(raw)
        if value is None:
            continue
        qual, cls = _qualifier_before(text[: s - (3 if pct_before else 0)], words)
        rest = text[e:]
        for w in after_q:  # "100多万", "300余名"
            if rest.lstrip().startswith(w):
                qual, cls = w, _class(w, words)
                e += len(rest) - len(rest.lstrip()) + len(w)
                rest = text[e:]
                break
        scale = next((k for k, _v in words.scales if rest.lstrip().startswith(k)), None)
        if scale is not None and raw[-1:] not in "万萬亿億":
            value *= dict(words.scales)[scale]
            e += len(rest) - len(rest.lstrip()) + len(scale)
            rest = text[e:]
        ftype: FigureType = "count"
        unit = currency = counted = None
        lead = rest.lstrip()
        gap = len(rest) - len(lead)
        if lead.startswith(durations):  # "48小时": a length of time, no count
            continue
        cur = next((k for k, _v in currencies if lead.startswith(k)), None)
        if pct_before or lead.startswith(("%", "％")):
            ftype, unit = "percent", "percent"
            e += 0 if pct_before else gap + 1
            s -= 3 if pct_before else 0
        elif cur is not None:
            ftype, currency = "money", dict(currencies)[cur]
            e += gap + len(cur)
        else:
            unit_word = next((w for w in _concept_words() if lead.startswith(w) and unit_of(w, LANGUAGE)), None)
            if unit_word is not None and not (unit_word in ("年", "天", "日") and han_only and value >= 1000):
                ftype, unit = "quantity", unit_of(unit_word, LANGUAGE)
                e += gap + len(unit_word)
            else:
                mw = next((w for w in measures if lead.startswith(w)), None)
                if mw is not None:
                    e += gap + len(mw)
                    counted, n = _counted(text[e:])
                    if mw in people and (counted is None or concept_of(counted, LANGUAGE) is None):
                        counted = _status(text[e:]) or "人"
                    elif counted is not None and concept_of(counted, LANGUAGE) in PEOPLE:
                        counted = _status(text[e + n :]) or counted
                else:  # no measure word: only a listed noun counts ("一百万狂欢者"), else "120 万有所下降"
                    counted, _n = _counted(rest)
                    if counted is not None and concept_of(counted, LANGUAGE) is None:
                        counted = None
                    if han_only and counted is None:
                        continue
        if han_only and value < 2 and ftype == "count":
            continue
        low = value if cls == "more" else None
        high = value if cls == "less" else None
        start = s
        if qual and cls and (at := text.rfind(qual, max(0, s - len(qual) - 4), s)) >= 0:
            start = at
        out.append(
            figure_at(
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
                LANGUAGE,
                unit,
                currency,
            )
        )
        taken.append((offset + start, offset + e))
    return sorted(out, key=lambda f: f.start)


# -- quotes -------------------------------------------------------------------------------------------------------

Person = tuple[int, int, str, str]  # body span, entity id, name


def _speech_pattern() -> str:
    return "|".join(re.escape(w) for w in _longest_first(words_for(LANGUAGE).speech))


def _speaker(body: str, s: int, e: int, people: list[Person]) -> tuple[str | None, str]:
    """(the person entity whose mention lies in body span s..e, or None; the name or the phrase as written)."""
    for a, z, eid, name in people:
        if s <= a and z <= e:
            return eid, name
    return None, body[s:e].strip()


def quotes_in(body: str, start: int, text: str, sents: list[tuple[int, int]], people: list[Person]) -> list[Quote]:
    """Quotations of one Chinese block ``text`` (at body offset ``start``; ``sents`` its sentences' body spans;
    ``people`` the person mentions: body span, entity id, name): words in “” / 「」 / 『』 with a speech verb
    of ``[zh] speech`` right after them ("“...”，他说") or right before them ("张伟表示：“...”"), the speaker
    the phrase next to the verb (at most :data:`SPEAKER_MAX` characters, back to a punctuation mark); and
    reported speech, a sentence without quotation marks whose clause before its first comma ends in a speech
    verb ("该公司在声明中表示，..."). Quoted words without a speech verb beside them (a name, a term) are no
    quote. Output: Quotes with body offsets, ``language`` "zh"."""
    verbs = _speech_pattern()
    out: list[Quote] = []
    pairs = "|".join(
        f"{re.escape(a)}(?P<q{i}>[^{re.escape(b)}]{{2,}}?){re.escape(b)}"
        for i, (a, b) in enumerate(words_for(LANGUAGE).quotes)
    )
    for m in re.finditer(pairs, text):
        inner = next((m.group(g), m.start(g), m.end(g)) for g in m.groupdict() if m.group(g) is not None)
        after = re.match(
            rf"[，,]?\s*(?P<sp>[^，,。！？!?“”「」『』：:\s]{{1,{SPEAKER_MAX}}}?)(?P<v>{verbs})", text[m.end() :]
        )
        before = re.search(
            rf"(?P<sp>[^，,。！？!?“”「」『』：:\s]{{1,{SPEAKER_MAX}}}?)(?P<v>{verbs})[道]?\s*[：:，,]?\s*$",
            text[: m.start()],
        )
        if after is not None:
            sp_s, sp_e, verb = m.end() + after.start("sp"), m.end() + after.end("sp"), after.group("v")
        elif before is not None:
            sp_s, sp_e, verb = before.start("sp"), before.end("sp"), before.group("v")
        else:
            continue
        eid, name = _speaker(body, start + sp_s, start + sp_e, people)
        q_s, q_e = start + inner[1], start + inner[2]
        sent = next(((a, z) for a, z in sents if a <= q_s < z), (q_s, q_e))
        out.append(
            Quote(
                text=inner[0],
                start=q_s,
                end=q_e,
                sentence_start=sent[0],
                sentence_end=max(sent[1], q_e),
                kind="direct",
                speaker=eid,
                speaker_name=name,
                speaker_start=start + sp_s,
                speaker_end=start + sp_e,
                verb=verb,
                language=LANGUAGE,
            )
        )
    for a, z in sents:
        sentence = body[a:z]
        if any(q.start < z and a < q.end for q in out) or any(o in sentence for o, _c in words_for(LANGUAGE).quotes):
            continue
        said = re.match(rf"\s*(?P<sp>[^，,。！？!?：:]{{1,{SPEAKER_MAX}}}?)(?P<v>{verbs})\s*[，,：:]", sentence)
        if said is None or len(sentence) - said.end() < 2:
            continue
        eid, name = _speaker(body, a + said.start("sp"), a + said.end("sp"), people)
        clause_start = a + said.end()
        out.append(
            Quote(
                text=body[clause_start:z].strip().rstrip("。！？!?"),
                start=clause_start,
                end=z,
                sentence_start=a,
                sentence_end=z,
                kind="reported",
                speaker=eid,
                speaker_name=name,
                speaker_start=a + said.start("sp"),
                speaker_end=a + said.end("sp"),
                verb=said.group("v"),
                language=LANGUAGE,
            )
        )
    return sorted(out, key=lambda q: q.start)
