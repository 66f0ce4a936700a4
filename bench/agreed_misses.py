"""Why each missed gold agreement of a development half is missed: one class per miss, counted.

Runs crosswire's comparison of every event of a tune half of the alignment gold (``bench/alignment``), keeps the
claim aligner's units, candidate pairs and groups, and walks each gold agreement no agreed item finds down the
aligner's steps; the first step that loses it is its class:

* ``no claim``: fewer than two documents have a claim unit on the gold's support sentences;
* ``not a candidate``: no two of those units (of different documents) were proposed as a pair;
* ``judged different``: every proposed pair scores under the agreement bar and is no rewording
  (``align.reworded``); split by the best pair's score (``<0.3``, ``0.3-0.5``, ``0.5-bar``);
* ``filtered``: a pair at the bar (or a rewording) is dropped by one of ``align_claims``' checks (named);
* ``not grouped``: a pair passes but no group holds units of two of the support's documents (another group's
  clique took one of its units);
* ``item dropped``: a group holds it but the aligner's agreed items do not (``items.agreed_items``);
* ``dropped after alignment``: an aligner item finds it but the final comparison does not (checked against
  conflicts, covered by a figure or quote item, folded as a repeat, one verdict).

``--wrong`` classifies the other way round: every agreed item of the half that states no gold agreement (a
false agreement), by what made it (:func:`classify_wrong`): a figure item (two sentences' numbers keyed alike), a
quote variant, a pair of its sentences lifted under the bar (``align.reworded`` / ``align.shared_phrase``), or
a pair scored at the bar, split by the pair's sentence-embedding cosine (under 0.5: the sentences share words,
most often the story's topic, more than they share a meaning), and one case where no aligner pair joins two of
its sentences (built after alignment).

``--split mtune`` reads the multilingual set's development half (``alignment/multi/``: de, es, fr, pl, de-en)
and adds each miss's language group to its line; ``--split mtune2`` the fourth set's (``alignment/multi2/``: ru,
uk, ru-uk, pl-ru, pl-uk, de, es, pl). Held-out halves (``report``, ``report2``, ``mreport``, ``mreport2``) are
refused: their per-item output is never read.

    PYTHONPATH=src .venv/bin/python bench/agreed_misses.py --split tune [--verbose]
    PYTHONPATH=src .venv/bin/python bench/agreed_misses.py --split mtune [--verbose]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import alignment_data
from compare_alignment import _agreed_items, _articles, _hits, language_group, load_gold

READABLE = ("tune", "tune2", "seeds", "mtune", "mtune2")
HELD_OUT = ("report", "report2", "mreport", "mreport2")  # never read item by item (PROTOCOL.md)


def _capture() -> list[Any]:
    """Patch the comparison stage so each call of ``align_claims`` records its result; returns the record."""
    import crosswire.compare.stage as stage

    seen: list[Any] = []
    original = stage.align_claims

    def recording(data: Any) -> Any:
        out = original(data)
        seen.append((data, out))
        return out

    stage.align_claims = recording
    return seen


def _doc(u: Any) -> str:
    return str(u.article.rpartition(":")[2])


def _on_support(u: Any, support: list[dict[str, Any]]) -> bool:
    d = _doc(u)
    return any(a["doc"] == d and u.claim.start < a["end"] and a["start"] < u.claim.end for a in support)


# A miss is marked "one clause alike" when a clause of one support sentence and a clause of the other read alike
# at this cosine (the story's sentence embeddings, stories.embed): the fact is one clause of a longer sentence.
# 0.72: on the tune half's candidate pairs rated 0.3-0.6 that are each other's best match, every pair at 0.72 or more
# states one gold agreement (agreed7); the same test lifting pairs in align_claims was right for 7 of 20 ECB+ pairs,
# so it stays a diagnostic (bench/RESULTS-compare.md, agreed7).
CLAUSE_COSINE = 0.72
MIN_CLAUSE_WORDS = 3  # a shorter piece ("officials said") is no clause of its own
CLAUSE_MARKS = r"\s*[;:\u2014\u2013]\s*|,\s+"  # punctuation that ends a clause, beside each language's joining words
_QUOTES = " ,.\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"


@cache
def _cut(language: str) -> re.Pattern[str]:
    """Clause boundaries of ``language``: the language's joining words (``data/clause_joins.toml``, an optional
    comma before them; listed first so that ", and" is cut before the word) and :data:`CLAUSE_MARKS`."""
    from crosswire.vocab.data import data_toml

    words = sorted(data_toml("clause_joins.toml")["joins"].get(language, []), key=len, reverse=True)
    joins = "|".join(re.escape(w) for w in words)
    return re.compile((rf",?\s+(?:{joins})\s+|" if joins else "") + CLAUSE_MARKS, re.IGNORECASE)


@cache
def clauses(text: str, language: str) -> tuple[str, ...]:
    """The clauses of a sentence holding :data:`MIN_CLAUSE_WORDS` words or more, then each two neighbouring
    clauses joined; the whole sentence alone when it has fewer than two such clauses."""
    parts = [p.strip(_QUOTES) for p in _cut(language).split(text) if p]
    parts = [p for p in parts if len(p.split()) >= MIN_CLAUSE_WORDS]
    if len(parts) < 2:
        return (text,)
    return (*parts, *(f"{a} {b}" for a, b in pairwise(parts)))


def clause_cosine(a_text: str, a_language: str, b_text: str, b_language: str) -> float:
    """The highest cosine (-1 to 1) between a clause of sentence a and a clause of sentence b (:func:`clauses`)."""
    from crosswire.stories.embed import embed_cached

    ca, cb = clauses(a_text, a_language), clauses(b_text, b_language)
    vectors = embed_cached([*ca, *cb])
    return float((vectors[: len(ca)] @ vectors[len(ca) :].T).max())


def _filter(p: Any, data: Any, agree: float) -> str | None:
    """The name of the first ``align_claims`` check that drops the pair from the agreeing pairs, or None."""
    from crosswire.compare.claims import align as al
    from crosswire.compare.claims.fates import disputed_people, fate_left_out

    if al.only_speaker_shared(p.a, p.b):
        return "only speaker shared"
    if al.lead_in(p.a) or al.lead_in(p.b):
        return "lead-in"
    if al.only_numbers_shared(p.a, p.b):
        return "only numbers shared"
    if al.contradict(p.a, p.b, data):
        return "contradict"
    if fate_left_out(p.a, p.b, data, disputed_people([p.a, p.b], data)):
        return "fate left out"
    if p.score >= agree and al.two_days_two_acts(p.a, p.b):
        return "two days two acts"
    if p.score >= agree and al.values_disagree(p, data.canonical):
        return "values disagree"
    return None


def classify(gold: dict[str, Any], data: Any, found: Any, final_items: list[dict[str, Any]]) -> tuple[str, str]:
    """(class, detail) of one missed gold agreement."""
    from crosswire.compare.claims import align as al

    agree = found.agree
    support = gold["support"]
    on = [u for u in found.units if _on_support(u, support)]
    docs = {_doc(u) for u in on}
    if len(docs) < 2:
        return "no claim", f"units on {sorted(docs)} of {sorted({a['doc'] for a in support})}"
    ids = {u.index for u in on}
    pairs = [p for p in found.pairs if p.a.index in ids and p.b.index in ids and _doc(p.a) != _doc(p.b)]
    if not pairs:
        return "not a candidate", f"{len(on)} units"
    best = max(pairs, key=lambda p: p.score)
    strong = [p for p in pairs if p.score >= agree or al.reworded(p)]
    detail = f"best {best.score:.2f} cos {best.features[10]:.2f}: {best.a.text[:90]!r} / {best.b.text[:90]!r}"
    if not strong:
        band = "<0.3" if best.score < 0.3 else "0.3-0.5" if best.score < 0.5 else "0.5-bar"
        one_clause = max(clause_cosine(p.a.text, p.a.language, p.b.text, p.b.language) for p in pairs) >= CLAUSE_COSINE
        return f"judged different {band}{', one clause alike' if one_clause else ''}", detail
    kept = [p for p in strong if _filter(p, data, agree) is None]
    if not kept:
        return f"filtered: {_filter(strong[0], data, agree)}", detail
    grouped = [g for g in found.groups if len({_doc(u) for u in g.units if u.index in ids}) >= 2]
    if not grouped:
        return "not grouped", detail
    claim_items = [
        {"spans": [(ev.article.rpartition(":")[2], ev.start, ev.end) for ev in it.evidence]} for it in found.agreed
    ]
    if not any(len(_hits(it["spans"], support)) >= 2 for it in claim_items):
        return "item dropped", detail
    return "dropped after alignment", detail


WRONG_COSINE = 0.5  # the cosine under which a pair at the bar reads alike by words only (agreed6's tune2 reading)


def classify_wrong(item: dict[str, Any], found: Any) -> tuple[str, str]:
    """(class, detail) of one false agreed item (``item``: the comparison's record, a dict) given the claim
    aligner's result ``found`` of its story."""
    from crosswire.compare.claims import align as al

    if item.get("values"):
        vals = ", ".join(str(v.get("text")) for v in item["values"])
        return "figure item", vals
    if item.get("quotes"):
        return "quote variant", ""
    spans = [(ev["article"], ev["start"], ev["end"]) for ev in item["evidence"]]

    def cited(u: Any) -> bool:
        return any(u.article == a and u.claim.start < e and s < u.claim.end for a, s, e in spans)

    ids = {u.index for u in found.units if cited(u)}
    pairs = [p for p in found.pairs if p.a.index in ids and p.b.index in ids and _doc(p.a) != _doc(p.b)]
    if not pairs:
        return "no aligner pair (built after alignment)", ""
    best = max(pairs, key=lambda p: p.score)
    detail = f"best {best.score:.2f} cos {best.features[10]:.2f}: {best.a.text[:80]!r} / {best.b.text[:80]!r}"
    if best.score < found.agree:
        phrases = al.story_phrases(found.units)
        lifted = "reworded" if al.reworded(best) else "shared phrase" if al.shared_phrase(best, phrases) else "other"
        return f"lifted under the bar ({lifted})", detail
    band = f"cosine < {WRONG_COSINE}" if best.features[10] < WRONG_COSINE else f"cosine >= {WRONG_COSINE}"
    return f"pair at the bar, {band}", detail


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="tune", help=f"one of {', '.join(READABLE)}")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--wrong", action="store_true", help="classify the false agreed items instead of the misses")
    args = ap.parse_args()
    if args.split not in READABLE:
        why = "is held out: its per-item output is never read" if args.split in HELD_OUT else "is no half"
        print(f"--split {args.split} {why} (readable: {', '.join(READABLE)})", file=sys.stderr)
        return 2
    from crosswire.compare import compare_articles
    from crosswire.store import Store

    seen = _capture()
    gold = load_gold([args.split])
    gold_events = [e for e in gold["events"] if e["split"] == args.split]
    events = {e["id"]: e for e in alignment_data.all_events()}
    group_counts: Counter[tuple[str, str]] = Counter()
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "misses.db") as store:
        with store.transaction():
            for g in gold_events:
                for art in _articles(events[g["id"]]):
                    store.add_article(art)
        for g in gold_events:
            ids = [f"{g['id']}:{d['key']}" for d in events[g["id"]]["docs"]]
            seen.clear()
            c = compare_articles(store, ids)
            comparison = c.to_dict() if hasattr(c, "to_dict") else c
            items = _agreed_items(comparison)
            if not seen:
                continue
            data, found = seen[-1]
            if args.wrong:
                records = [*comparison.get("agreed", []), *comparison.get("quote_variants", [])]
                for rec, it in zip(records, items, strict=True):
                    if any(len(_hits(it["spans"], ga["support"])) >= 2 for ga in g["agreed"]):
                        continue
                    cls, detail = classify_wrong(rec, found)
                    counts[cls] += 1
                    if args.verbose:
                        print(f"{g['id']} | {cls} | {it['summary'][:100]} | {detail}")
                continue
            for ga in g["agreed"]:
                if any(len(_hits(it["spans"], ga["support"])) >= 2 for it in items):
                    continue
                cls, detail = classify(ga, data, found, items)
                counts[cls] += 1
                group = language_group(events[g["id"]])
                group_counts[(group, cls)] += 1
                if args.verbose:
                    print(f"{g['id']} ({group}) | {cls} | {ga['fact']} | {detail}")
    for cls, n in counts.most_common():
        print(f"{n:4d}  {cls}")
    print(f"{sum(counts.values()):4d}  {'false agreed items' if args.wrong else 'missed'} in all")
    if len({g for g, _ in group_counts}) > 1:
        for (group, cls), n in sorted(group_counts.items()):
            print(f"  {group}: {n:3d}  {cls}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
