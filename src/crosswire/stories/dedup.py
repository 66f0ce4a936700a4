"""Syndicated copies: the same wire text run by several outlets, exactly or with small edits.

Two tests, cheapest first: the SHA-256 of the normalised body (exact copies, re-typeset or re-punctuated), then
MinHash LSH over word 5-shingles (``datasketch``) for copies an outlet trimmed, topped or lightly edited.
Candidates from LSH are verified on the real shingle sets: a copy has Jaccard >= :data:`JACCARD` or the shorter
text is contained in the longer at >= :data:`CONTAINMENT` (an outlet that cuts the last half of a wire story
still runs a copy of it).

Why the LSH buckets are written by hand into SQLite: datasketch's ``MinHashLSH`` persists only to Redis or
Cassandra. We keep its hashing and its own optimal banding (``_optimal_param``) and store each band's key as a
row of ``story_keys`` so that lookups survive across processes and stay O(matching rows).
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from crosswire.stories.text import normalise

NUM_PERM = 128
LSH_THRESHOLD = 0.5
JACCARD = 0.5
CONTAINMENT = 0.7
MIN_SHINGLES = 8  # shorter bodies are too small to call a near copy on; only the exact hash applies
BANDS, ROWS = _optimal_param(LSH_THRESHOLD, NUM_PERM, 0.5, 0.5)


_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)
_PERMUTATIONS, _SCHEME = _TEMPLATE.permutations, _TEMPLATE.scheme  # built once; same seed, same hashes


def minhash(sh: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1, permutations=_PERMUTATIONS, scheme=_SCHEME)
    m.update_batch([s.encode("utf-8", "surrogatepass") for s in sorted(sh)])
    return m


def band_keys(m: MinHash) -> list[str]:
    """One key per LSH band: articles sharing any key are near-duplicate candidates."""
    hv = np.asarray(m.hashvalues, dtype=np.uint64)
    keys = []
    for b in range(BANDS):
        chunk = hv[b * ROWS : (b + 1) * ROWS].astype(">u8").tobytes()
        keys.append(f"b{b}:{hashlib.blake2b(chunk, digest_size=10).hexdigest()}")
    return keys


def resemblance(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger)."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def is_copy(a: set[str], b: set[str]) -> bool:
    if min(len(a), len(b)) < MIN_SHINGLES:
        return False
    jac, cont = resemblance(a, b)
    return jac >= JACCARD or cont >= CONTAINMENT


@dataclass(slots=True)
class Change:
    """What one outlet's copy changed against the wire text: whole paragraphs added and removed."""

    article: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def paragraph_changes(article_id: str, wire: list[str], copy: list[str]) -> Change:
    """Paragraph-level diff (difflib on normalised paragraphs; an edited paragraph shows as removed + added).
    The dateline that opens either text is left out of the comparison (:func:`~crosswire.clean.metadata.
    dateline_end`): an outlet that re-runs "KESSINGEN, Valdoria, Nov 23 (Nordwire) - A fire ..." as
    "KESSINGEN (Nordwire) - A fire ..." has not changed the paragraph (a new user's copy diff listed it as
    removed and added)."""
    a = [normalise(_undated(p) if i == 0 else p) for i, p in enumerate(wire)]
    b = [normalise(_undated(p) if i == 0 else p) for i, p in enumerate(copy)]
    change = Change(article_id)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            change.removed.extend(wire[i1:i2])
        if op in ("insert", "replace"):
            change.added.extend(copy[j1:j2])
    return change


def _undated(paragraph: str) -> str:
    """``paragraph`` without the dateline it opens with, if any."""
    from crosswire.clean.metadata import dateline_end

    return paragraph[dateline_end(paragraph) :]
