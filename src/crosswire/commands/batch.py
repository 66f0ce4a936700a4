"""``crosswire batch`` (the stage list on a Ray cluster) and ``crosswire check`` (every difference between its
store and the local path).

Ray is the optional extra ``crosswire[ray]``; without it ``batch`` stops with one line saying how to install it.
Exit codes as everywhere: 0 success; 1 nothing could be done (nothing ingested, no Ray) or, for ``check``,
a difference was found; 2 wrong usage.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer

from crosswire.clikit import DbOption, JsonOption, err_console, esc, fail, open_store, print_json, report_skipped, say
from crosswire.commands.ingest import ingest_line
from crosswire.commands.store import progress_bars, stage_progress
from crosswire.stages import STAGES, runnable
from crosswire.store.dataset import write_dataset

AddressOption = typer.Option(
    None, "--address", help="A running Ray cluster: 'auto' (the one `ray start` began here) or HEAD-HOST:PORT."
)


def batch(
    inputs: list[str] = typer.Argument(..., help="Files, folders, globs, or s3:// gs:// URLs of any input kind."),
    db: Path | None = DbOption,
    address: str | None = AddressOption,
    num_cpus: int | None = typer.Option(None, "--num-cpus", min=1, help="CPUs of the local Ray (no --address)."),
    facts: bool = typer.Option(True, "--facts/--no-facts", help="Extract facts from new articles."),
    compare: bool = typer.Option(True, "--compare/--no-compare", help="Compare the stories that gained articles."),
    parquet: Path | None = typer.Option(None, "--parquet", help="Also write the results as a Parquet dataset here."),
    json_out: bool = JsonOption,
) -> None:
    """Run the stages of `crosswire ingest` on a Ray cluster or a local Ray, with the same results (see
    `crosswire check`); this process stores them."""
    from crosswire.distributed import RayEngine, RayUnavailable, connect, run_batch

    selected = runnable([s.name for s in STAGES if (facts or s.name != "facts") and (compare or s.name != "compare")])
    try:
        cpus = connect(address, num_cpus)
    except RayUnavailable as exc:
        raise fail(str(exc)) from exc
    with open_store(db) as store, RayEngine(cpus) as engine, progress_bars(json_out) as progress:
        summary = run_batch(
            store, inputs, engine, selected, on_progress=stage_progress(progress), on_error=report_skipped
        )
        if parquet is not None:
            write_dataset(store, parquet)
    if json_out:
        print_json(summary.to_dict())
    else:
        where = f"{summary.workers} workers, {summary.shards} shards"
        say(f"{ingest_line(summary.ingest)} on {where}  [dim]({esc(store.path)})[/]")
        failed = {name: r.counts.get("failed", 0) for name, r in summary.stages.items() if r.counts.get("failed")}
        for name, n in failed.items():
            err_console.print(f"[yellow]{esc(name)}[/]: {n} items failed; `crosswire refresh` retries them")
    if summary.ingest.stored == 0 and summary.ingest.duplicates == 0:
        raise typer.Exit(1)


def check(
    inputs: list[str] = typer.Argument(
        None,
        help="The inputs of the batch, ingested again locally to compare (with neither these nor --against, the "
        "store's own articles are run again locally).",
    ),
    db: Path | None = DbOption,
    against: Path | None = typer.Option(None, "--against", help="A store `crosswire ingest` made of the same inputs."),
    json_out: bool = JsonOption,
) -> None:
    """List every difference between a store made by `crosswire batch` and the local path on the same input;
    exit 1 when there is one."""
    from crosswire.distributed.check import diff_stores, local_store, rerun_locally

    with open_store(db, readonly=True) as store, tempfile.TemporaryDirectory(prefix="crosswire-check-") as tmp:
        reference = against
        if reference is None:
            reference = Path(tmp) / "local.db"
            if inputs:
                local_store(reference, inputs)
            else:
                rerun_locally(store, reference)
        with open_store(reference, readonly=True) as local:
            diff = diff_stores(local, store)
    if json_out:
        print_json(diff.to_dict())
    elif diff.equal:
        say("identical to the local path: articles, facts, stories and comparisons")
    else:
        counts = ", ".join(f"{kind} {n}" for kind, n in diff.counts.items() if n)
        say(f"[yellow]differences from the local path[/] ({counts}):")
        for kind in ("articles", "facts", "stories", "comparisons"):
            for line in getattr(diff, kind):
                say(f"  {esc(line)}")
    if not diff.equal:
        raise typer.Exit(1)
