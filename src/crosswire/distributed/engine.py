"""Ray, behind one door: the optional import, the connection, and :class:`RayEngine` (the
:class:`~crosswire.parallel.Engine` whose ``map`` runs on a pool of Ray actors).

Ray is an optional extra (``pip install 'crosswire[ray]'``); without it :func:`require_ray` raises
:class:`RayUnavailable` with that one line. The engine's actors live for a whole run, so each loads a model
once however many steps use it. Actors are declared with ``max_restarts=-1`` and
``max_task_retries=-1``: when a worker process dies (killed, out of memory, its node lost) Ray starts a new one,
which warms up again, and re-runs the tasks the dead one held. Work is only ever handed back to the driver
(results yielded in order), so a re-run task leaves no duplicate and no gap. An exception raised by the mapped
function itself is not retried: it reaches the caller.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

INSTALL_HINT = "pip install 'crosswire[ray]'"
IN_FLIGHT_PER_WORKER = 2  # tasks queued on each actor: one running, one ready, so no actor waits for the driver
AHEAD_PER_WORKER = 16  # items per actor taken ahead of the oldest unfinished one (running or waiting to be yielded)


class RayUnavailable(RuntimeError):
    """Ray is not installed; the message is the one line saying how to install it."""


def require_ray() -> Any:
    """The ``ray`` module; :class:`RayUnavailable` naming the extra to install when it is missing."""
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable(f"the Ray engine needs Ray, which is not installed: {INSTALL_HINT}") from exc
    return ray


def connect(address: str | None = None, num_cpus: int | None = None) -> int:
    """Join the Ray cluster at ``address`` (``auto``: the one ``ray start`` began on this machine;
    ``HOST:PORT``: its head node) or, with no address, start a local one with ``num_cpus`` CPUs (default: all).
    Returns the CPUs the cluster has. Already connected: nothing is started again."""
    ray = require_ray()
    if not ray.is_initialized():
        ray.init(
            address=address,
            num_cpus=None if address else num_cpus,
            include_dashboard=False,
            logging_level=logging.WARNING,
            configure_logging=True,
            log_to_driver=True,
        )
    _quiet_ray_data()
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def disconnect() -> None:
    """Leave the cluster (stopping it when this process started it)."""
    ray = require_ray()
    if ray.is_initialized():
        ray.shutdown()


def _quiet_ray_data() -> None:
    """Ray Data in order (the writer stores articles in ingest order) and without its own progress output
    (crosswire draws one bar per stage)."""
    import ray.data

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    for name in ("ray.data", "ray"):
        logging.getLogger(name).setLevel(logging.WARNING)


class _Worker:
    """One long-lived worker: runs whatever it is handed, warming each model it is asked for once."""

    def __init__(self) -> None:
        self.warmed: set[str] = set()

    def pid(self) -> int:
        return os.getpid()

    def run(self, fn: Callable[[Any], Any], item: Any, warm: Callable[[], object] | None) -> Any:
        if warm is not None:
            name = f"{warm.__module__}.{warm.__qualname__}"
            if name not in self.warmed:
                warm()
                self.warmed.add(name)
        return fn(item)


class RayEngine:
    """:class:`~crosswire.parallel.Engine` on a pool of ``workers`` Ray actors of ``cpus`` CPUs each, started
    on the first :meth:`map` and kept for the next ones (a model is loaded once per actor, on its first item
    that asks for it) until :meth:`close`. Items go to the least busy actor; results come in input order."""

    def __init__(self, workers: int, *, cpus: float = 1.0) -> None:
        if workers < 1:
            raise ValueError(f"a Ray engine needs at least one worker, not {workers}")
        self._workers = workers
        self.cpus = cpus
        self._actors: list[Any] = []

    @property
    def workers(self) -> int:
        return self._workers

    def actors(self) -> list[Any]:
        """The pool's actor handles (started if need be)."""
        if not self._actors:
            ray = require_ray()
            remote = ray.remote(num_cpus=self.cpus, max_restarts=-1, max_task_retries=-1)(_Worker)
            self._actors = [remote.remote() for _ in range(self._workers)]
        return self._actors

    def pids(self) -> list[int]:
        """The process ids of the pool's workers now (a restarted actor has a new one)."""
        ray = require_ray()
        return [int(p) for p in ray.get([a.pid.remote() for a in self.actors()])]

    def map(self, fn: Callable[[T], R], items: Iterable[T], *, warm: Callable[[], object] | None = None) -> Iterator[R]:
        """``fn(item)`` on the pool, results in the order of ``items``.

        Each actor holds up to :data:`IN_FLIGHT_PER_WORKER` items; whenever one finishes, the actor that ran it
        gets the next item (items differ in size: a story of fifty articles beside one of one, so a fixed
        round-robin leaves an actor idle behind a slow neighbour). Finished results wait in a buffer until
        every earlier one is yielded; at most :data:`AHEAD_PER_WORKER` items per actor are taken from
        ``items`` ahead of the one the caller waits for, which bounds the memory held.
        """
        ray = require_ray()
        actors = self.actors()
        source = enumerate(items)
        running: dict[Any, tuple[int, int]] = {}  # object ref -> (item position, actor index)
        done: dict[int, Any] = {}
        free = [i for _ in range(IN_FLIGHT_PER_WORKER) for i in range(len(actors))]
        taken, given = 0, 0
        limit = AHEAD_PER_WORKER * len(actors)
        while True:
            while free and taken - given < limit:
                nxt = next(source, None)
                if nxt is None:
                    break
                i = free.pop(0)
                running[actors[i].run.remote(fn, nxt[1], warm)] = (nxt[0], i)
                taken += 1
            if given in done:
                yield done.pop(given)
                given += 1
                continue
            if not running:
                return
            ready, _ = ray.wait(list(running), num_returns=1)
            position, i = running.pop(ready[0])
            done[position] = ray.get(ready[0])
            free.append(i)

    def close(self) -> None:
        """Stop the pool's actors (their CPUs go back to the cluster)."""
        if self._actors:
            ray = require_ray()
            for actor in self._actors:
                ray.kill(actor)
            self._actors = []

    def __enter__(self) -> RayEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
