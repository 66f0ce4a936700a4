"""The ingest stream on Ray Data: shards read and cleaned, then the per-article stages, then one writer.

::

    shards ──map_batches(ShardWorker, actor pool, one shard per call)──► documents + stage rows ──► driver: store

A pool of actors (one per worker CPU), each holding the stages' models once (``Stage.warm``), reads and cleans
a shard (one row per document or error, in the shard's order), then runs the stages whose every output is keyed
by article (:func:`work.per_article`, e.g. facts) on its cleaned articles, ``shard_size`` at a time, in a
scratch store. Ray Data keeps the rows in input order (``preserve_order``), so the driver stores articles in the order
``crosswire ingest`` would, with the same duplicate rule (:func:`crosswire.pipeline.is_known`), and each
article's stage rows with it, committing every :data:`crosswire.pipeline.BATCH_SIZE` articles.

Rows carry one JSON payload (``shard``, ``seq`` and ``payload`` columns): a document's source, the hash and
id of its raw content, then its cleaned article or the reason it failed, and what the stages wrote for it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from crosswire.distributed.inputs import Shard, read_shard
from crosswire.distributed.work import add_results, run_stage
from crosswire.model import Article, IngestError, RawDocument, StageResult, to_dict
from crosswire.pipeline import BATCH_SIZE, IngestSummary, add_cleaned, clean_one, is_known
from crosswire.stages import Stage, StageProgress, stage
from crosswire.store import Store, TableRows
from crosswire.store.shards import article_key

log = logging.getLogger(__name__)

Batch = dict[str, Any]


def _document_row(doc: RawDocument | IngestError) -> dict[str, Any]:
    if isinstance(doc, IngestError):
        return {"source": doc.source, "error": doc.to_dict()}
    row: dict[str, Any] = {"source": doc.source, "raw_hash": doc.hash, "raw_id": doc.id}
    cleaned = clean_one(doc)
    if isinstance(cleaned, IngestError):
        row["error"] = cleaned.to_dict()
    else:
        row["article"] = to_dict(cleaned)
    return row


def _shard_rows(shard: Shard) -> Iterator[dict[str, Any]]:
    """Every document of a shard as a row; an unexpected failure ends the shard with one error row."""
    try:
        for doc in read_shard(shard):
            yield _document_row(doc)
    except Exception as exc:  # noqa: BLE001 - a reader bug must fail this shard's rest, never the batch
        source = ",".join(shard.files)
        yield {"source": source, "error": IngestError(source, f"cannot read ({type(exc).__name__}: {exc})").to_dict()}


class ShardWorker:
    """Ray Data actor: reads and cleans one shard per call, then runs the per-article stages on its cleaned
    articles in batches of their ``shard_size``; the stages' models are loaded once, when the actor starts.

    One shard per call (``batch_size=1`` over shard descriptors) is what spreads the shards over the pool: Ray
    Data bundles input rows up to a map's batch size, so a stage's batch size there would hand several shards
    to one actor while another waits."""

    def __init__(self, names: Sequence[str]) -> None:
        self.stages = [stage(n) for n in names]
        self.size = min((s.shard_size for s in self.stages), default=1)
        for s in self.stages:
            if s.warm is not None:
                s.warm()

    def __call__(self, batch: Batch) -> Batch:
        """The rows of each shard in ``batch`` (columns ``index`` and ``files``, a JSON list of names)."""
        out: Batch = {"shard": [], "seq": [], "payload": []}
        for index, files in zip(batch["index"], batch["files"], strict=True):
            rows = list(_shard_rows(Shard(int(index), tuple(json.loads(files)))))
            for start in range(0, len(rows), self.size):
                self._stages(rows[start : start + self.size])
            out["shard"] += [int(index)] * len(rows)
            out["seq"] += list(range(len(rows)))
            out["payload"] += [json.dumps(r, ensure_ascii=False) for r in rows]
        return out

    def _stages(self, rows: list[dict[str, Any]]) -> None:
        """Run the stages on the articles of ``rows``, adding to each article's row what they wrote for it and
        to the first row every stage's result."""
        if not self.stages:
            return
        articles = {r["article"]["id"]: Article.from_dict(r["article"]) for r in rows if "article" in r}
        written: dict[str, list[dict[str, Any]]] = {aid: [] for aid in articles}
        results: list[dict[str, Any]] = []
        with Store.scratch() as shard:
            for art in articles.values():
                shard.add_article(art)
            shard.commit()
            for s in self.stages:
                self._run(shard, s, list(articles), written, results)
        for r in rows:
            if "article" in r:
                r["written"] = written[r["article"]["id"]]
        rows[0]["results"] = results

    @staticmethod
    def _run(
        shard: Store, s: Stage, ids: list[str], written: dict[str, list[dict[str, Any]]], results: list[dict[str, Any]]
    ) -> None:
        try:
            result, parts = run_stage(shard, s, ids)
        except Exception as exc:  # noqa: BLE001 - one batch's failure leaves its articles pending, reported
            results.append({"stage": s.name, "error": f"{type(exc).__name__}: {exc}", "ids": ids})
            return
        results.append(result.to_dict())
        for part in parts:
            key = part.column(article_key(part.table) or "")
            for row in part.rows:
                sub = TableRows(part.table, part.columns, [row])
                written[str(row[key])].append(sub.to_dict())


def dataset(shards: Sequence[Shard], fused: Sequence[Stage], workers: int) -> Any:
    """The Ray dataset of the stream (lazy: nothing runs until the driver iterates it)."""
    import ray.data

    items = [{"index": s.index, "files": json.dumps(list(s.files))} for s in shards]
    ds: Any = ray.data.from_items(items, override_num_blocks=max(1, len(items)))
    return ds.map_batches(
        ShardWorker,
        fn_constructor_kwargs={"names": [s.name for s in fused]},
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=1),
        num_cpus=1,
    )


class Writer:
    """The one writer, at the driver: stores the stream's rows in order, as ``crosswire ingest`` would."""

    def __init__(
        self,
        store: Store,
        fused: Sequence[Stage],
        n_shards: int,
        on_progress: StageProgress | None = None,
        on_error: Callable[[IngestError], None] | None = None,
    ) -> None:
        self.store = store
        self.summary = IngestSummary()
        self.results = {s.name: StageResult(s.name) for s in fused}
        self.n_shards = n_shards
        self.on_progress = on_progress
        self.on_error = on_error
        self.pending = 0
        self.shard = -1

    def take(self, shard: int, payload: str) -> None:
        """Store one row of the stream (rows must come in stream order)."""
        if shard != self.shard:
            self.shard = shard
            if self.on_progress is not None:
                self.on_progress("ingest", shard, self.n_shards)
        row = json.loads(payload)
        for result in row.get("results", []):
            self._result(result)
        if "raw_hash" not in row:  # an input that could not be read: its error, as the reader gave it
            add_cleaned(self.store, IngestError.from_dict(row["error"]), self.summary, self.on_error)
            return
        self.summary.read += 1
        stored_body = (row.get("article") or {}).get("body")
        if is_known(
            self.store,
            row["raw_hash"],
            row.get("raw_id"),
            row["source"],
            self.summary,
            self.on_error,
            body=lambda: stored_body,
        ):
            return
        cleaned = Article.from_dict(row["article"]) if "article" in row else IngestError.from_dict(row["error"])
        if add_cleaned(self.store, cleaned, self.summary, self.on_error):
            self.store.put_rows(TableRows.from_dict(d) for d in row.get("written", []))
            self.pending += 1
            if self.pending >= BATCH_SIZE:
                self.store.commit()
                self.pending = 0

    def _result(self, result: dict[str, Any]) -> None:
        if "error" in result:
            log.warning(
                "%s: a batch of %d articles failed (%s); they stay pending",
                result["stage"],
                len(result["ids"]),
                result["error"],
            )
            counts = self.results[result["stage"]].counts
            counts["failed"] = counts.get("failed", 0) + len(result["ids"])
            return
        add_results(self.results[result["stage"]], StageResult.from_dict(result))

    def finish(self) -> IngestSummary:
        self.store.commit()
        if self.on_progress is not None:
            self.on_progress("ingest", self.n_shards, self.n_shards)
        return self.summary


def ingest(
    store: Store,
    shards: Sequence[Shard],
    fused: Sequence[Stage],
    workers: int,
    *,
    on_progress: StageProgress | None = None,
    on_error: Callable[[IngestError], None] | None = None,
) -> tuple[IngestSummary, dict[str, StageResult]]:
    """Run the stream and store what it yields; the ingest summary and the fused stages' results."""
    writer = Writer(store, fused, len(shards), on_progress, on_error)
    if shards:
        for batch in dataset(shards, fused, workers).iter_batches(batch_size=None, batch_format="numpy"):
            for shard, payload in zip(batch["shard"], batch["payload"], strict=True):
                writer.take(int(shard), str(payload))
    return writer.finish(), writer.results
