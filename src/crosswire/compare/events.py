"""Notable event sentences only one source reports ("who did what to whom" with a named actor).

Agreed events are claims aligned across sources (:mod:`crosswire.compare.claims`) and the timeline is
built from them (:mod:`crosswire.compare.claims.timeline`); what is left here picks, among the sentences no
other item covers, the ones worth saying that only one source reports.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import Sentenced, StoryData, evidence
from crosswire.compare.records import EventItem
from crosswire.vocab.names import fold

WEAK_VERBS = {"say", "be", "have", "tell", "do", "make", "add", "go", "get", "come", "see"}


STOP = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "and",
    "or",
    "for",
    "with",
    "by",
    "from",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "had",
    "has",
    "have",
    "that",
    "which",
    "who",
    "it",
    "its",
    "as",
    "said",
    "says",
    "after",
    "before",
    "than",
    "their",
    "his",
    "her",
    "they",
    "he",
    "she",
    "this",
    "would",
    "will",
}


@lru_cache(maxsize=1 << 15)
def _words(text: str) -> frozenset[str]:
    """The content words of a sentence, each cut to six letters (cached: one sentence is read once per story
    it is compared in and per fact it holds)."""
    return frozenset(w[:6] for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in STOP and len(w) > 2)


def _words_by_source(data: StoryData) -> dict[int, list[frozenset[str]]]:
    """The content words of every sentence that holds a fact, per source (each sentence once)."""
    sents: dict[int, dict[str, frozenset[str]]] = {}
    for aid, facts, body in data.with_facts():
        src = data.source_of[aid]
        items: list[Sentenced] = [*facts.events, *facts.figures, *facts.quotes, *facts.dates]
        for item in items:
            text = body[item.sentence_start : item.sentence_end]
            sents.setdefault(src, {}).setdefault(text.strip(), _words(text))
    return {src: list(by_text.values()) for src, by_text in sents.items()}


def _novel_sentences(data: StoryData) -> set[tuple[str, int]]:
    """(article, sentence start) of the sentences that name a person, organisation or place no other source
    names."""
    ent_sources: dict[str, set[int]] = {}
    for (aid, _eid), canonical_id in data.canonical.items():
        if aid in data.source_of:
            ent_sources.setdefault(canonical_id, set()).add(data.source_of[aid])
    novel: set[tuple[str, int]] = set()
    for aid, facts in data.facts.items():
        for ent in facts.entities:
            cid = data.canonical.get((aid, ent.id))
            if cid and len(ent_sources.get(cid, ())) == 1 and ent.type in ("person", "organisation", "place"):
                novel.update((aid, m.sentence_start) for m in ent.mentions)
    return novel


def single_source(data: StoryData, covered: set[tuple[str, int]]) -> list[EventItem]:
    """Notable event sentences only one source reports.

    Notable and single-source means: a named actor doing something to something, in a sentence that names an
    entity no other source names at all (the airport, the church, the UN rights chief), and no sentence of
    another source shares half its content words. Both checks are lexical (cheap); together they err towards
    silence, since claiming "only one outlet says this" wrongly misleads as much as a false conflict.

    ``covered`` holds (article, sentence start) pairs already reported by another item (a figure, a quote).
    """
    sents = _words_by_source(data)
    novel = _novel_sentences(data)
    out = []
    seen: set[tuple[int, str]] = set()
    for aid, facts, _body in data.with_facts():
        src = data.source_of[aid]
        for ev in facts.events:
            if ev.negated or ev.verb in WEAK_VERBS or not ev.subject_entity or not ev.object:
                continue
            if (aid, ev.sentence_start) in covered or (aid, ev.sentence_start) not in novel:
                continue
            e = evidence(data, aid, ev.sentence_start, ev.sentence_end)
            if e is None or (src, e.text) in seen or len(e.text.split()) < 6:
                continue
            words = _words(e.text)
            if not words:
                continue
            other = (w for s, ws in sents.items() if s != src for w in ws)
            if any(len(words & w) / len(words) >= 0.5 for w in other):
                continue
            seen.add((src, e.text))
            out.append(EventItem(summary=e.text, sources=[src], evidence=[e]))
    return out
