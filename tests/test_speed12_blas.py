"""speed12: the compare stage runs its BLAS products on one thread (``compare.stage.compare_articles``), as the
encoder and the facts stage's parse already do, so OpenBLAS's second thread no longer busy-waits after each
small product (0.5-0.7 CPU s of the 181 benchmark pages' compare stage).

Not bit-exact against a machine that runs two threads: numpy computes ``v @ v.T`` with OpenBLAS's ``ssyrk``,
whose threaded split changes the last bit of some cosines (this test's 300-row product differs at one thread
and two on this machine); the 181 pages' comparisons and the gold halves' figures are identical, and a story's
cosines now no longer depend on the machine's core count.
"""

from __future__ import annotations

import numpy as np
import pytest


def test_a_story_is_compared_on_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside the compare stage every BLAS product runs on one thread, whatever the machine's cores: the
    numbers of a story's cosine matrix no longer depend on how many threads OpenBLAS would start there."""
    threadpoolctl = pytest.importorskip("threadpoolctl")
    from crosswire.compare import stage
    from crosswire.compare.align import StoryInput

    seen: list[list[int]] = []
    rng = np.random.default_rng(12)
    v = rng.standard_normal((300, 512)).astype(np.float32)

    def fake_build(data: object, story: object) -> str:
        seen.append([lib["num_threads"] for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas"])
        with threadpoolctl.threadpool_limits(limits=1, user_api="blas"):
            one = v @ v.T
        assert np.array_equal(v @ v.T, one)  # the stage's product is the one-thread product
        return "compared"

    monkeypatch.setattr(stage, "build", fake_build)
    monkeypatch.setattr(stage, "load_story_data", lambda store, rows: None)
    story = StoryInput(id=None)
    assert stage.compare_articles(None, [], story=story) == "compared"  # type: ignore[arg-type]
    assert seen and all(n == 1 for n in seen[0])
