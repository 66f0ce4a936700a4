"""The body sentences that no item of a comparison shows, each with why (issue 12: nothing silently dropped).

"Only X reports" is said of a sentence only when no other source's sentence relates to it (the pair scorer's
single-source bar, :data:`crosswire.compare.claims.align.SENTENCE_BAR`, 0.25), and "agreed" only when one states
the same claim (the agreement bar, 0.6 on the shipped model). A sentence scored between the two was in no section:
a new user's trial lost the German "MSB schickte sechs Spezialisten nach Lindavik ..." when a copy of the wire
story was taken out of the input (its best score against another source's lead moved from 0.24 to 0.27), and a
sentence with no name or figure of its own that no other source states was in none either. This module lists
every such sentence once, with its source, the reason and, for a partial match, the other source's sentence.

Input: a story's aligned claims (:class:`~crosswire.compare.claims.align.ClaimAlignment`), its data and the
evidence the comparison's items already cite. Output: :class:`~crosswire.compare.records.LeftSentence` records,
by source, then by place in the article. Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from crosswire.compare.align import StoryData
from crosswire.compare.claims.align import SENTENCE_BAR, ClaimAlignment, only_speaker_shared, two_days_two_acts
from crosswire.compare.claims.items import evidence
from crosswire.compare.claims.left_figures import figure_reason
from crosswire.compare.claims.single_denials import denied_acts, denied_alike
from crosswire.compare.claims.single_negated import Links, rest_of
from crosswire.compare.claims.single_sentences import UNANCHORED_COSINE
from crosswire.compare.claims.units import Unit
from crosswire.compare.kept_apart import kept_apart_by
from crosswire.compare.records import LeftSentence
from crosswire.compare.restated import rendered_across
from crosswire.model import Evidence

MIN_WORDS = 6  # a dateline, a caption or a byline is shorter than a sentence that states something (as the timeline)
COPY_RATIO = 85  # rapidfuzz ratio (0-100) at which two sentences of one source's copies are one sentence (as the stage)


def _overlaps(u: Unit, spans: Iterable[Evidence]) -> bool:
    """Whether an evidence span of ``spans`` (those of ``u``'s article, or any) overlaps ``u``'s sentence."""
    return any(ev.article == u.article and ev.start < u.claim.end and u.claim.start < ev.end for ev in spans)


def left_sentences(
    found: ClaimAlignment, data: StoryData, shown: list[Evidence], links: Links | None = None
) -> list[LeftSentence]:
    """Every body sentence of :data:`MIN_WORDS` words or more that no evidence span of ``shown`` (the agreed,
    conflicting, single-source items' and quote variants' evidence) overlaps, nor its copy in another article of
    the same source (a wire story and its re-run: rapidfuzz ratio :data:`COPY_RATIO`), as one
    :class:`LeftSentence` per sentence (its copies joined as evidence) with the reason it is in no item:

    - another source's sentence is scored at the single-source bar (:data:`SENTENCE_BAR`) or above: a partial
      match, shown with that sentence (the pair's score under the agreement bar: not the same claim);
    - another source's sentence is near it on the sentence encoder (cosine :data:`UNANCHORED_COSINE` or more):
      shown with that sentence, as a possible restatement;
    - it says what is not so or not known, the rest of another source's sentence in another language linked to
      its neighbour (:func:`~crosswire.compare.claims.single_negated.rest_of`, read with ``links``): shown with
      that sentence;
    - another source's sentence of another language renders it, one speaker's or subject's words
      (:func:`~crosswire.compare.restated.rendered_across`): shown with that sentence;
    - neither: no other source relates to it, and nothing in it (a name or a figure no other source gives) was
      taken for a fact of its own.

    A sentence pairs only through its speaker or two days of two acts (as
    :meth:`~crosswire.compare.claims.align.ClaimAlignment.stated_elsewhere` reads them) counts as no match."""
    by_source: dict[int, list[tuple[str, str]]] = {}
    by_article: dict[str, list[Evidence]] = {}  # the spans of each article, in ``shown``'s order
    for ev in shown:
        by_article.setdefault(ev.article, []).append(ev)
        src = data.source_of.get(ev.article)
        if src is not None:
            by_source.setdefault(src, []).append((ev.article, ev.text))
    out: list[LeftSentence] = []
    # each source's left sentences in order: every left sentence is one source's (``sources == [its source]``),
    # so a unit's copy is looked for among its own source's only
    own: dict[int, list[LeftSentence]] = {}
    for run in quote_runs(sorted(found.units, key=lambda x: (x.source, x.article, x.claim.start)), data):
        if len(run) > 1 and not any(_overlaps(v, by_article.get(v.article, ())) for v in run):
            # one quotation split at its inner full stop, none of it in an item: one entry (its first sentence's
            # reason); a quotation partly in an item leaves each other sentence of it on its own, as before
            if sum(len(v.text.split()) for v in run) >= MIN_WORDS:
                ev = _joined(run, data)
                joined = replace(_left(run[0], found, data, links), summary=ev.text, evidence=[ev])
                out.append(joined)
                own.setdefault(run[0].source, []).append(joined)
            continue
        for u in run:
            _add(u, found, data, by_article, by_source, own, out, links)
    return out


def _add(
    u: Unit,
    found: ClaimAlignment,
    data: StoryData,
    by_article: dict[str, list[Evidence]],
    by_source: dict[int, list[tuple[str, str]]],
    own: dict[int, list[LeftSentence]],
    out: list[LeftSentence],
    links: Links | None = None,
) -> None:
    """Add ``u`` to ``out`` (and to its source's list in ``own``) when no item shows it nor its copy: a new entry,
    or its copy's entry's evidence. ``by_article``: the shown spans of each article."""
    if u.claim.kind != "body" or len(u.text.split()) < MIN_WORDS or _overlaps(u, by_article.get(u.article, ())):
        return
    if any(a != u.article and fuzz.ratio(u.text, t) >= COPY_RATIO for a, t in by_source.get(u.source, [])):
        return  # its copy in the source's other article is shown
    copy = next(
        (
            left
            for left in own.get(u.source, ())
            if left.sources == [u.source]
            and all(ev.article != u.article for ev in left.evidence)
            and fuzz.ratio(u.text, left.summary) >= COPY_RATIO
        ),
        None,
    )
    if copy is not None:
        copy.evidence.append(evidence(data, u))
        return
    left = _left(u, found, data, links)
    out.append(left)
    own.setdefault(u.source, []).append(left)


QUOTE_RUN = 4  # at most this many sentences make one quotation (a longer run is a quote left open by a scrape)
# Quotation marks: those that open, and those that close, a quotation; straight marks do both. „ opens German and
# Polish quotations, which close with “ (an English opening mark), so a sentence with „ reads “ as closing.
OPENING = ("“", "«", "„")
CLOSING = ("”", "»")
STRAIGHT = '"'
_MARKS = re.compile("[" + re.escape("".join((*OPENING, *CLOSING, STRAIGHT))) + "]")


def open_quote(text: str) -> bool:
    """Whether ``text`` leaves a quotation open, read mark by mark: an opening mark (:data:`OPENING`) opens, a
    closing one (:data:`CLOSING`; with „ in the text “ closes too) closes, a straight double quote opens a closed
    quotation and closes an open one (a typewriter's ``"Dreamgirls,''`` closes with two apostrophes)."""
    text = text.replace("``", "“").replace("''", "”")  # a typewriter's quotation marks (ECB+, wire copy)
    closing = (*CLOSING, "“") if "„" in text else CLOSING
    is_open = False
    for ch in _MARKS.findall(text):  # the marks alone, in order: no other character moves the state
        if ch in closing:
            is_open = False
        elif ch in OPENING:
            is_open = True
        elif ch == STRAIGHT:
            is_open = not is_open
    return is_open


def quote_runs(units: list[Unit], data: StoryData) -> list[list[Unit]]:
    """``units`` (sorted by source, article and place) in runs: a body sentence that leaves a quotation open
    (:func:`open_quote`) runs on through the next sentences of its article, up to :data:`QUOTE_RUN` in all, until
    one closes it ("“The pumps were off. We saw nothing,” she said." is one quotation split at its inner
    full stop, and is listed once). Two sentences of a run stand in one paragraph, only spaces between them."""
    runs: list[list[Unit]] = []
    i = 0
    while i < len(units):
        run = [units[i]]
        if units[i].claim.kind == "body" and open_quote(units[i].text):
            body = data.bodies.get(units[i].article) or ""
            while i + len(run) < len(units) and len(run) < QUOTE_RUN:
                nxt, last = units[i + len(run)], run[-1]
                gap = body[last.claim.end : nxt.claim.start]
                if nxt.article != last.article or nxt.claim.kind != "body" or gap.strip() or "\n" in gap:
                    break
                run.append(nxt)
                if not open_quote(" ".join(v.text for v in run)):  # closed
                    break
            if open_quote(" ".join(v.text for v in run)):
                run = [run[0]]  # never closed: no quotation to join
        runs.append(run)
        i += len(run)
    return runs


def _joined(run: list[Unit], data: StoryData) -> Evidence:
    """The evidence of a run of sentences as one span of the body, from the first's start to the last's end."""
    first, last = evidence(data, run[0]), evidence(data, run[-1])
    body = data.bodies.get(run[0].article) or ""
    return replace(first, text=body[first.start : last.end], end=last.end)


def _two_figures(score: float, bar: float) -> tuple[str, str]:
    """A pair's score and the agreement bar as printed, two decimals each. A score under the bar that would round
    to the bar or above prints one hundredth under it, so a reason never reads "score 0.60, under the bar 0.60"
    (a score of 0.598 against 0.6)."""
    shown, shown_bar = round(score, 2), round(bar, 2)
    if score < bar and shown >= shown_bar:
        shown = shown_bar - 0.01
    return f"{shown:.2f}", f"{shown_bar:.2f}"


def _left(u: Unit, found: ClaimAlignment, data: StoryData, links: Links | None = None) -> LeftSentence:
    ev = evidence(data, u)
    own = f"[{u.source}]"
    scored = [(s, v) for s, v in found.counterparts(u) if not (only_speaker_shared(u, v) or two_days_two_acts(u, v))]
    if scored and scored[0][0] >= SENTENCE_BAR:
        s, v = scored[0]
        score, bar = _two_figures(s, found.agree)
        why = (
            f"under the agreement bar {bar}"
            if s < found.agree
            else f"at or above the agreement bar {bar}, but {kept_apart_by(u, v, found, data)}"
        )
        reason = f"partly matches [{v.source}]'s sentence (alignment score {score}, {why}): not shown as agreed, "
        return _sentence(u, ev, reason + f"nor as only {own}'s", v, data)
    denying = denied_acts(u.text, u.language or "en")
    twin = next((v for v in found.units if denying and v.source != u.source and denied_alike(u, v)), None)
    if twin is not None:  # the denial another source gives too (crosswire.compare.claims.single_denials)
        reason = f"denies what [{twin.source}]'s sentence denies, in other words: not shown as only {own}'s"
        return _sentence(u, ev, reason, twin, data)
    told = rest_of(u, found, links) if links is not None else None
    if told is not None:  # the rest of another source's sentence (crosswire.compare.claims.single_negated)
        reason = f"says what is not so or not known, as [{told.source}]'s sentence beside its neighbour's claim does"
        return _sentence(u, ev, reason + f": not shown as only {own}'s", told, data)
    rendering = next((v for v in found.units if v.source != u.source and rendered_across(u, v)), None)
    if rendering is not None:  # one party's words rendered in another language (crosswire.compare.restated)
        reason = f"says in another language what [{rendering.source}]'s sentence of the same speaker or subject says"
        return _sentence(u, ev, reason + f": not shown as only {own}'s", rendering, data)
    near = _nearest(u, found)
    if near is not None:
        cos, v = near
        reason = f"reads close to [{v.source}]'s sentence (cosine {cos:.2f}) but shares too little with it to be "
        return _sentence(u, ev, reason + f"agreed: not shown as only {own}'s", v, data)
    figured = figure_reason(u, found)
    if figured is not None:  # the check that kept a sentence's figure (crosswire.compare.claims.left_figures)
        return _sentence(u, ev, figured[0] + f": not shown as only {own}'s", figured[1], data)
    reason = "no other source's sentence relates to it, and it names no one and gives no figure that marks it as "
    return _sentence(u, ev, reason + f"a fact only {own} reports", None, data)


def _sentence(u: Unit, ev: Evidence, reason: str, nearest: Unit | None, data: StoryData) -> LeftSentence:
    """One left sentence of ``u`` (its evidence ``ev``), with the other source's sentence it is nearest, if any."""
    if nearest is None:
        return LeftSentence(summary=ev.text, sources=[u.source], evidence=[ev], reason=reason)
    return LeftSentence(
        summary=ev.text,
        sources=[u.source],
        evidence=[ev],
        reason=reason,
        nearest=[evidence(data, nearest)],
        nearest_sources=[nearest.source],
    )


def _nearest(u: Unit, found: ClaimAlignment) -> tuple[float, Unit] | None:
    """The other source's sentence nearest ``u`` on the sentence encoder, with its cosine, when it is at
    :data:`UNANCHORED_COSINE` or above; None without embeddings or when none is."""
    if found.near is None:
        return None
    others = [v for v in found.units if v.source != u.source]
    if not others:
        return None
    row = found.near.sims[u.index, [v.index for v in others]]
    best = others[int(row.argmax())]  # the first of the highest, as ``max`` over the list
    cos = float(found.near.sims[u.index, best.index])
    return (cos, best) if cos >= UNANCHORED_COSINE else None
