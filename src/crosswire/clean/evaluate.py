"""The article-extraction benchmark's own score: word 4-gram shingle precision/recall/F1.

Written here (not taken from a library) because the benchmark defines it exactly in its METRIC.md and the
figures must compare with the published ones; both ``bench/extraction.py`` and the CI quality floor use it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams; a text of 1..n-1 tokens gives one shorter shingle, an empty text none."""
    tokens = _WORD.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(slots=True)
class PageScore:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return 1.0 if self.fp == 0 and self.fn == 0 else (self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0)

    @property
    def recall(self) -> float:
        return 1.0 if self.fp == 0 and self.fn == 0 else (self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0)


def score_page(predicted: str, truth: str) -> PageScore:
    pred, true = shingles(predicted), shingles(truth)
    tp = sum(min(c, pred[s]) for s, c in true.items())
    fp = sum(pred.values()) - tp
    fn = sum(true.values()) - tp
    return PageScore(tp, fp, fn)


@dataclass(slots=True)
class CorpusScore:
    precision: float
    recall: float
    f1: float
    pages: int


def score_corpus(pairs: Iterable[tuple[str, str]]) -> CorpusScore:
    """Mean page precision over pages with output, mean page recall over pages with a true body, their F1."""
    precisions, recalls, n = [], [], 0
    for predicted, truth in pairs:
        n += 1
        s = score_page(predicted, truth)
        if s.tp + s.fp > 0:
            precisions.append(s.precision)
        if s.tp + s.fn > 0:
            recalls.append(s.recall)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return CorpusScore(p, r, f1, n)
