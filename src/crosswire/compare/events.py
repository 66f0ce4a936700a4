"""Events ("who did what to whom") aligned across sources, and the timeline from resolved dates.

Conservative by design: two event records align only when the subject is the same canonical entity, the verb
lemma is the same, neither is negated, and the objects name the same thing (same canonical entity or the same
head word). Event sentences are not classified as conflicts: a missing or differently worded event is not a
contradiction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crosswire.compare.align import Sentenced, StoryData, evidence, uniq_evidence
from crosswire.compare.records import EventItem, TimelineLine
from crosswire.facts import Event
from crosswire.model import Evidence
from crosswire.vocab.names import fold

DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,[^.!?]*\(?[A-Za-z]*\)?\s*[-–—]+\s*$")
WEAK_VERBS = {"say", "be", "have", "tell", "do", "make", "add", "go", "get", "come", "see"}


def _object_key(data: StoryData, article: str, ev: Event) -> str | None:
    if ev.object_entity:
        cid = data.canonical.get((article, ev.object_entity))
        if cid:
            return cid
    if ev.object:
        return _head_word(ev.object)
    return None


# Prepositions that end an object's head phrase: "a maximum sentence of 175 years in prison in the US" is
# headed by "sentence", not by "US" (which would align it with "18 criminal charges in the US").
_PREPOSITIONS = {
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "to",
    "by",
    "into",
    "over",
    "under",
    "after",
    "against",
    "about",
    "across",
    "near",
    "since",
    "during",
    "before",
    "between",
    "than",
    "as",
}


def _head_word(phrase: str) -> str | None:
    """The head noun of an object phrase, approximately: the last word before the first preposition."""
    words = re.findall(r"[a-z]+", fold(phrase))
    for i, word in enumerate(words):
        if word in _PREPOSITIONS and i > 0:
            words = words[:i]
            break
    return words[-1] if words else None


EventKey = tuple[str, str, str]  # (subject's canonical id, verb lemma, object key)


@dataclass(slots=True)
class _EventGroup:
    """The sentences of one (subject, verb, object) event, by source."""

    action: str  # "who did what to whom", from the first sentence's parse
    by_source: dict[int, list[Evidence]] = field(default_factory=dict)
    modifiers: dict[int, frozenset[str]] = field(default_factory=dict)  # source -> its object's modifiers


def _event_groups(data: StoryData) -> dict[EventKey, _EventGroup]:
    groups: dict[EventKey, _EventGroup] = {}
    actions: dict[EventKey, str] = {}
    for aid, facts, _body in data.with_facts():
        for ev in facts.events:
            if ev.negated or ev.verb in WEAK_VERBS or not ev.subject_entity:
                continue
            subj = data.canonical.get((aid, ev.subject_entity))
            obj = _object_key(data, aid, ev)
            if not subj or not obj:
                continue
            key = (subj, ev.verb, obj)
            actions.setdefault(key, f"{ev.subject} {ev.text} {ev.object or obj.partition(':')[2]}")
            e = evidence(data, aid, ev.sentence_start, ev.sentence_end)
            if e:
                if key not in groups:
                    groups[key] = _EventGroup(actions[key])
                src = data.source_of[aid]
                groups[key].by_source.setdefault(src, []).append(e)
                groups[key].modifiers.setdefault(src, _modifiers(ev.object or "", key[2]))
    return groups


def align(data: StoryData) -> list[EventItem]:
    """Events two or more sources report alike: one agreed item per (subject, verb, object) with each
    source's first sentence as evidence."""
    agreed = []
    for group in _event_groups(data).values():
        if len(group.by_source) < 2:
            continue
        # The same subject, verb and object head can still be two events ("Assange faces a charge of
        # computer intrusion" / "he had been facing the rape charge"): each source's sentence must share
        # enough of its content words with the first source's.
        # The object's own words must not tell two things apart either ("a charge of tax evasion" / "the
        # bribery charge").
        srcs = sorted(group.by_source)
        anchor = _words(group.by_source[srcs[0]][0].text)
        mods = group.modifiers.get(srcs[0], frozenset())
        srcs = [srcs[0]] + [
            s
            for s in srcs[1:]
            if _overlap(anchor, _words(group.by_source[s][0].text)) >= MIN_OVERLAP
            and _modifiers_agree(mods, group.modifiers.get(s, frozenset()))
        ]
        if len(srcs) < 2:
            continue
        evs = uniq_evidence(e for s in srcs for e in group.by_source[s][:1])
        # The summary is the first source's sentence: the parse's "who did what to whom" reads badly alone.
        agreed.append(EventItem(summary=evs[0].text, sources=srcs, evidence=evs, action=group.action))
    return agreed


def timeline(data: StoryData) -> list[TimelineLine]:
    """One entry per resolved day: the first source's sentence, and every source that dates something then."""
    # Per day and source, the sentence that dates the fewest other things (so "Sunday" gets Sunday's sentence,
    # not the one that also names the August election).
    days: dict[str, dict[int, tuple[int, int, Evidence]]] = {}
    for order, a in enumerate(data.articles):
        facts = data.facts.get(a.id)
        if facts is None or a.id not in data.bodies:
            continue
        per_sentence: dict[int, int] = {}
        for d in facts.dates:
            per_sentence[d.sentence_start] = per_sentence.get(d.sentence_start, 0) + 1
        for d in facts.dates:
            if not d.value or d.granularity != "day":
                continue
            e = evidence(data, a.id, d.sentence_start, d.sentence_end)
            if e is None or len(e.text.split()) < 6 or DATELINE.match(e.text):
                continue  # a dateline ("ZAROVSK, Karovia, June 10 (MPA) -") says when, not what happened
            cand = (per_sentence[d.sentence_start], order * 100000 + d.sentence_start, e)
            by_src = days.setdefault(d.value, {})
            src = data.source_of[a.id]
            if src not in by_src or cand[:2] < by_src[src][:2]:
                by_src[src] = cand
    return [_timeline_line(day, days[day]) for day in sorted(days)]


def _timeline_line(day: str, by_src: dict[int, tuple[int, int, Evidence]]) -> TimelineLine:
    srcs = sorted(by_src)
    first = min(by_src.values(), key=lambda c: (c[0], c[1]))[2]
    text = first.text.replace("\n", " ")
    return TimelineLine(
        date=day,
        text=text if len(text) <= 240 else text[:237].rstrip() + "…",
        sources=srcs,
        evidence=[by_src[s][2] for s in srcs],
    )


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


def _words(text: str) -> frozenset[str]:
    return frozenset(w[:6] for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in STOP and len(w) > 2)


MIN_OVERLAP = 0.25  # set on the real pages of bench/article-extraction (RESULTS-compare.md); fixtures unchanged


def _modifiers(phrase: str, head: str) -> frozenset[str]:
    """The content words of an object phrase besides its head: what kind of charge, whose loan."""
    return _words(phrase) - {head[:6]} - {w[:6] for w in ("both", "all", "some", "several", "many")}


def _modifiers_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two object phrases name the same thing unless both say what kind and share none of it."""
    return not a or not b or bool(a & b)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared content words over the smaller sentence's (the overlap coefficient): a short sentence that
    says the same as part of a long one scores high."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


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
