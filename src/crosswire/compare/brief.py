"""The cited brief: a short consolidated account of a story, built from its comparison dict.

Why template-built and extractive rather than generated: every sentence must be traceable to the sources it
cites, and a reader must be able to trust that no claim was invented. The lead is a verbatim evidence sentence
cited by the source(s) whose article holds it;
every other sentence is a fixed template filled with the comparison's own labels, values and verbatim
sentences. No library does "summarise an aligned fact table with citations", so this is hand-written; it is a
pure function of the comparison (same input, same brief).

Order: the lead (the agreed main event), conflicts stated as conflicts, key agreed figures, notable
single-source facts, then name and quotation variants. Every sentence ends with its citations ``[n]``, where
``n`` is a source number of ``comparison["sources"]``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from typing import Any

MAX_AGREED_FIGURES = 4
MAX_SINGLE_SOURCE = 3
MAX_VARIANTS = 2
OPENING_CHARS = 250
LEAD_CHARS = 1200  # an item whose sentences start this far into their articles (on average) is not the lead
# Quantity qualifiers that open a figure's label: lower-cased inside a sentence ("At least 23" -> "at least 23").
QUALIFIER_WORDS = frozenset(
    "a about almost an approximately around at close estimated fewer less more nearly over roughly some tens "
    "hundreds thousands dozens under up well".split()
)

# Why a conflict exists, as a clause appended to the conflict sentence ("different value" needs no note).
REASON_NOTES = {
    "different scope": "covering different scopes",
    "different time": "referring to different times",
    "vague vs precise": "some vague, some precise",
}

Sentence = dict[str, Any]


def cite(sources: Iterable[int]) -> str:
    """``[1][3]`` for sources 1 and 3 (sorted, each once)."""
    return "".join(f"[{n}]" for n in sorted(set(sources)))


def build_brief(comparison: dict[str, Any]) -> list[Sentence]:
    """The brief of one comparison: ``[{"text": "... [1][2].", "sources": [1, 2]}, ...]``.

    Items whose sources are not among ``comparison["sources"]`` are cited only by their valid sources, and
    dropped if none is left: a sentence without a valid citation is never produced.
    """
    valid = {int(s["n"]) for s in comparison.get("sources") or [] if s.get("n") is not None}
    out: list[Sentence] = []
    seen_texts: set[str] = set()

    def add(body: str, sources: Iterable[int]) -> None:
        ns = sorted({int(n) for n in sources if n in valid})
        body = _tidy(body)
        if not ns or not body:
            return
        key = body.casefold()
        if key in seen_texts:
            return
        seen_texts.add(key)
        out.append({"text": f"{body} {cite(ns)}.", "sources": ns})

    lead = _lead(comparison, valid)
    lead_text = None
    if lead is not None:
        lead_item, lead_ev, own, others = lead
        lead_text = lead_ev["text"]
        add(_strip_stop(_strip_dateline(lead_text)), own)
        summary = _strip_stop(_strip_citations(lead_item.get("summary") or ""))
        if others and lead_item.get("kind") == "event" and summary:
            for body, cited in _also_reported(comparison, lead_item, others, summary):
                add(body, cited)

    for item in comparison.get("conflicts") or []:
        sentence = _conflict_sentence(item, valid)
        if sentence is not None:
            out.append(sentence)

    figures = [i for i in comparison.get("agreed") or [] if i.get("kind") == "figure" and i.get("values")]
    figures.sort(key=lambda i: (-len(_valid(i.get("sources"), valid)), _first_position(i)))
    for item in figures[:MAX_AGREED_FIGURES]:
        subject = _tidy(_subject(item))
        values = [v for v in item.get("values") or [] if v.get("text") and _valid(v.get("sources"), valid)]
        texts = _unique([_label(v["text"]) for v in values])
        if not subject or not texts:
            continue
        if len(texts) == 1:
            add(f"Sources agree on the {subject}: {texts[0]}", item.get("sources") or [])
        else:  # the same figure written differently: cite each wording where it appears
            parts = ", ".join(f"{_label(v['text'])} {cite(_valid(v['sources'], valid))}" for v in values)
            _add_raw(
                out,
                f"Figures for the {subject} are consistent: {parts}.",
                [n for v in values for n in v["sources"]],
                valid,
            )

    for item in _notable_single_source(comparison.get("single_source") or [], valid, lead_text):
        ev = _evidence(item)
        label = _source_label(comparison, item.get("sources") or [])
        sentence = _strip_stop(ev["text"]) if ev else _strip_citations(item.get("summary") or "")
        if label:
            add(f"Only {label} reports: {sentence}", item.get("sources") or [])
        else:
            add(sentence, item.get("sources") or [])

    for variant in (comparison.get("name_variants") or [])[:MAX_VARIANTS]:
        spellings = [s for s in variant.get("spellings") or [] if _valid(s.get("sources"), valid)]
        if len(spellings) < 2:
            continue
        parts = ", ".join(f"{_tidy(s['text'])} {cite(_valid(s['sources'], valid))}" for s in spellings)
        sources = [n for s in spellings for n in s["sources"]]
        entity = _tidy(variant.get("entity") or spellings[0]["text"])
        _add_raw(out, f"The name {entity} is spelled differently: {parts}.", sources, valid)

    for variant in (comparison.get("quote_variants") or [])[:MAX_VARIANTS]:
        quotes = [q for q in variant.get("quotes") or [] if _valid(q.get("sources"), valid)]
        if len(quotes) < 2:
            continue
        parts = "; ".join(f"\u201c{_strip_stop(q['text'])}\u201d {cite(_valid(q['sources'], valid))}" for q in quotes)
        sources = [n for q in quotes for n in q["sources"]]
        speaker = _tidy(variant.get("speaker") or "One speaker")
        _add_raw(out, f"{speaker}'s words are quoted in different wordings: {parts}.", sources, valid)
    return out


def with_brief(comparison: dict[str, Any]) -> dict[str, Any]:
    """The comparison with its ``brief`` filled in (a copy) when the stage left it empty."""
    if comparison.get("brief"):
        return comparison
    filled = copy.copy(comparison)
    filled["brief"] = build_brief(comparison)
    return filled


# ---------------------------------------------------------------------------------------------------------
def _conflict_sentence(item: dict[str, Any], valid: set[int]) -> Sentence | None:
    """``Reports of the crowd differ: tens of thousands [1], an estimated 150,000 [2].``"""
    sides = [s for s in item.get("sides") or [] if _valid(s.get("sources"), valid) and s.get("label")]
    if len(sides) < 2:
        values = [v for v in item.get("values") or [] if _valid(v.get("sources"), valid) and v.get("text")]
        sides = [{"label": v["text"], "sources": v["sources"]} for v in values]
    if len(sides) < 2:  # no usable sides: still say that the sources disagree, in the item's own words
        sources = _valid(item.get("sources"), valid)
        summary = _strip_stop(_strip_citations(item.get("summary") or ""))
        if not sources or not summary:
            return None
        return {"text": f"Reports differ: {summary} {cite(sources)}.", "sources": sources}
    subject = _tidy(_subject(item)) or "this point"
    parts = ", ".join(f"{_label(str(s['label']))} {cite(_valid(s['sources'], valid))}" for s in sides)
    note = REASON_NOTES.get(item.get("reason") or "")
    text = f"Reports of the {subject} differ{', ' + note if note else ''}: {parts}."
    sources = sorted({n for s in sides for n in _valid(s["sources"], valid)})
    return {"text": text, "sources": sources}


def _lead(
    comparison: dict[str, Any], valid: set[int]
) -> tuple[dict[str, Any], dict[str, Any], list[int], list[int]] | None:
    """The main event: ``(item, evidence sentence, its own sources, the item's other sources)``.

    The main event is the agreed item (event or figure, then any agreed item, then single-source events and
    then anything) with the most sources whose sentences come earliest in their articles: news writing puts
    the main event first. The lead shows that item's earliest verbatim sentence and cites only the source(s)
    whose article holds that sentence, because the sentence usually carries details the other sources do not
    share; the caller says separately who else reports the event.
    """
    agreed = [i for i in comparison.get("agreed") or [] if _evidence(i) and _valid(i.get("sources"), valid)]
    single = [i for i in comparison.get("single_source") or [] if _evidence(i) and _valid(i.get("sources"), valid)]
    source_of = _source_numbers(comparison)

    def early(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [i for i in items if _mean_position(i, source_of) < LEAD_CHARS]

    # What the sources say deep in their articles is background (the Black Death's toll under a story on
    # this week's plague cases): an early single-source event leads before a late agreement.
    main = [i for i in agreed if i.get("kind") in ("event", "figure")]
    single_events = [i for i in single if i.get("kind") == "event"]
    pools = [early(main), early(agreed), early(single_events), main, agreed, single_events, single]
    for pool in pools:
        if not pool:
            continue
        best = min(
            pool,
            key=lambda i: (-len(_valid(i.get("sources"), valid)), _mean_position(i, source_of), i.get("summary") or ""),
        )
        sources = _valid(best.get("sources"), valid)
        evs = [e for e in best.get("evidence") or [] if (e.get("text") or "").strip()]
        ev = min(
            evs,
            key=lambda e: (
                _opening(int(e.get("start") or 0)),
                source_of.get(e.get("article"), 1 << 20),
                int(e.get("start") or 0),
                len(e["text"]),
            ),
        )
        key = _tidy(ev["text"])
        own = {source_of[e["article"]] for e in evs if _tidy(e["text"]) == key and e.get("article") in source_of}
        own_list = _valid(own, valid) or sources[:1]
        return best, ev, own_list, [n for n in sources if n not in own_list]
    return None


def _also_reported(
    comparison: dict[str, Any], item: dict[str, Any], others: list[int], summary: str
) -> list[tuple[str, list[int]]]:
    """Who else reports the lead event, worded so that nothing is put in a source's mouth.

    A summary written for what the sources share is said of all of them. A summary that is one source's own
    sentence (the usual case: the parse's "who did what to whom" reads badly alone) carries that source's
    details, so each other source is quoted in its own sentence instead: the first other source's sentence,
    cited to every source that wrote it, and the rest said to report the same event."""

    def who(sources: list[int], also: str = "") -> str:
        return f"{_source_label(comparison, sources)} {also}{'reports' if len(sources) == 1 else 'report'}"

    source_of = _source_numbers(comparison)
    evs = [e for e in item.get("evidence") or [] if (e.get("text") or "").strip()]
    if not any(_tidy(summary) == _tidy(_strip_stop(e["text"])) for e in evs):
        return [(f"{who(others, 'also ')}: {summary}", others)]
    theirs = [e for e in evs if source_of.get(e.get("article")) in others]
    if not theirs:
        return [(f"{who(others)} the same event", others)]
    first = min(theirs, key=lambda e: (source_of[e["article"]], int(e.get("start") or 0)))
    wrote = sorted({source_of[e["article"]] for e in theirs if _tidy(e["text"]) == _tidy(first["text"])})
    out = [(f"{who(wrote, 'also ')}: {_strip_stop(_strip_dateline(first['text']))}", wrote)]
    rest = [n for n in others if n not in wrote]
    if rest:
        out.append((f"{who(rest)} the same event", rest))
    return out


def _source_numbers(comparison: dict[str, Any]) -> dict[str, int]:
    """Article id -> the number of the independent source it belongs to."""
    return {a: int(s["n"]) for s in comparison.get("sources") or [] for a in s.get("articles") or []}


def _opening(start: int) -> int:
    """Sentences starting in an article's first :data:`OPENING_CHARS` count as equally early: datelines and
    bylines shift the first sentence by a few dozen characters, which says nothing about importance. Among
    equally early sentences the lowest source number wins, so the lead is stable."""
    return 0 if start < OPENING_CHARS else start


def _mean_position(item: dict[str, Any], source_of: dict[str, int]) -> float:
    """Mean over sources of where the item's first sentence starts in that source's article."""
    first: dict[object, int] = {}
    for e in item.get("evidence") or []:
        key = source_of.get(e.get("article"), e.get("article"))
        first[key] = min(first.get(key, 1 << 30), int(e.get("start") or 0))
    return sum(first.values()) / len(first) if first else float(1 << 30)


def _notable_single_source(items: list[dict[str, Any]], valid: set[int], lead: str | None) -> list[dict[str, Any]]:
    """Up to :data:`MAX_SINGLE_SOURCE` single-source facts: figures and events before quotes, earliest in their
    article first, taking one per source in turn so one talkative outlet does not fill the brief."""
    rank = {"figure": 0, "event": 1, "quote": 2, "entity": 3}
    usable = [i for i in items if _valid(i.get("sources"), valid) and (_evidence(i) or i.get("summary"))]
    if lead:
        usable = [i for i in usable if not (_evidence(i) and lead in _evidence(i)["text"])]
    usable.sort(key=lambda i: (rank.get(i.get("kind") or "", 9), _first_position(i)))
    by_source: dict[int, list[dict[str, Any]]] = {}
    for item in usable:
        by_source.setdefault(_valid(item["sources"], valid)[0], []).append(item)
    picked: list[dict[str, Any]] = []
    while len(picked) < MAX_SINGLE_SOURCE and any(by_source.values()):
        for n in sorted(by_source):
            if by_source[n] and len(picked) < MAX_SINGLE_SOURCE:
                picked.append(by_source[n].pop(0))
    return picked


def _subject(item: dict[str, Any]) -> str:
    """What a figure counts, with its place: ``people injured in Zarovsk``; else the summary's head."""
    slot = item.get("slot") or {}
    counted = (slot.get("counted") or "").strip()
    if counted:
        place = (slot.get("place") or "").strip()
        return f"{counted} in {place}" if place and place.casefold() not in counted.casefold() else counted
    summary = _strip_citations(item.get("summary") or "")
    head = summary.split(":", 1)[0].strip()
    return head[:1].lower() + head[1:] if head and head.split()[0].isalpha() and not head[:2].isupper() else head


def _sources_of_article(comparison: dict[str, Any], article_id: str | None) -> list[int]:
    return [int(s["n"]) for s in comparison.get("sources") or [] if article_id in (s.get("articles") or [])]


def _source_label(comparison: dict[str, Any], sources: list[int]) -> str:
    labels = {s.get("n"): s.get("label") for s in comparison.get("sources") or []}
    names = [str(labels[n]) for n in sources if labels.get(n)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _evidence(item: dict[str, Any]) -> dict[str, Any] | None:
    evs = [e for e in item.get("evidence") or [] if (e.get("text") or "").strip()]
    return evs[0] if evs else None


def _first_position(item: dict[str, Any]) -> tuple[int, str]:
    evs = item.get("evidence") or []
    if not evs:
        return (1 << 30, item.get("summary") or "")
    return (min(int(e.get("start") or 0) for e in evs), item.get("summary") or "")


def _valid(sources: Iterable[int] | None, valid: set[int]) -> list[int]:
    return sorted({int(n) for n in sources or [] if n in valid})


def _add_raw(out: list[Sentence], text: str, sources: Iterable[int], valid: set[int]) -> None:
    ns = _valid(sources, valid)
    if ns:
        out.append({"text": text, "sources": ns})


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


def _label(text: str) -> str:
    """A figure as written, for use mid-sentence: a capitalised opening qualifier is lower-cased."""
    text = _tidy(text)
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and first.lower() in QUALIFIER_WORDS:
        return first.lower() + text[len(first) :]
    return text


def _tidy(text: str) -> str:
    """Whitespace folded, and any ``[n]`` already in the (untrusted) text turned into ``(n)`` so that only the
    brief's own citations look like citations."""
    return re.sub(r"\[(\d+)\]", r"(\1)", " ".join(str(text).split()))


def _strip_stop(text: str) -> str:
    """A sentence without its final full stop, so the citation can go before it."""
    text = _tidy(text)
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _strip_citations(text: str) -> str:
    return _tidy(re.sub(r"\s*(\[\d+\])+", "", text))


def _strip_dateline(text: str) -> str:
    """``ZAROVSK, Karovia, June 10 (MPA) - A quake...`` -> ``A quake...``: a wire dateline is not part of the
    sentence and reads oddly at the start of a brief."""
    match = re.match(r"^[A-Z][A-Z .'-]{2,}(?:,[^.\n]{0,60}?)?\s+(?:-|\u2014|\u2013)\s+(?=[A-Z\"\u201c])", text)
    return text[match.end() :] if match else text
