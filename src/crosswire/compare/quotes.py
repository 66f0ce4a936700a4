"""Quotes across sources: the same statement in other words (translation variants), agreed quotes, who said what.

Two quotes are one statement when their speakers are the same canonical entity (``link_entities``) and their
sentence embeddings (multilingual USE, the model the stories stage already loads) are close. Only quotes whose
speaker is quoted by two or more independent sources are embedded, which keeps the cost to a handful of texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from crosswire.compare.align import StoryData, evidence, uniq_evidence
from crosswire.compare.records import QuoteItem, QuoteVariant, SaidKind, SaidQuote, SpeakerQuotes, VariantQuote
from crosswire.facts import Quote
from crosswire.facts.speakers import MONTH_YEAR_RE, PARTY_WORDS
from crosswire.model import Evidence
from crosswire.stories.embed import embed
from crosswire.vocab.names import fold, surname

DIRECT_THRESHOLD = 0.62  # direct quotes: translations of one sentence score 0.65-0.9 with USE
REPORTED_THRESHOLD = 0.75  # reported speech shares topic words easily: the seeds' loan paraphrase scores 0.78,
# two different Putin statements on the reform 0.68
MIN_WORDS = 4
NAME_PARTICLES = frozenset("de del der di da dos das du la le van von bin al el ben ibn".split())
# Singular nationality words the entity model can give as a name ("Israeli" of "an Israeli official said").
NATIONALITIES = frozenset(
    "israeli palestinian american british chinese french german russian ukrainian iranian indian".split()
)


@dataclass(slots=True)
class SourceQuote:
    """One quotation in one source (copies of its sentence merged), with its speaker resolved story-wide."""

    speaker_id: str  # canonical entity id ("person:Anatoliy Verbytsky") or "name:<folded name>"
    speaker: str  # the display name
    text: str
    kind: SaidKind
    source: int
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class QuoteAlignment:
    """Agreed quotes, quote variants and the quotations that matched another source's."""

    agreed: list[QuoteItem] = field(default_factory=list)
    quote_variants: list[QuoteVariant] = field(default_factory=list)
    matched: list[SourceQuote] = field(default_factory=list)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", fold(text)).strip()


def _speaker(data: StoryData, article: str, q: Quote, surnames: dict[str, str]) -> tuple[str | None, str | None]:
    """The speaker's story-wide id and display name. A one-word speaker ("Noem said ...") that is the
    surname of exactly one person named in full anywhere in the story is that person: one article may
    name her in full and another only by surname, or the model may have typed the bare surname as an
    organisation."""
    cid, name = None, None
    if q.speaker:
        found = data.canonical.get((article, q.speaker))
        if found:
            etype, _, display = found.partition(":")
            if etype in ("person", "organisation"):
                cid, name = found, display
    if cid is None and q.speaker_name and q.speaker_name[:1].isupper():
        cid, name = "name:" + fold(q.speaker_name), q.speaker_name
    if name is not None and " " not in name.strip():
        full = surnames.get(fold(name.strip()))
        if full is not None:
            return full, full.partition(":")[2]
    if cid is not None and cid.startswith("name:"):
        return cid, name  # a phrase the text gives ("Washington-based analysts"), shown as written
    shown = display_name(name)
    return (cid, shown) if shown is not None else (None, None)


def display_name(name: str | None) -> str | None:
    """An entity's name as shown, without the words the entity model took in around it ("rang Taylor" ->
    "Taylor", "Teresa Nielsen Hayden explained" -> "Teresa Nielsen Hayden"); None for a name that names no
    speaker: a date ("May 2019"), a bare party or nationality word ("Democrat", "Israeli")."""
    if not name:
        return None
    words = name.split()
    while words and words[0][:1].islower() and words[0] not in NAME_PARTICLES:
        words.pop(0)
    while len(words) > 1 and words[-1][:1].islower():
        words.pop()
    shown = " ".join(words)
    if not shown or MONTH_YEAR_RE.match(shown) or shown.lower() in PARTY_WORDS or shown.lower() in NATIONALITIES:
        return None
    return shown


def _unique_surnames(data: StoryData) -> dict[str, str]:
    """Folded surname -> canonical id, for surnames that exactly one full-named person in the story has."""
    owners: dict[str, set[str]] = {}
    for cid in set(data.canonical.values()):
        etype, _, name = cid.partition(":")
        words = name.split()
        if etype == "person" and len(words) >= 2:
            owners.setdefault(surname(name), set()).add(cid)
    return {last: next(iter(ids)) for last, ids in owners.items() if len(ids) == 1}


def collect(data: StoryData) -> list[SourceQuote]:
    """One record per (source, quote sentence): speaker, text, kind, evidence (all copies). Partial quotes,
    quotes of fewer than :data:`MIN_WORDS` words and quotes without a named speaker are left out."""
    merged: dict[tuple[int, str], SourceQuote] = {}
    surnames = _unique_surnames(data)
    for aid, facts, _body in data.with_facts():
        for q in facts.quotes:
            if q.kind == "partial":
                continue
            cid, name = _speaker(data, aid, q, surnames)
            if cid is None or name is None or len(q.text.split()) < MIN_WORDS:
                continue
            src = data.source_of[aid]
            key = (src, _norm(q.text))
            ev = evidence(data, aid, q.sentence_start, q.sentence_end)
            if key in merged:
                merged[key].evidence = uniq_evidence([*merged[key].evidence, ev])
                continue
            text = q.text.strip().strip(",").strip()
            merged[key] = SourceQuote(cid, name, text, q.kind, src, uniq_evidence([ev]))
    return list(merged.values())


def _embed(texts: list[str]) -> np.ndarray:
    """Embed each distinct text once: wire copies repeat the same quotes many times over."""
    distinct = list(dict.fromkeys(texts))
    vecs = embed(distinct)
    row = {t: i for i, t in enumerate(distinct)}
    return vecs[[row[t] for t in texts]]


def _pairs(qs: list[SourceQuote], vec: dict[int, np.ndarray]) -> list[tuple[float, SourceQuote, SourceQuote, bool]]:
    """(similarity, a, b, same words) for each two quotes of one speaker in different sources that say one
    thing, most similar first (identical words score 1.0)."""
    pairs = []
    for i, a in enumerate(qs):
        for b in qs[i + 1 :]:
            if a.source == b.source:
                continue
            sim = float(vec[id(a)] @ vec[id(b)])
            direct = a.kind == "direct" and b.kind == "direct"
            same = _norm(a.text) == _norm(b.text)
            if same or sim >= (DIRECT_THRESHOLD if direct else REPORTED_THRESHOLD):
                pairs.append((sim if not same else 1.0, a, b, same))
    pairs.sort(key=lambda p: -p[0])
    return pairs


def _variant(a: SourceQuote, b: SourceQuote, sim: float, evs: list[Evidence]) -> QuoteVariant:
    quotes = [
        VariantQuote(text=q.text, sources=[q.source], evidence=q.evidence)
        for q in sorted((a, b), key=lambda q: q.source)
    ]
    return QuoteVariant(speaker=a.speaker, similarity=round(sim, 3), quotes=quotes, evidence=evs)


def align(data: StoryData, quotes: list[SourceQuote]) -> QuoteAlignment:
    """Agreed quote items (same words, two sources) and quote variants (same statement, other words). Each
    quote joins one statement at most."""
    by_speaker: dict[str, list[SourceQuote]] = {}
    for q in quotes:
        by_speaker.setdefault(q.speaker_id, []).append(q)
    shared = [qs for qs in by_speaker.values() if len({q.source for q in qs}) >= 2]
    cands = [q for qs in shared for q in qs]
    out = QuoteAlignment()
    if not cands:
        return out
    vecs = _embed([q.text for q in cands])
    vec = {id(q): vecs[i] for i, q in enumerate(cands)}
    matched: set[int] = set()
    for qs in shared:
        for sim, a, b, same in _pairs(qs, vec):
            if id(a) in matched or id(b) in matched:
                continue  # one-to-one: a quote belongs to one statement
            matched.update((id(a), id(b)))
            evs = uniq_evidence([*a.evidence, *b.evidence])
            if same:
                srcs = sorted({a.source, b.source})
                out.agreed.append(QuoteItem(summary=_summary(a), sources=srcs, evidence=evs, speaker=a.speaker))
            else:
                out.quote_variants.append(_variant(a, b, sim, evs))
    out.matched = [q for q in quotes if id(q) in matched]
    return out


def _summary(q: SourceQuote) -> str:
    return f'{q.speaker}: "{q.text}"'


def who_said_what(quotes: list[SourceQuote]) -> list[SpeakerQuotes]:
    """Quotes grouped by speaker, most quoted first. Speakers shown under one name are one row, whatever
    ids the linking gave them (a surname typed as a person in one article and an organisation in another)."""
    out: dict[str, SpeakerQuotes] = {}
    for q in sorted(quotes, key=lambda q: q.source):
        entry = out.setdefault(fold(q.speaker), SpeakerQuotes(speaker=q.speaker))
        entry.quotes.append(SaidQuote(text=q.text, kind=q.kind, sources=[q.source], evidence=q.evidence))
    return sorted(out.values(), key=lambda e: -len(e.quotes))


def single_source(quotes: list[SourceQuote], matched: list[SourceQuote]) -> list[QuoteItem]:
    """Direct quotes only one source carries (reported speech is too often background to list)."""
    seen = {id(q) for q in matched}
    return [
        QuoteItem(summary=_summary(q), sources=[q.source], evidence=q.evidence, speaker=q.speaker)
        for q in quotes
        if id(q) not in seen and q.kind == "direct"
    ]
