"""The year a named person took up a post, as two sources give it: "Lind has chaired the board since 2004" /
"Lind became chair in 2005" (issue 12's list; such a pair must not be agreed).

A sentence gives a start year when it names exactly one person, a year-only date of it hangs from a verb of
``hold`` with a word of ``since`` right before the year, or from a verb of ``start`` (``data/tenures.toml``), and
it holds the words of exactly one post of ``[posts]``. Start years of one person and one post conflict
(``"different time"``) when two sources give two and no source gives two (a source that does tells of two
terms) and at least one side is framed by a verb of ``start`` (two years after "since" are one slot the value
comparison sets against each other itself). Each side is labelled with the year as the sentence frames it
("since 2004", "2005") and cites its
sentences. Written by hand: the verbs and posts are data, the rule is the comparison itself.

Offsets are character offsets into the cleaned body (through :class:`~crosswire.model.Evidence`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.vocab.data import data_toml

SINCE_REACH = 12  # characters before a year in which a word of ``since`` ties it to the verb ("since early 2004")


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, list[str]]]:
    return data_toml("tenures.toml")


@lru_cache(maxsize=1)
def _posts() -> list[tuple[str, re.Pattern[str]]]:
    """(post, pattern of its words) for each post of ``[posts]``."""
    return [
        (post, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])"))
        for post, words in _table()["posts"].items()
    ]


def post_in(text: str) -> str | None:
    """The one post of ``[posts]`` whose words ``text`` holds; None for none or two."""
    low = text.lower()
    found = {post for post, pat in _posts() if pat.search(low)}
    return found.pop() if len(found) == 1 else None


def start_year(u: Unit) -> tuple[str, str] | None:
    """(year, label) of the one start year the sentence gives (module docstring): ("2004", "since 2004") for a
    year a word of ``since`` ties to a verb of ``hold``, ("2005", "2005") for a year a verb of ``start``
    governs; None for none or two years."""
    lang = u.language or "en"
    since = [w.lower() for w in _table()["since"].get(lang, [])]
    hold = set(_table()["hold"].get(lang, []))
    start = set(_table()["start"].get(lang, []))
    found: dict[str, str] = {}
    for v in u.values:
        if v.kind != "date" or not v.text_value or len(v.text_value) != 4 or v.scheduled:
            continue
        at = v.start - u.claim.start
        before = u.text[max(0, at - SINCE_REACH) : at].lower()
        word = next((w for w in since if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", before)), None)
        if v.verb in hold and word:
            found[v.text_value] = f"{word} {v.text_value}"
        elif v.verb in start and not word:
            found[v.text_value] = v.text_value
    return next(iter(found.items())) if len(found) == 1 else None


def _person(u: Unit) -> str | None:
    people = [e for e in u.entities if e.startswith("person:")]
    return people[0] if len(people) == 1 else None


def tenure_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per person and post two sources give two start years (module docstring). Input: the story's
    units; output: claim conflicts, reason ``"different time"``."""
    told: dict[tuple[str, str], dict[str, tuple[str, list[Unit]]]] = {}
    for u in units:
        if u.claim.negated:
            continue
        person = _person(u)
        if person is None:
            continue
        post = post_in(u.text)
        found = start_year(u) if post else None
        if found is None or post is None:
            continue
        year, label = found
        told.setdefault((person, post), {}).setdefault(year, (label, []))[1].append(u)
    out = []
    for (person, post), years in told.items():
        if len(years) < 2 or not sources_apart([us for _l, us in years.values()]):
            continue
        if all(label != year for year, (label, _us) in years.items()):
            continue  # "since 2004" / "since 2005": one slot, the value comparison's ("Year since")
        name = person.partition(":")[2] or person
        sides = [(label, us) for _y, (label, us) in sorted(years.items())]
        measure = f"when {name} took up the post ({post.replace('_', ' ')})"
        out.append(worded_conflict(data, measure, "different time", sides))
    return out
