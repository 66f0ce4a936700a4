"""A forest of gradient-boosted regression trees, read from JSON and evaluated with numpy (no scikit-learn).

The trees are those of scikit-learn's ``HistGradientBoostingClassifier`` (binary, log-loss), exported by
``bench/train_alignment.py --model gbm``. A forest in JSON::

    {"baseline": -1.93, "trees": [[[3, 0.4125, 1, 2, 1], [0.0213], [-0.0178]], ...]}

Each tree is a list of nodes, the root first. A split node is ``[feature, threshold, left, right, missing_left]``:
a row goes to the node at index ``left`` when its feature value is at most ``threshold`` (and, when the value is
NaN, when ``missing_left`` is 1), else to ``right``. A leaf is ``[value]``. The raw score of a row is
``baseline`` plus the leaf value each tree sends it to (the learning rate is already in the leaf values, as in
scikit-learn's predictors), and its probability is the logistic function of the raw score: the second column of
``predict_proba`` (``tests/test_claim_trees.py`` checks the two agree to 1e-9).

Evaluation is vectorised over rows and trees at once: every tree is padded to one node count, a leaf points to
itself, and each row's node index moves down one level per step for the forest's depth. Input: a ``(rows,
features)`` array of floats; output: a ``(rows,)`` array of probabilities in [0, 1].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True, slots=True)
class Forest:
    """A gradient-boosted forest as padded arrays of shape ``(trees, nodes)``; see the module docstring."""

    baseline: float
    feature: np.ndarray  # int: the split's feature index (0 at a leaf)
    threshold: np.ndarray  # float: go left when the value is <= this (+inf at a leaf)
    left: np.ndarray  # int: the left child's index (a leaf: itself)
    right: np.ndarray  # int: the right child's index (a leaf: itself)
    missing_left: np.ndarray  # bool: a NaN value goes left
    value: np.ndarray  # float: the leaf's value (0 at a split)
    depth: int  # the longest root-to-leaf path, in splits

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Forest:
        """A forest from its JSON form (``{"baseline": float, "trees": [[node, ...], ...]}``). Raises
        ``ValueError`` when a node is neither a leaf nor a split or a child index is out of its tree."""
        trees: list[list[list[float]]] = d["trees"]
        size = max((len(t) for t in trees), default=1)
        shape = (max(len(trees), 1), size)
        feature = np.zeros(shape, dtype=np.intp)
        threshold = np.full(shape, np.inf)
        left = np.tile(np.arange(size, dtype=np.intp), (shape[0], 1))
        right = left.copy()
        missing = np.zeros(shape, dtype=bool)
        value = np.zeros(shape)
        depth = 0
        for t, nodes in enumerate(trees):
            levels = [0] * len(nodes)
            for i, node in enumerate(nodes):
                if len(node) == 1:
                    value[t, i] = float(node[0])
                    continue
                if len(node) != 5:
                    raise ValueError(f"tree {t} node {i}: {node!r} is neither [value] nor a split of 5 fields")
                f, thr, lo, hi, miss = node
                if not (i < int(lo) < len(nodes) and i < int(hi) < len(nodes)):
                    raise ValueError(f"tree {t} node {i}: children {lo}, {hi} outside the tree")
                feature[t, i], threshold[t, i] = int(f), float(thr)
                left[t, i], right[t, i], missing[t, i] = int(lo), int(hi), bool(miss)
                levels[int(lo)] = levels[int(hi)] = levels[i] + 1
            depth = max([depth, *levels])
        return cls(float(d["baseline"]), feature, threshold, left, right, missing, value, depth)

    def raw(self, rows: np.ndarray | Sequence[Sequence[float]]) -> np.ndarray:
        """The raw (log-odds) score of each row: the baseline plus one leaf value per tree."""
        x = np.asarray(rows, dtype=np.float64)
        if x.ndim != 2:
            raise ValueError(f"rows must be a 2-d array, got shape {x.shape}")
        n, trees = x.shape[0], self.feature.shape[0]
        node = np.zeros((n, trees), dtype=np.intp)
        tree = np.arange(trees)
        row = np.arange(n)[:, None]
        for _ in range(self.depth):
            v = x[row, self.feature[tree, node]]
            go_left = (v <= self.threshold[tree, node]) | (np.isnan(v) & self.missing_left[tree, node])
            node = np.where(go_left, self.left[tree, node], self.right[tree, node])
        out: np.ndarray = self.baseline + self.value[tree, node].sum(axis=1)
        return out

    def proba(self, rows: np.ndarray | Sequence[Sequence[float]]) -> np.ndarray:
        """The probability (0-1) of the positive class for each row: the logistic function of :meth:`raw`."""
        z = self.raw(rows)
        out: np.ndarray = 1.0 / (1.0 + np.exp(-z))
        return out
