"""What a worker does with a stage: run its own entry on a scratch store holding a shard, and hand back the rows
it wrote (:mod:`crosswire.store.shards`). Nothing here names a stage; everything comes from its declaration in
:data:`crosswire.stages.STAGES` (``shard_entry`` or ``update_store``, ``writes``, ``warm``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crosswire.model import StageResult
from crosswire.stages import Stage, stage
from crosswire.store import Store, TableRows
from crosswire.store.shards import SHARD_TABLES, article_key, changed_rows


@dataclass(slots=True)
class StageTask:
    """One shard of one stage: the stage's name, the ids (of its scope) to run it on, the shard's rows."""

    stage: str
    ids: list[str]
    parts: list[TableRows]


@dataclass(slots=True)
class ShardOutcome:
    """What a worker made of a :class:`StageTask`: the stage's result and the rows it wrote, or the error
    (one line) that stopped it; ``ids`` echo the task's."""

    ids: list[str]
    result: StageResult | None = None
    rows: list[TableRows] = field(default_factory=list)
    error: str | None = None


def shard_tables(s: Stage) -> list[str]:
    """The shard tables a worker needs to run ``s``: what it reads, what it writes (it may read its own
    earlier output, as the compare stage keeps fresh comparisons), and the articles."""
    wanted = {"articles", *s.needs, *s.writes}
    return [t for t in SHARD_TABLES if t in wanted]


def written_tables(s: Stage) -> list[str]:
    return [t for t in s.writes if t in SHARD_TABLES]


def per_article(s: Stage) -> bool:
    """Whether every table ``s`` writes is keyed by article (so its rows can travel with each article)."""
    return all(article_key(t) is not None for t in written_tables(s))


def run_stage(shard: Store, s: Stage, ids: list[str]) -> tuple[StageResult, list[TableRows]]:
    """Run ``s`` (its ``shard_entry``, else ``update_store``) on ``ids`` in ``shard``; its result and the rows of
    the tables it writes that it added or changed."""
    tables = written_tables(s)
    before = shard.table_rows(tables)
    entry = s.shard_entry or s.update_store
    result = entry(shard, ids)
    return result, changed_rows(before, shard.table_rows(tables))


def stage_task(task: StageTask) -> ShardOutcome:
    """Worker: one :class:`StageTask`. An error in the stage is returned, not raised, so the other shards go
    on; the driver reports it with the ids, and their work stays pending for the next run."""
    try:
        with Store.scratch(task.parts) as shard:
            result, rows = run_stage(shard, stage(task.stage), task.ids)
    except Exception as exc:  # noqa: BLE001 - one shard's failure must not stop the batch; it is reported
        return ShardOutcome(task.ids, error=f"{type(exc).__name__}: {exc}")
    return ShardOutcome(task.ids, result, rows)


def add_results(total: StageResult, part: StageResult) -> None:
    """Add ``part``'s written count and counts into ``total``."""
    total.written += part.written
    for key, n in part.counts.items():
        total.counts[key] = total.counts.get(key, 0) + n
