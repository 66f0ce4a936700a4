"""Scored pairs into groups: one group per claim that two or more sources state.

Greedy, best pair first: a pair joins a group that holds one of its units when its other unit's source is not
in the group yet and it scores at least :data:`CLIQUE_SHARE` of the agreement threshold against every member
(the group stays a clique: every member states the claim, not a chain of look-alikes); otherwise it starts a
group of its own. A unit may sit in several groups (a long sentence states several claims), never twice in one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from crosswire.compare.agreed import COPY_RATIO
from crosswire.compare.claims.pairs import Pair, same_value
from crosswire.compare.claims.units import Unit

CLIQUE_SHARE = 0.5  # a member joins when it scores at least half the agreement bar against every member


@dataclass(slots=True, eq=False)
class Group:
    """Units of distinct sources stating one claim, and the best pair score inside."""

    units: list[Unit] = field(default_factory=list)
    score: float = 0.0

    @property
    def sources(self) -> list[int]:
        return sorted({u.source for u in self.units})


def group_pairs(pairs: list[Pair], agree: float) -> list[Group]:
    """Groups from the pairs scoring at least ``agree``, every member scoring at least
    ``CLIQUE_SHARE * agree`` against every other member of its group."""
    scores = {(p.a.index, p.b.index): p.score for p in pairs}

    def link(u: Unit, v: Unit) -> float:
        return scores.get((u.index, v.index)) or scores.get((v.index, u.index)) or 0.0

    groups: list[Group] = []
    member_of: dict[int, list[Group]] = {}
    for p in sorted((p for p in pairs if p.score >= agree), key=lambda p: -p.score):
        joined = None
        for unit, other in ((p.a, p.b), (p.b, p.a)):
            for g in member_of.get(unit.index, []):
                if other in g.units:
                    joined = g
                    break
                if other.source not in g.sources and all(link(other, m) >= CLIQUE_SHARE * agree for m in g.units):
                    g.units.append(other)
                    member_of.setdefault(other.index, []).append(g)
                    joined = g
                    break
            if joined:
                break
        if joined is None:
            g = Group(units=[p.a, p.b], score=p.score)
            groups.append(g)
            for u in (p.a, p.b):
                member_of.setdefault(u.index, []).append(g)
    groups = _merged(groups, lambda u, v: link(u, v) >= CLIQUE_SHARE * agree)
    for g in groups:
        g.units.sort(key=lambda u: (u.source, u.index))
    return groups


def _merged(groups: list[Group], linked: Callable[[Unit, Unit], bool], *, remember: bool = True) -> list[Group]:
    """The groups with any two of disjoint sources whose members are all linked (every member of one scoring at
    least :data:`CLIQUE_SHARE` of the bar against every member of the other) joined into one, best-scored
    first: each pair at the bar seeds a group, and a group grows only through a pair at the bar that holds one
    of its members, so one claim told in two pairs of languages that each translate each other better than they
    translate the other pair stayed two groups ("The recall was ordered by the NTSA" / "La revisión fue ordenada
    por la ... (NTSA)" and "Wycofanie nakazał ... (NTSA)" / "Отзыв проводится по требованию ... (NTSA)", cross
    links 0.43-0.53 against a bar of 0.6: a new user's bus-recall story agreed them twice, each citing two of
    the four sources). The merged group is the clique the greedy step would have built had it met the pairs in
    another order. Input order is kept.

    Each round joins the first pair in order whose sources are disjoint and whose members are all linked, then
    reads the list again from its start. A join changes the first group and drops the second, so a pair of two
    groups neither of which a join touched gives the same answer as in the rounds before: it is remembered and not
    read again (every round read every pair again before: m joins of k groups, up to m * k^2 pair reads, each
    over all their members; now about k^2 + m * k). ``remember=False`` reads every pair again each round."""
    out = list(groups)
    version = {id(g): 0 for g in out}  # bumped when a group takes another's members
    sources = {id(g): set(g.sources) for g in out}
    apart: set[tuple[int, int, int, int]] = set()  # pairs read and not joined: (group, version, group, version)
    changed = True
    while changed:
        changed = False
        for i, g in enumerate(out):
            for h in out[i + 1 :]:
                seen = (id(g), version[id(g)], id(h), version[id(h)])
                if remember and seen in apart:
                    continue
                if sources[id(g)] & sources[id(h)] or not all(linked(u, v) for u in g.units for v in h.units):
                    apart.add(seen)
                    continue
                g.units.extend(h.units)
                g.score = max(g.score, h.score)
                out.remove(h)
                version[id(g)] += 1
                sources[id(g)] |= sources[id(h)]
                changed = True
                break
            if changed:
                break
    return out


def drop_contained(groups: list[Group]) -> list[Group]:
    """The groups without those another group already states: a group is dropped when a group of more sources holds
    every one of its sources and at least one of its sentences, and each of its other sentences is a copy in
    that source of the larger group's sentence (another article of the source: a wire story and its re-run).
    A new user's court story listed "The law ... obliged every outlet with more than 50,000 readers to
    register" agreed by [1][2][3][4][5] (citing the re-run's "required") and again by [1][3][4] (citing the
    wire's "obliged", the Polish and Spanish sentences the same). A group whose other sentence of a source is
    another sentence of the same article states another claim, and is kept. Input and output in the given
    order."""
    by_source = [{u.source: u for u in g.units} for g in groups]
    kept = []
    for i, g in enumerate(groups):
        mine = by_source[i]
        contained = False
        for other in by_source:
            if len(other) <= len(mine):
                continue  # groups of the same sources are one item already (agreed_items cites both copies)
            if not set(mine) <= set(other):
                continue
            same = [s for s, u in mine.items() if other[s].index == u.index]
            if same and all(other[s].index == u.index or other[s].article != u.article for s, u in mine.items()):
                contained = True
                break
        if not contained:
            kept.append(g)
    return kept


def copy_originals(units: list[Unit], copies: dict[str, str | None]) -> dict[int, Unit]:
    """{unit index: the unit it copies} for each sentence of a re-run whose source's original article (a wire
    story the re-run copies, ``copies``: article id -> the article it copies, or None) prints it near word for
    word (rapidfuzz ratio :data:`~crosswire.compare.agreed.COPY_RATIO`, the copy's own bar) with the same values.
    A wire story and its re-run are one source, and a sentence the re-run edits lightly ("have opened" for
    "opened") is still one sentence: grouped apart (a group holds one sentence per source), the wire's sentence
    agreed with the French and Spanish ones and the re-run's with the Russian and German ones, one fact shown as
    two items that each counted the source (a new user's chemical-spill story). A sentence whose values differ
    ("killed 12" / "killed 14") is no copy. Input: the story's units; output: only units of copies that have a
    twin in the original."""
    by_article: dict[str, list[Unit]] = {}
    for u in units:
        by_article.setdefault(u.article, []).append(u)
    out: dict[int, Unit] = {}
    for article, own in by_article.items():
        original = copies.get(article)
        seen = {article}
        while original is not None and copies.get(original) is not None and original not in seen:
            seen.add(original)
            original = copies.get(original)  # a copy of a copy: the first article's sentences
        if original is None or original not in by_article:
            continue
        for u in own:
            twin = max(by_article[original], key=lambda v: fuzz.ratio(u.text, v.text))
            if twin.source == u.source and fuzz.ratio(u.text, twin.text) >= COPY_RATIO and _same_values(u, twin):
                out[u.index] = twin
    return out


def _same_values(u: Unit, v: Unit) -> bool:
    return all(any(same_value(x, y) for y in v.values) for x in u.values) and all(
        any(same_value(y, x) for x in u.values) for y in v.values
    )


def with_originals(groups: list[Group], originals: dict[int, Unit]) -> list[Group]:
    """The groups with each re-run's sentence replaced by the original's twin (:func:`copy_originals`), so that a
    claim agreed through the wire's sentence and through its re-run's is one item citing the source once, by
    the original's sentence. A group holding both (ages of one person are grouped by value, not by source) holds
    the original's once."""
    if not originals:
        return groups
    out = []
    for g in groups:
        units = list({v.index: v for v in (originals.get(u.index, u) for u in g.units)}.values())
        out.append(Group(units=units, score=g.score) if units != g.units else g)
    return out
