"""Run the installed spaCy model faster without changing a single prediction.

Three measured causes of slowness on the project's machines (``bench/facts.py``, ``bench/RESULTS-facts.md``),
each fixed through an option the libraries already offer rather than by hand-written numerics:

* **Matrix products.** thinc multiplies through ``blis`` by default. The ``blis`` wheel does not recognise
  some virtualised CPUs (here an AMD EPYC reported without its model) and falls back to its generic
  reference kernels: ~18 GFLOPS against ~70 for numpy's OpenBLAS on one thread. thinc's own
  ``NumpyOps(use_blis=False)`` sends every layer's product to numpy instead; the arithmetic is the same
  (float32 GEMM), so outputs match up to rounding and the tests compare the parses.
* **The NER decoder.** spaCy's greedy transition decoder releases the GIL around its loop, and the compiled
  ``is_valid`` checks of the NER moves re-acquire it for an error check on every call (74 moves x every
  token x every step): a third of NER time went to ``take_gil``/``drop_gil``. spaCy's beam decoder with a
  beam of one makes the same choice at each step (the highest-scoring valid move) without that churn.
  :class:`BeamOneNER` wraps the loaded ``ner`` pipe and calls ``beam_parse(beam_width=1)``;
  the bench's ``--check-pos`` run and ``tests/test_facts_units.py`` check entities against spaCy's own.
* **BLAS threads.** Two worker processes on two cores must not each start two OpenBLAS threads;
  :func:`one_blas_thread` caps them (threadpoolctl, a scikit-learn dependency) for the duration of a parse.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

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
        def _make(nlp, name):  # noqa: ANN001, ANN202 - spaCy factory signature
            return BeamOneNER(_pending.pop())

    _pending.append(nlp.get_pipe("ner"))
    nlp.replace_pipe("ner", COMPONENT)


def speed_up(nlp) -> None:
    """Apply both model-side changes in place."""
    use_numpy_gemm(nlp)
    use_beam_one_ner(nlp)


def one_blas_thread() -> contextlib.AbstractContextManager:
    """A context in which numpy's BLAS uses one thread (no-op when threadpoolctl is missing)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - scikit-learn, a dependency, brings threadpoolctl
        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")
