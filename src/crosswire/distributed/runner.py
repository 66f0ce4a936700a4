"""The stage list run over an engine: ingest as a Ray Data stream, then each later stage as its declaration
says (:data:`crosswire.stages.STAGES`), with one writer -- this process -- for the store.

How a stage runs, from its declaration alone:

* a stage whose every output is keyed by article and that needs nothing but articles (and what earlier such
  stages write) runs inside the ingest stream, in an actor pool (:mod:`crosswire.distributed.stream`);
* a stage with a ``partitioned`` entry runs it over the engine (the stories stage: its own partition and
  stitch);
* any other stage runs per item: its ids (the new articles, or the stories they are in) in shards of
  ``shard_size`` (stories largest first, :func:`plan_shards`), each shard in a scratch store on a worker
  (:mod:`crosswire.distributed.work`), the rows it wrote upserted here.

Then, as ``crosswire ingest`` does, each article-scoped stage's own ``update_store`` runs here on whatever it
still has pending (usually nothing; a shard that failed, or articles an earlier run left without facts).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from crosswire.distributed.inputs import list_shards
from crosswire.distributed.stream import ingest
from crosswire.distributed.work import ShardOutcome, StageTask, add_results, per_article, shard_tables, stage_task
from crosswire.model import IngestError, StageResult
from crosswire.parallel import Engine
from crosswire.pipeline import IngestSummary
from crosswire.stages import Stage, StageProgress
from crosswire.store import Store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class BatchSummary:
    """What a batch run did: the ingest summary, each stage's result, the shards and workers, the seconds
    each step took, and notes (shards that failed, work done on the driver)."""

    ingest: IngestSummary
    stages: dict[str, StageResult] = field(default_factory=dict)
    shards: int = 0
    workers: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``crosswire batch --json``: the ingest summary's fields, then the rest."""
        return {
            **self.ingest.to_dict(),
            "stages": {name: r.to_dict() for name, r in self.stages.items()},
            "shards": self.shards,
            "workers": self.workers,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }


def fused_stages(stages: Sequence[Stage]) -> list[Stage]:
    """The leading stages that can run inside the ingest stream: per-article, not partitioned, needing only
    articles and what the stages before them in the stream write."""
    fused: list[Stage] = []
    available = {"articles"}
    for s in stages:
        if s.partitioned is not None or s.scope != "articles" or not per_article(s) or not set(s.needs) <= available:
            break
        fused.append(s)
        available |= set(s.writes)
    return fused


def run_batch(
    store: Store,
    inputs: Sequence[str],
    engine: Engine,
    stages: Sequence[Stage],
    *,
    on_progress: StageProgress | None = None,
    on_error: Callable[[IngestError], None] | None = None,
) -> BatchSummary:
    """Ingest ``inputs`` (paths, globs, folders, URLs) into ``store`` through ``engine`` and run ``stages``
    (a :func:`crosswire.stages.runnable` selection, in order) on what was stored."""
    shards, errors = list_shards(inputs, workers=engine.workers)
    for err in errors:
        if on_error is not None:
            on_error(err)
    fused = fused_stages(stages)
    started = time.perf_counter()
    summary, results = ingest(store, shards, fused, engine.workers, on_progress=on_progress, on_error=on_error)
    summary.failed += len(errors)
    summary.errors[:0] = errors
    batch = BatchSummary(summary, results, len(shards), engine.workers, {"ingest": time.perf_counter() - started})
    for s in stages:
        started = time.perf_counter()
        progress = _named(on_progress, s.name)
        if s in fused:
            pass
        elif s.partitioned is not None:
            batch.stages[s.name] = s.partitioned(store, None, engine, on_progress=progress)
        else:
            ids = summary.article_ids if s.scope == "articles" else store.story_ids_of(summary.article_ids)
            batch.stages[s.name] = per_item(store, s, ids, engine, on_progress=progress)
        if s.scope == "articles":
            add_results(batch.stages[s.name], s.update_store(store, None))  # what is still pending, here
        batch.seconds[s.name] = time.perf_counter() - started
    if any("stories" in s.writes for s in stages):
        summary.story_ids = store.story_ids_of(summary.article_ids)
    return batch


def per_item(
    store: Store, s: Stage, ids: Sequence[str], engine: Engine, *, on_progress: Callable[[int, int], None] | None = None
) -> StageResult:
    """Run stage ``s`` on ``ids`` in shards of ``s.shard_size`` over ``engine``, upserting what each shard
    wrote; a failed shard is logged with its ids and counted in ``counts["failed"]``."""
    total = StageResult(s.name)
    done = 0
    if on_progress is not None:
        on_progress(0, len(ids))
    for outcome in engine.map(stage_task, _tasks(store, s, ids), warm=s.warm):
        _apply(store, s, outcome, total)
        done += len(outcome.ids)
        if on_progress is not None:
            on_progress(done, len(ids))
    return total


def _tasks(store: Store, s: Stage, ids: Sequence[str]) -> Iterator[StageTask]:
    tables = shard_tables(s)
    for chunk in plan_shards(store, s, ids):
        yield StageTask(s.name, chunk, store.shard_rows(s.scope, chunk, tables))


def plan_shards(store: Store, s: Stage, ids: Sequence[str]) -> list[list[str]]:
    """``ids`` in shards of at most ``s.shard_size``.

    Articles: in the order given. Stories: largest first (by articles), and a shard closes before its
    articles would exceed those of the largest story, so no shard is much longer than the longest single
    story. Work on a story grows with its articles (its sentence pairs grow faster), and a pool finishes
    soonest when the longest items start first and the short ones fill the gaps at the end (the
    longest-processing-time-first rule, Graham 1969).
    """
    if s.scope != "stories" or len(ids) <= 1:
        return [list(ids[i : i + s.shard_size]) for i in range(0, len(ids), s.shard_size)]
    size = Counter(m.story_id for m in store.story_members(ids))
    order = sorted(ids, key=lambda sid: -size[sid])  # stable: equal sizes keep their order
    budget = max(1, size[order[0]])
    shards: list[list[str]] = []
    weight = 0
    for sid in order:
        if not shards or len(shards[-1]) >= s.shard_size or weight + size[sid] > budget:
            shards.append([])
            weight = 0
        shards[-1].append(sid)
        weight += size[sid]
    return shards


def _apply(store: Store, s: Stage, outcome: ShardOutcome, total: StageResult) -> None:
    if outcome.error is not None or outcome.result is None:
        log.warning(
            "%s: a shard of %d failed (%s): %s", s.name, len(outcome.ids), outcome.error, ", ".join(outcome.ids)
        )
        total.counts["failed"] = total.counts.get("failed", 0) + len(outcome.ids)
        return
    with store.transaction():
        store.put_rows(outcome.rows)
    add_results(total, outcome.result)


def _named(on_progress: StageProgress | None, name: str) -> Callable[[int, int], None] | None:
    if on_progress is None:
        return None
    return lambda done, total: on_progress(name, done, total)
