"""Single-source continuations: a sentence whose act is a pro-form for the act of the sentence before it ("A
mission to do just that is already lined up.", "The other regions are expected to follow suit.", "Die Stadt will
dasselbe tun.", "Le Sénat devrait faire de même.") says nothing a reader shown it alone could check: what is done
is the previous sentence's. Shown as "only X reports" it is unreadable at best, and at worst an "only" of what
other sources state in the sentence it leans on (the tune half of the alignment gold, ``bench/compare_alignment.py``:
"A mission to do just that is already lined up." was listed as only one outlet's beside another outlet's "NASA is
developing a mission called Europa Clipper", the gold's shared fact). Such a sentence stays listed under "Not in
any item" (:mod:`crosswire.compare.leftover`), where it is read beside its neighbours.

Other continuations are not dropped: a sentence adding to the one before with "also" or a pronoun subject
("Several shops ... were also attacked.", "He also has experience as an awards show M.C.") states an act of its
own, and on the tune halves neither the marker nor the previous sentence's standing (agreed, related to another
source, listed as single-source) separates the wrong ones from the right ones (``bench/RESULTS-compare.md``,
singles9).

Input: the would-be single-source items of one story and each article's language. Output: the positions to drop.
Pure: no store, no model; the patterns are ``data/not_facts.toml``'s ``[pro_act.LANG]`` tables.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from crosswire.compare.records import ClaimItem, EventItem, Item
from crosswire.vocab.data import data_toml


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]]:
    """{language: (one compiled pattern joining the ``[pro_act.LANG]`` patterns of ``data/not_facts.toml``, its
    clause boundary pattern or None)}."""
    raw = data_toml("not_facts.toml").get("pro_act", {})
    return {
        lang: (
            re.compile("|".join(f"(?:{p})" for p in t["patterns"]), re.I),
            re.compile(t["boundary"], re.I) if t.get("boundary") else None,
        )
        for lang, t in raw.items()
        if t.get("patterns")
    }


def pro_form_act(text: str, language: str) -> bool:
    """Whether ``text`` (one sentence) does its act by a pro-form for an act told before it: "do just that", "do the
    same", "follow suit" (en); "dasselbe tun" (de); "faire de même", "le faire" (fr); "hacer lo mismo",
    "hacerlo" (es); "fare lo stesso" (it); "fazer o mesmo" (pt); "zrobić to samo" (pl); "сделать то же самое",
    "последовать их примеру" (ru); "зробити те саме" (uk). A demonstrative before a noun ("did that work for
    years") is none; nor is a pro-form in a sentence with a clause of its own (a conjunction or relative word of
    the language's ``boundary``: "was due to appear by videolink but did not do so", "although there were plans
    to do so"): it stands for an act the same sentence tells. A language without a table is read with the English
    one (a quoted English line in another outlet's copy)."""
    table = _patterns()
    entry = table.get(language, table.get("en"))
    if entry is None:
        return False
    pattern, boundary = entry
    m = pattern.search(text)
    if m is None:
        return False
    return boundary is None or not boundary.search(text[: m.start()] + " " + text[m.end() :])


def pro_form_acts(items: Sequence[Item], language_of: dict[str, str]) -> set[int]:
    """Positions in ``items`` (would-be single-source items) of the events and claims whose every sentence does its
    act by a pro-form (:func:`pro_form_act`). Figures and quotes are left alone: a figure is a value read ("to do
    the same for 300 more homes": the 300 is the source's), a quote someone's words. ``language_of``: article id
    -> ISO 639-1 code (English when unknown)."""
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, (EventItem, ClaimItem)) or not item.evidence:
            continue
        if all(pro_form_act(ev.text, language_of.get(ev.article, "en")) for ev in item.evidence):
            out.add(i)
    return out
