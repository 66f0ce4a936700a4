"""One fact listed once: an agreed item whose every sentence another agreed item already cites for the same
fact is folded into that item.

The figure aligner, the quote aligner and the claim aligner each read every sentence, so one fact can come out
of two of them: "Crowns: up to 50,000 [2][5]" (a figure of two English sources) beside the claim "Insured
deposits of up to 50,000 crowns will be repaid ... [1][2][3][4][5]" on the same two sentences and three more
in French, German and Russian. The item kept is the richer one, the one citing more (every sentence of the
other is among its own): it keeps its label, takes the folded item's value into what its sentences share
(``shared``) and cites every source of both.

*The same fact* is decided by kind, because two facts are often stated in one sentence and must stay two items
("The quake of magnitude 6.4 killed at least 14": the magnitude and the toll):

* a figure inside a claim or event: every source of the claim has a sentence that gives the figure's value
  (a number of the facts stage in that sentence, in any language, equal to one of the figure's values or
  bounds; a value under 10, which many sentences carry for other things, must also count the same thing,
  in words of the facts stage when the sentence is in the figure's language);
* a quote inside a claim: every sentence of the claim carries the quote's words (it is the quote's own
  sentence, or a wording the quote aligner linked to it as a variant);
* a claim or event inside a claim or event: the claim aligner matched the same sentences twice;
* a second figure inside a claim that already took one in: another fact of the same sentences ("killed three
  welders and injured eleven" is the toll and the injured, two items);
* a figure inside a figure never: two figure items measure two different things (their slots differ).

Written here rather than taken from a library: it reads crosswire's own items (evidence spans are character
offsets into the cleaned bodies) and the facts stage's numbers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from crosswire.compare.align import StoryData
from crosswire.compare.records import ClaimItem, EventItem, FigureItem, Item, QuoteItem, QuoteVariant
from crosswire.model import Evidence

Span = tuple[str, int]  # (article id, start): one cited sentence
SMALL = 10  # values below this need what they count to match too (one, two, three are everywhere)


def _spans(item: Item | QuoteVariant) -> frozenset[Span]:
    return frozenset((ev.article, ev.start) for ev in item.evidence)


def fold_repeats(agreed: Sequence[Item], variants: Sequence[QuoteVariant], data: StoryData) -> list[Item]:
    """``agreed`` (in order) with every item whose sentences another item cites for the same fact folded
    into that item (the smaller items first, each into the first container that states its fact).
    ``variants``: the story's quote variants, whose wordings count as a quote's own sentences. Raises
    nothing on items of unknown kinds: they are kept as they are."""
    items = list(agreed)
    spans = [_spans(it) for it in items]
    folded: set[int] = set()
    measures: dict[int, str] = {}  # container -> the figure measure it took in: one fact per item
    for i in sorted(range(len(items)), key=lambda k: len(spans[k])):
        for j in range(len(items)):
            if i == j or j in folded or not spans[i] <= spans[j] or (spans[i] == spans[j] and j > i):
                continue
            inner = items[i]
            measure = inner.slot.counted if isinstance(inner, FigureItem) else None
            if measure is not None and measures.get(j, measure) != measure:
                continue  # a second figure on the same sentences is another fact ("killed 3, injured 11")
            if _same_fact(inner, items[j], variants, data):
                items[j] = _merged(items[j], inner)
                spans[j] = _spans(items[j])
                folded.add(i)
                if measure is not None:
                    measures[j] = measure
                break
    return [it for k, it in enumerate(items) if k not in folded]


def _same_fact(inner: Item, outer: Item, variants: Sequence[QuoteVariant], data: StoryData) -> bool:
    """Whether ``outer``, which cites every sentence of ``inner``, states ``inner``'s fact in each source."""
    if not isinstance(outer, ClaimItem | EventItem):
        return False
    if isinstance(inner, FigureItem):
        return all(any(_gives(inner, ev, data) for ev in evs) for evs in _by_source(outer.evidence, data).values())
    if isinstance(inner, QuoteItem):
        words = _spans(inner) | _variant_spans(inner, variants)
        if _spans(outer) <= words:
            return True
        # the claim aligner's item may add another source's rendering in another language ("sprach von der
        # wichtigsten Verkehrsentscheidung ...") to the sentences that print the quote: citing in the quote's own
        # sources only those sentences, it states the quote (a new user's tram story listed the quote twice); a
        # sentence of the quote's own language that does not print it says something else
        mine = _by_source(inner.evidence, data)
        theirs = _by_source(outer.evidence, data)
        if not all({(ev.article, ev.start) for ev in theirs.get(src, [])} <= words for src in mine):
            return False
        language = {a.id: a.language for a in data.articles}
        quoted_in = {language.get(ev.article) for ev in inner.evidence}
        return all(
            language.get(ev.article) is not None and language.get(ev.article) not in quoted_in
            for src, evs in theirs.items()
            if src not in mine
            for ev in evs
        )
    return isinstance(inner, ClaimItem | EventItem)


def _by_source(evidence: Sequence[Evidence], data: StoryData) -> dict[int, list[Evidence]]:
    out: dict[int, list[Evidence]] = {}
    for ev in evidence:
        out.setdefault(data.source_of.get(ev.article, 0), []).append(ev)
    return out


def _gives(figure: FigureItem, ev: Evidence, data: StoryData) -> bool:
    """Whether sentence ``ev`` gives one of ``figure``'s values: a number of the facts stage inside it equal
    to a value or bound (relative tolerance 1e-9); its own sentences always do."""
    if any(e.article == ev.article and e.start == ev.start for e in figure.evidence):
        return True
    facts = data.facts.get(ev.article)
    if facts is None:
        return False
    wanted = {x for v in figure.values for x in (v.value, v.low, v.high) if x is not None}
    counted = set((figure.slot.counted or "").lower().split())
    language = {a.id: a.language for a in data.articles}
    other_language = language.get(ev.article) not in {language.get(e.article) for e in figure.evidence}
    for g in facts.figures:
        if not (ev.start <= g.start < ev.end):
            continue
        numbers = [x for x in (g.value, g.low, g.high) if x is not None]
        if not any(math.isclose(float(x), w, rel_tol=1e-9) for x in numbers for w in wanted):
            continue
        if max(numbers) >= SMALL or other_language or counted & set((g.counted or "").lower().split()):
            return True
    return False


def _variant_spans(quote: QuoteItem, variants: Sequence[QuoteVariant]) -> frozenset[Span]:
    """The sentences of every quote variant that shares a sentence with ``quote``: the same words in another
    wording or language."""
    own = _spans(quote)
    return frozenset(s for v in variants if _spans(v) & own for s in _spans(v))


def _merged(keep: Item, fold: Item) -> Item:
    """``keep`` citing every source of both, with what ``fold`` states added to what its sentences share."""
    seen = {(ev.article, ev.start) for ev in keep.evidence}
    evidence = [*keep.evidence, *(ev for ev in fold.evidence if (ev.article, ev.start) not in seen)]
    sources = sorted({*keep.sources, *fold.sources})
    if not isinstance(keep, ClaimItem):
        return replace(keep, evidence=evidence, sources=sources)
    shared = list(keep.shared)
    for value in _stated(fold):
        if value and value not in shared:
            shared.append(value)
    return replace(keep, evidence=evidence, sources=sources, shared=shared)


def _stated(item: Item) -> list[str]:
    """What an item states that a claim's ``shared`` can name: a figure's values as written, a quote's
    speaker, a claim's own shared names and values."""
    if isinstance(item, FigureItem):
        return [v.text for v in item.values]
    if isinstance(item, QuoteItem):
        return [item.speaker]
    if isinstance(item, ClaimItem):
        return list(item.shared)
    return []
