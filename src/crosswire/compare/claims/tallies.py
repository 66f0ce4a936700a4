"""A competitor's win-loss record and its tallies, compared across a whole story: "Lena Varga (31-2, 24 KOs)" /
"Lena Varga, 32-2, 25 KO's, ..." (a boxer's record before the bout and after it), "the Harbor Hawks (12-5-3)" /
"the Harbor Hawks (12-6-3)".

Sports copy writes a record as an appositive block right after the name, in parentheses or between commas: a
win-loss(-draw) triple of small numbers, then tallies counted by the words of ``[tallies]`` in
``data/sports_records.toml`` (knockouts, submissions). The facts stage reads such a block as no figure at all (or
as a stray count: "45-7-2, 36 KOs" gave "45 kos"), and the two sentences that carry it are seldom paired, so the
records never met. Here each block is read off the sentence text right after a name the facts stage found (an
entity mention of any type: the English model tags "Wladimir Klitschko" a place in one article), and the
records and tallies of one competitor are compared story-wide.

What is not read as a record, for precision: a number of four digits (a life's years "(1923-2008)"); a block
followed by another ``N-N`` (set scores "Federer, 6-4, 6-3"); a block followed by a count of a word that is no
tally ("Tomas Rell, 6-4, 230 pounds": a height); a block not closed by ``)``, ``,``, ``;`` or the sentence's end
("Arsenal, 2-1 winners over ..."). Competitors are keyed by surname (the last word of the entity's name, folded);
a surname two sentences give with first names that do not fit each other (one name's words not among the
other's) is two people and is left out. A source giving one competitor two records tells of a change, not a
disagreement (:func:`.items.sources_apart`).

Between commas a block is read only with a tally after the record ("Tomas Rell, 18-4-1, 9 knockouts, won"):
"the Colts beat the host Jaguars, 31-24, on Thursday" is a score. In parentheses a bare record is read ("the
Harbor Hawks (12-5-3)").

Which records conflict: records of one competitor with the same number of contests and different results
(``"different value"``: "12-5-3" / "14-3-3"), or whose totals differ by exactly one contest with every count of
the larger at least the smaller's (``"different time"``: one was written before the bout the story reports, one
after). Records further apart are of different moments of a season or a career ("the Tar Heels (10-0)" in
December, "(14-1)" after another game in January, in one ECB+ topic): neither they nor their tallies are
compared. A tally conflicts when the competitor's records are compared and its counts differ: ``"different
time"`` when by that one contest in the same direction as the record, ``"different value"`` otherwise.

Why hand-written: no library reads sports records; the tally words are data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

_RECORD = re.compile(r"\s*[(,]\s*(\d{1,3})\s*[-–]\s*(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?(?![\d-])")
_TALLY = re.compile(r"\s*,\s*(\d{1,3})\s+")
_SCORE_AFTER = re.compile(r"\s*,?\s*\d{1,3}\s*[-–]\s*\d")
_CLOSE = re.compile(r"\s*(?:[),;]|\.?\s*$)")


@dataclass(frozen=True, slots=True)
class Record:
    """One competitor's record as one sentence writes it: wins, losses, draws (None when not written) and its
    tallies (tally name -> count), with the block's text as written ("52-3, 46 KOs")."""

    name: str  # the competitor's name as the article gives it in full
    results: tuple[int, ...]
    tallies: tuple[tuple[str, int], ...]
    text: str


@lru_cache(maxsize=1)
def _tally_words() -> list[tuple[str, str]]:
    """(word, tally name) pairs, longest word first, so "knockout wins" is read before "ko"."""
    table: dict[str, list[str]] = data_toml("sports_records.toml").get("tallies", {})
    pairs = [(w.lower(), name) for name, words in table.items() for w in words]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def _one_contest() -> int:
    return int(data_toml("sports_records.toml").get("one_contest", 1))


def _tally_at(text: str, at: int) -> tuple[str, int] | None:
    """The tally name whose word starts ``text`` at ``at`` and where the word ends; None when none does."""
    low = text[at:].lower()
    for word, name in _tally_words():
        if low.startswith(word) and (len(low) == len(word) or not low[len(word)].isalnum()):
            return name, at + len(word)
    return None


def read_record(text: str, at: int) -> tuple[tuple[int, ...], tuple[tuple[str, int], ...], int] | None:
    """The record block that starts right after a name ending at character ``at`` of ``text``: its results
    (wins, losses[, draws]), its tallies and the character offset where the block ends; None when no record
    block stands there (see the module docstring for what is not read)."""
    m = _RECORD.match(text, at)
    if m is None:
        return None
    results = tuple(int(g) for g in m.groups() if g is not None)
    end = m.end()
    if _SCORE_AFTER.match(text, end):
        return None
    tallies: list[tuple[str, int]] = []
    while (t := _TALLY.match(text, end)) is not None:
        found = _tally_at(text, t.end())
        if found is None:
            return None
        tallies.append((found[0], int(t.group(1))))
        end = found[1]
    if not _CLOSE.match(text, end) or (text[m.start() :].lstrip().startswith(",") and not tallies):
        return None
    return results, tuple(tallies), end


def records_of(u: Unit, data: StoryData) -> list[Record]:
    """The records the unit's sentence gives, each after a name the facts stage found in it."""
    facts = data.facts.get(u.article)
    if facts is None or not any(map(str.isdigit, u.text)):
        return []
    base = u.claim.start
    out = []
    for e in facts.entities:
        for mention in e.mentions:
            if not (u.claim.start <= mention.start and mention.end <= u.claim.end):
                continue
            found = read_record(u.text, mention.end - base)
            if found is not None:
                results, tallies, end = found
                text = u.text[mention.end - base : end].strip(" ,()")
                out.append(Record(name=e.name, results=results, tallies=tallies, text=text))
    return out


def _fits(a: str, b: str) -> bool:
    """Whether two names may name one competitor: the words of one are among the other's."""
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return wa <= wb or wb <= wa


def _after_one_contest(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether record ``b`` is ``a`` plus one contest (or the other way round)."""
    if len(a) != len(b):
        return False
    lo, hi = (a, b) if sum(a) < sum(b) else (b, a)
    return sum(hi) - sum(lo) == _one_contest() and all(h >= low for h, low in zip(hi, lo, strict=True))


def _same_direction(counts: dict[int, list[Unit]], records: dict[tuple[int, ...], list[Unit]]) -> bool:
    """Whether two tallies differ by one contest and the higher is given by the sentences of the higher record."""
    if len(counts) != 2 or len(records) != 2:
        return False
    low, high = sorted(counts)
    top = max(records, key=sum)
    return high - low == _one_contest() and {u.index for u in counts[high]} <= {u.index for u in records[top]}


def _surname(name: str) -> str:
    words = fold(name).split()
    return words[-1] if words else ""


def _conflict(data: StoryData, measure: str, told: dict[str, list[Unit]], reason: str) -> ClaimConflict | None:
    if len(told) < 2 or not sources_apart(list(told.values())):
        return None
    return worded_conflict(data, measure, reason, list(told.items()))


def tally_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per competitor whose record two sources give differently, and one per tally (knockouts)
    they give differently: each side labelled with the value as written, citing its sentences. Input: the
    story's units; output: claim conflicts (reason as the module docstring says). Raises nothing."""
    by_surname: dict[str, list[tuple[Record, Unit]]] = {}
    for u in units:
        for rec in records_of(u, data):
            by_surname.setdefault(_surname(rec.name), []).append((rec, u))
    out: list[ClaimConflict] = []
    for surname, found in by_surname.items():
        names = [r.name for r, _ in found]
        if not surname or not all(_fits(a, b) for a in names for b in names):
            continue
        full = max(names, key=len)
        records: dict[tuple[int, ...], list[Unit]] = {}
        labels: dict[tuple[int, ...], str] = {}
        for rec, u in found:
            records.setdefault(rec.results, []).append(u)
            labels.setdefault(rec.results, "-".join(map(str, rec.results)))
        keys = list(records)
        one_more = len(keys) == 2 and _after_one_contest(keys[0], keys[1])
        if len({sum(k) for k in keys}) > 1 and not one_more:
            continue  # records of different moments of a season or a career: no disagreement to tell
        record = _conflict(
            data,
            f"record of {full}",
            {labels[k]: us for k, us in records.items()},
            "different time" if one_more else "different value",
        )
        if record is not None:
            out.append(record)
        tally_names = sorted({name for rec, _ in found for name, _n in rec.tallies})
        for tally in tally_names:
            counts: dict[int, list[Unit]] = {}
            for rec, u in found:
                for name, n in rec.tallies:
                    if name == tally:
                        counts.setdefault(n, []).append(u)
            step = one_more and _same_direction(counts, records)
            item = _conflict(
                data,
                f"{tally} of {full}",
                {str(n): us for n, us in counts.items()},
                "different time" if step else "different value",
            )
            if item is not None:
                out.append(item)
    return out
