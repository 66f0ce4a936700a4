"""Every citation is backed by the cited source's own sentence: brief sentences, timeline lines, agreed items,
conflicts and their sides, checked structurally on every comparison of the example corpus, the seeds, the
compare fixtures and the 181 real pages of ../shared/bench/article-extraction (read from there).

Backed means: for every source number a sentence or line cites, one of its evidence spans lies in an article
of that source, and every evidence text is exactly ``body[start:end]`` of its article. An agreed role item
("Oskar Helle: mine safety director") is headed by no sentence: each of its spans names the person and writes a
role of the same concept (:func:`crosswire.compare.claims.held_roles.states_role`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crosswire.compare import compare_story
from crosswire.compare.agreed import ALONGSIDE
from crosswire.compare.align import without_dateline
from crosswire.compare.brief import _numbers_in, disputed_in
from crosswire.compare.claims.held_roles import states_role
from crosswire.compare.records import Comparison, RoleItem
from crosswire.model import Evidence
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from test_brief_disputed_once import assert_disputes_told_once

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CITATION = re.compile(r"\[(\d+)\]")
CORPORA = {
    "examples": [REPO / "examples" / "corpus"],
    "seeds": [SHARED / "seeds"],
    "ferry": [REPO / "tests" / "fixtures" / "compare" / "ferry.jsonl"],
    "agents": [REPO / "tests" / "fixtures" / "agents" / "grain-fire.jsonl"],
    "days": [REPO / "tests" / "fixtures" / "days" / "story.jsonl"],
    "lead-values": [REPO / "tests" / "fixtures" / "lead_values" / "story.jsonl"],
    "spill-labels": [REPO / "tests" / "fixtures" / "spill_labels" / "story.jsonl"],
    "real-pages": [SHARED / "bench" / "article-extraction" / "html"],
}


def _comparisons(tmp: Path, paths: list[Path]) -> tuple[list[Comparison], dict[str, str]]:
    with Store(tmp / "cw.db") as store:
        ingest_paths(store, paths, compare=False)
        comparisons = [c for sid in store.story_ids() if (c := compare_story(store, sid)) is not None]
        bodies = {a.id: a.body for a in store.iter_articles()}
    return comparisons, bodies


def _backed(c: Comparison, bodies: dict[str, str], sources: list[int], evidence: list[Evidence], what: str) -> None:
    source_of = {a: s.n for s in c.sources for a in s.articles}
    for e in evidence:
        assert bodies[e.article][e.start : e.end] == e.text, f"{what}: evidence not verbatim"
    own = {source_of[e.article] for e in evidence}
    assert set(sources) <= own, f"{what}: cites {sorted(set(sources) - own)} without their sentence"


TOO = re.compile(r"^(?P<lead>.*?) (?P<own>(?:\[\d+\])+); .* reports? it too (?P<too>(?:\[\d+\])+)(?:; .*)?\.$")


def _too_states_the_numbers(c: Comparison, text: str, evidence: list[Evidence]) -> None:
    """A lead that says other sources "report it too" cites for it only sources whose own sentence states every
    number the lead writes ("... leaving 84,000 residents under a boil-water advisory [2]; X and Y report it too
    [1][5]" named two sources that give no count), so none that a conflict places on another value."""
    m = TOO.match(text)
    if not m:
        return
    langs = {a.id: a.language or "en" for a in c.articles}
    source_of = {a: s.n for s in c.sources for a in s.articles}
    own = {int(x) for x in CITATION.findall(m.group("own"))}
    lead_language = next((langs.get(e.article, "en") for e in evidence if source_of.get(e.article) in own), "en")
    wanted = _numbers_in(without_dateline(m.group("lead")), lead_language)
    for n in (int(x) for x in CITATION.findall(m.group("too"))):
        stated = set().union(
            *(_numbers_in(e.text, langs.get(e.article, "en")) for e in evidence if source_of.get(e.article) == n)
        )
        assert wanted <= stated, f"brief {text!r}: [{n}] is said to report it too without {sorted(wanted - stated)}"


def check(c: Comparison, bodies: dict[str, str]) -> int:
    """Assert every citation of ``c`` is backed; how many cited units were checked."""
    n = 0
    for s in c.brief:
        cited = sorted({int(x) for x in CITATION.findall(s.text)})
        assert cited == s.sources, f"brief {s.text!r}: cites {cited}, records {s.sources}"
        _backed(c, bodies, s.sources, s.evidence, f"brief {s.text!r}")
        _too_states_the_numbers(c, s.text, s.evidence)
        # a sentence stating a value a conflict lists as one side names the other sides or points to the line that
        # does (a new user's spill brief opened with a time, a day and a tonnage that three conflicts below
        # contradicted)
        disputed = disputed_in(c.conflicts, s.text, s.evidence)
        pointed = "see above)" in s.text or "see below)" in s.text
        assert not disputed or "differ" in s.text or "gives" in s.text or pointed, (
            f"brief {s.text!r}: states disputed {disputed} as fact"
        )
        n += 1
    # each disputed value once, with its sources; no hedge in the conflict's own words (notes10)
    assert_disputes_told_once(c)
    for t in c.timeline:
        _backed(c, bodies, t.sources, t.evidence, f"timeline {t.date} {t.text!r}")
        # A dateline left as a sentence of its own ("ZAROVSK, Karovia, June 10 (MPA) -") is no event.
        assert not re.search(r"[-–—]\s*$", t.text), f"timeline line is a dateline: {t.text!r}"
        n += 1
    for item in [*c.agreed, *c.single_source, *c.conflicts]:
        _backed(c, bodies, item.sources, item.evidence, f"{item.kind} {item.summary!r}")
        n += 1
    for item in c.agreed:
        # a role item is headed by what its sources share ("Oskar Helle: mine safety director"), no sentence:
        # checked by structure, each cited span naming the person and writing a role of the same concept
        if isinstance(item, RoleItem):
            assert item.summary == f"{item.person}: {item.role}", f"role item {item.summary!r}: heading"
            assert states_role(item), f"role item {item.summary!r}: a span names no person or role of it"
            assert len(item.sources) > 1 and len(item.evidence) == len(item.sources), f"role {item.summary!r}"
    assert not any(isinstance(it, RoleItem) for it in c.single_source), "a role one source gives is no item"
    for conflict in c.conflicts:
        for side in conflict.sides:
            _backed(c, bodies, side.sources, side.evidence, f"side {side.label!r} of {conflict.summary!r}")
    return n


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_every_citation_is_backed_by_the_sources_own_sentence(corpus: str, tmp_path: Path) -> None:
    paths = CORPORA[corpus]
    if not all(p.exists() for p in paths):
        pytest.skip(f"{paths[0]} is not present")
    comparisons, bodies = _comparisons(tmp_path, paths)
    assert comparisons
    checked = sum(check(c, bodies) for c in comparisons)
    assert checked > 0
    claims = sum(check_agreed_claims(c) for c in comparisons)
    assert claims > 0 or corpus == "ferry"  # the ferry fixture's sources agree on figures only


def check_agreed_claims(c: Comparison) -> int:
    """Each agreed claim is listed once, headed by one of its own evidence sentences, no two agreed claims
    are headed by the same sentence (a sentence agreeing with one source on one clause and with another on the
    rest was listed two or three times over), none repeats one side of a conflict, and none cites a source that
    a conflict places on another side than its headline sentence (on the seeds, "The Interior Ministry said 774
    people were arrested ..." [AP] cited AFP too, beside "more than 500 [AFP] vs 774 [AP]")."""
    claims = [it for it in c.agreed if it.kind == "claim"]
    summaries = [" ".join(it.summary.split()) for it in claims]
    repeated = {s for s in summaries if summaries.count(s) > 1}
    assert not repeated, f"{c.id}: agreed claims listed more than once: {sorted(repeated)[:2]}"
    # an event on one side of a day, time or role conflict stays agreed (compare.agreed.ALONGSIDE: the side's
    # label tells when, not what happened)
    sides = [
        {(e.article, e.start) for e in side.evidence}
        for x in c.conflicts
        if getattr(x, "reason", "") not in ALONGSIDE
        for side in x.sides
    ]
    for it in claims:
        texts = {" ".join(without_dateline(e.text).split()) for e in it.evidence}  # a dateline heads no item
        assert " ".join(it.summary.split()) in texts, f"{c.id}: {it.summary!r} heads no evidence of its own"
        # A conflict's side already shows its sources agreeing; the same sentences again as agreed read as if
        # only they said so.
        at = {(e.article, e.start) for e in it.evidence}
        assert not any(at <= side for side in sides), f"{c.id}: {it.summary!r} repeats one side of a conflict"
        summary = " ".join(it.summary.split())
        head = next(e for e in it.evidence if " ".join(without_dateline(e.text).split()) == summary)
        for x in c.conflicts:
            on = [side for side in x.sides if any(_overlap(e, head) for e in side.evidence)]
            if on:
                against = {n for side in x.sides for n in side.sources} - {n for side in on for n in side.sources}
                cited = sorted(against & set(it.sources))
                assert not cited, f"{c.id}: {it.summary!r} cites {cited}, on another side of {x.summary!r}"
    return len(claims)


def _overlap(a: Evidence, b: Evidence) -> bool:
    return a.article == b.article and a.start < b.end and b.start < a.end
