"""Agreed claims checked against the story's conflicts: an agreed claim cites only sources whose own sentence
can state its headline, never one that a conflict puts on another side.

Written here rather than taken from a library: it reads crosswire's own records (a claim item's evidence spans
and a conflict's sides, character offsets into the cleaned bodies).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from crosswire.compare.align import without_dateline
from crosswire.compare.records import ClaimItem, Conflict, ConflictSide, FigureItem, Item
from crosswire.model import Evidence

# rapidfuzz ratio (0-100) at which two sentences of one source's articles are one sentence: the copy's own bar
# (:data:`crosswire.compare.stage.COPY_RATIO`). A wire story and a paper's re-run of it are one source, and a
# conflict may cite the re-run's sentence where an agreed item cites the wire's ("... carried by 127 votes to 104
# at 11:40 p.m." in both, the time of day set against "gegen 18 Uhr": a new user's no-confidence story).
COPY_RATIO = 85


def same_sentence(ev: Evidence, other: Evidence, source_of: dict[str, int]) -> bool:
    """Whether two evidence spans are one sentence: overlapping spans of one article, or near-identical
    sentences (:data:`COPY_RATIO`) of two articles of one source (a wire story and its copy)."""
    if ev.article == other.article:
        return ev.start < other.end and other.start < ev.end
    src = source_of.get(ev.article)
    return src is not None and src == source_of.get(other.article) and fuzz.ratio(ev.text, other.text) >= COPY_RATIO


def _on_side(ev: Evidence, side: ConflictSide, source_of: dict[str, int]) -> bool:
    return any(same_sentence(ev, s, source_of) for s in side.evidence)


def checked_against_conflicts(
    items: list[ClaimItem],
    conflicts: list[Conflict],
    source_of: dict[str, int],
    asides: Sequence[Conflict] = (),
) -> list[ClaimItem]:
    """The agreed claims ``items`` that a reader can take at their word beside ``conflicts``: none whose
    sentences stand on two sides of one conflict (:func:`_across_sides`) or all on one side
    (:func:`_on_one_side`), each without the sources a conflict contradicts (:func:`_uncontradicted`), one
    item per headline sentence (:func:`_one_per_headline`). ``source_of``: article id -> source number.
    ``asides``: conflicts that do not part the sentences around them (two rates converting one amount:
    the sentences still agree on the amount), left out of the first and third checks."""
    parting = [c for c in conflicts if not any(c is a for a in asides)]
    sided = [k for it in items if (k := _one_side_alongside(it, parting, source_of)) is not None]
    kept = [it for it in sided if not (_across_sides(it, parting) or _on_one_side(it, conflicts))]
    return _one_per_headline([k for it in kept if (k := _uncontradicted(it, parting, source_of))], source_of)


def _one_side_alongside(item: ClaimItem, conflicts: list[Conflict], source_of: dict[str, int]) -> ClaimItem | None:
    """An agreed claim whose sentences stand on two sides of a conflict over when it happened or who held which
    post (:data:`ALONGSIDE`), kept with one side's sentences: the side citing most of the item's sources (on a
    tie, the side of its headline sentence, else the first). The sentences still state the claim; only the
    time, day or role the side's label gives differs ("Stoyan Petkov, the terminal manager, blamed a faulty
    valve" in five languages, beside the role conflict "Управляющий [2] vs directeur général [3]", was dropped
    whole, and a fact all five outlets report was in no item: a new user's chemical-spill story). The sources
    of the other sides leave the item (their sentence gives the other value); None when fewer than two sources
    are left. Conflicts of other reasons part the item as before (:func:`_across_sides`: the value is the
    claim). Input: one agreed item, the story's parting conflicts, article id -> source number."""
    at = {(ev.article, ev.start) for ev in item.evidence}
    for c in conflicts:
        if getattr(c, "reason", "") not in ALONGSIDE:
            continue
        sides = [side for side in getattr(c, "sides", []) if {(ev.article, ev.start) for ev in side.evidence} & at]
        if len(sides) < 2:
            continue
        cited = [{source_of.get(ev.article) for ev in side.evidence if (ev.article, ev.start) in at} for side in sides]
        heads = [any(without_dateline(ev.text) == item.summary for ev in side.evidence) for side in sides]
        best = max(range(len(sides)), key=lambda i: (len(cited[i]), heads[i], -i))
        drop = set().union(*(cited[i] for i in range(len(sides)) if i != best)) - cited[best]
        evidence = [ev for ev in item.evidence if source_of.get(ev.article) not in drop]
        sources = sorted({n for ev in evidence if (n := source_of.get(ev.article)) is not None})
        if len(sources) < 2:
            return None
        item = replace(item, evidence=evidence, sources=sources)
        at = {(ev.article, ev.start) for ev in item.evidence}
    return item


def _across_sides(item: Item, conflicts: list[Conflict]) -> bool:
    """Whether an agreed claim's sentences stand on two sides of one conflict ("About 15,000 people spent
    the night in shelters" and "an estimated 80,000"): they state no one claim."""
    at = {(ev.article, ev.start) for ev in item.evidence}
    for c in conflicts:
        sides = [{(ev.article, ev.start) for ev in side.evidence} for side in getattr(c, "sides", [])]
        if sum(1 for side in sides if side & at) > 1:
            return True
    return False


def one_verdict(
    items: Sequence[Item], conflicts: Sequence[Conflict], source_of: dict[str, int], asides: Sequence[Conflict] = ()
) -> list[Item]:
    """The agreed ``items`` (any kind) without those that are only a conflict's sides: an item every sentence of
    which stands on a side of one conflict, on two sides or more (a copy's sentence counting as its source's,
    :func:`same_sentence`), states nothing the conflict does not; the conflict wins and the item is dropped ("...
    carried by 127 votes to 104 at 11:40 p.m." [1] and "... gegen 18 Uhr mit 127 zu 104 Stimmen" [3], agreed
    beside the time conflict "11:40 p.m. [1] vs 18 [3]" through the wire's re-run: a new user's no-confidence
    story). An item with a sentence on no side agrees on more than the disputed value and stays (the alignment
    gold's tune half: "associated with the Black Death" agreed by three sources, two of which give two tolls).
    ``asides`` (two rates converting one amount) part no sentences. Input: the story's agreed items and
    conflicts, article id -> source number; output: the items kept, in order."""
    parting = [c for c in conflicts if not any(c is a for a in asides)]
    out: list[Item] = []
    for item in items:
        if not any(_only_sides(item, c, source_of) for c in parting):
            out.append(item)
    return out


def _only_sides(item: Item, conflict: Conflict, source_of: dict[str, int]) -> bool:
    if isinstance(item, FigureItem) and _counted(conflict) not in (None, item.slot.counted.lower()):
        return False  # a figure of another measure than the conflict's ("age of Tomas Corwin" beside his custody)
    sides = getattr(conflict, "sides", [])
    hit = {i for ev in item.evidence for i, side in enumerate(sides) if _on_side(ev, side, source_of)}
    return len(hit) > 1 and all(any(_on_side(ev, side, source_of) for side in sides) for ev in item.evidence)


def _counted(conflict: Conflict) -> str | None:
    """What a conflict measures, lower case: a claim conflict's ``measure``, a figure conflict's counted noun."""
    measure = getattr(conflict, "measure", None)
    slot = getattr(conflict, "slot", None)
    found = measure if isinstance(measure, str) else (slot.counted if slot is not None else None)
    return found.lower() if found else None


# Conflicts over when something happened or who held which post: the sentences on one side still state the
# event itself, which the side's label (a time, a day, a role) does not tell ("The ferry ran aground on the
# Brannoch Shoal at 3.40am" agreed by four sources, beside the conflict 3.40am [1][2][4][5] vs 4.40am [3],
# was dropped, and the brief led with the passengers instead: a new user's ferry story). So over where: "The
# Regional Court in Velmora ... sentenced him to seven years" in four languages, beside the conflict Velmora
# [1][3][4][5] vs Drestow [2], still states the sentence (a new user's verdict story lost it).
ALONGSIDE = frozenset({"different time", "different day", "different role", "different place"})


def _on_one_side(item: Item, conflicts: list[Conflict]) -> bool:
    """Whether every sentence of an agreed claim stands on one side of a conflict: the side already shows
    those sources agreeing ("Mindestens 7 Menschen" and "Au moins 7 personnes" beside the conflict
    "People killed: 3 [1] vs at least seven / Mindestens 7 / Au moins 7 [2][3][4][5]"), and listed again as
    agreed it read as if only two sources said so. Conflicts of :data:`ALONGSIDE` reasons do not count."""
    at = {(ev.article, ev.start) for ev in item.evidence}
    for c in conflicts:
        if getattr(c, "reason", "") in ALONGSIDE:
            continue
        for side in getattr(c, "sides", []):
            if at <= {(ev.article, ev.start) for ev in side.evidence}:
                return True
    return False


def _uncontradicted(item: ClaimItem, conflicts: list[Conflict], source_of: dict[str, int]) -> ClaimItem | None:
    """An agreed claim without the sources that a conflict places on another side than its headline
    sentence (and on no side with it); None when fewer than two sources are left. The item shows the
    headline sentence and cites every source for it: a source whose own figure for that measure is listed
    as conflicting does not state it. On the seeds, "The Interior Ministry said 774 people were arrested in
    Minsk and other cities ..." [AP] was agreed with an AFP sentence on Sunday's protests in Minsk, beside the
    conflict "more than 500 [AFP] vs 774 [AP]" people detained: AFP was cited for AP's figure.

    The headline is the item's sentence that the conflicts leave the most sources for (its own first): on the
    alignment gold's tune half, "Both diseases are associated with the Black Death pandemic that killed an
    estimated 25 million people in Europe ..." [1] and "In the 14th century the Black Death spread across ...
    Europe, killing up to 60 percent of Europe's total population" [4] agree on the Black Death, while [4]
    puts the toll at more than 100 million: headlined by [4]'s sentence, both are cited."""
    best: tuple[int, Evidence, set[int]] | None = None
    for lead in sorted(item.evidence, key=lambda ev: without_dateline(ev.text) != item.summary):
        drop = _contradicting(lead, conflicts)
        kept = {source_of.get(ev.article) for ev in item.evidence} - drop - {None}
        if best is None or len(kept) > best[0]:
            best = (len(kept), lead, drop)
    if best is None or best[0] < 2:
        return None
    _, lead, drop = best
    if not drop and lead.text == item.summary:
        return item
    evidence = [ev for ev in item.evidence if source_of.get(ev.article) not in drop]
    sources = sorted({source_of[ev.article] for ev in evidence if ev.article in source_of})
    return replace(item, summary=without_dateline(lead.text), sources=sources, evidence=evidence)


def _one_per_headline(items: list[ClaimItem], source_of: dict[str, int]) -> list[ClaimItem]:
    """Agreed claims headed by one sentence merged into the first of them (a headline chosen by
    :func:`_uncontradicted` may head another item already); each one's sentences were checked against it."""
    out: dict[str, ClaimItem] = {}
    for it in items:
        key = " ".join(it.summary.split())
        first = out.get(key)
        if first is None:
            out[key] = it
            continue
        seen = {(ev.article, ev.start) for ev in first.evidence}
        evidence = [*first.evidence, *(ev for ev in it.evidence if (ev.article, ev.start) not in seen)]
        sources = sorted({source_of[ev.article] for ev in evidence if ev.article in source_of})
        evidence.sort(key=lambda ev: (source_of.get(ev.article, 0), ev.start))
        out[key] = replace(first, evidence=evidence, sources=sources, score=max(first.score, it.score))
    return list(out.values())


def _contradicting(lead: Evidence, conflicts: list[Conflict]) -> set[int]:
    """The sources that some conflict places on a side other than ``lead``'s sentence, and on none with it."""
    drop: set[int] = set()
    for c in conflicts:
        sides = getattr(c, "sides", [])
        with_lead = [
            side
            for side in sides
            if any(ev.article == lead.article and ev.start < lead.end and lead.start < ev.end for ev in side.evidence)
        ]
        if with_lead:
            drop |= {n for side in sides for n in side.sources} - {n for side in with_lead for n in side.sources}
    return drop
