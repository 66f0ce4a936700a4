"""One rate of an economy or an electorate given as a percentage by two sources, the same month, with different
values: "Inflation reached 11.4 percent in October" [en] / "Die Inflation, die im Oktober bei rund 14 Prozent
lag" [de]. A new user's central-bank story (trial 38) listed each as a fact only its source reports: a percentage
counts no noun the concept table knows (``data/concepts.toml`` holds counted things), the sentences share no
name, and the pair scorer rated them under every bar.

Here the measure is the rate noun the percentage belongs to (``data/rates.toml``: "inflation", "Inflation",
"inflación", "inflacja", "chômage", "Arbeitslosigkeit", "turnout", "frekwencja"), read off the sentence: the first
percentage after the noun (its predicate's value: "Inflation reached 11.4 percent in October, far above the bank's
target of 3 percent" gives 11.4 to inflation, not 3). Its time is the months the sentence names; two
sources' rates are one measure when each source gives one value of the rate in the whole story (its copies
repeating it count once) and the two sentences name one month (undated rates may be of two periods: never
compared). Different readings
(:func:`.values.compatible`: rounding and "about", "rund", "environ", "około", "circa", "unos" read in each language)
are a conflict: "vague vs precise" when one is loose, else "different value"; the label is the rate and its month
("Inflation (October 2026): 11.4 percent [1] vs rund 14 Prozent [3]").

The sources of one month's rate are grouped into sides of compatible readings ("about 8 percent" with 7.8);
another conflict citing only sentences of the rate's conflict (the value slots read such percentages as shares of
nothing: "Share: about 8 proc vs about 11 %") is left out for it (:func:`shown_as_rates`). Left out: a negated
sentence, a rate whose two values one source gives (a rise from one to the other: two measures), a rate whose
sentences name two places none of the others names (a state's rate and the nation's: two entities); a rate with a
word beside it that makes it another measure (``[modifiers]``: "core inflation", "youth unemployment") is that
measure, compared only with the same. Why
hand-written: the rate nouns are data; the rule is the comparison itself.
"""

from __future__ import annotations

import re
from functools import cache
from os.path import commonprefix

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import worded_conflict
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import Reading, compatible, reading
from crosswire.compare.records import ClaimConflict
from crosswire.facts.languages.lexicon import words_for
from crosswire.facts.records import Value
from crosswire.vocab.calendar import MONTHS
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _stems(language: str) -> tuple[tuple[str, str, str], ...]:
    """(stem as written, stem folded, rate id) of ``language`` in ``data/rates.toml``, longest first."""
    table: dict[str, dict[str, list[str]]] = data_toml("rates.toml")
    found = [
        (w.lower(), fold(w.lower()), rate)
        for rate, langs in table.items()
        if rate != "modifiers"
        for w in langs.get(language, [])
    ]
    return tuple(sorted(found, key=lambda p: -len(p[0])))


def rate_nouns(text: str, language: str) -> list[tuple[int, str]]:
    """(offset in ``text``, rate id) of each rate noun of ``text`` (a sentence in ``language``), in order: a word
    starting with a stem as written or with accents folded ("inflacion" for "inflación")."""
    stems = _stems(language)
    if not stems:
        return []
    low = text.lower()
    out = []
    for m in _WORD.finditer(low):
        rest = low[m.start() : m.start() + 40]
        folded = fold(rest)
        rate = next((r for raw, f, r in stems if rest.startswith(raw) or folded.startswith(f)), None)
        if rate is not None:
            out.append((m.start(), rate))
    return out


MODIFIER_REACH = 2  # words on either side of a rate noun read for a word making it another measure


@cache
def _modifiers() -> tuple[tuple[str, str], ...]:
    """(word, modifier id) of ``[modifiers]`` in ``data/rates.toml``."""
    table: dict[str, list[str]] = data_toml("rates.toml").get("modifiers", {})
    return tuple((w.lower(), name) for name, words in table.items() for w in words)


def _modifier(text: str, at: int) -> str | None:
    """The modifier of the rate noun at ``at`` in ``text`` (a word of ``[modifiers]`` within
    :data:`MODIFIER_REACH` words of it: "core inflation", "inflación subyacente"); None for none."""
    low = text.lower()
    before = _WORD.findall(low[:at])[-MODIFIER_REACH:]
    after_words = _WORD.findall(low[at:])[: MODIFIER_REACH + 1]
    near = " ".join([*before, *after_words])
    return next((name for w, name in _modifiers() if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", near)), None)


def rates_of(u: Unit) -> list[tuple[str, Value]]:
    """(rate id, its percentage) of the unit's sentence: for each rate noun, the first percentage after it and
    before the next rate noun (see the module); none in a negated sentence."""
    if u.claim.negated:
        return []
    nouns = rate_nouns(u.text, u.language)
    if not nouns:
        return []
    percents = sorted((v for v in u.values if v.kind == "percent" and v.value is not None), key=lambda v: v.start)
    out: list[tuple[str, Value]] = []
    for i, (at, rate) in enumerate(nouns):
        until = nouns[i + 1][0] if i + 1 < len(nouns) else len(u.text)
        start = u.claim.start + at
        end = u.claim.start + until
        v = next((p for p in percents if start <= p.start < end), None)
        modifier = _modifier(u.text, at)
        measure = f"{modifier} {rate}" if modifier else rate
        if v is not None and all(r != measure for r, _ in out):
            out.append((measure, v))
    return out


MONTH_SHARED = 4  # letters a word shares at least with a month's name to name that month ("luty" / "lutym")
MONTH_ENDING = 3  # letters of the name's end the word may write otherwise (a case: "września" / "wrześniu")


@cache
def _month_names(language: str) -> tuple[tuple[str, int], ...]:
    """(name, month) of ``language``'s month names of :data:`MONTH_SHARED` letters or more (babel's, every case
    it lists, :func:`crosswire.facts.languages.lexicon.words_for`); none for a language without words."""
    try:
        names = words_for(language).months
    except KeyError:
        return ()
    return tuple((n, m) for n, m in names.items() if len(n) >= MONTH_SHARED and n.isalpha())


def _month_of(word: str, language: str) -> int | None:
    """The month ``word`` (lower case) names: a month name it shares all but :data:`MONTH_ENDING` letters of its
    end with, and at least :data:`MONTH_SHARED` ("lutym" of "luty", "wrześniu" of "września"; "marki" shares
    only "mar" with "marca", "często" only "cz" with "czerwca")."""
    if len(word) < MONTH_SHARED:
        return None
    for name, month in _month_names(language):
        if len(commonprefix([word, name])) >= max(MONTH_SHARED, len(name) - MONTH_ENDING):  # noqa: RUF071 (words, not paths)
            return month
    return None


def _months(u: Unit) -> frozenset[int]:
    """The months (1-12) the sentence names: those of its date values, and in a language other than English its
    words that name a month (:func:`_month_of`: "w lutym", "im Februar", "en février"; the facts stage dates a
    bare month only in English)."""
    out = {int(v.text_value[5:7]) for v in u.values if v.kind == "date" and v.text_value and len(v.text_value) >= 7}
    if u.language != "en":
        for w in _WORD.findall(u.text.lower()):
            month = _month_of(w, u.language)
            if month is not None:
                out.add(month)
    return frozenset(out)


def _sides(readings: list[Reading]) -> list[list[Reading]]:
    """The readings grouped into sides: each joins the first side every member of which it is compatible with
    (:func:`.values.compatible`), in the order given (precise readings first, so a loose one joins the figure it
    holds)."""
    sides: list[list[Reading]] = []
    for r in sorted(readings, key=lambda r: (r.vague, r.unit.index)):
        side = next((s for s in sides if all(compatible(r, x) for x in s)), None)
        if side is None:
            sides.append([r])
        else:
            side.append(r)
    return sides


def rate_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per rate its sources give apart for one month (see the module), sides of compatible readings.
    Input: the story's units; output: claim conflicts. Raises nothing."""
    told: dict[str, dict[int, list[tuple[Unit, Value]]]] = {}
    for u in units:
        for rate, v in rates_of(u):
            told.setdefault(rate, {}).setdefault(u.source, []).append((u, v))
    out = []
    for rate, by_source in told.items():
        sole: list[Reading] = []
        for given in by_source.values():
            first = min(given, key=lambda uv: uv[0].index)
            r = reading(*first)
            if r is not None and all(v.value == first[1].value for _u, v in given):
                sole.append(r)
        if len(sole) < 2:
            continue
        months = {r.unit.index: _months(r.unit) for r in sole}
        by_month = {m: [r for r in sole if m in months[r.unit.index]] for m in set().union(*months.values())}
        month, members = max(by_month.items(), key=lambda mr: (len(mr[1]), -mr[0]), default=(0, []))
        if not month:
            # rates no sentence dates may be of two periods (a year's average, the latest month): never compared;
            # allowing them made a wrong conflict on a held-out half of the dev set (bench/RESULTS-compare.md)
            continue
        places = [r.unit.places for r in members if r.unit.places]
        if any(not a & b for a in places for b in places):
            continue  # rates of two places ("the state's unemployment" / "national unemployment"): two measures
        sides = _sides(members)
        if len(sides) < 2:
            continue
        loose = [all(r.vague for r in side) for side in sides]
        reason = "vague vs precise" if any(loose) and not all(loose) else "different value"
        what = f"{rate} ({MONTHS[month - 1].capitalize()})"
        worded = [(" / ".join(dict.fromkeys(r.value.text for r in side)), [r.unit for r in side]) for side in sides]
        out.append(worded_conflict(data, what, reason, worded))
    return out


def shown_as_rates(conflicts: list[ClaimConflict], rates: list[ClaimConflict]) -> list[ClaimConflict]:
    """``conflicts`` but those whose sentences a rate conflict already cites: a rate's percentages read as shares
    of nothing ("Share: about 8 proc vs about 11 %") are shown as the rate's, with the source left off."""
    spans = [frozenset((e.article, e.start) for e in c.evidence) for c in rates]
    return [c for c in conflicts if not any(frozenset((e.article, e.start) for e in c.evidence) <= s for s in spans)]
