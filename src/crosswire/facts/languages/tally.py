"""Vote tallies in the languages read beside English: "поддержали 124 депутата, против проголосовали 107", "124
Ja-Stimmen bei 107 Gegenstimmen", "127 votos a favor y 104 en contra", "124 posłów za, 107 przeciw", "mit 127 zu
104 Stimmen" -> ``Value(kind="tally", noun="vote")``, the value the English reader gives "127-104" and "by 127
votes to 104" (:mod:`crosswire.facts.values`), so the comparison sets one tally against another in any language.

Two numbers of at most three digits, the second at most :data:`GAP` characters after the first, are a tally when
a word of ``for`` stands just before the first or between them and a word of ``against`` between them or at
most :data:`AFTER_WORDS` words after the second, not before a third number (the labelled form); or when only a
word of ``to`` (and a word of ``votes``) stands between them and a word of ``votes`` is beside them (the joined
form: "mit 127 zu 104 Stimmen", "la junta votó 6 a 1"), not after a word of ``range`` ("de 9 a 5"). The words
are data (``data/vote_tallies.toml``), per language. Written by hand:
no library reads a tally inside a sentence.

Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from crosswire.facts.languages.numbers import word_number
from crosswire.facts.records import Value
from crosswire.vocab.data import data_toml

GAP = 45  # characters between a tally's two numbers ("поддержали 124 депутата, против проголосовали 107": 31)
NEAR = 30  # characters before the first number or after the second a marking word stands in ("a favor", "za")
AFTER_WORDS = 2  # words between the second number and a word of ``against`` after it ("107 było przeciw")
_DIGIT_NEXT = re.compile(r"\s{0,2}\d")  # a word of ``against`` before another number marks that one ("против 30")
_NUMBER = re.compile(r"(?<![\d.,:/])\d{1,3}(?![\d]|[.,:/]\d)")


_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w-])")  # "thirty-one", "trente-et-un" one word
# what may stand between two number words of one number: a space or a hyphen (a joining word, "y" of "treinta y un",
# is one of the run's words when the reader reads the run through it as one number)
_JOIN = re.compile(r"[\s-]{1,2}")
MAX_RUN = 4  # words of a run of number words read as one number ("trente et un", "treinta y un", "thirty one")
MAX_VOTES = 999  # the largest number a tally's side holds here (three digits, as :data:`_NUMBER`)


@dataclass(frozen=True, slots=True)
class _Num:
    """A number of the sentence, written in digits or as a word: its span (``s``, ``e``: offsets into the
    sentence) and its value ``n``; read by the tally forms as a match would be."""

    s: int
    e: int
    n: int

    def start(self) -> int:
        """Offset of the number's first character in the sentence."""
        return self.s

    def end(self) -> int:
        """Offset after the number's last character in the sentence."""
        return self.e


def _may_hold_tally(low: str, w: dict[str, re.Pattern[str] | None]) -> bool:
    """Whether the lower-cased sentence holds a word a tally needs (of ``against``, or of ``to`` beside one of
    ``votes``): the cheap test before its words are read as numbers."""
    if w["against"] is not None and w["against"].search(low):
        return True
    return w["to"] is not None and w["votes"] is not None and bool(w["to"].search(low) and w["votes"].search(low))


def _number_words(low: str, language: str) -> list[_Num]:
    """The whole numbers from 1 to :data:`MAX_VOTES` the lower-cased sentence writes as words ("шестью",
    "трёх", "siete", "zwei": :func:`.numbers.word_number`, in the case a tally puts them in), a run of number
    words read as one number: "thirty-one", "treinta y un", "trente et un", "тридцать один" are 31, not a 1
    after a 30 (a new user's "Thirty-one councillors backed the scheme and 14 voted against it"; "Treinta y un
    concejales votaron a favor y 14 en contra" read as the tally 1-14 before). A run of two words each read but
    not read together is summed when it is a tens word and a units word, else none of its words is read (a word
    the reader does not know ends the run: Polish "jeden" is none, so "trzydzieści jeden" stays 30)."""
    out = []
    words = list(_WORD.finditer(low))
    i = 0
    while i < len(words):
        m = words[i]
        n = word_number(m.group(), language)
        if n is None:
            i += 1
            continue
        run = [(m, n)]
        j = i + 1
        while j < len(words) and j - i <= MAX_RUN:
            gap = low[words[j - 1].end() : words[j].start()]
            nxt = words[j]
            if _JOIN.fullmatch(gap) is None:
                break
            got = word_number(nxt.group(), language)
            if got is not None:
                run.append((nxt, got))
                j += 1
            elif (
                j + 1 < len(words)
                and _JOIN.fullmatch(low[nxt.end() : words[j + 1].start()])
                and word_number(low[run[0][0].start() : words[j + 1].end()], language) is not None
            ):
                j += 1  # a joining word the reader reads in one number ("y", "et", "and"): the run goes on past it
            else:
                break
        i = j
        start, end = run[0][0].start(), run[-1][0].end()
        if len(run) > 1:
            whole = word_number(low[start:end], language)
            values = [v for _m, v in run]
            if whole is None and len(values) == 2 and values[0] % 10 == 0 and 20 <= values[0] <= 90 and values[1] < 10:
                whole = values[0] + values[1]
            if whole is None:
                continue
            n = whole
        if n == int(n) and 1 <= n <= MAX_VOTES:
            out.append(_Num(start, end, int(n)))
    return out


def _alternation(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    bodies = [
        r"\s+".join(re.escape(t[:-1]) + r"\w*" if t.endswith("-") else re.escape(t) for t in w.split())
        for w in sorted(words, key=len, reverse=True)
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(bodies) + r")(?![\w-])")


@lru_cache(maxsize=16)
def _words(language: str) -> dict[str, re.Pattern[str] | None]:
    table = data_toml("vote_tallies.toml").get(language, {})
    return {key: _alternation(table.get(key, [])) for key in ("for", "against", "to", "votes", "range")}


@lru_cache(maxsize=16)
def _needs_votes(language: str) -> bool:
    """Whether the labelled form needs a word of ``votes`` in the sentence (``needs_votes``: English)."""
    return bool(data_toml("vote_tallies.toml").get(language, {}).get("needs_votes", False))


def _labelled(low: str, m1: _Num, m2: _Num, w: dict[str, re.Pattern[str] | None]) -> bool:
    """A word of ``for`` before the first number or between the two, then a word of ``against`` after it, between
    the two or just after the second."""
    pro, con = w["for"], w["against"]
    if pro is None or con is None:
        return False
    near_from = max(0, m1.start() - NEAR)
    pros = [
        p
        for p in pro.finditer(low, near_from, m2.start())
        if (p.end() <= m1.start() and not re.search(r"\d", low[p.end() : m1.start()])) or p.start() >= m1.end()
    ]
    cons = list(con.finditer(low, m1.end(), m2.start()))
    cons += [
        c
        for c in con.finditer(low, m2.end(), min(len(low), m2.end() + NEAR))
        if len(low[m2.end() : c.start()].split()) <= AFTER_WORDS and not _DIGIT_NEXT.match(low, c.end())
    ]
    return any(c.start() >= p.end() for p in pros for c in cons)


def _joined(low: str, m1: _Num, m2: _Num, w: dict[str, re.Pattern[str] | None]) -> bool:
    """Only a word of ``to`` (after a word of ``votes``) between the numbers, a word of ``votes`` beside them."""
    to, votes, span = w["to"], w["votes"], w["range"]
    if to is None or votes is None:
        return False
    if span is not None and re.search(rf"(?:{span.pattern})\s+$", low[max(0, m1.start() - NEAR) : m1.start()]):
        return False  # "abierto de 9 a 5 ... votó": a range of hours, ages or days, no tally
    between = low[m1.end() : m2.start()]
    vote = rf"(?:{votes.pattern}\s+)?"
    if not re.fullmatch(rf"\s+{vote}(?:{to.pattern})\s+", between):
        return False
    around = low[max(0, m1.start() - NEAR) : m1.start()] + " " + between + " " + low[m2.end() : m2.end() + NEAR]
    return votes.search(around) is not None


def tally_values(text: str, offset: int, language: str) -> list[Value]:
    """The vote tallies of one sentence ``text`` of ``language`` (ISO 639-1) starting at body offset ``offset``:
    one ``Value(kind="tally", noun="vote")`` per tally, ``value`` and ``high`` the larger number, ``low`` the
    smaller, spanning from the first number to the second. [] for a language the data file does not hold."""
    w = _words(language)
    if not any(w.values()):
        return []
    low = text.lower()
    nums: list[_Num] = [_Num(m.start(), m.end(), int(m.group())) for m in _NUMBER.finditer(low)]
    if _may_hold_tally(low, w):  # "шестью голосами против трёх", "siete votos contra dos", "sieben zu zwei"
        nums = sorted([*nums, *_number_words(low, language)], key=lambda n: n.s)
    votes = w["votes"]
    labels = not _needs_votes(language) or (votes is not None and votes.search(low) is not None)
    out: list[Value] = []
    for m1, m2 in itertools.pairwise(nums):
        if m2.start() - m1.end() > GAP or ";" in low[m1.end() : m2.start()]:
            continue
        if out and out[-1].end > offset + m1.start():
            continue
        if not ((labels and _labelled(low, m1, m2, w)) or _joined(low, m1, m2, w)):
            continue
        a, b = m1.n, m2.n
        out.append(
            Value(
                kind="tally",
                text=text[m1.start() : m2.end()],
                start=offset + m1.start(),
                end=offset + m2.end(),
                value=float(max(a, b)),
                low=float(min(a, b)),
                high=float(max(a, b)),
                noun="vote",
            )
        )
    return out
