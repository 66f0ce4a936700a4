"""Run the installed spaCy model faster without changing its predictions (the tests compare them).

Causes of slowness measured on the project's machines (``bench/facts.py``, ``bench/RESULTS-facts.md``),
each fixed through an option the libraries already offer rather than by hand-written numerics:

* **Matrix products.** thinc multiplies through ``blis`` by default. The ``blis`` wheel does not recognise
  some virtualised CPUs (here an AMD EPYC reported without its model) and falls back to its generic
  reference kernels: ~18 GFLOPS against ~70 for numpy's OpenBLAS on one thread. thinc's own
  ``NumpyOps(use_blis=False)`` sends every layer's product to numpy instead; the arithmetic is the same
  (float32 GEMM), so outputs match up to rounding and the tests compare the parses.
* **The NER decoder.** spaCy's greedy transition decoder releases the GIL around its loop, and its compiled
  per-move code re-acquires it (``PyGILState_Ensure``, Cython's exception checks) for every move, token and
  step: a third of NER time went to ``take_gil``/``drop_gil`` in ``perf``. spaCy's beam decoder with a
  beam of one makes the same choice at each step (the highest-scoring valid move) without that churn.
  :class:`BeamOneNER` wraps the loaded ``ner`` pipe and calls ``beam_parse(beam_width=1)``;
  the bench's ``--check-pos`` run and ``tests/test_facts_speed.py`` check entities against spaCy's own.
* **Garbage collection.** A parse allocates millions of short-lived objects; the collector's full passes
  over the model's own objects cost a few per cent. The model is frozen out of collection after loading
  (``gc.freeze``) and the collector pauses during a parse (:func:`no_gc`).
* **Page faults.** Worker processes keep freed heap memory for reuse instead of unmapping it
  (:func:`keep_heap`, glibc's ``mallopt``), which halves their system time.
* **BLAS threads.** Two worker processes on two cores must not each start two OpenBLAS threads;
  :func:`one_blas_thread` caps them (threadpoolctl, a scikit-learn dependency) for the duration of a parse.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from typing import Any

COMPONENT = "crosswire_beam1_ner"
_pending: list = []


class BeamOneNER:
    """The model's own ``ner`` pipe, decoded with spaCy's beam search at width one (same entities)."""

    def __init__(self, ner) -> None:  # ner: spacy.pipeline.EntityRecognizer
        self.ner = ner

    def _annotate(self, docs: list) -> None:
        docs = [d for d in docs if len(d)]
        if docs:
            self.ner.set_annotations(docs, self.ner.beam_parse(docs, beam_width=1, beam_density=0.0))

    def __call__(self, doc):
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable, batch_size: int = 256) -> Iterator:
        batch: list = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self._annotate(batch)
                yield from batch
                batch = []
        if batch:
            self._annotate(batch)
            yield from batch


def use_numpy_gemm(nlp) -> None:
    """Route every trained layer of ``nlp`` through numpy's BLAS (thinc ``NumpyOps(use_blis=False)``)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops


def use_beam_one_ner(nlp) -> None:
    """Replace the ``ner`` pipe of ``nlp`` by :class:`BeamOneNER` around the same trained component."""
    from spacy.language import Language

    if "ner" not in nlp.pipe_names:
        return
    if COMPONENT not in Language.factories:

        @Language.factory(COMPONENT)
        def _make(nlp, name):
            return BeamOneNER(_pending.pop())

    _pending.append(nlp.get_pipe("ner"))
    nlp.replace_pipe("ner", COMPONENT)


def speed_up(nlp) -> None:
    """Apply both model-side changes in place."""
    use_numpy_gemm(nlp)
    use_beam_one_ner(nlp)


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector during a parse (its previous state is restored after).

    A parse allocates millions of short-lived objects, each collection they trigger walks every live
    object, and what the parse leaves behind is freed by reference counting or by the next collection."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def freeze_before_fork() -> None:
    """Before forking worker processes: collect the garbage, then move every object alive (the model, the
    language tables the parent has built: :func:`crosswire.facts.stage.warm_tables`) out of the collector's
    reach (``gc.freeze``).

    Why: a full collection walks every tracked object, and writing the collector's bookkeeping into each one
    copies the parent's shared pages into a forked worker as it runs; the parent itself walks them again each
    time it unpickles a worker's results. Measured on the 181 benchmark pages: the parent's collections while
    it stores the workers' facts 0.25 -> 0.05 CPU s, for a 0.09 s collection here. The objects frozen are those
    the process keeps for its life anyway; facts do not depend on when garbage is collected."""
    gc.collect()
    gc.freeze()


def keep_heap() -> bool:
    """In a worker process, let glibc keep freed memory for reuse (``mallopt``); True when applied.

    Why: the layers allocate arrays of several MB per batch; above glibc's mmap threshold each one is a
    fresh mapping the kernel must zero page by page (a tenth of a worker's time went to page faults).
    Only for the pool's own processes, which exit when the stage ends.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)
        m_trim_threshold, m_top_pad, m_mmap_threshold = -1, -2, -3
        ok = libc.mallopt(m_mmap_threshold, 256 << 20) == 1
        ok &= libc.mallopt(m_trim_threshold, 512 << 20) == 1
        ok &= libc.mallopt(m_top_pad, 64 << 20) == 1
        return bool(ok)
    except (OSError, AttributeError):  # not glibc
        return False


def die_with_parent(parent_pid: int) -> None:
    """In a worker: exit when the parent dies, even by SIGKILL (Linux ``PR_SET_PDEATHSIG``).

    Why: forked pool workers inherit both ends of the pool's pipes, so a killed parent never closes them
    and the workers, each holding the model, would wait forever.
    """
    if sys.platform.startswith("linux"):
        try:
            pr_set_pdeathsig = 1
            ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before the call above
        os._exit(1)


def one_blas_thread() -> contextlib.AbstractContextManager:
    """A context in which numpy's BLAS uses one thread (no-op when threadpoolctl is missing).

    The controller that finds the loaded BLAS libraries is built once per process (:func:`_blas_controller`):
    building it walks every shared library the process has loaded, about 3 ms, which a front-end that enters
    this context once per article (:func:`crosswire.facts.languages.build.extract`) paid per article."""
    controller = _blas_controller()
    if controller is None:  # pragma: no cover - scikit-learn, a dependency, brings threadpoolctl
        return contextlib.nullcontext()
    return controller.limit(limits=1, user_api="blas")


@functools.lru_cache(maxsize=1)
def _blas_controller() -> Any:
    """threadpoolctl's ``ThreadpoolController`` of this process (None without threadpoolctl). numpy, whose
    OpenBLAS it limits, is imported by then (the models are loaded first)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover
        return None
    return ThreadpoolController()
